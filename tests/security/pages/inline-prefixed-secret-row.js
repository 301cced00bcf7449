window.__hostileInlineRow('prefixed-upper');
