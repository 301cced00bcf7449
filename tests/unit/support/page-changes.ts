/** For tests of what re-reads a page after it changes (fake timers, a `#status` line). */
import { vi } from 'vitest';

/** Lets a MutationObserver's callback run, then the fake timers up to `ms`. */
export async function wait(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

/** Changes the page's `#status` line: the change under test. */
export function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}
