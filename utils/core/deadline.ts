/**
 * Reading the LWA client-secret rotation hint the Developer Console shows next to an app's
 * "View" link (tooltip, title or text of the warning icon) and the page banner.
 *
 * We cannot see the real wording, and the console is localized (English, German, French,
 * Italian, Spanish, Japanese), so this parser is deliberately tolerant: it looks for dates,
 * "in N days" style counts, today/tomorrow words, "expired" words and "less than N days"
 * bounds, in any of those languages, and ignores everything else. Pure: no DOM, no clock.
 */

export type DeadlineReading = {
  /** ISO calendar date yyyy-mm-dd, when the text names a date */
  date?: string;
  /** whole days from `today` to the deadline (negative = past), when known from a date or a "in N days" phrase */
  daysLeft?: number;
  /** the text says the secret has already expired */
  expired?: boolean;
  /** "less than N days" style bound (banner) */
  withinDays?: number;
};

// ---------------------------------------------------------------------------------------------
// Calendar helpers (UTC arithmetic on calendar dates, so DST never shifts a day)

const DAY_MS = 86_400_000;
/** Dates further than this from today are not a secret's deadline (a version "2.3.10", say). */
const PLAUSIBLE_DAYS = 5 * 366;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date of `date`, as yyyy-mm-dd. */
export function toIsoDate(date: Date): string {
  return formatIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Calendar days from one yyyy-mm-dd date to another (negative when `to` is earlier). */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((utcMs(toIsoDate) - utcMs(fromIsoDate)) / DAY_MS);
}

/** The yyyy-mm-dd date `days` calendar days after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  const moved = new Date(utcMs(isoDate) + days * DAY_MS);
  return formatIso(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

function utcMs(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  const valid = match && calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!valid) throw new RangeError(`Not a yyyy-mm-dd calendar date: ${isoDate}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function formatIso(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** yyyy-mm-dd for a real calendar day (two-digit years mean 20xx), else undefined (Feb 30). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const fullYear = year < 100 ? 2000 + year : year;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const lastDay = new Date(Date.UTC(fullYear, month, 0)).getUTCDate();
  return day <= lastDay ? formatIso(fullYear, month, day) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Word tables. Latin words are written lowercase and without accents (the text is folded the
// same way before matching), so "März", "Maerz" and "marz" all hit.

/** Month names and abbreviations, January first: en, de, fr, it, es. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'janner',
    'jaenner',
    'janvier',
    'janv',
    'gennaio',
    'gen',
    'enero',
    'ene',
  ],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febbraio', 'febrero'],
  ['march', 'mar', 'marz', 'maerz', 'mrz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'aprile', 'abril', 'abr'],
  ['may', 'mai', 'maggio', 'mag', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'giugno', 'giu', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'luglio', 'lug', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'settembre', 'set', 'septiembre', 'setiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'ottobre', 'ott', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'dicembre', 'dic', 'diciembre'],
];

/** Units a count can be given in, as days per unit. Sub-day units only ever give a bound. */
const UNITS: readonly { words: readonly string[]; days: number }[] = [
  { words: ['days', 'day', 'tagen', 'tage', 'tag', 'jours', 'jour', 'giorni', 'giorno'], days: 1 },
  { words: ['dias', 'dia', '日'], days: 1 },
  {
    words: ['weeks', 'week', 'wochen', 'woche', 'semaines', 'semaine', 'semanas', 'semana'],
    days: 7,
  },
  { words: ['settimane', 'settimana', '週間', '週'], days: 7 },
  { words: ['hours', 'hour', 'stunden', 'stunde', 'heures', 'heure', 'ore', 'ora'], days: 1 / 24 },
  { words: ['horas', 'hora', '時間'], days: 1 / 24 },
  {
    words: ['minutes', 'minute', 'mins', 'min', 'minuten', 'minuti', 'minuto', 'minutos'],
    days: 1 / 1440,
  },
  { words: ['分'], days: 1 / 1440 },
];

/** "one"/"a" words, only trusted after a preposition ("in a day", "in einem Tag", "tra un giorno"). */
const ONE_WORDS = ['one', 'an', 'a', 'einem', 'einen', 'eine', 'ein', 'une', 'un', 'uno', 'una'];

