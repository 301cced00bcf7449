/**
 * Pages render late and re-create panels (single-page apps): wait by polling a cheap
 * reader rather than trusting one read. Polling, not MutationObserver, because changes
 * inside shadow roots are invisible to an observer on the document.
 */
export async function waitFor<T>(
  read: () => T | null | undefined,
  {
    timeoutMs = 5000,
    intervalMs = 100,
    signal,
  }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (signal?.aborted) return null;
    const value = read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
