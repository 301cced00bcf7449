/**
 * Reminders before a deadline, on the user's schedule (Amazon's own by default). Each
 * threshold is announced once per app and deadline. The same run says what a rotation needs
 * (rotation-reminders.ts); a click opens the app's console (notification-clicks.ts).
 */

import browser from 'webextension-polyfill';
import { storage } from 'wxt/utils/storage';
import { i18n } from '#i18n';
import { daysLeftNow } from '../core/days-left';
import { fallbackOf } from '../core/fallback';
import { appsItem, getSettings } from '../core/storage';
import { formatNumber } from '../core/ui-language';
import { consoleNotificationId } from './notification-clicks';
import { notify } from './notify';
import { checkRotationReminders } from './rotation-reminders';

export const REMINDER_ALARM = 'deadline-reminders';
const remindedItem = storage.defineItem<Record<string, number>>('local:reminded', {
  fallback: fallbackOf({}),
});

/** After a hand-off expired: the wiped secret is news now, not at the next 6-hourly run. */
export async function checkRotationRemindersNow(now = Date.now()): Promise<void> {
  await remindedItem.setValue(await checkRotationReminders(await remindedItem.getValue(), now));
}

export async function scheduleReminders(): Promise<void> {
  await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 6 * 60 });
}

export async function checkReminders(now = Date.now()): Promise<void> {
  const { reminderDays } = await getSettings();
  const reminded = { ...(await remindedItem.getValue()) };
  for (const [key, app] of Object.entries(await appsItem.getValue())) {
    const days = daysLeftNow(app.deadline, app.seenAt, now);
    if (days === null) continue;
    const threshold = [...reminderDays].sort((a, b) => a - b).find((d) => days <= d);
    if (threshold === undefined) continue;
    const mark = `${key}|${app.deadline?.date ?? ''}`;
    if (reminded[mark] !== undefined && reminded[mark] <= threshold) continue;
    reminded[mark] = threshold;
    await notify(
      days <= 0
        ? i18n.t('notify.deadline.expiredTitle', { app: app.name })
        : i18n.t('notify.deadline.rotateTitle', { app: app.name }),
      days <= 0
        ? i18n.t('notify.deadline.expiredBody')
        : i18n.t('notify.deadline.daysLeftBody', days, { days: formatNumber(days) }),
      consoleNotificationId(app.consoleOrigin, `reminder:${key}`),
    );
  }
  await remindedItem.setValue(await checkRotationReminders(reminded, now));
}
