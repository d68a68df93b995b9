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

// Filters that apply as they are chosen: the page holds every item, those the filters leave
// out hidden (the server renders the address's choice the same way), so choosing a company or
// a topic shows the matching items at once and puts the choice in the address, without
// reloading and without moving focus; the Show button is then not needed. Without JavaScript
// the form and its button reload the page filtered.
(function () {
  'use strict';
  document.querySelectorAll('form[data-filter-here]').forEach(function (form) {
    var list = document.querySelector(form.dataset.filterHere);
    var count = document.querySelector('.result-count[data-template]');
    if (!list) {
      return;
    }
    form.classList.add('filtering-here');
    form.addEventListener('change', function () {
      var company = form.elements.company.value;
      var topic = form.elements.topic.value;
      var shown = 0;
      list.querySelectorAll('[data-filter-item]').forEach(function (item) {
        var show = (!company || item.dataset.company === company || item.dataset.company === '')
          && (!topic || item.dataset.topic === topic);
        item.hidden = !show;
        if (show) { shown++; }
      });
      document.querySelectorAll('[data-lane]').forEach(function (lane) {
        lane.hidden = !!company && lane.dataset.lane !== company;
      });
      list.classList.toggle('one-company', !!company);
      list.querySelectorAll(':scope > li').forEach(function (year) {
        year.hidden = !year.querySelector('[data-filter-item]:not([hidden])');
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
