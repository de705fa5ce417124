/* DBP dashboard: charts, step timers, the lock-out checklist and outcome recording. No build. */
(function () {
  'use strict';

  var charts = {};

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /** Sends JSON to the API with the session's CSRF token; rejects with the problem detail. */
  function api(method, url, body) {
    return fetch(url, {
      method: method, credentials: 'same-origin', headers: csrfHeaders(),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : null;
        if (!response.ok) {
          var message = json && (json.detail || json.title) || response.statusText;
          if (json && json.errors) {
            message += ': ' + json.errors.map(function (e) { return e.field + ' ' + e.message; })
              .join('; ');
          }
          throw new Error(message);
        }
        return json;
      });
    });
  }

  // --- SoX charts --------------------------------------------------------------------------

  var KINDS = {
    soh: { label: 'SoH %', color: '#0b4f8a', min: 0, max: 100 },
    soc: { label: 'SoC %', color: '#1d6b35', min: 0, max: 100 },
    temperature: { label: '°C', color: '#b3470b' }
  };

  function drawCharts(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    (root || document).querySelectorAll('.charts[data-series]').forEach(function (panel) {
      fetch(panel.dataset.series, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          panel.querySelectorAll('canvas[data-kind]').forEach(function (canvas) {
            drawChart(canvas, data);
          });
          panel.dataset.drawn = 'true';
        });
    });
  }

  function drawChart(canvas, data) {
    var kind = canvas.dataset.kind;
    var spec = KINDS[kind];
    if (charts[canvas.id]) {
      charts[canvas.id].destroy();
    }
    var datasets = [{ label: spec.label, data: data[kind], borderColor: spec.color,
      backgroundColor: spec.color, pointRadius: 0, borderWidth: 2, spanGaps: true }];
    if (kind === 'temperature') {
      datasets.push({ label: 'max', data: data.temperatureMax, borderColor: '#a1161b',
        borderDash: [4, 3], pointRadius: 0, borderWidth: 1, spanGaps: true });
      datasets.push({ label: 'min', data: data.temperatureMin, borderColor: '#0b4f8a',
        borderDash: [4, 3], pointRadius: 0, borderWidth: 1, spanGaps: true });
    }
    charts[canvas.id] = new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: kind === 'temperature' } },
        scales: {
          x: { ticks: { maxTicksLimit: 6, maxRotation: 0 } },
          y: { suggestedMin: spec.min, suggestedMax: spec.max }
        }
      }
    });
  }

  // --- timers ------------------------------------------------------------------------------

  function setupTimers() {
    document.querySelectorAll('li.step').forEach(function (step) {
      var display = step.querySelector('.timer');
      var toggle = step.querySelector('.timer-toggle');
      var reset = step.querySelector('.timer-reset');
      var minutes = step.querySelector('input[name="durationMinutes"]');
      if (!display || !toggle) {
        return;
      }
      var elapsed = 0;
      var started = null;
      var tick = null;
      function seconds() {
        return elapsed + (started ? (Date.now() - started) / 1000 : 0);
      }
      function show() {
        var s = Math.floor(seconds());
        display.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':'
          + String(s % 60).padStart(2, '0');
        if (minutes && !minutes.dataset.edited) {
          minutes.value = (Math.max(seconds(), 6) / 60).toFixed(1);
        }
      }
      toggle.addEventListener('click', function () {
        if (started) {
          elapsed = seconds();
          started = null;
          clearInterval(tick);
          toggle.textContent = toggle.dataset.start;
        } else {
          started = Date.now();
          tick = setInterval(show, 500);
          toggle.textContent = toggle.dataset.pause;
        }
        show();
      });
      reset.addEventListener('click', function () {
        elapsed = 0;
        started = started ? Date.now() : null;
        show();
      });
      if (minutes) {
        minutes.addEventListener('input', function () { minutes.dataset.edited = 'true'; });
      }
    });
  }

  // --- the run at the bench ------------------------------------------------------------------

  function text(key) {
    var i18n = document.getElementById('i18n');
    return i18n ? i18n.dataset[key] : key;
  }

  function setupRun() {
    var main = document.querySelector('main[data-battery]');
    var start = document.getElementById('start-run');
    if (!main || !start) {
      return;
    }
    var status = document.getElementById('run-status');
    var items = Array.prototype.slice.call(document.querySelectorAll('.lockout-item'));
    var confirm = document.getElementById('confirm-lockout');
    var lockoutStatus = document.getElementById('lockout-status');
    var run = null;

    function render(view) {
      run = view;
      window.dbpRun = view;
      var confirmed = view.lockout && view.lockout.confirmedAt;
      items.forEach(function (box) {
        box.disabled = !!confirmed;
        if (confirmed) {
          box.checked = true;
        }
      });
      confirm.disabled = !!confirmed || !items.every(function (b) { return b.checked; });
      if (confirmed) {
        lockoutStatus.textContent = text('confirmed');
      }
      (view.steps || []).forEach(function (s) {
        var li = document.getElementById('step-' + s.number);
        if (!li) {
          return;
        }
        li.dataset.state = s.status;
        var locked = li.dataset.lockout === 'true' && !confirmed;
        li.classList.toggle('locked', locked);
        var button = li.querySelector('button.record');
        button.disabled = locked || s.status === 'DONE' || s.status === 'SKIPPED';
        li.querySelector('.step-state').textContent = locked ? text('locked') : s.status;
      });
      status.textContent = text('started') + ' ' + view.id;
      start.disabled = true;
    }

    start.addEventListener('click', function () {
      start.disabled = true;
      api('POST', '/api/v1/disassembly-runs', {
        battery: main.dataset.battery, depth: main.dataset.depth, route: main.dataset.route
      }).then(render).catch(function (e) {
        status.textContent = text('failed') + ' ' + e.message;
        start.disabled = false;
      });
    });

    document.querySelectorAll('button.resume-run').forEach(function (resume) {
      resume.addEventListener('click', function () {
        api('GET', '/api/v1/disassembly-runs/' + resume.dataset.run).then(function (view) {
          render(view);
          document.querySelectorAll('button.resume-run').forEach(function (b) { b.hidden = true; });
        }).catch(function (e) {
          status.textContent = text('failed') + ' ' + e.message;
        });
      });
    });

    items.forEach(function (box) {
      box.addEventListener('change', function () {
        confirm.disabled = !run || !items.every(function (b) { return b.checked; });
      });
    });

    confirm.addEventListener('click', function () {
      confirm.disabled = true;
      api('POST', '/api/v1/disassembly-runs/' + run.id + '/lockout', {
        version: run.version,
        items: items.map(function (b) { return { key: b.value, confirmed: b.checked }; })
      }).then(render).catch(function (e) {
        lockoutStatus.textContent = text('failed') + ' ' + e.message;
        confirm.disabled = false;
      });
    });

    document.querySelectorAll('form.outcome').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var message = form.querySelector('.status-msg');
        var data = new FormData(form);
        function count(name) {
          return data.has(name) ? parseInt(data.get(name) || '0', 10) : 0;
        }
        api('POST', '/api/v1/disassembly-runs/' + run.id + '/steps/' + form.dataset.step, {
          version: run.version,
          result: data.get('result'),
          durationMinutes: parseFloat(data.get('durationMinutes') || '0'),
          stripped: count('stripped'), seized: count('seized'), damagedTabs: count('damagedTabs'),
          notes: data.get('notes') || null
        }).then(function (view) {
          render(view);
          message.textContent = text('recorded');
        }).catch(function (e) {
          message.textContent = text('failed') + ' ' + e.message;
        });
      });
    });
  }

  // --- applying a route ----------------------------------------------------------------------

  function setupRoutes() {
    var main = document.querySelector('main[data-battery]');
    document.querySelectorAll('form.apply-route').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var message = form.querySelector('.status-msg');
        var data = new FormData(form);
        api('POST', '/api/v1/batteries/' + encodeURIComponent(main.dataset.battery) + '/route', {
          route: form.dataset.route, confirm: data.get('confirm') === 'on',
          reason: data.get('reason')
        }).then(function () {
          window.location.assign('/batteries/' + encodeURIComponent(main.dataset.battery));
        }).catch(function (e) {
          message.textContent = e.message;
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    setupTimers();
    setupRun();
    setupRoutes();
    document.body.addEventListener('htmx:afterSwap', function (event) {
      drawCharts(document);
    });
  });
})();
