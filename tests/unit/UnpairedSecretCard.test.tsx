import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnpairedSecretCard } from '../../components/UnpairedSecretCard';
import type { ListedApp } from '../../utils/popup/state';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 29, 12);
const ID_A = `amzn1.application-oa2-client.${'a1'.repeat(16)}`;
const ID_B = `amzn1.application-oa2-client.${'b2'.repeat(16)}`;
const unpaired = {
  maskedSecret: 'amzn1.oa2-cs.v1.••••77ee',
  consoleOrigin: 'https://sellercentral.amazon.de',
  expiresAt: NOW + 10 * 60_000,
};

function app(name: string, clientId: string | null): ListedApp {
  return {
    name,
    appId: null,
    clientId,
    alert: true,
    deadline: null,
    consoleOrigin: 'https://sellercentral.amazon.de',
    seenAt: NOW,
    rotatedAt: null,
    daysLeft: 5,
  };
}

describe('choosing the app of a selected secret', () => {
  it('offers the apps whose Client ID is known and pairs the chosen one', async () => {
    const pair = vi.fn(async () => null);
    render(
      <UnpairedSecretCard
        unpaired={unpaired}
        apps={[app('Lager', ID_A), app('Rechnung', ID_B), app('Unknown', null)]}
        now={NOW}
        pair={pair}
        discard={vi.fn()}
      />,
    );
    expect(screen.getByText(/Seller Central \(amazon\.de\)/)).toBeTruthy();
    expect(screen.getByText('amzn1.oa2-cs.v1.••••77ee')).toBeTruthy();
    const select = screen.getByRole('combobox', { name: 'App' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([ID_A, ID_B]);
    fireEvent.change(select, { target: { value: ID_B } });
    fireEvent.click(screen.getByRole('button', { name: 'Use for this app' }));
    await waitFor(() => expect(pair).toHaveBeenCalledWith(ID_B));
  });

  it('takes a pasted Client ID, and refuses one that is not', async () => {
    const pair = vi.fn(async () => null);
    render(
      <UnpairedSecretCard unpaired={unpaired} apps={[]} now={NOW} pair={pair} discard={vi.fn()} />,
    );
    const input = screen.getByRole('textbox', { name: /Paste its Client ID/ });
    fireEvent.input(input, {
      target: { value: 'amzn1.sp.solution.8f0e2a8c-1d2b-4c5e-9f00-aa11bb22cc33' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use for this app' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /Choose an app, or paste its Client ID/,
      ),
    );
    expect(pair).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: ` ${ID_A} ` } });
    fireEvent.click(screen.getByRole('button', { name: 'Use for this app' }));
    await waitFor(() => expect(pair).toHaveBeenCalledWith(ID_A));
  });
});
