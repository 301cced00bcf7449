/**
 * Real Chromium loads the managed_schema (an invalid one stops the extension loading) and
 * answers storage.managed through it. Headless Chromium here takes no machine policy, so the
 * locked display under a policy is tested with WXT's fake storage.managed
 * (tests/unit/Options.managed.test.tsx), not here.
 */
import { type ChromeGlobal, expect, test } from '../support/extension';

test('Chromium accepts the managed schema and, with no policy set, Settings shows nothing locked', async ({
  serviceWorker,
  context,
  extensionId,
}) => {
  const { schema, managed } = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal & {
      chrome: { storage: { managed: { get: () => Promise<Record<string, unknown>> } } };
    };
    const manifest = chrome.runtime.getManifest() as { storage?: { managed_schema?: string } };
    return {
      schema: manifest.storage?.managed_schema ?? null,
      managed: await chrome.storage.managed.get(),
    };
  });
  expect(schema).toBe('managed_schema.json');
  expect(managed).toEqual({});

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const autoConfirm = page.getByRole('checkbox', { name: /Click VendorAuto’s Confirm/ });
  await expect(autoConfirm).toBeEnabled();
  await expect(page.getByText('Set by your organisation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export history as CSV' })).toBeDisabled();
});
