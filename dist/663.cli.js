export const id = 663;
export const ids = [663];
export const modules = {

/***/ 3198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ recheckBreaches)
/* harmony export */ });
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2575);
/* harmony import */ var _rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7516);
/* harmony import */ var _rollout_decide_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7414);
/* harmony import */ var _rollout_lookback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(981);
/* harmony import */ var _telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3085);
/* harmony import */ var _telemetry_window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(135);
/**
 * The plan's §3.3, "SLO 違反時の再試行: collect-metrics を再実行": when the records a collect just
 * wrote make a rollback rule fire, the windows it fired on are read again from the same sources
 * (each request with the plan's retry schedule, 0.5 s → 8 s) before anything acts on them.
 *
 * - The second read agrees or knows more: it is the record, marked `rechecked`, and the verdict of
 *   every later run says the breach was confirmed (rollout/confirmation.ts).
 * - It knows less (fewer events, an SLI it could not get): the first record stays, unmarked, with
 *   a warning; the verdict says the breach was not confirmed, and the rollback still goes ahead.
 * - The rule no longer fires on what the second read gave: the first read was incomplete, and
 *   the corrected records are what the propose step judges, so nothing is rolled back.
 *
 * Windows already confirmed are not read again, so a breach that lasts all day costs one re-read
 * of each of its windows, not one per run.
 */






async function recheckBreaches(i) {
    // The folder is read once: the second judgement runs on these records with the re-read ones in.
    const { policy, live } = i;
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .phaseById */ .K6)(policy, live.phase);
    const records = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRecords */ .T3)(i.output, (0,_rollout_lookback_js__WEBPACK_IMPORTED_MODULE_5__/* .lookbackStart */ .fe)(policy, spec, live.since, i.now, live.started), i.now);
    const first = judge(i, records);
    const behind = (0,_rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_1__/* .behindFiredRules */ .eR)(first.rules);
    if (!behind)
        return null;
    const owed = records.filter((r) => r.rechecked === undefined && r.start >= i.horizon && behind(r));
    if (owed.length === 0)
        return null;
    const rule = first.rules.find((r) => r.fired);
    i.log(`re-collect: ${rule.rule} on ${rule.slo} fired; reading its ${owed.length} window(s) again before acting (the plan's §3.3)\n`);
    const fresh = new Map((await i.recollect(owed.map((r) => r.start))).map((r) => [r.start, r]));
    const confirmed = new Map();
    for (const before of owed) {
        const next = fresh.get(before.start);
        const why = next ? knowsLess(before, next) : 'the re-read returned nothing';
        if (why)
            i.log(`warning: ${(0,_telemetry_window_js__WEBPACK_IMPORTED_MODULE_4__/* .windowFileName */ .gp)(before.end)}: kept the first read, not confirmed: ${why}\n`);
        else
            confirmed.set(before.start, { ...next, rechecked: i.now });
    }
    const written = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRecords */ .Wh)(i.output, [...confirmed.values()]);
    const again = judge(i, records.map((r) => confirmed.get(r.start) ?? r));
    const stillFires = fires(again);
    i.log(stillFires
        ? `re-collect: the breach stands (${confirmed.size} of ${owed.length} window(s) confirmed): ${again.decision.reasons[0]}\n`
        : `re-collect: the breach is gone after reading ${owed.length} window(s) again (the first read was incomplete); nothing rolls back on it\n`);
    return {
        windows: owed.length,
        confirmed: confirmed.size,
        stillFires,
        files: written.filter((w) => w.changed).map((w) => w.path),
    };
}
function judge(i, records) {
    const { policy, live } = i;
    return (0,_rollout_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)({
        policy,
        phase: live.phase,
        since: live.since,
        records,
        at: Math.max(i.now, live.since),
        entered: live.entered,
        started: live.started,
    });
}
/** A rollback rule fired (a rollback, or an alert where there is no earlier phase). */
function fires(ev) {
    return ev.rules.some((r) => r.fired);
}
/** Why the second read is worse than the first; undefined when it agrees or knows more. */
function knowsLess(before, next) {
    if (next.counts.events < before.counts.events)
        return `it found ${next.counts.events} events, the first ${before.counts.events}`;
    const lost = [...before.slis.keys()].filter((id) => !next.slis.has(id));
    if (lost.length)
        return `it could not get ${lost.join(', ')} (${next.missing.get(lost[0]) ?? 'missing'})`;
    return undefined;
}


/***/ }),

/***/ 1044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* unused harmony export DEMO */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _demo_scenario_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4965);
/* harmony import */ var _demo_trace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8938);
/* harmony import */ var _ensure_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2283);
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(2279);
/* harmony import */ var _fs_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6790);
/* harmony import */ var _holidays_date_holidays_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7999);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3599);
/* harmony import */ var _policy_compile_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(381);
/* harmony import */ var _policy_reference_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1382);
/* harmony import */ var _render_verdict_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1165);
/* harmony import */ var _rollout_decide_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7414);
/* harmony import */ var _simulate_engine_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4418);
/* harmony import */ var _simulate_render_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3812);
/* harmony import */ var _telemetry_sources_jsonl_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(292);
/* harmony import */ var _telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(3085);
/* harmony import */ var _worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(6737);
/* harmony import */ var _confirm_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(3198);
/**
 * `phasegate demo` without `--github`: the offline version of `npm start`. It generates a
 * fixed-seed telemetry trace, collects it into window records, and evaluates the reference
 * rollout twice: a healthy A-0 that has soaked (→ advance to A-1), then A-1 with a save-latency
 * regression (→ roll back to A-0). Then it replays the whole 15-day demo rollout on the in-memory
 * PR book, as `phasegate simulate` does: the same planner as the Action, in about two seconds.
 */






















