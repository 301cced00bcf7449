/**
 * Settings under a managed policy, in WXT's fake browser: the policy is seeded into its
 * storage.managed. No real browser policy is exercised here (see README "Deploy in a company").
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppHistory } from '../../components/AppHistory';
import { Options } from '../../components/Options';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/core/storage';

const COMPANY = 'https://vendorauto.acme-corp.example';
let requested: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  requested = [];
  Object.assign(fakeBrowser, {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => requested.includes(o)),
      ),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        requested.push(...origins);
        return true;
      }),
      onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
      onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
    },
  });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoConfirm: true });
});
afterEach(cleanup);

describe('Settings with a managed policy', () => {
  it('shows a managed value, locked, and leaves the rest to the user', async () => {
    await fakeBrowser.storage.managed.set({ autoConfirm: false, handoffMinutes: 20 });
    render(<Options />);
    const autoConfirm = screen.getByRole('checkbox', { name: /Click VendorAuto’s Confirm/ });
    await waitFor(() => expect((autoConfirm as HTMLInputElement).disabled).toBe(true));
    expect((autoConfirm as HTMLInputElement).checked).toBe(false); // the policy's false beats the user's true
    expect(autoConfirm.closest('label')?.textContent).toContain('Set by your organisation');
    const handoff = screen.getByRole('combobox', { name: /Wipe a captured secret/ });
    expect((handoff as HTMLInputElement).disabled).toBe(true);
    expect((handoff as HTMLSelectElement).value).toBe('20');
    const guides = screen.getByRole('checkbox', { name: /step-by-step guide/ });
    expect((guides as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(guides);
    await waitFor(async () => expect((await settingsItem.getValue()).guidesEnabled).toBe(false));
    // Saving another setting never writes the policy's values into the user's own.
    expect((await settingsItem.getValue()).autoConfirm).toBe(true);
  });

  it('is all the user’s own without a policy', async () => {
    render(<Options />);
    const autoConfirm = screen.getByRole('checkbox', { name: /Click VendorAuto’s Confirm/ });
    await waitFor(() => expect((autoConfirm as HTMLInputElement).checked).toBe(true));
    expect((autoConfirm as HTMLInputElement).disabled).toBe(false);
    expect(screen.queryByText('Set by your organisation')).toBeNull();
  });

  it('lists the company’s VendorAuto address and asks the user for access to it', async () => {
    await fakeBrowser.storage.managed.set({ vendorAutoAddresses: [COMPANY] });
    render(<Options />);
    const list = await screen.findByRole('list', { name: 'Addresses set by your organisation' });
    expect(list.textContent).toContain(COMPANY);
    expect(screen.queryByRole('button', { name: `Remove ${COMPANY}` })).toBeNull();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Allow access to vendorauto.acme-corp.example' }),
    );
    await waitFor(() => expect(requested).toEqual([`${COMPANY}/*`]));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Allow access/ })).toBeNull());
  });
});

describe('the popup’s history', () => {
  it('folds each app’s rotations under its name, with console, VendorAuto and outcome', () => {
    const base = {
      clientId: 'amzn1.application-oa2-client.a',
      appName: 'Inventory Sync',
      consoleOrigin: 'https://sellercentral.amazon.de',
      evidence: null,
      problem: null,
    };
    render(
      <AppHistory
        history={[
          { ...base, rotationId: 'r1', date: 1, vendorAutoOrigin: null, outcome: 'expired' },
          {
            ...base,
            rotationId: 'r2',
            date: 2,
            vendorAutoOrigin: 'https://app.vendorauto.com',
            outcome: 'confirmed',
            evidence: 'said',
          },
          {
            ...base,
            clientId: 'other',
            appName: 'Ads',
            rotationId: 'r3',
            date: 3,
            vendorAutoOrigin: null,
            outcome: 'discarded',
          },
        ]}
      />,
    );
    const inventory = screen.getByText('Inventory Sync').closest('details');
    expect(inventory?.textContent).toContain('2 rotations');
    const items = [...(inventory?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items[0]).toContain('Saved in VendorAuto');
    expect(items[0]).toContain('app.vendorauto.com');
    expect(items[1]).toContain('Wiped unused');
    expect(screen.getByText('Ads').closest('details')?.textContent).toContain('Discarded');
  });
});
