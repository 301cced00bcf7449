/**
 * The console's on-page guide: rings the element of the current step and says what to do
 * and why. It reads the page the way the capture does, so it follows re-renders; it ticks
 * only while shown.
 */

import { i18n } from '#i18n';
import { composedContains, isSeen } from '../../content/dom/deep';
import { createGuide, type Guide, type GuideCard } from '../../content/guide-controller';
import type { Overlay } from '../../content/overlay';
import { type StepId, stepById } from '../../core/steps';
import {
  type AppEntry,
  appAt,
  clickedControl,
  currentView,
  type FlowMemory,
  findAddAppClientControl,
  findCloseControl,
  findCopyControl,
  findRevealControl,
  labelOf,
  type ReadOptions,
  readAppEntries,
  seenRotateControls,
} from './';
import { CANCEL_WORDS, ROTATE_WORDS } from './vocabulary';

export type CapturePhase = 'idle' | 'confirmed' | 'awaiting-reveal' | 'captured';

/** The way that always works, offered whenever the guide cannot tell the step. */
const manualPath = () => i18n.t('console.manualPath');

/** Steps in order: the guide never goes back one because the control the user used went away. */
const RANK: Partial<Record<StepId, number>> = {
  view: 1,
  rotate: 2,
  'confirm-rotate': 3,
  reveal: 4,
  'open-instances': 5,
};

/**
 * The due app as last read. Reading 1,000 apps takes the main thread most of a second, so while
 * its View control is still on screen the guide rings it again without re-reading the list; a
 * re-render (the control replaced) or a few seconds' age brings a fresh read.
 */
export type AppsReading = { due: AppEntry | null; readAt: number };
const APPS_REREAD_MS = 10_000;

/** What the guide shows for the page as it is now (`reuse` aside, a pure reading of the page). */
export function consoleGuideCard(
  phase: CapturePhase,
  options: ReadOptions,
  doc: Document = document,
  memory?: FlowMemory,
  reuse?: AppsReading,
): GuideCard {
  const gray = findAddAppClientControl(doc);
  if (gray?.disabled) {
    return {
      step: 'prerequisite',
      title: i18n.t('console.gray.title'),
      body: i18n.t('console.gray.body'),
      tone: 'error',
      target: gray.control,
    };
  }
  if (phase === 'captured') return capturedCard([]);
  const view = currentView(doc, memory);
  if (phase === 'confirmed' || phase === 'awaiting-reveal') {
    // Only beside the secret: in some languages View and Show share a word ("Afficher", "表示").
    const reveal = view.kind === 'apps' ? null : findRevealControl(view.scope);
    if (reveal) return card('reveal', reveal);
    // Nothing to reveal, only Copy: the secret reaches the extension through the user's paste.
    const copy =
      phase === 'awaiting-reveal' && view.kind !== 'apps' ? findCopyControl(view.scope) : null;
    if (copy)
      return {
        step: 'reveal',
        title: i18n.t('console.copyOnly.title'),
        body: i18n.t('console.copyOnly.body'),
        tone: 'info',
        target: copy,
      };
    return {
      step: 'reveal',
      title: i18n.t('console.waiting.title'),
      body:
        phase === 'awaiting-reveal'
          ? `${i18n.t('console.waiting.hidden')} ${manualPath()}`
          : i18n.t('console.waiting.creating'),
      tone: phase === 'awaiting-reveal' ? 'warning' : 'info',
      target: null,
    };
  }
  if (view.kind === 'warning') {
    if (view.gate)
      return {
        ...card('confirm-rotate', view.gate),
        title: i18n.t('console.gate'),
      };
    return card('confirm-rotate', view.confirm);
  }
  if (view.kind === 'credentials') {
    // Rotating an app nothing asked for breaks whatever else uses its secret in 7 days: say so,
    // and ring the way back instead of Rotate.
    if (memory?.otherApp)
      return {
        step: null,
        title: i18n.t('console.otherApp.title', { app: memory.otherApp }),
        body: i18n.t('console.otherApp.body'),
        tone: 'warning',
        target: findCloseControl(view.scope),
      };
    if (view.rotate) return card('rotate', view.rotate);
    return unknownStep(i18n.t('console.noRotate'));
  }
  const cached = reuse?.due;
  if (
    reuse &&
    cached?.view?.isConnected &&
    cached.item.isConnected &&
    Date.now() - reuse.readAt < APPS_REREAD_MS &&
    isSeen(cached.view)
  ) {
    return {
      ...card('view', cached.view),
      title: i18n.t('console.chooseView', { app: cached.app.name }),
    };
  }
  const entries = readAppEntries(doc, options);
  if (reuse) Object.assign(reuse, { due: mostUrgent(entries), readAt: Date.now() });
  if (entries.length === 0 && memory?.rotateBeforeOpener)
    return unknownStep(i18n.t('console.pageChanged'));
  if (entries.length === 0) {
    return {
      step: null,
      title: i18n.t('console.notConsole.title'),
      body: i18n.t('console.notConsole.body'),
      tone: 'warning',
      target: null,
    };
  }
  const due = mostUrgent(entries);
  if (!due) {
    return {
      step: null,
      title: i18n.t('console.noneDue.title'),
      body: i18n.t('console.noneDue.body'),
      tone: 'success',
      target: null,
    };
  }
  if (!due.view) return unknownStep(i18n.t('console.noView', { app: due.app.name }));
  return { ...card('view', due.view), title: i18n.t('console.chooseView', { app: due.app.name }) };
}

