/** The outline's redaction rules, one by one, on happy-dom; the re-hydrator's fakes and its escaping of hostile outlines. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../utils/content/outline/build';
import { fakeValueOf, hydrateOutline } from '../../utils/content/outline/hydrate';
import { newShapeContext, shapeText } from '../../utils/content/outline/shapes';
import { findLeaks } from '../../utils/core/outline-leaks';
import type { OutlineElement, PageOutline } from '../../utils/core/outline-types';

const CLIENT_ID = `amzn1.application-oa2-client.${'3f2a1ef56a531e7fd9946fc1ce1a9c1d'}`;
const SECRET = `amzn1.oa2-cs.v1.${'ab12'.repeat(16)}`;
const APP_ID = 'amzn1.sp.solution.3a9e1c2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d';

const shape = (text: string) =>
  shapeText(
    text,
    newShapeContext(() => 'soon'),
  );

function outlineOf(html: string, options = {}): PageOutline {
  document.body.innerHTML = html;
  return buildOutline(document, options);
}

const first = (outline: PageOutline) => outline.root.children?.[0] as OutlineElement;

describe('texts become shapes', () => {
  it('replaces every value format by its shape', () => {
    expect(shape(`Client ID ${CLIENT_ID}`)).toBe('Client ID <client-id#1>');
    expect(shape(SECRET)).toBe('<secret#1>');
    expect(shape('ab12'.repeat(16))).toBe('<secret:hex#1>');
    expect(shape(APP_ID)).toBe('<app-id:sp.solution#1>');
    expect(shape('jane.doe@example.org')).toBe('<email>');
    expect(shape('deadbeef01234567')).toBe('<hex:16>');
    expect(shape('Rotate by Dec 19, 2026 (expires in 20 days)')).toBe(
      'Rotate by <date:Mon DD, YYYY:soon> (expires in <number:2> days)',
    );
    expect(shape('19.12.2026')).toBe('<date:DD.DD.YYYY:soon>');
  });

  it('keeps vocabulary words and merges every other run of words into one <text:N>', () => {
    expect(shape('Northwind Order Router')).toBe('<text:22>');
    expect(shape('Geheimnis rotieren')).toBe('Geheimnis rotieren');
    expect(shape('シークレットをローテーション')).toBe('シークレット<text:1>ローテーション');
    expect(shape('LWA認証情報')).toBe('LWA認証情報');
    expect(shape('さくら在庫同期')).toBe('<text:7>');
  });

  it('gives one value one index, and a shortened ID the index of the full ID it fits', () => {
    const context = newShapeContext(() => 'soon', CLIENT_ID);
    expect(shapeText('amzn1.application-oa2-client.3f2a…9c1d', context)).toBe('<client-id:4…4#1>');
    expect(shapeText(`${CLIENT_ID.replace('3f2a', '0000')} ${CLIENT_ID}`, context)).toBe(
      '<client-id#2> <client-id#1>',
    );
  });
});

describe('buildOutline', () => {
  it('keeps structure, ARIA enums, input types and kit classes; shapes ids, classes and values', () => {
    const outline = outlineOf(
      `<div role="dialog" aria-modal="true" aria-labelledby="t1" class="ltr-1upyiy5 el-table__fixed-right sellerfoo">
        <h2 id="t1">Northwind Order Router</h2>
        <input type="password" readonly value="${SECRET}" data-client-id="${CLIENT_ID}">
        <button data-icon="pencil" data-testid="row-4711-edit" aria-label="Edit">x</button>
      </div>`,
    );
    const dialog = first(outline);
    expect(dialog.attrs).toEqual({
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': '<id#1>',
      class: 'ltr-<hash> el-table__fixed-right <class>',
    });
    const [title, input, button] = dialog.children as OutlineElement[];
    expect(title).toMatchObject({ tag: 'h2', attrs: { id: '<id#1>' }, children: ['<text:22>'] });
    expect(input?.attrs).toMatchObject({
      type: 'password',
      value: '<secret#1>',
      'data-client-id': '<client-id#1>',
    });
    expect(input?.value).toBe('<secret#1>');
    expect(button?.attrs).toEqual({
      'data-icon': 'pencil',
      'data-testid': '<value>',
      'aria-label': 'Edit',
    });
    expect(findLeaks(JSON.stringify(outline), ['Northwind', '4711'])).toEqual([]);
  });

  it('walks open shadow roots, marks custom elements that may hide a closed one, and the expected element', () => {
    document.body.innerHTML =
      '<kat-button label="Rotate secret"></kat-button><va-thing></va-thing>';
    const host = document.querySelector('kat-button') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button>Rotate secret</button>';
    const outline = buildOutline(document, { expected: host });
    const [katButton, unknown] = outline.root.children as OutlineElement[];
    expect(katButton).toMatchObject({
      shadow: 'open',
      expected: true,
      shadowChildren: [{ tag: 'button', children: ['Rotate secret'] }],
    });
    expect(unknown?.shadow).toBe('closed?');
  });

  it('collapses a long run of look-alike rows into "row ×N", and caps its size', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<tr><td>App ${'x'.repeat(1 + (i % 7))}</td></tr>`,
    );
    const outline = outlineOf(`<table><tbody>${rows.join('')}</tbody></table>`);
    const tbody = (first(outline).children as OutlineElement[])[0] as OutlineElement;
    expect(tbody.children).toHaveLength(4);
    const standIn = tbody.children?.[3] as OutlineElement | undefined;
    expect(standIn?.repeat).toBe(47);
    const capped = outlineOf(`<table><tbody>${rows.join('')}</tbody></table>`, { maxElements: 10 });
    expect(capped.truncated).toBe(true);
    expect(capped.elements).toBeLessThanOrEqual(11);
  });
});

describe('hydrateOutline', () => {
  it('writes format-valid fakes, the same fake for the same index', () => {
    const id = fakeValueOf('<client-id#1>');
    expect(id).toMatch(/^amzn1\.application-oa2-client\.[0-9a-f]{32}$/);
    expect(fakeValueOf('<client-id#1> <client-id:4…4#1>')).toBe(
      `${id} amzn1.application-oa2-client.${id.slice(29, 33)}…${id.slice(-4)}`,
    );
    expect(fakeValueOf('<secret#2>')).toMatch(/^amzn1\.oa2-cs\.v1\.[0-9a-f]{64}$/);
    expect(fakeValueOf('<date:DD.DD.YYYY:past>', { today: new Date(2026, 0, 20) }, 'de')).toBe(
      '10.01.2026',
    );
    expect(fakeValueOf('<date:DD/DD/YYYY:later>', { today: new Date(2026, 0, 20) }, 'en-US')).toBe(
      '06/19/2026',
    );
  });

  it('rebuilds open shadow roots and expands repeats; a hostile outline cannot inject markup', () => {
    const outline: PageOutline = {
      outline: 1,
      site: 'unknown',
      lang: 'en"><script>',
      path: '/',
      elements: 3,
      truncated: false,
      root: {
        tag: 'body',
        children: [
          {
            tag: 'kat-button',
            shadow: 'open',
            shadowChildren: [{ tag: 'button', children: ['Save'] }],
          },
          { tag: 'li', repeat: 3, children: ['<client-id#1>'] },
          { tag: 'img onerror=alert(1)', attrs: { onclick: 'x', 'a"b': 'y', title: '"><script>' } },
          '</div><script>alert(1)</script>',
        ],
      },
    };
    const html = hydrateOutline(outline);
    expect(html).toContain(
      '<kat-button><template shadowrootmode="open"><button>Save</button></template></kat-button>',
    );
    expect(html.match(/<li>amzn1\.application-oa2-client\.[0-9a-f]{32}<\/li>/g)).toHaveLength(3);
    expect(new Set(html.match(/oa2-client\.[0-9a-f]{32}/g)).size).toBe(3);
    expect(html).not.toMatch(/<script|onclick|onerror|a"b/);
    expect(html).toContain('<html lang="en">');
  });
});
