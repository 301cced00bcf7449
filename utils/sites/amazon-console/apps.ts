/**
 * The Developer Console's list of apps and its expiry alerts: which app, which console,
 * how many days are left. Reads structure and values, then words (any UI language).
 */

import { composedParent, deepElements, deepText, isVisible } from '../../content/dom/deep';
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
  const rows: Element[] = [];
  const headerCells: Element[][] = [];
  for (const element of deepElements(root)) {
    if (!isRow(element)) continue;
    const cells = cellsOf(element);
    if (cells.length > 0 && cells.every(isHeaderCell)) headerCells.push(cells);
    else if (isVisible(element)) rows.push(element);
  }
  const lwaColumn = findLwaColumn(headerCells);
  const apps = rows
    .map((row) => readAppRow(row, lwaColumn, options))
    .filter((app): app is ConsoleApp => app !== null);
  return {
    layout: apps.length > 0 ? 'apps' : 'unrecognised',
    apps,
    banner: readExpiryBanner(root, options),
    addAppClient: readAddAppClient(root),
  };
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
  return null;
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
    name: scrubSecrets(appName(cells)) || appId || 'Unnamed app',
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

/** The View control of an app: the control in its row's LWA credentials cell. */
export function findViewControl(
  app: { appId: string | null; name: string },
  options: ReadOptions,
  root: Document = document,
): Element | null {
  const lwaColumn = findLwaColumn(headerRowsIn(root));
  for (const element of deepElements(root)) {
    if (!isRow(element)) continue;
    const read = readAppRow(element, lwaColumn, options);
    if (!read || (app.appId ? read.appId !== app.appId : read.name !== app.name)) continue;
    const cell = lwaCellOf(cellsOf(element), lwaColumn);
    return cell ? ([...deepElements(cell)].find(isControl) ?? null) : null;
  }
  return null;
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
    if (LWA_WORD.test(text) && isVisible(element)) {
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
