/**
 * Where the injected outline builder waits for the content script: a key in the extension's
 * isolated world, which page scripts cannot reach. Types only and a key, so neither side pulls
 * in the other's code.
 */
import type { PageOutline } from '../../core/outline-types';

/** What the content script knows that the page does not say: its site and what it looks for. */
export type OutlineSubject = {
  site: PageOutline['site'];
  /** The guide's current target: marked `expected` in the outline. */
  expected: Element | null;
  expectedClientId?: string;
};

export type OutlineBuilder = (subject: OutlineSubject, maxElements: number) => PageOutline;

const OUTLINE_BUILDER_KEY = Symbol.for('lwa-rotator.outline-builder');
type Slot = { [OUTLINE_BUILDER_KEY]?: OutlineBuilder };

export function putOutlineBuilder(builder: OutlineBuilder): void {
  (globalThis as Slot)[OUTLINE_BUILDER_KEY] = builder;
}

export function takeOutlineBuilder(): OutlineBuilder | null {
  return (globalThis as Slot)[OUTLINE_BUILDER_KEY] ?? null;
}
