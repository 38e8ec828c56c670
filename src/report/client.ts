/**
 * The report page's own script, inlined after uPlot. It reads the embedded JSON and draws one
 * uPlot chart per SLO: the value, the objective as a dashed second series (so it is in the
 * legend), phase bands as shaded elements under the canvas and decision markers as elements over
 * it. Bands and markers are DOM elements (uPlot's documented `under`/`over` layers) rather than
 * canvas paint, so their labels stay crisp and tests and readers can query them:
 * `[data-phase]`, `[data-marker]`, legend rows with `data-series`, and `data-threshold-y` (the
 * objective's row in canvas pixels) on each chart. `body[data-ready]` is set once all are drawn.
 *
 * Plain browser JavaScript in a String.raw template, so `\n` reaches the page as written; it
 * must hold no backtick and no dollar-brace.
 */
export const CLIENT_JS = String.raw`(() => {
  'use strict';
  const errorBox = document.getElementById('phasegate-error');
  const fail = (err) => {
    errorBox.hidden = false;
    errorBox.textContent = 'The charts could not be drawn: ' + ((err && err.message) || err);
    throw err;
  };
  if (typeof uPlot !== 'function') fail(new Error('the charting library (uPlot) did not load'));
  const data = JSON.parse(document.getElementById('phasegate-data').textContent);
  const tz = data.timezone;
  const HEIGHT = 320;
  const LABEL_ROOM = 58; // three rows of labels; style.ts lifts .pg-marker by as much
  const sec = (ms) => ms / 1000;
  const pad = (n) => String(n).padStart(2, '0');
  const local = (ms) => uPlot.tzDate(new Date(ms), tz);
  const stamp = (ms) => {
    const d = local(ms);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' +
      pad(d.getHours()) + ':' + pad(d.getMinutes());
  };
  const SUFFIX = { seconds: ' s', '%': '%', count: '' };
  const fmt = (axis, v) => (v == null ? '—' : String(+v.toPrecision(5)) + SUFFIX[axis]);

  // Local dates under the first tick of each day, times otherwise; days only when ticks are days.
  const xValues = (u, splits, axisIdx, space, incr) => {
    let prevDay = null;
    return splits.map((ts) => {
      const d = local(ts * 1000);
      const day = pad(d.getMonth() + 1) + '-' + pad(d.getDate());
      if (incr >= 86400) return day;
      const time = pad(d.getHours()) + ':' + pad(d.getMinutes());
      const label = day !== prevDay ? time + '\n' + day : time;
      prevDay = day;
      return label;
    });
  };

  // The y range holds the values and the objective, with a little room.
  // (min and max include the objective's own series.)
  const yRange = (slo) => (u, min, max) => {
    const thr = slo.objective.value;
    const empty = slo.v.every((v) => v == null);
    let lo = min == null ? thr : Math.min(min, thr);
    let hi = max == null ? thr : Math.max(max, thr);
    // No data: centre the objective in a range of its own size.
    const span = hi - lo || Math.max(Math.abs(hi) * (empty ? 1 : 0.1), 1);
    if (empty) return [thr - span / 2, thr + span / 2];
    lo -= span * 0.08;
    hi += span * 0.08;
    if (slo.axis !== '%' || slo.stat === 'ratio') lo = Math.max(0, lo);
    if (slo.stat === 'ratio' && hi > 100 && (max == null || max <= 100)) hi = 100;
    return [lo, hi];
  };

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };

  const overlays = (u, slo) => {
    if (slo.v.every((v) => v == null)) {
      u.over.appendChild(el('div', 'pg-nodata')).appendChild(el('span', '', 'no data in this period'));
    }
    const bands = data.phases.map((p) => {
      const b = el('div', 'pg-band');
      b.dataset.phase = p.phase;
      b.style.background = p.color;
      b.appendChild(el('span', 'pg-band-label', p.phase + ' ' + p.name));
      u.under.appendChild(b);
      return { node: b, p };
    });
    const marks = data.decisions.map((d) => {
      const m = el('div', 'pg-marker');
      m.dataset.marker = d.action;
      m.dataset.at = String(d.at);
      m.style.setProperty('--c', d.color);
      const label = el('span', 'pg-marker-label', d.label);
      label.title = stamp(d.at) + ' ' + d.label + (d.reason ? ': ' + d.reason : '');
      m.appendChild(label);
      u.over.appendChild(m);
      return { node: m, label, d };
    });
    return { bands, marks };
  };

  const place = (u, ov) => {
    const w = u.valToPos(u.scales.x.max, 'x');
    for (const { node, p } of ov.bands) {
      const a = Math.max(0, u.valToPos(sec(p.from), 'x'));
      const b = Math.min(w, u.valToPos(sec(p.to), 'x'));
      node.style.display = b > a ? '' : 'none';
      node.style.left = a + 'px';
      node.style.width = Math.max(0, b - a) + 'px';
    }
    // Labels go in rows so neighbours never overlap (the first three above the plot, the marker
    // line reaching up to them); near the right edge they flip to the left.
    const rows = [];
    for (const { node, label, d } of ov.marks) {
      const x = u.valToPos(sec(d.at), 'x');
      const inside = x >= 0 && x <= w + 0.5;
      node.style.display = inside ? '' : 'none';
      if (!inside) continue;
      node.style.left = x + 'px';
      const lw = label.offsetWidth;
      const flip = x + lw + 4 > w;
      label.classList.toggle('pg-flip', flip);
      const start = flip ? x - lw - 4 : x + 4;
      let row = rows.findIndex((end) => end < start - 4);
      if (row < 0) {
        row = rows.length;
        rows.push(0);
      }
      rows[row] = start + lw;
      label.style.top = 2 + row * 18 + 'px';
    }
  };

  const charts = [];
  const widthOf = (box) => Math.max(320, Math.floor(box.clientWidth));
  data.slos.forEach((slo, i) => {
    const box = document.querySelector('[data-chart="' + i + '"]');
    const xs = slo.t.map(sec);
    let ov = null;
    const opts = {
      width: widthOf(box),
      height: HEIGHT,
      // Room above the plot for three rows of decision labels.
      padding: [LABEL_ROOM, 16, null, null],
      tzDate: (ts) => local(ts * 1000),
      cursor: { sync: { key: 'phasegate' } },
      scales: { x: { time: true }, y: { range: yRange(slo) } },
      axes: [
        { values: xValues, space: 60 },
        { label: slo.axis, size: 64, values: (u, splits) => splits.map((v) => String(+v.toPrecision(6))) },
      ],
      series: [
        { label: 'time (' + tz + ')', value: (u, ts) => (ts == null ? '—' : stamp(ts * 1000)) },
        {
          label: slo.title,
          stroke: '#1d4ed8',
          width: 2,
          spanGaps: false,
          points: { show: false },
          value: (u, v) => fmt(slo.axis, v),
        },
        {
          label: 'objective ' + slo.objective.text,
          stroke: '#ea580c',
          width: 2,
          dash: [8, 5],
          points: { show: false },
          value: (u, v) => fmt(slo.axis, v),
        },
      ],
      hooks: {
        draw: [
          (u) => {
            if (!ov) ov = overlays(u, slo);
            place(u, ov);
            box.dataset.thresholdY = String(Math.round(u.valToPos(slo.objective.value, 'y', true)));
          },
        ],
      },
    };
    const u = new uPlot(opts, [xs, slo.v, xs.map(() => slo.objective.value)], box);
    const names = ['time', 'value', 'threshold'];
    u.root.querySelectorAll('.u-legend .u-series').forEach((row, k) => {
      row.dataset.series = names[k] || 'other';
    });
    charts.push({ u, box });
  });

  let frame = 0;
  addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      for (const { u, box } of charts) u.setSize({ width: widthOf(box), height: HEIGHT });
    });
  });
  document.body.dataset.ready = String(charts.length);
})();
`;
