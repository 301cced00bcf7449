/**
 * The card the extension shows on Amazon's and VendorAuto's pages. It never receives a secret:
 * its props are plain instructions and names.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export type CardTone = 'info' | 'success' | 'warning' | 'error';

export type CardAction = {
  label: string;
  onClick: (event: MouseEvent) => void;
  /**
   * The action releases a secret: it works only for a person's click on a button the page has
   * not covered, restyled or faded, seen unobstructed for a moment first (IntersectionObserver v2).
   * Where the browser cannot tell, the button stays off and says where to go instead.
   */
  guarded?: { elsewhere: string };
  /** Drawn quieter than the step's own action. */
  secondary?: boolean;
};

export type PageCardProps = {
  title: string;
  body: string;
  tone: CardTone;
  /** "Step 2 of 5" */
  progress?: string;
  /** Why this step matters, in one line. */
  why?: string;
  actions?: CardAction[];
  onDismiss: () => void;
};

export function PageCard({
  title,
  body,
  tone,
  progress,
  why,
  actions = [],
  onDismiss,
}: PageCardProps) {
  return (
    <section
      class={`card ${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      aria-label="LWA Secret Rotator"
    >
      <header>
        <span class="brand">LWA Secret Rotator</span>
        {progress && <span class="progress">{progress}</span>}
        <button type="button" class="dismiss" aria-label="Hide the guide" onClick={onDismiss}>
          ×
        </button>
      </header>
      <h2>{title}</h2>
      <p>{body}</p>
      {why && <p class="why">{why}</p>}
      {actions.length > 0 && (
        <div class="actions">
          {actions.map((action) =>
            action.guarded ? (
              <GuardedButton
                key={action.label}
                action={action}
                elsewhere={action.guarded.elsewhere}
              />
            ) : (
              <button
                type="button"
                key={action.label}
                class={action.secondary ? 'secondary' : undefined}
                onClick={action.onClick}
              >
                {action.label}
              </button>
            ),
          )}
        </div>
      )}
    </section>
  );
}

/*
 * The host's own styles are !important: in a shadow tree's :host rule they beat the page's
 * !important rules and inline styles (the inner context wins for important declarations), so a
 * page cannot make the card transparent, move it, or let clicks fall through it.
 */
/* A switched-off guarded button is grayed by colour, never by opacity: IntersectionObserver v2
 * counts any opacity below 1 as "not visible", and the button would never switch on. */

/** How long the button must be seen unobstructed before a click counts: no swapping a decoy away at the last moment. */
const ARMING_MS = 500;
type Guard = 'arming' | 'armed' | 'covered' | 'unsupported';

function GuardedButton({ action, elsewhere }: { action: CardAction; elsewhere: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [guard, setGuard] = useState<Guard>('arming');
  useEffect(() => {
    const button = ref.current;
    if (!button) return;
    let arming: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1] as
          | (IntersectionObserverEntry & { isVisible?: boolean })
          | undefined;
        if (!entry) return;
        clearTimeout(arming);
        if (entry.isVisible === undefined) setGuard('unsupported');
        else if (entry.isVisible && entry.intersectionRatio >= 0.99) {
          setGuard('arming');
          arming = setTimeout(() => setGuard('armed'), ARMING_MS);
        } else setGuard('covered');
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(button);
    return () => {
      clearTimeout(arming);
      observer.disconnect();
    };
  }, []);
  const onClick = (event: MouseEvent) => {
    if (guard === 'armed' && event.isTrusted) action.onClick(event);
  };
  return (
    <>
      <button type="button" ref={ref} aria-disabled={guard !== 'armed'} onClick={onClick}>
        {action.label}
      </button>
      {(guard === 'covered' || guard === 'unsupported') && (
        <p class="why" role="note">
          {guard === 'covered'
            ? `Something on the page covers this button, so it is switched off. ${elsewhere}`
            : elsewhere}
        </p>
      )}
    </>
  );
}

export const PAGE_CARD_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important;
  inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; margin: 0 !important;
  padding: 0 !important; border: 0 !important; background: transparent !important; overflow: visible !important;
  opacity: 1 !important; visibility: visible !important; transform: none !important; filter: none !important;
  clip-path: none !important; mask: none !important; contain: none !important; z-index: 2147483647 !important;
  pointer-events: none !important; }
.slot { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.card { width: 320px; box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; background: #fff;
  border: 1px solid #cbd5e1; border-left: 5px solid #0f766e; border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 10px 30px rgba(15, 23, 42, .18); pointer-events: auto; }
.card.success { border-left-color: #15803d; } .card.warning { border-left-color: #b45309; } .card.error { border-left-color: #b91c1c; }
header { display: flex; align-items: center; gap: 8px; font-size: 12px; color: #475569; }
.brand { font-weight: 600; color: #0f766e; } .progress { margin-left: auto; }
.dismiss { margin-left: 8px; border: 0; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; color: #475569; padding: 2px 6px; border-radius: 4px; }
.progress + .dismiss { margin-left: 4px; } header .brand + .dismiss { margin-left: auto; }
h2 { font-size: 15px; margin: 6px 0 4px; } p { margin: 0 0 6px; } .why { color: #475569; font-size: 13px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.actions button[aria-disabled="true"] { background: #e2e8f0; border-color: #94a3b8; color: #334155; cursor: not-allowed; }
.actions button { border: 1px solid #0f766e; background: #0f766e; color: #fff; border-radius: 6px; padding: 6px 10px; font: inherit; cursor: pointer; }
.actions button.secondary { background: #fff; color: #0f766e; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.ring { position: fixed; z-index: 2147483646; pointer-events: none; border: 3px solid #f59e0b; border-radius: 8px;
  box-shadow: 0 0 0 4px rgba(245, 158, 11, .35); }
`;
