import { i18n } from '#i18n';
import { consoleKind } from '../core/hosts';
import { formatNumber } from '../core/ui-language';

/** Words for times and deadlines, as the popup shows them, in the interface language. */
export function ago(ms: number, now = Date.now()): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return i18n.t('popup.time.justNow');
  if (minutes < 60) return i18n.t('popup.time.minutesAgo', { minutes: formatNumber(minutes) });
  const hours = Math.round(minutes / 60);
  return i18n.t('popup.time.hoursAgo', { hours: formatNumber(hours) });
}

export function remaining(until: number, now = Date.now()): string {
  const minutes = Math.max(0, Math.ceil((until - now) / 60_000));
  return minutes <= 1
    ? i18n.t('popup.time.underAMinute')
    : i18n.t('popup.time.minutes', { minutes: formatNumber(minutes) });
}

export function daysLeftLabel(days: number | null): string {
  if (days === null) return i18n.t('popup.days.noAlert');
  if (days < 0) return i18n.t('popup.days.expiredAgo', -days, { days: formatNumber(-days) });
  if (days === 0) return i18n.t('popup.days.today');
  return i18n.t('popup.days.left', days, { days: formatNumber(days) });
}

/** "Seller Central (amazon.de)", "Vendor Central (amazon.com)". */
export function consoleLabel(origin: string): string {
  const host = new URL(origin).hostname;
  const domain = host.slice(host.indexOf('amazon.'));
  const region = host.includes('-europe')
    ? i18n.t('common.region.europe')
    : host.includes('-japan')
      ? i18n.t('common.region.japan')
      : domain;
  return `${consoleKind(origin) ?? 'Amazon'} (${region})`;
}
