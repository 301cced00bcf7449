/**
 * What the on-page guide points at in the console, found the same way the capture reads the
 * page: structure and values first, words second.
 */
import { deepElements } from '../../content/dom/deep';
import { clientIdsIn } from './secrets';
import { isControl, labelOf, openDialogs } from './structure';
import { CANCEL_WORDS, ROTATE_WORDS, SHOW_WORDS } from './vocabulary';

export type ConsoleView =
  | { kind: 'apps' }
  | { kind: 'credentials'; dialog: Element; clientId: string }
  | { kind: 'warning'; dialog: Element };

function controlsIn(scope: Element): Element[] {
  return [...deepElements(scope)].filter((element) => {
    if (!isControl(element)) return false;
    // A Katal host and its inner <button> are one control: keep the host.
    const root = element.getRootNode();
    return !(root instanceof ShadowRoot && isControl(root.host));
  });
}

/** Which part of the console is in front: the warning, the credentials view, or the apps table. */
export function currentView(doc: Document = document): ConsoleView {
  const dialogs = openDialogs(doc);
  const warning = [...dialogs]
    .reverse()
    .find(
      (d) =>
        clientIdsIn(d).length === 0 && controlsIn(d).some((c) => ROTATE_WORDS.test(labelOf(c))),
    );
  if (warning) return { kind: 'warning', dialog: warning };
  for (const dialog of [...dialogs].reverse()) {
    const ids = clientIdsIn(dialog);
    if (ids.length === 1 && ids[0]) return { kind: 'credentials', dialog, clientId: ids[0] };
  }
  return { kind: 'apps' };
}

export function findRotateControl(credentials: Element): Element | null {
  return controlsIn(credentials).find((c) => ROTATE_WORDS.test(labelOf(c))) ?? null;
}

/** The control that closes a panel (Close, ×, Schließen…), never one that acts. */
export function findCloseControl(panel: Element): Element | null {
  return controlsIn(panel).find((c) => CANCEL_WORDS.test(labelOf(c))) ?? null;
}

export function findRevealControl(credentials: Element): Element | null {
  return controlsIn(credentials).find((c) => SHOW_WORDS.test(labelOf(c))) ?? null;
}

/** In the warning: the control with the opener's label (or rotate words), never Cancel. */
export function findConfirmRotateControl(
  warning: Element,
  openerLabel: string | null,
): Element | null {
  const controls = controlsIn(warning).filter((c) => !CANCEL_WORDS.test(labelOf(c)));
  return (
    controls.find((c) => openerLabel !== null && labelOf(c) === openerLabel) ??
    controls.find((c) => ROTATE_WORDS.test(labelOf(c))) ??
    null
  );
}
