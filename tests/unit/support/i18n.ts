/**
 * browser.i18n.getMessage for unit tests, answering from the real English catalog
 * (locales/en.yml, compiled as the build compiles it), so a component test reads the words a
 * user reads. Chrome's rules: `$1`–`$9` take substitutions, `$$` is a dollar sign.
 */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing';

const catalog = generateChromeMessages(
  await parseMessagesFile(resolve(import.meta.dirname, '../../../locales/en.yml')),
);

fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
  const message = catalog[key]?.message;
  if (message === undefined) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|\d)/g, (_, what: string) =>
    what === '$' ? '$' : (values[Number(what) - 1] ?? ''),
  );
};

// Dates and numbers follow the interface language (utils/core/ui-language.ts): English here.
fakeBrowser.i18n.getUILanguage = () => 'en';
