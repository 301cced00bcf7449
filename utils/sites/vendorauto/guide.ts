/**
 * VendorAuto's on-page guide: from the Instances link to the instance's pencil, the Client
 * Secret's pencil, and a "Fill the new secret" button in the card (the secret itself never
 * comes near the page's DOM). Reads only non-secret records.
 */

import { i18n } from '#i18n';
import { createGuide, type Guide, type GuideCard } from '../../content/guide-controller';
import type { Overlay } from '../../content/overlay';
import { shortClientId } from '../../core/lwa';
import type { Rotation } from '../../core/rotation';
import { type StepId, stepById } from '../../core/steps';
import { findEditForm, findInstanceByClientId, findInstancesLink, openEditors } from './';
import { openMenuEditItem } from './controls';

/** `offersFill`: the step where the extension types the secret, so the card offers a button for it. */
export type VendorAutoGuideCard = GuideCard & {
  offersFill: boolean;
  /** The target is a kebab whose menu holds the instance's Edit. */
  opensMenu?: boolean;
};

export type GuideFacts = {
  /** This page's origin is one the user confirmed as their VendorAuto app. */
  trusted: boolean;
  /** Editors open just before the user clicked this instance's edit (seen by the guide), if so. */
  openedAfter?: Set<Element> | null;
  /** The user's last click opened this instance's ringed "more actions" menu. */
  menuOpened?: boolean;
};

export function vendorAutoGuideCard(
  rotation: Rotation | null,
  doc: Document = document,
  facts: GuideFacts = { trusted: true },
): VendorAutoGuideCard {
  if (!rotation) {
    return {
      step: 'view',
      title: i18n.t('va.noRotation.title'),
      body: i18n.t('va.noRotation.body'),
      tone: 'info',
      target: null,
      offersFill: false,
    };
  }
  if (!facts.trusted) {
    return {
      step: null,
      title: i18n.t('va.untrusted.title'),
      body: i18n.t('va.untrusted.body', { host: location.host }),
      tone: 'warning',
      target: null,
      offersFill: false,
    };
  }
  const shortId = shortClientId(rotation.clientId);
  const who = rotation.appName
    ? i18n.t('va.appWithId', { app: rotation.appName, clientId: shortId })
    : shortId;
  const match = findInstanceByClientId(rotation.clientId, doc);
  const form = findEditForm(
    rotation.clientId,
    match.kind === 'found' ? match.region : null,
    facts.openedAfter ? { openedAfter: facts.openedAfter } : {},
  );
  if (form?.secretField) {
    return {
      ...card('fill', form.secretField),
      body: i18n.t('va.guide.fill', { who }),
      offersFill: true,
    };
  }
  if (form?.secretPencil && !(match.kind === 'found' && form.secretPencil === match.editControl)) {
    return card('edit-secret', form.secretPencil);
  }
  switch (match.kind) {
    case 'found': {
      // The menu the user opened from this instance's ringed kebab: its Edit is the next click.
      const item = match.opensBy === 'menu' && facts.menuOpened ? openMenuEditItem(doc) : null;
      return {
        ...card('edit-instance', item ?? match.editControl),
        body: `${i18n.t('va.guide.found', { who })} ${openBy(match.opensBy)}`,
        opensMenu: match.opensBy === 'menu' && !item,
      };
    }
    case 'ambiguous':
      return {
        step: 'edit-instance',
        title: i18n.t('va.guide.ambiguous'),
        body: i18n.t('va.guide.ambiguousBody', match.count, { clientId: shortId }),
        tone: 'error',
        target: null,
        offersFill: false,
      };
    case 'no-edit-control':
      return {
        ...card('edit-instance', match.container),
        title: i18n.t('va.openEdit.title'),
        body: i18n.t('va.guide.noEditControl', { who }),
      };
    case 'none':
      if (match.instancesSeen > 0) {
        return {
          step: 'edit-instance',
          title: i18n.t('va.guide.none'),
          body: i18n.t('va.guide.noneBody', { clientId: shortId }),
          tone: 'warning',
          target: null,
          offersFill: false,
        };
      }
      return card('open-instances', findInstancesLink(doc));
  }
}

function openBy(how: 'edit' | 'menu' | 'row'): string {
  if (how === 'edit') return i18n.t('va.guide.openByEdit');
  return how === 'menu' ? i18n.t('va.guide.openByMenu') : i18n.t('va.guide.openByRow');
}

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
    title: i18n.t('va.manual.title'),
    body: i18n.t('va.manual.body'),
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
  let ringed: { step: StepId | null; target: Element | null; opensMenu: boolean } = {
    step: null,
    target: null,
    opensMenu: false,
  };
  let openedAfter: Set<Element> | null = null;
  let menuOpened = false;
  let furthest = -1;
  // A person's click on the ringed edit control proves which instance the editor that opens is for.
  const witness = (event: Event) => {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    const onRing = ringed.target !== null && path.includes(ringed.target);
    // Only a menu opened from the ringed kebab, with no click elsewhere since, is this instance's.
    menuOpened = onRing && ringed.opensMenu;
    if (!onRing || (ringed.step !== 'edit-instance' && ringed.step !== 'edit-secret')) return;
    openedAfter = openEditors();
  };
  const guide = createGuide(
    overlay,
    () => {
      const rotation = state.rotation();
      const { offersFill, opensMenu, ...card } = vendorAutoGuideCard(rotation, document, {
        trusted: state.trusted(),
        openedAfter,
        menuOpened,
      });
      // A step never goes back because a control went away after the user used it.
      const rank = ORDER.indexOf(card.step);
      if (rank >= 0 && rank < furthest && openedAfter) {
        ringed = { step: null, target: null, opensMenu: false };
        const { offersFill: _manual, ...manual } = manualPathCard();
        return manual;
      }
      if (rank > furthest) furthest = rank;
      ringed = { step: card.step, target: card.target, opensMenu: opensMenu === true };
      if (!offersFill || !rotation) return card;
      const fill = (event: MouseEvent) => {
        // Only a person's click: a page script cannot ask for the secret through the card.
        if (event.isTrusted) state.requestFill(rotation.id);
      };
      return {
        ...card,
        actions: [
          {
            label: i18n.t('va.fillAction'),
            onClick: fill,
            guarded: {
              elsewhere: i18n.t('va.fillElsewhere'),
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
