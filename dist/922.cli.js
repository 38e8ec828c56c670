export const id = 922;
export const ids = [922];
export const modules = {

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSample: () => (/* binding */ parseSample),
  validateEventsCommand: () => (/* binding */ validateEventsCommand)
});

// UNUSED EXPORTS: EventsCheckError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/telemetry/classify.ts + 2 modules
var classify = __webpack_require__(9036);
// EXTERNAL MODULE: ./src/telemetry/line-class.ts
var line_class = __webpack_require__(8288);
// EXTERNAL MODULE: ./src/telemetry/line-notes.ts
var line_notes = __webpack_require__(3901);
// EXTERNAL MODULE: ./src/telemetry/line-reasons.ts
var line_reasons = __webpack_require__(3729);
// EXTERNAL MODULE: ./src/telemetry/line-report.ts
var line_report = __webpack_require__(848);
// EXTERNAL MODULE: ./src/telemetry/line-tally.ts
var line_tally = __webpack_require__(6274);
// EXTERNAL MODULE: ./src/telemetry/plan.ts
var plan = __webpack_require__(9952);
// EXTERNAL MODULE: ./src/telemetry/split-lines.ts
var split_lines = __webpack_require__(7397);
;// CONCATENATED MODULE: ./src/telemetry/event-check.ts