/** The demo's fixed timeline (UTC): 3 healthy days, then a regression 3 h into A-1. */
const DEMO = {
    start: Date.parse('2026-11-16T00:00:00Z'),
    advanceAt: Date.parse('2026-11-19T00:00:00Z'),
    regressionAt: Date.parse('2026-11-19T03:00:00Z'),
    end: Date.parse('2026-11-19T06:00:00Z'),
    seed: 20261116,
    ratePerMinute: 60,
};
async function demoCommand(o) {
    const policy = o.config
        ? (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_19__/* .loadPolicyDir */ .yD)(o.config).policy
        : (0,_holidays_date_holidays_js__WEBPACK_IMPORTED_MODULE_9__/* .withPublicHolidays */ .NI)((0,_policy_compile_js__WEBPACK_IMPORTED_MODULE_11__/* .compilePolicy */ .C_)({ dir: 'phases (embedded reference rollout)', files: (0,_policy_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .referencePolicyFiles */ .p)() }));
    const [first, second] = policy.phases;
    if (!first || !second)
        throw new Error('the demo needs a policy with at least two phases');
    const dir = o.keep ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'phasegate-demo-'));
    await (0,_ensure_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .ensureDir */ .A)(dir).catch((e) => {
        const words = (0,_fs_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFsError */ .T)(e, dir, 'folder');
        throw words ? new _input_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`--keep: ${words}; give a new or empty folder`) : e;
    });
    const eventsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'events.jsonl');
    const recordsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'reports', 'monitoring');
    o.log(`generating telemetry ${iso(DEMO.start)} – ${iso(DEMO.end)} (seed ${DEMO.seed}) into ${(0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_19__/* .displayPath */ .Gt)(eventsFile)}\n`);
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(eventsFile);
    for (const chunk of (0,_demo_trace_js__WEBPACK_IMPORTED_MODULE_6__/* .traceChunks */ .ii)({
        seed: DEMO.seed,
        from: DEMO.start,
        to: DEMO.end,
        ratePerMinute: DEMO.ratePerMinute,
        latency: (0,_demo_trace_js__WEBPACK_IMPORTED_MODULE_6__/* .latencySteps */ .mo)({ p50Ms: 650, p95Ms: 1700 }, [
            { from: DEMO.regressionAt, p50Ms: 1400, p95Ms: 3400 },
        ]),
        malformed: 0.0005,
        unknown: 0.001,
    })) {
        if (!out.write(chunk))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'drain');
    }
    out.end();
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(out);
    const collected = await (0,_telemetry_sources_jsonl_js__WEBPACK_IMPORTED_MODULE_17__/* .collectJsonl */ .Nw)({ policy, from: DEMO.start, to: DEMO.end, source: eventsFile });
    const written = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_18__/* .writeRecords */ .Wh)(recordsDir, collected.windows);
    const events = collected.windows.reduce((n, w) => n + w.counts.events, 0);
    const malformed = collected.windows.reduce((n, w) => n + w.counts.malformed, 0);
    o.log(`collected ${events} events (${malformed} malformed lines counted) into ${written.length} window records in ${(0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_19__/* .displayPath */ .Gt)(recordsDir)}\n`);
    await recheckDemo(policy, second.id, recordsDir, eventsFile, o.log);
    const records = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_18__/* .readRecords */ .T3)(recordsDir);
    const steps = [
        {
            title: `${first.id} has soaked for 3 healthy days`,
            phase: first.id,
            since: DEMO.start,
            at: DEMO.advanceAt,
        },
        {
            title: `${second.id}, 3 hours after a save-latency regression began`,
            phase: second.id,
            since: DEMO.advanceAt,
            at: DEMO.end,
        },
    ];
    const sections = steps.map((s) => {
        const ev = (0,_rollout_decide_js__WEBPACK_IMPORTED_MODULE_14__/* .evaluate */ ._)({ policy, phase: s.phase, since: s.since, records, at: s.at });
        return `## ${s.title}\n\n${(0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_13__/* .renderVerdictMarkdown */ .d1)(policy, ev)}`;
    });
    o.log(`events and window records are in ${dir}\n`);
    if (o.config)
        return `${sections.join('\n')}`;
    // The demo rollout's 15 days, on the in-memory PR book (the scenario fits the reference policy).
    const replayed = await (0,_simulate_engine_js__WEBPACK_IMPORTED_MODULE_15__/* .simulate */ .JV)({
        policy,
        records: (0,_demo_scenario_js__WEBPACK_IMPORTED_MODULE_5__/* .scenarioRecords */ .$u)(policy),
        from: _demo_scenario_js__WEBPACK_IMPORTED_MODULE_5__/* .SCENARIO */ .h5.start,
        to: _demo_scenario_js__WEBPACK_IMPORTED_MODULE_5__/* .SCENARIO */ .h5.end,
    });
    return `${sections.join('\n')}\n## The whole demo rollout, replayed on the in-memory PR book (phasegate simulate)\n\n${(0,_simulate_render_js__WEBPACK_IMPORTED_MODULE_16__/* .renderSimulationText */ .rP)(replayed)}`;
}
/** The scheduled collect's second read (the plan's §3.3) before the demo's rollback is decided. */
async function recheckDemo(policy, phase, recordsDir, eventsFile, log) {
    await (0,_confirm_js__WEBPACK_IMPORTED_MODULE_20__/* .recheckBreaches */ .h)({
        policy,
        live: { phase, since: DEMO.advanceAt },
        output: recordsDir,
        now: DEMO.end,
        horizon: DEMO.start,
        log,
        recollect: async (starts) => {
            const to = (0,_extent_js__WEBPACK_IMPORTED_MODULE_21__/* .maxOf */ ._)(starts) + policy.windowMs;
            const again = await (0,_telemetry_sources_jsonl_js__WEBPACK_IMPORTED_MODULE_17__/* .collectJsonl */ .Nw)({ policy, from: (0,_extent_js__WEBPACK_IMPORTED_MODULE_21__/* .minOf */ .H)(starts), to, source: eventsFile });
            return again.windows.filter((w) => starts.includes(w.start));
        },
    });
}
function iso(ms) {
    return new Date(ms).toISOString();
}


/***/ }),

/***/ 4965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ scenarioRecords),
/* harmony export */   h5: () => (/* binding */ SCENARIO)
/* harmony export */ });
/* unused harmony exports diurnal, restoreSuccessAt, scenarioTrace, scenarioWindows */
/* harmony import */ var _telemetry_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4014);
/* harmony import */ var _trace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8938);


const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-16T00:00:00Z');
const SCENARIO = {
    seed: 20261116,
    /** Monday 2026-11-16 09:00 in Tokyo: the rollout starts at A-0. */
    start: START,
    end: START + 15 * DAY,
    days: 15,
    /**
     * Restore failures while A-2 is live: A-2 begins about 50 h in (A-0 and A-1 soak 24 h each, an
     * hour of approval after each), so this starts 6 h into beta and ends as the rollback (immediate,
     * the plan's 即時実行) turns the feature off for beta.
     */
    regression: {
        from: Date.parse('2026-11-18T08:00:00Z'),
        to: Date.parse('2026-11-18T08:30:00Z'),
        restoreSuccess: 0.95,
    },
    healthy: {
        latency: { p50Ms: 650, p95Ms: 1700 },
        restoreSuccess: 0.998,
        autoMerge: 0.92,
        /** Share of bug reports that are critical. */
        critical: 0.01,
        crashesPerSession: 0.0286,
    },
    /** Events per 15-minute window at the daily peak (scenarioRecords). */
    perWindow: { saves: 600, restores: 5000, merges: 2000, sessions: 1_000_000, bugs: 0.75 },
};
/** Share of the daily peak at instant t: quiet at night in Tokyo, busy in the afternoon. */
function diurnal(t) {
    const hour = ((((t + 9 * HOUR) % DAY) + DAY) % DAY) / HOUR;
    return 0.7 - 0.3 * Math.cos(((hour - 3) / 24) * 2 * Math.PI);
}
function restoreSuccessAt(t) {
    const r = SCENARIO.regression;
    return t >= r.from && t < r.to ? r.restoreSuccess : SCENARIO.healthy.restoreSuccess;
}
/** Options for traceLines()/traceChunks(): the same profiles as JSONL events. */
function scenarioTrace(o = {}) {
    return {
        seed: o.seed ?? SCENARIO.seed,
        from: o.from ?? SCENARIO.start,
        to: o.to ?? SCENARIO.end,
        ratePerMinute: o.ratePerMinute ?? 40,
        latency: latencySteps(SCENARIO.healthy.latency, []),
        restoreSuccess: (t) => restoreSuccessAt(t),
        autoMerge: SCENARIO.healthy.autoMerge,
        critical: SCENARIO.healthy.critical,
    };
}
/**
 * One report per window of [from, to) (default: the whole scenario), every SLI of the reference
 * rollout filled from the profiles with seeded sampling noise; other SLIs of `policy` are empty.
 */
