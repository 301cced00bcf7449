/**
 * hydrateOutline: an outline back into an HTML page, with fake but well-formed values in
 * place of the shapes (a Client ID is `amzn1.application-oa2-client.` + 32 hex, a date is
 * a real date in the same format and on the same side of the alert window). Open shadow
 * roots come back as declarative shadow DOM. The outline is untrusted input (it comes from
 * a report): tags and attribute names are checked and every value is escaped.
 */
import type { OutlineChild, OutlineElement, PageOutline } from '../../core/outline-types';

const VOID = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'source',
  'track',
  'wbr',
]);
const TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ATTRIBUTE = /^[a-z_:][\w:.-]*$/i;
const SHAPE = /<([a-z0-9-]+)(?::([^#<>]*))?(?:#([\w.]+))?>/g;
const LOREM = 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Days from today for each date bucket: inside, and well outside, Amazon's 90-day alert window. */
const WHEN_DAYS: Record<string, number> = { past: -10, soon: 45, later: 150 };
const NUMBER_BY_DIGITS = ['0', '5', '45', '150', '4102'];

export type HydrateOptions = { today?: Date };

/** The fake 32-hex Client ID (without prefix) for an index; distinct ends for distinct indices. */
export function fakeHex(key: string, length: number): string {
  let out = '';
  let h = 0x9e3779b9;
  for (const char of key) h = Math.imul(h ^ char.charCodeAt(0), 0x85ebca6b);
  while (out.length < length) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + 0x6d2b79f5;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

export const fakeClientId = (index: string) =>
  `amzn1.application-oa2-client.${fakeHex(`client-id#${index}`, 32)}`;

function fakeUuid(key: string): string {
  const hex = fakeHex(key, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * A real date `when` days away, written in the outline's format. Day and month of a numeric
 * date come in the order the deadline parser expects for the page's language.
 */
function fakeDate(format: string, when: string, state: State): string {
  const today = state.today;
  const date = new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() + (WHEN_DAYS[when] ?? 150),
  );
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const order = format.startsWith('YYYY')
    ? [month, day]
    : format.includes('Mon')
      ? [day]
      : state.monthFirst
        ? [month, day, date.getFullYear() % 100]
        : [day, month, date.getFullYear() % 100];
  let next = 0;
  return format
    .replace('YYYY', String(date.getFullYear()))
    .replace('Mon', MONTHS[date.getMonth()] ?? 'Jan')
    .replace(/DD|D/g, (token) => {
      const n = order[next++] ?? 1;
      return token === 'DD' ? String(n).padStart(2, '0') : String(n);
    });
}

function fake(
  match: string,
  kind: string,
  detail: string | undefined,
  index: string | undefined,
  state: State,
): string {
  const key = `${kind}#${index ?? ''}`;
  switch (kind) {
    case 'client-id': {
      if (!detail) return fakeClientId(index ?? '0');
      const [, head = '0', sep = '…', tail = '0'] = /^(\d+)(\D*)(\d+)$/.exec(detail) ?? [];
      const hex = fakeClientId(index ?? '0').slice(-32);
      return `amzn1.application-oa2-client.${hex.slice(0, Number(head))}${sep}${Number(tail) ? hex.slice(-Number(tail)) : ''}`;
    }
    case 'secret':
      return detail === 'hex' ? fakeHex(key, 64) : `amzn1.oa2-cs.v1.${fakeHex(key, 64)}`;
    case 'app-id':
      return `amzn1.${detail === 'sellerapps.app' ? 'sellerapps.app' : 'sp.solution'}.${fakeUuid(key)}`;
    case 'amzn1-id':
      return 'amzn1.example.id';
    case 'uuid':
      return fakeUuid(key);
    case 'email':
      return 'someone@example.com';
    case 'url':
      return 'https://example.com/';
    case 'hex':
      return fakeHex(`${key}${state.counter++}`, Number(detail) || 8);
    case 'date': {
      const [format = 'YYYY-MM-DD', when = 'later'] = (detail ?? '').split(/:(?=[a-z]+$)/);
      return fakeDate(format, when, state);
    }
    case 'number':
      return NUMBER_BY_DIGITS[Number(detail)] ?? '1'.repeat(Number(detail) || 1);
    case 'text': {
      const length = Number(detail) || 1;
      const start = (state.counter++ * 6) % 40;
      return LOREM.repeat(Math.ceil((length + start) / LOREM.length) + 1)
        .slice(start, start + length)
        .trimEnd()
        .padEnd(length, 'x');
    }
    case 'id':
      return `id-${index}`;
    case 'path':
      return 'M4 4h16v16H4z';
    case 'hash':
      return `h${index ?? 0}`;
    default:
      return match === '#<id>' ? '#' : 'x';
  }
}

type State = { today: Date; monthFirst: boolean; counter: number; suffix: string };

function fill(value: string, state: State): string {
  return value.replace(
    SHAPE,
    (match, kind: string, detail: string | undefined, index: string | undefined) =>
      fake(match, kind, detail, index === undefined ? undefined : index + state.suffix, state),
  );
}

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function renderChildren(children: OutlineChild[] | undefined, state: State): string {
  return (children ?? [])
    .map((child) =>
      typeof child === 'string' ? escapeText(fill(child, state)) : renderRepeated(child, state),
    )
    .join('');
}

/** "row ×998" comes back as that many rows, each with its own fake values. */
function renderRepeated(node: OutlineElement, state: State): string {
  const count = Math.min(node.repeat ?? 1, 5000);
  let out = '';
  for (let copy = 0; copy < count; copy++) {
    out += renderElement(
      node,
      copy === 0 ? state : { ...state, suffix: `${state.suffix}.${copy}` },
    );
  }
  return out;
}

function layoutStyle(layout: string | undefined): string {
  const columns = /^grid:(\d{1,2})$/.exec(layout ?? '')?.[1];
  if (columns) return `display:grid;grid-template-columns:repeat(${columns},auto);`;
  if (layout === 'flex') return 'display:flex;';
  if (layout === 'flex-column') return 'display:flex;flex-direction:column;';
  return '';
}

function renderElement(node: OutlineElement, state: State): string {
  const tag = TAG.test(node.tag) ? node.tag : 'div';
  let attributes = '';
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (!ATTRIBUTE.test(name) || /^on/i.test(name) || name === 'style') continue;
    attributes += ` ${name}="${escapeAttribute(fill(value, state))}"`;
  }
  if (node.value !== undefined)
    attributes += ` value="${escapeAttribute(fill(node.value, state))}"`;
  const style = [
    node.hidden ? 'display:none;' : '',
    node.unseen ? 'visibility:hidden;' : '',
    node.pointer ? 'cursor:pointer;' : '',
    layoutStyle(node.layout),
  ].join('');
  if (style) attributes += ` style="${style}"`;
  if (node.expected) attributes += ' data-outline-expected=""';
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const shadow =
    node.shadow === 'open'
      ? `<template shadowrootmode="open">${renderChildren(node.shadowChildren, state)}</template>`
      : '';
  return `<${tag}${attributes}>${shadow}${renderChildren(node.children, state)}</${tag}>`;
}

/** A whole HTML document for the outline's page. */
export function hydrateOutline(outline: PageOutline, options: HydrateOptions = {}): string {
  const lang = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(outline.lang) ? outline.lang : 'en';
  const state = newState(options, lang);
  const root =
    outline.root.tag === 'body' ? outline.root : { tag: 'body', children: [outline.root] };
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Re-hydrated outline</title></head>${renderElement(root, state)}</html>`;
}

/** The fake Client ID the re-hydrated page shows where the outline had `shape` (`<client-id#1>`). */
export function fakeValueOf(shape: string, options: HydrateOptions = {}, lang = 'en'): string {
  return fill(shape, newState(options, lang));
}

/** Month-first numeric dates for US English, day-first elsewhere (as utils/deadline.ts reads them). */
function newState(options: HydrateOptions, lang: string): State {
  const monthFirst = /^en(?:-us)?$/i.test(lang);
  return { today: options.today ?? new Date(), monthFirst, counter: 0, suffix: '' };
}
