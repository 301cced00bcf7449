/**
 * Whether VendorAuto saved the new secret: a success message, an error, or the user backing
 * out. A secret field that goes away after Confirm, with no error and no "Are you sure?" still
 * open, counts as saved; one that goes away after Cancel (or with no Confirm) counts as
 * cancelled. Only a person's clicks count (`isTrusted`), or the extension's own auto-confirm,
 * which tells the watcher itself: a page script clicking Confirm proves nothing.
 */
import { deepElements, deepText, isVisible } from '../../content/dom/deep';
import { findSecrets } from '../../core/lwa';
import { findConfirmControl, isCancelControl, isConfirmControl } from './controls';
import { openDialogs } from './edit-form';
import { ERROR_WORDS, SUCCESS_WORDS } from './vocabulary';

export type SaveOutcome =
  /** `said`: VendorAuto announced success; `closed`: the form closed after Confirm, silently. */
  | { outcome: 'saved'; evidence: 'said' | 'closed' }
  | { outcome: 'save-error'; detail: string }
  | { outcome: 'cancelled' };

const POLL_MS = 300;
const CLOSE_GRACE_MS = 1500;
const GIVE_UP_MS = 15 * 60_000;

function announcements(): Map<Element, string> {
  const found = new Map<Element, string>();
  for (const element of deepElements(document)) {
    const role = element.getAttribute('role');
    const live = element.getAttribute('aria-live');
    if (role !== 'status' && role !== 'alert' && (live === null || live === 'off')) continue;
    if (!isVisible(element)) continue;
    const text = deepText(element);
    if (text) found.set(element, text);
  }
  return found;
}

/** Never let a secret-shaped value out of the page in an error detail. */
function sanitize(text: string): string {
  let clean = text;
  for (const secret of findSecrets(text, { labelledAsSecret: true }))
    clean = clean.replace(secret, '[hidden]');
  return clean.slice(0, 300);
}

/** Watches from the moment the field was filled until the field goes away or VendorAuto says something. */
export type SaveWatch = {
  stop(): void;
  /** The extension itself clicked Confirm (auto-confirm, which the user turned on). */
  noteConfirm(): void;
};

export function watchSaveOutcome(
  /** The filled field as the page shows it now (a re-rendered form brings a new one), or null. */
  filledField: () => Element | null,
  onOutcome: (result: SaveOutcome) => void,
  { signal }: { signal?: AbortSignal } = {},
): SaveWatch {
  const before = announcements();
  let lastAction: 'confirm' | 'cancel' | null = null;
  let goneAt: number | null = null;
  const startedAt = Date.now();

  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    for (const target of event.composedPath()) {
      if (!(target instanceof Element)) continue;
      if (isConfirmControl(target)) lastAction = 'confirm';
      else if (isCancelControl(target)) lastAction = 'cancel';
      else continue;
      return;
    }
  };
  document.addEventListener('click', onClick, true);

  const finish = (result: SaveOutcome) => {
    stop();
    onOutcome(result);
  };

  const timer = setInterval(() => {
    if (signal?.aborted) return stop();
    for (const [element, text] of announcements()) {
      if (before.get(element) === text) continue;
      if (ERROR_WORDS.test(text)) return finish({ outcome: 'save-error', detail: sanitize(text) });
      if (lastAction === 'confirm' && SUCCESS_WORDS.test(text))
        return finish({ outcome: 'saved', evidence: 'said' });
    }
    // An "Are you sure?" may cover or replace the form: while any dialog still asks, nothing is saved.
    const asking = openDialogs().some((dialog) => findConfirmControl(dialog) !== null);
    const field = filledField();
    if ((field?.isConnected && isVisible(field)) || asking) {
      goneAt = null;
    } else {
      // Give a success or error message time to appear after the form closes.
      goneAt ??= Date.now();
      if (Date.now() - goneAt >= CLOSE_GRACE_MS) {
        return finish(
          lastAction === 'confirm'
            ? { outcome: 'saved', evidence: 'closed' }
            : { outcome: 'cancelled' },
        );
      }
    }
    if (Date.now() - startedAt > GIVE_UP_MS) stop();
  }, POLL_MS);

  function stop() {
    clearInterval(timer);
    document.removeEventListener('click', onClick, true);
  }
  return {
    stop,
    noteConfirm() {
      lastAction = 'confirm';
    },
  };
}
