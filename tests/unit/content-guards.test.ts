/**
 * Content scripts check the requests they receive with hand-written guards (no zod in their
 * bundles); the background and pages keep the zod schemas. Both run over the same table here,
 * hostile messages included, and must agree with each other and with the expected verdict.
 */
import { describe, expect, it } from 'vitest';
import {
  consoleRequestIn,
  fillRequestIn,
  isOutlineRequest,
  vendorAutoRequestIn,
} from '../../utils/core/content-guards';
import {
  consoleRequestSchema,
  fillRequestSchema,
  outlineRequestSchema,
  vendorAutoRequestSchema,
} from '../../utils/core/messages';

const CLIENT_ID = `amzn1.application-oa2-client.${'0a'.repeat(16)}`;
const SECRET = `amzn1.oa2-cs.v1.${'9f'.repeat(32)}`;
const LEGACY_SECRET = 'e1'.repeat(32);
const ROTATION_ID = '123e4567-e89b-42d3-a456-426614174000';

type Case = { name: string; message: unknown; accepted: boolean };
type Schema = { safeParse(value: unknown): { success: boolean; data?: unknown } };

/** Zod's verdict and output, the guard's, and the verdict the table expects, all the same. */
function expectAgreement(schema: Schema, guard: (message: unknown) => unknown, cases: Case[]) {
  const accepted = cases.filter((c) => c.accepted).length;
  expect(accepted, 'the table holds messages to accept').toBeGreaterThan(0);
  expect(cases.length - accepted, 'the table holds messages to refuse').toBeGreaterThan(0);
  for (const { name, message, accepted } of cases) {
    const parsed = schema.safeParse(message);
    expect(parsed.success, `zod on ${name}`).toBe(accepted);
    expect(guard(message), `guard on ${name}`).toStrictEqual(parsed.success ? parsed.data : null);
  }
}

const inheritedType = (type: string) => Object.create({ type }) as unknown;

/** What no request schema takes, whatever it is. */
const NOT_OBJECTS: Case[] = [
  { name: 'undefined', message: undefined, accepted: false },
  { name: 'null', message: null, accepted: false },
  { name: 'a string', message: 'guide/show', accepted: false },
  { name: 'a number', message: 42, accepted: false },
  { name: 'an empty object', message: {}, accepted: false },
  { name: 'an array', message: [{ type: 'guide/show' }], accepted: false },
  {
    name: 'an array with a type',
    message: Object.assign([], { type: 'guide/show' }),
    accepted: false,
  },
  {
    name: 'an own __proto__ key',
    message: JSON.parse('{"__proto__": {"type": "guide/show"}}'),
    accepted: false,
  },
  { name: 'a type of another case', message: { type: 'GUIDE/SHOW' }, accepted: false },
  { name: 'the type as an array', message: { type: ['guide/show'] }, accepted: false },
];

describe('console requests', () => {
  it('the guard takes exactly what consoleRequestSchema takes', () => {
    const selection = { type: 'console/selection-captured', ok: false, message: 'Not a secret' };
    expectAgreement(consoleRequestSchema, consoleRequestIn, [
      ...NOT_OBJECTS,
      { name: 'guide/show', message: { type: 'guide/show' }, accepted: true },
      {
        name: 'guide/show with extra keys',
        message: { type: 'guide/show', secret: SECRET },
        accepted: true,
      },
      { name: 'page-client-id', message: { type: 'console/page-client-id' }, accepted: true },
      { name: 'selection-captured', message: selection, accepted: true },
      {
        name: 'selection-captured, ok',
        message: { ...selection, ok: true, message: '' },
        accepted: true,
      },
      {
        name: 'message of 400 characters',
        message: { ...selection, message: 'x'.repeat(400) },
        accepted: true,
      },
      {
        name: 'message of 401 characters',
        message: { ...selection, message: 'x'.repeat(401) },
        accepted: false,
      },
      { name: 'ok as a string', message: { ...selection, ok: 'false' }, accepted: false },
      { name: 'ok as 0', message: { ...selection, ok: 0 }, accepted: false },
      { name: 'message missing', message: { type: selection.type, ok: true }, accepted: false },
      { name: 'message as a number', message: { ...selection, message: 7 }, accepted: false },
      {
        name: 'a VendorAuto request',
        message: { type: 'vendorauto/field-context' },
        accepted: false,
      },
      { name: 'an inherited type', message: inheritedType('guide/show'), accepted: true },
    ]);
  });
});

