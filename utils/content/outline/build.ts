/**
 * buildOutline: the structure of a page region as redacted JSON, for a layout report. Pure DOM,
 * runs in the content script; reads no field value except to shape it. Everything that is not
 * provably harmless (a vocabulary word, an ARIA enum, a UI-kit class word) becomes a shape.
 */

import type { OutlineChild, OutlineElement, PageOutline } from '../../core/outline-types';
import { type DateWhen, indexOf, newShapeContext, type ShapeContext, shapeText } from './shapes';
import { ENUM_VALUES, ICON_NAMES, KIT_WORDS, OUTLINE_WORDS } from './vocabulary';

export type OutlineOptions = {
  /** Words kept verbatim; defaults to the extension's vocabulary. */
  vocabulary?: ReadonlySet<string>;
  expected?: Element | null;
  expectedClientId?: string;
  site?: PageOutline['site'];
  /** Where a date falls (past / within 90 days / later); see dates.ts. Without it every date is 'later'. */
  dateWhen?: (date: string) => DateWhen;
  maxElements?: number;
  maxDepth?: number;
};

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BASE']);
const OWN_OVERLAY = 'LWA-ROTATOR-OVERLAY';
const ID_REFS =
  /^(?:id|for|list|form|headers|aria-(?:labelledby|describedby|controls|owns|activedescendant|details|errormessage|flowto))$/;
const NUMERIC = /^(?:viewbox|width|height|tabindex|colspan|rowspan|maxlength|minlength|size)$/;
const URLISH = /^(?:href|xlink:href|src|srcset|action|formaction|poster|data)$/;
/** Long runs of look-alike siblings (table rows) keep their first few and one counted stand-in. */
const RUN_KEPT = 3;
const RUN_COLLAPSED_FROM = 20;

type Walk = {
  context: ShapeContext;
  words: ReadonlySet<string>;
  expected: Element | null;
  elements: number;
  maxElements: number;
  maxDepth: number;
  truncated: boolean;
};

export function buildOutline(root: Document | Element, options: OutlineOptions = {}): PageOutline {
  // nodeType, not instanceof: a content script's Document global is not the page's.
  const document = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const start =
    root.nodeType === 9 ? (document.body ?? document.documentElement) : (root as Element);
  const locale = document.documentElement.lang;
  const context = newShapeContext(options.dateWhen ?? (() => 'later'), options.expectedClientId);
  const walk: Walk = {
    context,
    words: options.vocabulary ?? OUTLINE_WORDS,
    expected: options.expected ?? null,
    elements: 0,
    maxElements: options.maxElements ?? 4000,
    maxDepth: options.maxDepth ?? 64,
    truncated: false,
  };
  const outline: PageOutline = {
    outline: 1,
    site: options.site ?? 'unknown',
    lang: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(locale) ? locale : '',
    path: shapePath(document.location?.pathname ?? '/', walk),
    elements: 0,
    truncated: false,
    root: element(start, 0, true, walk) ?? { tag: 'body' },
  };
  if (options.expectedClientId)
    outline.expectedClientId = shapeText(options.expectedClientId, context);
  outline.elements = walk.elements;
  outline.truncated = walk.truncated;
  return outline;
}

function element(
  node: Element,
  depth: number,
  parentShown: boolean,
  walk: Walk,
  parentPointer = false,
  parentSeen = true,
): OutlineElement | null {
  if (SKIPPED.has(node.tagName) || node.tagName === OWN_OVERLAY) return null;
  walk.elements++;
  const tag = node.tagName.toLowerCase();
  const out: OutlineElement = { tag };
  const attrs = attributes(node, walk);
  if (attrs) out.attrs = attrs;
  if (
    node instanceof HTMLInputElement ||
    node instanceof HTMLTextAreaElement ||
    node instanceof HTMLSelectElement
  ) {
    if (node.value) out.value = shapeText(node.value, walk.context);
  }
  const shown = parentShown && rendered(node);
  if (parentShown && !shown) out.hidden = true;
  // A row that opens on click shows only its pointer: the page models read it (instances.ts).
  const style = shown ? getComputedStyle(node) : null;
  const pointer = style?.cursor === 'pointer';
  if (pointer && !parentPointer) out.pointer = true;
  // Rendered but not seen the way the page models see (scrolled past the page's end, say).
  const seen = shown && parentSeen && !pastThePage(node);
  if (shown && parentSeen && !seen) out.unseen = true;
  const layout = style && layoutOf(style);
  if (layout) out.layout = layout;
  if (node === walk.expected) out.expected = true;
  if (node.shadowRoot) out.shadow = 'open';
  else if (tag.includes('-')) out.shadow = 'closed?';
  if (depth >= walk.maxDepth || walk.elements >= walk.maxElements) {
    if (node.childElementCount > 0 || node.shadowRoot) {
      out.truncated = true;
      walk.truncated = true;
    }
    return out;
  }
  if (node.shadowRoot) {
    const inner = children(node.shadowRoot, depth, shown, walk, pointer, seen);
    if (inner.length) out.shadowChildren = inner;
  }
  const light = children(node, depth, shown, walk, pointer, seen);
  if (light.length) out.children = light;
  return out;
}

function children(
  parent: ParentNode,
  depth: number,
  shown: boolean,
  walk: Walk,
  pointer: boolean,
  seen: boolean,
): OutlineChild[] {
  const out: OutlineChild[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = (child.textContent ?? '').replace(/\s+/g, ' ');
      if (text.trim()) out.push(shapeText(text, walk.context));
    } else if (child instanceof Element) {
      if (walk.elements >= walk.maxElements) {
        walk.truncated = true;
        break;
      }
      const built = element(child, depth + 1, shown, walk, pointer, seen);
      if (built) out.push(built);
    }
  }
  return collapseRuns(out);
}

