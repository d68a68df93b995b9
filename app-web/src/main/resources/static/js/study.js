// Study mode's progress, kept in this browser only: each finished round's score and the facts
// it left to revisit. The pages work without it; it only remembers.
(function () {
  'use strict';
  var KEY = 'sidebyside.study.rounds';
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function save(rounds) {
    try { localStorage.setItem(KEY, JSON.stringify(rounds.slice(-20))); } catch (e) { /* private mode: nothing kept */ }
  }
  var score = document.querySelector('.study-score[data-score]');
  if (score) {
    var rounds = load();
    var id = location.pathname + location.search;
    if (!rounds.some(function (r) { return r.id === id; })) {
      rounds.push({ id: id, when: new Date().toISOString().slice(0, 10), score: +score.dataset.score,
        of: +score.dataset.of, topic: score.dataset.topic,
        revisit: score.dataset.revisit ? score.dataset.revisit.split(' ') : [],
        titles: score.dataset.revisitTitles ? score.dataset.revisitTitles.split(' \u2016 ') : [] });
      save(rounds);
    }
  }
  var list = document.querySelector('.study-rounds');
  if (list) {
    var kept = load();
    var none = document.querySelector('.study-progress-none');
    var forget = document.querySelector('.study-forget');
    kept.slice().reverse().forEach(function (r) {
      var li = document.createElement('li');
      // "{0}: {1} of {2} {3}" from the page, so that the words stay in the site's messages
      li.textContent = list.dataset.score.replace('{0}', r.when).replace('{1}', r.score).replace('{2}', r.of)
        .replace('{3}', r.topic ? '(' + r.topic + ')' : '') + ' ';
      if (r.revisit.length) {
        var ul = document.createElement('ul');
        r.revisit.forEach(function (key, n) {
          var item = document.createElement('li');
          var a = document.createElement('a');
          a.href = '/facts/' + encodeURIComponent(key);
          a.textContent = (r.titles && r.titles[n]) || key.replace(/-/g, ' ');
          item.appendChild(a);
          ul.appendChild(item);
        });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
    if (kept.length && none) { none.hidden = true; }
    if (kept.length && forget) {
      forget.hidden = false;
      forget.addEventListener('click', function () { save([]); list.textContent = ''; forget.hidden = true; if (none) { none.hidden = false; } });
    }
  }
})();
