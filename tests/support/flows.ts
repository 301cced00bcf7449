/**
 * What a user does on the simulated sites, step by step, in words the fixtures show.
 * Shared by e2e tests and the demo.
 */
import { expect, type Page } from '@playwright/test';

export type ConsoleLabels = {
  view: string;
  show: string;
  hide: string;
  rotate: string;
  cancel: string;
};

export const ENGLISH: ConsoleLabels = {
  view: 'View',
  show: 'Show',
  hide: 'Hide',
  rotate: 'Rotate secret',
  cancel: 'Cancel',
};
export const FRENCH: ConsoleLabels = {
  view: 'Afficher',
  show: 'Montrer',
  hide: 'Masquer',
  rotate: 'Renouveler le secret',
  cancel: 'Annuler',
};
export const GERMAN: ConsoleLabels = {
  view: 'Ansehen',
  show: 'Anzeigen',
  hide: 'Ausblenden',
  rotate: 'Geheimnis rotieren',
  cancel: 'Abbrechen',
};

/** Clicks View in the row of `appName` (Katal or React table). */
export async function viewCredentials(
  page: Page,
  appName: string,
  labels: ConsoleLabels = ENGLISH,
): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: appName });
  await row.getByText(labels.view, { exact: true }).click();
  await expect(credentialsDialog(page, labels)).toBeVisible();
}

/** Katal modals (no role) and ARIA dialogs alike. */
export function dialogs(page: Page) {
  return page.locator(
    'kat-modal[visible="true"], [role="dialog"], [role="alertdialog"], dialog[open]',
  );
}

/** The credentials view has Show (or Hide); the warning doesn't. */
function revealButton(page: Page, labels: ConsoleLabels) {
  return page
    .getByRole('button', { name: labels.show, exact: true })
    .or(page.getByRole('button', { name: labels.hide, exact: true }));
}

function credentialsDialog(page: Page, labels: ConsoleLabels) {
  return dialogs(page)
    .filter({ has: revealButton(page, labels) })
    .last();
}

/** Rotate secret, then in the warning either confirm (Rotate secret again) or Cancel. */
export async function rotate(
  page: Page,
  { confirm, whileWarningOpen }: { confirm: boolean; whileWarningOpen?: () => Promise<void> },
  labels: ConsoleLabels = ENGLISH,
): Promise<void> {
  await credentialsDialog(page, labels).getByRole('button', { name: labels.rotate }).click();
  const warning = dialogs(page)
    .filter({ hasNot: revealButton(page, labels) })
    .filter({ has: page.getByRole('button', { name: labels.rotate }) })
    .last();
  await expect(warning.getByRole('button', { name: labels.rotate })).toBeVisible();
  await whileWarningOpen?.();
  await warning.getByRole('button', { name: confirm ? labels.rotate : labels.cancel }).click();
}

export async function showSecret(page: Page, labels: ConsoleLabels = ENGLISH): Promise<void> {
  await credentialsDialog(page, labels)
    .getByRole('button', { name: labels.show, exact: true })
    .click();
}

export type FixtureRotation = {
  appId: string;
  clientId: string;
  oldSecret: string;
  newSecret: string;
  newDeadline: string;
};

/** Rotates `appName`'s secret in an open console page and returns what the console did. */
export async function rotateInConsole(
  page: Page,
  appName: string,
  labels: ConsoleLabels = ENGLISH,
): Promise<FixtureRotation> {
  await expect(page.getByText(appName, { exact: true })).toBeVisible();
  await viewCredentials(page, appName, labels);
  await rotate(page, { confirm: true }, labels);
  const rotations = () =>
    page.evaluate(
      () =>
        (window as unknown as { __fixture: { rotations: FixtureRotation[] } }).__fixture.rotations,
    );
  await expect.poll(async () => (await rotations()).length).toBe(1);
  const [rotation] = await rotations();
  if (!rotation) throw new Error('no rotation');
  return rotation;
}

/** Whether `value` is anywhere a page script could read it: text, attributes, field values, open shadow roots. */
export async function pageExposes(page: Page, value: string): Promise<boolean> {
  return page.evaluate((needle) => {
    const visit = (root: Document | ShadowRoot | Element): boolean => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (Array.from(element.attributes).some((a) => a.value.includes(needle))) return true;
        if (
          (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) &&
          element.value.includes(needle)
        )
          return true;
        if (element.shadowRoot && visit(element.shadowRoot)) return true;
      }
      return (
        (root instanceof Document ? root.documentElement.textContent : root.textContent)?.includes(
          needle,
        ) ?? false
      );
    };
    return visit(document);
  }, value);
}