function inScrollBox(node: Element): boolean {
  for (let at = node.parentElement; at && at !== node.ownerDocument.body; at = at.parentElement)
    if (/auto|scroll/.test(getComputedStyle(at).overflowY)) return true;
  return false;
}

/**
 * A box beyond the page's scrollable area, such as a virtual list's rows past a scroll box's end
 * (or scrolled up past the page's top):
 * no scrolling of the page brings it into view, so the page models do not count it (isSeen).
 */
function pastThePage(node: Element): boolean {
  const box = node.getBoundingClientRect();
  if (box.width < 1 || box.height < 1 || !inScrollBox(node)) return false;
  const page = node.ownerDocument.documentElement;
  const view = node.ownerDocument.defaultView ?? window;
  // Below the page's end, or (rows scrolled up inside their box) above its start, as isSeen
  // reads them; a wide table scrolled sideways in its box is still read.
  return (
    box.top + view.scrollY >= Math.max(page.scrollHeight, view.innerHeight) ||
    box.bottom + view.scrollY <= 0
  );
}

/** Grid columns and flex rows put siblings on one line, where the models look for a row's controls. */
function layoutOf(style: CSSStyleDeclaration): OutlineElement['layout'] | null {
  if (style.display.endsWith('grid')) {
    const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length;
    return `grid:${Math.min(Math.max(columns, 1), 50)}`;
  }
  if (style.display.endsWith('flex'))
    return style.flexDirection.startsWith('column') ? 'flex-column' : 'flex';
  return null;
}

/** Rendered as far as a reader of the page can tell; `display: contents` boxes are not hidden. */
function rendered(node: Element): boolean {
  const check = (node as HTMLElement).checkVisibility;
  if (typeof check !== 'function') return true;
  if (check.call(node, { visibilityProperty: true, opacityProperty: true })) return true;
  return getComputedStyle(node).display === 'contents';
}

function attributes(node: Element, walk: Walk): Record<string, string> | null {
  const out: Record<string, string> = {};
  let any = false;
  for (const { name, value } of Array.from(node.attributes)) {
    const shaped = attribute(name, value, node, walk);
    if (shaped === null) continue;
    out[name.replace(/\d{2,}/g, 'N')] = shaped;
    any = true;
  }
  return any ? out : null;
}

function attribute(name: string, value: string, node: Element, walk: Walk): string | null {
  if (name === 'style' || name.startsWith('on')) return null;
  if (name === 'class') return value.split(/\s+/).filter(Boolean).map(shapeClass).join(' ');
  if (value === '' || ENUM_VALUES.has(value.toLowerCase())) return value;
  if (ID_REFS.test(name))
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((ref) => `<id#${indexOf(walk.context, 'id', ref)}>`)
      .join(' ');
  if (name === 'd' || name === 'points') return `<path:${hash(value)}>`;
  if (NUMERIC.test(name)) return /^[\d\s.,-]{1,24}$/.test(value) ? value : '<number>';
  if (URLISH.test(name)) return shapePath(value, walk);
  if (name === 'data-icon' || name === 'data-testid')
    return identifierOf(value, [ICON_NAMES]) ? value : '<value>';
  if (name === 'slot' || name === 'name' || name === 'data-action' || name === 'mode')
    return identifierOf(value, [ICON_NAMES, KIT_WORDS, walk.words]) ? value : '<name>';
  if (node instanceof HTMLInputElement && name === 'value') return shapeText(value, walk.context);
  return shapeText(value, walk.context);
}

/** "edit-secret", "icon_pencil", "editSecret": every part a known word. */
function identifierOf(value: string, sets: ReadonlySet<string>[]): boolean {
  const parts = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.:#/-]+/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => sets.some((set) => set.has(part)));
}

/** `ltr-1upyiy5` -> `ltr-<hash>`; kit classes (`el-table__fixed-right`) kept; others `<class>`. */
function shapeClass(name: string): string {
  const hashed = /^([a-z]{1,8})-(?=[a-z0-9]*\d)[a-z0-9]{4,}$/i.exec(name);
  if (hashed) return `${hashed[1]}-<hash>`;
  return identifierOf(name, [KIT_WORDS, ICON_NAMES]) ? name : '<class>';
}

/** A link's or the page's path, its segments shaped like words; query and hash left out. */
function shapePath(value: string, walk: Walk): string {
  if (value.startsWith('#')) return identifierOf(value, [ICON_NAMES, KIT_WORDS]) ? value : '#<id>';
  const path = value.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  if (/^[a-z][\w+.-]*:/i.test(path)) return '<url>';
  return path
    .split('/')
    .map((segment) =>
      identifierOf(segment, [walk.words, KIT_WORDS]) ? segment : shapeText(segment, walk.context),
    )
    .join('/');
}

/** A short FNV-1a hash: icon signatures can be matched without the drawing. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Shape-only signature: two rows differing only in lengths and indices are alike. */
function signature(child: OutlineChild): string {
  return JSON.stringify(child).replace(/#[\w.]+|:\d+/g, '');
}

function collapseRuns(list: OutlineChild[]): OutlineChild[] {
  const out: OutlineChild[] = [];
  for (let i = 0; i < list.length; ) {
    const first = list[i] as OutlineChild;
    let end = i + 1;
    if (typeof first !== 'string') {
      const sig = signature(first);
      while (end < list.length && signature(list[end] as OutlineChild) === sig) end++;
    }
    if (end - i >= RUN_COLLAPSED_FROM) {
      out.push(...list.slice(i, i + RUN_KEPT));
      out.push({ ...(list[i + RUN_KEPT] as OutlineElement), repeat: end - i - RUN_KEPT });
    } else out.push(...list.slice(i, end));
    i = end;
  }
  return out;
}
