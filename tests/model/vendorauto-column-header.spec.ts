/**
 * An inline row edit whose only "Client Secret" label is the column header above the cells: the
 * model opens the row, then the secret's own pencil under that header, and fills the field under
 * it, never the one under "Name". In a <table> and in an ARIA grid whose header sits apart.
 */
import { expect, test } from '../support/model';
import { URLS } from '../support/sites';

const FIXTURE = 'vendorauto/instances-inline-row.html';
const NEW_SECRET = `amzn1.oa2-cs.v1.${'3d'.repeat(32)}`;
const TARGET = 'amzn1.application-oa2-client.9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b';

declare global {
  interface Window {
    __inlineRow: { saved: { id: string; name: string; secret: string }[] };
  }
}

for (const grid of ['table', 'aria']) {
  test(`${grid}: the field under the "Client Secret" column header is the one filled`, async ({
    openModelSite,
  }) => {
    const page = await openModelSite(`${URLS.vendorAutoInstances}?grid=${grid}`, FIXTURE);
    await expect(page.getByText('Northwind EU')).toBeVisible();
    const opened = await page.evaluate(
      async ({ clientId, secret }) => {
        const result = await window.__model.vendorAuto.openSecretField(clientId);
        if (!result.ok) return { ok: false, message: result.message };
        const field = result.form.secretField as HTMLInputElement;
        const nameField = document.querySelector('input[type="text"]');
        return {
          ok: window.__model.fillField(field, secret) as boolean,
          type: field.type,
          nameIsSecret: nameField ? window.__model.vendorAuto.isSecretField(nameField) : null,
        };
      },
      { clientId: TARGET, secret: NEW_SECRET },
    );
    expect(opened).toEqual({ ok: true, type: 'password', nameIsSecret: false });
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.evaluate(() => window.__inlineRow.saved)).toEqual([
      { id: 'ins_3002', name: 'Northwind EU', secret: NEW_SECRET },
    ]);
  });
}