const DEFAULT_SAMPLE_LINES = 10_000;
/** Reads up to `limit` lines (blank ones included), input after input. */
class EventSample extends split_lines/* LineSplitter */.g {
    limit;
    plan;
    parser;
    tally = new line_tally/* LineTally */.bq();
    feeds;
    notes = {};
    source = '';
    lineNo = 0;
    seen = 0;
    lines = 0;
    mapped = 0;
    /** Lines past the sample were there (and not read). */
    cut = false;
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    constructor(slis, shape, limit = DEFAULT_SAMPLE_LINES) {
        super(split_lines/* DEFAULT_MAX_LINE_BYTES */.i);
        this.limit = limit;
        this.plan = (0,plan/* compilePlan */.vN)(slis, {}, shape);
        this.parser = new classify/* LineParser */.W(this.plan);
        this.feeds = this.plan.sliIds.map((id, k) => this.plan.sliKinds[k] === 'ratio' ? { id, lines: 0, numerator: 0, denominator: 0 } : { id, lines: 0 });
    }
    /** The sample is full: read no more. */
    get full() {
        return this.seen >= this.limit;
    }
    beginSource(name) {
        this.flush();
        this.source = name;
        this.lineNo = 0;
    }
    push(chunk) {
        if (this.full)
            this.cut = true;
        else
            this.split(chunk);
    }
    /** Ends the current input (a last line without a newline counts). */
    flush() {
        this.flushCarry();
    }
    lineTooLong() {
        if (!this.take())
            return;
        this.lines++;
        const example = { source: this.source, line: this.lineNo, text: null };
        this.tally.addUnusable(line_reasons/* TOO_LONG_KEY */.kD, () => (0,line_reasons/* tooLongReason */.hh)(split_lines/* DEFAULT_MAX_LINE_BYTES */.i), () => example);
    }
    line(b, s, e) {
        if (!this.take())
            return;
        const p = this.parser;
        const cls = p.classify(b, s, e);
        if (cls === line_class/* LINE_BLANK */.eP)
            return;
        this.lines++;
        if (cls === line_class/* LINE_EVENT */.Wy || cls === line_class/* LINE_UNKNOWN */.Of || cls === line_class/* LINE_INVALID */.jW)
            this.time(p.ts);
        const example = () => ({ source: this.source, line: this.lineNo, text: (0,line_tally/* exampleText */.kQ)(b, s, e) });
        if (cls === line_class/* LINE_UNKNOWN */.Of) {
            this.tally.addUnknown(String(p.fieldValue(b, plan/* SLOT_EVENT */.EM)), example);
        }
        else if (cls !== line_class/* LINE_EVENT */.Wy) {
            const key = (0,line_reasons/* reasonKey */.ym)(p, b, s, e, cls);
            this.tally.addUnusable(key, () => (0,line_reasons/* describeReason */.Gk)(key, p, b, s, e, split_lines/* DEFAULT_MAX_LINE_BYTES */.i), example);
        }
        else {
            this.event(b);
        }
    }
    take() {
        if (this.full) {
            this.cut = true;
            return false;
        }
        this.seen++;
        this.lineNo++;
        return true;
    }
    time(ts) {
        if (ts < this.first)
            this.first = ts;
        if (ts > this.last)
            this.last = ts;
    }
    event(b) {
        const p = this.parser;
        this.mapped++;
        const actions = this.plan.events[p.eventIndex].actions;
        const fed = new Set();
        for (let k = 0; k < p.matchedCount; k++) {
            const act = actions[p.matched[k]];
            const feed = this.feeds[act.sli];
            if (act.op === plan/* OP_NUMERATOR */.kM)
                feed.numerator++;
            if (act.op === plan/* OP_DENOMINATOR */.lQ)
                feed.denominator++;
            if (!fed.has(act.sli))
                feed.lines++;
            fed.add(act.sli);
        }
        if (p.matchedCount === 0) {
            const why = (0,line_notes/* unmatchedWhere */.DX)(p, b);
            const name = this.plan.events[p.eventIndex].name;
            if (why !== null)
                (0,line_notes/* addNote */.gp)(this.notes, `${name} lines with ${why} are counted by no SLI`);
        }
    }
    result() {
        this.flush();
        const seenTime = Number.isFinite(this.first);
        return {
            seen: this.seen,
            cut: this.cut,
            lines: this.lines,
            mapped: this.mapped,
            ...this.tally.toJSON(),
            feeds: this.feeds.map((f) => ({ ...f })),
            ...(seenTime && { first: this.first, last: this.last }),
            notes: { ...this.notes },
        };
    }
}
/** What an SLI reads, in a few words: its event(s), and a latency's field. */
function mapping(def) {
    const where = (w) => w && Object.keys(w).length ? ` where ${JSON.stringify(w)}` : '';
    if (def.kind === 'ratio')
        return `${def.numerator.event}${where(def.numerator.where)} / ${def.denominator.event}${where(def.denominator.where)}`;
    if (def.kind === 'latency')
        return `${def.event}${where(def.where)}, field ${def.field}`;
    return `${def.event}${where(def.where)}`;
}
/** The most common names in the sample, mapped or not, for a hint. */
function names(c) {
    const top = c.unknown.slice(0, 3).map((r) => `"${r.reason}" (${r.count})`);
    return top.length ? `; the names it does hold include ${top.join(', ')}` : '';
}
/**
 * The check as text, and its problems (empty: the sample feeds every SLI it should). `checked`:
 * the SLIs read from JSONL events (others come from Prometheus or GitHub and are not checked),
 * with the label of the source each one is read from otherwise.
 */
