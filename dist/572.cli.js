export const id = 572;
export const ids = [572];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateCommand: () => (/* binding */ evaluateCommand)
/* harmony export */ });
/* harmony import */ var _fs_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6790);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3599);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _render_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1165);
/* harmony import */ var _rollout_decide_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7414);
/* harmony import */ var _rollout_lookback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(981);
/* harmony import */ var _telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3085);
/* harmony import */ var _worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6737);
/**
 * `phasegate evaluate`: judge the current phase's SLOs from committed window records and decide.
 */








// The Action's loop imports it from here.

async function evaluateCommand(opts) {
    const loaded = (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .loadPolicyDir */ .yD)(opts.config);
    const { policy } = loaded;
    const current = opts.phase === undefined || opts.since === undefined ? (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .loadCurrent */ .n8)(loaded) : undefined;
    const phase = opts.phase ?? current?.phase;
    if (phase === undefined) {
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`no current phase: ${loaded.currentPath} does not exist; pass --phase <id> --since <iso>`);
    }
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, phase);
    if (!spec)
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--phase: unknown phase "${phase}"; valid phases: ${(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseIds */ .ab)(policy).join(', ')}`);
    let since = opts.since;
    if (since === undefined) {
        if (!current || current.phase !== phase) {
            throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--phase ${phase} is not the current phase (${current?.phase ?? 'none'}); give --since <iso> too`);
        }
        since = current.since;
    }
    if (since > opts.at) {
        // Name where the time came from: the flags only when the user gave them.
        const began = opts.since === undefined
            ? `${(0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(loaded.currentPath)} says phase ${phase} began ${new Date(since).toISOString()}`
            : `--since ${new Date(since).toISOString()}`;
        const at = `${new Date(opts.at).toISOString()}${opts.atGiven ? ' (--at)' : ' (now)'}`;
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${began}, after ${at}; a phase cannot begin in the future: fix since: there (phasegate advance/rollback without --at writes now)`);
    }
    const started = current?.phase === phase ? current.started : undefined;
    const from = (0,_rollout_lookback_js__WEBPACK_IMPORTED_MODULE_7__/* .lookbackStart */ .fe)(policy, spec, since, opts.at, started);
    const records = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecords */ .T3)(opts.records, from, opts.at).catch((e) => {
        const words = (0,_fs_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFsError */ .T)(e, opts.records, 'folder');
        throw words
            ? new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--records: ${words}; give the folder of window records (reports/monitoring)`)
            : e;
    });
    const entered = current?.phase === phase && current.since === since ? current.entered : undefined;
    const evaluation = (0,_rollout_decide_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluate */ ._)({ policy, phase, since, records, at: opts.at, entered, started });
    const text = opts.format === 'json'
        ? `${JSON.stringify((0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictJson */ .Gq)(policy, evaluation, records))}\n`
        : (0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .renderVerdictMarkdown */ .d1)(policy, evaluation, records);
    return { policy, evaluation, text };
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
    // Indexed only when a verdict lacks windows: most runs lack none, and a run's records are days.
    let byStart;
    for (const v of slos) {
        if (v.windows.missing === 0)
            continue;
        byStart ??= new Map((records ?? []).map((r) => [r.start, r]));
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
/* harmony import */ var _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(973);
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
/**
 * DenseStore copies its bins to re-centre them at every new lowest key, even one that falls
 * inside the bins it already has, and makes a fresh sketch's bins in four allocations; a window
 * of a 90-day collect holds ~200 values, and those copies were ~8 % of the collect's CPU. This
 * store widens its key range in place when the key fits, and otherwise makes the bins DenseStore
 * would (as many chunks as the range needs, centred on it) in one allocation. Where the bins sit
 * changes no count, so records stay byte-identical.
 */
class RoomyStore extends _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__.DenseStore {
    _extendRange(key, secondKey = key) {
        const lo = Math.min(key, secondKey, this.minKey);
        const hi = Math.max(key, secondKey, this.maxKey);
        const had = this.bins;
        if (had.length > 0 && lo >= this.offset && hi < this.offset + had.length) {
            this.minKey = lo;
            this.maxKey = hi;
            return;
        }
        const size = Math.max(had.length, this.chunkSize * Math.ceil((hi - lo + 1) / this.chunkSize));
        const offset = lo + Math.floor((hi - lo + 1) / 2) - size / 2;
        const bins = new Array(size).fill(0);
        for (let k = this.minKey; k <= this.maxKey; k++)
            bins[k - offset] = had[k - this.offset];
        this.bins = bins;
        this.offset = offset;
        this.minKey = lo;
        this.maxKey = hi;
    }
}
class LatencySketch {
    /**
     * Made on the first value: a collect makes an empty aggregate for every window before its
     * values arrive (8,640 for 90 days, again on the main thread when the ranges merge), and most
     * of those are replaced whole or stay empty.
     */
    made = null;
    /**
     * Bins taken over from a parsing thread (adoptDense), not made into a DDSketch yet: a window of
     * a time-ordered file comes from one range, so its bins go from the thread's sketch to the
     * record's JSON without a sketch of their own on this thread (90 days: 8,640 of them).
     */
    adopted = null;
    adoptedCount = 0;
    get dd() {
        if (this.made === null) {
            this.made = new _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__.DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
            this.made.store = new RoomyStore();
            const d = this.adopted;
            if (d !== null) {
                this.adopted = null;
                addDense(this.made, d);
            }
        }
        return this.made;
    }
    /**
     * Adds one value. Values ≤ 0 count in the zero bucket (a duration cannot be negative; keeping
     * them out of the negative store keeps in-memory merges and the JSON form in agreement).
     */
    add(value) {
        this.dd.accept(Math.max(value, 0));
    }
    get count() {
        return this.made === null ? this.adoptedCount : this.made.count;
    }
    /** The q-quantile (0..1) with relative error ≤ α, or undefined when empty. */
    quantile(q) {
        return this.count === 0 ? undefined : this.dd.getValueAtQuantile(q);
    }
    merge(other) {
        if (other.count === 0)
            return;
        // Adopted bins add straight into this sketch's store: the same counts DDSketch.merge adds.
        if (other.made === null && other.adopted !== null)
            addDense(this.dd, other.adopted);
        else
            this.dd.merge(other.dd);
    }
    toJSON() {
        const bins = [];
        if (this.made === null) {
            const d = this.adopted;
            if (d !== null)
                for (let i = 0; i < d.counts.length; i++)
                    if (d.counts[i] > 0)
                        bins.push([d.minKey + i, d.counts[i]]);
            return { alpha: SKETCH_RELATIVE_ACCURACY, zero: d?.zero ?? 0, bins };
        }
        const store = this.made.store;
        if (store.count > 0) {
            for (let key = store.minKey; key <= store.maxKey; key++) {
                const c = store.bins[key - store.offset] ?? 0;
                if (c > 0)
                    bins.push([key, c]);
            }
        }
        return {
            alpha: SKETCH_RELATIVE_ACCURACY,
            zero: this.made.zeroCount + this.made.negativeStore.count,
            bins,
        };
    }
    toDense() {
        if (this.made === null && this.adopted !== null)
            return trimmed(this.adopted);
        if (this.made === null)
            return { zero: 0, minKey: 0, counts: new Float64Array(0) };
        const store = this.made.store;
        const zero = this.made.zeroCount + this.made.negativeStore.count;
        if (store.count === 0)
            return { zero, minKey: 0, counts: new Float64Array(0) };
        const counts = new Float64Array(store.maxKey - store.minKey + 1);
        for (let key = store.minKey; key <= store.maxKey; key++)
            counts[key - store.minKey] = store.bins[key - store.offset] ?? 0;
        return { zero, minKey: store.minKey, counts };
    }
    /** A sketch of the bins `d` holds, copied: `d` may change after. */
    static fromDense(d) {
        const s = new LatencySketch();
        addDense(s.dd, d);
        return s;
    }
    /**
     * A sketch of the bins `d` holds, taking `d` over: no one may change it after (a parsing
     * thread's, received through postMessage). It becomes a DDSketch only if values are added, a
     * quantile is asked, or it is merged into; merged from, written out or handed on (toDense: the
     * judge's spans, simulate's replay), it never does.
     */
    static adoptDense(d) {
        const s = new LatencySketch();
        let n = d.zero;
        for (let i = 0; i < d.counts.length; i++)
            if (d.counts[i] > 0)
                n += d.counts[i];
        if (n > 0) {
            s.adopted = d;
            s.adoptedCount = n;
        }
        return s;
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
/** The first and last index of `counts` holding a count, or undefined when none does. */
function filled(counts) {
    let lo = 0;
    let hi = counts.length - 1;
    while (lo <= hi && !(counts[lo] > 0))
        lo++;
    while (hi > lo && !(counts[hi] > 0))
        hi--;
    return lo <= hi ? [lo, hi] : undefined;
}
/** A copy of `d` from its first to its last bin holding a count: what toDense gives of a sketch of it. */
function trimmed(d) {
    const range = filled(d.counts);
    if (range === undefined)
        return { zero: d.zero, minKey: 0, counts: new Float64Array(0) };
    return { zero: d.zero, minKey: d.minKey + range[0], counts: d.counts.slice(range[0], range[1] + 1) };
}
/** Adds the bins of `d` into `dd`, as merging a sketch of them would. */
function addDense(dd, d) {
    const { counts, minKey } = d;
    const range = filled(counts);
    if (range !== undefined) {
        const [lo, hi] = range;
        // The whole key range first: the store makes its bins once.
        dd.store._extendRange(minKey + lo, minKey + hi);
        for (let i = lo; i <= hi; i++)
            if (counts[i] > 0)
                dd.store.add(minKey + i, counts[i]);
        for (let i = lo; i <= hi; i++)
            dd.count += counts[i];
    }
    if (d.zero > 0) {
        dd.zeroCount += d.zero;
        dd.count += d.zero;
    }
}


/***/ })

};
