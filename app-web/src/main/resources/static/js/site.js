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

// Filters that apply as they are chosen: on a page showing every fact (no filter in its
// address), choosing a company or a topic shows only the matching facts at once and puts the
// choice in the address, without reloading and without moving focus; the Show button is then
// not needed. Where the page was loaded filtered, the form and its button work as they do
// without JavaScript.
(function () {
  'use strict';
  document.querySelectorAll('form[data-filter-here]').forEach(function (form) {
    var list = document.querySelector(form.dataset.filterHere);
    var count = document.querySelector('.result-count[data-template]');
    if (!list || location.search) {
      return; // loaded filtered: the other facts are not on the page, so the button stays
    }
    form.classList.add('filtering-here');
    form.addEventListener('change', function () {
      var company = form.elements.company.value;
      var topic = form.elements.topic.value;
      var shown = 0;
      list.querySelectorAll('article.fact').forEach(function (fact) {
        var show = (!company || fact.dataset.company === company || fact.dataset.company === '')
          && (!topic || fact.dataset.topic === topic);
        fact.hidden = !show;
        if (show) { shown++; }
      });
      list.querySelectorAll(':scope > li').forEach(function (year) {
        year.hidden = !year.querySelector('article.fact:not([hidden])');
      });
      if (count) { count.textContent = count.dataset.template.replace('{0}', shown); }
      var query = new URLSearchParams();
      if (company) { query.set('company', company); }
      if (topic) { query.set('topic', topic); }
      history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query : ''));
    });
  });
})();

// A page prints as a handout with its quotes as footnotes: open them for printing.
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details.footnotes').forEach(function (d) { d.open = true; });
});
