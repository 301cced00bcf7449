/**
 * Failures the user need not hear about (a badge not redrawn, a page that closed before its
 * answer). Each is named from a fixed list, and only the error's kind is noted, in development
 * builds only: no free text, so nothing secret-shaped can ever reach a log.
 */
export type QuietFailure =
  | 'badge'
  | 'notification'
  | 'custom-content-script'
  | 'policy-mirror'
  | 'permission-removal'
  | 'report-to-background'
  | 'page-card'
  | 'tab-closed'
  | 'outline-builder';

export function quietFailure(place: QuietFailure): (error: unknown) => undefined {
  return (error) => {
    if (import.meta.env.DEV) {
      const kind = error instanceof Error ? error.name : typeof error;
      console.debug(`[lwa-rotator] ${place} failed (${kind})`);
    }
    return undefined;
  };
}
