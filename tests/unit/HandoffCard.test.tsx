import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoffCard } from '../../components/HandoffCard';
import { startRotation } from '../../utils/core/rotation';
import type { WaitingHandoff } from '../../utils/popup/state';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const ID = `amzn1.application-oa2-client.${'ab'.repeat(16)}`;

function handoff(overrides: Partial<WaitingHandoff> = {}): WaitingHandoff {
  return {
    ...startRotation({
      id: 'r1',
      clientId: ID,
      appName: 'Northwind Inventory Sync',
      appId: null,
      consoleOrigin: 'https://sellercentral.amazon.com',
      newDeadline: null,
      now: NOW - 3 * 60_000,
      ttlMs: 15 * 60_000,
    }),
    maskedSecret: 'amzn1.oa2-cs.v1.••••1a2b',
    ...overrides,
  };
}

afterEach(cleanup);

const [EU_TAB, US_TAB] = [
  {
    id: 11,
    title: 'VendorAuto — Instances (EU)',
    url: 'https://app.vendorauto.com/instances',
    origin: 'https://app.vendorauto.com',
    active: false,
  },
  {
    id: 12,
    title: 'VendorAuto — Instances (US)',
    url: 'https://app.vendorauto.com/instances?us',
    origin: 'https://app.vendorauto.com',
    active: false,
  },
];
const tabs = [EU_TAB, US_TAB];
const HELP_TAB = {
  id: 13,
  title: 'VendorAuto — Instances',
  url: 'https://help.vendorauto.com/instances',
  origin: 'https://help.vendorauto.com',
  active: true,
};
const TRUSTED = ['https://app.vendorauto.com'];
const noop = () => ({ trust: vi.fn(async () => null), openVendorAuto: vi.fn(), discard: vi.fn() });

describe('a waiting hand-off in the popup', () => {
  it('shows the app, the full Client ID, the masked secret and the countdown', () => {
    render(
      <HandoffCard
        handoff={handoff()}
        tabs={[EU_TAB]}
        actions={{ ...noop(), fill: vi.fn() }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Northwind Inventory Sync' })).toBeTruthy();
    expect(screen.getByTestId('client-id').textContent).toBe(ID);
    expect(screen.getByTestId('masked-secret').textContent).toBe('amzn1.oa2-cs.v1.••••1a2b');
    expect(screen.getByText(/Captured 3 min ago · wiped in 12 min/)).toBeTruthy();
  });

  it('asks which VendorAuto tab when there are several, and fills only the chosen one', async () => {
    const fill = vi.fn(async () => null);
    render(
      <HandoffCard
        handoff={handoff()}
        tabs={tabs}
        actions={{ ...noop(), fill }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    const button = screen.getByRole('button', { name: 'Fill in VendorAuto' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: /VendorAuto tab/ }), {
      target: { value: '12' },
    });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await waitFor(() => expect(fill).toHaveBeenCalledWith('r1', 12));
  });

  it('says what to do when no VendorAuto tab is open, and shows a refusal as an alert', async () => {
    const fill = vi.fn(
      async () =>
        'No instance on this page has the Client ID amzn1.application-oa2-client.abab…abab.',
    );
    const { rerender } = render(
      <HandoffCard
        handoff={handoff()}
        tabs={[]}
        actions={{ ...noop(), fill }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    // With no VendorAuto tab open, the extension opens the user's trusted VendorAuto itself.
    expect(screen.getByText(/opens your VendorAuto and fills the new secret/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Fill in VendorAuto' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    rerender(
      <HandoffCard
        handoff={handoff()}
        tabs={[EU_TAB]}
        actions={{ ...noop(), fill }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fill in VendorAuto' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/No instance on this page/),
    );
  });

  it('discards on request', () => {
    const discard = vi.fn();
    render(
      <HandoffCard
        handoff={handoff()}
        tabs={[]}
        actions={{ ...noop(), fill: vi.fn(), discard }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(discard).toHaveBeenCalledWith('r1');
  });

  it('names each tab by its address, and never picks one when the tabs are on different addresses', () => {
    render(
      <HandoffCard
        handoff={handoff()}
        tabs={[EU_TAB, HELP_TAB]}
        actions={{ ...noop(), fill: vi.fn() }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toContain('app.vendorauto.com — VendorAuto — Instances (EU)');
    expect(options).toContain('help.vendorauto.com — VendorAuto — Instances');
    expect(
      (screen.getByRole('button', { name: 'Fill in VendorAuto' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('asks the user to trust an address before anything can be filled there', async () => {
    const fill = vi.fn(async () => null);
    const trust = vi.fn(async () => null);
    const { rerender } = render(
      <HandoffCard
        handoff={handoff()}
        tabs={[HELP_TAB]}
        actions={{ ...noop(), fill, trust }}
        trustedOrigins={TRUSTED}
        now={NOW}
      />,
    );
    expect(screen.getByText('https://help.vendorauto.com')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Fill in VendorAuto' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Trust help.vendorauto.com' }));
    await waitFor(() => expect(trust).toHaveBeenCalledWith('https://help.vendorauto.com'));
    rerender(
      <HandoffCard
        handoff={handoff()}
        tabs={[HELP_TAB]}
        actions={{ ...noop(), fill, trust }}
        trustedOrigins={[...TRUSTED, HELP_TAB.origin]}
        now={NOW}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Trust/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fill in VendorAuto' }));
    await waitFor(() => expect(fill).toHaveBeenCalledWith('r1', 13));
  });
});
