import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2929:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4101);

await (0,_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7674:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ ACTION_COMMANDS),
/* harmony export */   HL: () => (/* binding */ ROLLOUT_COMMANDS),
/* harmony export */   JD: () => (/* binding */ dispatch)
/* harmony export */ });
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3599);
/**
 * One Action command on a wired context: the command input and the event's payload become a
 * trigger of the loop (or collect, status). The entry (run.ts) and the in-process tests call it.
 *
 * Each command's modules are imported when it runs, not when the Action starts: ncc puts them in
 * chunks beside dist/index.js, so a run loads only its own command (collect's telemetry readers,
 * status's HTML report with its inlined chart library) and `validate` none of them.
 */

const ACTION_COMMANDS = [
    'collect',
    'evaluate',
    'propose',
    'apply',
    'rollback',
    'status',
    'gate',
    'list',
    'index',
    'validate',
];
const ROLLOUT_COMMANDS = ACTION_COMMANDS.filter((c) => c !== 'validate' && c !== 'list' && c !== 'index');
async function dispatch(command, ctx, inputs, event, o = {}) {
    switch (command) {
        case 'collect': {
            const { collectRecordsCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(413), __nccwpck_require__.e(810), __nccwpck_require__.e(487), __nccwpck_require__.e(382), __nccwpck_require__.e(737), __nccwpck_require__.e(48), __nccwpck_require__.e(135), __nccwpck_require__.e(24), __nccwpck_require__.e(543), __nccwpck_require__.e(300)]).then(__nccwpck_require__.bind(__nccwpck_require__, 300));
            return collectRecordsCommand(ctx, {
                events: inputs.events, // optional when rollout.yaml's sources: covers every SLI
                backfill: inputs.backfill || '24h',
            });
        }
        case 'status': {
            const { statusCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(413), __nccwpck_require__.e(810), __nccwpck_require__.e(487), __nccwpck_require__.e(737), __nccwpck_require__.e(48), __nccwpck_require__.e(135), __nccwpck_require__.e(24), __nccwpck_require__.e(774)]).then(__nccwpck_require__.bind(__nccwpck_require__, 774));
            return statusCommand(ctx, o.reportPath);
        }
        case 'gate': {
            const number = (event.payload.pull_request ?? event.payload.issue)?.number;
            if (!number)
                throw new _input_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`command gate runs on pull_request or pull_request_review events, not "${event.name}"`);
            return loop(ctx, { command: 'gate', pr: number });
        }
        case 'apply': {
            // A push names the tip it moved from; all zeros when it created the branch.
            const before = event.payload.before;
            const moved = before && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before);
            return loop(ctx, { command: 'apply', sha: event.sha, before: moved ? before : null });
        }
        case 'rollback': {
            if (!inputs.phase)
                throw new _input_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('input "phase" is required: the phase to roll back to');
            return loop(ctx, {
                command: 'rollback',
                to: inputs.phase,
                reason: inputs.reason,
                actor: ctx.actor,
            });
        }
        case 'evaluate':
        case 'propose':
            return loop(ctx, { command });
    }
}
async function loop(ctx, trigger) {
    const { loopCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(413), __nccwpck_require__.e(810), __nccwpck_require__.e(487), __nccwpck_require__.e(737), __nccwpck_require__.e(48), __nccwpck_require__.e(135), __nccwpck_require__.e(24)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4024));
    return loopCommand(ctx, trigger);
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock that reads `now()` from the caller and never waits (replays, the demo, tests). */
function manualClock(now) {
    return { now, sleep: async () => { } };
}

// EXTERNAL MODULE: ./src/input.ts
var input = __nccwpck_require__(3599);
// EXTERNAL MODULE: ./src/plan/trigger-error.ts
var trigger_error = __nccwpck_require__(5888);
// EXTERNAL MODULE: ./src/action/dispatch.ts
var dispatch = __nccwpck_require__(7674);
;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The GitHub Action entry: inputs → one command → outputs and the job summary. It only reads the
 * runner's environment: the inputs wire the run's context (wire.ts), the event picks the loop's
 * trigger (dispatch.ts); what the run does is the planner's (src/plan/).
 *
 * Cold start: only this file and the input checks load with dist/index.js. The command's modules
 * are imported once the command input is read, from chunks ncc writes beside the bundle
 * (scripts/build.mjs); so are @actions/core and GitHub's client, which every command but validate
 * uses (@actions/core alone brings an HTTP client, undici, of 0.9 MB).
 */