/**
 * The card once the new secret is captured. `actions` is where the next move is offered (the
 * popup's hand-off to VendorAuto, say); the controller adds nothing to a success card.
 */
export function capturedCard(actions: NonNullable<GuideCard['actions']>): GuideCard {
  return {
    step: 'open-instances',
    title: i18n.t('console.captured.title'),
    body: i18n.t('console.captured.body'),
    tone: 'success',
    target: null,
    actions,
  };
}

function unknownStep(reason: string): GuideCard {
  return {
    step: null,
    title: i18n.t('console.unknownStep'),
    body: `${reason} ${manualPath()}`,
    tone: 'warning',
    target: null,
  };
}

function card(step: StepId, target: Element | null): GuideCard {
  return { step, title: stepById(step).title, body: stepById(step).why, tone: 'info', target };
}

function mostUrgent(entries: AppEntry[]): AppEntry | null {
  const due = entries.filter((entry) => entry.app.alert);
  due.sort((a, b) => (a.app.deadline?.daysLeft ?? 0) - (b.app.deadline?.daysLeft ?? 0));
  return due[0] ?? null;
}

/** After a click, the page may take a moment to show the next step: hold the card meanwhile. */
const HOLD_AFTER_CLICK_MS = 3000;

export type ConsoleGuideState = {
  phase: () => CapturePhase;
  options: () => ReadOptions;
  /** "Continue in VendorAuto": the one click from the captured secret to VendorAuto's filled field. */
  onContinue?: () => void;
  /** The Client ID whose new secret VendorAuto has saved: its panel, still open, is done with. */
  finishedClientId?: () => string | null;
};

export function createConsoleGuide(overlay: Overlay, state: ConsoleGuideState): Guide {
  const memory: FlowMemory = { rotateBeforeOpener: null, openerBox: null };
  const apps: AppsReading = { due: null, readAt: 0 };
  let shown: GuideCard | null = null;
  let lastClickAt = 0;
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const control = clickedControl(event);
    lastClickAt = Date.now();
    if (!control) return;
    noteOtherApp(control);
    const label = labelOf(control);
    if (CANCEL_WORDS.test(label)) {
      // Going back is the user's choice: let the guide follow.
      memory.rotateBeforeOpener = null;
      memory.otherApp = null;
      shown = null;
    } else if (!ROTATE_WORDS.test(label)) {
      return;
    } else if (currentView(document, memory).kind === 'warning') {
      // The confirm: what follows is the capture's business (its phase), not an opener's.
      memory.rotateBeforeOpener = null;
    } else {
      // Runs in the capture phase, before the page reacts: these are the controls before the warning.
      memory.rotateBeforeOpener = new WeakSet(seenRotateControls(document));
      memory.openerBox = control.getBoundingClientRect();
    }
  };
  /** A click beside the ringed View, on an app with no expiry alert: the user opened another app. */
  const noteOtherApp = (control: Element) => {
    const due = apps.due;
    if (shown?.step !== 'view' || !due) return;
    if (composedContains(due.item, control)) {
      memory.otherApp = null;
      return;
    }
    const other = appAt(control, state.options());
    if (other) memory.otherApp = !other.alert && other.name !== due.app.name ? other.name : null;
  };
  const read = (): GuideCard => {
    const phase = state.phase();
    if (phase !== 'idle') memory.rotateBeforeOpener = null;
    const next = consoleGuideCard(phase, state.options(), document, memory, apps);
    if (next.step === 'view' || next.step === null) memory.rotateBeforeOpener = null;
    const rank = (card: GuideCard | null) => (card?.step ? (RANK[card.step] ?? 0) : 0);
    if (shown && rank(next) < rank(shown) && Date.now() - lastClickAt < HOLD_AFTER_CLICK_MS) {
      // The control just used went away and the next step has not rendered yet: no going back.
      return { ...shown, target: null };
    }
    shown = next;
    return next;
  };
  /** After a capture: one click on to VendorAuto; after VendorAuto saved: close this app's panel. */
  const readWithHandOff = (): GuideCard => {
    const finished = state.finishedClientId?.() ?? null;
    const view = finished ? currentView(document, memory) : null;
    if (view?.kind === 'credentials' && view.clientId === finished) {
      // Not "Rotate secret" again: this app is done; the next one is behind its panel.
      return {
        step: 'view',
        title: i18n.t('console.saved.title'),
        body: i18n.t('console.saved.body'),
        tone: 'success',
        target: findCloseControl(view.scope),
      };
    }
    const card = read();
    if (state.phase() !== 'captured' || !state.onContinue) return card;
    const onContinue = state.onContinue;
    return {
      ...card,
      body: i18n.t('console.captured.held'),
      actions: [
        {
          label: i18n.t('console.captured.continue'),
          // A person's click only: a page script cannot start a hand-off through the card.
          onClick: (event: MouseEvent) => {
            if (event.isTrusted) onContinue();
          },
        },
      ],
    };
  };
  return createGuide(overlay, readWithHandOff, {
    onShow: () => document.addEventListener('click', onClick, true),
    onHide: () => document.removeEventListener('click', onClick, true),
  });
}
