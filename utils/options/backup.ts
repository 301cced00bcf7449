/**
 * utils/options — what only the Settings page needs: the encrypted backup (this file) and the
 * custom VendorAuto addresses a customer adds (custom-origins.ts).
 */
/**
 * Encrypted backup of the current LWA client credentials (the optional
 * "store your existing LWA credentials securely in an encrypted form" step
 * before rotating the client secret).
 *
 * WebCrypto only: PBKDF2-SHA-256 derives an AES-256-GCM key from the
 * passphrase. Every field of the file except `ciphertext` is bound to the
 * ciphertext as AES-GCM additional data, so editing any of them (iterations,
 * salt, hint, ...) makes the file refuse to open.
 *
 * This module never logs, and never puts the secret or the passphrase in an
 * error message.
 */
import { i18n } from '#i18n';
import { isClientId, isSecret } from '../core/lwa';

export const BACKUP_FORMAT = 'lwa-secret-backup';
export const BACKUP_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** Decrypt refuses files asking for more work than this (denial of service). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 12;
export const BACKUP_HINT =
  'Encrypted LWA client credentials. Open with the LWA Secret Rotator options page.';
/** Backups are a few hundred bytes; anything far larger is not one of ours. */
export const MAX_BACKUP_FILE_CHARS = 64 * 1024;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const GCM_TAG_BYTES = 16;

export interface BackupPayload {
  clientId: string;
  clientSecret: string;
  appName?: string;
  /** ISO 8601 date-time. */
  savedAt: string;
}

export type BackupErrorCode =
  | 'weak-passphrase'
  | 'invalid-credentials'
  | 'not-a-backup'
  | 'unsupported-version'
  | 'wrong-passphrase-or-tampered'
  | 'unsafe-parameters';

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode, message: string) {
    super(message);
    this.name = 'BackupError';
    this.code = code;
  }
}

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  hint: string;
}

const wrongPassphraseMessage = () => i18n.t('options.backup.wrongPassphrase');
const notABackupMessage = () => i18n.t('options.backup.notABackup');

// ---------------------------------------------------------------------------
// Validation

/** Counts characters the way a person does (code points, not UTF-16 units). */
function characterCount(text: string): number {
  return Array.from(text).length;
}

export function isValidClientId(value: string): boolean {
  return isClientId(value);
}

/** A backup is made from what the user pastes and labels as the secret, so the legacy format counts. */
export function isValidClientSecret(value: string): boolean {
  return isSecret(value, { labelledAsSecret: true });
}

export function isStrongEnoughPassphrase(passphrase: string): boolean {
  return characterCount(passphrase) >= MIN_PASSPHRASE_LENGTH;
}

function assertPassphrase(passphrase: unknown): asserts passphrase is string {
  if (typeof passphrase !== 'string' || !isStrongEnoughPassphrase(passphrase)) {
    throw new BackupError(
      'weak-passphrase',
      i18n.t('options.backup.weakPassphrase', { min: String(MIN_PASSPHRASE_LENGTH) }),
    );
  }
}

/** Returns a clean copy of the payload (only known fields) or throws. */
function validatePayload(payload: unknown): BackupPayload {
  if (typeof payload !== 'object' || payload === null) {
    throw new BackupError('invalid-credentials', i18n.t('options.backup.missing'));
  }
  const { clientId, clientSecret, appName, savedAt } = payload as Record<string, unknown>;
  if (typeof clientId !== 'string' || !isValidClientId(clientId)) {
    throw new BackupError('invalid-credentials', i18n.t('options.backup.badClientId'));
  }
  if (typeof clientSecret !== 'string' || !isValidClientSecret(clientSecret)) {
    throw new BackupError('invalid-credentials', i18n.t('options.backup.badSecret'));
  }
  if (appName !== undefined && typeof appName !== 'string') {
    throw new BackupError('invalid-credentials', i18n.t('options.backup.badAppName'));
  }
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    throw new BackupError('invalid-credentials', i18n.t('options.backup.badDate'));
  }
  const clean: BackupPayload = { clientId, clientSecret, savedAt };
  if (appName !== undefined && appName.trim() !== '') clean.appName = appName.trim();
  return clean;
}

// ---------------------------------------------------------------------------
// Encoding helpers (no Buffer: this runs in the browser)

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Strict base64 decoding; returns null for anything that is not canonical base64. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64_PATTERN.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/**
 * The additional data: the header re-serialised in a fixed key order from the
 * validated values, so it does not depend on how the file was formatted.
 */
