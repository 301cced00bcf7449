/**
 * Content scripts read settings from storage.local only (no storage library, no managed area in
 * their bundle): the background copies the organisation's validated policy there on every wake
 * and whenever an administrator changes it, so a locked "guides off" or a company VendorAuto
 * address reaches the pages too.
 */
import { readManagedPolicy } from '../core/managed';
import { policyMirrorItem } from '../core/storage';

export async function mirrorPolicy(): Promise<void> {
  await policyMirrorItem.setValue(await readManagedPolicy());
}
