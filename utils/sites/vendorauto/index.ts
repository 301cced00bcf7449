/** VendorAuto's page model: the only module that knows VendorAuto's page. */
export { findConfirmControl, findEditControls, isConfirmControl } from './controls';
export { type EditForm, findEditForm, secretFieldIn, secretPencilIn } from './edit-form';
export { type OpenResult, openSecretField, type Step } from './fill-flow';
export { findIdSightings, findInstanceByClientId, type InstanceMatch } from './instances';
export { type SaveOutcome, watchSaveOutcome } from './outcome';
