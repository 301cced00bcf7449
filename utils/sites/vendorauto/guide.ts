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
import { findEditForm, findInstanceByClientId, findInstancesLink } from './';

/** `offersFill`: the step where the extension types the secret, so the card offers a button for it. */
export type VendorAutoGuideCard = GuideCard & { offersFill: boolean };

export function vendorAutoGuideCard(
  rotation: Rotation | null,
  doc: Document = document,
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
  const who = rotation.appName
    ? `“${rotation.appName}” (${shortClientId(rotation.clientId)})`
    : shortClientId(rotation.clientId);
  const match = findInstanceByClientId(rotation.clientId, doc);
  const form = findEditForm(rotation.clientId, match.kind === 'found' ? match.region : null);
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
        body: `This is the instance with the Client ID of ${who}.`,
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
        ...card('edit-instance', null),
        tone: 'warning',
        body: `Found ${who}, but no edit button next to it.`,
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

export function createVendorAutoGuide(
  overlay: Overlay,
  state: { rotation: () => Rotation | null; requestFill: (rotationId: string) => void },
): Guide {
  return createGuide(overlay, () => {
    const rotation = state.rotation();
    const { offersFill, ...card } = vendorAutoGuideCard(rotation);
    if (!offersFill || !rotation) return card;
    const fill = (event: MouseEvent) => {
      // Only a person's click: a page script cannot ask for the secret through the card.
      if (event.isTrusted) state.requestFill(rotation.id);
    };
    return { ...card, actions: [{ label: 'Fill the new secret', onClick: fill }] };
  });
}
