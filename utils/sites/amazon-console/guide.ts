/**
 * The console's on-page guide: rings the element of the current step and says what to do
 * and why. It reads the page the way the capture does, so it follows re-renders; it ticks
 * only while shown.
 */

import { createGuide, type Guide, type GuideCard } from '../../content/guide-controller';
import type { Overlay } from '../../content/overlay';
import { type StepId, stepById } from '../../core/steps';
import {
  type ConsoleApp,
  clickedControl,
  currentView,
  findAddAppClientControl,
  findCloseControl,
  findConfirmRotateControl,
  findRevealControl,
  findRotateControl,
  findViewControl,
  labelOf,
  type ReadOptions,
  readConsolePage,
} from './';

export type CapturePhase = 'idle' | 'confirmed' | 'awaiting-reveal' | 'captured';

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

export type ConsoleGuideState = {
  phase: () => CapturePhase;
  options: () => ReadOptions;
  /** "Continue in VendorAuto": the one click from the captured secret to VendorAuto's filled field. */
  onContinue?: () => void;
  /** The Client ID whose new secret VendorAuto has saved: its panel, still open, is done with. */
  finishedClientId?: () => string | null;
};

export function createConsoleGuide(overlay: Overlay, state: ConsoleGuideState): Guide {
  // The confirm in Amazon's warning carries its opener's label, in any language.
  let openerLabel: string | null = null;
  const onClick = (event: Event) => {
    const control = clickedControl(event);
    if (control) openerLabel = labelOf(control);
  };
  return createGuide(
    overlay,
    () => {
      const finished = state.finishedClientId?.() ?? null;
      const view = finished ? currentView() : null;
      if (view?.kind === 'credentials' && view.clientId === finished) {
        // Not "Rotate secret" again: this app is done; the next one is behind its panel.
        return {
          step: 'view',
          title: 'Saved in VendorAuto — close this panel',
          body: 'This app’s new secret is in VendorAuto. Close the panel to go on to the next app due.',
          tone: 'success',
          target: findCloseControl(view.dialog),
        };
      }
      const card = consoleGuideCard(state.phase(), openerLabel, state.options());
      if (state.phase() !== 'captured' || !state.onContinue) return card;
      const onContinue = state.onContinue;
      return {
        ...card,
        body: 'The extension holds it in memory only. Continue: it opens your VendorAuto, finds the instance with this Client ID and fills the new secret for you to confirm.',
        actions: [
          {
            label: 'Continue in VendorAuto',
            // A person's click only: a page script cannot start a hand-off through the card.
            onClick: (event: MouseEvent) => {
              if (event.isTrusted) onContinue();
            },
          },
        ],
      };
    },
    {
      onShow: () => document.addEventListener('click', onClick, true),
      onHide: () => document.removeEventListener('click', onClick, true),
    },
  );
}
