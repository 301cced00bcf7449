/**
 * What a VendorAuto page shows right now: its instances (a Client ID in view), a login form, or
 * something else (a dashboard). A fill the user asked for waits for the instances; a login page
 * in between keeps it waiting. Read again only when the page changes (a single-page app's route
 * change re-renders it): idle otherwise.
 */
import { deepElements, isSeen } from '../../content/dom/deep';
import { findIdSightings } from './instances';

export type PageKind = 'instances' | 'login' | 'other';

/** Matches no real app: every Client ID on the page is then a sighting of "another" one. */
const NO_CLIENT_ID = `amzn1.application-oa2-client.${'0'.repeat(32)}`;

export function vendorAutoPageKind(doc: Document = document): PageKind {
  if (findIdSightings(doc, NO_CLIENT_ID).some((sighting) => isSeen(sighting.element)))
    return 'instances';
  for (const element of deepElements(doc)) {
    if (element instanceof HTMLInputElement && element.type === 'password' && isSeen(element))
      return 'login';
  }
  return 'other';
}

const SETTLE_MS = 500;

/** Calls `onChange` with the page's kind now and whenever it (or the address) changes. */
export function watchPageKind(
  onChange: (kind: PageKind) => void,
  signal: AbortSignal,
  doc: Document = document,
): void {
  let last = '';
  let pending: ReturnType<typeof setTimeout> | null = null;
  const read = () => {
    pending = null;
    const kind = vendorAutoPageKind(doc);
    const key = `${kind}|${doc.location.href}`;
    if (key === last) return;
    last = key;
    onChange(kind);
  };
  const schedule = () => {
    pending ??= setTimeout(read, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (pending) clearTimeout(pending);
    },
    { once: true },
  );
  read();
}
