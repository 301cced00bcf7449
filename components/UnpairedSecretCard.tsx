import { useState } from 'preact/hooks';
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
      setError(
        'Choose an app, or paste its Client ID (amzn1.application-oa2-client. followed by 32 characters).',
      );
      return;
    }
    setError(await pair(clientId));
  };

  return (
    <form class="handoff" aria-label="Which app is this secret for?" onSubmit={submit}>
      <header>
        <h3>Which app is this secret for?</h3>
      </header>
      <p class="meta">
        Selected on {consoleLabel(unpaired.consoleOrigin)} ·{' '}
        <span class="mono">{unpaired.maskedSecret}</span> · wiped in{' '}
        {remaining(unpaired.expiresAt, now)}
      </p>
      {known.length > 0 && (
        <label class="tab-choice">
          App
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
        {known.length > 0 ? 'Or paste its Client ID' : 'Paste its Client ID'}
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
          Use for this app
        </button>
        <button type="button" class="quiet" onClick={discard}>
          Discard
        </button>
      </div>
    </form>
  );
}
