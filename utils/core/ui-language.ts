/**
 * Numbers and dates in the browser's interface language — the language the messages
 * (locales/*.yml) are chosen in — never the console's, which the page models read on their own.
 */
import { browser } from '@wxt-dev/browser';

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** A calendar day kept as "2027-06-01": shown as that day everywhere, whatever the time zone. */
export function formatIsoDate(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    day,
  );
}

/** A moment (ms since the epoch) in the user's own time zone. */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    ms,
  );
}
