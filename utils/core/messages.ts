/**
 * The extension's whole message protocol: one zod schema per message, and who may send it.
 * Anything that fails its schema is dropped. Senders are checked in utils/senders.ts.
 * Content scripts do not bundle zod: they check the few requests they receive with the guards
 * in content-guards.ts, which tests/unit/content-guards.test.ts holds to these schemas.
 */
import { scrubSecrets } from './lwa';
import { clientIdSchema, clientSecretSchema } from './lwa-schemas';
import { MAX_OUTLINE_CHARS, ROTATION_ID_PATTERN } from './message-limits';
import { z } from './zod';

export { MAX_OUTLINE_CHARS };

const text = (max: number) => z.string().check(z.maxLength(max));
/** Text read off a page: scrubbed of anything secret-shaped again here, whatever the sender did. */
const pageText = (max: number) => z.pipe(text(max), z.transform(scrubSecrets));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Rotation ids are the background's crypto.randomUUID(): anything else (`__proto__`, …) is refused. */
export const rotationIdSchema = z.string().check(z.regex(ROTATION_ID_PATTERN));

const deadlineSchema = z.nullable(
  z.object({
    date: z.optional(isoDate),
    daysLeft: z.optional(z.number().check(z.int())),
    expired: z.optional(z.boolean()),
    withinDays: z.optional(z.number().check(z.int())),
  }),
);

export const consoleAppSchema = z.object({
  name: pageText(200),
  appId: z.nullable(pageText(120)),
  clientId: z.nullable(clientIdSchema),
  alert: z.boolean(),
  deadline: deadlineSchema,
});

const appRefSchema = z.nullable(
  z.object({ name: pageText(200), appId: z.nullable(pageText(120)) }),
);

/** From the Developer Console content script (top frame of an allow-listed console origin). */
export const consoleMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('console/page'),
    layout: z.enum(['apps', 'unrecognised']),
    apps: z.array(consoleAppSchema).check(z.maxLength(2000)),
    banner: z.nullable(z.object({ text: pageText(400), deadline: deadlineSchema })),
    addAppClient: z.enum(['enabled', 'disabled', 'absent']),
  }),
  z.object({
    type: z.literal('console/client-id-viewed'),
    clientId: clientIdSchema,
    app: appRefSchema,
  }),
  z.object({
    type: z.literal('console/rotation-confirmed'),
    clientId: clientIdSchema,
    app: appRefSchema,
  }),
  z.object({ type: z.literal('console/rotation-cancelled'), clientId: clientIdSchema }),
  z.object({ type: z.literal('console/awaiting-reveal'), clientId: clientIdSchema }),
  z.object({
    type: z.literal('console/captured'),
    clientId: clientIdSchema,
    secret: clientSecretSchema,
    app: appRefSchema,
    newDeadline: z.nullable(isoDate),
  }),
  z.object({
    type: z.literal('console/problem'),
    clientId: z.nullable(clientIdSchema),
    reason: pageText(400),
  }),
  /** The user clicked "Continue in VendorAuto" on the console's card (a trusted click). */
  z.object({ type: z.literal('console/continue'), clientId: clientIdSchema }),
]);
export type ConsoleMessage = z.infer<typeof consoleMessageSchema>;

export const fillRefusalCodes = [
  'wrong-page',
  'not-found',
  'ambiguous',
  'unknown-layout',
  'busy',
] as const;
export type FillRefusalCode = (typeof fillRefusalCodes)[number];

/** From the VendorAuto content script (top frame of the VendorAuto origin the user chose). */
export const vendorAutoMessageSchema = z.discriminatedUnion('type', [
  /** What the page is, each time that changes: a fill the user asked for waits for 'instances'. */
  z.object({
    type: z.literal('vendorauto/ready'),
    kind: z.enum(['instances', 'login', 'other']),
  }),
  /** The user clicked "Fill the new secret" in the on-page guide. */
  z.object({ type: z.literal('vendorauto/request-fill'), rotationId: rotationIdSchema }),
  z.object({
    type: z.literal('vendorauto/outcome'),
    rotationId: rotationIdSchema,
    outcome: z.enum(['filled', 'saved', 'save-error', 'cancelled', 'refused']),
    detail: z.optional(pageText(400)),
    /** For 'saved': VendorAuto said so, or its form closed after Confirm without a word. */
    evidence: z.optional(z.enum(['said', 'closed'])),
  }),
]);
export type VendorAutoMessage = z.infer<typeof vendorAutoMessageSchema>;

