import { STEPS, type StepId } from '../utils/steps';

type Props = { current: StepId; onShowGuide: (() => void) | null; guideMessage: string | null };

/** The whole procedure across both sites, the current step marked; the same steps the page guide shows. */
export function StepsChecklist({ current, onShowGuide, guideMessage }: Props) {
  const currentIndex = STEPS.findIndex((step) => step.id === current);
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps</h2>
      <ol class="steps">
        {STEPS.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          return (
            <li
              key={step.id}
              class={`step ${state} ${step.site}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span class="site">{step.site === 'amazon' ? 'Amazon' : 'VendorAuto'}</span>
              <span class="title">{step.title}</span>
            </li>
          );
        })}
      </ol>
      {onShowGuide && (
        <button type="button" onClick={onShowGuide}>
          Show the guide on this page
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
