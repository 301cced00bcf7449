/**
 * Reading a page the way a person sees it, across open shadow roots (Katal and other web
 * components keep their real buttons and inputs there: research/amazon-developer-console.md).
 */

/** Every element under `root`, descending into open shadow roots (each after its host), in document order. */
export function* deepElements(root: ParentNode): Generator<Element> {
  // querySelectorAll is native and fast; only hosts need a second look.
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The light-DOM parent, or the host when `element` sits at the top of a shadow root. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

export function* composedAncestors(element: Element): Generator<Element> {
  for (let current = composedParent(element); current; current = composedParent(current)) {
    yield current;
  }
}

/** Attributes that web components and apps use to carry visible or assistive text. */
const TEXT_ATTRIBUTES = [
  'label',
  'text',
  'header',
  'description',
  'content',
  'title',
  'aria-label',
];

/** The text a person would read or hear for `element`, including shadow content and Katal text attributes. */
export function deepText(element: Element): string {
  const parts: string[] = [];
  collectText(element, parts);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function collectText(element: Element, parts: string[]): void {
  if (element instanceof HTMLScriptElement || element instanceof HTMLStyleElement) return;
  for (const name of TEXT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) parts.push(value);
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    if (element.value) parts.push(element.value);
  }
  // A web component that carries its text in attributes renders them in its shadow root: read them once.
  const rendersAttributes = TEXT_ATTRIBUTES.some(
    (name) => name !== 'title' && name !== 'aria-label' && element.hasAttribute(name),
  );
  const roots: ParentNode[] =
    element.shadowRoot && !rendersAttributes ? [element.shadowRoot, element] : [element];
  for (const root of roots) {
    for (const child of Array.from(root.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element) collectText(child, parts);
    }
  }
}

/** The accessible-ish name of a control: its label attributes first, then its own text. */
export function controlName(element: Element): string {
  for (const name of ['aria-label', 'label', 'title', 'text']) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  return deepText(element);
}

/** Rendered and not hidden from the user. Works for elements inside shadow roots too. */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  if (typeof (element as HTMLElement).checkVisibility === 'function') {
    return (element as HTMLElement).checkVisibility({
      visibilityProperty: true,
      opacityProperty: true,
      contentVisibilityAuto: true,
    });
  }
  const rect = element.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/**
 * What a person can see on the page, the one notion every page model uses: the element and its
 * composed ancestors are rendered (not `hidden`, `inert`, `aria-hidden`, display:none,
 * visibility:hidden, zero opacity, skipped by content-visibility, or inside a closed
 * `<details>`), it has a box of a few pixels at least, that box is not clipped away by an
 * ancestor (a drawer slid out of an overflow-hidden frame, a zero-size clip) and not parked off
 * the page (a `left:-9999px` trick, a fixed drawer translated past the viewport's edge). A
 * web-component host with no box of its own (`display: contents`, fixed children) counts when
 * something it renders is seen.
 */
export function isSeen(element: Element): boolean {
  if (!element.isConnected) return false;
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (isHiddenByMarkup(current)) return false;
  }
  return isRenderedAndInView(element);
}

/**
 * The box of what `element` renders on screen, for drawing a ring around it: its own box, or for
 * a boxless host (`display: contents`) the union of what it renders. Unlike `isSeen` this asks
 * only about pixels: an icon marked aria-hidden is still drawn.
 */
export function renderedBox(element: Element): DOMRect | null {
  if (!element.isConnected) return null;
  const own = element.getBoundingClientRect();
  if (own.width >= MIN_SIDE && own.height >= MIN_SIDE) return isVisible(element) ? own : null;
  if (styleOf(element)?.display === 'none') return null;
  const boxes = [
    ...(element.shadowRoot?.children ?? []),
    ...Array.from(element.children),
    ...(element instanceof HTMLSlotElement ? element.assignedElements({ flatten: true }) : []),
  ]
    .filter((child) => !UNSEEN.has(child.tagName))
    .map(renderedBox)
    .filter((box): box is DOMRect => box !== null);
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** A box smaller than this on either side is a visually-hidden trick, not something to read or click. */
const MIN_SIDE = 2;

function isHiddenByMarkup(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('inert')) return true;
  const hidden = element.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  return isInClosedDetails(element);
}

