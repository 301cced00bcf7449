/**
 * After the extension searched, paged or scrolled a list for the user, the page re-renders on
 * its own schedule (a debounced search, a fetch, a frame later for virtualised rows). Reading
 * too early sees the old rows; waiting too long makes the user wait. So: wait until the rows
 * changed (bounded), then until two reads a moment apart agree (bounded too). Polling, like
 * waitFor, because rows inside shadow roots escape a MutationObserver on the document.
 */
import { waitFor } from '../../content/dom/wait';

const STEADY_MS = 80;

/**
 * Resolves once `rows()` differs from `before` (skipped when `before` is null) and then holds
 * still. False when nothing changed in time: the action did nothing the user could see.
 */
export async function settleRows(
  rows: () => string,
  before: string | null,
  signal?: AbortSignal,
  changeMs = 2500,
): Promise<boolean> {
  const changed =
    before === null ||
    (await waitFor(() => rows() !== before || null, { timeoutMs: changeMs, signal })) !== null;
  let last = '';
  await waitFor(
    () => {
      const now = rows();
      const steady = now === last;
      last = now;
      return steady || null;
    },
    { timeoutMs: 2000, intervalMs: STEADY_MS, signal },
  );
  return changed;
}