function formatEventCheck(c, what, slis, elsewhere) {
    const problems = [];
    const starved = [];
    const bad = c.unusable.reduce((n, r) => n + r.count, 0);
    const unknown = c.unknown.reduce((n, r) => n + r.count, 0);
    const span = c.first === undefined ? '' : `; times ${iso(c.first)} … ${iso(c.last)}`;
    const out = [
        `events: ${what}, ${c.cut ? `the first ${c.seen} lines (--sample to read more)` : `${c.seen} lines (all of it)`}: ${c.lines} non-blank, ${c.mapped} events an SLI maps, ${bad} malformed or invalid, ${unknown} of names no SLI maps${span}`,
    ];
    const width = Math.max(...c.feeds.map((f) => f.id.length));
    for (const f of c.feeds) {
        const from = elsewhere[f.id];
        const counts = f.numerator === undefined
            ? `${f.lines} lines`
            : `${f.lines} lines (numerator ${f.numerator}, denominator ${f.denominator})`;
        const def = slis[f.id];
        const none = from === undefined && (f.denominator ?? f.lines) === 0;
        // A count of 0 is a value (no critical bug), not missing data: said, never a failure.
        const mark = !none
            ? ''
            : def.kind === 'count'
                ? '  (a count of 0: fine if none happened)'
                : '  <- no line feeds it';
        out.push(`  ${f.id.padEnd(width)}  ${from ? `from ${from}: not checked here` : `${counts}: ${mapping(def)}${mark}`}`);
        if (none && def.kind !== 'count')
            starved.push(f.id);
    }
    const verdict = (0,line_report/* judgeLines */.LK)(c);
    if (c.lines === 0)
        problems.push(`${what} holds no event line`);
    else if (verdict === 'all-unusable' || verdict === 'mostly-unusable') {
        const top = c.unusable[0];
        problems.push(`${bad} of ${c.lines} lines are malformed or invalid, most as: ${top.reason}; ${top.fix}`);
    }
    if (starved.length > 0 && c.lines > 0) {
        problems.push(`no sampled line feeds ${starved.join(', ')}${names(c)}: check their events under slis: and events.name in rollout.yaml (docs/events.md); an event rarer than one in ${c.seen} lines needs a larger --sample`);
    }
    section(out, 'malformed or invalid lines, by reason:', (0,line_report/* reasonLines */.c9)(c.unusable, false));
    section(out, 'events of names no SLI maps, by name:', (0,line_report/* reasonLines */.c9)(c.unknown, true));
    section(out, 'lines of mapped events that no SLI counts:', Object.entries(c.notes).map(([note, n]) => `  ${n} ${note}`));
    return { text: `${out.join('\n')}\n`, problems };
}
function section(out, title, lines) {
    if (lines.length > 0)
        out.push(title, ...lines);
}
const iso = (ms) => new Date(ms).toISOString();

// EXTERNAL MODULE: ./src/telemetry/sources/config.ts
var config = __webpack_require__(5066);
// EXTERNAL MODULE: ./src/telemetry/sources/jsonl.ts + 4 modules
var jsonl = __webpack_require__(292);
// EXTERNAL MODULE: ./src/telemetry/sources/read-error.ts
var read_error = __webpack_require__(8939);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
;// CONCATENATED MODULE: ./src/commands/validate-events.ts
/**
 * `phasegate validate --events`: a sample of JSONL events checked against the policy's SLIs. Apart
 * from validate.ts so that a plain `validate` (the Action's cold start) never loads the readers.
 */







/** The events sample failed the check (exit 1): an SLI no line feeds, or mostly unusable lines. */
class EventsCheckError extends Error {
    name = 'EventsCheckError';
}
/** `--sample`: a whole number of lines, at least 1. */
function parseSample(text) {
    if (text === undefined)
        return DEFAULT_SAMPLE_LINES;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 1)
        throw new input/* InputError */.dz(`--sample: "${text}" is not a number of lines such as ${DEFAULT_SAMPLE_LINES}`);
    return n;
}
/**
 * `validate --events`: the first `sample` lines of the files (a file or a glob) read with the
 * policy's mapping (rollout.yaml `slis:` and `events:`), the check written to `out`; throws
 * EventsCheckError, naming each problem and its fix, when the sample would give an SLI no data.
 */
