// Escape hides the quote shown for a focused or hovered citation (WCAG 1.4.13: dismissible).
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') { return; }
    document.querySelectorAll('.tip').forEach(function (tip) { tip.classList.add('dismissed'); });
  });
  document.addEventListener('focusin', function () {
    document.querySelectorAll('.tip.dismissed').forEach(function (tip) { tip.classList.remove('dismissed'); });
  });
})();