function scenarioRecords(policy, o = {}) {
    return [...scenarioWindows(policy, o)];
}
/** scenarioRecords() one window at a time, in order: a long trace need not be held whole. */
function* scenarioWindows(policy, o = {}) {
    const from = o.from ?? SCENARIO.start;
    const to = o.to ?? SCENARIO.end;
    const w = policy.windowMs;
    const rnd = new Noise(o.seed ?? SCENARIO.seed);
    const h = SCENARIO.healthy;
    for (let start = from; start + w <= to; start += w) {
        const mid = start + w / 2;
        const volume = diurnal(mid) * (o.scale ?? 1) * (w / (15 * 60_000));
        const n = (k) => Math.max(1, Math.round(SCENARIO.perWindow[k] * volume));
        const slis = new Map();
        for (const [id, def] of Object.entries(policy.slis))
            slis.set(id, (0,_telemetry_record_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAggregate */ .pO)(def.kind));
        const saves = n('saves');
        const latency = (0,_telemetry_record_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAggregate */ .pO)('latency');
        if (latency.kind === 'latency') {
            const sigma = Math.log(h.latency.p95Ms / h.latency.p50Ms) / 1.6448536269514722;
            for (let i = 0; i < saves; i++) {
                const v = Math.max(1, Math.round(h.latency.p50Ms * Math.exp(sigma * rnd.gauss())));
                latency.count++;
                latency.sum += v;
                latency.min = latency.min === null ? v : Math.min(latency.min, v);
                latency.max = latency.max === null ? v : Math.max(latency.max, v);
                latency.sketch.add(v);
            }
        }
        const restores = n('restores');
        const merges = n('merges');
        const sessions = n('sessions');
        const crashes = rnd.binomial(sessions, h.crashesPerSession);
        const critical = rnd.binomial(rnd.poisson(SCENARIO.perWindow.bugs * volume), h.critical);
        const set = (id, agg) => {
            if (policy.slis[id]?.kind === agg.kind)
                slis.set(id, agg);
        };
        set('save_latency', latency);
        set('restore_success', {
            kind: 'ratio',
            numerator: rnd.binomial(restores, restoreSuccessAt(mid)),
            denominator: restores,
        });
        set('crash_rate', { kind: 'ratio', numerator: crashes, denominator: sessions });
        set('auto_merge_rate', {
            kind: 'ratio',
            numerator: rnd.binomial(merges, h.autoMerge),
            denominator: merges,
        });
        set('critical_bugs', { kind: 'count', count: critical });
        yield {
            start,
            end: start + w,
            counts: {
                events: saves + restores + merges + sessions + crashes,
                malformed: 0,
                invalid: 0,
                unknown: 0,
            },
            slis,
            missing: new Map(),
        };
    }
}
/** Seeded samples: Gaussian (Box–Muller), Poisson (inversion), binomial (exact when small). */
class Noise {
    rnd;
    constructor(seed) {
        this.rnd = (0,_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .mulberry32 */ .sK)(seed);
    }
    gauss() {
        const u = 1 - this.rnd();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.rnd());
    }
    poisson(mean) {
        const limit = Math.exp(-mean);
        let k = 0;
        for (let p = this.rnd(); p > limit; p *= this.rnd())
            k++;
        return k;
    }
    /** Exact below 50 trials; a normal approximation of the rarer outcome's count above. */
    binomial(n, p) {
        if (n < 50) {
            let k = 0;
            for (let i = 0; i < n; i++)
                if (this.rnd() < p)
                    k++;
            return k;
        }
        const q = Math.min(p, 1 - p);
        const rare = n * q < 30 ? this.poisson(n * q) : Math.round(n * q + Math.sqrt(n * q * (1 - q)) * this.gauss());
        const k = Math.min(n, Math.max(0, rare));
        return p <= 0.5 ? k : n - k;
    }
}


/***/ }),

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ii: () => (/* binding */ traceChunks),
/* harmony export */   mo: () => (/* binding */ latencySteps),
/* harmony export */   sK: () => (/* binding */ mulberry32)
/* harmony export */ });
/* unused harmony exports DEFAULT_MIX, DEFAULT_LATENCY, traceLines, traceText */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A seeded, deterministic generator of canonical telemetry: JSONL event lines (SPEC.md §2) over
 * a time range, ~165 bytes a line on average, with configurable event mix, rates and a latency
 * profile that may change over time and by cohort (e.g. a latency regression in beta from some
 * instant on), plus an optional small share of malformed, invalid and unknown lines.
 * Same options, same bytes. Pure: no clock, no I/O.
 */

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * A piecewise-constant latency profile: the last step whose `from` ≤ t (and whose cohort
 * matches, when given) applies; before any step, `base`.
 */
