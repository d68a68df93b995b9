// Highlights the whole quote a link points at (#q12), across every piece of text it covers,
// also where quotes overlap. Without this script the first piece is highlighted by CSS.
(function () {
  'use strict';
  function highlight() {
    document.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^q\d+$/.test(id)) { return; }
    document.querySelectorAll('mark[data-quotes]').forEach(function (m) {
      if (m.getAttribute('data-quotes').split(' ').indexOf(id) >= 0) { m.classList.add('current'); }
    });
  }
  window.addEventListener('hashchange', highlight);
  highlight();
})();
