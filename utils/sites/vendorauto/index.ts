/** VendorAuto's page model: the only module that knows VendorAuto's page. */
export { findConfirmControl, findEditControls, isConfirmControl } from './controls';
export {
  type EditForm,
  findCurrentConfirm,
  findEditForm,
  formAroundField,
  formShowsOtherInstance,
  isSecretField,
  secretFieldIn,
  secretPencilIn,
} from './edit-form';
export { type OpenResult, openSecretField, type Step } from './fill-flow';
export { findInstancesLink } from './guide-targets';
export { findIdSightings, findInstanceByClientId, type InstanceMatch } from './instances';
export { type SaveOutcome, watchSaveOutcome } from './outcome';