function latencySteps(base, steps) {
    const sorted = [...steps].sort((a, b) => a.from - b.from);
    return (t, cohort) => {
        let shape = base;
        for (const s of sorted) {
            if (s.from > t)
                break;
            if (s.cohort === undefined || s.cohort === cohort)
                shape = s;
        }
        return shape;
    };
}
const DEFAULT_MIX = {
    save: 0.6,
    restore: 0.1,
    merge: 0.2,
    session: 0.07,
    crash: 0.002,
    bug: 0.0005,
};
const DEFAULT_LATENCY = { p50Ms: 700, p95Ms: 1800 };
const APPS = ['desktop', 'web', 'ios', 'android'];
const VERSIONS = ['4.12.0', '4.12.1', '4.13.0', '4.11.7'];
const KINDS = ['save', 'restore', 'merge', 'session', 'crash', 'bug'];
const HEX = '0123456789abcdef';
function rateAt(r, dflt, t, cohort) {
    return r === undefined ? dflt : typeof r === 'number' ? r : r(t, cohort);
}
function cumulative(weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    return weights.map((w) => {
        acc += w / total;
        return acc;
    });
}
function pick(cum, u) {
    for (let i = 0; i < cum.length; i++)
        if (u < cum[i])
            return i;
    return cum.length - 1;
}
/** The seeded random numbers a trace draws, in a fixed order (the same seed, the same trace). */
class Draws {
    rnd;
    spare = Number.NaN;
    constructor(rnd) {
        this.rnd = rnd;
    }
    /** A standard normal value (Box-Muller, the second value of each pair kept for the next call). */
    gauss() {
        if (!Number.isNaN(this.spare)) {
            const s = this.spare;
            this.spare = Number.NaN;
            return s;
        }
        const u = 1 - this.rnd();
        const v = this.rnd();
        const r = Math.sqrt(-2 * Math.log(u));
        this.spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    }
    hex(len) {
        let s = '';
        for (let i = 0; i < len; i++)
            s += HEX[(this.rnd() * 16) | 0];
        return s;
    }
}
/** Yields the lines (without newline) in time order. */
function* traceLines(o) {
    const draws = new Draws(mulberry32(o.seed));
    const { rnd } = draws;
    const span = o.to - o.from;
    if (!(span > 0))
        throw new RangeError('trace range is empty');
    const n = o.events ?? Math.round(((o.ratePerMinute ?? 1000) * span) / 60_000);
    const mix = { ...DEFAULT_MIX, ...o.mix };
    const kindCum = cumulative(KINDS.map((k) => mix[k]));
    const cohortNames = Object.keys(o.cohorts ?? { ga: 1 });
    const cohortCum = cumulative(cohortNames.map((c) => (o.cohorts ?? { ga: 1 })[c]));
    const bad = { malformed: o.malformed ?? 0, invalid: o.invalid ?? 0, unknown: o.unknown ?? 0 };
    for (let i = 0; i < n; i++) {
        const t = o.from + Math.floor(((i + rnd()) * span) / n);
        const ts = new Date(t).toISOString();
        const cohort = cohortNames[pick(cohortCum, rnd())];
        const tail = `"session":"s-${draws.hex(6)}","user":"u-${String((rnd() * 1e5) | 0).padStart(5, '0')}","app":"${APPS[(rnd() * APPS.length) | 0]}","version":"${VERSIONS[(rnd() * VERSIONS.length) | 0]}","cohort":"${cohort}"}`;
        const broken = brokenLine(draws, bad, ts, tail);
        yield broken ?? `{"ts":"${ts}",${eventBody(draws, o, KINDS[pick(kindCum, rnd())], t, cohort)},${tail}`;
    }
}
/** A malformed, invalid or unknown line, at the trace's rates; undefined for a good event. */
function brokenLine(draws, p, ts, tail) {
    const { rnd } = draws;
    const r = rnd();
    if (r < p.malformed) {
        const good = `{"ts":"${ts}","event":"autosave.save.completed","duration_ms":${(rnd() * 3000) | 0},${tail}`;
        const variant = (rnd() * 3) | 0;
        return variant === 0
            ? good.slice(0, (rnd() * (good.length - 2)) | 0) // cut short
            : variant === 1
                ? `${good.slice(0, -1)},}` // trailing comma
                : `[${JSON.stringify(ts)},"autosave.save.completed"]`; // JSON, not an object
    }
    if (r < p.malformed + p.invalid) {
        return (rnd() * 2) | 0
            ? `{"event":"autosave.save.completed","duration_ms":${(rnd() * 3000) | 0},${tail}` // no ts
            : `{"ts":"${ts}","event":"autosave.save.completed","duration_ms":"${(rnd() * 3000) | 0}",${tail}`; // string duration
    }
    if (r < p.malformed + p.invalid + p.unknown)
        return `{"ts":"${ts}","event":"ui.toolbar.click","button":"export",${tail}`;
    return undefined;
}
/** The event fields of one good line of `kind` at instant t. */
function eventBody(draws, o, kind, t, cohort) {
    const { rnd } = draws;
    switch (kind) {
        case 'save': {
            const { p50Ms, p95Ms } = (o.latency ?? (() => DEFAULT_LATENCY))(t, cohort);
            const sigma = Math.log(p95Ms / p50Ms) / 1.6448536269514722;
            const d = Math.max(1, Math.round(p50Ms * Math.exp(sigma * draws.gauss())));
            return `"event":"autosave.save.completed","duration_ms":${d}`;
        }
        case 'restore':
            return `"event":"autosave.restore.result","success":${rnd() < rateAt(o.restoreSuccess, 0.998, t, cohort)}`;
        case 'merge':
            return `"event":"merge.diff.apply","mode":"${rnd() < rateAt(o.autoMerge, 0.86, t, cohort) ? 'auto' : 'manual'}"`;
        case 'session':
            return `"event":"app.session.start","os":"${['macOS 15.1', 'Windows 11', 'iOS 18.1', 'Android 15'][(rnd() * 4) | 0]}"`;
        case 'crash':
            return `"event":"app.crash","signal":"SIGSEGV"`;
        default:
            return `"event":"bug.reported","id":"bug-${t}","severity":"${rnd() < rateAt(o.critical, 0.1, t, cohort) ? 'critical' : 'major'}"`;
    }
}
/** The lines as Buffers of about `chunkBytes` each, every line ending in "\n" (for big files). */
function* traceChunks(o, chunkBytes = 1 << 20) {
    let parts = [];
    let size = 0;
    for (const line of traceLines(o)) {
        parts.push(line);
        size += line.length + 1;
        if (size >= chunkBytes) {
            parts.push('');
            yield node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(parts.join('\n'), 'utf8');
            parts = [];
            size = 0;
        }
    }
    if (parts.length > 0) {
        parts.push('');
        yield node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(parts.join('\n'), 'utf8');
    }
}
/** The whole trace as one string (small traces: tests, the demo). */
function traceText(o) {
    let s = '';
    for (const line of traceLines(o))
        s += `${line}\n`;
    return s;
}


/***/ }),

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ referencePolicyFiles)
});

// UNUSED EXPORTS: referenceModuleText

