/**
 * Where Client IDs and secrets sit on the console page: text, input values (password inputs
 * included) and attributes, in the light DOM and open shadow roots. Values first: the formats
 * are the same in every UI language (research/amazon-developer-console.md, "Value formats").
 */
import { composedParent, deepElements, deepText, ownStrings } from '../../content/dom/deep';
import { findClientIds, findSecrets, isSecret } from '../../core/lwa';
import { isControl } from './structure';
import { SECRET_LABEL_WORDS } from './vocabulary';

export type SecretSighting = { value: string; element: Element };

/** Both secret formats hold 64 hex characters. */
const SECRET_MIN_LENGTH = 64;

/**
 * Every secret on the page, in text, field values and any attribute (a masked field or a Copy
 * button may hold it). Legacy 64-hex values count only where the page labels them as the secret.
 */
export function findSecretSightings(root: ParentNode): SecretSighting[] {
  const sightings: SecretSighting[] = [];
  for (const element of deepElements(root)) {
    for (const text of ownStrings(element, 'all', SECRET_MIN_LENGTH)) {
      for (const value of findSecrets(text, { labelledAsSecret: true })) {
        if (isSecret(value) || isLabelledAsSecret(element, value))
          sightings.push({ value, element });
      }
    }
  }
  return sightings;
}

/**
 * A label close by (the value's own element, its parent or grandparent) names the value as the
 * client secret. Buttons don't count: "Rotate secret" names an action, not the value.
 */
export function isLabelledAsSecret(element: Element, value: string): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 3; depth++, current = composedParent(current)) {
    const text = textOutsideControls(current).replace(value, ' ');
    if (findClientIds(text).length > 1) return false;
    if (SECRET_LABEL_WORDS.test(text)) return true;
  }
  return false;
}

function textOutsideControls(root: Element): string {
  const parts: string[] = [];
  for (const element of [root, ...deepElements(root)]) {
    if (isControl(element) || [...composedAncestorsUntil(element, root)].some(isControl)) continue;
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    }
    for (const name of ['text', 'label']) parts.push(element.getAttribute(name) ?? '');
  }
  return parts.join(' ');
}

function* composedAncestorsUntil(element: Element, root: Element): Generator<Element> {
  for (
    let current = composedParent(element);
    current && current !== root;
    current = composedParent(current)
  )
    yield current;
}

/**
 * The one Client ID that belongs with `element`: the first ancestor that shows any Client ID
 * decides; two different IDs there means the element's app cannot be told.
 */
export function nearestClientId(element: Element): { clientId: string | null; ambiguous: boolean } {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    const ids = clientIdsIn(current);
    if (ids.length === 1) return { clientId: ids[0] ?? null, ambiguous: false };
    if (ids.length > 1) return { clientId: null, ambiguous: true };
  }
  return { clientId: null, ambiguous: false };
}

/**
 * Every Client ID shown in `root`: its text and, where Katal keeps it (`<kat-input value>`),
 * value attributes. The credentials view holds exactly one when open.
 */
export function clientIdsIn(root: Element): string[] {
  const ids = new Set(findClientIds(deepText(root)));
  for (const element of [root, ...deepElements(root)]) {
    const value = element.getAttribute('value');
    if (value && value.length >= 60) for (const id of findClientIds(value)) ids.add(id);
  }
  return [...ids];
}