/** Inside a closed <details>, only its <summary> shows. */
function isInClosedDetails(element: Element): boolean {
  const parent = element.parentElement;
  if (!(parent instanceof HTMLDetailsElement) || parent.open) return false;
  return !(
    element instanceof HTMLElement &&
    element.tagName === 'SUMMARY' &&
    parent.querySelector(':scope > summary') === element
  );
}

function isRenderedAndInView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIDE || rect.height < MIN_SIDE) {
    // No box (display: contents) or a thin one: it counts when what it renders is seen.
    if (styleOf(element)?.display === 'none') return false;
    if (!isVisible(element) && styleOf(element)?.display !== 'contents') return false;
    return renderedChildren(element).some(isRenderedAndInView);
  }
  if (!isVisible(element)) return false;
  return !isClippedAway(element, rect);
}

function renderedChildren(element: Element): Element[] {
  const slotted =
    element instanceof HTMLSlotElement ? element.assignedElements({ flatten: true }) : [];
  return [
    ...(element.shadowRoot?.children ?? []),
    ...Array.from(element.children),
    ...slotted,
  ].filter((child) => !UNSEEN.has(child.tagName) && !isHiddenByMarkup(child));
}

function styleOf(element: Element): CSSStyleDeclaration | null {
  return element.ownerDocument.defaultView?.getComputedStyle(element) ?? null;
}

/**
 * An ancestor that clips its overflow (hidden or clip: nothing scrolls it back) leaves none of
 * the element's box showing: a drawer translated out of its frame, a zero-size clipping wrapper.
 * Fixed content escapes the clipping above it, but only the viewport shows it: no scrolling
 * brings back a fixed drawer translated past the window's edge. Otherwise the box must lie
 * within the page's scrollable area (not a `left:-9999px` trick). One pass over the ancestors.
 */
function isClippedAway(element: Element, rect: DOMRect): boolean {
  const doc = element.ownerDocument;
  const view = doc.defaultView ?? window;
  let fixed = styleOf(element)?.position === 'fixed';
  for (
    let current = composedParent(element);
    current && !fixed;
    current = composedParent(current)
  ) {
    if (current === doc.documentElement || current === doc.body) break;
    const style = styleOf(current);
    if (!style) continue;
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (clipsX || clipsY) {
      const frame = current.getBoundingClientRect();
      if (clipsX && (rect.right <= frame.left + 1 || rect.left >= frame.right - 1)) return true;
      if (clipsY && (rect.bottom <= frame.top + 1 || rect.top >= frame.bottom - 1)) return true;
    }
    if (style.position === 'fixed') fixed = true;
  }
  if (fixed) {
    return (
      rect.right <= 0 ||
      rect.bottom <= 0 ||
      rect.left >= view.innerWidth ||
      rect.top >= view.innerHeight
    );
  }
  const page = doc.documentElement;
  const left = rect.left + view.scrollX;
  const top = rect.top + view.scrollY;
  const width = Math.max(page.scrollWidth, view.innerWidth);
  const height = Math.max(page.scrollHeight, view.innerHeight);
  return left + rect.width <= 0 || top + rect.height <= 0 || left >= width || top >= height;
}

/** Elements whose content a person never sees: never read values from them. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Strings an element itself shows or holds (not its descendants'): its text, its field value,
 * and its attributes (`'all'`, or the names given). Nothing from scripts or templates. Strings
 * shorter than `minLength` are skipped early: most of a page is short strings.
 */
export function ownStrings(
  element: Element,
  attributes: readonly string[] | 'all',
  minLength = 1,
): string[] {
  if (UNSEEN.has(element.tagName)) return [];
  const strings: string[] = [];
  const keep = (value: string | null | undefined) => {
    if (value && value.length >= minLength) strings.push(value);
  };
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) keep(node.textContent);
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
    keep(element.value);
  if (attributes === 'all') {
    const list = element.attributes;
    for (let i = 0; i < list.length; i++) keep(list[i]?.value);
  } else {
    for (const name of attributes) keep(element.getAttribute(name));
  }
  return strings;
}
