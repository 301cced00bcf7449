/**
 * "Are you sure?" as a popconfirm (AntD, Element Plus, MUI poppers render it as a tooltip that
 * holds buttons): once it shows, the confirm to click is its OK, not the form's Save again; a
 * tooltip that only names something is no step.
 */
import { expect, test } from '../support/model';
import { URLS } from '../support/sites';

test('the popconfirm’s OK is the confirm to click once it shows; a plain tooltip is no step', async ({
  openModelSite,
}) => {
  const page = await openModelSite(URLS.vendorAutoInstances, 'vendorauto/popconfirm.html');
  const current = () =>
    page.evaluate(() => {
      const form = document.querySelector('form') as Element;
      return {
        confirm: window.__model.vendorAuto.findCurrentConfirm(form)?.id ?? null,
        steps: window.__model.vendorAuto.openDialogs().length,
      };
    });
  expect(await current()).toEqual({ confirm: 'save', steps: 0 });
  await page.click('#save');
  expect(await current()).toEqual({ confirm: 'ok', steps: 1 });
});
