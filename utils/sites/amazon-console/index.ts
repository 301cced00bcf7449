/** Amazon's Developer Console page model: the only module that knows the console's page. */
export {
  type AddAppClientState,
  appAt,
  type ConsoleApp,
  type ConsolePage,
  findAddAppClientControl,
  findViewControl,
  type ReadOptions,
  readConsolePage,
} from './apps';
export {
  type ConsoleView,
  currentView,
  findConfirmRotateControl,
  findRevealControl,
  findRotateControl,
} from './guide-targets';
export { type AppRef, type WatcherEvent, watchRotation } from './rotation-watcher';
export { clientIdsIn, findSecretSightings, nearestClientId } from './secrets';
export { clickedControl, labelOf } from './structure';
