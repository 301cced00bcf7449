/**
 * The console's on-page guide: rings the element of the current step and says what to do
 * and why. It reads the page the way the capture does, so it follows re-renders; it ticks
 * only while shown.
 */
import type { Overlay } from '../overlay/overlay';
import {
  type ConsoleApp,
  clickedControl,
  currentView,
  findAddAppClientControl,
  findConfirmRotateControl,
  findRevealControl,
  findRotateControl,
  findViewControl,
  labelOf,
  type ReadOptions,
  readConsolePage,
} from '../sites/amazon-console';
import { type StepId, stepById, stepNumber } from '../steps';

export type CapturePhase = 'idle' | 'confirmed' | 'awaiting-reveal' | 'captured';

export type GuideCard = {
  step: StepId | null;
  title: string;
  body: string;
  tone: 'info' | 'success' | 'warning' | 'error';
  target: Element | null;
};

const TICK_MS = 400;

/** Pure: what the guide shows for the page as it is now. */
export function consoleGuideCard(
  phase: CapturePhase,
  openerLabel: string | null,
  options: ReadOptions,
  doc: Document = document,
): GuideCard {
  const gray = findAddAppClientControl(doc);
  if (gray?.disabled) {
    return {
      step: 'prerequisite',
      title: 'Stop: “Add new app client” is gray',
      body: 'Your user cannot manage app clients here. Contact VendorAuto before you rotate the secret.',
      tone: 'error',
      target: gray.control,
    };
  }
  if (phase === 'captured') {
    return {
      step: 'open-instances',
      title: 'New secret captured',
      body: 'Open VendorAuto’s Instances page, then choose “Fill in VendorAuto” in the extension’s toolbar menu.',
      tone: 'success',
      target: null,
    };
  }
  const view = currentView(doc);
  if (view.kind === 'warning')
    return card('confirm-rotate', findConfirmRotateControl(view.dialog, openerLabel));
  if (view.kind === 'credentials') {
    if (phase === 'confirmed' || phase === 'awaiting-reveal')
      return card('reveal', findRevealControl(view.dialog));
    return card('rotate', findRotateControl(view.dialog));
  }
  const page = readConsolePage(doc, options);
  if (page.layout === 'unrecognised') {
    return {
      step: null,
      title: 'This page doesn’t look like the Developer Console',
      body: 'The extension can’t find your apps here. Open Apps and Services › Develop Apps (Vendor Central: Integration › API Integration).',
      tone: 'warning',
      target: null,
    };
  }
  const due = mostUrgent(page.apps);
  if (!due) {
    return {
      step: null,
      title: 'No app needs a new secret',
      body: 'None of your apps shows an expiry alert.',
      tone: 'success',
      target: null,
    };
  }
  return {
    ...card('view', findViewControl(due, options, doc)),
    title: `Choose View for “${due.name}”`,
  };
}

function card(step: StepId, target: Element | null): GuideCard {
  return { step, title: stepById(step).title, body: stepById(step).why, tone: 'info', target };
}

function mostUrgent(apps: ConsoleApp[]): ConsoleApp | null {
  const due = apps.filter((app) => app.alert);
  due.sort((a, b) => (a.deadline?.daysLeft ?? 0) - (b.deadline?.daysLeft ?? 0));
  return due[0] ?? null;
}

export type ConsoleGuide = { show(): void; hide(): void; readonly visible: boolean };

export function createConsoleGuide(
  overlay: Overlay,
  state: { phase: () => CapturePhase; options: () => ReadOptions },
): ConsoleGuide {
  let timer: ReturnType<typeof setInterval> | null = null;
  let openerLabel: string | null = null;
  let last = '';
  let target: Element | null = null;

  const onClick = (event: Event) => {
    const control = clickedControl(event);
    if (control) openerLabel = labelOf(control);
  };

  const render = () => {
    const next = consoleGuideCard(state.phase(), openerLabel, state.options());
    target = next.target;
    const key = `${next.step}|${next.title}|${next.tone}`;
    if (key === last) return;
    last = key;
    const position = next.step ? stepNumber(next.step) : null;
    overlay.highlight(() => (target?.isConnected ? target : null));
    overlay.card({
      tone: next.tone,
      title: next.title,
      body: next.body,
      ...(position ? { progress: `Step ${position.n} of ${position.of}` } : {}),
    });
  };

  return {
    get visible() {
      return timer !== null;
    },
    show() {
      if (timer) return;
      last = '';
      document.addEventListener('click', onClick, true);
      render();
      timer = setInterval(render, TICK_MS);
    },
    hide() {
      if (timer) clearInterval(timer);
      timer = null;
      document.removeEventListener('click', onClick, true);
      overlay.clear();
    },
  };
}
