window.__hostileRotate = 'error';
