/**
 * Every origin the extension may touch. Source: research/amazon-developer-console.md
 * ("Where the console lives") and research/vendorauto.md. Adding a host here changes
 * the manifest, which the manifest test pins on purpose.
 */

const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.ie',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.co.za',
  'sellercentral.amazon.in',
  'sellercentral.amazon.sg',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.co.jp',
  'sellercentral-japan.amazon.com',
] as const;

const VENDOR_CENTRAL_HOSTS = [
  'vendorcentral.amazon.com',
  'vendorcentral.amazon.ca',
  'vendorcentral.amazon.com.mx',
  'vendorcentral.amazon.com.br',
  'vendorcentral.amazon.co.uk',
  'vendorcentral.amazon.de',
  'vendorcentral.amazon.fr',
  'vendorcentral.amazon.it',
  'vendorcentral.amazon.es',
  'vendorcentral.amazon.nl',
  'vendorcentral.amazon.se',
  'vendorcentral.amazon.pl',
  'vendorcentral.amazon.com.tr',
  'vendorcentral.amazon.com.be',
  'vendorcentral.amazon.ie',
  'vendorcentral.amazon.me',
  'vendorcentral.amazon.co.za',
  'vendorcentral.amazon.in',
  'vendorcentral.amazon.com.sg',
  'vendorcentral.amazon.com.au',
  'vendorcentral.amazon.co.jp',
] as const;

const DEVELOPER_PORTAL_HOSTS = [
  'solutionproviderportal.amazon.com',
  'developercentral.amazon.com',
] as const;

export const CONSOLE_HOSTS: readonly string[] = [
  ...SELLER_CENTRAL_HOSTS,
  ...VENDOR_CENTRAL_HOSTS,
  ...DEVELOPER_PORTAL_HOSTS,
];

export const CONSOLE_PATH = '/sellingpartner/developerconsole';

/** Where the console script runs: the console path only, with its `/ref=`, sub-path and query variants. */
export const CONSOLE_MATCHES: string[] = CONSOLE_HOSTS.map(
  (host) => `https://${host}${CONSOLE_PATH}*`,
);

/** Host access for the console origins, so the popup can find and focus console tabs. */
export const CONSOLE_HOST_PERMISSIONS: string[] = CONSOLE_HOSTS.map((host) => `https://${host}/*`);

export const VENDORAUTO_MATCHES: string[] = [
  'https://vendorauto.com/*',
  'https://*.vendorauto.com/*',
];

/** A user-added VendorAuto address (options page) is granted at run time, one origin at a time. */
export const OPTIONAL_HOST_PERMISSIONS: string[] = ['https://*/*'];

export type ConsoleKind =
  | 'Seller Central'
  | 'Vendor Central'
  | 'Solution Provider Portal'
  | 'Developer Central';

function parseHttpsUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.port === '' ? parsed : null;
  } catch {
    return null;
  }
}

export function isConsoleOrigin(origin: string): boolean {
  const url = parseHttpsUrl(origin);
  return url !== null && url.origin === origin && CONSOLE_HOSTS.includes(url.hostname);
}

export function isConsoleUrl(url: string | undefined): boolean {
  const parsed = parseHttpsUrl(url);
  if (!parsed || !CONSOLE_HOSTS.includes(parsed.hostname)) return false;
  const path = parsed.pathname;
  return path === CONSOLE_PATH || path.startsWith(`${CONSOLE_PATH}/`);
}

export function consoleKind(origin: string): ConsoleKind | null {
  const url = parseHttpsUrl(origin);
  if (!url || !CONSOLE_HOSTS.includes(url.hostname)) return null;
  if (url.hostname.startsWith('sellercentral')) return 'Seller Central';
  if (url.hostname.startsWith('vendorcentral')) return 'Vendor Central';
  if (url.hostname.startsWith('solutionprovider')) return 'Solution Provider Portal';
  return 'Developer Central';
}

export function isBuiltInVendorAutoOrigin(origin: string): boolean {
  const url = parseHttpsUrl(origin);
  if (!url || url.origin !== origin) return false;
  return url.hostname === 'vendorauto.com' || url.hostname.endsWith('.vendorauto.com');
}

/**
 * Normalises what a user types ("app.example.com/instances") to an https origin, or null. Only
 * plain host names: no wildcards, escapes, credentials, ports or trailing dots, which would let
 * one "address" stand for hosts the user never saw.
 */
export function toHttpsOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /[*%\\\s@]/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const url = parseHttpsUrl(withScheme);
  if (!url || url.username || url.password) return null;
  const host = url.hostname;
  if (!HOST_NAME.test(host) || host.endsWith('.')) return null;
  return url.origin;
}

/** Dot-separated DNS labels, at least two: letters, digits and inner hyphens (punycode included). */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function originOf(url: string | undefined): string | null {
  return parseHttpsUrl(url)?.origin ?? null;
}

export function originMatchPattern(origin: string): string {
  return `${origin}/*`;
}
