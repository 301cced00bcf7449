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
 * composed ancestors are rendered (not hidden, inert, aria-hidden, display:none,
 * visibility:hidden, zero opacity or skipped by content-visibility), it has a box of a few
 * pixels at least, and that box is not parked off the page (a drawer slid out, a `left:-9999px`
 * trick). A web-component host with no box of its own (`display: contents`, fixed children)
 * counts when something it renders is seen.
 */
export function isSeen(element: Element): boolean {
  if (!element.isConnected) return false;
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (current.getAttribute('aria-hidden') === 'true' || current.hasAttribute('inert'))
      return false;
  }
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return rendersSeenContent(element);
  if (!isVisible(element)) return false;
  if (rect.width < 2 || rect.height < 2) return false;
  return !isOffPage(rect);
}

function rendersSeenContent(host: Element): boolean {
  const view = host.ownerDocument.defaultView;
  const display = view ? view.getComputedStyle(host).display : '';
  if (display === 'none') return false;
  const children = [...(host.shadowRoot?.children ?? []), ...Array.from(host.children)];
  return children.some((child) => !UNSEEN.has(child.tagName) && isSeen(child));
}

/** Entirely outside the page's scrollable area: no scrolling brings it into view. */
function isOffPage(rect: DOMRect): boolean {
  const view = window;
  const page = document.documentElement;
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
