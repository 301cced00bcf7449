import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_HINT,
  BackupError,
  type BackupErrorCode,
  type BackupPayload,
  backupFileName,
  decryptBackup,
  encryptBackup,
  PBKDF2_ITERATIONS,
} from '../../utils/options/backup';

// Real 600,000-iteration PBKDF2 throughout (about 0.3 s per key in Node); no test seam.
const CLIENT_ID = `amzn1.application-oa2-client.${'0123456789abcdef'.repeat(2)}`;
const SECRET_HEX = 'a1b2c3d4e5f60718'.repeat(4);
const CLIENT_SECRET = `amzn1.oa2-cs.v1.${SECRET_HEX}`;
const PASSPHRASE = 'correct horse battery staple';

const payload: BackupPayload = {
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  appName: 'My App',
  savedAt: '2026-11-29T10:15:00.000Z',
};

type FileJson = {
  format: string;
  version: number;
  kdf: { name: string; hash: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
  ciphertext: string;
  hint: string;
};

async function expectBackupError(promise: Promise<unknown>, code: BackupErrorCode) {
  const error = await promise.then(
    () => {
      throw new Error(`expected a BackupError with code ${code}, but it resolved`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  return error as BackupError;
}

function edit(fileText: string, change: (file: FileJson) => void): string {
  const file = JSON.parse(fileText) as FileJson;
  change(file);
  return JSON.stringify(file);
}

function flipBase64Byte(base64: string, index: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return btoa(String.fromCharCode(...bytes));
}

let fileText: string;

beforeAll(async () => {
  fileText = await encryptBackup(payload, PASSPHRASE);
});

describe('encryptBackup / decryptBackup', () => {
  it('round-trips the credentials', async () => {
    await expect(decryptBackup(fileText, PASSPHRASE)).resolves.toEqual(payload);
  });

  it('round-trips a bare 64-hex secret without an app name', async () => {
    const bare = { clientId: CLIENT_ID, clientSecret: SECRET_HEX, savedAt: payload.savedAt };
    const text = await encryptBackup(bare, PASSPHRASE);
    const opened = await decryptBackup(text, PASSPHRASE);
    expect(opened).toEqual(bare);
    expect(opened).not.toHaveProperty('appName');
  });

  it('writes the documented file layout with 600,000 iterations', () => {
    const file = JSON.parse(fileText) as FileJson;
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(file.kdf.iterations).toBe(600_000);
    expect(Object.keys(file)).toEqual(['format', 'version', 'kdf', 'cipher', 'ciphertext', 'hint']);
    expect(file).toMatchObject({
      format: 'lwa-secret-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
      hint: BACKUP_HINT,
    });
    expect(atob(file.kdf.salt)).toHaveLength(16);
    expect(atob(file.cipher.iv)).toHaveLength(12);
  });

  it('does not contain the secret, the passphrase or the client ID in clear', () => {
    expect(fileText).not.toContain(SECRET_HEX);
    expect(fileText).not.toContain(PASSPHRASE);
    expect(fileText).not.toContain(CLIENT_ID);
    expect(fileText).not.toContain('My App');
  });

  it('uses a fresh salt and IV each time', async () => {
    const again = await encryptBackup(payload, PASSPHRASE);
    const a = JSON.parse(fileText) as FileJson;
    const b = JSON.parse(again) as FileJson;
    expect(again).not.toBe(fileText);
    expect(b.kdf.salt).not.toBe(a.kdf.salt);
    expect(b.cipher.iv).not.toBe(a.cipher.iv);
    expect(b.ciphertext).not.toBe(a.ciphertext);
  });

  it('refuses the wrong passphrase', async () => {
    const error = await expectBackupError(
      decryptBackup(fileText, 'correct horse battery stapler'),
      'wrong-passphrase-or-tampered',
    );
    expect(error.message).toBe('This passphrase does not open this file, or the file was changed.');
  });

  it('refuses a passphrase too short to have made any backup', async () => {
    await expectBackupError(decryptBackup(fileText, 'short'), 'wrong-passphrase-or-tampered');
  });

  it('refuses a tampered ciphertext', async () => {
    const tampered = edit(fileText, (f) => {
      f.ciphertext = flipBase64Byte(f.ciphertext, 3);
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'wrong-passphrase-or-tampered');
  });

  it('refuses a truncated ciphertext', async () => {
    const tampered = edit(fileText, (f) => {
      f.ciphertext = btoa(atob(f.ciphertext).slice(0, -1));
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'wrong-passphrase-or-tampered');
  });

  it('refuses iterations lowered below 600,000 as unsafe, without deriving a key', async () => {
    const deriveKey = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
    const tampered = edit(fileText, (f) => {
      f.kdf.iterations = 1000;
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'unsafe-parameters');
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('refuses iterations above 10,000,000 as unsafe', async () => {
    const tampered = edit(fileText, (f) => {
      f.kdf.iterations = 10_000_001;
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'unsafe-parameters');
  });

  it('refuses a non-integer iteration count as unsafe', async () => {
    const tampered = edit(fileText, (f) => {
      f.kdf.iterations = 600_000.5;
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'unsafe-parameters');
  });

  it('detects iterations changed to 700,000 as tampering', async () => {
    const tampered = edit(fileText, (f) => {
      f.kdf.iterations = 700_000;
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'wrong-passphrase-or-tampered');
  });

  it('detects an edited hint as tampering (the header is additional data)', async () => {
    const tampered = edit(fileText, (f) => {
      f.hint = 'Nothing to see here.';
    });
    await expectBackupError(decryptBackup(tampered, PASSPHRASE), 'wrong-passphrase-or-tampered');
  });

  it('refuses a file sealed with the right key but without the header as additional data', async () => {
    const file = JSON.parse(fileText) as FileJson;
    const salt = Uint8Array.from(atob(file.kdf.salt), (c) => c.charCodeAt(0));
    const iv = Uint8Array.from(atob(file.cipher.iv), (c) => c.charCodeAt(0));
    const subtle = globalThis.crypto.subtle;
    const material = await subtle.importKey(
      'raw',
      new TextEncoder().encode(PASSPHRASE),
      'PBKDF2',
      false,
      ['deriveKey'],
    );
    const key = await subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: file.kdf.iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    const sealed = new Uint8Array(
      await subtle.encrypt(
        { name: 'AES-GCM', iv },
        key,
        new TextEncoder().encode(JSON.stringify(payload)),
      ),
    );
    const forged = JSON.stringify({ ...file, ciphertext: btoa(String.fromCharCode(...sealed)) });
    await expectBackupError(decryptBackup(forged, PASSPHRASE), 'wrong-passphrase-or-tampered');
  });

  it.each([
    ['text that is not JSON', 'hello, world'],
    ['an empty file', ''],
    ['a JSON array', '[]'],
    ['JSON with another format', JSON.stringify({ format: 'something-else', version: 1 })],
    ['JSON without a format', JSON.stringify({ version: 1 })],
  ])('refuses %s as not a backup', async (_label, text) => {
    await expectBackupError(decryptBackup(text, PASSPHRASE), 'not-a-backup');
  });

  it('refuses a backup with missing fields as not a backup', async () => {
    const broken = edit(fileText, (f) => {
      delete (f as Partial<FileJson>).ciphertext;
    });
    await expectBackupError(decryptBackup(broken, PASSPHRASE), 'not-a-backup');
  });

  it('refuses other versions as unsupported', async () => {
    const newer = edit(fileText, (f) => {
      f.version = 2;
    });
    const error = await expectBackupError(decryptBackup(newer, PASSPHRASE), 'unsupported-version');
    expect(error.message).toMatch(/newer version/);
  });

  it('refuses another KDF hash or a short salt as unsafe', async () => {
    const sha1 = edit(fileText, (f) => {
      f.kdf.hash = 'SHA-1';
    });
    await expectBackupError(decryptBackup(sha1, PASSPHRASE), 'unsafe-parameters');
    const shortSalt = edit(fileText, (f) => {
      f.kdf.salt = btoa('12345678');
    });
    await expectBackupError(decryptBackup(shortSalt, PASSPHRASE), 'unsafe-parameters');
  });

  it.each([
    ['empty', ''],
    ['11 characters', 'abcdefghijk'],
    ['11 characters with an emoji (counted as one)', 'abcdefghij😀'],
  ])('refuses a weak passphrase: %s', async (_label, weak) => {
    const error = await expectBackupError(encryptBackup(payload, weak), 'weak-passphrase');
    expect(error.message).toContain('12 characters');
  });

  it('accepts a passphrase of exactly 12 characters', async () => {
    const text = await encryptBackup(payload, 'abcdefghijkl');
    expect(JSON.parse(text).format).toBe('lwa-secret-backup');
  });

  it.each<[string, Partial<BackupPayload>]>([
    [
      'a client ID with the wrong prefix',
      { clientId: `amzn1.application-oa2-klient.${'a'.repeat(32)}` },
    ],
    [
      'a client ID with 31 hex digits',
      { clientId: `amzn1.application-oa2-client.${'a'.repeat(31)}` },
    ],
    [
      'a client ID with upper-case hex',
      { clientId: `amzn1.application-oa2-client.${'A'.repeat(32)}` },
    ],
    ['a client ID with trailing text', { clientId: `${CLIENT_ID}\n` }],
    ['a secret with 63 hex digits', { clientSecret: `amzn1.oa2-cs.v1.${'a'.repeat(63)}` }],
    ['a secret with a non-hex digit', { clientSecret: `amzn1.oa2-cs.v1.${'g'.repeat(64)}` }],
    ['a bare secret of 65 hex digits', { clientSecret: 'a'.repeat(65) }],
    ['an empty secret', { clientSecret: '' }],
    ['an invalid date', { savedAt: 'yesterday' }],
  ])('refuses invalid credentials: %s', async (_label, change) => {
    const error = await expectBackupError(
      encryptBackup({ ...payload, ...change }, PASSPHRASE),
      'invalid-credentials',
    );
    expect(error.message).not.toContain(SECRET_HEX);
  });

  it('never logs', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    await decryptBackup(fileText, 'wrong passphrase here').catch(() => {});
    await encryptBackup({ ...payload, clientSecret: 'nope' }, PASSPHRASE).catch(() => {});
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('backupFileName', () => {
  const date = new Date(2026, 10, 29, 12, 0, 0); // local 29 November 2026

  it('slugifies the app name and adds the local date', () => {
    expect(backupFileName('My App', date)).toBe('lwa-credentials-my-app-2026-11-29.lwabackup.json');
  });

  it('keeps only safe characters', () => {
    expect(backupFileName('  ../Crème Brûlée: "Prod" <EU>/\\ ', date)).toBe(
      'lwa-credentials-creme-brulee-prod-eu-2026-11-29.lwabackup.json',
    );
  });

  it('leaves the name out when there is none or nothing safe remains', () => {
    expect(backupFileName(undefined, date)).toBe('lwa-credentials-2026-11-29.lwabackup.json');
    expect(backupFileName('', date)).toBe('lwa-credentials-2026-11-29.lwabackup.json');
    expect(backupFileName('日本語', date)).toBe('lwa-credentials-2026-11-29.lwabackup.json');
  });

  it('limits the length of the name', () => {
    const name = backupFileName('x'.repeat(500), date);
    expect(name).toBe(`lwa-credentials-${'x'.repeat(40)}-2026-11-29.lwabackup.json`);
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });

  it('defaults to today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2027, 0, 5, 9, 30));
      expect(backupFileName('a')).toBe('lwa-credentials-a-2027-01-05.lwabackup.json');
    } finally {
      vi.useRealTimers();
    }
  });
});
