/**
 * Where a date falls, for the outline's `<date:…:when>` shapes: enough for a re-hydrated page
 * to keep its alerts (Amazon alerts from 90 days out) without the date. Kept apart from the
 * builder so a content script that already bundles the deadline parser pays nothing for it.
 */
import { parseDeadline } from '../../core/deadline';
import type { DateWhen } from './shapes';

export function deadlineBuckets(today: Date, locale: string): (date: string) => DateWhen {
  return (date) => {
    const daysLeft = parseDeadline(date, { today, locale })?.daysLeft;
    if (daysLeft === undefined || daysLeft > 90) return 'later';
    return daysLeft < 0 ? 'past' : 'soon';
  };
}
