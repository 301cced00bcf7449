import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatNumber, uiLanguage } from '../utils/core/ui-language';
import {
  BackupError,
  type BackupPayload,
  backupFileName,
  decryptBackup,
  encryptBackup,
  isStrongEnoughPassphrase,
  isValidClientId,
  isValidClientSecret,
  MAX_BACKUP_FILE_CHARS,
  MIN_PASSPHRASE_LENGTH,
} from '../utils/options/backup';
import './BackupPanel.css';

type SaveField = 'clientId' | 'clientSecret' | 'passphrase' | 'passphraseRepeat';
type SaveErrors = Partial<Record<SaveField, string>>;

const SAVE_FIELD_ORDER: readonly SaveField[] = [
  'clientId',
  'clientSecret',
  'passphrase',
  'passphraseRepeat',
];

function messageOf(error: unknown): string {
  return error instanceof BackupError ? error.message : i18n.t('options.backup.genericError');
}

function validateSave(
  clientId: string,
  clientSecret: string,
  passphrase: string,
  passphraseRepeat: string,
): SaveErrors {
  const errors: SaveErrors = {};
  if (clientId === '') errors.clientId = i18n.t('options.backup.enterClientId');
  else if (!isValidClientId(clientId)) {
    errors.clientId = i18n.t('options.backup.notClientId');
  }
  if (clientSecret === '') errors.clientSecret = i18n.t('options.backup.enterSecret');
  else if (!isValidClientSecret(clientSecret)) {
    errors.clientSecret = i18n.t('options.backup.notSecret');
  }
  if (!isStrongEnoughPassphrase(passphrase)) {
    errors.passphrase = i18n.t('options.backup.shortPassphrase', {
      min: formatNumber(MIN_PASSPHRASE_LENGTH),
    });
  } else if (passphrase !== passphraseRepeat) {
    errors.passphraseRepeat = i18n.t('options.backup.passphrasesDiffer');
  }
  return errors;
}

/** Downloads `text` as a file through a temporary object URL. */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke on the next task so every browser has picked the blob up for the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function formatSavedAt(savedAt: string): string {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime())
    ? savedAt
    : date.toLocaleString(uiLanguage(), { dateStyle: 'long', timeStyle: 'short' });
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  description?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  secretish?: boolean;
  required?: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

