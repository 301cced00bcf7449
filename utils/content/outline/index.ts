/** Redacted page outlines for layout reports: building one on a page, and re-hydrating one for a maintainer. */

export type { OutlineChild, OutlineElement, PageOutline } from '../../core/outline-types';
export { buildOutline, type OutlineOptions } from './build';
export { deadlineBuckets } from './dates';
