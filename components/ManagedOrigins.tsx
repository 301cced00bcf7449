import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { i18n } from '#i18n';
import { isBuiltInVendorAutoOrigin, originMatchPattern } from '../utils/core/hosts';

/**
 * The VendorAuto addresses an organisation's policy names: trusted, not removable here. Off
 * vendorauto.com the browser still needs the user's grant (no policy grants an optional host
 * permission), so an address without it gets an "Allow access" button.
 */
export function ManagedOrigins({ origins }: { origins: readonly string[] }) {
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    const refresh = async () => {
      const allowed = new Set<string>();
      for (const origin of origins) {
        if (
          isBuiltInVendorAutoOrigin(origin) ||
          (await browser.permissions.contains({ origins: [originMatchPattern(origin)] }))
        )
          allowed.add(origin);
      }
      setGranted(allowed);
    };
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded?.addListener(onChange);
    browser.permissions.onRemoved?.addListener(onChange);
    return () => {
      browser.permissions.onAdded?.removeListener(onChange);
      browser.permissions.onRemoved?.removeListener(onChange);
    };
  }, [origins]);

  if (origins.length === 0) return null;
  const allow = async (origin: string) => {
    // Straight from the click: browsers only grant permissions on a user gesture.
    const ok = await browser.permissions.request({ origins: [originMatchPattern(origin)] });
    setRefused(ok ? null : origin);
    if (ok) setGranted(new Set([...granted, origin]));
  };
  return (
    <>
      <ul class="origins managed" aria-label={i18n.t('options.managed.label')}>
        {origins.map((origin) => (
          <li key={origin}>
            <span>{origin}</span>
            <span class="locked">{i18n.t('options.locked')}</span>
            {!granted.has(origin) && (
              <button type="button" onClick={() => void allow(origin)}>
                {i18n.t('options.managed.allow', { host: new URL(origin).host })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {origins.some((origin) => !granted.has(origin)) && (
        <p class="help">{i18n.t('options.managed.help')}</p>
      )}
      {refused && (
        <p class="error" role="alert">
          {i18n.t('options.managed.refused', { origin: refused })}
        </p>
      )}
    </>
  );
}
