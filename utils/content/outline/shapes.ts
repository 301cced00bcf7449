/**
 * Texts and attribute values reduced to shapes: every value that could carry data becomes
 * `<kind…>`, and only words of the outline vocabulary stay. Equal values get the same index
 * (`<client-id#2>` twice is one ID shown twice), so a re-hydrated page keeps the relations
 * the page models rely on, without the values.
 */
import { OUTLINE_WORDS, UNSPACED_WORDS } from './vocabulary';

const CLIENT_PREFIX = 'amzn1.application-oa2-client.';
const HEX = '[0-9a-f]';
const UUID = `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`;
const MONTH_WORD = '\\p{L}{3,10}\\.?';

/** One alternative per shape, first match wins; group names say which. */
const DATA = new RegExp(
  [
    `(?<secret>amzn1\\.oa2-cs\\.v1\\.${HEX}{64})`,
    `(?<client>amzn1\\.application-oa2-client\\.${HEX}{32})(?!${HEX})`,
    `amzn1\\.application-oa2-client\\.(?<head>${HEX}{2,31})(?<sep>\\s*(?:…|\\.{2,}|\\*+|•+)\\s*)(?<tail>${HEX}{0,31})(?!${HEX})`,
    `amzn1\\.(?<appKind>sp\\.solution|sellerapps\\.app)\\.${UUID}`,
    'amzn1\\.[\\w.-]+',
    `(?<uuid>${UUID})`,
    '(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)',
    'https?://\\S+',
    `(?<![0-9a-z])(?<legacy>${HEX}{64})(?![0-9a-z])`,
    `(?<![0-9a-z])(?<hex>(?=${HEX}*\\d)(?=${HEX}*[a-f])${HEX}{8,})(?![0-9a-z])`,
    '(?<date>\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}年\\d{1,2}月\\d{1,2}日|' +
      `${MONTH_WORD}\\s\\d{1,2},?\\s\\d{4}|\\d{1,2}\\.?\\s${MONTH_WORD}\\s\\d{4})`,
    '(?<number>\\d+(?:[.,]\\d+)*)',
    // Latin words apart from other scripts: "LWA認証情報" is LWA + 認証情報.
    '(?<word>\\p{Script=Latin}[\\p{Script=Latin}\\p{M}]*|[^\\P{L}\\p{Script=Latin}]+)',
  ].join('|'),
  'giu',
);

/** Where a date falls from the day the outline was taken; enough to keep alerts as they were. */
export type DateWhen = 'past' | 'soon' | 'later';

export type ShapeContext = {
  /** Index of each distinct value per kind; seeded with the Client ID the extension looked for. */
  indices: Map<string, number>;
  dateWhen: (date: string) => DateWhen;
};

export function newShapeContext(
  dateWhen: ShapeContext['dateWhen'],
  expectedClientId?: string,
): ShapeContext {
  const context: ShapeContext = { indices: new Map(), dateWhen };
  if (expectedClientId) indexOf(context, 'client-id', expectedClientId);
  return context;
}

export function indexOf(context: ShapeContext, kind: string, value: string): number {
  const key = `${kind}\n${value}`;
  let index = context.indices.get(key);
  if (index === undefined) {
    index = 1 + [...context.indices.keys()].filter((k) => k.startsWith(`${kind}\n`)).length;
    context.indices.set(key, index);
  }
  return index;
}

/** The index of the full Client ID this shortened display fits, else one of its own. */
function shortIndex(context: ShapeContext, head: string, tail: string): string {
  for (const [key, index] of context.indices) {
    const [kind, id = ''] = key.split('\n');
    if (kind === 'client-id' && id.startsWith(CLIENT_PREFIX + head) && id.endsWith(tail))
      return String(index);
  }
  return `s${indexOf(context, 'client-id-short', `${head}…${tail}`)}`;
}

/** "Dec 19, 2026" -> "Mon DD, YYYY": the format without the date. */
function dateFormat(date: string): string {
  return date
    .replace(/\p{L}{3,10}/u, 'Mon')
    .replace(/\d{4}/, 'YYYY')
    .replace(/\d+/g, (digits) => (digits.length === 1 ? 'D' : 'DD'));
}

type Piece = { text: string; word: boolean };

/** A text with data replaced by shapes and only vocabulary words kept; runs of other words merge into one `<text:N>`. */
export function shapeText(text: string, context: ShapeContext): string {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(DATA)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ text: text.slice(last, start), word: false });
    last = start + match[0].length;
    const kept = shapeOf(match[0], match.groups ?? {}, context);
    if (kept !== null) pieces.push({ text: kept, word: false });
    else pieces.push(...unspacedWords(match[0]));
  }
  if (last < text.length) pieces.push({ text: text.slice(last), word: false });
  return mergeWordRuns(pieces);
}

function shapeOf(
  value: string,
  groups: Record<string, string | undefined>,
  context: ShapeContext,
): string | null {
  if (groups.secret) return `<secret#${indexOf(context, 'secret', value)}>`;
  if (groups.client) return `<client-id#${indexOf(context, 'client-id', value)}>`;
  if (groups.head !== undefined) {
    const { head, tail = '', sep = '…' } = groups;
    return `<client-id:${head.length}${sep.trim()}${tail.length}#${shortIndex(context, head, tail)}>`;
  }
  if (groups.appKind) return `<app-id:${groups.appKind}#${indexOf(context, 'app-id', value)}>`;
  if (value.startsWith('amzn1.')) return '<amzn1-id>';
  if (groups.uuid) return `<uuid#${indexOf(context, 'uuid', value)}>`;
  if (groups.email) return '<email>';
  if (/^https?:/.test(value)) return '<url>';
  if (groups.legacy) return `<secret:hex#${indexOf(context, 'secret', value)}>`;
  if (groups.hex) return `<hex:${value.length}>`;
  if (groups.date) return `<date:${dateFormat(value)}:${context.dateWhen(value)}>`;
  if (groups.number) return `<number:${value.replace(/\D/g, '').length}>`;
  return OUTLINE_WORDS.has(value.toLowerCase()) ? value : null;
}

/** Japanese has no spaces: vocabulary words inside a run are kept, the characters between them are not. */
function unspacedWords(run: string): Piece[] {
  if (/^[\p{Script=Latin}\p{M}]+$/u.test(run)) return [{ text: run, word: true }];
  const pieces: Piece[] = [];
  let other = '';
  for (let i = 0; i < run.length; ) {
    const word = UNSPACED_WORDS.find((candidate) => run.startsWith(candidate, i));
    if (word) {
      if (other) pieces.push({ text: other, word: true });
      pieces.push({ text: word, word: false });
      other = '';
      i += word.length;
    } else other += run[i++];
  }
  if (other) pieces.push({ text: other, word: true });
  return pieces;
}

/** Words outside the vocabulary, with the spaces and dashes between them, become one `<text:N>`. */
function mergeWordRuns(pieces: Piece[]): string {
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (!piece.word) {
      out += piece.text;
      continue;
    }
    let length = piece.text.length;
    while (
      /^[\s'’&.-]{1,3}$/.test(pieces[i + 1]?.text ?? '') &&
      !pieces[i + 1]?.word &&
      pieces[i + 2]?.word
    ) {
      length += (pieces[i + 1] as Piece).text.length + (pieces[i + 2] as Piece).text.length;
      i += 2;
    }
    out += `<text:${length}>`;
  }
  return out;
}