async function validateEventsCommand(opts) {
    const { policy } = (0,policy_dir/* loadPolicyDir */.yD)(opts.config);
    const files = await (0,jsonl/* resolveSourceFiles */.V6)(opts.events).catch((e) => {
        throw e instanceof read_error/* TelemetrySourceError */.r ? new input/* InputError */.dz(`--events: ${e.message}`) : e;
    });
    const sample = new EventSample(policy.slis, policy.events, opts.sample ?? DEFAULT_SAMPLE_LINES);
    for (const file of files) {
        if (sample.full) {
            sample.cut = true;
            break;
        }
        sample.beginSource((0,policy_dir/* displayPath */.Gt)(file));
        const fh = await (0,promises_.open)(file, 'r');
        try {
            // A chunk past a full sample only marks it cut: no more is read.
            for await (const chunk of fh.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) {
                sample.push(chunk);
                if (sample.cut)
                    break;
            }
        }
        finally {
            await fh.close();
        }
        if (sample.cut)
            break;
    }
    // SLIs read from Prometheus or GitHub issues are not fed by event lines.
    const elsewhere = {};
    for (const spec of policy.sources.list) {
        if (spec.type === 'jsonl')
            continue;
        for (const id of spec.slis)
            elsewhere[id] = (0,config/* sourceLabel */.en)(spec);
    }
    const what = files.length === 1 ? (0,policy_dir/* displayPath */.Gt)(opts.events) : `${opts.events} (${files.length} files)`;
    const { text, problems } = formatEventCheck(sample.result(), what, policy.slis, elsewhere);
    opts.out(text);
    if (problems.length > 0)
        throw new EventsCheckError(`validate --events: ${problems.join('; ')}`);
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ PLAN_BACKOFF_MS),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export WaitTooLongError */
/**
 * The one retry policy phasegate uses for every outside system (telemetry sources, GitHub), as the
 * operating plan states it: back-off 0.5 s → 1 s → 2 s → 4 s → 8 s, at most 5 retries; a longer
 * `Retry-After` is honoured; a non-retryable failure fails at once. The clock is injected so tests
 * check the delays without sleeping.
 */
/** The plan's schedule (SPEC.md section 3): the delay before retry 1, 2, … in milliseconds. */
const PLAN_BACKOFF_MS = [500, 1000, 2000, 4000, 8000];
/** A retry that would wait past the time the run has left: failing now beats a killed job. */
class WaitTooLongError extends Error {
    delayMs;
    leftMs;
    constructor(delayMs, leftMs, cause) {
        const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        super(`a retry would wait ${Math.ceil(delayMs / 1000)}s (after: ${why}) but the job has ${Math.max(0, Math.floor(leftMs / 1000))}s left; stopping now so the next run starts clean (the job's time is the input "timeout-minutes")`, { cause });
        this.delayMs = delayMs;
        this.leftMs = leftMs;
        this.name = 'WaitTooLongError';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Run `attempt` until it succeeds, a failure is not retryable, or the retries are used up. */
async function withRetry(attempt, options) {
    const backoff = options.backoffMs ?? PLAN_BACKOFF_MS;
    const sleep = options.sleep ?? realSleep;
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const verdict = options.classify(error);
            const retrying = verdict.retryable && n <= backoff.length;
            const delayMs = retrying ? Math.max(backoff[n - 1] ?? 0, verdict.retryAfterMs ?? 0) : 0;
            const leftMs = options.maxWaitMs?.() ?? Number.POSITIVE_INFINITY;
            if (retrying && delayMs > leftMs)
                throw new WaitTooLongError(delayMs, leftMs, error);
            options.onAttemptFailed?.({ attempt: n, error, retrying, delayMs });
            if (!retrying)
                throw error;
            await sleep(delayMs);
        }
    }
}
/** Parse an HTTP Retry-After header (seconds or an HTTP date) into ms from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Network-level failures worth another attempt: resets, refused or dropped connections, timeouts. */
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** True for errors (or their `cause` chain) that are a network failure rather than an answer. */
function isNetworkError(err) {
    for (let e = err, depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && RETRYABLE_CODES.has(code))
            return true;
        const name = e.name;
        if (name === 'TimeoutError' || name === 'AbortError')
            return true;
        const message = e.message;
        if (typeof message === 'string' &&
            /fetch failed|socket hang up|other side closed|terminated/i.test(message))
            return true;
        e = e.cause;
    }
    return false;
}


/***/ }),

