/** Runs storage read-modify-write steps one at a time, so two messages can't overwrite each other. */
let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(step: () => Promise<T>): Promise<T> {
  const run = tail.then(step, step);
  // The caller gets `run` and its failure; the queue only needs to know the step has ended.
  tail = run.catch(() => undefined);
  return run;
}
