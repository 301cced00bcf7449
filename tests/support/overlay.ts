/**
 * What the extension's on-page overlay shows, read through the DevTools protocol (its shadow
 * root is closed, so neither the page nor Playwright's locators can see into it), and a click
 * where its ring is: what a person following the highlighted steps does.
 */
import { expect, type Page } from '@playwright/test';

type DomNode = {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  nodeValue?: string;
};

export type Box = { x: number; y: number; width: number; height: number };
export type OverlayState = {
  ring: Box | null;
  card: string;
  /** `armed` is false while a guarded button waits to be seen unobstructed (or stays off). */
  buttons: { label: string; box: Box; armed: boolean }[];
};

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const index = list.indexOf(name);
  return index >= 0 && index % 2 === 0 ? (list[index + 1] ?? '') : null;
};

export async function readOverlay(page: Page): Promise<OverlayState> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const host = [...walk(root)].find(
      (n) => n.nodeName === 'LWA-ROTATOR-OVERLAY' || attr(n, 'data-lwa-rotator-overlay') !== null,
    );
    if (!host) return { ring: null, card: '', buttons: [] };
    const nodes = [...walk(host)];
    const boxOf = async (node: DomNode): Promise<Box | null> => {
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
          model: { border: number[]; width: number; height: number };
        };
        const [x = 0, y = 0] = model.border;
        return model.width > 0 ? { x, y, width: model.width, height: model.height } : null;
      } catch {
        return null;
      }
    };
    const ringNode = nodes.find((n) => attr(n, 'class') === 'ring');
    const ring = ringNode && attr(ringNode, 'hidden') === null ? await boxOf(ringNode) : null;
    const slot = nodes.find((n) => attr(n, 'class') === 'slot');
    let card = '';
    if (slot) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: slot.nodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.innerText; }',
        returnByValue: true,
      })) as { result: { value: string } };
      card = result.value;
    }
    const buttons: OverlayState['buttons'] = [];
    for (const node of nodes.filter((n) => n.nodeName === 'BUTTON')) {
      const label = [...walk(node)]
        .map((n) => n.nodeValue ?? '')
        .join('')
        .trim();
      const box = await boxOf(node);
      if (box) buttons.push({ label, box, armed: attr(node, 'aria-disabled') !== 'true' });
    }
    return { ring, card, buttons };
  } finally {
    await cdp.detach();
  }
}

const center = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Waits for the guide to show `title` with a ring (somewhere else than `notAt`), and returns the ring. */
export async function waitForGuide(
  page: Page,
  title: string | RegExp,
  { notAt }: { notAt?: Box } = {},
): Promise<Box> {
  let ring: Box | null = null;
  await expect
    .poll(
      async () => {
        const state = await readOverlay(page);
        ring = state.ring;
        const moved =
          !notAt || !ring || Math.abs(ring.x - notAt.x) + Math.abs(ring.y - notAt.y) > 4;
        return (
          (typeof title === 'string' ? state.card.includes(title) : title.test(state.card)) &&
          ring !== null &&
          moved
        );
      },
      { message: `the guide shows "${title}" with a highlighted element`, timeout: 10_000 },
    )
    .toBe(true);
  // Let a smooth scroll settle, then read the ring where it is now.
  await page.waitForTimeout(400);
  return (await readOverlay(page)).ring ?? (ring as unknown as Box);
}

/** Waits for the guide to show `title` with a ring, then clicks in the middle of the ring. */
export async function clickHighlighted(
  page: Page,
  title: string | RegExp,
  options: { notAt?: Box } = {},
): Promise<Box> {
  const settled = await waitForGuide(page, title, options);
  const { x, y } = center(settled);
  await page.mouse.click(x, y);
  return settled;
}

export async function clickCardButton(page: Page, label: string): Promise<void> {
  let target: Box | null = null;
  await expect
    .poll(async () => {
      // A person reads the card before clicking: wait until its button is armed.
      const button = (await readOverlay(page)).buttons.find((b) => b.label === label);
      target = button?.armed ? button.box : null;
      return target !== null;
    })
    .toBe(true);
  const { x, y } = center(target as unknown as Box);
  await page.mouse.click(x, y);
}

export async function cardText(page: Page): Promise<string> {
  return (await readOverlay(page)).card;
}