/** @actions/core's getInput, for the inputs read before it loads: INPUT_<NAME>, trimmed. */
const getInput = (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
async function run(clock = systemClock) {
    try {
        const command = (0,input/* oneOf */.yL)(getInput('command') || 'evaluate', dispatch/* ACTION_COMMANDS */.Aq, 'input "command"');
        const config = getInput('config') || 'phases';
        if (command === 'validate') {
            const { validateCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(737), __nccwpck_require__.e(896)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4896));
            process.stdout.write(`${validateCommand({ config }).trim()}${external_node_os_.EOL}`); // as core.info writes it
            return;
        }
        await runCommand(await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)), command, config, clock);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const core = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
        core.setFailed(err instanceof input/* InputError */.dz || err instanceof trigger_error/* TriggerError */.d ? message : `phasegate: ${message}`);
    }
}
/** Every command but validate: it needs GitHub. */
async function runCommand(core, command, config, clock) {
    const token = core.getInput('token');
    if (!token)
        throw new input/* InputError */.dz('input "token" is empty; pass github.token or an App token (docs/setup.md)');
    const slackWebhook = core.getInput('slack-webhook');
    const lockUrl = core.getInput('lock-webhook-url');
    const lockSecret = core.getInput('lock-webhook-secret');
    for (const secret of [token, slackWebhook, lockUrl, lockSecret])
        if (secret)
            core.setSecret(secret);
    const at = core.getInput('at');
    const pinned = at ? (0,input/* parseInstant */.nV)(at, 'input "at"') : undefined;
    const runClock = pinned === undefined ? clock : { now: () => pinned, sleep: (ms) => clock.sleep(ms) };
    const dryRun = core.getBooleanInput('dry-run', { required: false });
    const [{ context }, { wireContext }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(413)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)), Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(413), __nccwpck_require__.e(810), __nccwpck_require__.e(487), __nccwpck_require__.e(737), __nccwpck_require__.e(135), __nccwpck_require__.e(543), __nccwpck_require__.e(647)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3602))]);
    const ctx = wireContext({
        token,
        repository: `${context.repo.owner}/${context.repo.repo}`,
        botLogin: core.getInput('bot-login') || 'github-actions[bot]',
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        slackWebhook,
        lockUrl,
        lockSecret,
        clock: runClock,
        timeoutMinutes: (0,input/* positiveNumber */.Ly)(core.getInput('timeout-minutes') || '10', 'input "timeout-minutes"'),
        log: { info: (line) => core.info(line), warn: (line) => core.warning(line) },
        config,
        records: core.getInput('records') || 'reports/monitoring',
        recordsBranch: core.getInput('records-branch'),
        timezone: core.getInput('timezone'),
        dryRun,
        actor: context.actor || 'someone',
        runUrl: context.runId
            ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
            : undefined,
    });
    const reportPath = command === 'status' ? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phasegate-report.html') : undefined;
    const inputs = {
        events: core.getInput('events'),
        backfill: core.getInput('backfill'),
        phase: core.getInput('phase'),
        reason: core.getInput('reason'),
        rollout: core.getInput('rollout'),
    };
    const event = { name: context.eventName, payload: context.payload, sha: context.sha };
    if (command === 'list') {
        const { listRollouts } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(993)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2993));
        const forCommand = core.getInput('for-command');
        const names = await listRollouts(forCommand, ctx, inputs.rollout, event);
        core.info(`rollouts for ${forCommand || 'evaluate'}: ${names.join(', ') || 'none'}`);
        core.setOutput('rollouts', JSON.stringify(names));
        return;
    }
    const { dispatchEach } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(993)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2993));
    const each = await dispatchEach(command, ctx, inputs, event, { reportPath });
    if (each.report)
        core.setOutput('report', each.report);
    await report(core, command, dryRun, each);
}
/**
 * Outputs and the job summary, from each run's first pass (what it found and decided). The
 * single-rollout outputs (phase, decision, ...) are set when the step ran one rollout; with many,
 * `rollouts-json` has them per rollout. A rollout that failed fails the step, after the others.
 */
async function report(core, command, dryRun, each) {
    const { actionOutputs, actionSummary, rolloutsOutput } = await Promise.all(/* import() */[__nccwpck_require__.e(810), __nccwpck_require__.e(48), __nccwpck_require__.e(799)]).then(__nccwpck_require__.bind(__nccwpck_require__, 383));
    const { runs } = each;
    if (runs.length === 1 && runs[0].result)
        for (const [name, value] of Object.entries(actionOutputs(runs[0].result)))
            core.setOutput(name, value);
    core.setOutput('rollouts-json', JSON.stringify(rolloutsOutput(runs)));
    for (const { rollout, result, error } of runs) {
        const heading = each.layout === 'multi' ? `<h2>${rollout}</h2>\n\n` : '';
        if (!result) {
            core.summary.addRaw(`${heading}Failed: ${error?.message ?? 'unknown'}\n\n`);
            continue;
        }
        const ev = result.plan.evaluation;
        const who = each.layout === 'multi' ? `${rollout} ` : '';
        if (ev.decision.alert)
            core.warning(`${who}${ev.phase}: ${ev.decision.reasons.join('; ')}`);
        core.summary.addRaw(`${heading}${actionSummary(command, dryRun, result)}`);
    }
    await core.summary.write();
    const { rolloutsFailure } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(993)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2993));
    const failure = rolloutsFailure(runs);
    if (failure)
        throw failure;
}


