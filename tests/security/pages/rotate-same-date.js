window.__hostileRotate = 'same-date';
