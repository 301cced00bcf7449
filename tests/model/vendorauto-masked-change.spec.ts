/**
 * A form that names its secret only by the placeholder of the field "Change" opens: before that,
 * the secret is a row of dots. The one masked value's Change is the way in; with two masked
 * values (two credentials) neither is guessed.
 */
import { expect, test } from '../support/model';
import { URLS } from '../support/sites';

test('the one masked value’s Change opens the secret field; two masked values are not guessed', async ({
  openModelSite,
}) => {
  const page = await openModelSite(URLS.vendorAutoInstances, 'vendorauto/masked-change.html');
  const formOf = (clientId: string) =>
    page.evaluate((clientId) => {
      const form = window.__model.vendorAuto.findEditForm(clientId, null);
      return form
        ? {
            pencil: form.secretPencil?.id ?? form.secretPencil?.textContent ?? null,
            field: form.secretField?.id ?? null,
          }
        : null;
    }, clientId);
  expect(await formOf('amzn1.application-oa2-client.9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b')).toEqual({
    pencil: 'change',
    field: null,
  });
  expect(await formOf('amzn1.application-oa2-client.1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d')).toBeNull();
  await page.click('#change');
  expect(await formOf('amzn1.application-oa2-client.9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b')).toEqual({
    pencil: null,
    field: 'secret',
  });
});
