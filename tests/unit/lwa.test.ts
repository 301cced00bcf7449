import { describe, expect, it } from 'vitest';
import {
  explainSecretProblem,
  findClientIds,
  findSecrets,
  fingerprint,
  isSecret,
  maskSecret,
  shortClientId,
} from '../../utils/core/lwa';

const ID = `amzn1.application-oa2-client.${'0123456789abcdef'.repeat(2)}`;
const SECRET = `amzn1.oa2-cs.v1.${'fedcba9876543210'.repeat(4)}`;
const LEGACY = 'a1'.repeat(32);

describe('finding Client IDs', () => {
  it('finds the ID in text and nothing that only looks like it', () => {
    const text = `App amzn1.sp.solution.8f0e2a8c-1d2b-4c5e-9f00-aa11bb22cc33 (${ID}) token Atzr|IwEBIabc amzn.mws.4ea38b7b-f563-7709-4bae-87aea15c1d2b`;
    expect(findClientIds(text)).toEqual([ID]);
  });

  it.each([
    ['truncated', ID.slice(0, -1)],
    ['padded', `${ID}0`],
    ['upper-case', ID.toUpperCase()],
    ['inside a longer token', `x${ID}`],
  ])('refuses a %s value', (_case, value) => expect(findClientIds(value)).toEqual([]));
});

describe('finding secrets', () => {
  it('accepts the current format anywhere and the legacy one only where labelled', () => {
    expect(findSecrets(`secret: ${SECRET}`)).toEqual([SECRET]);
    expect(findSecrets(LEGACY)).toEqual([]);
    expect(findSecrets(LEGACY, { labelledAsSecret: true })).toEqual([LEGACY]);
    expect(isSecret(LEGACY)).toBe(false);
    expect(isSecret(LEGACY, { labelledAsSecret: true })).toBe(true);
  });

  it.each([
    ['truncated', SECRET.slice(0, -1)],
    ['padded', `${SECRET}a`],
    ['prefixed twice', `amzn1.oa2-cs.v1.${SECRET}`],
  ])('refuses a %s secret', (_case, value) =>
    expect(findSecrets(value, { labelledAsSecret: true })).toEqual([]),
  );

  it('does not read the hex of a prefixed secret as a legacy secret', () => {
    expect(findSecrets(SECRET, { labelledAsSecret: true })).toEqual([SECRET]);
  });
});

describe('what the user sees of values', () => {
  it('masks a secret to its prefix and last four characters', () => {
    expect(maskSecret(SECRET)).toBe('amzn1.oa2-cs.v1.••••3210');
    expect(maskSecret(LEGACY)).toBe('••••a1a1');
  });

  it('shortens a Client ID keeping both ends', () => {
    expect(shortClientId(ID)).toBe('amzn1.application-oa2-client.0123…cdef');
  });

  it('explains why a value is not a secret', () => {
    expect(explainSecretProblem(SECRET)).toBeNull();
    expect(explainSecretProblem(`  ${SECRET}\n`)).toBeNull();
    expect(explainSecretProblem(ID)).toMatch(/Client ID/);
    expect(explainSecretProblem('Atzr|IwEBIabc')).toMatch(/token/);
    expect(explainSecretProblem(SECRET.slice(0, 40))).toMatch(/incomplete/);
    expect(explainSecretProblem('••••••••')).toMatch(/Show/);
    expect(explainSecretProblem('')).toMatch(/Nothing/);
  });
});

describe('fingerprints', () => {
  it('tell values apart without containing them', () => {
    const a = fingerprint(SECRET);
    expect(a).toBe(fingerprint(SECRET));
    expect(a).not.toBe(fingerprint(`${SECRET.slice(0, -1)}1`));
    expect(a).not.toContain(SECRET.slice(-8));
    expect(a.length).toBeLessThan(16);
  });
});
