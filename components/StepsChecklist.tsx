import { STEPS, type StepId, stepById, stepNumber } from '../utils/core/steps';

type Props = {
  current: StepId;
  onShowGuide: (() => void) | null;
  guideMessage: string | null;
  /** Opens the redacted outline of the current page, for a layout report. */
  onCopyOutline?: () => void;
};

/** The whole procedure across both sites, the current step marked; the same steps the page guide shows. */
export function StepsChecklist({ current, onShowGuide, guideMessage, onCopyOutline }: Props) {
  const currentIndex = STEPS.findIndex((step) => step.id === current);
  const { n, of } = stepNumber(current);
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps</h2>
      <details class="steps-box">
        <summary>
          <span class="now">
            Step {n} of {of}
          </span>{' '}
          {stepById(current).title}
        </summary>
        <ol class="steps">
          {STEPS.map((step, index) => {
            const state =
              index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
            return (
              <li
                key={step.id}
                class={`step ${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span class="title">{step.title}</span>
                <span class="site">{step.site === 'amazon' ? 'Amazon' : 'VendorAuto'}</span>
              </li>
            );
          })}
        </ol>
      </details>
      {onShowGuide && (
        <button type="button" class="guide-button" onClick={onShowGuide}>
          Show the guide on this page
        </button>
      )}
      {onCopyOutline && (
        <button type="button" class="link outline-button" onClick={onCopyOutline}>
          Copy page outline
        </button>
      )}
      {guideMessage && (
        <p class="hint" role="status">
          {guideMessage}
        </p>
      )}
    </section>
  );
}
