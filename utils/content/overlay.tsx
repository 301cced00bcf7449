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
import { changeSignal } from './dom/change-signal';
import { composedParent, renderedBox } from './dom/deep';

export type Overlay = {
  /**
   * Rings what the user sees of the element `find` returns, re-finding it as the page re-renders
   * and following scroll. The card keeps clear of it, of the dialog or panel around it, and of
   * `keepClear` (the control the user will need next: a drawer's Save, a sticky footer).
   */
  highlight(find: () => Element | null, keepClear?: () => Element[]): void;
  /**
   * The page changed: re-find and re-place the ring now, and follow it for a moment if it moved
   * (a drawer sliding in, an element replaced by a re-render).
   */
  refresh(): void;
  card(props: Omit<PageCardProps, 'onDismiss'> | null): void;
  clear(): void;
  destroy(): void;
};

/**
 * Nothing runs while the page is still: the ring is re-placed on scroll and resize (one frame at
 * most), when the target's size or visibility changes (observers), and, frame by frame, for a
 * short while after something may have started moving it (a render, a click, a CSS transition)
 * until it has stood still for FOLLOW_SETTLE_MS.
 */
const FOLLOW_SETTLE_MS = 400;
/** However long the page keeps moving, a follow stops this long after what started it. */
const FOLLOW_MAX_MS = 3000;
/**
 * What may move the ring's target, or cover the overlay, without a DOM mutation: CSS motion,
 * and a page popover opened by script (`toggle` reaches a capturing listener though it does
 * not bubble), after which the overlay goes back on top.
 */
const MOTION_EVENTS = [
  'transitionrun',
  'transitionend',
  'animationstart',
  'animationend',
  'toggle',
] as const;
const INPUT_EVENTS = ['pointerdown', 'click', 'keydown'] as const;

