/**
 * How long a content script lives. WXT ends its context when another copy of the script says it
 * started (a DOM event on the page), but a page can dispatch that event itself and switch the
 * extension off. So the context's end counts only once the extension is really gone (reloaded,
 * updated or removed, when `runtime.id` disappears).
 */
import { browser } from '@wxt-dev/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function contentLifetime(ctx: ContentScriptContext): AbortSignal {
  const controller = new AbortController();
  ctx.onInvalidated(() => {
    if (extensionGone()) controller.abort();
  });
  return controller.signal;
}

function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** Runs `cleanup` when the content script's life ends. */
export function onEnd(signal: AbortSignal, cleanup: () => void): void {
  signal.addEventListener('abort', cleanup, { once: true });
}