/** From the extension's own pages (popup, options). */
export const extensionPageMessageSchema = z.discriminatedUnion('type', [
  /** Fill in VendorAuto: in the chosen tab, or (no tab) the user's VendorAuto opened for it. */
  z.object({
    type: z.literal('popup/fill'),
    rotationId: rotationIdSchema,
    tabId: z.nullable(z.number().check(z.int())),
  }),
  z.object({ type: z.literal('popup/discard'), rotationId: rotationIdSchema }),
  /** The user confirmed, in the popup, that this origin is their VendorAuto app. */
  z.object({ type: z.literal('popup/trust-origin'), origin: text(200) }),
  z.object({ type: z.literal('popup/show-guide'), tabId: z.number().check(z.int()) }),
  z.object({ type: z.literal('popup/pair-selection'), clientId: clientIdSchema }),
  z.object({ type: z.literal('popup/discard-selection') }),
  /** A secret the console let the user copy only: pasted into the popup, for the rotation in that tab. */
  z.object({
    type: z.literal('popup/paste-secret'),
    secret: text(200),
    tabId: z.number().check(z.int()),
  }),
  /** The outline page asks for the redacted outline of the tab it was opened for. */
  z.object({ type: z.literal('popup/outline'), tabId: z.number().check(z.int()) }),
]);
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** From the background to the VendorAuto tab's top frame: the only message that carries a secret to a page. */
export const fillRequestSchema = z.object({
  type: z.literal('vendorauto/fill'),
  rotationId: rotationIdSchema,
  clientId: clientIdSchema,
  secret: clientSecretSchema,
  /** The origin the background checked; the content script refuses if it is no longer on it. */
  origin: text(200),
  autoConfirm: z.boolean(),
  /** The instance found by its Client ID, or the field the user right-clicked ("Fill the new LWA secret here"). */
  target: z.enum(['instance', 'context-field']),
});
export type FillRequest = z.infer<typeof fillRequestSchema>;

export const fillResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), code: z.enum(fillRefusalCodes), message: text(400) }),
]);
export type FillResponse = z.infer<typeof fillResponseSchema>;

/** From the background to the VendorAuto content script, besides the fill itself. */
export const vendorAutoRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('guide/show') }),
  /** Which Client IDs the form around the right-clicked field shows. */
  z.object({ type: z.literal('vendorauto/field-context') }),
]);
export const fieldContextSchema = z.object({
  fillable: z.boolean(),
  clientIds: z.array(clientIdSchema).check(z.maxLength(20)),
});
export type FieldContext = z.infer<typeof fieldContextSchema>;

/** From the background to the console content script. */
export const consoleRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('guide/show') }),
  /** For "Use selected text as the new LWA secret": which Client ID the page shows. */
  z.object({ type: z.literal('console/page-client-id') }),
  z.object({ type: z.literal('console/selection-captured'), ok: z.boolean(), message: text(400) }),
]);
export type ConsoleRequest = z.infer<typeof consoleRequestSchema>;
export const pageClientIdSchema = z.object({
  clientId: z.nullable(clientIdSchema),
  rotated: z.optional(z.boolean()),
});
export type PageClientId = z.infer<typeof pageClientIdSchema>;

/** From the background to either content script: the redacted outline of its page, please. */
export const outlineRequestSchema = z.object({ type: z.literal('outline/request') });
/** From either content script: the user clicked "Copy page outline" in the on-page guide. */
export const outlineOpenSchema = z.object({ type: z.literal('outline/open') });

/** The content script's answer to `outline/request`: the outline as JSON text. */
export const outlineAnswerSchema = z.object({ outline: text(MAX_OUTLINE_CHARS) });

/** Loosely what `buildOutline` returns (utils/core/outline-types.ts); its tree is checked for leaks, not shape. */
export const pageOutlineSchema = z.looseObject({
  outline: z.literal(1),
  site: z.enum(['amazon-console', 'vendorauto', 'unknown']),
  lang: text(40),
  path: text(2000),
  elements: z.number(),
  truncated: z.boolean(),
  root: z.looseObject({ tag: text(100) }),
});

export type CommandResult = { ok: true } | { ok: false; message: string };

/** The background's answer to `vendorauto/ready`: a fill the user asked for waits for this tab. */
export type ReadyAnswer = { waiting: boolean };
/** `popup/outline`'s answer: the outline's JSON text, already checked for leaks by the background. */
export type OutlineResult = { ok: true; outline: string } | { ok: false; message: string };