/** Words that name a day relative to today (only read in a clause with a deadline word). */
const RELATIVE_DAYS: readonly { days: number; words: readonly string[] }[] = [
  {
    days: 0,
    words: ['today', 'heute', "aujourd'hui", 'aujourdhui', 'oggi', 'hoy', '今日', '本日'],
  },
  { days: 1, words: ['tomorrow', 'morgen', 'demain', 'domani', 'manana', '明日'] },
  {
    days: 2,
    words: ['day after tomorrow', 'ubermorgen', 'uebermorgen', 'apres-demain', 'apres demain'],
  },
  { days: 2, words: ['dopodomani', 'pasado manana', '明後日'] },
  { days: -1, words: ['yesterday', 'gestern', 'ieri', 'ayer', '昨日'] },
];

/** Before "morgen"/"mañana" these make it "morning", not "tomorrow" ("heute Morgen", "esta mañana"). */
const MORNING_BEFORE = /(?<![a-z])(?:heute|guten|am|jeden|diesen|esta|la|buenos|buen)\s+$/;

/** Words tying a number to the secret's deadline (stems; German "läuft" is folded to "lauft"). */
const DEADLINE_WORDS = [
  ...['expir', 'rota', 'renew', 'deadline', 'due', 'valid', 'until', 'left', 'remaining'],
  ...['ablauf', 'lauft', 'laeuft', 'abgelaufen', 'rotier', 'erneuer', 'gultig', 'gueltig'],
  ...['frist', 'fallig', 'faellig', 'bis', 'verbleib'],
  ...['renouvel', 'echeance', 'valable', 'avant', 'restant'],
  ...['scad', 'ruot', 'rinnov', 'entro', 'riman'],
  ...['caduc', 'venc', 'renov', 'antes', 'restan', 'queda'],
  ...['期限', '切れ', '失効', '更新', 'ローテーション', 'まで', '残り'],
];

