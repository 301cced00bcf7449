/**
 * Shapes and sizes the message protocol relies on, without zod: both the schemas
 * (messages.ts) and the content scripts' guards (content-guards.ts) read them from here.
 */

/** Rotation ids are the background's crypto.randomUUID(): anything else (`__proto__`, …) is refused. */
export const ROTATION_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An outline is a layout report, not a page dump: its JSON text is refused past this size. */
export const MAX_OUTLINE_CHARS = 400_000;
