/** What the VendorAuto guide points at: the Instances link, the instance's pencil, the secret's pencil. */
import { controlName, deepElements, isVisible } from '../../content/dom/deep';
import { isControl } from './controls';

const INSTANCES_WORDS = /\binstances?\b/i;

/** The navigation link to the Instances page (by its name or its address). */
export function findInstancesLink(doc: Document = document): Element | null {
  const links = [...deepElements(doc)].filter(
    (element) =>
      isControl(element) &&
      isVisible(element) &&
      (INSTANCES_WORDS.test(controlName(element)) ||
        /\/instances\b/i.test(element.getAttribute('href') ?? '')),
  );
  return links.find((link) => link.closest('nav, [role="navigation"]')) ?? links[0] ?? null;
}
