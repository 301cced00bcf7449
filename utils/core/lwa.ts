/**
 * Login with Amazon credential formats and Amazon's rotation rules.
 * Source: research/amazon-developer-console.md ("Value formats", "The procedure").
 * No zod here: content scripts import this file, and zod stays out of their bundles (the
 * schemas built on these patterns are in lwa-schemas.ts).
 */

import { i18n } from '#i18n';

const CLIENT_ID_PREFIX = 'amzn1.application-oa2-client.';
const SECRET_PREFIX = 'amzn1.oa2-cs.v1.';

export const CLIENT_ID_PATTERN = /^amzn1\.application-oa2-client\.[0-9a-f]{32}$/;
export const SECRET_PATTERN = /^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/;
/** Older secrets are 64 hex characters with no prefix: only trusted where the page labels them. */
export const LEGACY_SECRET_PATTERN = /^[0-9a-f]{64}$/;

/** Finds candidates inside longer text; the look-behind/ahead refuse truncated or padded values. */
export const CLIENT_ID_IN_TEXT = /(?<![\w.-])amzn1\.application-oa2-client\.[0-9a-f]{32}(?![\w-])/g;
export const SECRET_IN_TEXT = /(?<![\w.-])amzn1\.oa2-cs\.v1\.[0-9a-f]{64}(?![\w-])/g;
export const LEGACY_SECRET_IN_TEXT = /(?<![\w.|-])[0-9a-f]{64}(?![\w-])/g;

/** What a message may carry as a secret: prefixed, or a legacy 64-hex value. */
export function isClientSecretFormat(value: string): boolean {
  return SECRET_PATTERN.test(value) || LEGACY_SECRET_PATTERN.test(value);
}

export type ClientId = string;

export const ROTATION_PERIOD_DAYS = 180;
export const OLD_SECRET_GRACE_DAYS = 7;
/** Amazon warns at 90 days, then 60, 30, 15, 7 and 1. */
export const AMAZON_WARNING_DAYS = [90, 60, 30, 15, 7, 1] as const;

export function isClientId(value: string): boolean {
  return CLIENT_ID_PATTERN.test(value);
}

export function isSecret(value: string, { labelledAsSecret = false } = {}): boolean {
  return SECRET_PATTERN.test(value) || (labelledAsSecret && LEGACY_SECRET_PATTERN.test(value));
}

// Pages hold thousands of short strings: cheap checks first, regular expressions only where a value could be.
export function findClientIds(text: string): string[] {
  if (text.length < CLIENT_ID_PREFIX.length + 32 || !text.includes(CLIENT_ID_PREFIX)) return [];
  return unique(text.match(CLIENT_ID_IN_TEXT) ?? []);
}

export function findSecrets(text: string, { labelledAsSecret = false } = {}): string[] {
  if (text.length < 64) return [];
  const prefixed = text.includes(SECRET_PREFIX) ? (text.match(SECRET_IN_TEXT) ?? []) : [];
  const legacy = labelledAsSecret ? (text.match(LEGACY_SECRET_IN_TEXT) ?? []) : [];
  return unique([...prefixed, ...legacy]);
}

/** Why a value someone pasted or selected is not a usable secret, in words a seller understands. */
export function explainSecretProblem(value: string): string | null {
  const trimmed = value.trim();
  if (SECRET_PATTERN.test(trimmed) || LEGACY_SECRET_PATTERN.test(trimmed)) return null;
  if (trimmed === '') return i18n.t('background.secretProblem.empty');
  if (trimmed.startsWith(CLIENT_ID_PREFIX)) return i18n.t('background.secretProblem.clientId');
  if (/^Atz[ar]\|/.test(trimmed)) return i18n.t('background.secretProblem.token');
  if (trimmed.startsWith(SECRET_PREFIX)) {
    return i18n.t('background.secretProblem.length', { prefix: SECRET_PREFIX });
  }
  if (/^[•*·●]+$/.test(trimmed)) return i18n.t('background.secretProblem.hidden');
  return i18n.t('background.secretProblem.notSecret', { prefix: SECRET_PREFIX });
}

/** Secret-shaped anywhere, any case, whatever surrounds it: the prefix and what follows, or a long hex run. */
const SECRET_SHAPED = /amzn1\.oa2-cs\.v1\.[0-9a-f]*|[0-9a-f]{32,}/gi;
const SECRET_WORD = /secret|geheimnis|secreto|segreto|シークレット|秘密/i;

/** Page text (app names, banners, problems) with anything secret-shaped replaced, before it is kept or shown. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_SHAPED, '[hidden]');
}

/** Text that shows a secret, or names one: what no app name or banner should hold. */
export function hasSecretContent(text: string): boolean {
  SECRET_SHAPED.lastIndex = 0;
  return SECRET_SHAPED.test(text) || SECRET_WORD.test(text);
}

/** What the popup may show of a secret: its format prefix and last four characters. */
export function maskSecret(secret: string): string {
  const tail = secret.slice(-4);
  return secret.startsWith(SECRET_PREFIX) ? `${SECRET_PREFIX}••••${tail}` : `••••${tail}`;
}

/** A Client ID short enough for a list, still telling two IDs apart by both ends. */
export function shortClientId(clientId: string): string {
  const hex = clientId.slice(CLIENT_ID_PREFIX.length);
  return `${CLIENT_ID_PREFIX}${hex.slice(0, 4)}…${hex.slice(-4)}`;
}

/**
 * A fingerprint of a value (53-bit cyrb53), so code can remember "seen before" without keeping
 * the value itself: the console script must not hold secrets after it reports one.
 */
export function fingerprint(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
