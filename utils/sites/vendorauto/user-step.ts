/**
 * Never a dead end: when the extension found the instance but could not open its editor or its
 * Client Secret field, it rings the one thing to do, watches the page, and asks for the fill
 * again as soon as a form for this instance shows a secret field. Holds no secret: the
 * background sends it again, to the same rules as any fill.
 */
import { i18n } from '#i18n';
import type { Overlay } from '../../content/overlay';
import { openMenuEditItem } from './controls';
import { findEditForm, openEditors } from './edit-form';
import type { Stuck } from './fill-flow';
import { findInstanceByClientId } from './instances';

const POLL_MS = 400;
const GIVE_UP_MS = 10 * 60_000;

const todo = (stuck: Stuck) => {
  if (stuck.todo === 'open-secret')
    return { title: i18n.t('va.openSecret.title'), body: i18n.t('va.openSecret.body') };
  // A ringed kebab opens a menu, not the editor: the card says so.
  const body = stuck.byMenu ? i18n.t('va.openEdit.byMenu') : i18n.t('va.openEdit.body');
  return { title: i18n.t('va.openEdit.title'), body };
};

/** The step's element again after the page replaced it; null while it is nowhere to be seen. */
function relocated(stuck: Stuck, clientId: string, secretPencil: Element | null): Stuck | null {
  if (stuck.todo === 'open-secret')
    return secretPencil ? { ...stuck, target: secretPencil, proof: secretPencil } : null;
  const match = findInstanceByClientId(clientId);
  if (match.kind === 'no-edit-control')
    return { ...stuck, target: match.container, region: match.container, proof: match.container };
  if (match.kind !== 'found') return null;
  // A closed menu's Edit item is gone with it: the kebab is the step again.
  const target = match.opensBy === 'row' ? match.container : match.editControl;
  const proof = match.opensBy === 'edit' ? match.editControl : match.container;
  return { ...stuck, target, region: match.region, proof };
}

export type UserStepWatch = {
  stop(): void;
};

/**
 * `onReady` gets the editors that were open just before the user's click on the ringed control
 * (proof the editor that opened is this instance's), or null when the form shows the Client ID.
 */
export function awaitUserStep(
  first: Stuck,
  clientId: string,
  overlay: Overlay,
  { onReady, signal }: { onReady: (openedAfter: Set<Element> | null) => void; signal: AbortSignal },
): UserStepWatch {
  let stuck = first;
  let openedAfter: Set<Element> | null = null;
  let instanceControl = first.todo === 'open-edit' ? first.proof : null;
  const startedAt = Date.now();

  const show = () => {
    overlay.highlight(() => (stuck.target.isConnected ? stuck.target : null));
    overlay.card({ tone: 'info', ...todo(stuck) });
  };
  // Only a person's click on the ringed control proves which instance the editor is for.
  const witness = (event: Event) => {
    if (!event.isTrusted) return;
    if (event.composedPath().includes(stuck.proof)) openedAfter = openEditors();
  };
  const region = () => {
    if (stuck.region?.isConnected) return stuck.region;
    const match = findInstanceByClientId(clientId);
    return match.kind === 'found' ? match.region : null;
  };
  const check = () => {
    if (signal.aborted || Date.now() - startedAt > GIVE_UP_MS) return stop();
    const form = findEditForm(clientId, region(), openedAfter ? { openedAfter } : {});
    // The field, or (right after the user opened the editor) its pencil: the extension carries
    // on by itself. A pencil it already failed to open is the user's next step instead.
    const pencilToTry =
      stuck.todo === 'open-edit' && form?.secretPencil && form.secretPencil !== instanceControl;
    if (form?.secretField || pencilToTry) {
      stop();
      onReady(openedAfter);
      return;
    }
    // A virtual list or a re-render replaced the ringed element: ring its new copy, never nothing.
    if (!stuck.target.isConnected) {
      const moved = relocated(stuck, clientId, form?.secretPencil ?? null);
      if (moved) {
        stuck = moved;
        if (moved.todo === 'open-edit') instanceControl = moved.proof;
        show();
      }
    }
    // The user opened the instance's "more actions" menu: its Edit item is the next thing to click.
    const item = stuck.todo === 'open-edit' && !form ? openMenuEditItem() : null;
    if (item && stuck.target !== item) {
      stuck = { ...stuck, target: item };
      show();
    }
    const pencil = form?.secretPencil;
    if (form && pencil && pencil !== instanceControl && stuck.target !== pencil) {
      stuck = { todo: 'open-secret', target: pencil, region: form.scope, proof: pencil };
      show();
    }
  };
  const timer = setInterval(check, POLL_MS);
  document.addEventListener('click', witness, true);
  function stop() {
    clearInterval(timer);
    document.removeEventListener('click', witness, true);
  }
  signal.addEventListener('abort', stop, { once: true });
  show();
  return { stop };
}
