/**
 * utils/content — helpers for content scripts on any site: reading a page across shadow roots
 * and filling fields (dom/), the on-page overlay (this file), the guide controller both site
 * guides share, and the content side of messaging. No site knowledge lives here; that is in
 * utils/sites/<site>.
 */
/**
 * The extension's only footprint on a host page: one element holding a CLOSED shadow root with
 * a highlight ring and a card. Fixed-position, so the page's layout never moves; it takes no
 * focus; pointer events pass through the ring. It is never given a secret.
 */
import { render } from 'preact';
import { PAGE_CARD_CSS, PageCard, type PageCardProps } from '../../components/PageCard';

export type Overlay = {
  /** Rings the element `find` returns, re-finding it as the page re-renders and following scroll. */
  highlight(find: () => Element | null): void;
  card(props: Omit<PageCardProps, 'onDismiss'> | null): void;
  clear(): void;
  destroy(): void;
};

const FOLLOW_INTERVAL_MS = 250;

export function createOverlay(onDismiss: () => void = () => undefined): Overlay {
  let host: HTMLElement | null = null;
  let ring: HTMLElement | null = null;
  let cardRoot: HTMLElement | null = null;
  let find: (() => Element | null) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const ensureHost = () => {
    if (host?.isConnected && ring && cardRoot) return { ring, cardRoot };
    host = document.createElement('lwa-rotator-overlay');
    const shadow = host.attachShadow({
      // Closed in every release; the accessibility test build (`--mode a11y`) opens it so axe can see the card.
      mode: import.meta.env.WXT_OPEN_OVERLAY_SHADOW === 'true' ? 'open' : 'closed',
    });
    const style = document.createElement('style');
    style.textContent = PAGE_CARD_CSS;
    ring = document.createElement('div');
    ring.className = 'ring';
    ring.hidden = true;
    cardRoot = document.createElement('div');
    cardRoot.className = 'slot';
    shadow.append(style, ring, cardRoot);
    document.documentElement.append(host);
    return { ring, cardRoot };
  };

  const place = () => {
    if (!ring) return;
    const target = find?.();
    if (!target?.isConnected) {
      ring.hidden = true;
      return;
    }
    const rect = target.getBoundingClientRect();
    ring.hidden = rect.width === 0 && rect.height === 0;
    Object.assign(ring.style, {
      left: `${rect.left - 6}px`,
      top: `${rect.top - 6}px`,
      width: `${rect.width + 12}px`,
      height: `${rect.height + 12}px`,
    });
    if (cardRoot) moveCardClearOf(cardRoot, rect);
  };

  const stopFollowing = () => {
    if (timer) clearInterval(timer);
    timer = null;
    window.removeEventListener('scroll', place, true);
    window.removeEventListener('resize', place);
  };

  return {
    highlight(next) {
      ensureHost();
      find = next;
      const target = next();
      if (target && !isInViewport(target))
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      place();
      if (!timer) {
        timer = setInterval(place, FOLLOW_INTERVAL_MS);
        window.addEventListener('scroll', place, { capture: true, passive: true });
        window.addEventListener('resize', place, { passive: true });
      }
    },
    card(props) {
      const { cardRoot: root } = ensureHost();
      render(props ? <PageCard {...props} onDismiss={onDismiss} /> : null, root);
    },
    clear() {
      find = null;
      stopFollowing();
      if (ring) ring.hidden = true;
      if (cardRoot) render(null, cardRoot);
    },
    destroy() {
      this.clear();
      host?.remove();
      host = null;
    },
  };
}

const MARGIN = 16;

/** The card must never cover what it asks the user to click: it takes the first corner clear of it. */
function moveCardClearOf(slot: HTMLElement, target: DOMRect): void {
  const { width, height } = slot.getBoundingClientRect();
  const corners = [
    { right: MARGIN, bottom: MARGIN },
    { left: MARGIN, bottom: MARGIN },
    { right: MARGIN, top: MARGIN },
    { left: MARGIN, top: MARGIN },
  ];
  const clear = corners.find((corner) => {
    const left = corner.left ?? window.innerWidth - MARGIN - width;
    const top = corner.top ?? window.innerHeight - MARGIN - height;
    return (
      left + width < target.left ||
      left > target.right ||
      top + height < target.top ||
      top > target.bottom
    );
  });
  const chosen = clear ?? corners[0];
  slot.style.left = chosen?.left !== undefined ? `${chosen.left}px` : 'auto';
  slot.style.right = chosen?.right !== undefined ? `${chosen.right}px` : 'auto';
  slot.style.top = chosen?.top !== undefined ? `${chosen.top}px` : 'auto';
  slot.style.bottom = chosen?.bottom !== undefined ? `${chosen.bottom}px` : 'auto';
}

function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom <= window.innerHeight &&
    rect.right <= window.innerWidth
  );
}