/***/ 848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ missingReason),
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   LK: () => (/* binding */ judgeLines),
/* harmony export */   c9: () => (/* binding */ reasonLines),
/* harmony export */   jh: () => (/* binding */ lineWarning)
/* harmony export */ });
const sum = (list) => list.reduce((n, r) => n + r.count, 0);
function judgeLines(h) {
    if (h.lines === 0)
        return 'ok';
    const bad = sum(h.unusable);
    if (bad >= h.lines)
        return 'all-unusable';
    if (bad * 2 > h.lines)
        return 'mostly-unusable';
    if (bad + sum(h.unknown) >= h.lines)
        return 'unmapped';
    return 'ok';
}
/** Reasons shown one a line; the rest are counted in one more line. */
const SHOWN = 5;
function example(r) {
    const x = r.example;
    const at = `line ${x.line} of ${x.source}`;
    return x.text === null ? `(${at})` : `example (${at}): ${x.text}`;
}
/** One line per reason (count, reason, fix, example), at most SHOWN, then one for the rest. */
function reasonLines(list, quote) {
    const lines = list
        .slice(0, SHOWN)
        .map((r) => `  ${r.count} line(s): ${quote ? JSON.stringify(r.reason) : r.reason}; ${r.fix}; ${example(r)}`);
    const rest = list.slice(SHOWN);
    if (rest.length > 0)
        lines.push(`  and ${sum(rest)} more line(s) for ${rest.length} more reason(s)`);
    return lines;
}
/**
 * What a source says about its lines under the rule (undefined when there is nothing to say),
 * e.g. `jsonl source "events": 1000 of 1000 lines are not usable events (malformed or invalid):`
 * then one line per reason with its count, fix and example.
 */
function lineWarning(label, h, verdict = judgeLines(h)) {
    if (verdict === 'ok')
        return undefined;
    if (verdict === 'unmapped') {
        const unknown = sum(h.unknown);
        return [
            `${label}: none of the ${h.lines} lines is an event an SLI maps (${unknown} are events of names no SLI maps, by name below): every SLI it feeds has no data; check the event names under slis: in rollout.yaml, or events.name if the name is under another key (docs/events.md)`,
            ...reasonLines(h.unknown, true),
            ...reasonLines(h.unusable, false),
        ].join('\n');
    }
    const bad = sum(h.unusable);
    const then = verdict === 'all-unusable'
        ? 'its windows are written missing, not zero, and the run fails; fix the events or the mapping and the next run collects them again'
        : 'only the valid ones are counted';
    return [
        `${label}: ${bad} of ${h.lines} lines are not usable events (malformed or invalid; docs/events.md): ${then}`,
        ...reasonLines(h.unusable, false),
    ].join('\n');
}
/** The one-line reason written in the missing windows' records (no counts, no user data). */
function missingReason(label, h) {
    const top = h.unusable[0];
    return `${label}: no line is a usable event${top ? `: ${top.reason}` : ''} (docs/events.md)`;
}
/** The run's failure: the top reason and its fix. */
function failureReason(label, h) {
    const top = h.unusable[0];
    return `${label}: every one of the ${h.lines} lines is malformed or invalid${top ? ` (${top.count}: ${top.reason}; ${top.fix})` : ''}; its windows are missing, not zero (docs/events.md)`;
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   en: () => (/* binding */ sourceLabel),
/* harmony export */   qO: () => (/* binding */ expandEnv),
/* harmony export */   u3: () => (/* binding */ sourceHeaders)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2824);

/** Replaces `${NAME}` by the environment's value; a variable that is not set is a fatal error. */
function expandEnv(text, env, field) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const v = env[name];
        if (v === undefined || v === '') {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8(`${field} uses \${${name}}, which is not set; set ${name} (in a workflow: env: { ${name}: \${{ secrets.${name} }} })`, false, undefined, true);
        }
        return v;
    });
}
/** Request headers of an HTTP source: its `headers` and its `auth`, expanded. */
function sourceHeaders(spec, env) {
    const at = `sources.${spec.name}`;
    const out = { 'user-agent': 'phasegate' };
    for (const [k, v] of Object.entries(spec.headers))
        out[k.toLowerCase()] = expandEnv(v, env, `${at}.headers.${k}`);
    if (spec.auth && 'bearer' in spec.auth) {
        out.authorization = `Bearer ${expandEnv(spec.auth.bearer, env, `${at}.auth.bearer`)}`;
    }
    else if (spec.auth) {
        const user = expandEnv(spec.auth.basic.username, env, `${at}.auth.basic.username`);
        const pass = expandEnv(spec.auth.basic.password, env, `${at}.auth.basic.password`);
        out.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    }
    return out;
}
/** How the source is named in messages. */
function sourceLabel(spec) {
    const kind = spec.type === 'jsonl' ? (spec.url ? 'jsonl export' : 'jsonl') : spec.type;
    return `${kind} source "${spec.name}"`;
}


