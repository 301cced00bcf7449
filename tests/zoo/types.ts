/** What a generated layout is: its axis values, its data and its ground truth. Shared by node and page. */
export type ConsoleApp = {
  name: string;
  appId: string;
  clientId: string;
  secret: string;
  daysLeft: number;
  alert: boolean;
};

export type ConsoleLayout = {
  id: string;
  url: string;
  axes: Record<string, string>;
  apps: ConsoleApp[];
  /** index in `apps` of the app the user rotates (the most urgent alert) */
  due: number;
  newSecret: string;
  today: string;
};

export type Instance = { id: string; name: string; clientId: string; secret: string };

export type VendorAutoLayout = {
  id: string;
  url: string;
  axes: Record<string, string>;
  instances: Instance[];
  /** the instance that carries the due app's Client ID; null when none does (refusal expected) */
  target: string | null;
  clientId: string;
};

export type LayoutPair = { index: number; console: ConsoleLayout; vendorAuto: VendorAutoLayout };

/** The main-world record a page keeps for the runner (`window.__zoo`). */
export type ZooConsoleHooks = {
  ready: boolean;
  rotations: { clientId: string; oldSecret: string; newSecret: string }[];
  /** the control a user who knows the page would click next, or null when done */
  nextTarget(): Element | null;
};

export type ZooVendorAutoHooks = {
  ready: boolean;
  saved: { instanceId: string; secret: string }[];
  instances: Instance[];
};
