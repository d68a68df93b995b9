// Draws a bar chart for every figure.chart from the data table beside it. The table stays:
// it is the chart's text alternative and what shows where scripts do not run.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') { return; }
  var colours = { alibaba: '#a33d00', amazon: '#0d5a8f' };
  var compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  function tick(unit) {
    return function (value) {
      var n = compact.format(value);
      return unit === 'percent' ? n + '%' : unit === 'USD' ? '$' + n : n;
    };
  }
  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var rows = figure.querySelectorAll('.chart-data tbody tr');
    var labels = [], values = [], texts = [], fills = [];
    rows.forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      var cell = row.querySelector('td[data-value]');
      values.push(parseFloat(cell.getAttribute('data-value')));
      texts.push(cell.textContent.trim());
      fills.push(colours[row.getAttribute('data-company')] || '#555');
    });
    var holder = figure.querySelector('.chart-canvas');
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', figure.getAttribute('data-alt'));
    holder.appendChild(canvas);
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ data: values, backgroundColor: fills }] },
      options: {
        indexAxis: 'y', maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false },
          tooltip: { callbacks: { label: function (ctx) { return texts[ctx.dataIndex]; } } } },
        scales: { x: { beginAtZero: true, ticks: { maxTicksLimit: 5, callback: tick(figure.getAttribute('data-unit')) } } }
      }
    });
  });
})();
