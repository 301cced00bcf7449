/** In unit tests the extension's `webextension-polyfill` import is WXT's in-memory fake browser. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