// Context around a count, read from the same clause: the text before it and the text after it.
const BOUND_BEFORE =
  /(?<![a-z])(?:less than|fewer than|under|within(?: the next)?|in the next|weniger als|innerhalb(?: von| der)?(?: nachsten| naechsten)?|in den nachsten|binnen|moins de|dans les|au cours des|d'ici|meno di|entro(?: i prossimi)?|nei prossimi|menos de|en los proximos|dentro de los proximos)\s*$/;
const BOUND_AFTER = /^\s*(?:以内|未満|or less)/;
const AGO_BEFORE = /(?<![a-z])(?:vor|il y a|hace)\s+$/;
const AGO_AFTER = /^\s*(?:ago|fa|前)(?![a-z])/;
const EVERY_BEFORE = /(?<![a-z])(?:every|alle|tous les|toutes les|ogni|cada)\s+$|毎\s*$/;
const EVERY_AFTER = /^\s*(?:ごと|毎|おき)/;
const IN_BEFORE = /(?<![a-z])(?:in|dans|tra|fra|en|dentro de|nach)\s+$/;
/** Japanese counts need a cue, or "19日" (the 19th) would read as 19 days. */
const JA_CUE_BEFORE = /(?:あと|残り|まで)\s*$/;
const JA_CUE_AFTER = /^\s*(?:で|後|間|前|以内|未満|ごと|おき)/;

/** "Expired" words, matched on the accented text (folded French "expiré" would be "expire"). */
const EXPIRED_WORDS =
  /(?<!\p{L})(?:expired|abgelaufen|expirée?s?|expiree|scadut[oaie]|caducad[oa]s?|caducó|vencid[oa]s?|venció)(?!\p{L})|期限切れ|失効/gu;
const NEGATION_BEFORE = /(?<!\p{L})(?:not|nicht|non|no|pas|nie)(?:\s+\p{L}+)?\s+$/u;
/** After the word: a negation ("期限切れではありません"), a choice ("expired or will expire"), or
 * Japanese future / noun use ("期限切れになります" will expire, "期限切れまで" until expiry, "失効日"). */
const NOT_EXPIRED_AFTER =
  /^(?:では|じゃ)(?:な|あり)|^\s*(?:(?:or|oder|ou|o|oppure)(?!\p{L})|または|か|\/)|^(?:に(?:なります|なる)|まで|日|予定|前|します|する)/u;

/** Clause boundaries (dates are masked out before this is used, so their dots don't count). */
const CLAUSE_BREAK = /[.;!?。\n•|·]/;

/** English words that, with no locale given, make a/b/yyyy read month-first. */
const ENGLISH_HINT =
  /(?<![a-z])(?:expires|expired|expiring|expiry|expiration|rotate|by|until|days?|your|will|the)(?![a-z])/;

// ---------------------------------------------------------------------------------------------
// Regular expressions built from the tables

const escapeRe = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of `words`, longest first, with letter boundaries around Latin words. */
function wordsPattern(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const latin = sorted.filter((w) => /^[a-z]/.test(w)).map(escapeRe);
  const other = sorted.filter((w) => !/^[a-z]/.test(w)).map(escapeRe);
  const parts = [];
  if (latin.length > 0) parts.push(`(?<![a-z])(?:${latin.join('|')})(?![a-z])`);
  if (other.length > 0) parts.push(other.join('|'));
  return parts.join('|');
}

const MONTH_OF = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`;

const DAYS_PER_UNIT = new Map(UNITS.flatMap((u) => u.words.map((w) => [w, u.days] as const)));
const LATIN_UNITS = [...DAYS_PER_UNIT.keys()].filter((w) => /^[a-z]/.test(w));
const JA_UNITS = [...DAYS_PER_UNIT.keys()].filter((w) => !/^[a-z]/.test(w));

const LATIN_COUNT = new RegExp(
  `(?:(?<![\\d.,:])(\\d{1,4})\\s*|(?<![a-z])(${wordsPattern(ONE_WORDS)})\\s+)` +
    `(?:(prochaine?s)\\s+)?(${wordsPattern(LATIN_UNITS)})`,
  'g',
);
const JA_COUNT = new RegExp(`(?<![\\d.,:時])(\\d{1,4})\\s*(${wordsPattern(JA_UNITS)})`, 'g');
const RELATIVE_DAYS_OF = new Map(
  RELATIVE_DAYS.flatMap((r) => r.words.map((w) => [w, r.days] as const)),
);
const RELATIVE_WORD = new RegExp(wordsPattern([...RELATIVE_DAYS_OF.keys()]), 'g');
const DEADLINE_WORD = new RegExp(
  DEADLINE_WORDS.map((w) => (/^[a-z]/.test(w) ? `(?<![a-z])${w}` : w)).join('|'),
);

// ---------------------------------------------------------------------------------------------
// Dates

type Span = { start: number; end: number };
type FoundDate = Span & { iso: string };
type DatePattern = {
  re: RegExp;
  read: (m: RegExpExecArray, monthFirst: boolean) => YMD | undefined;
};
type YMD = [year: number, month: number, day: number];

const num = (s: string | undefined) => Number(s);
const monthOf = (s: string | undefined) => MONTH_OF.get(s ?? '') ?? 0;

/** In priority order: earlier patterns claim their text first. */
const DATE_PATTERNS: readonly DatePattern[] = [
  // 2026年12月19日
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  // 2026-12-19, 2026-12-19T00:00:00Z, 2026/12/19, 2026.12.19
  {
    re: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    read: (m) => [num(m[1]), num(m[3]), num(m[4])],
  },
  // Dec 19, 2026 · December 19th 2026
  {
    re: new RegExp(
      `(?<![a-z])${MONTH}\\.?\\s*(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)`,
      'g',
    ),
    read: (m) => [num(m[3]), monthOf(m[1]), num(m[2])],
  },
  // 19 Dec 2026 · 19. Dezember 2026 · 1er déc. 2026 · 19 de diciembre de 2026 · 19-dic-2026
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{1,2})(?:\\.|er|st|nd|rd|th|o|°)?[\\s-]*(?:de\\s+)?${MONTH}\\.?(?:\\s*,)?[\\s-]*(?:del?\\s+)?(\\d{4})(?!\\d)`,
      'g',
    ),
    read: (m) => [num(m[3]), monthOf(m[2]), num(m[1])],
  },
  // 19.12.2026 · 19.12.26: always day first
  {
    re: /(?<![\w.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\.?\d)/g,
    read: (m) => [num(m[3]), num(m[2]), num(m[1])],
  },
  // 12/19/2026 · 19/12/2026 · 19-12-26: a part over 12 decides, else the locale
  {
    re: /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|-\d)/g,
    read: (m, monthFirst) => {
      const [a, b, year] = [num(m[1]), num(m[3]), num(m[4])];
      const aIsMonth = a > 12 ? false : b > 12 ? true : monthFirst;
      return aIsMonth ? [year, a, b] : [year, b, a];
    },
  },
  // 12月19日 (no year): claimed so its 日 is not read as a day count, but not reported
  { re: /(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, read: () => undefined },
];

