/**
 * The page outline builder, injected by the background into a console or VendorAuto tab's
 * isolated world only when the user asks for an outline (utils/background/outline.ts). Not a
 * content script: the content scripts stay small, and no page can load this file.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installOutlineBuilder } from '../utils/content/outline/install';

export default defineUnlistedScript(() => {
  installOutlineBuilder();
  return true;
});
