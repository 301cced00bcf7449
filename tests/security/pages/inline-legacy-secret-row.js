window.__hostileInlineRow('legacy');
