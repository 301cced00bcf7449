/**
 * A MutationObserver for callers that re-read the whole page anyway: it reports the first change
 * and then lets go until `listen` re-arms it. Left connected, it would queue a record for every
 * node a busy page touches (a thousand a frame under churn) that nobody reads.
 */
export type ChangeSignal = {
  listen(root: Node, options: MutationObserverInit): void;
  disconnect(): void;
};

export function changeSignal(onChange: () => void): ChangeSignal {
  const observer = new MutationObserver(() => {
    observer.disconnect();
    onChange();
  });
  return {
    listen: (root, options) => observer.observe(root, options),
    disconnect: () => observer.disconnect(),
  };
}