/***/ }),

/***/ 2824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ fetchWithRetry),
/* harmony export */   R$: () => (/* binding */ retrying),
/* harmony export */   c8: () => (/* binding */ SourceError),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports send, classifyStatus */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9809);

/** A failed source request, already classified. `fatal`: the whole source is unusable (auth, URL). */
class SourceError extends Error {
    retryable;
    retryAfterMs;
    fatal;
    constructor(message, retryable, retryAfterMs, fatal = false) {
        super(message);
        this.retryable = retryable;
        this.retryAfterMs = retryAfterMs;
        this.fatal = fatal;
        this.name = 'SourceError';
    }
}
/**
 * node:http, node:https and node:zlib, with a keep-alive agent each, loaded on the first request:
 * a collect of files makes none, and loading node:https (TLS with it) was ~20 ms of its start.
 */
let network;
function loadNetwork() {
    network ??= Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23))]).then(([http, https, zlib]) => ({
        http,
        https,
        createGunzip: zlib.createGunzip,
        agents: { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) },
    }));
    return network;
}
function timeoutError(ms) {
    return Object.assign(new Error(`no answer for ${ms / 1000}s (timeout)`), { code: 'ETIMEDOUT' });
}
/** One request, no retry. The caller must consume or destroy the body. */
async function send(url, target, method = 'GET', payload) {
    const { http, https, createGunzip, agents } = await loadNetwork();
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
        let res;
        const headers = { 'accept-encoding': 'gzip', ...target.headers };
        if (payload !== undefined)
            headers['content-length'] = String(Buffer.byteLength(payload));
        const req = mod.request(url, {
            method,
            headers,
            agent: url.protocol === 'https:' ? agents.https : agents.http,
            timeout: target.timeoutMs,
        });
        req.on('timeout', () => {
            const err = timeoutError(target.timeoutMs);
            res?.destroy(err);
            req.destroy(err);
        });
        req.on('error', reject);
        req.on('response', (r) => {
            res = r;
            let bytes = 0;
            let body;
            if (/\bgzip\b/i.test(String(r.headers['content-encoding'] ?? ''))) {
                const gz = createGunzip();
                // pipe() already reads in flowing mode, so one more 'data' listener only counts
                r.on('data', (c) => {
                    bytes += c.length;
                });
                r.on('error', (e) => gz.destroy(e));
                r.pipe(gz);
                body = gz;
            }
            else {
                body = (async function* () {
                    for await (const c of r) {
                        bytes += c.length;
                        yield c;
                    }
                })();
            }
            resolve({
                status: r.statusCode ?? 0,
                headers: r.headers,
                body,
                wireBytes: () => bytes,
                destroy: () => {
                    r.destroy();
                    req.destroy();
                },
            });
        });
        req.end(payload);
    });
}
/** Reads a (small) body as text, at most `limit` bytes. */
async function readText(res, limit = 16 << 20) {
    const parts = [];
    let n = 0;
    for await (const c of res.body) {
        n += c.length;
        if (n > limit)
            throw new SourceError(`answer larger than ${limit >> 20} MiB`, false);
        parts.push(c);
    }
    return Buffer.concat(parts).toString('utf8');
}
const header = (h, name) => {
    const v = h[name];
    return Array.isArray(v) ? v[0] : v;
};
/** What a non-2xx answer means: retry or not, how long to wait, and the message. */
function classifyStatus(ctx, what, status, headers, bodyText, now) {
    let body;
    try {
        const v = JSON.parse(bodyText);
        if (v && typeof v === 'object')
            body = v;
    }
    catch {
        // not JSON: only the status speaks
    }
    const said = [body?.error, body?.message].find((x) => typeof x === 'string');
    const detail = said ?? bodyText.trim().slice(0, 200);
    const head = `${ctx.label}: ${what}: HTTP ${status}${detail ? ` (${detail})` : ''}`;
    const retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(header(headers, 'retry-after'), now);
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    const rateLimited = status === 429 ||
        header(headers, 'x-ratelimit-remaining') === '0' ||
        (status === 403 && (retryAfter !== undefined || /rate limit/i.test(detail)));
    const resetMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
    if (typeof body?.retryable === 'boolean') {
        return new SourceError(head, body.retryable, retryAfter ?? resetMs);
    }
    if (rateLimited)
        return new SourceError(`${head}: rate limited`, true, retryAfter ?? resetMs);
    if (status === 408 || status >= 500)
        return new SourceError(head, true, retryAfter);
    const fix = {
        401: `the credentials were refused; check ${ctx.authPath ?? `${ctx.configPath}.auth`} and that the secret it names is set`,
        403: `the credentials may not read this; give the token access or change ${ctx.configPath}`,
        404: `nothing at this address; check ${ctx.configPath}.url`,
    };
    const f = fix[status];
    return new SourceError(`${head}; ${f ?? `the request was refused; check ${ctx.requestPath ?? ctx.configPath} in rollout.yaml`}`, false, undefined, f !== undefined);
}
function describe(err) {
    if (err instanceof SourceError)
        return err.message;
    const e = err;
    return e.code && !String(e.message).includes(e.code)
        ? `${e.message} (${e.code})`
        : String(e.message ?? err);
}
/**
 * Runs `attempt` with the plan's retry, logging every failed attempt. A network failure becomes a
 * retryable SourceError naming the source; the final error is a SourceError.
 */
