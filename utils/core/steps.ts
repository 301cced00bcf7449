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

export type Step = { id: StepId; site: 'amazon' | 'vendorauto'; title: string; why: string };

export const STEPS: readonly Step[] = [
  {
    id: 'prerequisite',
    site: 'amazon',
    title: 'Check that “Add new app client” is not gray',
    why: 'A gray button means your user cannot manage app clients: stop and contact VendorAuto first.',
  },
  {
    id: 'view',
    site: 'amazon',
    title: 'Choose View next to the app with the expiry warning',
    why: 'The LWA credentials column shows which apps must rotate soon.',
  },
  {
    id: 'rotate',
    site: 'amazon',
    title: 'Choose Rotate secret',
    why: 'Amazon creates a new client secret; the Client ID stays the same.',
  },
  {
    id: 'confirm-rotate',
    site: 'amazon',
    title: 'Read the warning and choose Rotate secret again',
    why: 'The old secret keeps working for 7 days, so VendorAuto keeps running meanwhile.',
  },
  {
    id: 'reveal',
    site: 'amazon',
    title: 'Choose Show if the new secret is hidden',
    why: 'The extension captures the new secret once it is on the page; you don’t copy it anywhere.',
  },
  {
    id: 'open-instances',
    site: 'vendorauto',
    title: 'Open VendorAuto’s Instances page',
    why: 'Each instance holds the Client ID and secret of one Amazon app.',
  },
  {
    id: 'edit-instance',
    site: 'vendorauto',
    title: 'Click the pencil of the instance with this Client ID',
    why: 'The extension found the instance whose Client ID matches the app you rotated.',
  },
  {
    id: 'edit-secret',
    site: 'vendorauto',
    title: 'Click the pencil under Client Secret',
    why: 'The secret field is locked until you choose to change it.',
  },
  {
    id: 'fill',
    site: 'vendorauto',
    title: 'Fill in the new secret',
    why: 'The extension types the new secret into the field; it never shows it on the page.',
  },
  {
    id: 'confirm-vendorauto',
    site: 'vendorauto',
    title: 'Click Confirm, then confirm again',
    why: 'VendorAuto uses the new secret from now on. Done until the next rotation in 180 days.',
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
