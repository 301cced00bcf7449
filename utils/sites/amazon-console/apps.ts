/**
 * The Developer Console's list of apps and its expiry alerts: which app, which console,
 * how many days are left. Reads structure and values, then words (any UI language).
 */

import { i18n } from '#i18n';
import {
  composedContains,
  composedParent,
  deepElements,
  deepText,
  isSeen,
  ownStrings,
} from '../../content/dom/deep';
import type { ConsoleApp } from '../../core/console-app';
import { type DeadlineReading, parseDeadline } from '../../core/deadline';
import { AMAZON_WARNING_DAYS, findClientIds, hasSecretContent, scrubSecrets } from '../../core/lwa';
import {
  cellsOf,
  isControl,
  isDisabledControl,
  isHeaderCell,
  isRow,
  labelMatches,
} from './structure';
import { ADD_APP_CLIENT_WORDS, APP_ID_IN_TEXT, LWA_WORD, WARNING_ICON_WORDS } from './vocabulary';

export type { ConsoleApp };

export type AddAppClientState = 'enabled' | 'disabled' | 'absent';

export type ConsolePage = {
  /** 'apps' when an apps table was read; 'unrecognised' when no app rows could be found. */
  layout: 'apps' | 'unrecognised';
  apps: ConsoleApp[];
  banner: { text: string; deadline: DeadlineReading | null } | null;
  addAppClient: AddAppClientState;
};

export type ReadOptions = { today: Date; locale: string };

export function readConsolePage(root: ParentNode, options: ReadOptions): ConsolePage {
  const apps = readAppEntries(root, options).map((entry) => entry.app);
  return {
    layout: apps.length > 0 ? 'apps' : 'unrecognised',
    apps,
    banner: readExpiryBanner(root, options),
    addAppClient: readAddAppClient(root),
  };
}

/** An app as shown, with the element that shows it and the control that opens its credentials. */
export type AppEntry = { app: ConsoleApp; item: Element; view: Element | null };

/**
 * Every app the user can see: rows of a table or grid first; where there are none, the cards or
 * list items that each show one App ID (found by value, not by markup).
 */
export function readAppEntries(root: ParentNode, options: ReadOptions): AppEntry[] {
  const rows: Element[] = [];
  const headerCells: Element[][] = [];
  const appIdHolders: Element[] = [];
  for (const element of deepElements(root)) {
    if (isRow(element)) {
      const cells = cellsOf(element);
      if (cells.length > 0 && cells.every(isHeaderCell)) headerCells.push(cells);
      else rows.push(element);
    } else if (showsAppId(element)) appIdHolders.push(element);
  }
  const lwaColumn = findLwaColumn(headerCells);
  const fromRows: AppEntry[] = [];
  for (const row of rows) {
    if (!isSeen(row)) continue;
    const app = remembered(row, `${lwaColumn}`, options, () => readAppRow(row, lwaColumn, options));
    if (!app) continue;
    const cell = lwaCellOf(cellsOf(row), lwaColumn);
    fromRows.push({ app, item: row, view: cell ? firstControl(cell) : null });
  }
  if (fromRows.length > 0) return fromRows;
  return readAppItems(appIdHolders, options);
}

/**
 * The app last read from an element, while the element's markup is unchanged: a page of 1,000
 * apps is re-read after every re-render, and parsing each app's deadline again is most of the
 * cost. Keyed by a hash of the markup, never the markup itself (it may hold a secret).
 */
const readings = new WeakMap<Element, { key: string; app: ConsoleApp | null }>();

function remembered(
  element: Element,
  context: string,
  options: ReadOptions,
  read: () => ConsoleApp | null,
): ConsoleApp | null {
  const key = `${context}|${options.locale}|${options.today.toDateString()}|${hash(element.outerHTML)}`;
  const known = readings.get(element);
  if (known?.key === key) return known.app;
  const app = read();
  readings.set(element, { key, app });
  return app;
}

/** FNV-1a, 32 bits: enough to notice a change, useless for recovering the text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + text.length.toString(36);
}

function showsAppId(element: Element): boolean {
  for (const text of ownStrings(element, ['value', 'text', 'label', 'content'], 30))
    if (APP_ID_IN_TEXT.test(text)) return true;
  return false;
}

/**
 * Apps shown as cards or list items: each App ID's item is its smallest ancestor that holds a
 * control (the one that opens the credentials) and no other App ID.
 */
