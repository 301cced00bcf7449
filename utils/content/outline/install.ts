/** The outline builder, left in the content scripts' isolated world for request.ts to use. */
import { buildOutline } from './build';
import { putOutlineBuilder } from './builder-slot';
import { deadlineBuckets } from './dates';

export function installOutlineBuilder(): void {
  putOutlineBuilder((subject, maxElements) =>
    buildOutline(document, {
      site: subject.site,
      expected: subject.expected,
      ...(subject.expectedClientId ? { expectedClientId: subject.expectedClientId } : {}),
      dateWhen: deadlineBuckets(new Date(), document.documentElement.lang || navigator.language),
      maxElements,
    }),
  );
}
