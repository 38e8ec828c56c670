export const id = 643;
export const ids = [643];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateCommand: () => (/* binding */ evaluateCommand)
/* harmony export */ });
/* harmony import */ var _fs_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6790);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3599);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2575);
/* harmony import */ var _render_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1165);
/* harmony import */ var _rollout_decide_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(484);
/* harmony import */ var _rollout_lookback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(981);
/* harmony import */ var _telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7833);
/* harmony import */ var _worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6737);
/**
 * `phasegate evaluate`: judge the current phase's SLOs from committed window records and decide.
 */








// The Action's loop imports it from here.

async function evaluateCommand(opts) {
    const loaded = (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicyDir */ .yD)(opts.config);
    const { policy } = loaded;
    const current = opts.phase === undefined || opts.since === undefined ? (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCurrent */ .n8)(loaded) : undefined;
    const phase = opts.phase ?? current?.phase;
    if (phase === undefined) {
        throw new _input_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`no current phase: ${loaded.currentPath} does not exist; pass --phase <id> --since <iso>`);
    }
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseById */ .K6)(policy, phase);
    if (!spec)
        throw new _input_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`--phase: unknown phase "${phase}"; valid phases: ${(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseIds */ .ab)(policy).join(', ')}`);
    let since = opts.since;
    if (since === undefined) {
        if (!current || current.phase !== phase) {
            throw new _input_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`--phase ${phase} is not the current phase (${current?.phase ?? 'none'}); give --since <iso> too`);
        }
        since = current.since;
    }
    if (since > opts.at) {
        // Name where the time came from: the flags only when the user gave them.
        const began = opts.since === undefined
            ? `${(0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(loaded.currentPath)} says phase ${phase} began ${new Date(since).toISOString()}`
            : `--since ${new Date(since).toISOString()}`;
        const at = `${new Date(opts.at).toISOString()}${opts.atGiven ? ' (--at)' : ' (now)'}`;
        throw new _input_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${began}, after ${at}; a phase cannot begin in the future: fix since: there (phasegate advance/rollback without --at writes now)`);
    }
    const started = current?.phase === phase ? current.started : undefined;
    const from = (0,_rollout_lookback_js__WEBPACK_IMPORTED_MODULE_7__/* .lookbackStart */ .f)(policy, spec, since, opts.at, started);
    const records = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecords */ .T3)(opts.records, from, opts.at).catch((e) => {
        const words = (0,_fs_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFsError */ .T)(e, opts.records, 'folder');
        throw words
            ? new _input_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`--records: ${words}; give the folder of window records (reports/monitoring)`)
            : e;
    });
    const entered = current?.phase === phase && current.since === since ? current.entered : undefined;
    const evaluation = (0,_rollout_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluate */ ._)({ policy, phase, since, records, at: opts.at, entered, started });
    const text = opts.format === 'json'
        ? `${JSON.stringify((0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictJson */ .Gq)(policy, evaluation, records))}\n`
        : (0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .renderVerdictMarkdown */ .d1)(policy, evaluation, records);
    return { policy, evaluation, text };
}


/***/ }),

/***/ 2283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ensureDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Creates a folder and its missing parents, one level at a time. Node's `mkdir(…, { recursive:
 * true })` spins at 100 % CPU forever on paths such as /proc/self/x (the kernel answers ENOENT
 * for the new entry while its parent exists, and Node retries); here that is an error at once.
 */


async function ensureDir(dir) {
    const missing = [];
    let at = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    for (;;) {
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(at);
            if (!s.isDirectory())
                throw Object.assign(new Error(`${at} is a file`), { code: 'ENOTDIR', path: at });
            break;
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
            missing.push(at);
            const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (up === at)
                break;
            at = up;
        }
    }
    for (const d of missing.reverse()) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
}


/***/ }),

/***/ 6110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ formatRecollect),
/* harmony export */   o: () => (/* binding */ recollectNeed)
/* harmony export */ });
const SHOWN_REASONS = 2;
function recollectNeed(slos, windowMs, records) {
    const bySli = new Map();
    const byStart = new Map((records ?? []).map((r) => [r.start, r]));
    for (const v of slos) {
        if (v.windows.missing === 0)
            continue;
        const entry = bySli.get(v.sli) ?? { starts: new Set(), reasons: new Set(), counted: 0 };
        bySli.set(v.sli, entry);
        entry.counted = Math.max(entry.counted, v.windows.missing);
        if (!records)
            continue;
        for (let s = v.window.from; s + windowMs <= v.window.to; s += windowMs) {
            const r = byStart.get(s);
            const why = !r
                ? 'no report'
                : (r.missing.get(v.sli) ?? (r.slis.has(v.sli) ? null : 'not in the report'));
            if (why === null)
                continue;
            entry.starts.add(s);
            entry.reasons.add(why);
        }
    }
    const slis = [...bySli].map(([sli, e]) => ({
        sli,
        windows: records ? e.starts.size : e.counted,
        reasons: [...e.reasons],
    }));
    return { needed: slis.some((s) => s.windows > 0), slis: slis.filter((s) => s.windows > 0) };
}
/**
 * "re-collect needed: no", or "re-collect needed: 3 windows lack save_latency (source failed: …);
 * collected again next run".
 */
function formatRecollect(need) {
    if (!need.needed)
        return 're-collect needed: no';
    const parts = need.slis.map((s) => {
        const shown = s.reasons.slice(0, SHOWN_REASONS);
        const more = s.reasons.length > SHOWN_REASONS ? `; ${s.reasons.length - SHOWN_REASONS} more` : '';
        const why = shown.length ? ` (${shown.join('; ')}${more})` : '';
        return `${s.windows} ${s.windows === 1 ? 'window lacks' : 'windows lack'} ${s.sli}${why}`;
    });
    return `re-collect needed: ${parts.join('; ')}; collected again next run`;
}


/***/ }),

/***/ 1165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ verdictJson),
/* harmony export */   d1: () => (/* binding */ renderVerdictMarkdown),
/* harmony export */   pr: () => (/* binding */ ACTION_TEXT),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* harmony import */ var _judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6110);
/* harmony import */ var _rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7516);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/**
 * The verdict as Markdown: the table a PR comment carries and `phasegate evaluate --format
 * markdown` prints. Also the JSON shape `--format json` prints (one object, stable keys).
 */



const STATUS_ICON = { pass: '✅ pass', fail: '❌ fail', no_data: '⚪ no data' };
const ACTION_TEXT = {
    advance: 'advance',
    hold: 'hold',
    rollback: 'roll back',
    restart: 'restart',
    complete: 'complete',
};
/**
 * `records`: the window records the evaluation judged, to say why windows need collecting again
 * (the plan's 再試行要否コメント); without them the line gives the counts alone.
 */
function renderVerdictMarkdown(policy, ev, records) {
    const phase = policy.phases.find((p) => p.id === ev.phase);
    const d = ev.decision;
    const target = d.to ? ` → ${d.to}` : '';
    const alert = d.alert ? ' ⚠️ alert' : '';
    const lines = [
        `### phasegate verdict: ${policy.rollout}, phase ${ev.phase}${phase ? ` (${phase.name})` : ''}`,
        '',
        `Evaluated at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInstant */ .r4)(ev.at)}; phase began ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInstant */ .r4)(ev.since)}.`,
        '',
        `**Decision: ${ACTION_TEXT[d.action]}${target}**${alert}`,
        '',
        ...d.reasons.map((r) => `- ${escapeCell(r)}`),
        ...(ev.confirmation ? [`- ${escapeCell((0,_rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_0__/* .confirmationText */ .xR)(ev.confirmation))}`] : []),
        '',
        `${sentence((0,_judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRecollect */ .n)((0,_judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__/* .recollectNeed */ .o)(ev.slos, policy.windowMs, records)))}.`,
        '',
        '| SLO | value | objective | window | samples | status |',
        '|---|---|---|---|---|---|',
    ];
    for (const s of ev.slos) {
        const spec = phase?.slos.find((x) => x.id === s.id);
        const objective = spec ? `${spec.objective.op === '<=' ? '≤' : '≥'} ${spec.objective.text}` : '';
        const window = spec ? (spec.window === 'day' ? `day (${policy.timezone})` : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(spec.window)) : '';
        lines.push(`| ${s.id} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(s.value, s.unit)} | ${objective} | ${window} | ${s.samples} | ${STATUS_ICON[s.status]} |`);
    }
    if (ev.rules.length || ev.advance || ev.recovery) {
        lines.push('', '| rule | SLO | fired | detail |', '|---|---|---|---|');
        for (const r of ev.rules) {
            lines.push(`| rollback: ${r.rule} | ${r.slo} | ${r.fired ? '🔴 yes' : 'no'} | ${escapeCell(r.detail)} |`);
        }
        if (ev.advance) {
            lines.push(`| advance: ${ev.advance.rule} | all | ${ev.advance.met ? '🟢 met' : 'not yet'} | ${escapeCell(ev.advance.detail)} |`);
        }
        if (ev.recovery) {
            lines.push(`| recovery: restart ${ev.recovery.restart} | watched | ${ev.recovery.met ? '🟢 met' : 'not yet'} | ${escapeCell(ev.recovery.detail)} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** The stable JSON form of an evaluation (values in base units: ms, fractions, counts). */
function verdictJson(policy, ev, records) {
    return {
        rollout: policy.rollout,
        phase: ev.phase,
        since: new Date(ev.since).toISOString(),
        at: new Date(ev.at).toISOString(),
        decision: {
            action: ev.decision.action,
            from: ev.decision.from,
            to: ev.decision.to,
            alert: ev.decision.alert,
            reasons: ev.decision.reasons,
        },
        slos: ev.slos.map((s) => ({
            id: s.id,
            sli: s.sli,
            status: s.status,
            value: s.value,
            threshold: s.threshold,
            op: s.op,
            unit: s.unit,
            samples: s.samples,
            min_samples: s.minSamples,
            window: { from: new Date(s.window.from).toISOString(), to: new Date(s.window.to).toISOString() },
            reason: s.reason,
        })),
        rules: ev.rules.map((r) => ({ rule: r.rule, slo: r.slo, fired: r.fired, detail: r.detail })),
        advance: ev.advance,
        recovery: ev.recovery,
        confirmation: ev.confirmation && {
            windows: ev.confirmation.windows,
            rechecked: ev.confirmation.rechecked,
            last: ev.confirmation.last === null ? null : new Date(ev.confirmation.last).toISOString(),
        },
        recollect: (0,_judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__/* .recollectNeed */ .o)(ev.slos, policy.windowMs, records),
    };
}
function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ mergeInto),
/* harmony export */   hl: () => (/* binding */ RECORD_VERSION),
/* harmony export */   lc: () => (/* binding */ samplesOf),
/* harmony export */   pO: () => (/* binding */ emptyAggregate)
/* harmony export */ });
/* unused harmony export unionSorted */
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2459);
/**
 * Window records: what one 15-minute window of telemetry amounts to, per SLI. These records are
 * what gets committed under reports/monitoring/ and what every verdict is computed from, so they
 * are mergeable: counts for ratios, a quantile sketch for latency. Any longer span is the exact
 * merge of its windows.
 */

const RECORD_VERSION = 1;
/**
 * An empty aggregate; a latency one counts samples above each of `thresholds` (ms), if given; a
 * count one keeps its distinct values when `distinct` is set; a ratio one counts its control
 * cohort apart when `control` is set.
 */
function emptyAggregate(kind, thresholds, { distinct = false, control = false } = {}) {
    switch (kind) {
        case 'latency': {
            const agg = { kind, count: 0, sum: 0, min: null, max: null, sketch: new _sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencySketch */ .d() };
            if (thresholds)
                agg.over = new Map(thresholds.map((t) => [t, 0]));
            return agg;
        }
        case 'ratio':
            return control
                ? { kind, numerator: 0, denominator: 0, control: { numerator: 0, denominator: 0 } }
                : { kind, numerator: 0, denominator: 0 };
        case 'count':
            return distinct ? { kind, count: 0, distinct: [] } : { kind, count: 0 };
    }
}
/** into += from (same kind). Exact for counts; the sketch merge keeps its relative-error bound. */
function mergeInto(into, from) {
    if (into.kind === 'latency' && from.kind === 'latency') {
        into.count += from.count;
        into.sum += from.sum;
        into.min = into.min === null ? from.min : from.min === null ? into.min : Math.min(into.min, from.min);
        into.max = into.max === null ? from.max : from.max === null ? into.max : Math.max(into.max, from.max);
        mergeOver(into, from);
        into.sketch.merge(from.sketch);
    }
    else if (into.kind === 'ratio' && from.kind === 'ratio') {
        mergeRatio(into, from);
    }
    else if (into.kind === 'count' && from.kind === 'count') {
        mergeCount(into, from);
    }
    else {
        throw new Error(`cannot merge a ${from.kind} record into a ${into.kind} record`);
    }
}
/**
 * Rates add up, and so do control cohorts. A side without `control` (a record of another source,
 * or written before the SLI had it: its control events sit in its rate) makes the merged control
 * unknown, unless that side is empty; an empty side without it changes nothing.
 */
function mergeRatio(into, from) {
    if (from.numerator === 0 && from.denominator === 0 && !from.control)
        return;
    if (into.numerator === 0 && into.denominator === 0 && !into.control) {
        into.numerator = from.numerator;
        into.denominator = from.denominator;
        if (from.control)
            into.control = { ...from.control };
        return;
    }
    into.numerator += from.numerator;
    into.denominator += from.denominator;
    if (into.control && from.control) {
        into.control.numerator += from.control.numerator;
        into.control.denominator += from.control.denominator;
    }
    else {
        delete into.control;
    }
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The sorted union of two sorted, duplicate-free lists. */
function unionSorted(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const c = byCodeUnit(a[i], b[j]);
        out.push(c <= 0 ? a[i] : b[j]);
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
    }
    while (i < a.length)
        out.push(a[i++]);
    while (j < b.length)
        out.push(b[j++]);
    return out;
}
/**
 * Counts add up; distinct values merge as a union, so a value seen on both sides counts once.
 * Events without the field (count − distinct values) always add up. A side without `distinct`
 * (a record of another source, or written before the SLI had it) makes the merge a plain sum.
 */
function mergeCount(into, from) {
    if (from.count === 0 && !from.distinct)
        return;
    if (into.count === 0 && !into.distinct) {
        into.count = from.count;
        if (from.distinct)
            into.distinct = [...from.distinct];
        return;
    }
    if (!into.distinct || !from.distinct) {
        into.count += from.count;
        delete into.distinct;
        return;
    }
    const anonymous = into.count - into.distinct.length + (from.count - from.distinct.length);
    into.distinct = unionSorted(into.distinct, from.distinct);
    into.count = into.distinct.length + anonymous;
}
/**
 * Adds threshold counts (called after the sample counts were added). A window without samples adds nothing
 * whether or not it has them; otherwise only thresholds both sides count are kept.
 */
function mergeOver(into, from) {
    if (from.count === 0)
        return;
    if (into.count === from.count) {
        into.over = from.over && new Map(from.over);
        return;
    }
    if (!into.over)
        return;
    if (!from.over) {
        into.over = undefined;
        return;
    }
    for (const [t, n] of into.over) {
        const m = from.over.get(t);
        if (m === undefined)
            into.over.delete(t);
        else
            into.over.set(t, n + m);
    }
}
/** How many events an aggregate stands on: the sample count a verdict reports. */
function samplesOf(a) {
    return a.kind === 'ratio' ? a.denominator : a.count;
}


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ SKETCH_RELATIVE_ACCURACY),
/* harmony export */   d: () => (/* binding */ LatencySketch)
/* harmony export */ });
/* harmony import */ var _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7810);
/* harmony import */ var _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Latency distribution as a DDSketch (relative-error quantile sketch, α = 1 %): any quantile it
 * reports is within 1 % of the true rank statistic x[floor(q·(n-1))], and two sketches merge
 * exactly, so a 2 h or 5-day P95 is computed from 15-minute records with the same guarantee.
 *
 * We use @datadog/sketches-js for the mapping, the store and the quantile walk (the reference
 * implementation, shared with Datadog's Go/Java/Python versions) and serialize its bins as
 * readable JSON ourselves, so committed window records diff well and stay byte-stable.
 */

const SKETCH_RELATIVE_ACCURACY = 0.01;
class LatencySketch {
    dd = new _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__.DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
    /**
     * Adds one value. Values ≤ 0 count in the zero bucket (a duration cannot be negative; keeping
     * them out of the negative store keeps in-memory merges and the JSON form in agreement).
     */
    add(value) {
        this.dd.accept(Math.max(value, 0));
    }
    get count() {
        return this.dd.count;
    }
    /** The q-quantile (0..1) with relative error ≤ α, or undefined when empty. */
    quantile(q) {
        return this.dd.count === 0 ? undefined : this.dd.getValueAtQuantile(q);
    }
    merge(other) {
        if (other.dd.count > 0)
            this.dd.merge(other.dd);
    }
    toJSON() {
        const store = this.dd.store;
        const bins = [];
        if (store.count > 0) {
            for (let key = store.minKey; key <= store.maxKey; key++) {
                const c = store.bins[key - store.offset] ?? 0;
                if (c > 0)
                    bins.push([key, c]);
            }
        }
        return { alpha: SKETCH_RELATIVE_ACCURACY, zero: this.dd.zeroCount + this.dd.negativeStore.count, bins };
    }
    static fromJSON(json) {
        if (json.alpha !== SKETCH_RELATIVE_ACCURACY) {
            throw new Error(`sketch with relative accuracy ${json.alpha}; this version reads ${SKETCH_RELATIVE_ACCURACY}`);
        }
        const s = new LatencySketch();
        const dd = s.dd;
        for (const [key, count] of json.bins) {
            dd.store.add(key, count);
            dd.count += count;
        }
        if (json.zero > 0) {
            dd.zeroCount += json.zero;
            dd.count += json.zero;
        }
        return s;
    }
}


/***/ }),

/***/ 7833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WP: () => (/* binding */ listRecordEnds),
  u_: () => (/* binding */ readRecentRecords),
  T3: () => (/* binding */ readRecords),
  PU: () => (/* binding */ writeRecordFile),
  Wh: () => (/* binding */ writeRecords)
});

// UNUSED EXPORTS: RECORDS_DIR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/ensure-dir.ts
var ensure_dir = __webpack_require__(2283);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/telemetry/record.ts
var record = __webpack_require__(4014);
// EXTERNAL MODULE: ./src/telemetry/sketch.ts
var sketch = __webpack_require__(2459);
;// CONCATENATED MODULE: ./src/telemetry/codec.ts
/**
 * The report codec: a WindowRecord as versioned JSONL and back.
 *
 * Encoding is deterministic byte for byte: a `window` header line, then one `sli` line per SLI
 * sorted by SLI id, then `missing` lines sorted by SLI id; keys in a fixed order, sketch bins
 * sorted by key, numbers as JSON.stringify writes them (shortest round-trip form), "\n" after
 * every line. Decoding validates every line and names the file and line number of a broken one.
 */



class RecordDecodeError extends Error {
    file;
    line;
    detail;
    constructor(file, line, detail) {
        super(`${file}:${line}: ${detail}; restore the file from git or collect its window again`);
        this.file = file;
        this.line = line;
        this.detail = detail;
        this.name = 'RecordDecodeError';
    }
}
const codec_iso = (ms) => new Date(ms).toISOString();
function byId(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The report lines of a window, in file order. */
function recordLines(report) {
    const lines = [
        {
            v: record/* RECORD_VERSION */.hl,
            type: 'window',
            start: codec_iso(report.start),
            end: codec_iso(report.end),
            events: report.counts.events,
            malformed: report.counts.malformed,
            invalid: report.counts.invalid,
            unknown: report.counts.unknown,
            ...(report.rechecked !== undefined && { rechecked: codec_iso(report.rechecked) }),
        },
    ];
    for (const id of [...report.slis.keys()].sort(byId)) {
        const a = report.slis.get(id);
        switch (a.kind) {
            case 'latency':
                lines.push({
                    v: record/* RECORD_VERSION */.hl,
                    type: 'sli',
                    sli: id,
                    kind: 'latency',
                    count: a.count,
                    sum: a.sum,
                    min: a.min,
                    max: a.max,
                    ...(a.over && { over: [...a.over].sort((x, y) => x[0] - y[0]) }),
                    sketch: a.sketch.toJSON(),
                });
                break;
            case 'ratio':
                lines.push({
                    v: record/* RECORD_VERSION */.hl,
                    type: 'sli',
                    sli: id,
                    kind: 'ratio',
                    numerator: a.numerator,
                    denominator: a.denominator,
                    ...(a.control && {
                        control: { numerator: a.control.numerator, denominator: a.control.denominator },
                    }),
                });
                break;
            case 'count':
                lines.push({
                    v: record/* RECORD_VERSION */.hl,
                    type: 'sli',
                    sli: id,
                    kind: 'count',
                    count: a.count,
                    ...(a.distinct && { distinct: a.distinct }),
                });
                break;
        }
    }
    for (const id of [...report.missing.keys()].sort(byId)) {
        lines.push({ v: record/* RECORD_VERSION */.hl, type: 'missing', sli: id, reason: report.missing.get(id) });
    }
    return lines;
}
/** One line's JSON, keys in the order the RecordLine literal above gives them. */
function lineJson(line) {
    if (line.type === 'sli' && line.kind === 'latency') {
        // The sketch is written by hand so the key order and the bin layout never depend on an object.
        const { sketch, ...rest } = line;
        const head = JSON.stringify(rest);
        const bins = sketch.bins.map(([k, c]) => `[${JSON.stringify(k)},${JSON.stringify(c)}]`).join(',');
        return `${head.slice(0, -1)},"sketch":{"alpha":${JSON.stringify(sketch.alpha)},"zero":${JSON.stringify(sketch.zero)},"bins":[${bins}]}}`;
    }
    return JSON.stringify(line);
}
/** The file content of a window report: JSONL, one line per record, trailing newline. */
function encodeRecord(report) {
    let out = '';
    for (const line of recordLines(report))
        out += `${lineJson(line)}\n`;
    return out;
}
const Count = schemas/* number */.aig().int().nonnegative();
const Iso = iso/* datetime */.w$();
const SliId = schemas/* string */.YjP().min(1);
const WindowLine = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(record/* RECORD_VERSION */.hl),
    type: schemas/* literal */.euz('window'),
    start: Iso,
    end: Iso,
    events: Count,
    malformed: Count,
    invalid: Count,
    unknown: Count,
    rechecked: Iso.optional(),
});
const SketchSchema = schemas/* strictObject */.rej({
    alpha: schemas/* literal */.euz(sketch/* SKETCH_RELATIVE_ACCURACY */.W),
    zero: Count,
    bins: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int().positive()])),
});
const SliLine = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({
        v: schemas/* literal */.euz(record/* RECORD_VERSION */.hl),
        type: schemas/* literal */.euz('sli'),
        sli: SliId,
        kind: schemas/* literal */.euz('latency'),
        count: Count,
        sum: schemas/* number */.aig(),
        min: schemas/* number */.aig().nullable(),
        max: schemas/* number */.aig().nullable(),
        over: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig().positive(), Count])).optional(),
        sketch: SketchSchema,
    }),
    schemas/* strictObject */.rej({
        v: schemas/* literal */.euz(record/* RECORD_VERSION */.hl),
        type: schemas/* literal */.euz('sli'),
        sli: SliId,
        kind: schemas/* literal */.euz('ratio'),
        numerator: Count,
        denominator: Count,
        control: schemas/* strictObject */.rej({ numerator: Count, denominator: Count }).optional(),
    }),
    schemas/* strictObject */.rej({
        v: schemas/* literal */.euz(record/* RECORD_VERSION */.hl),
        type: schemas/* literal */.euz('sli'),
        sli: SliId,
        kind: schemas/* literal */.euz('count'),
        count: Count,
        distinct: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    }),
]);
const MissingLine = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(record/* RECORD_VERSION */.hl),
    type: schemas/* literal */.euz('missing'),
    sli: SliId,
    reason: schemas/* string */.YjP(),
});
function issueText(error) {
    return error.issues
        .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
        .join('; ');
}
function aggregateOf(line, fail) {
    switch (line.kind) {
        case 'latency': {
            let binTotal = line.sketch.zero;
            let prev = Number.NEGATIVE_INFINITY;
            for (const [k, c] of line.sketch.bins) {
                if (k <= prev)
                    fail('sketch bins are not sorted by key');
                prev = k;
                binTotal += c;
            }
            if (binTotal !== line.count)
                fail(`sketch holds ${binTotal} values but count is ${line.count}`);
            if ((line.count === 0) !== (line.min === null) || (line.count === 0) !== (line.max === null)) {
                fail('min and max must be null exactly when count is 0');
            }
            let prevT = 0;
            for (const [t, n] of line.over ?? []) {
                if (t <= prevT)
                    fail('over thresholds are not sorted ascending');
                if (n > line.count)
                    fail(`${n} samples over ${t} ms but count is ${line.count}`);
                prevT = t;
            }
            const sketchJson = {
                alpha: line.sketch.alpha,
                zero: line.sketch.zero,
                bins: line.sketch.bins,
            };
            return {
                kind: 'latency',
                count: line.count,
                sum: line.sum,
                min: line.min,
                max: line.max,
                ...(line.over && { over: new Map(line.over) }),
                sketch: sketch/* LatencySketch */.d.fromJSON(sketchJson),
            };
        }
        case 'ratio':
            // No numerator ≤ denominator check: the two sides may be different events (crashes per
            // session start), and a window can hold more crashes than session starts.
            return line.control
                ? {
                    kind: 'ratio',
                    numerator: line.numerator,
                    denominator: line.denominator,
                    control: { numerator: line.control.numerator, denominator: line.control.denominator },
                }
                : { kind: 'ratio', numerator: line.numerator, denominator: line.denominator };
        case 'count':
            if (!line.distinct)
                return { kind: 'count', count: line.count };
            for (let k = 1; k < line.distinct.length; k++) {
                if (!(line.distinct[k - 1] < line.distinct[k]))
                    fail('distinct values are not sorted and unique');
            }
            if (line.distinct.length > line.count) {
                fail(`${line.distinct.length} distinct values but count is ${line.count}`);
            }
            return { kind: 'count', count: line.count, distinct: line.distinct };
    }
}
/**
 * Parses a report file's text. `file` is only used in error messages. Throws RecordDecodeError
 * naming the file and the 1-based line of the first problem.
 */
function decodeRecord(text, file = '<report>') {
    const rows = text.split('\n');
    if (rows.length > 0 && rows[rows.length - 1] === '')
        rows.pop();
    let report;
    for (const [index, row] of rows.entries()) {
        const n = index + 1;
        const fail = (msg) => {
            throw new RecordDecodeError(file, n, msg);
        };
        let value;
        try {
            value = JSON.parse(row);
        }
        catch (e) {
            fail(`not valid JSON (${e.message})`);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            fail('not a JSON object');
        const rec = value;
        if (rec.v !== record/* RECORD_VERSION */.hl) {
            fail(`report line of version ${JSON.stringify(rec.v)}; this phasegate reads version ${record/* RECORD_VERSION */.hl}`);
        }
        if (rec.type === 'window') {
            if (index !== 0)
                fail('the `window` line must be the first line, and only one');
            const r = WindowLine.safeParse(rec);
            if (!r.success)
                fail(`bad window line: ${issueText(r.error)}`);
            const start = Date.parse(r.data.start);
            const end = Date.parse(r.data.end);
            if (!(end > start))
                fail('window end is not after its start');
            report = {
                start,
                end,
                counts: {
                    events: r.data.events,
                    malformed: r.data.malformed,
                    invalid: r.data.invalid,
                    unknown: r.data.unknown,
                },
                slis: new Map(),
                missing: new Map(),
                ...(r.data.rechecked !== undefined && { rechecked: Date.parse(r.data.rechecked) }),
            };
            continue;
        }
        if (report === undefined)
            fail('the first line must be the `window` line');
        if (rec.type === 'sli') {
            const r = SliLine.safeParse(rec);
            if (!r.success)
                fail(`bad sli line: ${issueText(r.error)}`);
            if (report.slis.has(r.data.sli) || report.missing.has(r.data.sli))
                fail(`SLI "${r.data.sli}" appears twice`);
            report.slis.set(r.data.sli, aggregateOf(r.data, fail));
            continue;
        }
        if (rec.type === 'missing') {
            const r = MissingLine.safeParse(rec);
            if (!r.success)
                fail(`bad missing line: ${issueText(r.error)}`);
            if (report.slis.has(r.data.sli) || report.missing.has(r.data.sli))
                fail(`SLI "${r.data.sli}" appears twice`);
            report.missing.set(r.data.sli, r.data.reason);
            continue;
        }
        fail(`unknown line type ${JSON.stringify(rec.type)}`);
    }
    if (report === undefined)
        throw new RecordDecodeError(file, 1, 'empty report: no `window` line');
    return report;
}

// EXTERNAL MODULE: ./src/telemetry/window.ts
var telemetry_window = __webpack_require__(135);
;// CONCATENATED MODULE: ./src/telemetry/sources/record-files.ts
/**
 * Report files on disk: reports/monitoring/YYYYMMDDHHMM.jsonl (UTC, the window's end).
 * Writes are atomic (temporary file, then rename) and skipped when the bytes are unchanged, so
 * re-collecting a window leaves an identical file (and no diff in git).
 */






const RECORDS_DIR = 'reports/monitoring';
async function readIfExists(file) {
    try {
        return await readRecordText(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        if (e instanceof RecordDecodeError)
            return undefined; // a link is replaced, never written through
        throw e;
    }
}
/**
 * A window record's text. A symbolic link is refused, not followed: its target could be any file
 * the runner can read (/proc/self/environ holds the job's tokens), and a decode error quotes the
 * start of what it read into the log and the verdict.
 */
async function readRecordText(file) {
    let handle;
    try {
        // O_NOFOLLOW: refused by the open itself, so no link can be swapped in after a check.
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (e) {
        if (e.code !== 'ELOOP')
            throw e;
        throw new RecordDecodeError(file, 1, 'is a symbolic link, not a window record file (phasegate does not follow it)');
    }
    try {
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
let tmpCounter = 0;
function decodeOrUndefined(text, file) {
    if (text === undefined)
        return undefined;
    try {
        return decodeRecord(text, file);
    }
    catch {
        return undefined; // a broken file is replaced by the new record
    }
}
/** Writes one report to `file` (its directory created if needed); atomic, skipped when unchanged. */
async function writeRecordFile(file, report, guard) {
    const old = await readIfExists(file);
    await (0,ensure_dir/* ensureDir */.A)(external_node_path_default().dirname(file));
    return writeText(file, old, encodeRecord(guard ? guard(report, decodeOrUndefined(old, file)) : report));
}
/**
 * Writes one file per report into `dir` (created if needed), named after each window's end. The
 * folder is listed once, so a new window costs no failed open of an old file, and each file is a
 * synchronous write and rename: 8,640 windows (90 days) were ~6 thread-pool round trips each, and
 * the process sat idle for seconds between them.
 */
async function writeRecords(dir, records, guard) {
    await (0,ensure_dir/* ensureDir */.A)(dir);
    const present = new Set(await (0,promises_.readdir)(dir));
    const out = [];
    for (const r of records) {
        const name = (0,telemetry_window/* windowFileName */.gp)(r.end);
        const file = external_node_path_default().join(dir, name);
        const old = present.has(name) ? await readIfExists(file) : undefined;
        out.push(writeText(file, old, encodeRecord(guard ? guard(r, decodeOrUndefined(old, file)) : r)));
    }
    return out;
}
/** `text` into `file` through a temporary file and a rename (never half-written), unless it is `old`. */
function writeText(file, old, text) {
    if (old === text)
        return { path: file, changed: false };
    const tmp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.${tmpCounter++}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(tmp, text, 'utf8');
        (0,external_node_fs_.renameSync)(tmp, file);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
    return { path: file, changed: true };
}
/**
 * The committed window records in `dir` whose windows lie inside [fromMs, toMs) (all when omitted),
 * sorted by start. Files whose names are not YYYYMMDDHHMM.jsonl are ignored; a missing
 * directory holds no records. A broken file throws RecordDecodeError naming file and line.
 */
async function readRecords(dir, fromMs, toMs) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
    const picked = [];
    for (const name of names) {
        const end = (0,telemetry_window/* parseWindowFileName */.L$)(name);
        if (end === undefined)
            continue;
        if (fromMs !== undefined && end <= fromMs)
            continue;
        if (toMs !== undefined && end > toMs)
            continue;
        picked.push({ name, end });
    }
    picked.sort((a, b) => a.end - b.end);
    const out = [];
    for (const { name, end } of picked) {
        const file = external_node_path_default().join(dir, name);
        const report = decodeRecord(await readRecordText(file), file);
        if (report.end !== end) {
            throw new Error(`${file}: the file name says the window ends ${new Date(end).toISOString()}, its header says ${new Date(report.end).toISOString()}`);
        }
        if (fromMs !== undefined && report.start < fromMs)
            continue;
        out.push(report);
    }
    return out;
}
/** Ends of the windows whose report files are in `dir` (names only; nothing is read). */
async function listRecordEnds(dir) {
    try {
        return (await (0,promises_.readdir)(dir)).map(telemetry_window/* parseWindowFileName */.L$).filter((e) => e !== undefined);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
}
/**
 * The window records in `dir` whose windows end in (fromMs, toMs]. A file that does not decode is
 * passed to `onBroken` and left out, so collecting its window again can replace it.
 */
async function readRecentRecords(dir, fromMs, toMs, onBroken) {
    const out = [];
    for (const end of (await listRecordEnds(dir)).sort((a, b) => a - b)) {
        if (end <= fromMs || end > toMs)
            continue;
        const file = external_node_path_default().join(dir, (0,telemetry_window/* windowFileName */.gp)(end));
        try {
            const report = decodeRecord(await readRecordText(file), file);
            if (report.end === end)
                out.push(report);
            else
                onBroken(file, new Error(`its header says the window ends ${new Date(report.end).toISOString()}`));
        }
        catch (e) {
            onBroken(file, e);
        }
    }
    return out;
}


/***/ }),

/***/ 135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ parseWindowFileName),
/* harmony export */   Nf: () => (/* binding */ windowStart),
/* harmony export */   Zx: () => (/* binding */ isAligned),
/* harmony export */   gp: () => (/* binding */ windowFileName),
/* harmony export */   oX: () => (/* binding */ windowStarts)
/* harmony export */ });
/* unused harmony exports MINUTE_MS, DEFAULT_WINDOW_MS, ceilToWindow, alignRange */
/**
 * Window alignment: the 15-minute grid every report sits on. Windows are half-open [start, end),
 * aligned to multiples of their length since the Unix epoch (so 15-minute windows start at :00,
 * :15, :30, :45 UTC). A report file is named after its window's end in UTC: YYYYMMDDHHMM.jsonl.
 * Pure: no clock, no I/O.
 */
const MINUTE_MS = 60_000;
const DEFAULT_WINDOW_MS = 15 * MINUTE_MS;
function checkWindowMs(windowMs) {
    if (!Number.isSafeInteger(windowMs) || windowMs <= 0 || windowMs % MINUTE_MS !== 0) {
        throw new RangeError(`window length must be a positive whole number of minutes, got ${windowMs} ms`);
    }
}
/** Start of the window holding `ms` (floor toward −∞, also for instants before 1970). */
function windowStart(ms, windowMs = DEFAULT_WINDOW_MS) {
    return Math.floor(ms / windowMs) * windowMs;
}
/** The smallest window boundary ≥ `ms`. */
function ceilToWindow(ms, windowMs = DEFAULT_WINDOW_MS) {
    return Math.ceil(ms / windowMs) * windowMs;
}
function isAligned(ms, windowMs = DEFAULT_WINDOW_MS) {
    return Number.isSafeInteger(ms) && ms % windowMs === 0;
}
/** Widen [from, to) to whole windows: [floor(from), ceil(to)). */
function alignRange(fromMs, toMs, windowMs = DEFAULT_WINDOW_MS) {
    checkWindowMs(windowMs);
    return { from: windowStart(fromMs, windowMs), to: ceilToWindow(toMs, windowMs) };
}
/**
 * Starts of the windows that cover [from, to). Both ends must be window boundaries (use
 * `alignRange` first); from = to gives no windows.
 */
function windowStarts(fromMs, toMs, windowMs = DEFAULT_WINDOW_MS) {
    checkWindowMs(windowMs);
    if (!isAligned(fromMs, windowMs) || !isAligned(toMs, windowMs)) {
        throw new RangeError(`range ${new Date(fromMs).toISOString()} – ${new Date(toMs).toISOString()} is not aligned to ${windowMs / MINUTE_MS}-minute windows`);
    }
    if (toMs < fromMs)
        throw new RangeError('range end is before its start');
    const out = [];
    for (let s = fromMs; s < toMs; s += windowMs)
        out.push(s);
    return out;
}
function pad(n, width) {
    return String(n).padStart(width, '0');
}
/** "YYYYMMDDHHMM.jsonl" for a window ending at `endMs` (UTC). The end must be a whole minute. */
function windowFileName(endMs) {
    if (!Number.isSafeInteger(endMs) || endMs % MINUTE_MS !== 0) {
        throw new RangeError(`a window end must be a whole minute, got ${endMs}`);
    }
    const d = new Date(endMs);
    const y = d.getUTCFullYear();
    if (y < 0 || y > 9999)
        throw new RangeError(`window end ${endMs} is outside years 0000–9999`);
    return `${pad(y, 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}.jsonl`;
}
const FILE_NAME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})\.jsonl$/;
/** The window end a report file name stands for, or undefined when the name is not one. */
function parseWindowFileName(name) {
    const m = FILE_NAME.exec(name);
    if (!m)
        return undefined;
    const [y, mo, d, h, mi] = m.slice(1).map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59)
        return undefined;
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d); // not Date.UTC: it maps years 0–99 to 1900–1999
    t.setUTCHours(h, mi, 0, 0);
    const ms = t.getTime();
    if (windowFileName(ms) !== name)
        return undefined; // e.g. 20260231…: no such day
    return ms;
}


/***/ })

};
