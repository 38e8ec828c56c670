export const id = 542;
export const ids = [542];
export const modules = {

/***/ 9542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  simulateCommand: () => (/* binding */ simulateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/fs-errors.ts
var fs_errors = __webpack_require__(6790);
// EXTERNAL MODULE: ./src/input.ts
var src_input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/judge/calendar.ts
var calendar = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/notify/load.ts
var load = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/progress.ts
var progress = __webpack_require__(4660);
// EXTERNAL MODULE: ./src/report/html.ts + 5 modules
var html = __webpack_require__(6000);
// EXTERNAL MODULE: ./src/simulate/engine.ts
var engine = __webpack_require__(4418);
// EXTERNAL MODULE: ./src/simulate/render.ts
var render = __webpack_require__(3812);
// EXTERNAL MODULE: ./src/judge/series.ts
var series = __webpack_require__(3126);
;// CONCATENATED MODULE: ./src/simulate/report.ts
/**
 * A replay as the HTML report's input: each SLO's value over the whole period, judged in every
 * phase that defines it (counted from that phase's start, as the decision does), the phase bands,
 * and a marker for every decision that opened a pull request or ended the rollout. Pure.
 */

function simulationReportInput(policy, result, records, generatedAt) {
    const byId = new Map();
    for (const span of result.phases) {
        const phase = policy.phases.find((p) => p.id === span.phase);
        if (!phase || span.to <= span.from)
            continue;
        const stepMs = Math.max(policy.windowMs, Math.ceil((result.to - result.from) / 2000 / policy.windowMs) * policy.windowMs);
        for (const s of (0,series/* sloSeries */.U)({
            policy,
            phase,
            records,
            since: span.from,
            from: span.from,
            to: span.to,
            stepMs,
        })) {
            const seen = byId.get(s.id);
            if (seen) {
                const after = seen.points.at(-1)?.at ?? -Infinity;
                for (const p of s.points)
                    if (p.at > after)
                        seen.points.push(p); // no push(...): huge spans
            }
            else
                byId.set(s.id, { ...s, points: [...s.points] });
        }
    }
    const decisions = result.decisions
        .filter((d) => d.action !== 'hold')
        .map((d) => ({ at: d.at, action: d.action, from: d.phase, to: d.to, reason: d.reasons[0] }));
    return {
        policy,
        title: `phasegate simulate: ${policy.rollout}`,
        generatedAt,
        series: [...byId.values()],
        phases: result.phases.map((p) => ({ phase: p.phase, from: p.from, to: p.to })),
        decisions,
    };
}

// EXTERNAL MODULE: ./src/telemetry/sources/collect-threads.ts
var collect_threads = __webpack_require__(5504);
// EXTERNAL MODULE: ./src/telemetry/sources/jsonl.ts + 4 modules
var jsonl = __webpack_require__(292);
// EXTERNAL MODULE: ./src/telemetry/sources/read-error.ts
var read_error = __webpack_require__(8939);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
;// CONCATENATED MODULE: ./src/commands/simulate.ts
/**
 * `phasegate simulate`: replay JSONL events through a policy and print what the scheduled Action
 * would have done: every phase change with its time and reason, the PRs, time in each phase and
 * the SLO values at each decision.
 *
 * The events are collected into window records in one streaming pass (the same collector as
 * `phasegate collect`, so memory holds per-window aggregates, not events), then replayed by
 * src/simulate, which calls the same evaluate() as `phasegate evaluate` and the Action. Every SLI
 * is read from --events, whatever sources: rollout.yaml names.
 */
















async function simulateCommand(o) {
    const loaded = (0,policy_dir/* loadPolicyDir */.yD)(o.config);
    const { policy } = loaded;
    const approveAfterMs = checkFlags(o, policy);
    const records = await collectEvents(o, policy);
    const w = policy.windowMs;
    const tz = policy.timezone;
    const replaying = (0,progress/* createProgress */.mf)({
        mode: o.progress ?? 'lines',
        write: o.log,
        title: 'replaying',
        unit: 'runs',
    });
    let result;
    try {
        result = await (0,engine/* simulate */.JV)({
            policy,
            records,
            from: o.from,
            to: o.to,
            startPhase: o.startPhase,
            approveAfterMs,
            templates: (0,load/* loadTemplates */.K)(loaded.dir, policy.notify),
            currentFile: (0,policy_dir/* displayPath */.Gt)(loaded.currentPath),
            onStep: (done, total) => {
                const t = o.from + done * w;
                replaying.update(done, total, () => `${(0,calendar/* localDate */.gD)(t, tz)} ${(0,calendar/* localTime */.HJ)(t, tz)} ${tz}`);
            },
        });
    }
    catch (e) {
        replaying.end();
        if (e instanceof engine/* SimulateError */.xj) {
            const flag = { startPhase: '--start-phase', range: '--to', approveAfterMs: '--approve-after' }[e.field];
            throw new src_input/* InputError */.dz(`${flag}: ${e.message}`);
        }
        throw e;
    }
    replaying.end(`replayed ${result.steps} runs`);
    if (o.report) {
        const input = simulationReportInput(policy, result, records, o.now ?? o.to);
        await (0,promises_.writeFile)(o.report, (0,html/* renderReportHtml */.Y)(input)).catch((e) => {
            const words = (0,fs_errors/* describeFsError */.T)(e, o.report);
            throw words ? new src_input/* InputError */.dz(`--report: ${words}; give a file to write, e.g. report.html`) : e;
        });
        o.log(`report: ${o.report}\n`);
    }
    const text = o.format === 'json' ? (0,render/* renderSimulationJson */.q0)(result) : (0,render/* renderSimulationText */.rP)(result);
    return { result, text };
}
/** The range on window boundaries, a known start phase, a readable approval delay (returned). */
function checkFlags(o, policy) {
    (0,src_input/* checkWindowRange */.ic)(o.from, o.to, policy.windowMs, (0,units/* formatDuration */.a3)(policy.windowMs));
    if (o.startPhase !== undefined && !(0,model/* phaseById */.K6)(policy, o.startPhase)) {
        throw new src_input/* InputError */.dz(`--start-phase: unknown phase "${o.startPhase}"; valid phases: ${(0,model/* phaseIds */.ab)(policy).join(', ')}`);
    }
    const approveAfterMs = o.approveAfter === undefined ? undefined : (0,units/* parseDuration */.E9)(o.approveAfter);
    if (o.approveAfter !== undefined && approveAfterMs === undefined) {
        throw new src_input/* InputError */.dz(`--approve-after: "${o.approveAfter}" is not a duration such as 1h, 30m or 0m`);
    }
    return approveAfterMs;
}
/**
 * The events of --events collected into window records in one streaming pass, with progress: on
 * several threads, as `phasegate collect` does (the result is the same as one thread's).
 */
async function collectEvents(o, policy) {
    const reading = (0,progress/* createProgress */.mf)({
        mode: o.progress ?? 'lines',
        write: o.log,
        title: 'collecting events',
        unit: 'MB',
        format: (n) => n.toFixed(1),
    });
    const collected = await (0,jsonl/* collectJsonl */.Nw)({
        policy,
        from: o.from,
        to: o.to,
        source: o.events,
        cwd: o.cwd,
        workers: (0,collect_threads/* collectThreadCount */.m4)(),
        onBytes: (done, total) => reading.update(done / 1e6, total / 1e6),
        meanwhile: () => loadHolidays(policy, o.from, o.to),
    }).catch((e) => {
        reading.end();
        throw e instanceof read_error/* TelemetrySourceError */.r ? new src_input/* InputError */.dz(`--events: ${e.message}`) : e;
    });
    const files = collected.files;
    const sum = (k) => collected.windows.reduce((n, r) => n + r.counts[k], 0);
    reading.end(`collected ${sum('events')} events from ${files.length} file(s) into ${collected.windows.length} windows (${sum('malformed')} malformed, ${sum('invalid')} invalid, ${sum('unknown')} unknown lines; ${collected.stats.outside} lines outside --from/--to)`);
    if (sum('events') === 0) {
        o.log(`warning: no events between --from ${new Date(o.from).toISOString()} and --to ${new Date(o.to).toISOString()}; every run will hold for lack of data (check the range against the events' ts)\n`);
    }
    return collected.windows;
}
/**
 * The public holidays of the simulated years, looked up ahead: the replay's first due date would
 * otherwise load the calendar (date-holidays, ~110 ms) after the collect, with the other core
 * idle; asked for during the collect, it runs beside the worker threads' parsing.
 */
function loadHolidays(policy, from, to) {
    const { country, publicHolidays } = policy.holidays;
    if (!country || !publicHolidays)
        return;
    for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++)
        publicHolidays(country, y);
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ createCollectProgress),
/* harmony export */   mf: () => (/* binding */ createProgress)
/* harmony export */ });
/* unused harmony exports progressModeFor, windowLine, WINDOW_LINES_UP_TO */
/** A bar on an interactive stderr, except in GitHub Actions (its log is not a terminal). */
function progressModeFor(stream, env = {}) {
    return stream.isTTY === true && env.GITHUB_ACTIONS !== 'true' ? 'bar' : 'lines';
}
function createProgress(o) {
    const fmt = o.format ?? ((n) => String(Math.round(n)));
    const unit = o.unit ? ` ${o.unit}` : '';
    const title = o.title ?? '';
    const counts = o.counts === 'fraction'
        ? (done, total) => `${fmt(done)}/${fmt(total)}${unit}`
        : (done, total) => `${Math.floor(percent(done, total))}% (${fmt(done)}/${fmt(total)}${unit})`;
    if (o.mode === 'lines') {
        const every = o.lineEvery ?? 0.1;
        let next = every;
        let finished = false;
        return {
            update(done, total, detail) {
                const share = total > 0 ? done / total : 1;
                if (finished || (share + 1e-12 < next && done < total))
                    return;
                while (next <= share + 1e-12)
                    next += every;
                finished = done >= total;
                const text = typeof detail === 'function' ? detail() : detail;
                o.write(`${title ? `${title}: ` : ''}${counts(done, total)}${text ? ` ${text}` : ''}\n`);
            },
            log: (text) => o.write(text),
            end: (summary) => {
                if (summary)
                    o.write(`${summary}\n`);
            },
        };
    }
    const width = o.width ?? 30;
    let shown = '';
    const draw = (line) => {
        if (line === shown)
            return;
        shown = line;
        o.write(`\r\x1b[2K${line}`);
    };
    const clear = () => {
        if (shown)
            o.write('\r\x1b[2K');
    };
    return {
        update(done, total, detail) {
            const filled = Math.round((percent(done, total) / 100) * width);
            const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
            const text = typeof detail === 'function' ? detail() : detail;
            draw(`${title ? `${title} ` : ''}${bar} ${counts(done, total)}${text ? ` ${text}` : ''}`);
        },
        log(text) {
            const again = shown;
            clear();
            o.write(text);
            shown = '';
            if (again)
                draw(again);
        },
        end(summary) {
            clear();
            shown = '';
            if (summary)
                o.write(`${summary}\n`);
        },
    };
}
function percent(done, total) {
    if (!(total > 0))
        return 100;
    return Math.min(100, Math.max(0, (done / total) * 100));
}
const iso = (ms) => new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z');
/** "window 2026-11-20T10:00Z–10:15Z: 1234 events, 5 SLI(s) collected; missing crash_rate (…)" */
function windowLine(part, windowMs) {
    const end = iso(part.start + windowMs).slice(11);
    const counts = part.counts ? `${part.counts.events} events, ` : '';
    let line = `window ${iso(part.start)}–${end}: ${counts}${part.slis.size} SLI(s) collected`;
    if (part.missing.size > 0) {
        const reasons = [...part.missing].map(([id, why]) => `${id} (${why.length > 160 ? `${why.slice(0, 157)}…` : why})`);
        line += `; missing ${reasons.join(', ')}`;
    }
    return line;
}
/**
 * Without a terminal, a collect of at most this many windows (a day of 15-minute windows, and
 * the one that just ended) writes one line per window. A longer back-fill writes a line at each
 * tenth of its windows instead, and a line for each window with missing SLIs, up to this many:
 * 8,640 lines for 90 days buried what the log was for, and building them took ~50 ms.
 */
