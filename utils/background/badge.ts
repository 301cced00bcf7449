/** The toolbar badge: a count of secrets waiting for VendorAuto, else "!" when an app is nearly due. */
import browser from 'webextension-polyfill';
import { daysLeftNow } from '../core/days-left';
import { holdsSecret } from '../core/rotation';
import { appsItem, rotationsItem } from '../core/storage';

const URGENT_DAYS = 7;

export async function refreshBadge(now = Date.now()): Promise<void> {
  const waiting = Object.values(await rotationsItem.getValue()).filter((r) =>
    holdsSecret(r.status),
  ).length;
  const urgent = Object.values(await appsItem.getValue()).some((app) => {
    const days = daysLeftNow(app.deadline, app.seenAt, now);
    return app.alert && !app.rotatedAt && days !== null && days <= URGENT_DAYS;
  });
  const text = waiting > 0 ? String(waiting) : urgent ? '!' : '';
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: waiting > 0 ? '#0f766e' : '#b91c1c' });
}