describe('VendorAuto requests', () => {
  it('the guard takes exactly what vendorAutoRequestSchema takes', () => {
    expectAgreement(vendorAutoRequestSchema, vendorAutoRequestIn, [
      ...NOT_OBJECTS,
      { name: 'guide/show', message: { type: 'guide/show' }, accepted: true },
      { name: 'field-context', message: { type: 'vendorauto/field-context' }, accepted: true },
      {
        name: 'field-context with extra keys',
        message: { type: 'vendorauto/field-context', clientIds: [CLIENT_ID] },
        accepted: true,
      },
      { name: 'a console request', message: { type: 'console/page-client-id' }, accepted: false },
      { name: 'a fill', message: { type: 'vendorauto/fill' }, accepted: false },
    ]);
  });
});

describe('the fill request (the one message that carries a secret to a page)', () => {
  const fill = {
    type: 'vendorauto/fill',
    rotationId: ROTATION_ID,
    clientId: CLIENT_ID,
    secret: SECRET,
    origin: 'https://app.vendorauto.com',
    autoConfirm: false,
    target: 'instance',
  };
  const without = (key: keyof typeof fill) => {
    const { [key]: _dropped, ...rest } = fill;
    return rest;
  };

  it('the guard takes exactly what fillRequestSchema takes', () => {
    expectAgreement(fillRequestSchema, fillRequestIn, [
      ...NOT_OBJECTS,
      { name: 'a fill', message: fill, accepted: true },
      { name: 'a legacy secret', message: { ...fill, secret: LEGACY_SECRET }, accepted: true },
      {
        name: 'a right-clicked field, auto-confirm on',
        message: { ...fill, target: 'context-field', autoConfirm: true },
        accepted: true,
      },
      { name: 'extra keys', message: { ...fill, tabId: 4, evil: '<img>' }, accepted: true },
      {
        name: 'origin of 200 characters',
        message: { ...fill, origin: 'o'.repeat(200) },
        accepted: true,
      },
      {
        name: 'origin of 201 characters',
        message: { ...fill, origin: 'o'.repeat(201) },
        accepted: false,
      },
      {
        name: 'rotation id __proto__',
        message: { ...fill, rotationId: '__proto__' },
        accepted: false,
      },
      {
        name: 'rotation id in capitals',
        message: { ...fill, rotationId: ROTATION_ID.toUpperCase() },
        accepted: false,
      },
      {
        name: 'rotation id with a newline',
        message: { ...fill, rotationId: `${ROTATION_ID}\n` },
        accepted: false,
      },
      { name: 'Client ID as the secret', message: { ...fill, secret: CLIENT_ID }, accepted: false },
      {
        name: 'secret one character short',
        message: { ...fill, secret: SECRET.slice(0, -1) },
        accepted: false,
      },
      { name: 'secret too long', message: { ...fill, secret: `${SECRET}0` }, accepted: false },
      {
        name: 'secret in capitals',
        message: { ...fill, secret: SECRET.toUpperCase() },
        accepted: false,
      },
      {
        name: 'secret with a trailing newline',
        message: { ...fill, secret: `${SECRET}\n` },
        accepted: false,
      },
      {
        name: 'legacy secret too short',
        message: { ...fill, secret: 'e1'.repeat(31) },
        accepted: false,
      },
      { name: 'secret as a number', message: { ...fill, secret: 12345 }, accepted: false },
      {
        name: 'Client ID too short',
        message: { ...fill, clientId: CLIENT_ID.slice(0, -1) },
        accepted: false,
      },
      { name: 'Client ID as the secret', message: { ...fill, clientId: SECRET }, accepted: false },
      {
        name: 'autoConfirm as a string',
        message: { ...fill, autoConfirm: 'true' },
        accepted: false,
      },
      { name: 'an unknown target', message: { ...fill, target: 'everywhere' }, accepted: false },
      { name: 'origin as an object', message: { ...fill, origin: { href: 'x' } }, accepted: false },
      ...(Object.keys(fill) as (keyof typeof fill)[]).map((key) => ({
        name: `${key} missing`,
        message: without(key),
        accepted: false,
      })),
    ]);
  });
});

describe('outline requests', () => {
  it('the guard takes exactly what outlineRequestSchema takes', () => {
    const guard = (message: unknown) =>
      isOutlineRequest(message) ? { type: 'outline/request' } : null;
    expectAgreement(outlineRequestSchema, guard, [
      ...NOT_OBJECTS,
      { name: 'outline/request', message: { type: 'outline/request' }, accepted: true },
      { name: 'with extra keys', message: { type: 'outline/request', limit: 9 }, accepted: true },
      { name: 'outline/open', message: { type: 'outline/open' }, accepted: false },
    ]);
  });
});
