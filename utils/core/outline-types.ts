/** A redacted page outline: JSON that says how a page is built and nothing of what it holds. */

export type OutlineElement = {
  tag: string;
  /** Attribute names with redacted values (see shapes.ts). */
  attrs?: Record<string, string>;
  /** A form field's current value, as a shape only. */
  value?: string;
  /** Not rendered (display/visibility/opacity) where its parent is. */
  hidden?: true;
  /** Rendered, but not where a reader sees it (scrolled past the page's end, aria-hidden). */
  unseen?: true;
  /** How it lays out its children: `grid:<columns>`, `flex` (a row) or `flex-column`. */
  layout?: `grid:${number}` | 'flex' | 'flex-column';
  /** Shows a pointer cursor where its parent does not: it (and what it holds) reacts to a click. */
  pointer?: true;
  /** The element the extension expected to act on (the guide's target, say). */
  expected?: true;
  /** 'open' roots are walked into `shadowChildren`; a custom element without one may have a closed root. */
  shadow?: 'open' | 'closed?';
  shadowChildren?: OutlineChild[];
  children?: OutlineChild[];
  /** This element stands for itself and `repeat - 1` more like it ("row ×998"). */
  repeat?: number;
  /** Children left out: the outline's depth or size limit was reached here. */
  truncated?: true;
};

/** A text node, already shaped. */
export type OutlineChild = OutlineElement | string;

export type PageOutline = {
  outline: 1;
  /** Which page model the page is for, as the content script knows it. */
  site: 'amazon-console' | 'vendorauto' | 'unknown';
  lang: string;
  /** The address's path, shaped like texts (query and hash left out). */
  path: string;
  /** The Client ID the extension looked for, as its shape in this outline. */
  expectedClientId?: string;
  /** The day dates were bucketed against (past / within 90 days / later): no time, no zone. */
  elements: number;
  truncated: boolean;
  root: OutlineElement;
};
