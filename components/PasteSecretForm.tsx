import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

type Props = {
  /** Sends the pasted value for the rotation in the active console tab; null when it was taken. */
  paste: (secret: string) => Promise<string | null>;
};

/**
 * Where a console lets the user only copy the new secret: a paste goes straight to the
 * background. A paste never becomes the field's value, and a typed value is cleared on submit,
 * so the secret does not stay in the popup's page.
 */
export function PasteSecretForm({ paste }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState(false);

  const send = async (value: string) => {
    const secret = value.trim();
    if (!secret) return;
    const problem = await paste(secret);
    setError(problem);
    setTaken(problem === null);
  };

  if (taken)
    return (
      <p class="callout" role="status">
        {i18n.t('popup.paste.taken')}
      </p>
    );
  return (
    <form
      class="paste"
      aria-label={i18n.t('popup.paste.region')}
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('secret') as HTMLInputElement;
        const value = input.value;
        input.value = '';
        void send(value);
      }}
    >
      <label for="pasted-secret">{i18n.t('popup.paste.label')}</label>
      <input
        id="pasted-secret"
        name="secret"
        type="password"
        autocomplete="off"
        spellcheck={false}
        onPaste={(event) => {
          if (!event.isTrusted) return;
          event.preventDefault();
          void send(event.clipboardData?.getData('text') ?? '');
        }}
      />
      <button type="submit">{i18n.t('popup.paste.submit')}</button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