/** Every date in `text`; `spans` also covers date-shaped text that is not a real day. */
function findDates(text: string, monthFirst: boolean): { dates: FoundDate[]; spans: Span[] } {
  const dates: FoundDate[] = [];
  const spans: Span[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (spans.some((s) => s.start < span.end && span.start < s.end)) continue;
      spans.push(span);
      const ymd = read(m, monthFirst);
      const iso = ymd && calendarDate(...ymd);
      if (iso) dates.push({ ...span, iso });
    }
  }
  return { dates, spans };
}

function isMonthFirst(locale: string | undefined, text: string): boolean {
  const tag = locale?.trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return ENGLISH_HINT.test(text);
  return tag === 'en' || tag === 'en-us' || tag.startsWith('en-us-');
}

// ---------------------------------------------------------------------------------------------
// Counts ("in 20 days", "vor 3 Tagen", "あと20日") and relative words ("tomorrow")

type Found = { index: number; days: number; tied: boolean };

/** The text of the clause around `index`, split at it. */
function clauseAround(text: string, index: number): { before: string; after: string } {
  let start = index;
  while (start > 0 && !CLAUSE_BREAK.test(text.charAt(start - 1))) start--;
  let end = index;
  while (end < text.length && !CLAUSE_BREAK.test(text.charAt(end))) end++;
  return { before: text.slice(start, index), after: text.slice(index, end) };
}

function isTied(text: string, index: number): boolean {
  const { before, after } = clauseAround(text, index);
  return DEADLINE_WORD.test(before + after);
}

function findCounts(text: string): { exact: Found[]; bounds: Found[] } {
  const exact: Found[] = [];
  const bounds: Found[] = [];
  const matches = [
    ...[...text.matchAll(LATIN_COUNT)].map((m) => ({ m, japanese: false })),
    ...[...text.matchAll(JA_COUNT)].map((m) => ({ m, japanese: true })),
  ];
  for (const { m, japanese } of matches) {
    const before = clauseAround(text, m.index).before.slice(-40);
    const after = clauseAround(text, m.index + m[0].length).after.slice(0, 12);
    const unit = japanese ? m[2] : m[4];
    const perUnit = DAYS_PER_UNIT.get(unit ?? '') ?? 0;
    const spelled = !japanese && m[1] === undefined;
    const count = spelled ? 1 : Number(m[1]);

    if (EVERY_BEFORE.test(before) || EVERY_AFTER.test(after)) continue;
    if (japanese && !JA_CUE_BEFORE.test(before) && !JA_CUE_AFTER.test(after)) continue;
    const ago = AGO_BEFORE.test(before) || AGO_AFTER.test(after);
    const bound =
      !ago && (BOUND_BEFORE.test(before) || BOUND_AFTER.test(after) || (!japanese && !!m[3]));
    if (spelled && !ago && !bound && !IN_BEFORE.test(before)) continue;

    const days = count * perUnit;
    const tied = isTied(text, m.index);
    if (perUnit < 1) {
      if (!ago) bounds.push({ index: m.index, days: Math.max(1, Math.ceil(days)), tied });
    } else if (bound) {
      bounds.push({ index: m.index, days, tied });
    } else {
      exact.push({ index: m.index, days: ago ? 0 - days : days, tied });
    }
  }
  return { exact, bounds };
}

