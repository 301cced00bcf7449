/**
 * utils/sites/vendorauto — the only code that knows VendorAuto's page: the instance with a
 * Client ID (instances.ts), its edit controls and form (controls.ts, edit-form.ts), the steps to
 * its Client Secret field (fill-flow.ts), the fill itself and its outcome (fill-controller.ts,
 * outcome.ts) and the guide (guide-targets.ts, guide.ts). Kit and UI words sit in
 * vocabulary.ts. Other code uses the names exported here.
 */
export { findConfirmControl, findEditControls, isConfirmControl } from './controls';
export {
  type EditForm,
  findCurrentConfirm,
  findEditForm,
  formAroundField,
  formShowsOtherInstance,
  isSecretField,
  openDialogs,
  openEditors,
  secretFieldIn,
  secretPencilIn,
} from './edit-form';
export { type OpenResult, openSecretField, type Step } from './fill-flow';
export { describeTried, type Revealed, revealInstanceByClientId } from './find-offscreen';
export { findInstancesLink } from './guide-targets';
export { findIdSightings, findInstanceByClientId, type InstanceMatch } from './instances';
export { type SaveOutcome, watchSaveOutcome } from './outcome';