const WINDOW_LINES_UP_TO = 100;
/**
 * A bar counting the `total` windows on a terminal; elsewhere, one line per window (or, past
 * WINDOW_LINES_UP_TO, the tenths and the windows with missing SLIs). Window lines come in bursts
 * (a file source tells all its windows at once), so they are written together, one write per
 * burst rather than one per line (stderr is synchronous), before any other output and at the
 * latest once the burst is over.
 */
function createCollectProgress(mode, write, windowMs, total) {
    const p = createProgress({ mode, write, unit: 'windows', counts: 'fraction' });
    let lines = '';
    const flush = () => {
        if (lines === '')
            return;
        const text = lines;
        lines = '';
        p.log(text);
    };
    const queue = (text) => {
        if (lines === '')
            setImmediate(flush);
        lines += text;
    };
    // Past WINDOW_LINES_UP_TO, the tenths: queued with the window lines, so they keep their order.
    const tenths = mode === 'lines' && total > WINDOW_LINES_UP_TO
        ? createProgress({ mode, write: queue, title: 'collected', unit: 'windows' })
        : undefined;
    let done = 0;
    let missingShown = 0;
    let missingLeft = 0;
    return {
        log: (line) => {
            flush();
            p.log(line);
        },
        status: (text) => {
            if (mode === 'bar')
                p.update(done, total, text);
        },
        window: (part, d, t) => {
            done = d;
            if (mode === 'bar')
                p.update(d, t, iso(part.start));
            else if (tenths === undefined)
                queue(`${windowLine(part, windowMs)}\n`);
            else {
                if (part.missing.size > 0) {
                    if (missingShown < WINDOW_LINES_UP_TO) {
                        missingShown++;
                        queue(`${windowLine(part, windowMs)}\n`);
                    }
                    else
                        missingLeft++;
                }
                tenths.update(d, t, () => `up to ${iso(part.start + windowMs)}`);
            }
        },
        end: () => {
            if (missingLeft > 0)
                queue(`… and ${missingLeft} more window(s) with missing SLIs; each record lists them and why\n`);
            flush();
            p.end();
        },
    };
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