export function createOverlay(onDismiss: () => void = () => undefined): Overlay {
  let host: HTMLElement | null = null;
  let ring: HTMLElement | null = null;
  let cardRoot: HTMLElement | null = null;
  let find: (() => Element | null) | null = null;
  let keepClear: () => Element[] = () => [];
  let following = false;
  let frame: number | null = null;
  let followStartedAt = 0;
  let followUntil = 0;
  let lastBox = '';
  let watched: Element | null = null;
  const sizeWatcher = new ResizeObserver(() => placeNextFrame());
  const visibilityWatcher = new IntersectionObserver(() => placeNextFrame(), {
    threshold: [0, 0.5, 1],
  });
  // Light-DOM changes (a row inserted above, a panel opening) can move a target nobody re-finds.
  // Re-armed by each frame that re-places the ring.
  const pageWatcher = changeSignal(() => placeNextFrame());
  const watchPage = () =>
    pageWatcher.listen(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
    });

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

  /** Observes the element now ringed (a re-render may have replaced the last one). */
  const watch = (target: Element | null) => {
    if (target === watched) return;
    sizeWatcher.disconnect();
    visibilityWatcher.disconnect();
    watched = target;
    if (!target) return;
    sizeWatcher.observe(target);
    visibilityWatcher.observe(target);
  };

  /** Re-places ring and card; says whether the ring moved since the last time. */
  const place = (): boolean => {
    if (!ring) return false;
    if (host) keepOnTop(host);
    const found = find?.() ?? null;
    const target = found?.isConnected ? found : null;
    if (following) watch(target);
    // What it renders, not its own box: a `display: contents` host has none.
    const rect = target ? renderedBox(target) : null;
    ring.hidden = rect === null;
    if (rect) {
      Object.assign(ring.style, {
        left: `${rect.left - 6}px`,
        top: `${rect.top - 6}px`,
        width: `${rect.width + 12}px`,
        height: `${rect.height + 12}px`,
      });
    }
    if (cardRoot) moveCardClearOf(cardRoot, rect, target ? surroundings(target, keepClear()) : []);
    const box = rect ? `${rect.left},${rect.top},${rect.width},${rect.height}` : '';
    const moved = box !== lastBox;
    lastBox = box;
    return moved;
  };

  const step = () => {
    frame = null;
    if (!following) return;
    watchPage();
    const now = performance.now();
    if (place()) {
      // A movement seen outside a follow starts one; inside, it extends it up to the cap.
      if (now >= followUntil) followStartedAt = now;
      followUntil = Math.min(now + FOLLOW_SETTLE_MS, followStartedAt + FOLLOW_MAX_MS);
    }
    if (now < followUntil) frame = requestAnimationFrame(step);
  };

  /** Follows the target frame by frame until it stands still (bounded). */
  const follow = () => {
    if (!following) return;
    followStartedAt = performance.now();
    followUntil = followStartedAt + FOLLOW_SETTLE_MS;
    frame ??= requestAnimationFrame(step);
  };

  /** One re-placement on the next frame, however many events asked for it. */
  const placeNextFrame = () => {
    if (!following) return;
    frame ??= requestAnimationFrame(step);
  };

  const startFollowing = () => {
    if (following) return;
    following = true;
    watchPage();
    window.addEventListener('scroll', placeNextFrame, { capture: true, passive: true });
    window.addEventListener('resize', placeNextFrame, { passive: true });
    for (const type of MOTION_EVENTS)
      document.addEventListener(type, follow, { capture: true, passive: true });
    for (const type of INPUT_EVENTS)
      document.addEventListener(type, follow, { capture: true, passive: true });
  };

  const stopFollowing = () => {
    following = false;
    pageWatcher.disconnect();
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    watch(null);
    lastBox = '';
    window.removeEventListener('scroll', placeNextFrame, true);
    window.removeEventListener('resize', placeNextFrame);
    for (const type of MOTION_EVENTS) document.removeEventListener(type, follow, true);
    for (const type of INPUT_EVENTS) document.removeEventListener(type, follow, true);
  };

  return {
    highlight(next, clear = () => []) {
      ensureHost();
      find = next;
      keepClear = clear;
      const target = next();
      const box = target ? renderedBox(target) : null;
      if (target && box && (!isInViewport(box) || isClippedByScroller(target, box)))
        boxed(target).scrollIntoView({ block: 'center', behavior: 'smooth' });
      startFollowing();
      place();
      follow();
    },
    refresh() {
      if (!following) return;
      if (place()) follow();
    },
    card(props) {
      const { cardRoot: root } = ensureHost();
      render(props ? <PageCard {...props} onDismiss={onDismiss} /> : null, root);
      // Placed now that its size is known: a card first laid out at zero size would sit off
      // screen until the next tick, and jump under the user's pointer.
      place();
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
  if (!lostBefore) {
    try {
      const host = document.createElement(HOST_TAG);
      return { host, shadow: attachOverlayShadow(host) };
    } catch {
      // The page's own element of that name already holds a shadow root.
    }
  }
  const host = document.createElement('div');
  host.setAttribute(FALLBACK_HOST_ATTRIBUTE, '');
  return { host, shadow: attachOverlayShadow(host) };
}

/** The release build's literal `mode: 'closed'` is what the store test pins. */
function attachOverlayShadow(host: HTMLElement): ShadowRoot {
  return host.attachShadow({
    mode: import.meta.env.WXT_OPEN_OVERLAY_SHADOW === 'true' ? 'open' : 'closed',
  });
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

/** How much each thing the card might cover matters: the ringed control above all. */
const WEIGHT = { target: 100, next: 10, around: 1 } as const;

type Avoid = { rect: DOMRect; weight: number };

/**
 * The card never covers what it asks the user to click, and if it can help it, neither the
 * control needed next nor the dialog or panel around the ring: of eight places along the edges
 * it takes the one that covers least of them, corners first.
 */
function moveCardClearOf(slot: HTMLElement, target: DOMRect | null, around: Avoid[]): void {
  const { width, height } = slot.getBoundingClientRect();
  const avoid: Avoid[] = [...(target ? [{ rect: target, weight: WEIGHT.target }] : []), ...around];
  const w = window.innerWidth;
  const h = window.innerHeight;
  const middleX = Math.max(MARGIN, (w - width) / 2);
  const middleY = Math.max(MARGIN, (h - height) / 2);
  const places = [
    { left: w - MARGIN - width, top: h - MARGIN - height },
    { left: MARGIN, top: h - MARGIN - height },
    { left: w - MARGIN - width, top: MARGIN },
    { left: MARGIN, top: MARGIN },
    { left: middleX, top: h - MARGIN - height },
    { left: middleX, top: MARGIN },
    { left: MARGIN, top: middleY },
    { left: w - MARGIN - width, top: middleY },
  ];
  let best = places[0] ?? { left: MARGIN, top: MARGIN };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const place of places) {
    const cost = avoid.reduce(
      (sum, { rect, weight }) => sum + weight * overlap(place.left, place.top, width, height, rect),
      0,
    );
    if (cost < bestCost) {
      best = place;
      bestCost = cost;
    }
  }
  slot.style.left = `${Math.max(0, best.left)}px`;
  slot.style.top = `${Math.max(0, best.top)}px`;
  slot.style.right = 'auto';
  slot.style.bottom = 'auto';
}

/** The overlapping area, with a margin so the card does not sit flush against the ring. */
function overlap(left: number, top: number, width: number, height: number, rect: DOMRect): number {
  const gap = 8;
  const x = Math.min(left + width, rect.right + gap) - Math.max(left, rect.left - gap);
  const y = Math.min(top + height, rect.bottom + gap) - Math.max(top, rect.top - gap);
  return x > 0 && y > 0 ? x * y : 0;
}

/**
 * What else the card should not cover: `keepClear`, and the dialog, drawer or sticky panel the
 * target sits in (through slots, as the user sees it), unless it fills most of the window.
 */
function surroundings(target: Element, keepClear: Element[]): Avoid[] {
  const avoid: Avoid[] = [];
  for (const element of keepClear) {
    const rect = element.isConnected ? renderedBox(element) : null;
    if (rect) avoid.push({ rect, weight: WEIGHT.next });
  }
  const viewport = window.innerWidth * window.innerHeight;
  for (let current = flatParent(target); current; current = flatParent(current)) {
    if (current === document.body || current === document.documentElement) break;
    if (!isPanel(current)) continue;
    const rect = current.getBoundingClientRect();
    if (rect.width * rect.height < viewport * 0.6) {
      avoid.push({ rect, weight: WEIGHT.around });
      break;
    }
  }
  return avoid;
}

function isPanel(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || role === 'alert' || role === 'region')
    return true;
  if (element instanceof HTMLDialogElement || element.getAttribute('aria-modal') === 'true')
    return true;
  const position = getComputedStyle(element).position;
  return position === 'fixed' || position === 'sticky';
}

/** The parent as rendered: a slotted element's slot, a shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element to scroll to: the target, or for a boxless host the first thing it renders. */
function boxed(target: Element): Element {
  const own = target.getBoundingClientRect();
  if (own.width > 0 || own.height > 0) return target;
  for (const child of [...(target.shadowRoot?.children ?? []), ...Array.from(target.children)]) {
    const rect = child.getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return child;
  }
  return target;
}

/**
 * Inside the window yet cut off by a scrolling box around it (a list's own scroller, a drawer's
 * body): a click at the ring would land on whatever is in front. Scrolled into view like off-screen.
 */
function isClippedByScroller(target: Element, rect: DOMRect): boolean {
  for (let current = composedParent(target); current; current = composedParent(current)) {
    if (current === document.body || current === document.documentElement) return false;
    const style = getComputedStyle(current);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = current.getBoundingClientRect();
    if (
      rect.top < clip.top - 1 ||
      rect.bottom > clip.bottom + 1 ||
      rect.left < clip.left - 1 ||
      rect.right > clip.right + 1
    )
      return true;
  }
  return false;
}

function isInViewport(rect: DOMRect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom <= window.innerHeight &&
    rect.right <= window.innerWidth
  );
}
