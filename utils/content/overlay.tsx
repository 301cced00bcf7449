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
    if (host?.isConnected && ring && cardRoot) {
      keepOnTop(host);
      return { ring, cardRoot };
    }
    const created = createHost(host !== null);
    host = created.host;
    const shadow = created.shadow;
    const style = document.createElement('style');
    style.textContent = PAGE_CARD_CSS;
    ring = document.createElement('div');
    ring.className = 'ring';
    ring.hidden = true;
    cardRoot = document.createElement('div');
    cardRoot.className = 'slot';
    shadow.append(style, ring, cardRoot);
    document.documentElement.append(host);
    keepOnTop(host);
    return { ring, cardRoot };
  };

  const place = () => {
    if (!ring) return;
    if (host) keepOnTop(host);
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

const HOST_TAG = 'lwa-rotator-overlay';
/** Marks the fallback host, for the tests' overlay reader. */
export const FALLBACK_HOST_ATTRIBUTE = 'data-lwa-rotator-overlay';

/**
 * The host element and its closed shadow root. A page can define its own `lwa-rotator-overlay`
 * first (taking the shadow root, or removing itself when connected): then, or once the first
 * host was lost, a plain `div` carries the overlay instead.
 */
function createHost(lostBefore: boolean): { host: HTMLElement; shadow: ShadowRoot } {
  // Closed in every release; the accessibility test build (`--mode a11y`) opens it so axe can see the card.
  const mode = import.meta.env.WXT_OPEN_OVERLAY_SHADOW === 'true' ? 'open' : 'closed';
  if (!lostBefore) {
    try {
      const host = document.createElement(HOST_TAG);
      return { host, shadow: host.attachShadow({ mode }) };
    } catch {
      // The page's own element of that name already holds a shadow root.
    }
  }
  const host = document.createElement('div');
  host.setAttribute(FALLBACK_HOST_ATTRIBUTE, '');
  return { host, shadow: host.attachShadow({ mode }) };
}

/**
 * In the top layer (a manual popover), above the page's own modals and out of reach of its
 * ancestors' opacity, filters and transforms. Whenever the page opens a modal or popover of its
 * own (which would stack above), or closes ours, the host is shown again to go back on top.
 */
const seenTopLayer = new WeakSet<Element>();
function keepOnTop(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function' || !host.isConnected) return;
  if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
  let covered = !host.matches(':popover-open');
  for (const other of document.querySelectorAll(':modal, :popover-open')) {
    if (other === host || seenTopLayer.has(other)) continue;
    seenTopLayer.add(other);
    covered = true;
  }
  if (!covered) return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // The browser refused: the host's own !important styles still apply.
  }
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
