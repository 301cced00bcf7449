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
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = PAGE_CARD_CSS;
    ring = document.createElement('div');
    ring.className = 'ring';
    ring.hidden = true;
    cardRoot = document.createElement('div');
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

function isInViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}
