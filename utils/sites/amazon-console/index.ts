/**
 * utils/sites/amazon-console — the only code that knows Amazon's Developer Console page: its
 * apps and expiry alerts (apps.ts), where the secrets are (secrets.ts), the rotation as the user
 * clicks through it (rotation-watcher.ts), what the guide rings (guide-targets.ts, guide.ts) and
 * the reports sent to the background (reporter.ts). Words in every UI language sit in
 * vocabulary.ts; everything else reads values, roles and attributes. Other code uses the names
 * exported here.
 */

export { isSeen, renderedBox } from '../../content/dom/deep';
export {
  type AddAppClientState,
  type AppEntry,
  appAt,
  type ConsoleApp,
  type ConsolePage,
  findAddAppClientControl,
  findViewControl,
  type ReadOptions,
  readAppEntries,
  readConsolePage,
} from './apps';
export {
  type ConsoleView,
  closeFinishedPanel,
  currentView,
  type FlowMemory,
  findCloseControl,
  findConfirmRotateControl,
  findCopyControl,
  findRevealControl,
  findRotateControl,
  seenClientIds,
  seenRotateControls,
} from './guide-targets';
export { type AppRef, type WatcherEvent, watchRotation } from './rotation-watcher';
export { clientIdsIn, findSecretSightings, nearestClientId } from './secrets';
export { clickedControl, labelOf } from './structure';
