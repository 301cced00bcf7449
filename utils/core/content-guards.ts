/**
 * The requests a content script receives from the extension, checked without zod so the content
 * scripts stay small. Each reader accepts exactly what its schema in messages.ts accepts and
 * returns what that schema's parse returns (known keys only), or null;
 * tests/unit/content-guards.test.ts runs both over the same hostile table so they cannot drift.
 */
import { CLIENT_ID_PATTERN, isClientSecretFormat } from './lwa';
import { ROTATION_ID_PATTERN } from './message-limits';
import type { ConsoleRequest, FillRequest } from './messages';

export type VendorAutoRequest = { type: 'guide/show' } | { type: 'vendorauto/field-context' };
export type OutlineRequest = { type: 'outline/request' };

type Fields = Record<string, unknown>;

/** What zod's object schemas take: any non-null object but an array (inherited keys included). */
function asFields(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const matches = (value: unknown, pattern: RegExp): value is string =>
  typeof value === 'string' && pattern.test(value);

export function consoleRequestIn(message: unknown): ConsoleRequest | null {
  const fields = asFields(message);
  switch (fields?.type) {
    case 'guide/show':
      return { type: 'guide/show' };
    case 'console/page-client-id':
      return { type: 'console/page-client-id' };
    case 'console/selection-captured':
      return typeof fields.ok === 'boolean' && isText(fields.message, 400)
        ? { type: 'console/selection-captured', ok: fields.ok, message: fields.message }
        : null;
    default:
      return null;
  }
}

export function vendorAutoRequestIn(message: unknown): VendorAutoRequest | null {
  const type = asFields(message)?.type;
  return type === 'guide/show' || type === 'vendorauto/field-context' ? { type } : null;
}

/** The only message that carries a secret to a page: every field is checked, none is passed on unread. */
export function fillRequestIn(message: unknown): FillRequest | null {
  const fields = asFields(message);
  if (
    fields?.type !== 'vendorauto/fill' ||
    !matches(fields.rotationId, ROTATION_ID_PATTERN) ||
    !matches(fields.clientId, CLIENT_ID_PATTERN) ||
    typeof fields.secret !== 'string' ||
    !isClientSecretFormat(fields.secret) ||
    !isText(fields.origin, 200) ||
    typeof fields.autoConfirm !== 'boolean' ||
    (fields.target !== 'instance' && fields.target !== 'context-field')
  )
    return null;
  return {
    type: 'vendorauto/fill',
    rotationId: fields.rotationId,
    clientId: fields.clientId,
    secret: fields.secret,
    origin: fields.origin,
    autoConfirm: fields.autoConfirm,
    target: fields.target,
  };
}

export function isOutlineRequest(message: unknown): message is OutlineRequest {
  return asFields(message)?.type === 'outline/request';
}
