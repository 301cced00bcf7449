/** One app as Amazon's console lists it: what the console model reads and the background keeps. */
import type { DeadlineReading } from './deadline';

export type ConsoleApp = {
  name: string;
  appId: string | null;
  clientId: string | null;
  /** The console marks the app with an expiry warning next to View. */
  alert: boolean;
  deadline: DeadlineReading | null;
};
