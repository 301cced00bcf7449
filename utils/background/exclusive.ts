/** A queue of storage read-modify-write steps run one at a time, so two messages can't overwrite each other. */
function lane(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (step) => {
    const run = tail.then(step, step);
    // The caller gets `run` and its failure; the queue only needs to know the step has ended.
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Rotations, secrets, consents and settings. */
export const exclusive = lane();

/**
 * The console records (apps, each console's status) have a lane of their own: a 1,000-app
 * console rewrites them after each of the user's clicks, and a new secret captured meanwhile
 * must not wait behind those writes. A step here never waits for `exclusive`, so a step of
 * `exclusive` may wait for this one.
 */
export const exclusiveRecords = lane();
