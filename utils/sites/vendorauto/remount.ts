/**
 * Frameworks re-create a form when the list behind it re-renders (a virtualised list that
 * scrolls, a store update): the field the extension filled is then a new element, and the
 * Confirm to ring is another one. The same instance's form is followed by its Client ID; a
 * re-render that lost the value gets it back (same instance, same fill) for a short while only,
 * after which the secret is let go. A field holding anything else is the user's, and is left.
 */
import type { FillableField } from '../../content/dom/fill';
import { fillField } from '../../content/dom/fill';
import { findEditForm } from './edit-form';
import { regionOf } from './fill-flow';

const REFILL_FOR_MS = 120_000;
const SEARCH_EVERY_MS = 250;

export type FilledForm = {
  /** The filled field as the page shows it now, or null once it is gone for good. */
  field(): Element | null;
  /** The form around it now (the last one known when it is gone). */
  scope(): Element;
  /** Saved, cancelled or failed: the secret is let go at once. */
  release(): void;
};

export function followFilledForm(
  field: FillableField,
  scope: Element,
  clientId: string,
  secret: string,
): FilledForm {
  let current = { field, scope };
  let value: string | null = secret;
  const forget = setTimeout(() => {
    value = null;
  }, REFILL_FOR_MS);

  // The overlay asks for the scope on every frame of a scroll: once the field is gone, the page
  // is searched for its successor at most this often, not per frame.
  let searchedAt = 0;
  const refresh = () => {
    if (current.field.isConnected || Date.now() - searchedAt < SEARCH_EVERY_MS) return;
    searchedAt = Date.now();
    const form = findEditForm(clientId, regionOf(clientId));
    const next = form?.secretField;
    if (!form || !next) return;
    if (next.value === '' && value !== null) fillField(next, value);
    if (next.value !== value || value === null) return;
    current = { field: next, scope: form.scope };
  };

  return {
    field() {
      refresh();
      return current.field.isConnected ? current.field : null;
    },
    scope() {
      refresh();
      return current.scope;
    },
    release() {
      clearTimeout(forget);
      value = null;
    },
  };
}
