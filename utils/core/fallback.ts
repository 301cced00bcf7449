/**
 * An item's fallback, frozen: WXT hands back the fallback object itself while the key is
 * missing, so a writer that edited what it read would edit the fallback, and every later read
 * of a cleared key would bring those entries back (apps of a console long closed, a consent).
 * Frozen, such an edit throws where a test sees it.
 */
export function fallbackOf<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === 'object' && inner) fallbackOf(inner);
  return Object.freeze(value);
}
