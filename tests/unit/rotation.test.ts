import { describe, expect, it } from 'vitest';
import {
  holdsSecret,
  isLive,
  type Rotation,
  type RotationEvent,
  startRotation,
  transition,
} from '../../utils/core/rotation';

const T0 = Date.UTC(2026, 10, 29, 12, 0, 0);
const TTL = 15 * 60_000;

function captured(overrides: Partial<Parameters<typeof startRotation>[0]> = {}): Rotation {
  return startRotation({
    id: 'r1',
    clientId: `amzn1.application-oa2-client.${'a'.repeat(32)}`,
    appName: 'Northwind',
    appId: null,
    consoleOrigin: 'https://sellercentral.amazon.com',
    newDeadline: null,
    now: T0,
    ttlMs: TTL,
    ...overrides,
  });
}

function run(rotation: Rotation, ...events: RotationEvent[]): Rotation {
  let current = rotation;
  for (const event of events) {
    const result = transition(current, event, T0 + 1000);
    if (!result.ok) throw new Error(result.reason);
    current = result.rotation;
  }
  return current;
}

describe('starting a rotation', () => {
  it('records the 180-day deadline and the 7-day grace of the old secret', () => {
    const rotation = captured();
    expect(rotation.status).toBe('captured');
    expect(rotation.expiresAt).toBe(T0 + TTL);
    expect(rotation.newDeadline).toBe('2027-05-28');
    expect(rotation.newDeadlineEstimated).toBe(true);
    expect(rotation.oldSecretStopsOn).toBe('2026-12-06');
  });

  it('keeps the deadline the console showed', () => {
    const rotation = captured({ newDeadline: '2027-05-27' });
    expect(rotation.newDeadline).toBe('2027-05-27');
    expect(rotation.newDeadlineEstimated).toBe(false);
  });
});

describe('the happy path', () => {
  it('goes captured -> handed-off -> filled -> confirmed and stops holding the secret', () => {
    const handedOff = run(captured(), { type: 'hand-off', tabId: 7 });
    expect(handedOff).toMatchObject({ status: 'handed-off', tabId: 7 });
    const filled = run(handedOff, { type: 'filled' });
    expect(filled.status).toBe('filled');
    expect(holdsSecret(filled.status)).toBe(true);
    const done = run(filled, { type: 'saved' });
    expect(done).toMatchObject({ status: 'confirmed', completedAt: T0 + 1000, problem: null });
    expect(holdsSecret(done.status)).toBe(false);
  });
});

describe('setbacks the user can retry', () => {
  it('a refusal in VendorAuto keeps the secret and the reason, and allows another hand-off', () => {
    const failed = run(
      captured(),
      { type: 'hand-off', tabId: 7 },
      { type: 'failed', reason: 'No instance has that Client ID.' },
    );
    expect(failed).toMatchObject({ status: 'failed', problem: 'No instance has that Client ID.' });
    expect(holdsSecret(failed.status)).toBe(true);
    expect(run(failed, { type: 'hand-off', tabId: 9 })).toMatchObject({
      status: 'handed-off',
      tabId: 9,
      problem: null,
    });
  });

  it('a cancel in VendorAuto returns to captured with a note', () => {
    const back = run(
      captured(),
      { type: 'hand-off', tabId: 7 },
      { type: 'filled' },
      { type: 'cancelled' },
    );
    expect(back.status).toBe('captured');
    expect(back.tabId).toBeNull();
    expect(back.problem).toMatch(/cancelled/);
  });
});

describe('endings that wipe the secret', () => {
  it.each(['captured', 'handed-off', 'filled', 'failed'] as const)(
    '%s can expire and be discarded',
    (status) => {
      const rotation = { ...captured(), status };
      for (const type of ['expire', 'discard'] as const) {
        const result = transition(rotation, { type }, T0 + 1000);
        expect(result.ok).toBe(true);
        if (result.ok) expect(holdsSecret(result.rotation.status)).toBe(false);
      }
    },
  );

  it('after the time limit only expiry or discard are taken', () => {
    const late = T0 + TTL;
    expect(transition(captured(), { type: 'hand-off', tabId: 1 }, late)).toEqual({
      ok: false,
      reason: 'This hand-off has expired; the secret was wiped.',
    });
    const filled = run(captured(), { type: 'hand-off', tabId: 1 }, { type: 'filled' });
    expect(transition(filled, { type: 'saved' }, late).ok).toBe(false);
    expect(transition(filled, { type: 'expire' }, late)).toMatchObject({
      ok: true,
      rotation: { status: 'expired' },
    });
    expect(transition(filled, { type: 'discard' }, late)).toMatchObject({
      ok: true,
      rotation: { status: 'discarded' },
    });
  });
});

describe('refusals', () => {
  const refusals: [Rotation['status'], RotationEvent][] = [
    ['captured', { type: 'filled' }],
    ['captured', { type: 'saved' }],
    ['captured', { type: 'cancelled' }],
    ['captured', { type: 'failed', reason: 'x' }],
    ['failed', { type: 'saved' }],
    ['failed', { type: 'filled' }],
    ['confirmed', { type: 'hand-off', tabId: 1 }],
    ['confirmed', { type: 'expire' }],
    ['confirmed', { type: 'discard' }],
    ['expired', { type: 'hand-off', tabId: 1 }],
    ['expired', { type: 'saved' }],
    ['discarded', { type: 'hand-off', tabId: 1 }],
    ['discarded', { type: 'filled' }],
  ];
  it.each(refusals)('%s refuses %o', (status, event) => {
    const result = transition({ ...captured(), status }, event, T0 + 1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(status);
  });

  it('never mutates the rotation it was given', () => {
    const rotation = captured();
    const copy = structuredClone(rotation);
    transition(rotation, { type: 'hand-off', tabId: 3 }, T0 + 1);
    expect(rotation).toEqual(copy);
  });
});

describe('a live hand-off', () => {
  it('holds its secret and is within its time limit', () => {
    const rotation = captured();
    expect(isLive(rotation, T0)).toBe(true);
    expect(isLive(rotation, T0 + TTL)).toBe(false);
    expect(isLive({ ...rotation, status: 'confirmed' }, T0)).toBe(false);
  });
});
