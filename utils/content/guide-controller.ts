/**
 * What both on-page guides share: re-reading the page when it changes (DOM mutations, including
 * inside the open shadow roots around the current target, and the user's clicks and keys),
 * ringing the current step's element, and redrawing the card only when it changes. Nothing runs
 * while the guide is hidden, nor while the page and the user are still: no timer ticks.
 */
import { i18n } from '#i18n';
import type { PageCardProps } from '../../components/PageCard';
import { type StepId, stepNumber } from '../core/steps';
import { changeSignal } from './dom/change-signal';
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
  /** Something the page does not show changed (the capture's phase): read the page again. */
  refresh(): void;
  readonly visible: boolean;
  /** The element the guide asks the user to act on now; null while hidden. */
  readonly target: Element | null;
};

const SETTLE_MS = 150;
/** However busy the page, the guide re-reads it at most this often. */
const MIN_INTERVAL_MS = 500;
/**
 * After the user acts, the page may answer where no observer sees it (a shadow root the guide
 * does not watch yet, a card the site guide holds for a moment after a click): look again at
 * these delays after the last action, then stop.
 */
const AFTER_ACTION_MS = [600, 1500, 3200] as const;
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
  let shown = false;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let afterAction: ReturnType<typeof setTimeout>[] = [];
  let last = '';
  let lastRenderAt = 0;
  let target: Element | null = null;
  let keepClear: Element[] = [];
  // Re-armed on every root it watches when the scheduled render runs.
  const changes = changeSignal(() => schedule());
  let observed = new Set<Node>();
  const listenTo = (root: Node) =>
    changes.listen(root, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    listenTo(root);
  };
  const listenAgain = () => {
    for (const root of observed) {
      // A shadow root whose host left the page has nothing more to say.
      if (root.isConnected) listenTo(root);
      else observed.delete(root);
    }
  };
  /** The open shadow roots the target sits in: where the next step most likely renders. */
  const observeRootsAround = (element: Element | null) => {
    for (
      let root = element?.getRootNode();
      root instanceof ShadowRoot;
      root = root.host.getRootNode()
    )
      observe(root);
  };
  const schedule = () => {
    if (pending || !shown) return;
    const wait = Math.max(SETTLE_MS, lastRenderAt + MIN_INTERVAL_MS - Date.now());
    pending = setTimeout(() => {
      pending = null;
      listenAgain();
      render();
    }, wait);
  };

  const render = () => {
    lastRenderAt = Date.now();
    const next = read();
    target = next.target;
    keepClear = next.keepClear ?? [];
    observeRootsAround(target);
    const key = `${next.step}|${next.title}|${next.body}|${next.tone}|${next.actions?.length ?? 0}`;
    if (key === last) {
      // Same step, but a re-render may have replaced or moved its element.
      overlay.refresh();
      return;
    }
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

  const cancelAfterAction = () => {
    for (const check of afterAction) clearTimeout(check);
    afterAction = [];
  };
  const onUserAction = () => {
    schedule();
    cancelAfterAction();
    afterAction = AFTER_ACTION_MS.map((delay) => setTimeout(schedule, delay));
  };

  return {
    get visible() {
      return shown;
    },
    get target() {
      return shown && target?.isConnected ? target : null;
    },
    show() {
      if (shown) return;
      shown = true;
      last = '';
      hooks.onShow?.();
      observe(document.documentElement);
      render();
      for (const type of USER_EVENTS) document.addEventListener(type, onUserAction, true);
    },
    refresh() {
      if (shown) schedule();
    },
    hide() {
      shown = false;
      if (pending) clearTimeout(pending);
      pending = null;
      cancelAfterAction();
      changes.disconnect();
      observed = new Set();
      for (const type of USER_EVENTS) document.removeEventListener(type, onUserAction, true);
      hooks.onHide?.();
      overlay.clear();
    },
  };
}