;// CONCATENATED MODULE: ./src/policy/reference.generated.ts
// Generated by `npm run generate` from phases/. Do not edit.
const REFERENCE_FILES = {
    "A-0.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: A-0\nname: Prep\naudience: all users\ndescription: Baseline with the feature off; the off-state regression checks keep running.\nflags:\n  autosave.enabled: false\n  merge.precision: legacy\nslos:\n  - id: save-latency-p95\n    sli: save_latency\n    stat: p95\n    max: 2.5s\n    window: 2h\n    min_samples: 50\nadvance:\n  rule: soak\n  for: 24h\nrollback:\n  to: null # no earlier phase: a fired rule alerts and blocks advancing\n  when:\n    - rule: breaches_per_day\n      slo: save-latency-p95\n      count: 3\n  note: A-0 is the baseline. Investigate the regression before advancing.\n",
    "A-1.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: A-1\nname: QA canary\naudience: dev + QA\nflags:\n  autosave.enabled: true\n  merge.precision: legacy\nslos:\n  - id: save-latency-p95\n    sli: save_latency\n    stat: p95\n    max: 2.5s\n    window: 2h\n    min_samples: 50\n  - id: restore-success\n    sli: restore_success\n    stat: ratio\n    min: 99.5%\n    window: 24h\n    min_samples: 200\nadvance:\n  rule: soak\n  for: 24h\nrollback:\n  to: A-0\n  approval: none # the plan: run flags:rollback --phase A-0 at once\n  when:\n    - rule: immediate\n      slo: save-latency-p95\n    - rule: immediate\n      slo: restore-success\n",
    "A-2.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: A-2\nname: Beta\naudience: invited beta\nflags:\n  autosave.enabled: true\n  merge.precision: legacy\nslos:\n  - id: restore-success\n    sli: restore_success\n    stat: ratio\n    min: 99.5%\n    window: 24h\n    min_samples: 200\n  - id: crash-rate-increase\n    sli: crash_rate\n    stat: increase\n    max: +5%\n    window: 24h\n    min_samples: 200\n    baseline: before_rollout # the plan: crash rate over the 7 days before the rollout began\n    baseline_window: 7d\nadvance:\n  rule: soak\n  for: 72h\nrollback:\n  to: A-1 # restart from A-1\n  approval: none # the plan: rollbacks run at once (即時実行); the Reporter records and shares them after\n  when:\n    - rule: immediate\n      slo: restore-success\n      breach: { op: \"<=\", value: 99.5% } # the plan: restore failure >= 0.5 %\n    - rule: immediate\n      slo: crash-rate-increase\n",
    "B-0.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: B-0\nname: Merge beta\naudience: invited beta\nflags:\n  autosave.enabled: true\n  merge.precision: beta\nslos:\n  - id: auto-merge-rate\n    sli: auto_merge_rate\n    stat: ratio\n    min: 80%\n    window: 15m # the Analyzer judges it at 15-minute granularity\n    min_samples: 20\n  - id: critical-bugs\n    sli: critical_bugs\n    stat: count\n    max: 3\n    window: day\nadvance:\n  rule: soak\n  for: 72h\nrollback:\n  approval: none # the plan: rollbacks run at once (即時実行); the Reporter records and shares them after\n  when:\n    - rule: immediate\n      slo: auto-merge-rate\n    - rule: immediate\n      slo: critical-bugs\n",
    "B-1.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: B-1\nname: GA\naudience: all users\nflags:\n  autosave.enabled: true\n  merge.precision: stable\nslos:\n  - id: save-latency-p95\n    sli: save_latency\n    stat: p95\n    max: 2.5s\n    window: 2h\n    min_samples: 50\n  - id: restore-success\n    sli: restore_success\n    stat: ratio\n    min: 99.5%\n    window: 24h\n    min_samples: 200\n  - id: auto-merge-rate\n    sli: auto_merge_rate\n    stat: ratio\n    min: 80%\n    window: 15m\n    min_samples: 20\n  - id: critical-bugs\n    sli: critical_bugs\n    stat: count\n    max: 3\n    window: day\nadvance: # in the last phase: the rollout is complete\n  rule: consecutive_days\n  days: 5\nrollback:\n  approval: none # the plan: rollbacks run at once (即時実行); the Reporter records and shares them after\n  when:\n    - rule: sustained\n      slo: any\n      for: 24h\n  note: Share the root-cause analysis within 1 business day of the rollback. A major incident is rolled back by hand (workflow_dispatch).\n",
    "current.yaml": "# The live phase of this rollout and the flag values the application reads.\n# phasegate rewrites this file; a phase change is a pull request that edits it.\nrollout: autosave\nphase: A-0\nsince: 2026-11-16T00:00:00.000Z\nflags:\n  autosave.enabled: false\n  merge.precision: legacy\n",
    "rollout.yaml": "# yaml-language-server: $schema=../schema/rollout.schema.json\n# The reference rollout of the operating plan: AutoSave, then precise merge.\nrollout: autosave\ndescription: AutoSave and precise merge, rolled out phase by phase as the operating plan lays out.\ntimezone: Asia/Tokyo\nwindow: 15m\nphases: [A-0, A-1, A-2, B-0, B-1]\n\n# How events become SLIs. Other event shapes are mapped here, with no code change.\nslis:\n  save_latency:\n    kind: latency\n    description: time to complete a save\n    event: autosave.save.completed\n    field: duration_ms\n    unit: ms\n  restore_success:\n    kind: ratio\n    description: share of restores that succeed\n    numerator: { event: autosave.restore.result, where: { success: true } }\n    denominator: { event: autosave.restore.result }\n  crash_rate:\n    kind: ratio\n    description: crashes per session\n    numerator: { event: app.crash }\n    denominator: { event: app.session.start }\n  auto_merge_rate:\n    kind: ratio\n    description: share of diff applications merged automatically\n    numerator: { event: merge.diff.apply, where: { mode: auto } }\n    denominator: { event: merge.diff.apply }\n  critical_bugs:\n    kind: count\n    description: bugs the Reporter files as critical (distinct bug ids; severity in any case)\n    event: bug.reported\n    where: { severity: critical }\n    distinct: id\n\n# Business days for due dates (the RCA issue is due 1 business day after a rollback), in the\n# time zone above: not weekends, not Japan's public holidays (date-holidays' calendar, any year,\n# substitute holidays included) and not the company's own days off. Only public holidays count:\n# the year-end break is the company's, so it is listed here (date-holidays calls 31 December a\n# bank holiday, which does not count). 2026-11-23, 2027-01-01 and 2027-01-11 are national.\nholidays:\n  country: JP\n  extra: [2026-12-29, 2026-12-30, 2026-12-31] # year-end break\n\n# Who approves phase pull requests (SPEC.md section 4): the Analyzer approves advances. Every\n# rollback here is immediate (each phase's rollback.approval: none); the Reporter is mentioned in\n# the rollback PR and Slack, records and shares it, and owns the root-cause analysis. A policy\n# that wants rollbacks reviewed sets rollback.approval: required, and these approve them.\ngithub:\n  approvers:\n    advance: [codeowners]\n    rollback: [autosave-po]\n  approvals: 1\n  reviewers: [autosave-analyst]\n  reporter: autosave-po\n  checklist: docs/CHECKLIST.md\n\n# After a rollback: watch save latency and the merge rate for 2 h, then restart from A-1.\nrecovery:\n  watch: [save-latency-p95, auto-merge-rate]\n  for: 2h\n  restart: A-1\n\n# After a merged phase change: the Slack message, and for a rollback the UI's read-only lock.\nnotify:\n  slack:\n    channel: \"#launch-autosave\"\n    templates:\n      rollback: templates/slack-rollback.ja.md\n  lock:\n    event: autosave.lock.readonly\n\n# The Runbook phasegate keeps beside the window records (reports/runbook/YYYY-MM.md): the daily\n# record is written from this form (the plan's Runbook 日次記録フォーム).\nrunbook:\n  template: templates/runbook-daily.ja.md\n\n# Where each SLI's numbers come from (docs/sources.md). Here every SLI reads the JSONL events\n# given to `phasegate collect --source` (the Action's `events` input). The commented section\n# below reads the same SLIs from Prometheus and critical bugs from GitHub issues instead; the\n# tests check that it compiles.\nsources:\n  events:\n    type: jsonl\n# sources:\n#   metrics:\n#     type: prometheus\n#     url: \"${PROMETHEUS_URL}\"           # e.g. http://prometheus.monitoring:9090\n#     auth: { bearer: \"${PROMETHEUS_TOKEN}\" }\n#     timeout: 30s\n#     slis:\n#       save_latency: { histogram: autosave_save_duration_seconds }   # buckets: le in seconds\n#       restore_success:\n#         numerator: autosave_restore_total{result=\"success\"}\n#         denominator: autosave_restore_total\n#       crash_rate: { numerator: app_crashes_total, denominator: app_sessions_total }\n#       auto_merge_rate:\n#         numerator: merge_diff_apply_total{mode=\"auto\"}\n#         denominator: merge_diff_apply_total\n#   bugs:\n#     type: github-issues                # repo: the workflow's own; token: ${GITHUB_TOKEN}\n#     slis:\n#       critical_bugs: { label: critical }\n",
};

