import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isClientId, shortClientId } from '../utils/core/lwa';
import { consoleLabel, remaining } from '../utils/popup/format';
import type { ListedApp, UnpairedView } from '../utils/popup/state';

type Props = {
  unpaired: UnpairedView;
  apps: ListedApp[];
  now: number;
  pair: (clientId: string) => Promise<string | null>;
  discard: () => void;
};

/** A secret selected where the page showed no Client ID: the user says which app it belongs to. */
export function UnpairedSecretCard({ unpaired, apps, now, pair, discard }: Props) {
  const known = apps.filter(
    (app): app is ListedApp & { clientId: string } => app.clientId !== null,
  );
  const [choice, setChoice] = useState(known[0]?.clientId ?? '');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const clientId = typed.trim() || choice;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isClientId(clientId)) {
      setError(i18n.t('popup.unpaired.invalid'));
      return;
    }
    setError(await pair(clientId));
  };

  return (
    <form class="handoff" aria-label={i18n.t('popup.unpaired.question')} onSubmit={submit}>
      <header>
        <h3>{i18n.t('popup.unpaired.question')}</h3>
      </header>
      <p class="meta">
        {i18n.t('popup.unpaired.selectedOn', { console: consoleLabel(unpaired.consoleOrigin) })} ·{' '}
        <span class="mono">{unpaired.maskedSecret}</span> ·{' '}
        {i18n.t('popup.unpaired.wipedIn', { remaining: remaining(unpaired.expiresAt, now) })}
      </p>
      {known.length > 0 && (
        <label class="tab-choice">
          {i18n.t('common.app')}
          <select value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
            {known.map((app) => (
              <option key={app.clientId} value={app.clientId}>
                {app.name} — {shortClientId(app.clientId)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="tab-choice">
        {known.length > 0 ? i18n.t('popup.unpaired.orPaste') : i18n.t('popup.unpaired.paste')}
        <input
          type="text"
          spellcheck={false}
          autocomplete="off"
          value={typed}
          placeholder="amzn1.application-oa2-client.…"
          onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
        />
      </label>
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="primary">
          {i18n.t('popup.unpaired.use')}
        </button>
        <button type="button" class="quiet" onClick={discard}>
          {i18n.t('common.discard')}
        </button>
      </div>
    </form>
  );
}
