/**
 * VendorAuto's on-page guide: from the Instances link to the instance's pencil, the Client
 * Secret's pencil, and a "Fill the new secret" button in the card (the secret itself never
 * comes near the page's DOM). Reads only non-secret records.
 */

import { createGuide, type Guide, type GuideCard } from '../../content/guide-controller';
import type { Overlay } from '../../content/overlay';
import { shortClientId } from '../../core/lwa';
import type { Rotation } from '../../core/rotation';
import { type StepId, stepById } from '../../core/steps';
import { findEditForm, findInstanceByClientId, findInstancesLink, openEditors } from './';

/** `offersFill`: the step where the extension types the secret, so the card offers a button for it. */
export type VendorAutoGuideCard = GuideCard & { offersFill: boolean };

export type GuideFacts = {
  /** This page's origin is one the user confirmed as their VendorAuto app. */
  trusted: boolean;
  /** Editors open just before the user clicked this instance's edit (seen by the guide), if so. */
  openedAfter?: Set<Element> | null;
};

export function vendorAutoGuideCard(
  rotation: Rotation | null,
  doc: Document = document,
  facts: GuideFacts = { trusted: true },
): VendorAutoGuideCard {
  if (!rotation) {
    return {
      step: 'view',
      title: 'No new secret waiting',
      body: 'Rotate the secret in Amazon’s Developer Console first; the extension captures it there.',
      tone: 'info',
      target: null,
      offersFill: false,
    };
  }
  if (!facts.trusted) {
    return {
      step: null,
      title: 'Is this your VendorAuto app?',
      body: `The extension fills a secret only where you confirmed you log in to VendorAuto. If that is ${location.host}, open the extension’s toolbar popup and choose “Trust ${location.host}”.`,
      tone: 'warning',
      target: null,
      offersFill: false,
    };
  }
  const who = rotation.appName
    ? `“${rotation.appName}” (${shortClientId(rotation.clientId)})`
    : shortClientId(rotation.clientId);
  const match = findInstanceByClientId(rotation.clientId, doc);
  const form = findEditForm(
    rotation.clientId,
    match.kind === 'found' ? match.region : null,
    facts.openedAfter ? { openedAfter: facts.openedAfter } : {},
  );
  if (form?.secretField) {
    return {
      ...card('fill', form.secretField),
      body: `Put the new secret for ${who} into the Client Secret field.`,
      offersFill: true,
    };
  }
  if (form?.secretPencil && !(match.kind === 'found' && form.secretPencil === match.editControl)) {
    return card('edit-secret', form.secretPencil);
  }
  switch (match.kind) {
    case 'found':
      return {
        ...card('edit-instance', match.editControl),
        body: `This is the instance with the Client ID of ${who}. ${OPEN_BY[match.opensBy]}`,
      };
    case 'ambiguous':
      return {
        step: 'edit-instance',
        title: 'More than one instance could match',
        body: `${match.count} instances could have the Client ID ${shortClientId(rotation.clientId)}. Update the right one by hand.`,
        tone: 'error',
        target: null,
        offersFill: false,
      };
    case 'no-edit-control':
      return {
        ...card('edit-instance', match.container),
        title: 'Open this instance’s edit',
        body: `This is ${who}. Open its edit the way VendorAuto offers it; the guide continues from the form.`,
      };
    case 'none':
      if (match.instancesSeen > 0) {
        return {
          step: 'edit-instance',
          title: 'No instance has this Client ID',
          body: `No instance on this page has the Client ID ${shortClientId(rotation.clientId)}.`,
          tone: 'warning',
          target: null,
          offersFill: false,
        };
      }
      return card('open-instances', findInstancesLink(doc));
  }
}

const OPEN_BY = {
  edit: 'Click its highlighted edit button.',
  menu: 'Open its highlighted menu and choose Edit.',
  row: 'Click it to open its edit.',
} as const;

/** The order of the guide's steps on VendorAuto: the card never goes back once the user moved on. */
const ORDER: readonly (StepId | null)[] = [
  'open-instances',
  'edit-instance',
  'edit-secret',
  'fill',
];

/** When the page no longer shows where the user is (a control went away after its use): the manual path. */
export function manualPathCard(): VendorAutoGuideCard {
  return {
    step: null,
    title: 'The guide cannot tell the next step here',
    body: 'Right-click the Client Secret field of this instance’s form and choose “Fill the new LWA secret here”; then confirm as VendorAuto asks.',
    tone: 'warning',
    target: null,
    offersFill: false,
  };
}

function card(step: StepId, target: Element | null): VendorAutoGuideCard {
  return {
    step,
    title: stepById(step).title,
    body: stepById(step).why,
    tone: 'info',
    target,
    offersFill: false,
  };
}

export type VendorAutoGuideState = {
  rotation: () => Rotation | null;
  trusted: () => boolean;
  requestFill: (rotationId: string) => void;
};

export type VendorAutoGuide = Guide & {
  /** Editors open just before the user's own click on the ringed edit control, once there was one. */
  openedByUserAfter(): Set<Element> | null;
};

export function createVendorAutoGuide(
  overlay: Overlay,
  state: VendorAutoGuideState,
): VendorAutoGuide {
  let ringed: { step: StepId | null; target: Element | null } = { step: null, target: null };
  let openedAfter: Set<Element> | null = null;
  let furthest = -1;
  // A person's click on the ringed edit control proves which instance the editor that opens is for.
  const witness = (event: Event) => {
    if (!event.isTrusted || !ringed.target) return;
    if (ringed.step !== 'edit-instance' && ringed.step !== 'edit-secret') return;
    if (event.composedPath().includes(ringed.target)) openedAfter = openEditors();
  };
  const guide = createGuide(
    overlay,
    () => {
      const rotation = state.rotation();
      const { offersFill, ...card } = vendorAutoGuideCard(rotation, document, {
        trusted: state.trusted(),
        openedAfter,
      });
      // A step never goes back because a control went away after the user used it.
      const rank = ORDER.indexOf(card.step);
      if (rank >= 0 && rank < furthest && openedAfter) {
        ringed = { step: null, target: null };
        const { offersFill: _manual, ...manual } = manualPathCard();
        return manual;
      }
      if (rank > furthest) furthest = rank;
      ringed = { step: card.step, target: card.target };
      if (!offersFill || !rotation) return card;
      const fill = (event: MouseEvent) => {
        // Only a person's click: a page script cannot ask for the secret through the card.
        if (event.isTrusted) state.requestFill(rotation.id);
      };
      return {
        ...card,
        actions: [
          {
            label: 'Fill the new secret',
            onClick: fill,
            guarded: {
              elsewhere: 'Use “Fill in VendorAuto” in the extension’s toolbar popup instead.',
            },
          },
        ],
      };
    },
    {
      onShow: () => document.addEventListener('click', witness, true),
      onHide: () => document.removeEventListener('click', witness, true),
    },
  );
  return Object.assign(guide, { openedByUserAfter: () => openedAfter });
}