;// CONCATENATED MODULE: ./src/policy/reference.ts
/**
 * The reference rollout (phases/ of this repository), embedded so the demo runs from the bundle
 * alone. reference.generated.ts is written by `npm run generate`; a test keeps it equal to phases/.
 */

function referencePolicyFiles() {
    return { ...REFERENCE_FILES };
}
function referenceModuleText(files) {
    const body = Object.entries(files)
        .map(([name, text]) => `  ${JSON.stringify(name)}: ${JSON.stringify(text)},`)
        .join('\n');
    return `// Generated by \`npm run generate\` from phases/. Do not edit.\nexport const REFERENCE_FILES: Record<string, string> = {\n${body}\n};\n`;
}


/***/ }),

/***/ 4418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ simulate),
/* harmony export */   xj: () => (/* binding */ SimulateError)
/* harmony export */ });
/* unused harmony export DEFAULT_APPROVE_AFTER_MS */
/* harmony import */ var _interpreters_book_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7642);
/* harmony import */ var _judge_record_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8663);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _rollout_lookback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(981);
/* harmony import */ var _rollout_retention_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4019);
/* harmony import */ var _people_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3239);
/* harmony import */ var _replay_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4347);
/**
 * `simulate`: what the scheduled Action would have done, run by run, on window records already
 * collected. The replay (replay.ts) runs the planner on the in-memory PR book: the same rules,
 * the same intents as on GitHub; this file sets the book up and reads the timeline back from it.
 */







const DEFAULT_APPROVE_AFTER_MS = 3_600_000;
/** A caller error (unknown phase, empty range): the CLI names the flag. */
class SimulateError extends Error {
    field;
    name = 'SimulateError';
    constructor(field, message) {
        super(message);
        this.field = field;
    }
}
const QUIET = { info: () => { }, warn: () => { } };
async function simulate(input) {
    const { policy, from, to } = input;
    const startPhase = input.startPhase ?? policy.phases[0]?.id ?? '';
    if (!(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, startPhase)) {
        throw new SimulateError('startPhase', `unknown phase "${startPhase}"; valid phases: ${(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseIds */ .ab)(policy).join(', ')}`);
    }
    if (!(to > from))
        throw new SimulateError('range', 'the end of the replay must be after its start');
    const approveAfterMs = input.approveAfterMs ?? DEFAULT_APPROVE_AFTER_MS;
    if (!(approveAfterMs >= 0) || !Number.isFinite(approveAfterMs)) {
        throw new SimulateError('approveAfterMs', 'the approval delay must be a duration of 0 or more');
    }
    const read = reader(new _judge_record_index_js__WEBPACK_IMPORTED_MODULE_1__/* .IndexedRecords */ .kl(input.records, policy.windowMs, policy.slis), policy);
    const repo = input.repository ?? standIns(policy);
    let now = from;
    const book = new _interpreters_book_js__WEBPACK_IMPORTED_MODULE_0__/* .PrBook */ .G({
        policy,
        templates: input.templates,
        live: {
            phase: startPhase,
            since: from,
            entered: input.entered,
            file: input.currentFile ?? 'phases/current.yaml',
        },
        // A copy is a plain array, which the judge indexes on its own; it must see every record.
        records: (a, b) => input.reindexEachRun ? [...read.all(a, b)] : read.atRun(a, b, book.live, now),
        now: () => now,
        checklist: repo.checklist,
        codeowners: repo.codeowners,
        teams: repo.teams,
        identity: repo.identity,
        repoUrl: repo.repoUrl,
    });
    const timeline = new Timeline(policy, book, {
        phase: startPhase,
        since: from,
        entered: input.entered ?? null,
    });
    const stage = {
        world: book,
        at: async (t) => {
            now = t;
        },
        openPulls: async () => openPulls(policy, book),
        approve: async (pull) => {
            if (pull.kind !== 'rollback')
                book.tick(pull.number);
            const logins = repo.approvers(pull.kind);
            for (const login of logins)
                book.review(pull.number, login);
            return logins[0];
        },
        // The book keeps the phase before its own merges: no tip to name.
        merge: async (pull) => ({ ...book.merge(pull.number), before: null }),
    };
    const result = await (0,_replay_js__WEBPACK_IMPORTED_MODULE_4__/* .replay */ .e)(stage, {
        policy,
        from,
        to,
        approveAfterMs,
        cronOffsetMs: repo.cronOffsetMs,
        log: QUIET,
        onRun: async (run) => {
            timeline.observe(run);
            await input.onRun?.(run);
        },
        onStep: input.onStep,
    });
    return timeline.result({
        input,
        startPhase,
        approveAfterMs,
        steps: result.steps,
        completed: result.completed,
    });
}
/**
 * The records [a, b) a run reads: `all` of them, or those a run at `now` reads, the index first
 * letting go of what no run from then on reads.
 */
function reader(index, policy) {
    const mergedBack = mergedBackMs(policy);
    const sumsRead = sumsReader(policy);
    return {
        all: (a, b) => index.slice(a, b),
        atRun(a, b, live, now) {
            index.forgetBefore(now - mergedBack, () => sumsRead(live, now));
            return index.slice(a, b);
        },
    };
}
/**
 * How far back from its instant any run merges window data: the history of the longest lookback
 * of any phase (a lookback only moves later as time runs on). Earlier, runs read only baselines'
 * ratios, which the index keeps as sums; so records before this are let go, and memory holds that
 * history, not the days replayed.
 */
function mergedBackMs(policy) {
    return Math.max(...policy.phases.map((phase) => -(0,_rollout_lookback_js__WEBPACK_IMPORTED_MODULE_5__/* .historyStart */ .nl)(policy, phase, 0)));
}
const DAY = 86_400_000;
/**
 * The window sums any run from `now` on reads: from its retention on (rollout/retention.ts:
 * everything a decision reads back from its instant, a phase entered now included) and the span
 * its charts look back over (plan/charts.ts: the soak or 5 days, twice the recovery watch, each
 * point over its SLO's window); before that, only at the edges of the baselines anchored at the
 * live phase's start and the rollout's (a later phase takes the live phase's start for the
 * rollout's when none is recorded: rollout/current.ts startedAfter). The index lets go of the
 * others, so its sums are flat in the days replayed.
 */
