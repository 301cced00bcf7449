import { i18n } from '#i18n';
import type { RotationStatus } from './rotation';

/**
 * The rotation procedure as data (VendorAuto's help page, research/000_*.txt), shared by the
 * popup's checklist and the on-page guides.
 */
export type StepId =
  | 'prerequisite'
  | 'view'
  | 'rotate'
  | 'confirm-rotate'
  | 'reveal'
  | 'open-instances'
  | 'edit-instance'
  | 'edit-secret'
  | 'fill'
  | 'confirm-vendorauto';

/** Title and why are read when shown, in the interface language. */
export type Step = {
  id: StepId;
  site: 'amazon' | 'vendorauto';
  readonly title: string;
  readonly why: string;
};

export const STEPS: readonly Step[] = [
  {
    id: 'prerequisite',
    site: 'amazon',
    get title() {
      return i18n.t('steps.prerequisite.title');
    },
    get why() {
      return i18n.t('steps.prerequisite.why');
    },
  },
  {
    id: 'view',
    site: 'amazon',
    get title() {
      return i18n.t('steps.view.title');
    },
    get why() {
      return i18n.t('steps.view.why');
    },
  },
  {
    id: 'rotate',
    site: 'amazon',
    get title() {
      return i18n.t('steps.rotate.title');
    },
    get why() {
      return i18n.t('steps.rotate.why');
    },
  },
  {
    id: 'confirm-rotate',
    site: 'amazon',
    get title() {
      return i18n.t('steps.confirmRotate.title');
    },
    get why() {
      return i18n.t('steps.confirmRotate.why');
    },
  },
  {
    id: 'reveal',
    site: 'amazon',
    get title() {
      return i18n.t('steps.reveal.title');
    },
    get why() {
      return i18n.t('steps.reveal.why');
    },
  },
  {
    id: 'open-instances',
    site: 'vendorauto',
    get title() {
      return i18n.t('steps.openInstances.title');
    },
    get why() {
      return i18n.t('steps.openInstances.why');
    },
  },
  {
    id: 'edit-instance',
    site: 'vendorauto',
    get title() {
      return i18n.t('steps.editInstance.title');
    },
    get why() {
      return i18n.t('steps.editInstance.why');
    },
  },
  {
    id: 'edit-secret',
    site: 'vendorauto',
    get title() {
      return i18n.t('steps.editSecret.title');
    },
    get why() {
      return i18n.t('steps.editSecret.why');
    },
  },
  {
    id: 'fill',
    site: 'vendorauto',
    get title() {
      return i18n.t('steps.fill.title');
    },
    get why() {
      return i18n.t('steps.fill.why');
    },
  },
  {
    id: 'confirm-vendorauto',
    site: 'vendorauto',
    get title() {
      return i18n.t('steps.confirmVendorauto.title');
    },
    get why() {
      return i18n.t('steps.confirmVendorauto.why');
    },
  },
];

export function stepNumber(id: StepId): { n: number; of: number } {
  return { n: STEPS.findIndex((s) => s.id === id) + 1, of: STEPS.length };
}

export function stepById(id: StepId): Step {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}

export type ProgressFacts = {
  /** A console showed "Add new app client" gray. */
  blocked: boolean;
  /** The status of the oldest rotation whose secret waits for VendorAuto. */
  liveStatus: RotationStatus | null;
};

/** Where the user is in the whole procedure, as far as the extension's records tell. */
export function currentStep(facts: ProgressFacts): StepId {
  if (facts.blocked) return 'prerequisite';
  switch (facts.liveStatus) {
    case 'captured':
    case 'failed':
      return 'open-instances';
    case 'handed-off':
      return 'fill';
    case 'filled':
      return 'confirm-vendorauto';
    default:
      return 'view';
  }
}