function findRelativeWords(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(RELATIVE_WORD)) {
    const days = RELATIVE_DAYS_OF.get(m[0]);
    if (days === undefined) continue;
    const before = clauseAround(text, m.index).before;
    if ((m[0] === 'morgen' || m[0] === 'manana') && MORNING_BEFORE.test(before)) continue;
    // "Today" alone is too common ("updated today"): only trusted next to an expire/rotate word.
    if (isTied(text, m.index)) found.push({ index: m.index, days, tied: true });
  }
  return found;
}

/** True when the text says, without negation or "or", that the secret has expired. */
function saysExpired(accented: string): boolean {
  for (const m of accented.matchAll(EXPIRED_WORDS)) {
    const before = accented.slice(Math.max(0, m.index - 30), m.index);
    const after = accented.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!NEGATION_BEFORE.test(before) && !NOT_EXPIRED_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * The candidate that reads as the deadline: those in a clause with an expire/rotate word first,
 * then the nearest one still ahead (smallest non-negative), else the most recent past one.
 */
function pickDeadline<T extends { days: number; tied: boolean }>(
  items: readonly T[],
): T | undefined {
  const tied = items.filter((item) => item.tied);
  const pool = tied.length > 0 ? tied : items;
  const closer = (a: number, b: number) => (a >= 0 ? b < 0 || a < b : b < 0 && a > b);
  let best: T | undefined;
  for (const item of pool) if (!best || closer(item.days, best.days)) best = item;
  return best;
}

function pickBound(items: readonly Found[]): Found | undefined {
  const tied = items.filter((item) => item.tied);
  const pool = tied.length > 0 ? tied : items;
  let best: Found | undefined;
  for (const item of pool) if (!best || item.days < best.days) best = item;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Text folding

/** Lowercase, full-width to ASCII (NFKD), typographic apostrophes to "'". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .toLowerCase();
}

/** `fold` plus Latin accents removed ("März" -> "marz"); kana voicing marks are kept. */
function foldAccents(text: string): string {
  return fold(text)
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Same length as `text`, with the spans blanked so their numbers and dots are not read again. */
function mask(text: string, spans: readonly Span[]): string {
  let masked = text;
  for (const { start, end } of spans) {
    masked = masked.slice(0, start) + '#'.repeat(end - start) + masked.slice(end);
  }
  return masked;
}

// ---------------------------------------------------------------------------------------------

/**
 * What `text` says about when the secret must be rotated, relative to `today` (its local
 * calendar date). `locale` (e.g. document.documentElement.lang) only decides a/b/yyyy dates:
 * month-first for "en" and "en-US", day-first otherwise; without it, English wording means
 * month-first. Returns null when the text holds no deadline information.
 */
export function parseDeadline(
  text: string,
  options: { today: Date; locale?: string },
): DeadlineReading | null {
  const plain = foldAccents(text);
  const todayIso = toIsoDate(options.today);
  const { dates, spans } = findDates(plain, isMonthFirst(options.locale, plain));
  const masked = mask(plain, spans);

  const date = pickDeadline(
    dates
      .map((d) => ({
        iso: d.iso,
        days: daysBetween(todayIso, d.iso),
        tied: isTied(masked, d.start),
      }))
      .filter((d) => Math.abs(d.days) <= PLAUSIBLE_DAYS),
  );
  const counts = findCounts(masked);
  const relative = pickDeadline([...counts.exact, ...findRelativeWords(masked)]);
  const bound = pickBound(counts.bounds);
  const expiredWord = saysExpired(fold(text).normalize('NFC'));

  const daysLeft = date?.days ?? relative?.days;
  if (daysLeft === undefined && bound === undefined && !expiredWord) return null;

  const reading: DeadlineReading = {};
  if (date) reading.date = date.iso;
  if (daysLeft !== undefined) reading.daysLeft = daysLeft;
  // An explicit date or count wins over the word: "あと20日で期限切れ" is not expired yet.
  const expired =
    daysLeft === undefined ? expiredWord : daysLeft < 0 || (expiredWord && daysLeft <= 0);
  if (expired) reading.expired = true;
  if (bound) reading.withinDays = bound.days;
  return reading;
}
