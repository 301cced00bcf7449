import { consoleKind } from '../core/hosts';

/** Words for times and deadlines, as the popup shows them. */
export function ago(ms: number, now = Date.now()): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return `${hours} h ago`;
}

export function remaining(until: number, now = Date.now()): string {
  const minutes = Math.max(0, Math.ceil((until - now) / 60_000));
  return minutes <= 1 ? 'less than a minute' : `${minutes} min`;
}

export function daysLeftLabel(days: number | null): string {
  if (days === null) return 'No expiry alert';
  if (days < 0) return `Expired ${-days} day${days === -1 ? '' : 's'} ago`;
  if (days === 0) return 'Expires today';
  return `${days} day${days === 1 ? '' : 's'} left`;
}

/** "Seller Central (amazon.de)", "Vendor Central (amazon.com)". */
export function consoleLabel(origin: string): string {
  const host = new URL(origin).hostname;
  const domain = host.slice(host.indexOf('amazon.'));
  return `${consoleKind(origin) ?? 'Amazon'} (${host.includes('-europe') ? 'Europe' : host.includes('-japan') ? 'Japan' : domain})`;
}
