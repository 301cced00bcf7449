/**
 * After the extension searched, paged or scrolled a list for the user, the page re-renders on
 * its own schedule (a debounced search, a fetch, a frame later for virtualised rows). Reading
 * too early sees the old rows; waiting too long makes the user wait. So: wait until the rows
 * changed (bounded), then until the page has been quiet for a moment (bounded too).
 */
import { waitFor } from '../../content/dom/wait';

export type SettleOptions = { quietMs?: number; maxMs?: number; signal?: AbortSignal };

/** Resolves once no DOM mutation happened for `quietMs`, or after `maxMs` on a page that never stops. */
export function settle({ quietMs = 150, maxMs = 2000, signal }: SettleOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(capTimer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(done, quietMs);
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    quietTimer = setTimeout(done, quietMs);
    const capTimer = setTimeout(done, maxMs);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Waits for `snapshot()` to differ from `before` (the rows changed), then for the page to settle.
 * False when nothing changed within `changeMs`: the action did nothing the user could see.
 */
export async function settleAfterChange(
  snapshot: () => string,
  before: string,
  { changeMs = 2500, signal }: { changeMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  const changed = await waitFor(() => (snapshot() !== before ? true : null), {
    timeoutMs: changeMs,
    signal,
  });
  await settle({ signal });
  return changed === true;
}
