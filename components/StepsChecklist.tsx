import { i18n } from '#i18n';
import { STEPS, type StepId, stepById, stepNumber } from '../utils/core/steps';
import { formatNumber } from '../utils/core/ui-language';

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
      <h2 id="steps-heading">{i18n.t('popup.steps.heading')}</h2>
      <details class="steps-box">
        <summary>
          <span class="now">
            {i18n.t('popup.steps.counter', { n: formatNumber(n), of: formatNumber(of) })}
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
          {i18n.t('popup.steps.showGuide')}
        </button>
      )}
      {onCopyOutline && (
        <button type="button" class="link outline-button" onClick={onCopyOutline}>
          {i18n.t('popup.steps.copyOutline')}
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
