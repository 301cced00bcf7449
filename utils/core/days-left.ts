import type { DeadlineReading } from './deadline';
import { daysBetween, toIsoDate } from './deadline';

/** Days left today for a deadline read at `seenAt`: a named date beats a count read days ago. */
export function daysLeftNow(
  deadline: DeadlineReading | null,
  seenAt: number,
  now = Date.now(),
): number | null {
  if (!deadline) return null;
  const today = toIsoDate(new Date(now));
  if (deadline.date) return daysBetween(today, deadline.date);
  if (deadline.daysLeft !== undefined)
    return deadline.daysLeft - daysBetween(toIsoDate(new Date(seenAt)), today);
  if (deadline.expired) return 0;
  return null;
}
