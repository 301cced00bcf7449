/**
 * What both on-page guides share: re-reading the page when it changes (DOM mutations, the
 * user's clicks and keys; a slow tick for changes inside shadow roots, which observers miss),
 * ringing the current step's element, and redrawing the card only when it changes. Nothing
 * runs while the guide is hidden.
 */
import { i18n } from '#i18n';
import type { PageCardProps } from '../../components/PageCard';
import { type StepId, stepNumber } from '../core/steps';
import { tellBackground } from './messaging';
import type { Overlay } from './overlay';

export type GuideCard = {
  step: StepId | null;
  title: string;
  body: string;
  tone: 'info' | 'success' | 'warning' | 'error';
  target: Element | null;
  actions?: PageCardProps['actions'];
  /** What the card must not cover besides the target: the control the user needs next. */
  keepClear?: Element[];
};

export type Guide = {
  show(): void;
  hide(): void;
  readonly visible: boolean;
  /** The element the guide asks the user to act on now; null while hidden. */
  readonly target: Element | null;
};

const SETTLE_MS = 150;
/** However busy the page, the guide re-reads it at most this often. */
const MIN_INTERVAL_MS = 500;
/** Changes inside shadow roots reach no observer: look again at this pace regardless. */
const FALLBACK_TICK_MS = 1500;
const USER_EVENTS = ['click', 'keyup', 'input', 'change'] as const;

/**
 * Offered wherever the guide is not simply done: a page the extension misreads is reported as
 * an outline. Only a person's click counts; the background opens the outline page for this tab.
 */
const COPY_OUTLINE = {
  label: i18n.t('card.copyOutline'),
  secondary: true,
  onClick: (event: MouseEvent) => {
    if (event.isTrusted) tellBackground({ type: 'outline/open' });
  },
};

export function createGuide(
  overlay: Overlay,
  read: () => GuideCard,
  hooks: { onShow?: () => void; onHide?: () => void } = {},
): Guide {
  let timer: ReturnType<typeof setInterval> | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let last = '';
  let lastRenderAt = 0;
  let target: Element | null = null;
  let keepClear: Element[] = [];
  const observer = new MutationObserver(() => schedule());
  const schedule = () => {
    if (pending || !timer) return;
    const wait = Math.max(SETTLE_MS, lastRenderAt + MIN_INTERVAL_MS - Date.now());
    pending = setTimeout(() => {
      pending = null;
      render();
    }, wait);
  };

  const render = () => {
    lastRenderAt = Date.now();
    const next = read();
    target = next.target;
    keepClear = next.keepClear ?? [];
    const key = `${next.step}|${next.title}|${next.body}|${next.tone}|${next.actions?.length ?? 0}`;
    if (key === last) return;
    last = key;
    const position = next.step ? stepNumber(next.step) : null;
    overlay.highlight(
      () => (target?.isConnected ? target : null),
      () => keepClear.filter((element) => element.isConnected),
    );
    overlay.card({
      tone: next.tone,
      title: next.title,
      body: next.body,
      ...(position ? { progress: i18n.t('card.step', position) } : {}),
      actions:
        next.tone === 'success' ? (next.actions ?? []) : [...(next.actions ?? []), COPY_OUTLINE],
    });
  };

  return {
    get visible() {
      return timer !== null;
    },
    get target() {
      return timer !== null && target?.isConnected ? target : null;
    },
    show() {
      if (timer) return;
      last = '';
      hooks.onShow?.();
      timer = setInterval(render, FALLBACK_TICK_MS);
      render();
      observer.observe(document.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
      for (const type of USER_EVENTS) document.addEventListener(type, schedule, true);
    },
    hide() {
      if (timer) clearInterval(timer);
      timer = null;
      if (pending) clearTimeout(pending);
      pending = null;
      observer.disconnect();
      for (const type of USER_EVENTS) document.removeEventListener(type, schedule, true);
      hooks.onHide?.();
      overlay.clear();
    },
  };
}