function readAppItems(holders: Element[], options: ReadOptions): AppEntry[] {
  // How many App IDs each ancestor holds, counted once per holder (cheap on 1,000 cards).
  const held = new Map<Element, number>();
  for (const holder of holders) {
    for (let up = composedParent(holder); up; up = composedParent(up))
      held.set(up, (held.get(up) ?? 0) + 1);
  }
  const entries: AppEntry[] = [];
  const taken = new Set<Element>();
  for (const holder of holders) {
    // The smallest ancestor that also holds a control: the card, not the page around one card.
    let item: Element | null = null;
    for (let up = composedParent(holder); up && (held.get(up) ?? 0) <= 1; up = composedParent(up)) {
      if (up === holder.ownerDocument.body) break;
      if (firstControl(up)) {
        item = up;
        break;
      }
    }
    if (!item || taken.has(item) || !isSeen(item)) continue;
    taken.add(item);
    const found = item;
    const app = remembered(found, 'item', options, () => readAppItem(found, options)?.app ?? null);
    if (app) entries.push({ app, item: found, view: firstControl(found) });
  }
  return entries;
}

function readAppItem(item: Element, options: ReadOptions): AppEntry | null {
  const text = deepText(item);
  const appId = text.match(APP_ID_IN_TEXT)?.[0] ?? null;
  const view = firstControl(item);
  if (!appId || !view) return null;
  const deadline = parseDeadline([text, describedText(item)].join(' '), options);
  const alert =
    hasWarningIcon(item) ||
    deadline?.expired === true ||
    (deadline?.daysLeft !== undefined && deadline.daysLeft <= AMAZON_WARNING_DAYS[0]);
  const clientIds = findClientIds(text);
  return {
    app: {
      name: scrubSecrets(itemName(item, appId)) || appId,
      appId,
      clientId: clientIds.length === 1 ? (clientIds[0] ?? null) : null,
      alert,
      deadline,
    },
    item,
    view,
  };
}

/** A card's name: its label, its heading, or its first line of text without the App ID. */
function itemName(item: Element, appId: string): string {
  const label = item.getAttribute('aria-label')?.trim();
  if (label) return label.slice(0, 120);
  for (const element of deepElements(item)) {
    if (/^H[1-6]$/.test(element.tagName) || element.getAttribute('role') === 'heading') {
      const heading = deepText(element).replace(appId, '').trim();
      if (heading) return heading.slice(0, 120);
    }
  }
  return (
    deepText(item)
      .replace(appId, '')
      .trim()
      .split(/\s{2,}|\n/)[0]
      ?.slice(0, 120) ?? ''
  );
}

function firstControl(scope: Element): Element | null {
  for (const element of deepElements(scope)) {
    if (!isControl(element)) continue;
    // A Katal host and its inner <button> are one control: the host carries the label.
    const root = element.getRootNode();
    if (root instanceof ShadowRoot && isControl(root.host)) continue;
    return element;
  }
  return null;
}

function findLwaColumn(headerRows: Element[][]): number | null {
  for (const cells of headerRows) {
    const index = cells.findIndex((cell) => LWA_WORD.test(deepText(cell)));
    if (index >= 0) return index;
  }
  return null;
}

/** The app whose row holds `element` (a View link, say), if any. */
export function appAt(element: Element, options: ReadOptions): ConsoleApp | null {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (isRow(current))
      return readAppRow(current, findLwaColumn(headerRowsIn(element.ownerDocument)), options);
  }
  // Cards and list items: the app whose item holds the element.
  const entry = readAppEntries(element.ownerDocument, options).find((candidate) =>
    composedContains(candidate.item, element),
  );
  return entry?.app ?? null;
}

function headerRowsIn(root: ParentNode): Element[][] {
  const headerRows: Element[][] = [];
  for (const element of deepElements(root)) {
    if (!isRow(element)) continue;
    const cells = cellsOf(element);
    if (cells.length > 0 && cells.every(isHeaderCell)) headerRows.push(cells);
  }
  return headerRows;
}

