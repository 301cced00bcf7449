/**
 * What both on-page guides share: re-reading the page on a short tick while shown (pages
 * re-render), ringing the current step's element, and redrawing the card only when it changes.
 */
import type { PageCardProps } from '../../components/PageCard';
import type { Overlay } from '../overlay/overlay';
import { type StepId, stepNumber } from '../steps';

export type GuideCard = {
  step: StepId | null;
  title: string;
  body: string;
  tone: 'info' | 'success' | 'warning' | 'error';
  target: Element | null;
  actions?: PageCardProps['actions'];
};

export type Guide = { show(): void; hide(): void; readonly visible: boolean };

const TICK_MS = 400;

export function createGuide(
  overlay: Overlay,
  read: () => GuideCard,
  hooks: { onShow?: () => void; onHide?: () => void } = {},
): Guide {
  let timer: ReturnType<typeof setInterval> | null = null;
  let last = '';
  let target: Element | null = null;

  const render = () => {
    const next = read();
    target = next.target;
    const key = `${next.step}|${next.title}|${next.body}|${next.tone}|${next.actions?.length ?? 0}`;
    if (key === last) return;
    last = key;
    const position = next.step ? stepNumber(next.step) : null;
    overlay.highlight(() => (target?.isConnected ? target : null));
    overlay.card({
      tone: next.tone,
      title: next.title,
      body: next.body,
      ...(position ? { progress: `Step ${position.n} of ${position.of}` } : {}),
      ...(next.actions ? { actions: next.actions } : {}),
    });
  };

  return {
    get visible() {
      return timer !== null;
    },
    show() {
      if (timer) return;
      last = '';
      hooks.onShow?.();
      render();
      timer = setInterval(render, TICK_MS);
    },
    hide() {
      if (timer) clearInterval(timer);
      timer = null;
      hooks.onHide?.();
      overlay.clear();
    },
  };
}
