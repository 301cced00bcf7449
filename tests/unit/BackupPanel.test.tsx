import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../components/BackupPanel';
import { type BackupPayload, decryptBackup, encryptBackup } from '../../utils/options/backup';

// Real 600,000-iteration PBKDF2 (no test seam); each key takes about 0.3 s in Node.
const CLIENT_ID = `amzn1.application-oa2-client.${'0123456789abcdef'.repeat(2)}`;
const CLIENT_SECRET = `amzn1.oa2-cs.v1.${'a1b2c3d4e5f60718'.repeat(4)}`;
const PASSPHRASE = 'correct horse battery staple';

const payload: BackupPayload = {
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  appName: 'My App',
  savedAt: '2026-11-29T10:15:00.000Z',
};

let backupText: string;

beforeAll(async () => {
  backupText = await encryptBackup(payload, PASSPHRASE);
});

afterEach(() => {
  cleanup();
});

function type(label: string | RegExp, value: string): HTMLInputElement {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
  return input;
}

function mockDownload() {
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup-test');
  const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicked: { href: string; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
  return { createObjectURL, revokeObjectURL, clicked };
}

function chooseFile(text: string, name = 'backup.lwabackup.json'): void {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Backup file'), { target: { files: [file] } });
}

describe('BackupPanel: save', () => {
  it('downloads an encrypted file that decrypts back, then clears the secret and passphrases', async () => {
    const { createObjectURL, revokeObjectURL, clicked } = mockDownload();
    render(<BackupPanel />);

    const clientId = type('Client ID', `  ${CLIENT_ID} `);
    const secret = type('Client secret', CLIENT_SECRET);
    type('App name (optional)', 'My App');
    const pass = type('Passphrase', PASSPHRASE);
    const repeat = type('Repeat passphrase', PASSPHRASE);

    expect(secret.type).toBe('password');
    expect(secret.getAttribute('autocomplete')).toBe('off');
    // spellcheck={false} is set as a DOM property, which happy-dom does not implement.

    fireEvent.click(screen.getByRole('button', { name: 'Download encrypted file' }));

    const status = await screen.findByText(
      /^Saved lwa-credentials-my-app-\d{4}-\d{2}-\d{2}/,
      {},
      {
        timeout: 5000,
      },
    );
    expect(status.textContent).toMatch(
      /^Saved lwa-credentials-my-app-\d{4}-\d{2}-\d{2}\.lwabackup\.json\. Keep the passphrase somewhere safe — without it the file cannot be opened\.$/,
    );
    expect(status.getAttribute('role')).toBe('status');

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob).toBeInstanceOf(Blob);
    const text = await (blob as Blob).text();
    const opened = await decryptBackup(text, PASSPHRASE);
    expect(opened).toMatchObject({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      appName: 'My App',
    });
    expect(Number.isNaN(Date.parse(opened.savedAt))).toBe(false);

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.href).toBe('blob:backup-test');
    expect(status.textContent).toContain(clicked[0]?.download ?? 'missing');
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:backup-test'));

    expect(secret.value).toBe('');
    expect(pass.value).toBe('');
    expect(repeat.value).toBe('');
    expect(clientId.value).toBe(`  ${CLIENT_ID} `);
  });

  it('shows inline alerts and downloads nothing when fields are invalid', async () => {
    const { createObjectURL } = mockDownload();
    const encrypt = vi.spyOn(globalThis.crypto.subtle, 'encrypt');
    render(<BackupPanel />);

    const clientId = type('Client ID', 'amzn1.application-oa2-client.nothex');
    type('Client secret', 'not-a-secret');
    type('Passphrase', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Download encrypted file' }));

    const alerts = (await screen.findAllByRole('alert')).map((a) => a.textContent);
    expect(alerts).toEqual([
      expect.stringMatching(/^This is not a Client ID/),
      expect.stringMatching(/^This is not a Client secret/),
      'Use a passphrase of at least 12 characters.',
    ]);
    expect(clientId.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(clientId);
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(encrypt).not.toHaveBeenCalled();
  });

  it('refuses passphrases that do not match', async () => {
    const { createObjectURL } = mockDownload();
    render(<BackupPanel />);
    type('Client ID', CLIENT_ID);
    type('Client secret', CLIENT_SECRET);
    type('Passphrase', PASSPHRASE);
    const repeat = type('Repeat passphrase', `${PASSPHRASE}!`);
    fireEvent.click(screen.getByRole('button', { name: 'Download encrypted file' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The two passphrases are not the same.',
    );
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});

describe('BackupPanel: open', () => {
  it('opens a file, hides the secret until "Show", copies it, and clears everything on Close', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText,
    } as unknown as Clipboard);
    render(<BackupPanel />);

    chooseFile(backupText);
    const pass = type('Passphrase of the file', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    expect(await screen.findByText(CLIENT_ID, {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Credentials in this file'),
    );
    expect(screen.getByText('My App')).toBeTruthy();
    expect(pass.value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();

    // Hidden: the secret is not in the page at all.
    expect(document.body.textContent).not.toContain(CLIENT_SECRET);
    fireEvent.click(screen.getByRole('button', { name: 'Show secret' }));
    expect(screen.getByText(CLIENT_SECRET)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide secret' }));
    expect(document.body.textContent).not.toContain(CLIENT_SECRET);

    fireEvent.click(screen.getByRole('button', { name: 'Copy secret' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(CLIENT_SECRET));
    expect(await screen.findByText(/Secret copied/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Backup file')));
    expect(screen.queryByText(CLIENT_ID)).toBeNull();
    expect(screen.queryByText('My App')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy secret' })).toBeNull();

    // Close also forgot the chosen file.
    type('Passphrase of the file', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a backup file first.');
  });

  it('shows the BackupError message for a wrong passphrase', async () => {
    render(<BackupPanel />);
    chooseFile(backupText);
    type('Passphrase of the file', 'not the right passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toBe(
      'This passphrase does not open this file, or the file was changed.',
    );
    expect(screen.queryByText(CLIENT_ID)).toBeNull();
  });

  it('says when the file is not a backup', async () => {
    render(<BackupPanel />);
    chooseFile('{"hello":"world"}', 'package.json');
    type('Passphrase of the file', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This is not an encrypted LWA credentials file/);
  });

  it('uses a file input limited to JSON, with a label', () => {
    render(<BackupPanel />);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json');
  });
});
