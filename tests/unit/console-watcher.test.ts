/**
 * The console's capture logic against small hostile pages (happy-dom). The full fixtures run
 * in Chromium in tests/model and tests/e2e.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type WatcherEvent, watchRotation } from '../../utils/sites/amazon-console';

const ID = `amzn1.application-oa2-client.${'1'.repeat(32)}`;
const OTHER_ID = `amzn1.application-oa2-client.${'2'.repeat(32)}`;
const OLD = `amzn1.oa2-cs.v1.${'a'.repeat(64)}`;
const NEW = `amzn1.oa2-cs.v1.${'b'.repeat(64)}`;
const NEW_2 = `amzn1.oa2-cs.v1.${'c'.repeat(64)}`;

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function credentialsDialog(secretHtml: string, label = 'Rotate secret'): void {
  document.body.innerHTML = `
    <div role="dialog" id="credentials">
      <p>App ID: amzn1.sp.solution.8f0e2a8c-1d2b-4c5e-9f00-aa11bb22cc33</p>
      <label>Client identifier</label><input readonly value="${ID}">
      <div id="secret"><label>Client secret</label> ${secretHtml}</div>
      <button id="rotate">${label}</button>
    </div>`;
}

function openWarning(confirmLabel = 'Rotate secret', cancelLabel = 'Cancel'): void {
  const warning = document.createElement('div');
  warning.setAttribute('role', 'dialog');
  warning.innerHTML = `<p>You'll lose your current LWA client secret.</p><button id="cancel">${cancelLabel}</button><button id="confirm">${confirmLabel}</button>`;
  document.body.append(warning);
}

function setSecretShown(html: string): void {
  const slot = document.getElementById('secret');
  if (slot) slot.innerHTML = `<label>Client secret</label> ${html}`;
}

/** happy-dom's clicks are scripted (isTrusted false): these tests accept them unless told not to. */
function watch({ onlyTrusted = false, pollMs = 5 } = {}): WatcherEvent[] {
  const events: WatcherEvent[] = [];
  stop = watchRotation(document, {
    today: new Date('2026-11-29T12:00:00Z'),
    locale: 'en-US',
    pollMs,
    onEvent: (event) => events.push(event),
    ...(onlyTrusted ? {} : { acceptEvent: () => true }),
  });
  return events;
}

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
const click = (id: string) => document.getElementById(id)?.click();