function sumsReader(policy) {
    const slos = [...policy.phases.flatMap((p) => p.slos), ...(policy.recovery?.watch ?? [])];
    const widths = new Set([0]);
    let window = DAY;
    for (const slo of slos) {
        if (slo.baseline?.kind === 'before_phase' || slo.baseline?.kind === 'before_rollout')
            widths.add(slo.baseline.windowMs);
        if (slo.window !== 'day')
            window = Math.max(window, slo.window);
    }
    const soaks = policy.phases.map((p) => (p.advance?.rule === 'soak' ? p.advance.forMs : 0));
    const charts = Math.max(5 * DAY, 2 * (policy.recovery?.forMs ?? 0), ...soaks) + window;
    const back = Math.max((0,_rollout_retention_js__WEBPACK_IMPORTED_MODULE_3__/* .retentionMs */ .Fi)(policy, 0), charts);
    return (live, now) => {
        const anchors = live.started === undefined ? [live.since] : [live.since, live.started];
        return { from: now - back, pins: anchors.flatMap((a) => [...widths].map((w) => a - w)) };
    };
}
/** With no repository given, stand-ins approve, made code owners and members of every team. */
function standIns(policy) {
    const entries = [...policy.github.approvers.advance, ...policy.github.approvers.rollback];
    const teams = Object.fromEntries(entries.filter((e) => e.includes('/')).map((t) => [t.toLowerCase(), [..._people_js__WEBPACK_IMPORTED_MODULE_6__/* .STAND_INS */ .sr]]));
    return {
        codeowners: { path: 'CODEOWNERS', text: `* ${_people_js__WEBPACK_IMPORTED_MODULE_6__/* .STAND_INS */ .sr.map((s) => `@${s}`).join(' ')}\n` },
        teams,
        checklist: null,
        approvers: (kind) => (0,_people_js__WEBPACK_IMPORTED_MODULE_6__/* .standInApprovers */ .mn)(policy, kind),
    };
}
function openPulls(policy, book) {
    return book.pulls
        .filter((p) => p.state === 'open' && p.proposal?.rollout === policy.rollout)
        .map((p) => ({
        number: p.number,
        kind: p.proposal.kind,
        openedAt: p.openedAt,
        approved: p.reviews.length > 0,
        noApproval: p.proposal.kind === 'rollback' && (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, p.proposal.from)?.rollback.approval === 'none',
        gate: book.gateOf(p.number),
    }));
}
/** Reads the replay back as the timeline `simulate` prints: decisions, PRs, phase changes. */
class Timeline {
    policy;
    book;
    live;
    decisions = [];
    changes = [];
    phases = [];
    opening = new Map();
    last;
    alerting = false;
    constructor(policy, book, live) {
        this.policy = policy;
        this.book = book;
        this.live = live;
    }
    observe(run) {
        const { result } = run;
        if (run.trigger.command === 'propose') {
            const ev = result.plan.evaluation;
            this.last = ev;
            const d = ev.decision;
            if (d.action === 'complete')
                this.record(ev, null);
            if (d.action === 'hold' && d.alert && !this.alerting)
                this.record(ev, null);
            this.alerting = d.action === 'hold' && d.alert;
        }
        for (const pass of result.passes) {
            for (const [k, intent] of pass.plan.intents.entries()) {
                const number = pass.outcomes[k]?.number;
                if (intent.type !== 'open-proposal' || number === undefined)
                    continue;
                this.opening.set(number, pass.plan.evaluation.decision.reasons);
                this.record(pass.plan.evaluation, number);
            }
        }
        this.followPhase();
    }
    /** A merge (phasegate's or a person's) made another phase live. */
    followPhase() {
        const live = this.book.live;
        if (live.phase === this.live.phase && live.since === this.live.since)
            return;
        const merged = this.book.pulls.find((p) => p.mergedAt === live.since && p.proposal?.to === live.phase);
        this.phases.push(span(this.live.phase, this.live.since, live.since, this.live.entered));
        if (merged?.proposal) {
            this.changes.push({
                at: live.since,
                from: this.live.phase,
                to: live.phase,
                by: merged.proposal.kind,
                pr: merged.number,
                reasons: this.opening.get(merged.number) ?? [],
            });
        }
        this.live = { phase: live.phase, since: live.since, entered: live.entered ?? null };
        this.alerting = false;
    }
    record(ev, pr) {
        const d = ev.decision;
        this.decisions.push({
            at: ev.at,
            phase: ev.phase,
            since: ev.since,
            entered: this.live.phase === ev.phase ? this.live.entered : null,
            ...(this.book.live.started !== undefined && { started: this.book.live.started }),
            action: d.action,
            to: d.to,
            alert: d.alert,
            reasons: d.reasons,
            slos: ev.slos.map((v) => ({
                id: v.id,
                status: v.status,
                value: v.value,
                op: v.op,
                threshold: v.threshold,
                unit: v.unit,
                samples: v.samples,
                reason: v.reason,
            })),
            pr,
        });
    }
    result(o) {
        const { policy } = this;
        const completed = o.completed
            ? {
                at: o.completed.at,
                phase: this.live.phase,
                reasons: o.completed.result.plan.evaluation.decision.reasons,
            }
            : null;
        const end = completed?.at ?? Math.max(o.input.to, this.live.since);
        const last = this.last;
        return {
            rollout: policy.rollout,
            timezone: policy.timezone,
            windowMs: policy.windowMs,
            from: o.input.from,
            to: o.input.to,
            startPhase: o.startPhase,
            approveAfterMs: o.approveAfterMs,
            steps: o.steps,
            decisions: this.decisions,
            changes: this.changes,
            prs: this.prs(o.approveAfterMs),
            phases: [...this.phases, span(this.live.phase, this.live.since, end, this.live.entered)],
            completed,
            final: {
                phase: this.live.phase,
                since: this.live.since,
                action: last?.phase === this.live.phase ? last.decision.action : 'hold',
                reasons: last?.phase === this.live.phase
                    ? last.decision.reasons
                    : [`${this.live.phase} was entered after the last run`],
            },
        };
    }
    prs(approveAfterMs) {
        return this.book.pulls
            .filter((p) => p.proposal?.rollout === this.policy.rollout)
            .map((p) => {
            const kind = p.proposal.kind;
            const none = kind === 'rollback' && (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(this.policy, p.proposal.from)?.rollback.approval === 'none';
            return {
                number: p.number,
                kind,
                from: p.proposal.from,
                to: p.proposal.to,
                openedAt: p.openedAt,
                approvedAt: p.openedAt + (none ? 0 : approveAfterMs),
                mergedAt: p.mergedAt,
                droppedAt: p.state === 'closed' ? p.closedAt : null,
                dropped: p.state === 'closed' ? p.closedBecause : null,
            };
        });
    }
}
function span(phase, from, to, entered) {
    return { phase, from, to, durationMs: to - from, entered };
}


/***/ }),

/***/ 3812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q0: () => (/* binding */ renderSimulationJson),
/* harmony export */   rP: () => (/* binding */ renderSimulationText)
/* harmony export */ });
/* unused harmony exports SIMULATION_JSON_VERSION, formatElapsed, timeInPhase */
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _policy_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2233);
/**
 * The timeline as people read it (text) and as tools read it (JSON, stable keys). Instants are
 * shown in UTC and in the policy's time zone, since soaks and calendar days count there.
 */


