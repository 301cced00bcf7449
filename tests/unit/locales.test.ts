/**
 * The interface speaks six languages: every locale has every message, with the same
 * substitutions; every message is used; the store listing fits the Chrome Web Store's limits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';

const root = resolve(import.meta.dirname, '../..');
const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'ja'];
const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];

const catalogs = Object.fromEntries(
  await Promise.all(
    LOCALES.map(
      async (locale) =>
        [locale, await parseMessagesFile(join(root, 'locales', `${locale}.yml`))] as const,
    ),
  ),
);
const keyOf = (message: ParsedMessage) => message.key.join('.');
// The parser adds Chrome's predefined messages (@@ui_locale, …): the browser answers those.
const byKey = (locale: string) =>
  new Map(
    (catalogs[locale] ?? [])
      .filter((message) => !keyOf(message).startsWith('@@'))
      .map((message) => [keyOf(message), message]),
  );
const texts = (message: ParsedMessage): string[] =>
  message.type === 'plural' ? Object.values(message.plurals) : [message.message];
const substitutions = (message: ParsedMessage) =>
  [...new Set(texts(message).flatMap((text) => text.match(/\$\d|\{\w+\}/g) ?? []))].sort();

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}
const source = SOURCE_DIRS.flatMap((dir) => [...sourceFiles(join(root, dir))])
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
const usedInCode = new Set([...source.matchAll(/\bi18n\.t\(\s*'([\w.]+)'/g)].map((m) => m[1]));
const usedInManifest = new Set([...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]));

describe('locales', () => {
  const english = byKey('en');

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has every English message and no other',
    (locale) => {
      const translated = byKey(locale);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    },
  );

  it.each(LOCALES.filter((l) => l !== 'en'))('%s keeps each message’s substitutions', (locale) => {
    const translated = byKey(locale);
    for (const [key, message] of english) {
      const other = translated.get(key);
      if (other)
        expect({ key, subs: substitutions(other) }).toEqual({ key, subs: substitutions(message) });
    }
  });

  it('every message the code asks for exists in English', () => {
    const missing = [...usedInCode].filter((key) => key && !english.has(key));
    expect(missing).toEqual([]);
  });

  it('every English message is used by the code or the manifest', () => {
    const unused = [...english.keys()].filter(
      (key) => !usedInCode.has(key) && !usedInManifest.has(key.replaceAll('.', '_')),
    );
    expect(unused).toEqual([]);
  });

  it.each(LOCALES)(
    '%s: the store listing fits (name <= 75, description <= 132 characters)',
    (locale) => {
      const messages = byKey(locale);
      const text = (key: string) => texts(messages.get(key) as ParsedMessage)[0] ?? '';
      expect(text('extName').length).toBeLessThanOrEqual(75);
      expect(text('extShortName').length).toBeLessThanOrEqual(12);
      expect(text('extDescription').length).toBeLessThanOrEqual(132);
      expect(text('extDescription').length).toBeGreaterThan(40);
    },
  );

  it('messages reach the code through browser.i18n', () => {
    expect(i18n.t('extName')).toBe('LWA Secret Rotator for VendorAuto');
  });
});