function additionalData(header: BackupHeader): Uint8Array<ArrayBuffer> {
  return utf8(
    JSON.stringify([
      header.format,
      header.version,
      header.kdf.name,
      header.kdf.hash,
      header.kdf.iterations,
      header.kdf.salt,
      header.cipher.name,
      header.cipher.iv,
      header.hint,
    ]),
  );
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  // NFC so the same passphrase typed on different systems gives the same bytes.
  const material = await subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

// ---------------------------------------------------------------------------
// Public API

/** Encrypts the credentials; returns the text of the backup file (JSON). */
export async function encryptBackup(payload: BackupPayload, passphrase: string): Promise<string> {
  const clean = validatePayload(payload);
  assertPassphrase(passphrase);

  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    hint: BACKUP_HINT,
  };

  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS, 'encrypt');
  const ciphertext = new Uint8Array(
    await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
      key,
      utf8(JSON.stringify(clean)),
    ),
  );

  const file = {
    format: header.format,
    version: header.version,
    kdf: header.kdf,
    cipher: header.cipher,
    ciphertext: toBase64(ciphertext),
    hint: header.hint,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unsafe(): BackupError {
  return new BackupError('unsafe-parameters', i18n.t('options.backup.unsafe'));
}

interface ParsedFile {
  header: BackupHeader;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

function parseFile(fileText: unknown): ParsedFile {
  const notABackup = () => new BackupError('not-a-backup', notABackupMessage());
  if (typeof fileText !== 'string' || fileText.length > MAX_BACKUP_FILE_CHARS) throw notABackup();

  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    throw notABackup();
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) throw notABackup();

  if (data.version !== BACKUP_VERSION) {
    throw new BackupError(
      'unsupported-version',
      typeof data.version === 'number' && data.version > BACKUP_VERSION
        ? i18n.t('options.backup.newerVersion')
        : i18n.t('options.backup.unknownVersion'),
    );
  }

  const { kdf, cipher, ciphertext, hint } = data;
  if (!isRecord(kdf) || !isRecord(cipher) || typeof ciphertext !== 'string') throw notABackup();
  if (typeof hint !== 'string') throw notABackup();
  if (typeof kdf.iterations !== 'number') throw notABackup();
  if (typeof kdf.salt !== 'string' || typeof cipher.iv !== 'string') throw notABackup();

  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') throw unsafe();
  const iterations = kdf.iterations;
  if (
    !Number.isSafeInteger(iterations) ||
    iterations < PBKDF2_ITERATIONS ||
    iterations > MAX_PBKDF2_ITERATIONS
  ) {
    throw unsafe();
  }

  const salt = fromBase64(kdf.salt);
  const iv = fromBase64(cipher.iv);
  if (!salt || salt.length !== SALT_BYTES || !iv || iv.length !== IV_BYTES) throw unsafe();

  const sealed = fromBase64(ciphertext);
  if (!sealed || sealed.length < GCM_TAG_BYTES) {
    throw new BackupError('wrong-passphrase-or-tampered', wrongPassphraseMessage());
  }

  return {
    header: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: kdf.salt },
      cipher: { name: 'AES-GCM', iv: cipher.iv },
      hint,
    },
    salt,
    iv,
    ciphertext: sealed,
  };
}

/** Opens a backup file made by `encryptBackup`. */
export async function decryptBackup(fileText: string, passphrase: string): Promise<BackupPayload> {
  const parsed = parseFile(fileText);

  // Every file we write has a passphrase of at least MIN_PASSPHRASE_LENGTH, so
  // a shorter one cannot open it; skip the (slow) key derivation.
  if (typeof passphrase !== 'string' || !isStrongEnoughPassphrase(passphrase)) {
    throw new BackupError('wrong-passphrase-or-tampered', wrongPassphraseMessage());
  }

  const key = await deriveKey(passphrase, parsed.salt, parsed.header.kdf.iterations, 'decrypt');
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: parsed.iv,
        additionalData: additionalData(parsed.header),
        tagLength: 128,
      },
      key,
      parsed.ciphertext,
    );
  } catch {
    throw new BackupError('wrong-passphrase-or-tampered', wrongPassphraseMessage());
  }

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw new BackupError('not-a-backup', notABackupMessage());
  }
  return validatePayload(payload);
}

// ---------------------------------------------------------------------------
// File name

const MAX_SLUG_LENGTH = 40;

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

function localDate(date: Date): string {
  const valid = Number.isNaN(date.getTime()) ? new Date() : date;
  const yyyy = String(valid.getFullYear()).padStart(4, '0');
  const mm = String(valid.getMonth() + 1).padStart(2, '0');
  const dd = String(valid.getDate()).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}

/**
 * `lwa-credentials-my-app-2026-11-29.lwabackup.json`; the app name is reduced
 * to a-z, 0-9 and dashes (and left out when nothing of it remains). The date
 * is the local calendar date.
 */
export function backupFileName(appName?: string, date: Date = new Date()): string {
  const slug = appName ? slugify(appName) : '';
  return `lwa-credentials-${slug ? `${slug}-` : ''}${localDate(date)}.lwabackup.json`;
}
