/**
 * The content scripts' side of "Copy page outline", kept tiny: the builder itself is not in
 * the content scripts. The background injects it (entrypoints/outline-builder.ts) into the
 * same isolated world only when an outline is asked for, then asks with `outline/request`.
 */
import { isOutlineRequest } from '../../core/content-guards';
import { MAX_OUTLINE_CHARS } from '../../core/message-limits';
import { onExtensionMessage } from '../messaging';
import { type OutlineSubject, takeOutlineBuilder } from './builder-slot';

/** A page too big to outline whole is outlined with fewer elements, down to this many. */
const ELEMENT_LIMITS = [4000, 1500, 500];

export function answerOutlineRequests(subject: () => OutlineSubject, signal: AbortSignal): void {
  onExtensionMessage((message) => {
    if (!isOutlineRequest(message)) return undefined;
    const build = takeOutlineBuilder();
    if (!build) return Promise.resolve(null);
    for (const limit of ELEMENT_LIMITS) {
      const outline = JSON.stringify(build(subject(), limit));
      if (outline.length <= MAX_OUTLINE_CHARS) return Promise.resolve({ outline });
    }
    return Promise.resolve(null);
  }, signal);
}
