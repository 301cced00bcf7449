/*
 * Benchmark host page: heavy DOM churn. window.__churn({frames, nodesPerFrame}) replaces
 * nodesPerFrame nodes (rows of spans, text and attributes) on every animation frame for
 * `frames` frames and resolves when done. The work is fixed, so main-thread time differs
 * between runs only by what else runs (an extension) and by the machine.
 */
(() => {
  const host = document.getElementById('host');
  window.__churn = ({ frames, nodesPerFrame }) =>
    new Promise((resolve) => {
      let frame = 0;
      const step = () => {
        const fragment = document.createDocumentFragment();
        for (let index = 0; index < nodesPerFrame / 2; index++) {
          const cell = document.createElement('span');
          cell.setAttribute('data-frame', String(frame));
          cell.textContent = `row ${index} frame ${frame}`;
          fragment.append(cell);
        }
        host.replaceChildren(fragment);
        void host.offsetHeight;
        frame += 1;
        if (frame < frames) requestAnimationFrame(step);
        else resolve(frame);
      };
      requestAnimationFrame(step);
    });
})();