/** A row is an app when it carries an App ID, or a control in the LWA credentials column. */
function readAppRow(
  row: Element,
  lwaColumn: number | null,
  options: ReadOptions,
): ConsoleApp | null {
  const cells = cellsOf(row);
  const rowText = deepText(row);
  const appId = rowText.match(APP_ID_IN_TEXT)?.[0] ?? null;
  const lwaCell = lwaCellOf(cells, lwaColumn);
  if (!appId && !(lwaColumn !== null && lwaCell && hasControl(lwaCell))) return null;
  // An inline credentials panel can be laid out as a row: with no App ID, a row that shows a
  // Client ID or a secret (or says "secret") is the panel, not an app.
  if (!appId && (findClientIds(rowText).length > 0 || hasSecretContent(rowText))) return null;

  const alertScope = lwaCell ?? row;
  const alertText = [deepText(alertScope), describedText(alertScope)].join(' ');
  const deadline = parseDeadline(alertText, options);
  // Amazon alerts from 90 days out: a deadline that close in the LWA column is an alert too.
  const alert =
    hasWarningIcon(alertScope) ||
    deadline?.expired === true ||
    (deadline?.daysLeft !== undefined && deadline.daysLeft <= AMAZON_WARNING_DAYS[0]);
  const clientIds = findClientIds(rowText);
  return {
    name: scrubSecrets(appName(cells)) || appId || i18n.t('console.unnamedApp'),
    appId,
    clientId: clientIds.length === 1 ? (clientIds[0] ?? null) : null,
    alert,
    deadline,
  };
}

function appName(cells: Element[]): string {
  for (const cell of cells) {
    const text = deepText(cell)
      .replace(/amzn1\.[\w.-]+/g, '')
      .trim();
    if (text) return text.slice(0, 120);
  }
  return '';
}

function lwaCellOf(cells: Element[], lwaColumn: number | null): Element | null {
  return (lwaColumn !== null ? cells[lwaColumn] : undefined) ?? cellWithControl(cells) ?? null;
}

/** The View control of an app: the control in its row's LWA credentials cell, or in its card. */
export function findViewControl(
  app: { appId: string | null; name: string },
  options: ReadOptions,
  root: Document = document,
): Element | null {
  const entry = readAppEntries(root, options).find((candidate) =>
    app.appId ? candidate.app.appId === app.appId : candidate.app.name === app.name,
  );
  return entry?.view ?? null;
}

function hasControl(scope: Element): boolean {
  for (const element of deepElements(scope)) if (isControl(element)) return true;
  return false;
}

function cellWithControl(cells: Element[]): Element | undefined {
  return [...cells].reverse().find(hasControl);
}

/**
 * A warning symbol next to View: an icon element (kat-icon, svg, <i>, role=img), or any small
 * element (a "⚠" span) whose name, label or title says warning, in any language.
 */
function hasWarningIcon(scope: Element): boolean {
  for (const element of deepElements(scope)) {
    const tag = element.tagName;
    const role = element.getAttribute('role');
    const isIcon =
      tag === 'KAT-ICON' ||
      tag.toLowerCase() === 'svg' ||
      tag === 'I' ||
      role === 'img' ||
      (!isControl(element) && (element.textContent ?? '').trim().length <= 2);
    if (!isIcon) continue;
    const words = [
      element.getAttribute('name'),
      element.getAttribute('aria-label'),
      element.getAttribute('title'),
      element.getAttribute('data-icon'),
      element.querySelector?.('title')?.textContent,
    ].join(' ');
    if (WARNING_ICON_WORDS.test(words)) return true;
  }
  return false;
}

/** Tooltips referenced by aria-describedby hold the deadline in some layouts. */
function describedText(scope: Element): string {
  const parts: string[] = [];
  for (const element of deepElements(scope)) {
    const ids = element.getAttribute('aria-describedby');
    if (!ids) continue;
    for (const id of ids.split(/\s+/)) {
      const target = element.ownerDocument.getElementById(id);
      if (target) parts.push(deepText(target));
    }
  }
  return parts.join(' ');
}

function readExpiryBanner(root: ParentNode, options: ReadOptions): ConsolePage['banner'] {
  for (const element of deepElements(root)) {
    const role = element.getAttribute('role');
    if (element.tagName !== 'KAT-ALERT' && role !== 'alert' && role !== 'status') continue;
    const text = deepText(element);
    if (LWA_WORD.test(text) && isSeen(element)) {
      return { text: text.slice(0, 400), deadline: parseDeadline(text, options) };
    }
  }
  return null;
}

/** "Add new app client": gray (disabled) means the user must stop and contact VendorAuto. */
export function findAddAppClientControl(
  root: ParentNode = document,
): { control: Element; disabled: boolean } | null {
  for (const element of deepElements(root)) {
    if (isControl(element) && labelMatches(element, ADD_APP_CLIENT_WORDS)) {
      return { control: element, disabled: isDisabledControl(element) };
    }
  }
  return null;
}

function readAddAppClient(root: ParentNode): AddAppClientState {
  const found = findAddAppClientControl(root);
  return found ? (found.disabled ? 'disabled' : 'enabled') : 'absent';
}