async function retrying(ctx, what, attempt) {
    let failures = 0;
    try {
        const out = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(attempt, {
            backoffMs: ctx.backoffMs,
            sleep: ctx.sleep,
            classify: (err) => err instanceof SourceError
                ? { retryable: err.retryable, retryAfterMs: err.retryAfterMs }
                : { retryable: (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isNetworkError */ .TX)(err) },
            onAttemptFailed: ({ attempt: n, error, retrying: again, delayMs }) => {
                failures = n;
                const msg = describe(error).replace(`${ctx.label}: ${what}: `, '');
                const next = again
                    ? `retrying in ${delayMs / 1000}s`
                    : error instanceof SourceError && !error.retryable
                        ? 'not retryable'
                        : 'giving up';
                ctx.log(`${ctx.label}: ${what}: attempt ${n} failed: ${msg}; ${next}\n`);
            },
        });
        if (failures > 0)
            ctx.log(`${ctx.label}: ${what}: attempt ${failures + 1} succeeded\n`);
        return out;
    }
    catch (err) {
        if (err instanceof SourceError) {
            if (err.message.startsWith(ctx.label))
                throw err;
            throw new SourceError(`${ctx.label}: ${what}: ${err.message}`, err.retryable, undefined, err.fatal);
        }
        const tries = failures > 1 ? ` after ${failures} attempts` : '';
        throw new SourceError(`${ctx.label}: ${what}: ${describe(err)}${tries}`, (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isNetworkError */ .TX)(err));
    }
}
/**
 * GET (or POST) `url` and hand a 2xx answer to `read`, with the plan's retry around both: a
 * connection reset or a stall in the middle of the body retries the request.
 */
async function fetchWithRetry(ctx, what, target, url, read, form) {
    const now = ctx.now ?? Date.now;
    return retrying(ctx, what, async () => {
        const t0 = now();
        const res = await send(url, target, form === undefined ? 'GET' : 'POST', form);
        if (res.status < 200 || res.status >= 300) {
            const text = await readText(res, 1 << 20).catch(() => '');
            throw classifyStatus(ctx, what, res.status, res.headers, text, now());
        }
        let out;
        try {
            out = await read(res);
        }
        catch (e) {
            res.destroy();
            throw e;
        }
        const ms = now() - t0;
        ctx.onResponse?.({ bytes: res.wireBytes(), ms });
        ctx.debug?.(`${ctx.label}: ${what}: HTTP ${res.status}, ${res.wireBytes()} bytes in ${ms} ms\n`);
        return out;
    });
}


/***/ })

};