/***/ }),

/***/ 3599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ positiveNumber),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   ic: () => (/* binding */ checkWindowRange),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export notAfter */
/* harmony import */ var _telemetry_window_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(135);
/** Checking what the user typed: every error names the flag and how to fix it. */

/** Bad input from the user: the CLI prints the message as one line and exits 2. */
class InputError extends Error {
    name = 'InputError';
}
const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** An ISO 8601 instant. A date or time without a zone is read as UTC, so runs agree everywhere. */
function parseInstant(text, flag) {
    const t = text.trim();
    if (!ISO_RE.test(t)) {
        throw new InputError(`${flag}: "${text}" is not an ISO 8601 time; write e.g. 2026-11-20T10:15:00Z`);
    }
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(t) && t.includes('T');
    const ms = Date.parse(hasZone ? t : t.includes('T') ? `${t}Z` : `${t}T00:00:00Z`);
    const wrong = Number.isNaN(ms) ? 'is not a valid date' : notOnCalendar(t);
    if (wrong)
        throw new InputError(`${flag}: "${text}" ${wrong}; write e.g. 2026-11-20T10:15:00Z`);
    return ms;
}
/**
 * Date.parse rolls 2026-02-30 over to March 2 and takes 24:00; a day or time that does not exist
 * is a typo, not another instant.
 */
function notOnCalendar(t) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(t);
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
    if (mo < 1 || mo > 12)
        return `is not a day of the calendar (there is no month ${m[2]})`;
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
        return `is not a day of the calendar (${t.slice(0, 7)} has no day ${m[3]})`;
    if (h > 23 || mi > 59 || s > 59)
        return 'is not a time of day (hours 00-23, minutes and seconds 00-59)';
    return undefined;
}
/** Refuses an instant later than `now` (and a little clock skew): a phase cannot begin in the future. */
function notAfter(ms, now, flag, skewMs = 5 * 60_000) {
    if (ms > now + skewMs) {
        throw new InputError(`${flag}: ${new Date(ms).toISOString()} is in the future (now is ${new Date(now).toISOString()}); leave ${flag} out for now, or give a past time`);
    }
    return ms;
}
function oneOf(text, allowed, flag) {
    if (allowed.includes(text))
        return text;
    throw new InputError(`${flag}: "${text}" is not one of ${allowed.join(', ')}`);
}
/** A number above zero, or an InputError naming the flag. */
function positiveNumber(text, flag) {
    const n = Number(text.trim());
    if (!Number.isFinite(n) || n <= 0)
        throw new InputError(`${flag}: "${text}" is not a number above zero (for example 10)`);
    return n;
}
/**
 * --from and --to on the window grid, --to after --from. `window` is the window's length as the
 * message names it (e.g. "15m").
 */
function checkWindowRange(from, to, windowMs, window) {
    for (const [flag, t] of [
        ['--from', from],
        ['--to', to],
    ]) {
        if (!(0,_telemetry_window_js__WEBPACK_IMPORTED_MODULE_0__/* .isAligned */ .Zx)(t, windowMs)) {
            const down = (0,_telemetry_window_js__WEBPACK_IMPORTED_MODULE_0__/* .windowStart */ .Nf)(t, windowMs);
            throw new InputError(`${flag}: ${new Date(t).toISOString()} is not on a ${window} window boundary; use ${new Date(down).toISOString()} or ${new Date(down + windowMs).toISOString()}`);
        }
    }
    if (to <= from)
        throw new InputError('--to must be after --from');
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ TriggerError)
/* harmony export */ });
/** A run asked for something the policy does not allow (a rollback to a later phase). */
class TriggerError extends Error {
    field;
    name = 'TriggerError';
    constructor(
    /** The input the problem is in: "phase", "reason". */
    field, message) {
        super(message);
        this.field = field;
    }
}


/***/ }),

/***/ 135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ DEFAULT_WINDOW_MS),
/* harmony export */   L$: () => (/* binding */ parseWindowFileName),
/* harmony export */   Nf: () => (/* binding */ windowStart),
/* harmony export */   Zx: () => (/* binding */ isAligned),
/* harmony export */   gp: () => (/* binding */ windowFileName),
/* harmony export */   oX: () => (/* binding */ windowStarts)
/* harmony export */ });
/* unused harmony exports MINUTE_MS, ceilToWindow, alignRange */
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2929);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