describe('capturing the new secret', () => {
  it('captures the secret that appears after the confirm, with its Client ID', async () => {
    credentialsDialog('<span>••••••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    document.querySelectorAll('[role=dialog]')[1]?.remove();
    setSecretShown(`<span>${NEW}</span> <span>Rotate by May 28, 2027</span>`);
    await settle();
    expect(events.filter((e) => e.kind === 'captured')).toEqual([
      { kind: 'captured', clientId: ID, secret: NEW, app: null, newDeadline: '2027-05-28' },
    ]);
  });

  it('captures as soon as the new secret lands in the credentials panel, without waiting for a poll', async () => {
    credentialsDialog('<span>••••••••</span>');
    const events = watch({ pollMs: 60_000 });
    click('rotate');
    openWarning();
    click('confirm');
    document.querySelectorAll('[role=dialog]')[1]?.remove();
    await settle(5);
    expect(events.map((e) => e.kind)).not.toContain('captured');
    setSecretShown(`<span>${NEW}</span>`);
    await settle(5);
    expect(events.filter((e) => e.kind === 'captured')).toMatchObject([{ secret: NEW }]);
  });

  it('ignores clicks a page script makes: only a person’s Rotate and confirm lead to a capture', async () => {
    credentialsDialog('<span>••••••••</span>');
    const events = watch({ onlyTrusted: true });
    click('rotate');
    openWarning();
    click('confirm');
    setSecretShown(`<span>${NEW}</span>`);
    await settle();
    expect(events.map((e) => e.kind)).not.toContain('captured');
  });

  it('captures nothing when Amazon reports an error after the confirm, even once a secret is shown', async () => {
    credentialsDialog('<span>••••••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    document.querySelectorAll('[role=dialog]')[1]?.remove();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="alert">Something went wrong. Please try again.</div>',
    );
    await settle();
    setSecretShown(`<span>${OLD}</span>`);
    await settle();
    expect(events.map((e) => e.kind)).not.toContain('captured');
    expect(events.find((e) => e.kind === 'capture-problem')).toMatchObject({
      reason: expect.stringContaining('error'),
    });
  });

  it('never hands off the old secret, even when it stays on the page', async () => {
    credentialsDialog(`<span>${OLD}</span>`);
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    setSecretShown(`<span>${OLD}</span>`);
    await settle();
    expect(events.some((e) => e.kind === 'captured')).toBe(false);
    setSecretShown(`<span>${NEW}</span>`);
    await settle();
    const captured = events.filter((e) => e.kind === 'captured');
    expect(captured).toHaveLength(1);
    expect(captured[0]).toMatchObject({ secret: NEW });
  });

  it('captures nothing when the warning is cancelled, even if the old secret is then shown', async () => {
    credentialsDialog('<span>••••••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('cancel');
    setSecretShown(`<span>${OLD}</span>`);
    await settle();
    const kinds = events.map((e) => e.kind);
    expect(kinds).toContain('rotation-cancelled');
    expect(kinds).not.toContain('captured');
    expect(kinds).not.toContain('rotation-confirmed');
  });

  it('refuses when two different new secrets appear', async () => {
    credentialsDialog('<span>••••••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    setSecretShown(`<span>${NEW}</span><span>${NEW_2}</span>`);
    await settle();
    expect(events.some((e) => e.kind === 'captured')).toBe(false);
    expect(events.find((e) => e.kind === 'capture-problem')).toMatchObject({
      reason: expect.stringMatching(/Two different/),
    });
  });

  it('matches the confirm to its opener in any language', async () => {
    credentialsDialog('<span>••••</span>', 'シークレットを更新');
    const events = watch();
    click('rotate');
    openWarning('シークレットを更新', 'キャンセル');
    click('confirm');
    setSecretShown(`<span>${NEW}</span>`);
    await settle();
    expect(events.find((e) => e.kind === 'captured')).toMatchObject({ secret: NEW, clientId: ID });
  });

  it('does not take a secret shown next to another app’s Client ID', async () => {
    credentialsDialog('<span>••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    const elsewhere = document.createElement('section');
    elsewhere.innerHTML = `<p>${OTHER_ID}</p><p>${NEW}</p>`;
    document.body.append(elsewhere);
    await settle();
    expect(events.some((e) => e.kind === 'captured')).toBe(false);
  });

  it('accepts an unprefixed legacy secret only under a secret label', async () => {
    const legacy = 'd'.repeat(64);
    credentialsDialog('<span>••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    const slot = document.getElementById('secret');
    if (slot) slot.innerHTML = `<span>${legacy}</span>`;
    await settle();
    expect(events.some((e) => e.kind === 'captured')).toBe(false);
    setSecretShown(`<span>${legacy}</span>`);
    await settle();
    expect(events.find((e) => e.kind === 'captured')).toMatchObject({ secret: legacy });
  });

  it('does not treat Show on the old secret as a rotation', async () => {
    document.body.innerHTML = `<div role="dialog"><input readonly value="${ID}"><div id="secret">••••</div><button id="show">Show</button></div>`;
    const events = watch();
    click('show');
    setSecretShown(`<span>${OLD}</span>`);
    await settle();
    expect(events.some((e) => e.kind === 'captured')).toBe(false);
  });
});

describe('an inline warning (no dialog)', () => {
  function inlinePanel(): void {
    document.body.innerHTML = `
      <section id="panel">
        <p>Client ID <code>${ID}</code></p>
        <p>Client secret <span id="secret">••••</span></p>
        <button id="rotate">Rotate secret</button>
        <div id="inline-warning"></div>
      </section>
      <section id="other"><p>${OTHER_ID}</p><button id="other-rotate">Rotate secret</button></section>`;
  }
  function showInlineWarning(): void {
    const slot = document.getElementById('inline-warning');
    if (slot)
      slot.innerHTML = `<p>You'll lose your current secret.</p><button id="cancel">Cancel</button><button id="confirm">Rotate secret</button>`;
  }

  it('captures after the inline confirm', async () => {
    inlinePanel();
    const events = watch();
    click('rotate');
    showInlineWarning();
    click('confirm');
    setSecretShown(`<span>${NEW}</span>`);
    await settle();
    expect(events.find((e) => e.kind === 'captured')).toMatchObject({ clientId: ID, secret: NEW });
  });

  it('does not take another app’s Rotate secret for the confirm', async () => {
    inlinePanel();
    const events = watch();
    click('rotate');
    click('other-rotate');
    setSecretShown(`<span>${NEW}</span>`);
    await settle();
    expect(events.map((e) => e.kind)).not.toContain('rotation-confirmed');
    expect(events.map((e) => e.kind)).not.toContain('captured');
  });

  it('captures nothing after the inline Cancel', async () => {
    inlinePanel();
    const events = watch();
    click('rotate');
    showInlineWarning();
    click('cancel');
    setSecretShown(`<span>${OLD}</span>`);
    await settle();
    expect(events.map((e) => e.kind)).toContain('rotation-cancelled');
    expect(events.map((e) => e.kind)).not.toContain('captured');
  });
});

describe('values a person does not see', () => {
  it('ignores secrets inside scripts and reads one held by a Copy button', async () => {
    credentialsDialog('<span>••••</span>');
    const events = watch();
    click('rotate');
    openWarning();
    click('confirm');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({ secret: NEW_2 });
    document.body.append(data);
    setSecretShown(`<span>••••</span><button data-clipboard-text="${NEW}">Copy</button>`);
    await settle();
    expect(events.filter((e) => e.kind === 'captured')).toEqual([
      expect.objectContaining({ secret: NEW }),
    ]);
  });
});