function TextField(props: TextFieldProps): JSX.Element {
  const errorId = `${props.id}-error`;
  const descriptionId = `${props.id}-description`;
  const describedBy =
    [props.description ? descriptionId : '', props.error ? errorId : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div class="backup-field">
      <label class="backup-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.description && (
        <p class="backup-description" id={descriptionId}>
          {props.description}
        </p>
      )}
      <input
        ref={props.inputRef}
        class="backup-input"
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        autoComplete={props.autoComplete ?? 'off'}
        spellcheck={false}
        autoCapitalize={props.secretish ? 'off' : undefined}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
      />
      {props.error && (
        <p class="backup-error" id={errorId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * Options-page panel: save the current LWA credentials to an encrypted file
 * (the optional step before rotating), and open such a file again.
 */
export function BackupPanel(): JSX.Element {
  const id = useId();

  // --- Save -----------------------------------------------------------------
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [appName, setAppName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [passphraseRepeat, setPassphraseRepeat] = useState('');
  const [saveErrors, setSaveErrors] = useState<SaveErrors>({});
  const [saveError, setSaveError] = useState('');
  const [savedMessage, setSavedMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const saveInputs = useRef<Partial<Record<SaveField, HTMLInputElement | null>>>({});

  async function onSave(event: Event): Promise<void> {
    event.preventDefault();
    if (saving) return;
    setSavedMessage('');
    setSaveError('');
    const trimmedId = clientId.trim();
    const secret = clientSecret.trim();
    const errors = validateSave(trimmedId, secret, passphrase, passphraseRepeat);
    setSaveErrors(errors);
    const firstInvalid = SAVE_FIELD_ORDER.find((field) => errors[field]);
    if (firstInvalid) {
      saveInputs.current[firstInvalid]?.focus();
      return;
    }

    setSaving(true);
    try {
      const name = appName.trim();
      const payload: BackupPayload = {
        clientId: trimmedId,
        clientSecret: secret,
        savedAt: new Date().toISOString(),
        ...(name ? { appName: name } : {}),
      };
      const text = await encryptBackup(payload, passphrase);
      const fileName = backupFileName(name || undefined);
      downloadText(text, fileName);
      setClientSecret('');
      setPassphrase('');
      setPassphraseRepeat('');
      setSavedMessage(i18n.t('options.backup.saved', { fileName }));
    } catch (error) {
      setSaveError(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  // --- Open -----------------------------------------------------------------
  const [file, setFile] = useState<File | null>(null);
  const [openPassphrase, setOpenPassphrase] = useState('');
  const [openError, setOpenError] = useState('');
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState<BackupPayload | null>(null);
  const [showSecret, setShowSecret] = useState(false);
  const [copyStatus, setCopyStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const openPassphraseInput = useRef<HTMLInputElement | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // Moves focus after the render that shows (or removes) the opened credentials.
  const pendingFocus = useRef<'result' | 'file' | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'result') resultHeading.current?.focus();
    else if (target === 'file') fileInput.current?.focus();
  });

  async function onOpen(event: Event): Promise<void> {
    event.preventDefault();
    if (opening) return;
    setOpenError('');
    if (!file) {
      setOpenError(i18n.t('options.backup.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    if (openPassphrase === '') {
      setOpenError(i18n.t('options.backup.enterFilePassphrase'));
      openPassphraseInput.current?.focus();
      return;
    }

    setOpening(true);
    try {
      // UTF-8 uses at most 4 bytes a character; don't read a file that cannot be a backup.
      if (file.size > MAX_BACKUP_FILE_CHARS * 4) {
        throw new BackupError('not-a-backup', i18n.t('options.backup.tooLarge'));
      }
      const payload = await decryptBackup(await file.text(), openPassphrase);
      setOpened(payload);
      setShowSecret(false);
      setCopyStatus(null);
      setOpenPassphrase('');
      pendingFocus.current = 'result';
    } catch (error) {
      setOpenError(messageOf(error));
      openPassphraseInput.current?.focus();
    } finally {
      setOpening(false);
    }
  }

  async function onCopy(): Promise<void> {
    if (!opened) return;
    try {
      await navigator.clipboard.writeText(opened.clientSecret);
      setCopyStatus({ ok: true, text: i18n.t('options.backup.copied') });
    } catch {
      setCopyStatus({ ok: false, text: i18n.t('options.backup.copyFailed') });
    }
  }

  function onClose(): void {
    setOpened(null);
    setShowSecret(false);
    setCopyStatus(null);
    setOpenError('');
    setOpenPassphrase('');
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
    pendingFocus.current = 'file';
  }

  const fieldId = (name: string) => `backup-${id}-${name}`;
  const secretId = fieldId('opened-secret');

  return (
    <div class="backup-panel">
      <section class="backup-section" aria-labelledby={fieldId('save-heading')}>
        <h2 class="backup-heading" id={fieldId('save-heading')}>
          {i18n.t('options.backup.saveHeading')}
        </h2>
        <p class="backup-intro">{i18n.t('options.backup.intro')}</p>
        <form class="backup-form" onSubmit={onSave} noValidate>
          <TextField
            id={fieldId('client-id')}
            label="Client ID"
            value={clientId}
            onInput={setClientId}
            error={saveErrors.clientId}
            secretish
            inputRef={(el) => {
              saveInputs.current.clientId = el;
            }}
          />
          <TextField
            id={fieldId('client-secret')}
            label={i18n.t('options.backup.clientSecret')}
            type="password"
            value={clientSecret}
            onInput={setClientSecret}
            error={saveErrors.clientSecret}
            secretish
            inputRef={(el) => {
              saveInputs.current.clientSecret = el;
            }}
          />
          <TextField
            id={fieldId('app-name')}
            label={i18n.t('options.backup.appNameOptional')}
            value={appName}
            onInput={setAppName}
            description={i18n.t('options.backup.appNameHelp')}
          />
          <TextField
            id={fieldId('passphrase')}
            label={i18n.t('options.backup.passphrase')}
            type="password"
            value={passphrase}
            onInput={setPassphrase}
            autoComplete="new-password"
            error={saveErrors.passphrase}
            description={i18n.t('options.backup.passphraseHelp', {
              min: formatNumber(MIN_PASSPHRASE_LENGTH),
            })}
            secretish
            inputRef={(el) => {
              saveInputs.current.passphrase = el;
            }}
          />
          <TextField
            id={fieldId('passphrase-repeat')}
            label={i18n.t('options.backup.repeatPassphrase')}
            type="password"
            value={passphraseRepeat}
            onInput={setPassphraseRepeat}
            autoComplete="new-password"
            error={saveErrors.passphraseRepeat}
            secretish
            inputRef={(el) => {
              saveInputs.current.passphraseRepeat = el;
            }}
          />
          <div class="backup-actions">
            <button class="backup-button backup-button-primary" type="submit" disabled={saving}>
              {saving ? i18n.t('options.backup.encrypting') : i18n.t('options.backup.download')}
            </button>
          </div>
          {saveError && (
            <p class="backup-error" role="alert">
              {saveError}
            </p>
          )}
          <p class="backup-status" role="status">
            {savedMessage}
          </p>
        </form>
      </section>

      <section class="backup-section" aria-labelledby={fieldId('open-heading')}>
        <h2 class="backup-heading" id={fieldId('open-heading')}>
          {i18n.t('options.backup.openHeading')}
        </h2>
        <form class="backup-form" onSubmit={onOpen} noValidate>
          <div class="backup-field">
            <label class="backup-label" htmlFor={fieldId('file')}>
              {i18n.t('options.backup.file')}
            </label>
            <input
              ref={fileInput}
              class="backup-input backup-file"
              id={fieldId('file')}
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setOpenError('');
              }}
            />
          </div>
          <TextField
            id={fieldId('open-passphrase')}
            label={i18n.t('options.backup.filePassphrase')}
            type="password"
            value={openPassphrase}
            onInput={setOpenPassphrase}
            autoComplete="current-password"
            secretish
            inputRef={(el) => {
              openPassphraseInput.current = el;
            }}
          />
          <div class="backup-actions">
            <button class="backup-button" type="submit" disabled={opening}>
              {opening ? i18n.t('options.backup.opening') : i18n.t('options.backup.open')}
            </button>
          </div>
          {openError && (
            <p class="backup-error" role="alert">
              {openError}
            </p>
          )}
        </form>

        {opened && (
          <div class="backup-result">
            <h3 class="backup-result-heading" ref={resultHeading} tabIndex={-1}>
              {i18n.t('options.backup.resultHeading')}
            </h3>
            <dl class="backup-details">
              <dt>Client ID</dt>
              <dd>
                <code class="backup-code">{opened.clientId}</code>
              </dd>
              {opened.appName && (
                <>
                  <dt>{i18n.t('options.backup.appName')}</dt>
                  <dd>{opened.appName}</dd>
                </>
              )}
              <dt>{i18n.t('options.backup.savedAt')}</dt>
              <dd>{formatSavedAt(opened.savedAt)}</dd>
              <dt>{i18n.t('options.backup.clientSecret')}</dt>
              <dd id={secretId}>
                {showSecret ? (
                  <code class="backup-code">{opened.clientSecret}</code>
                ) : (
                  <span class="backup-masked">
                    <span aria-hidden="true">••••••••••••••••</span>
                    <span class="backup-visually-hidden">{i18n.t('options.backup.hidden')}</span>
                  </span>
                )}
              </dd>
            </dl>
            <div class="backup-actions">
              <button
                class="backup-button"
                type="button"
                aria-label={
                  showSecret
                    ? i18n.t('options.backup.hideSecret')
                    : i18n.t('options.backup.showSecret')
                }
                aria-controls={secretId}
                onClick={() => setShowSecret((shown) => !shown)}
              >
                {showSecret ? i18n.t('options.backup.hide') : i18n.t('options.backup.show')}
              </button>
              <button class="backup-button" type="button" onClick={onCopy}>
                {i18n.t('options.backup.copy')}
              </button>
              <button class="backup-button" type="button" onClick={onClose}>
                {i18n.t('options.backup.close')}
              </button>
            </div>
            {copyStatus &&
              (copyStatus.ok ? (
                <p class="backup-status" role="status">
                  {copyStatus.text}
                </p>
              ) : (
                <p class="backup-error" role="alert">
                  {copyStatus.text}
                </p>
              ))}
          </div>
        )}
      </section>
    </div>
  );
}
