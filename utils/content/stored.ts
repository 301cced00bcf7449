/**
 * The two `local:` values the VendorAuto script reads (settings, rotations), read straight from
 * storage.local the way @wxt-dev/storage's items read them: the stored value, or the fallback
 * when none. The storage library stays out of the content script's bundle;
 * tests/unit/stored.test.ts holds this to the items in utils/core/storage.ts.
 */
import { browser } from '@wxt-dev/browser';
import { contentSettingsIn } from '../core/settings-guard';

/** Keys as utils/core/storage.ts defines them, without the `local:` area prefix. */
export type LocalKey = 'settings' | 'rotations' | 'policy';

export async function readLocal<T>(key: LocalKey, fallback: T): Promise<T> {
  const stored = await browser.storage.local.get(key);
  return (stored[key] as T | null | undefined) ?? fallback;
}

/** Calls `onChange` with each new value (the fallback once removed); returns the unwatch. */
export function watchLocal<T>(
  key: LocalKey,
  fallback: T,
  onChange: (value: T) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[key];
    if (change) onChange((change.newValue as T | null | undefined) ?? fallback);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

export type ContentSettings = ReturnType<typeof contentSettingsIn>;

/**
 * The user's settings with the organisation's mirrored policy over them, now and on each change
 * of either; resolves once the first reading was delivered.
 */
export async function watchContentSettings(
  onChange: (settings: ContentSettings) => void,
  signal: AbortSignal,
): Promise<void> {
  let settings: unknown = await readLocal<unknown>('settings', null);
  let policy: unknown = await readLocal<unknown>('policy', {});
  const report = () => onChange(contentSettingsIn(settings, policy));
  const unwatch = [
    watchLocal<unknown>('settings', null, (value) => {
      settings = value;
      report();
    }),
    watchLocal<unknown>('policy', {}, (value) => {
      policy = value;
      report();
    }),
  ];
  signal.addEventListener(
    'abort',
    () => {
      for (const stop of unwatch) stop();
    },
    { once: true },
  );
  report();
}
