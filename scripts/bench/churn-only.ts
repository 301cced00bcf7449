/** The churn rows alone, for judging a change to them without the whole bench: tsx scripts/bench/churn-only.ts [pairs]. */
import { launchSide } from './browser';
import { churnOverhead } from './measure-host';

const pairs = Number(process.argv[2] ?? 10);
const withExtension = await launchSide(true);
const without = await launchSide(false);
try {
  for (const settled of [true, false]) {
    const churn = await churnOverhead(withExtension, without, pairs, { settled });
    const { median, low, high } = churn.ratio;
    console.log(
      `${settled ? 'settled' : 'fresh'}: ratio ${median.toFixed(3)} (IQR ${low.toFixed(3)}–${high.toFixed(3)}), with ${churn.withMs.toFixed(0)} ms, without ${churn.withoutMs.toFixed(0)} ms`,
    );
  }
} finally {
  await withExtension.context.close();
  await without.context.close();
}
