/**
 * What each VendorAuto tab last said about itself: which page it shows and which document said
 * so. A secret is addressed to that document (not just the tab), so a tab that navigated since
 * receives nothing. Memory only: a restarted service worker learns again from the next report.
 */
export type PageKind = 'instances' | 'login' | 'other';
type TabReport = { kind: PageKind; origin: string; documentId: string | null };

const reports = new Map<number, TabReport>();

export function noteVendorAutoTab(tabId: number, report: TabReport): void {
  reports.set(tabId, report);
}

export function forgetVendorAutoTab(tabId: number): void {
  reports.delete(tabId);
}

export function pageKindOf(tabId: number): PageKind | null {
  return reports.get(tabId)?.kind ?? null;
}

/** The document to address in `tabId`, when the tab last reported from `origin`. */
export function documentOf(tabId: number, origin: string): string | null {
  const report = reports.get(tabId);
  return report && report.origin === origin ? report.documentId : null;
}
