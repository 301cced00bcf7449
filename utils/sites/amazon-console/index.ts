/** Amazon's Developer Console page model: the only module that knows the console's page. */
export {
  type AddAppClientState,
  appAt,
  type ConsoleApp,
  type ConsolePage,
  findViewControl,
  type ReadOptions,
  readConsolePage,
} from './apps';
export {
  type ConsoleView,
  currentView,
  findAddAppClientControl,
  findConfirmRotateControl,
  findRevealControl,
  findRotateControl,
} from './guide-targets';
export { type AppRef, type WatcherEvent, watchRotation } from './rotation-watcher';
export { clientIdsIn, findSecretSightings, nearestClientId } from './secrets';
export { clickedControl, labelOf } from './structure';