const SIMULATION_JSON_VERSION = 1;
const iso = (t) => new Date(t).toISOString();
const utc = (t) => `${iso(t).slice(0, 16).replace('T', ' ')} UTC`;
const local = (t, tz) => `${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(t, tz)} ${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(t, tz)}`;
/** "2d 1h30m", "45m", "0m". */
function formatElapsed(ms) {
    const minutes = Math.round(ms / 60_000);
    const d = Math.floor(minutes / 1440);
    const h = Math.floor((minutes % 1440) / 60);
    const m = minutes % 60;
    const time = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
    return [d ? `${d}d` : '', time].filter(Boolean).join(' ') || '0m';
}
/** Total time per phase id, in rollout order of first entry. */
function timeInPhase(phases) {
    const out = new Map();
    for (const p of phases) {
        const t = out.get(p.phase) ?? { ms: 0, stints: 0 };
        out.set(p.phase, { ms: t.ms + p.durationMs, stints: t.stints + 1 });
    }
    return out;
}
function renderSimulationJson(r) {
    const tz = r.timezone;
    const when = (t) => (t === null ? null : iso(t));
    const body = {
        version: SIMULATION_JSON_VERSION,
        rollout: r.rollout,
        timezone: tz,
        window: (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(r.windowMs),
        from: iso(r.from),
        to: iso(r.to),
        startPhase: r.startPhase,
        approveAfter: (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(r.approveAfterMs),
        steps: r.steps,
        result: r.completed
            ? {
                status: 'complete',
                phase: r.completed.phase,
                at: iso(r.completed.at),
                reasons: r.completed.reasons,
            }
            : { status: 'in_progress', phase: r.final.phase, at: null, reasons: r.final.reasons },
        changes: r.changes.map((c) => ({
            at: iso(c.at),
            local: local(c.at, tz),
            from: c.from,
            to: c.to,
            by: c.by,
            pr: c.pr,
            reasons: c.reasons,
        })),
        decisions: r.decisions.map((d) => ({
            at: iso(d.at),
            local: local(d.at, tz),
            phase: d.phase,
            since: iso(d.since),
            entered: d.entered,
            action: d.action,
            to: d.to,
            alert: d.alert,
            pr: d.pr,
            reasons: d.reasons,
            slos: d.slos.map((s) => ({
                id: s.id,
                status: s.status,
                value: s.value,
                op: s.op,
                threshold: s.threshold,
                unit: s.unit,
                samples: s.samples,
                reason: s.reason,
            })),
        })),
        prs: r.prs.map((p) => ({
            number: p.number,
            kind: p.kind,
            from: p.from,
            to: p.to,
            openedAt: iso(p.openedAt),
            approvedAt: iso(p.approvedAt),
            mergedAt: when(p.mergedAt),
            droppedAt: when(p.droppedAt),
            dropped: p.dropped,
        })),
        phases: r.phases.map((p) => ({
            phase: p.phase,
            from: iso(p.from),
            to: iso(p.to),
            durationMs: p.durationMs,
            entered: p.entered,
        })),
        timeInPhase: Object.fromEntries([...timeInPhase(r.phases)].map(([id, t]) => [id, t.ms])),
    };
    return `${JSON.stringify(body, null, 2)}\n`;
}
function renderSimulationText(r) {
    const tz = r.timezone;
    const at = (t) => `${utc(t)} (${local(t, tz)} ${tz})`;
    const out = [];
    out.push(`Simulated rollout "${r.rollout}" from ${at(r.from)} to ${utc(r.to)}: ${formatElapsed(r.to - r.from)}, ${r.steps} runs every ${(0,_policy_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(r.windowMs)}, starting at ${r.startPhase}.`, `PRs are approved ${formatElapsed(r.approveAfterMs)} after they open; rollbacks of phases with rollback.approval: none merge at once.`, '', 'Timeline');
    const lines = [];
    for (const d of r.decisions)
        lines.push({ t: d.at, order: 0, text: decisionLines(d, r.prs, at) });
    for (const c of r.changes) {
        lines.push({ t: c.at, order: 1, text: [`${at(c.at)}  ${c.from} → ${c.to}: #${c.pr} merged (${c.by})`] });
    }
    for (const p of r.prs) {
        if (p.droppedAt !== null) {
            lines.push({
                t: p.droppedAt,
                order: 2,
                text: [`${at(p.droppedAt)}  #${p.number} closed unmerged: ${p.dropped}`],
            });
        }
    }
    lines.sort((a, b) => a.t - b.t || a.order - b.order);
    if (lines.length === 0)
        out.push('  no phase change, PR or alert: every run held');
    for (const l of lines)
        out.push(...l.text.map((s, i) => (i === 0 ? `  ${s}` : `      ${s}`)));
    out.push('', 'Phases');
    for (const p of r.phases) {
        const by = p.entered
            ? ` (entered by ${p.entered.by}${p.entered.from ? ` from ${p.entered.from}` : ''})`
            : '';
        out.push(`  ${p.phase.padEnd(6)} ${utc(p.from)} → ${utc(p.to)}  ${formatElapsed(p.durationMs)}${by}`);
    }
    const totals = [...timeInPhase(r.phases)].map(([id, t]) => `${id} ${formatElapsed(t.ms)}${t.stints > 1 ? ` (${t.stints} stints)` : ''}`);
    out.push(`  time in phase: ${totals.join(', ')}`);
    out.push('', 'Pull requests');
    if (r.prs.length === 0)
        out.push('  none');
    for (const p of r.prs)
        out.push(`  ${prLine(p)}`);
    out.push('');
    const rollbacks = r.changes.filter((c) => c.by === 'rollback').length;
    const tally = `${r.changes.length} phase change(s), ${rollbacks} rollback(s)`;
    if (r.completed) {
        out.push(`Result: complete at ${at(r.completed.at)}, ${formatElapsed(r.completed.at - r.from)} after the start; ${tally}.`);
    }
    else {
        out.push(`Result: not complete; ${r.final.phase} is live since ${utc(r.final.since)} (${tally}). Last verdict: ${r.final.reasons[0] ?? r.final.action}`);
    }
    return `${out.join('\n')}\n`;
}
function decisionLines(d, prs, at) {
    const pr = d.pr === null ? undefined : prs.find((p) => p.number === d.pr);
    const head = d.action === 'complete'
        ? `${d.phase}: rollout complete`
        : pr
            ? `${d.phase}: ${d.action} → ${d.to} proposed in #${pr.number}${pr.approvedAt === pr.openedAt ? ' (merged at once: no approval needed)' : ''}`
            : `${d.phase}: ${d.action}${d.alert ? ' with an alert' : ''}`;
    return [`${at(d.at)}  ${head}`, ...d.reasons, ...d.slos.map((s) => `SLO ${s.status}: ${s.reason}`)];
}
function prLine(p) {
    const end = p.mergedAt !== null
        ? `merged ${utc(p.mergedAt)}`
        : p.droppedAt !== null
            ? `closed ${utc(p.droppedAt)}: ${p.dropped}`
            : 'still open at the end';
    return `#${p.number} ${p.kind.padEnd(8)} ${p.from} → ${p.to}  opened ${utc(p.openedAt)}, ${end}`;
}


/***/ })

};
