/**
 * The card the extension shows on Amazon's and VendorAuto's pages. It never receives a secret:
 * its props are plain instructions and names.
 */
export type CardTone = 'info' | 'success' | 'warning' | 'error';

export type PageCardProps = {
  title: string;
  body: string;
  tone: CardTone;
  /** "Step 2 of 5" */
  progress?: string;
  /** Why this step matters, in one line. */
  why?: string;
  /** A `secondary` action is drawn quieter than the step's own. */
  actions?: { label: string; onClick: (event: MouseEvent) => void; secondary?: boolean }[];
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
          {actions.map((action) => (
            <button
              type="button"
              key={action.label}
              class={action.secondary ? 'secondary' : undefined}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

export const PAGE_CARD_CSS = `
:host { all: initial; }
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
.actions button { border: 1px solid #0f766e; background: #0f766e; color: #fff; border-radius: 6px; padding: 6px 10px; font: inherit; cursor: pointer; }
.actions button.secondary { background: #fff; color: #0f766e; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.ring { position: fixed; z-index: 2147483646; pointer-events: none; border: 3px solid #f59e0b; border-radius: 8px;
  box-shadow: 0 0 0 4px rgba(245, 158, 11, .35); }
`;
