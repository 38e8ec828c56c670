export const id = 299;
export const ids = [299];
export const modules = {

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectCommand: () => (/* binding */ collectCommand)
});

// UNUSED EXPORTS: SourceFailedError

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/ensure-dir.ts
var ensure_dir = __webpack_require__(2283);
// EXTERNAL MODULE: ./src/extent.ts
var extent = __webpack_require__(2279);
// EXTERNAL MODULE: ./src/fs-errors.ts
var fs_errors = __webpack_require__(6790);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/policy/sources-compile.ts
var sources_compile = __webpack_require__(6956);
// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/progress.ts
var src_progress = __webpack_require__(4660);
;// CONCATENATED MODULE: ./src/telemetry/keep-record.ts
function keepRecord(before, next, allowFewer) {
    if (before === undefined)
        return { record: next };
    if (next.slis.size === 0 && before.slis.size > 0) {
        return {
            record: before,
            note: `kept the existing record (${before.counts.events} events): this collect got none of its SLIs`,
        };
    }
    const had = before.counts.events;
    const has = next.counts.events;
    if (has < had && !allowFewer) {
        return {
            record: before,
            note: `kept the existing record (${had} events); this collect found ${has}${next.missing.size > 0 ? ` and ${next.missing.size} SLI(s) missing` : ''} (pass --allow-fewer to replace it)`,
        };
    }
    const carried = [];
    const slis = new Map(next.slis);
    const missing = new Map(next.missing);
    for (const [id] of next.missing) {
        const agg = before.slis.get(id);
        if (agg === undefined)
            continue;
        slis.set(id, agg);
        missing.delete(id);
        carried.push(id);
    }
    if (carried.length === 0)
        return { record: next };
    return {
        record: { ...next, slis, missing },
        note: `kept ${carried.join(', ')} from the existing record (this collect could not get them: ${next.missing.get(carried[0])})`,
    };
}

;// CONCATENATED MODULE: ./src/telemetry/sources/backfill.ts
/**
 * Which windows a scheduled collect run owes: the window that just ended, every window since
 * the newest report (late or skipped schedules lose nothing), windows missing between reports,
 * and windows whose report lists SLIs as `missing` (a source failed: try again), all within a
 * horizon (default 24 h). Pure: the caller lists the window records and reads the clock.
 */

const DEFAULT_BACKFILL_MS = 24 * 3_600_000;
function planBackfill(input) {
    const { last, windowMs, maxMs, slis } = input;
    const horizon = last - Math.floor(maxMs / windowMs) * windowMs;
    const have = new Set(input.reportEnds);
    const windows = new Map();
    let skipped;
    if (input.reportEnds.length === 0) {
        // A fresh folder gets the whole horizon: the first run already has history to judge.
        for (let start = horizon; start < last; start += windowMs)
            windows.set(start, [...slis]);
        return { windows };
    }
    const oldest = (0,extent/* minOf */.H)(input.reportEnds);
    const newest = (0,extent/* maxOf */._)(input.reportEnds);
    if (newest < horizon)
        skipped = { from: newest, to: horizon };
    const byStart = new Map(input.recent.map((r) => [r.start, r]));
    // From the oldest report on: gaps and the new windows.
    for (let end = Math.max(horizon + windowMs, oldest); end <= last; end += windowMs) {
        const start = end - windowMs;
        if (!have.has(end)) {
            windows.set(start, [...slis]);
            continue;
        }
        const report = byStart.get(start);
        const retry = report ? slis.filter((id) => report.missing.has(id)) : [];
        if (retry.length > 0)
            windows.set(start, retry);
    }
    return { windows: new Map([...windows].sort((a, b) => a[0] - b[0])), skipped };
}

// EXTERNAL MODULE: ./src/telemetry/sources/collect-threads.ts
var collect_threads = __webpack_require__(5504);
// EXTERNAL MODULE: ./src/telemetry/plan.ts
var plan = __webpack_require__(9952);
// EXTERNAL MODULE: ./src/telemetry/sources/config.ts
var config = __webpack_require__(5066);
// EXTERNAL MODULE: ./src/telemetry/sources/http.ts
var http = __webpack_require__(2824);
;// CONCATENATED MODULE: ./src/telemetry/sources/outcome.ts

function missingPart(start, slis, reason) {
    return { start, slis: new Map(), missing: new Map(slis.map((s) => [s, reason])) };
}
function addCounts(a, b) {
    if (!a || !b)
        return a ?? b;
    return {
        events: a.events + b.events,
        malformed: a.malformed + b.malformed,
        invalid: a.invalid + b.invalid,
        unknown: a.unknown + b.unknown,
    };
}
/** Adds another source's share of the same window. */
function mergePart(into, part) {
    for (const [k, v] of part.slis)
        into.slis.set(k, v);
    for (const [k, v] of part.missing)
        into.missing.set(k, v);
    into.counts = addCounts(into.counts, part.counts);
}
function failureKind(e) {
    return e.retryable ? 'retryable' : 'fatal';
}
/** Notes windows a failure also left SLIs missing in (each window once). */
function alsoMissing(failure, starts) {
    const windows = failure.windows;
    for (const s of starts)
        if (!windows.includes(s))
            windows.push(s);
}
/**
 * A source that cannot start (a `${VAR}` that is not set, no repository): every window of its
 * job is missing, and a person must fix it.
 */
function unusable(label, job, e) {
    const reason = e.message.startsWith(label) ? e.message : `${label}: ${e.message}`;
    const windows = [...job.windows.keys()];
    return {
        parts: windows.map((start) => missingPart(start, job.windows.get(start), reason)),
        failures: [{ kind: 'fatal', reason, windows }],
    };
}
/**
 * Runs a source that answers window by window over its windows, in time order, telling the
 * progress each finished window. A window that fails (a SourceError) is missing with the reason;
 * the source is then not asked again in this run, which keeps a run short when it is down: its
 * later windows are missing too, "given up for this run" when the next run may do better.
 * `collectWindow` may also report failures it recovered from itself into `failures`.
 */
async function eachWindow(job, progress, collectWindow) {
    const parts = [];
    const failures = [];
    let down;
    for (const [start, slis] of job.windows) {
        let part;
        if (down !== undefined) {
            part = missingPart(start, slis, down.reason);
            alsoMissing(down.failure, [start]);
        }
        else {
            try {
                part = await collectWindow(start, slis, failures);
            }
            catch (e) {
                if (!(e instanceof http/* SourceError */.c8))
                    throw e;
                part = missingPart(start, slis, e.message);
                const failure = { kind: failureKind(e), reason: e.message, windows: [start] };
                failures.push(failure);
                down = { reason: e.retryable ? `${e.message} (given up for this run)` : e.message, failure };
            }
        }
        parts.push(part);
        progress?.window(part);
    }
    return { parts, failures };
}

;// CONCATENATED MODULE: ./src/telemetry/sources/github-issues.ts



/** Search dates have whole seconds and both ends inclusive: [start, end) is start..end-1s. */
function searchQuery(repo, labels, extra, start, end) {
    const at = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const label = labels.map((l) => `label:"${l.replace(/"/g, '')}"`).join(' ');
    const more = extra?.trim() ? ` ${extra.trim()}` : '';
    return `repo:${repo} is:issue ${label}${more} created:${at(start)}..${at(end - 1000)}`;
}
class GithubIssuesSource {
    spec;
    ctx;
    label;
    repo = '';
    api = '';
    headers = {};
    /** SLI (or '*': every SLI) → why it is not asked again in this run, and the failure that stopped it. */
    down = new Map();
    constructor(spec, ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.label = ctx.label;
    }
    /** One search per window and SLI, in time order. */
    async collect(job, progress) {
        try {
            this.setUp();
        }
        catch (e) {
            if (!(e instanceof http/* SourceError */.c8))
                throw e;
            return unusable(this.label, job, e);
        }
        return eachWindow(job, progress, (start, slis, failures) => this.collectWindow(start, job.windowMs, slis, failures));
    }
    setUp() {
        const { spec, ctx } = this;
        const repo = spec.repo ?? ctx.env.GITHUB_REPOSITORY;
        if (!repo) {
            throw new http/* SourceError */.c8(`${ctx.label}: no repository; set sources.${spec.name}.repo (owner/name) or GITHUB_REPOSITORY`, false, undefined, true);
        }
        this.repo = repo;
        this.api =
            (spec.apiUrl ? (0,config/* expandEnv */.qO)(spec.apiUrl, ctx.env, `sources.${spec.name}.api_url`) : undefined) ??
                ctx.env.GITHUB_API_URL ??
                'https://api.github.com';
        const token = (0,config/* expandEnv */.qO)(spec.token, ctx.env, `sources.${spec.name}.token`);
        this.headers = {
            'user-agent': 'phasegate',
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            authorization: `Bearer ${token}`,
        };
    }
    async collectWindow(start, windowMs, slis, failures) {
        const part = { start, slis: new Map(), missing: new Map() };
        for (const sli of slis) {
            const down = this.down.get('*') ?? this.down.get(sli);
            if (down !== undefined) {
                part.missing.set(sli, down.reason);
                alsoMissing(down.failure, [start]);
                continue;
            }
            const s = this.spec.searches[sli];
            const q = searchQuery(this.repo, s.labels, s.query, start, start + windowMs);
            const url = new URL(`${this.api.replace(/\/+$/, '')}/search/issues`);
            url.searchParams.set('q', q);
            url.searchParams.set('per_page', '1');
            try {
                const total = await (0,http/* fetchWithRetry */.J5)({ ...this.ctx, authPath: `sources.${this.spec.name}.token (default \${GITHUB_TOKEN})` }, `${sli}: search ${q}`, { headers: this.headers, timeoutMs: this.spec.timeoutMs }, url, async (res) => {
                    const body = JSON.parse(await (0,http/* readText */.yR)(res));
                    if (typeof body.total_count !== 'number') {
                        throw new http/* SourceError */.c8(`not a search answer (no total_count)`, false);
                    }
                    // GitHub stopped searching early: the count may be short, so ask again.
                    if (body.incomplete_results === true)
                        throw new http/* SourceError */.c8('incomplete_results: true', true);
                    return body.total_count;
                });
                part.slis.set(sli, { kind: 'count', count: total });
            }
            catch (e) {
                if (!(e instanceof http/* SourceError */.c8))
                    throw e;
                part.missing.set(sli, e.message);
                const failure = { kind: failureKind(e), reason: e.message, windows: [start] };
                failures.push(failure);
                if (!e.retryable) {
                    this.down.set(e.fatal ? '*' : sli, { reason: e.message, failure });
                }
                else {
                    // Still failing after the plan's retries: not tried again in this run.
                    this.down.set('*', { reason: `${e.message} (given up for this run)`, failure });
                }
            }
        }
        return part;
    }
}

// EXTERNAL MODULE: ./src/telemetry/collect.ts + 3 modules
var collect = __webpack_require__(870);
// EXTERNAL MODULE: ./src/telemetry/line-report.ts
var line_report = __webpack_require__(848);
// EXTERNAL MODULE: ./src/telemetry/line-tally.ts
var line_tally = __webpack_require__(6274);
;// CONCATENATED MODULE: ./src/telemetry/sources/http-export.ts






/** Stop following pages after this many: a server that never ends its pagination. */
const MAX_PAGES = 100_000;
function windowUrl(template, start, end) {
    const iso = (ms) => new Date(ms).toISOString();
    const values = {
        from: iso(start),
        to: iso(end),
        from_ms: String(start),
        to_ms: String(end),
        from_s: String(start / 1000),
        to_s: String(end / 1000),
    };
    return template.replace(/\{(from|to)(_ms|_s)?\}/g, (m) => encodeURIComponent(values[m.slice(1, -1)]));
}
function nextLink(res, current) {
    const raw = res.headers.link;
    const link = Array.isArray(raw) ? raw.join(',') : raw;
    if (!link)
        return undefined;
    for (const part of link.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m && /\brel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?/i.test(m[2]))
            return new URL(m[1], current);
    }
    return undefined;
}
class HttpExportSource {
    spec;
    ctx;
    label;
    headers = {};
    template = '';
    /** What this run's answers held: non-blank lines, and those that are not events (line-report.ts). */
    read = { lines: 0, tally: new line_tally/* LineTally */.bq(), failed: false };
    constructor(spec, ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.label = ctx.label;
    }
    /** Window by window, in time order (outcome.ts: a window that fails stops the source for this run). */
    async collect(job, progress) {
        try {
            this.headers = (0,config/* sourceHeaders */.u3)(this.spec, this.ctx.env);
            // `${VAR}` in the URL (a host or a key) is expanded once; the window fields per request.
            this.template = (0,config/* expandEnv */.qO)(this.spec.url, this.ctx.env, `sources.${this.spec.name}.url`);
        }
        catch (e) {
            if (!(e instanceof http/* SourceError */.c8))
                throw e;
            return unusable(this.label, job, e);
        }
        this.read = { lines: 0, tally: new line_tally/* LineTally */.bq(), failed: false };
        const outcome = await eachWindow(job, progress, (start, slis) => this.collectWindow(start, job, slis));
        // Lines that are not events, over the whole run: said loudly when most are (line-report.ts).
        const { lines, tally, failed } = this.read;
        const health = { lines, ...tally.toJSON() };
        const warning = failed ? undefined : (0,line_report/* lineWarning */.jh)(this.label, health);
        if (warning)
            this.ctx.log(`warning: ${warning}\n`);
        return outcome;
    }
    /** Collects one window: every page of the export for [start, start + windowMs). */
    async collectWindow(start, job, slis) {
        const end = start + job.windowMs;
        const options = {
            policy: { slis: job.slis, windowMs: job.windowMs, events: this.ctx.events },
            thresholds: job.thresholds,
            from: start,
            to: end,
        };
        const window = new collect/* Collector */.gR(options);
        const first = new URL(windowUrl(this.template, start, end));
        // Named by its window, not its URL: a URL may carry a key, and examples of lines name it.
        const name = `the answer for window ${iso(start)}`;
        window.beginSource(name);
        const target = { headers: this.headers, timeoutMs: this.spec.timeoutMs };
        const seen = new Set();
        let url = first;
        for (let page = 1; url !== undefined; page++) {
            if (page > MAX_PAGES || seen.has(url.href)) {
                throw new http/* SourceError */.c8(`${this.ctx.label}: pagination does not end (page ${page}: ${url.href}); check sources.${this.spec.name}.pagination`, false, undefined, true);
            }
            seen.add(url.href);
            const at = url;
            const what = `window ${iso(start)} page ${page}`;
            const { segment, next } = await (0,http/* fetchWithRetry */.J5)(this.ctx, what, target, at, async (res) => {
                const seg = new collect/* SegmentCollector */.P5(options);
                seg.beginSegment(at.href);
                for await (const chunk of res.body)
                    seg.push(chunk);
                return { segment: seg.endSegment(), next: this.next(res, at, first) };
            });
            window.absorbSegment(segment);
            url = next;
        }
        const { windows, stats } = window.finish();
        this.read.lines += stats.lines;
        this.read.tally.absorb(stats, name, 0);
        // Every line of the answer malformed or invalid: the window is missing, never zero, and the
        // source is not asked again in this run (its shape is wrong); the run fails after writing.
        const health = { lines: stats.lines, unusable: stats.unusable, unknown: stats.unknown };
        if ((0,line_report/* judgeLines */.LK)(health) === 'all-unusable') {
            this.read.failed = true;
            this.ctx.log(`warning: ${(0,line_report/* lineWarning */.jh)(this.label, health)}\n`);
            throw new http/* SourceError */.c8((0,line_report/* failureReason */.Hr)(this.label, health), false);
        }
        const record = windows[0];
        return {
            start,
            slis: new Map(slis.map((id) => [id, record.slis.get(id)])),
            counts: record.counts,
            missing: new Map(),
        };
    }
    next(res, current, first) {
        const p = this.spec.pagination;
        if (p === 'link')
            return nextLink(res, current);
        if (p === undefined)
            return undefined;
        const raw = res.headers[p.cursor.header.toLowerCase()];
        const cursor = (Array.isArray(raw) ? raw[0] : raw)?.trim();
        if (!cursor)
            return undefined;
        const u = new URL(first.href);
        u.searchParams.set(p.cursor.param, cursor);
        return u;
    }
}
function iso(ms) {
    return new Date(ms).toISOString().replace(':00.000Z', 'Z');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/telemetry/sources/coverage.ts
/**
 * Where local event files begin and end. A window that ends before the first event of the files
 * (a file rotated daily, then a late run), or starts after they were last written (an export
 * that stopped, a stale file), would otherwise read as "nothing happened"; it is "not
 * collected". Files are assumed to be written in time order: the first line with a timestamp is
 * where a file starts; its last write is where it ends.
 */

const HEAD_BYTES = 1 << 16;
async function firstTs(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const buf = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
        const lines = buf.toString('utf8', 0, bytesRead).split('\n');
        if (bytesRead === HEAD_BYTES)
            lines.pop(); // cut short
        for (const line of lines) {
            try {
                const ts = JSON.parse(line).ts;
                const t = typeof ts === 'string' ? Date.parse(ts) : Number.NaN;
                if (Number.isFinite(t))
                    return t;
            }
            catch {
                // not a usable line: the next one
            }
        }
        return undefined;
    }
    finally {
        await fh.close();
    }
}
/** The earliest first timestamp of the files, or undefined when none has one. */
async function filesStart(files) {
    let min;
    for (const f of files) {
        const t = await firstTs(f);
        if (t !== undefined && (min === undefined || t < min))
            min = t;
    }
    return min;
}
/**
 * When the files were last written (the latest mtime): what they can say anything about. Not
 * their last event: a file of rare events (bug reports) rightly ends long before a quiet window.
 */
async function filesEnd(files) {
    let max;
    for (const f of files) {
        const t = (await (0,promises_.stat)(f)).mtimeMs;
        if (max === undefined || t > max)
            max = t;
    }
    return max;
}

// EXTERNAL MODULE: ./src/telemetry/sources/jsonl.ts + 4 modules
var jsonl = __webpack_require__(292);
// EXTERNAL MODULE: ./src/telemetry/sources/read-error.ts
var read_error = __webpack_require__(8939);
// EXTERNAL MODULE: ./src/telemetry/sources/sniff.ts
var sniff = __webpack_require__(1762);
;// CONCATENATED MODULE: ./src/telemetry/sources/jsonl-files.ts
/**
 * Local JSONL files as a telemetry source: the files (or globs) the policy names, or those of
 * `collect --source`, read once for the whole span of the wanted windows (jsonl.ts, on several
 * threads for large files). A read that still fails after the plan's retries leaves every window
 * missing; files that are not there are bad input (FilesError), raised before anything is written.
 */









/** Local files that are not there (or a glob matching none): bad input, named by its flag or field. */
class FilesError extends Error {
    field;
    constructor(
    /** `sources.<name>.files`, or undefined for `collect --source`. */
    field, message) {
        super(message);
        this.field = field;
    }
}
class JsonlFilesSource {
    spec;
    ctx;
    patterns;
    options;
    label;
    constructor(spec, ctx, 
    /** Files or globs, `${VAR}` already expanded. */
    patterns, options = {}) {
        this.spec = spec;
        this.ctx = ctx;
        this.patterns = patterns;
        this.options = options;
        this.label = ctx.label;
    }
    async collect(job, progress) {
        progress?.status(`reading ${this.label}`);
        const starts = [...job.windows.keys()];
        const { readable, unreadable } = await this.sniffed(await this.files());
        if (readable.length === 0)
            return this.nothingReadable(job, unreadable);
        const source = readable;
        try {
            const r = await (0,http/* retrying */.R$)(this.ctx, `reading ${source.length} file(s)`, () => (0,jsonl/* collectJsonl */.Nw)({
                policy: { slis: job.slis, windowMs: job.windowMs, events: this.ctx.events },
                thresholds: job.thresholds,
                from: (0,extent/* minOf */.H)(starts),
                to: (0,extent/* maxOf */._)(starts) + job.windowMs,
                source,
                workers: this.options.workers,
            }).catch((e) => {
                throw e instanceof read_error/* TelemetrySourceError */.r ? new http/* SourceError */.c8(e.message, e.retryable) : e;
            }));
            // Lines that are not events: said loudly when most are (the reasons, a fix, an example);
            // when every line is malformed or invalid (CSV, garbage, epoch times not mapped), the
            // windows are missing, never zero, and the run fails (line-report.ts).
            const { lines, unusable, unknown } = r.stats;
            const health = { lines, unusable: this.shown(unusable), unknown: this.shown(unknown) };
            const verdict = (0,line_report/* judgeLines */.LK)(health);
            const warning = (0,line_report/* lineWarning */.jh)(this.label, health, verdict);
            if (warning)
                this.ctx.log(`warning: ${warning}\n`);
            if (verdict === 'all-unusable')
                return this.noUsableLine(job, r.files, health);
            // Lines counted unlike an operator may expect (a `where` value no SLI accepts, an event
            // without its SLI's `distinct` field): said, with counts, never silently dropped.
            for (const [note, n] of Object.entries(r.stats.notes))
                this.ctx.log(`warning: ${this.label}: ${n} ${note}\n`);
            const span = this.options.coverage
                ? { begins: await filesStart(source), ends: await filesEnd(source) }
                : {};
            return {
                parts: r.windows.filter((w) => job.windows.has(w.start)).map((w) => this.part(w, job, span)),
                failures: [],
                read: { files: r.files, unattributed: r.unattributed, outside: r.stats.outside },
            };
        }
        catch (e) {
            if (!(e instanceof http/* SourceError */.c8))
                throw e;
            if (!e.retryable)
                throw new FilesError(this.field(), e.message);
            return {
                parts: starts.map((s) => missingPart(s, job.windows.get(s), e.message)),
                failures: [{ kind: 'retryable', reason: e.message, windows: starts }],
            };
        }
    }
    /**
     * The files split into those that may be JSONL text and those that cannot be (empty,
     * compressed, UTF-16, binary); each of the latter is warned about, with the reason and the fix.
     */
    async sniffed(files) {
        const readable = [];
        const unreadable = [];
        for (const file of files) {
            const bad = await (0,sniff/* sniffEventsFile */.S)(file).catch(() => undefined); // the read reports it
            if (bad === undefined)
                readable.push(file);
            else {
                unreadable.push({ file, ...bad });
                this.ctx.log(`warning: ${this.show(file)} ${bad.why}: none of its events are counted; ${bad.fix}\n`);
            }
        }
        return { readable, unreadable };
    }
    /**
     * No file yields a readable line: every window is missing (never "0 events"), and the run
     * fails once its records are written, so a person looks and the next run tries again.
     */
    nothingReadable(job, bad) {
        const first = bad[0];
        const more = bad.length > 1 ? ` (and ${bad.length - 1} more file(s))` : '';
        const reason = `${this.label}: nothing readable: ${this.show(first.file)} ${first.why}${more}`;
        const starts = [...job.windows.keys()];
        return {
            parts: starts.map((s) => missingPart(s, job.windows.get(s), reason)),
            failures: [
                {
                    kind: 'fatal',
                    reason: `${reason}; its windows are missing, not zero; ${first.fix}`,
                    windows: starts,
                },
            ],
        };
    }
    /** No line of the files is a usable event: every window missing, the run failed (after writing). */
    noUsableLine(job, files, health) {
        const starts = [...job.windows.keys()];
        const reason = (0,line_report/* missingReason */.DQ)(this.label, health);
        return {
            parts: starts.map((s) => missingPart(s, job.windows.get(s), reason)),
            failures: [{ kind: 'fatal', reason: (0,line_report/* failureReason */.Hr)(this.label, health), windows: starts }],
            read: { files, unattributed: [], outside: 0 },
        };
    }
    /** The reasons with the files of their examples as the user named them. */
    shown(list) {
        return list.map((r) => ({ ...r, example: { ...r.example, source: this.show(r.example.source) } }));
    }
    /** A file as the user named it: relative to the working folder when inside it. */
    show(file) {
        const rel = (0,external_node_path_.relative)(this.ctx.cwd, file);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
    }
    /** The files the patterns name, sorted. */
    async files() {
        const files = new Set();
        for (const p of this.patterns) {
            try {
                for (const f of await (0,jsonl/* resolveSourceFiles */.V6)(p, this.ctx.cwd))
                    files.add(f);
            }
            catch (e) {
                if (!(e instanceof read_error/* TelemetrySourceError */.r))
                    throw e;
                throw new FilesError(this.field(), e.message);
            }
        }
        return [...files].sort();
    }
    part(w, job, span) {
        const want = job.windows.get(w.start);
        const c = w.counts;
        const empty = c.events + c.malformed + c.invalid + c.unknown === 0;
        const { begins, ends } = span;
        if (empty && begins !== undefined && w.end <= begins) {
            const why = `${this.label}: the files begin at ${new Date(begins).toISOString()}, after this window; give the files that hold it (--source)`;
            return missingPart(w.start, want, why);
        }
        // An export that stopped (or a stale file) says nothing of the windows after it: not zero.
        if (empty && ends !== undefined && w.start > ends) {
            const why = `${this.label}: the files were last written at ${new Date(ends).toISOString()}, before this window began; export the events again (--source)`;
            return missingPart(w.start, want, why);
        }
        return {
            start: w.start,
            counts: w.counts,
            slis: new Map(want.map((id) => [id, w.slis.get(id)])),
            missing: new Map(),
        };
    }
    field() {
        return this.spec.files ? `sources.${this.spec.name}.files` : undefined;
    }
}

// EXTERNAL MODULE: ./src/telemetry/sketch.ts
var sketch = __webpack_require__(2459);
;// CONCATENATED MODULE: ./src/telemetry/sources/histogram.ts

/** The sketch bin a value falls in, and the value the sketch reports for that bin. */
function binOf(value) {
    const s = new sketch/* LatencySketch */.d();
    s.add(value);
    return { key: s.toJSON().bins[0][0], value: s.quantile(1) };
}
/** The bin whose reported value is the largest not above `bound` (or the smallest above it). */
function binAtOrBelow(bound) {
    let b = binOf(bound);
    for (let v = bound; b.value > bound;) {
        v *= 1 - sketch/* SKETCH_RELATIVE_ACCURACY */.W;
        b = binOf(v);
    }
    return b;
}
function binAbove(bound) {
    let b = binOf(bound);
    for (let v = bound; b.value <= bound;) {
        v *= 1 + sketch/* SKETCH_RELATIVE_ACCURACY */.W;
        b = binOf(v);
    }
    return b;
}
class HistogramError extends Error {
}
/**
 * Buckets (any order; duplicates of one `le` are added up, as from series not summed by le) →
 * a latency aggregate in ms. `unitMs`: ms per unit of `le` (1000 for seconds). `sum`: the
 * window's _sum increase in the histogram's unit, when queried.
 */
function latencyFromBuckets(buckets, unitMs, sum) {
    const byLe = new Map();
    for (const b of buckets)
        byLe.set(b.le, (byLe.get(b.le) ?? 0) + b.count);
    const les = [...byLe.keys()].sort((a, b) => a - b);
    const finite = les.filter((le) => Number.isFinite(le));
    if (les.length > 0 && finite.length === 0) {
        throw new HistogramError('the histogram has no finite bucket (only le="+Inf"): nothing to place values by');
    }
    // Counts from increase() are estimates (extrapolated); whole events, never decreasing with le.
    let running = 0;
    const cumulative = les.map((le) => {
        const c = Math.round(byLe.get(le));
        running = Math.max(running, Number.isFinite(c) && c > 0 ? c : 0);
        return running;
    });
    const bins = new Map();
    let zero = 0;
    let count = 0;
    let estimatedSum = 0;
    let min = null;
    let max = null;
    const top = finite[finite.length - 1];
    les.forEach((le, i) => {
        const n = cumulative[i] - (i > 0 ? cumulative[i - 1] : 0);
        if (n === 0)
            return;
        const lower = i > 0 ? les[i - 1] * unitMs : 0;
        const bin = le <= 0
            ? { key: Number.NaN, value: 0 }
            : Number.isFinite(le)
                ? binAtOrBelow(le * unitMs)
                : binAbove(top * unitMs);
        if (le <= 0)
            zero += n;
        else
            bins.set(bin.key, (bins.get(bin.key) ?? 0) + n);
        count += n;
        estimatedSum += n * bin.value;
        if (min === null)
            min = Math.min(lower, bin.value);
        max = Number.isFinite(le) ? le * unitMs : top * unitMs;
    });
    const json = {
        alpha: sketch/* SKETCH_RELATIVE_ACCURACY */.W,
        zero,
        bins: [...bins.entries()].sort((a, b) => a[0] - b[0]),
    };
    const measured = sum !== undefined && Number.isFinite(sum) && sum >= 0 ? sum * unitMs : undefined;
    return {
        kind: 'latency',
        count,
        sum: count === 0 ? 0 : (measured ?? estimatedSum),
        min,
        max,
        sketch: sketch/* LatencySketch */.d.fromJSON(json),
    };
}
/** Parses an `le` label: "0.25", "1e-3", "+Inf". */
function parseLe(text) {
    if (text === undefined)
        return undefined;
    const t = text.trim();
    if (t === '+Inf' || t === 'Inf')
        return Number.POSITIVE_INFINITY;
    const n = Number(t);
    return t !== '' && Number.isFinite(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/telemetry/sources/prometheus.ts




/** A range query covers at most this many windows (Prometheus refuses > 11,000 points). */
const MAX_POINTS = 1000;
const FATAL_STATUS = /HTTP (401|403|404)\b/;
function num(v) {
    const n = typeof v === 'string' ? Number(v) : Number.NaN;
    return Number.isFinite(n) && n > 0 ? n : 0;
}
/** Consecutive windows, in runs of at most MAX_POINTS. */
function runsOf(starts, windowMs) {
    const runs = [];
    for (const s of starts) {
        const run = runs[runs.length - 1];
        if (run && s === run[run.length - 1] + windowMs && run.length < MAX_POINTS)
            run.push(s);
        else
            runs.push([s]);
    }
    return runs;
}
class PrometheusSource {
    spec;
    ctx;
    label;
    headers = {};
    base = '';
    warned = new Set();
    constructor(spec, ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.label = ctx.label;
    }
    /** Every wanted SLI of every window, one range query per run of windows; failures are data. */
    async collect(job, progress) {
        progress?.status(`querying ${this.label}`);
        try {
            this.headers = (0,config/* sourceHeaders */.u3)(this.spec, this.ctx.env);
            this.base = (0,config/* expandEnv */.qO)(this.spec.url, this.ctx.env, `sources.${this.spec.name}.url`).replace(/\/+$/, '');
        }
        catch (e) {
            if (!(e instanceof http/* SourceError */.c8))
                throw e;
            return unusable(this.label, job, e);
        }
        const parts = new Map();
        for (const start of job.windows.keys())
            parts.set(start, { start, slis: new Map(), missing: new Map() });
        const failures = [];
        let sourceDown;
        for (const sli of this.spec.slis) {
            const starts = [...job.windows].filter(([, ids]) => ids.includes(sli)).map(([s]) => s);
            let sliDown;
            for (const run of runsOf(starts, job.windowMs)) {
                const down = sourceDown ?? sliDown;
                if (down !== undefined) {
                    for (const s of run)
                        parts.get(s).missing.set(sli, down.reason);
                    alsoMissing(down.failure, run);
                    continue;
                }
                try {
                    const values = await this.sliValues(sli, this.spec.queries[sli], run, job.windowMs);
                    run.forEach((s, i) => {
                        parts.get(s).slis.set(sli, values[i]);
                    });
                }
                catch (e) {
                    if (!(e instanceof http/* SourceError */.c8))
                        throw e;
                    for (const s of run)
                        parts.get(s).missing.set(sli, e.message);
                    const failure = { kind: failureKind(e), reason: e.message, windows: [...run] };
                    failures.push(failure);
                    if (e.retryable) {
                        // Still failing after the plan's retries: do not try the rest in this run.
                        sourceDown = { reason: `${e.message} (given up for this run)`, failure };
                    }
                    else if (e.fatal || FATAL_STATUS.test(e.message)) {
                        sourceDown = { reason: e.message, failure };
                    }
                    else {
                        sliDown = { reason: e.message, failure };
                    }
                }
            }
        }
        return { parts: [...parts.values()], failures };
    }
    async sliValues(sli, q, run, windowMs) {
        const ends = run.map((s) => s + windowMs);
        const get = (query) => this.query(sli, query, ends, windowMs);
        if (q.kind === 'ratio') {
            const [a, b] = [await get(q.numerator), await get(q.denominator)];
            return ends.map((t) => ({ kind: 'ratio', numerator: total(a, t), denominator: total(b, t) }));
        }
        if (q.kind === 'count') {
            const a = await get(q.count);
            return ends.map((t) => ({ kind: 'count', count: total(a, t) }));
        }
        const buckets = await get(q.buckets);
        const sums = q.sum === undefined ? undefined : await get(q.sum);
        const unitMs = q.unit === 's' ? 1000 : 1;
        return ends.map((t) => {
            const list = (buckets.get(t) ?? []).map((x) => {
                const le = parseLe(x.labels.le);
                if (le === undefined) {
                    throw new http/* SourceError */.c8(`${this.ctx.label}: ${sli}: a bucket series without a valid \`le\` label (${JSON.stringify(x.labels)}); the buckets query must keep le, e.g. sum by (le) (…)`, false);
                }
                return { le, count: x.value };
            });
            try {
                return latencyFromBuckets(list, unitMs, sums === undefined ? undefined : total(sums, t, false));
            }
            catch (e) {
                throw new http/* SourceError */.c8(`${this.ctx.label}: ${sli}: ${e.message}`, false);
            }
        });
    }
    /** One query over the window ends (an instant query for one, a range query for a run). */
    async query(sli, template, ends, windowMs) {
        const query = template.replaceAll('$window', `${windowMs / 1000}s`);
        const single = ends.length === 1;
        const url = new URL(`${this.base}/api/v1/${single ? 'query' : 'query_range'}`);
        const params = single
            ? { query, time: String(ends[0] / 1000) }
            : {
                query,
                start: String(ends[0] / 1000),
                end: String(ends[ends.length - 1] / 1000),
                step: `${windowMs / 1000}s`,
            };
        const form = new URLSearchParams(params).toString();
        const ctx = { ...this.ctx, requestPath: `sources.${this.spec.name}.slis.${sli}` };
        const what = `${sli}: ${single ? 'query' : `query_range (${ends.length} windows)`} ${query}`;
        const target = {
            headers: {
                ...this.headers,
                'content-type': 'application/x-www-form-urlencoded',
                accept: 'application/json',
            },
            timeoutMs: this.spec.timeoutMs,
        };
        const body = await (0,http/* fetchWithRetry */.J5)(ctx, what, target, url, async (res) => parseBody(await (0,http/* readText */.yR)(res)), form);
        if (body.status !== 'success') {
            const retryable = ['timeout', 'canceled', 'unavailable', 'internal'].includes(String(body.errorType));
            throw new http/* SourceError */.c8(`${this.ctx.label}: ${what}: ${body.errorType ?? 'error'}: ${body.error ?? 'no reason given'}`, retryable);
        }
        for (const w of body.warnings ?? [])
            this.warnOnce(`${sli}: warning from the query engine: ${String(w)}`);
        const answer = toAnswer(body, single ? ends[0] : undefined, (msg) => {
            throw new http/* SourceError */.c8(`${this.ctx.label}: ${what}: ${msg}`, false);
        });
        if (answer.size === 0)
            this.warnOnce(`${sli}: no series for ${query}; counted as 0 (check the metric name if this persists)`);
        return answer;
    }
    warnOnce(text) {
        if (this.warned.has(text))
            return;
        this.warned.add(text);
        this.ctx.log(`${this.ctx.label}: ${text}\n`);
    }
}
function parseBody(text) {
    try {
        const v = JSON.parse(text);
        if (v && typeof v === 'object')
            return v;
    }
    catch {
        // below
    }
    throw new http/* SourceError */.c8(`not a Prometheus API answer: ${text.slice(0, 120)}`, false);
}
function toAnswer(body, time, fail) {
    const out = new Map();
    const add = (t, labels, value) => {
        const list = out.get(t) ?? [];
        if (list.length === 0)
            out.set(t, list);
        list.push({ labels, value: num(value) });
    };
    const type = body.data?.resultType;
    const result = body.data?.result;
    const ms = (seconds) => Math.round(Number(seconds) * 1000);
    if (type === 'scalar' && Array.isArray(result))
        add(time ?? ms(result[0]), {}, result[1]);
    else if (type === 'vector' && Array.isArray(result)) {
        for (const r of result) {
            add(time ?? ms(r.value?.[0]), r.metric ?? {}, r.value?.[1]);
        }
    }
    else if (type === 'matrix' && Array.isArray(result)) {
        if (time !== undefined)
            fail('the query returns a range vector; wrap its [range] in increase(…) or sum(…)');
        for (const r of result) {
            for (const [t, v] of r.values ?? [])
                add(ms(t), r.metric ?? {}, v);
        }
    }
    else {
        fail(`resultType ${JSON.stringify(type)} is not a number per window; the query must give a vector or scalar`);
    }
    return out;
}
/** The sum over the series at time `t`, as whole events (or as is, for sums of durations). */
function total(answer, t, whole = true) {
    const sum = (answer.get(t) ?? []).reduce((acc, s) => acc + s.value, 0);
    return whole ? Math.round(sum) : sum;
}

;// CONCATENATED MODULE: ./src/telemetry/sources/windows-done.ts

class WindowsDone {
    windows;
    onWindow;
    order;
    /** Window start → sources not done with it yet. */
    owing = new Map();
    /** Parts the running source told about, not yet in `windows` (its outcome brings them). */
    told = new Map();
    next = 0;
    /** The progress for the running source. */
    progress;
    constructor(
    /** The windows as merged so far, in time order. */
    windows, jobs, onWindow, onStatus) {
        this.windows = windows;
        this.onWindow = onWindow;
        this.order = [...windows.keys()];
        for (const start of this.order)
            this.owing.set(start, 0);
        for (const job of jobs)
            for (const start of job.windows.keys())
                this.owing.set(start, this.owing.get(start) + 1);
        this.progress = {
            status: (text) => onStatus?.(text),
            window: (part) => {
                if (this.told.has(part.start))
                    return;
                this.told.set(part.start, part);
                this.owing.set(part.start, this.owing.get(part.start) - 1);
                this.advance();
            },
        };
    }
    /** The running source finished (its outcome is merged into `windows`). */
    sourceDone(job) {
        for (const start of job.windows.keys()) {
            if (!this.told.has(start))
                this.owing.set(start, this.owing.get(start) - 1);
        }
        this.told.clear();
        this.advance();
    }
    /** Every source ran: the windows no source owned. */
    finish() {
        this.advance();
    }
    advance() {
        while (this.next < this.order.length && this.owing.get(this.order[this.next]) === 0) {
            const start = this.order[this.next++];
            this.onWindow?.(this.view(start), this.next, this.order.length);
        }
    }
    /** The window as merged so far, with what the running source told about it. */
    view(start) {
        const merged = this.windows.get(start);
        const told = this.told.get(start);
        if (told === undefined)
            return merged;
        const view = {
            start,
            slis: new Map(merged.slis),
            missing: new Map(merged.missing),
            counts: merged.counts,
        };
        mergePart(view, told);
        return view;
    }
}

;// CONCATENATED MODULE: ./src/telemetry/sources/dispatch.ts








/** Thrown before any I/O: a jsonl source needs files and none were given. */
class NoFilesError extends Error {
    slis;
    constructor(slis) {
        super(`SLIs ${slis.join(', ')} read JSONL events and no files were given`);
        this.slis = slis;
    }
}
/** The job of one source: the windows (and SLIs there) it must answer for. */
function jobFor(spec, o) {
    const windows = new Map();
    for (const [start, slis] of o.windows) {
        const mine = slis.filter((s) => o.policy.sources.bySli[s] === spec.name);
        if (mine.length > 0)
            windows.set(start, mine);
    }
    return {
        windows,
        windowMs: o.policy.windowMs,
        slis: o.policy.slis,
        thresholds: (0,plan/* latencyThresholds */.rP)(o.policy),
    };
}
const readsInBulk = (spec) => spec.type === 'prometheus' || (spec.type === 'jsonl' && !spec.url);
/**
 * The sources with work in this run, bulk readers first. Throws before any I/O when files are
 * needed and none were given, or a `files:` entry names a `${VAR}` that is not set.
 */
function sourcesFor(o) {
    const env = o.env ?? process.env;
    const cwd = o.cwd ?? process.cwd();
    const jobs = o.policy.sources.list
        .map((spec) => ({ spec, job: jobFor(spec, o) }))
        .filter(({ job }) => job.windows.size > 0);
    const fileFree = jobs.filter(({ spec }) => spec.type === 'jsonl' && !spec.url && !spec.files);
    const given = o.files === undefined ? [] : typeof o.files === 'string' ? [o.files] : [...o.files];
    if (fileFree.length > 0 && given.length === 0)
        throw new NoFilesError(fileFree.flatMap(({ spec }) => spec.slis));
    const ordered = [
        ...jobs.filter(({ spec }) => readsInBulk(spec)),
        ...jobs.filter(({ spec }) => !readsInBulk(spec)),
    ];
    return ordered.map(({ spec, job }) => ({ job, source: sourceFor(spec, o, env, cwd, given) }));
}
/** The adapter of one source of the policy. */
function sourceFor(spec, o, env, cwd, given) {
    const ctx = {
        label: (0,config/* sourceLabel */.en)(spec),
        configPath: `sources.${spec.name}`,
        log: o.log,
        debug: o.debug,
        onResponse: o.onResponse,
        sleep: o.sleep,
        now: o.now,
        backoffMs: o.backoffMs,
        env,
        cwd,
        events: o.policy.events,
    };
    switch (spec.type) {
        case 'jsonl': {
            if (spec.url)
                return new HttpExportSource({ ...spec, url: spec.url }, ctx);
            const files = spec.files ? spec.files.map((f) => (0,config/* expandEnv */.qO)(f, env, `${ctx.configPath}.files`)) : given;
            return new JsonlFilesSource(spec, ctx, files, { workers: o.workers, coverage: o.coverage });
        }
        case 'prometheus':
            return new PrometheusSource(spec, ctx);
        case 'github-issues':
            return new GithubIssuesSource(spec, ctx);
    }
}
async function collectSources(o) {
    const runs = sourcesFor(o);
    const result = {
        windows: new Map(),
        unattributed: [],
        files: [],
        outside: 0,
        failures: [],
    };
    for (const start of o.windows.keys())
        result.windows.set(start, { start, slis: new Map(), missing: new Map() });
    const fatal = new Set();
    const done = new WindowsDone(result.windows, runs.map((r) => r.job), o.onWindow, o.onStatus);
    for (const { source, job } of runs) {
        const outcome = await source.collect(job, done.progress);
        for (const part of outcome.parts)
            mergePart(result.windows.get(part.start), part);
        for (const f of outcome.failures)
            if (f.kind === 'fatal')
                fatal.add(f.reason);
        if (outcome.read) {
            // Loops, not push(...): a spread of 125k+ files overflows the call stack.
            for (const f of outcome.read.files)
                result.files.push(f);
            for (const u of outcome.read.unattributed)
                result.unattributed.push(u);
            result.outside += outcome.read.outside;
        }
        done.sourceDone(job);
    }
    done.finish();
    result.failures = [...fatal];
    return result;
}

// EXTERNAL MODULE: ./src/telemetry/sources/record-files.ts + 2 modules
var record_files = __webpack_require__(3085);
// EXTERNAL MODULE: ./src/telemetry/window.ts
var telemetry_window = __webpack_require__(135);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/commands/collect-windows.ts
/**
 * Which windows a `phasegate collect` run collects (collect.ts), and what the records folder
 * already holds of them: every window of --from/--to, or, into a folder, every window the folder
 * is owed (telemetry/sources/backfill.ts), the recent files and the archive's day files alike.
 */








/** --from/--to: every window of the range, every SLI. */
async function rangeWindows(o, from, to, windowMs, slis) {
    (0,input/* checkWindowRange */.ic)(from, to, windowMs, o.window);
    if ((0,external_node_fs_.existsSync)(o.output) && !(0,external_node_fs_.statSync)(o.output).isDirectory()) {
        throw new input/* InputError */.dz(`--output: ${o.output} is a file; with --from/--to give a folder for one file per window`);
    }
    const windows = new Map();
    for (let s = from; s < to; s += windowMs)
        windows.set(s, slis);
    // A folder not there yet has no archive (and one that cannot be made gets its error where collect makes it).
    const archived = (0,external_node_fs_.existsSync)(o.output)
        ? await archivedWindows(o, from, to, await (0,record_files/* listRecordEnds */.WP)(o.output))
        : [];
    return { windows, existing: new Map(), archived: new Map(archived.map((r) => [r.end, r])) };
}
/**
 * The archived window records of the folder ending in (from, to] that have no recent file (a
 * recent file, even a broken one, is the window's record: it is read, or collected again). A day
 * file that cannot be read is said and left out: its windows are then collected again.
 */
async function archivedWindows(o, from, to, recentEnds) {
    const recent = new Set(recentEnds);
    const archived = await (0,record_files/* readArchivedRecords */.LM)(o.output, from, to, (file, err) => {
        o.log(`warning: ${(0,policy_dir/* displayPath */.Gt)(file)} cannot be read (${err.message}); collecting its windows again\n`);
    });
    return archived.filter((r) => !recent.has(r.end));
}
/** No range: the window that just ended into a file, or into a folder every window it is owed. */
async function owedWindows(o, windowMs, backfillMs, slis) {
    const last = (0,telemetry_window/* windowStart */.Nf)(o.now, windowMs);
    const isDir = (0,external_node_fs_.existsSync)(o.output) ? (0,external_node_fs_.statSync)(o.output).isDirectory() : !o.output.endsWith('.jsonl');
    if (!isDir)
        return {
            windows: new Map([[last - windowMs, slis]]),
            outputFile: o.output,
            existing: new Map(),
            archived: new Map(),
        };
    const from = last - backfillMs - windowMs;
    const names = await (0,record_files/* listRecordEnds */.WP)(o.output);
    const broken = new Set();
    const recent = await (0,record_files/* readRecentRecords */.u_)(o.output, names, from, last, (file, err) => {
        broken.add((0,telemetry_window/* parseWindowFileName */.L$)((0,external_node_path_.basename)(file)));
        o.log(`warning: ${(0,policy_dir/* displayPath */.Gt)(file)} cannot be read (${err.message}); collecting its window again\n`);
    });
    // Archived windows are windows the folder holds (a --backfill longer than the Action's reaches them).
    const archived = await archivedWindows(o, from, last, names);
    const held = [...recent, ...archived];
    const ends = [...names.filter((e) => !broken.has(e)), ...archived.map((r) => r.end)];
    const plan = planBackfill({ last, windowMs, maxMs: backfillMs, reportEnds: ends, recent: held, slis });
    if (plan.skipped) {
        o.log(`warning: no window records for ${new Date(plan.skipped.from).toISOString()} – ${new Date(plan.skipped.to).toISOString()}, beyond --backfill ${(0,units/* formatDuration */.a3)(backfillMs)}; collect them with --from/--to\n`);
    }
    return {
        windows: plan.windows,
        existing: new Map(held.map((r) => [r.start, r])),
        archived: new Map(archived.map((r) => [r.end, r])),
    };
}

// EXTERNAL MODULE: ./src/commands/confirm.ts
var commands_confirm = __webpack_require__(3198);
;// CONCATENATED MODULE: ./src/commands/collect.ts
/**
 * `phasegate collect`: telemetry → one window record per window, from the sources the policy
 * names (rollout.yaml `sources:`; SLIs without one read the JSONL events of --source).
 *
 * - With --from/--to: every window of [from, to), all SLIs, into the --output folder.
 * - Into a folder, without a range: every window the folder is owed (back-fill): the one that
 *   just ended, those since its newest report, gaps, and windows whose report lists SLIs as
 *   missing (only those SLIs are collected again), within --backfill (default 24h).
 * - Into a file: the one window that just ended (the plan's `--output=…/$(date …).jsonl`).
 * Which windows those are is collect-windows.ts.
 *
 * A source that fails after the plan's retries leaves `missing` records (no data for the
 * verdict, collected again next run); one that cannot work (credentials, a bad query) also
 * fails the command, after the window records are written.
 */


















/** A source could not work at all (credentials, a query): raised after the window records are written. */
class SourceFailedError extends Error {
    name = 'SourceFailedError';
}
function routes(o) {
    return (o.sliSources ?? []).map((text) => {
        const m = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(text);
        if (!m)
            throw new input/* InputError */.dz(`--sli-source: "${text}" is not sli=source, e.g. critical_bugs=events or '*=events'`);
        return [m[1], m[2]];
    });
}
async function collectCommand(o) {
    const { loaded, policy, windowMs, backfillMs, source } = checkOptions(o);
    const allSlis = Object.keys(policy.slis);
    const plan = o.from !== undefined && o.to !== undefined
        ? await rangeWindows(o, o.from, o.to, windowMs, allSlis)
        : await owedWindows(o, windowMs, backfillMs, allSlis);
    if (plan.windows.size === 0) {
        o.log(`nothing to collect: ${(0,policy_dir/* displayPath */.Gt)(o.output)}/ holds every window up to ${new Date((0,telemetry_window/* windowStart */.Nf)(o.now, windowMs)).toISOString()}\n`);
        return '';
    }
    // Before reading any event: an --output that cannot be a folder of records fails now.
    await (0,ensure_dir/* ensureDir */.A)(plan.outputFile ? (0,external_node_path_.dirname)(plan.outputFile) : o.output).catch(outputError(o));
    const result = await runSources(o, policy, plan.windows, windowMs, source);
    const records = [...result.windows.values()].map((part) => toRecord(part, windowMs, plan.existing.get(part.start)));
    const kept = new Map();
    const guard = (next, before) => {
        const d = keepRecord(before ?? plan.archived.get(next.end), next, o.allowFewer === true);
        if (d.note)
            kept.set(next.end, d.note);
        return d.record;
    };
    const written = await (plan.outputFile
        ? writeOneFile(o, plan.outputFile, records[0], guard).then((w) => [w])
        : (0,record_files/* writeRecords */.Wh)(o.output, records, guard)).catch(outputError(o));
    summarize(o, records, result, written, plan.outputFile);
    warnKept(o, kept);
    if (!plan.outputFile && o.from === undefined && result.failures.length === 0) {
        await recheck(o, loaded, policy, windowMs, backfillMs, source);
    }
    if (result.failures.length > 0) {
        throw new SourceFailedError(`${result.failures.length === 1 ? 'a source failed' : `${result.failures.length} sources failed`} (the window records above mark it missing):\n  ${result.failures.join('\n  ')}`);
    }
    return `${written.map((w) => `${(0,policy_dir/* displayPath */.Gt)(w.path)}${w.changed ? '' : ' (unchanged)'}`).join('\n')}\n`;
}
/**
 * The scheduled collect into a folder confirms a breach before the propose step acts on it
 * (confirm.ts). A re-read that cannot run (no current.yaml, a broken one, a broken record) says
 * why and leaves the collected windows as they are: the verdict then reads "not confirmed".
 */
async function recheck(o, loaded, policy, windowMs, backfillMs, source) {
    const slis = Object.keys(policy.slis);
    try {
        const live = (0,policy_dir/* loadCurrent */.n8)(loaded);
        if (!live)
            return; // no live phase: nothing to judge against
        const result = await (0,commands_confirm/* recheckBreaches */.h)({
            policy: loaded.policy,
            live,
            output: o.output,
            now: o.now,
            horizon: (0,telemetry_window/* windowStart */.Nf)(o.now, windowMs) - backfillMs,
            log: o.log,
            recollect: async (starts) => {
                const again = await runSources(o, policy, new Map(starts.map((s) => [s, slis])), windowMs, source);
                for (const failure of again.failures)
                    o.log(`warning: re-collect: ${failure}\n`);
                return [...again.windows.values()].map((part) => toRecord(part, windowMs, undefined));
            },
        });
        if (result)
            o.onRecheck?.(result);
    }
    catch (err) {
        o.log(`warning: re-collect skipped: ${err instanceof Error ? err.message : String(err)}\n`);
    }
}
/** A file-system error of the output as bad input naming --output, the path given and the fix. */
function outputError(o) {
    return (e) => {
        const words = (0,fs_errors/* describeFsError */.T)(e, o.output, outputKind(o));
        throw words
            ? new input/* InputError */.dz(`--output: ${words}; give ${outputKind(o) === 'file' ? 'a .jsonl file in a folder you can write' : 'a folder you can write, e.g. reports/monitoring'}`)
            : e;
    };
}
const outputKind = (o) => (o.output.endsWith('.jsonl') ? 'file' : 'folder');
/** The flags checked against the policy: the window, the range, the routing, the back-fill. */
function checkOptions(o) {
    const loadedDir = (0,policy_dir/* loadPolicyDir */.yD)(o.config);
    const loaded = loadedDir.policy;
    const windowMs = (0,units/* parseDuration */.E9)(o.window);
    if (windowMs === undefined)
        throw new input/* InputError */.dz(`--window: "${o.window}" is not a duration such as 15m`);
    if (windowMs !== loaded.windowMs) {
        throw new input/* InputError */.dz(`--window ${o.window} differs from the policy's window ${(0,units/* formatDuration */.a3)(loaded.windowMs)}; the window records of one rollout share one window (change window: in rollout.yaml)`);
    }
    if ((o.from === undefined) !== (o.to === undefined))
        throw new input/* InputError */.dz('give both --from and --to, or neither');
    const rerouted = (0,sources_compile/* rerouteSources */.xM)(loaded.sources, routes(o), loaded.slis);
    if (typeof rerouted === 'string')
        throw new input/* InputError */.dz(`--sli-source: ${rerouted}`);
    const policy = { ...loaded, sources: rerouted };
    const source = o.source?.trim() || undefined;
    if (source && /^https?:\/\//i.test(source)) {
        // An export URL on the command line: the file-free jsonl sources read it instead of files.
        for (const s of policy.sources.list)
            if (s.type === 'jsonl' && !s.files && !s.url)
                s.url = source;
    }
    const backfillMs = (0,units/* parseDuration */.E9)(o.backfill ?? (0,units/* formatDuration */.a3)(DEFAULT_BACKFILL_MS));
    if (backfillMs === undefined || backfillMs < windowMs) {
        throw new input/* InputError */.dz(`--backfill: "${o.backfill}" is not a duration of at least one window (${o.window}), e.g. 24h`);
    }
    return { loaded: loadedDir, policy, windowMs, backfillMs, source };
}
async function runSources(o, policy, windows, windowMs, source) {
    const progress = (0,src_progress/* createCollectProgress */.O1)(o.progress ?? 'lines', o.log, windowMs, windows.size);
    const result = await collectSources({
        policy,
        windows,
        files: source && !/^https?:\/\//i.test(source) ? source : undefined,
        env: o.env,
        log: progress.log,
        debug: o.verbose ? progress.log : undefined,
        sleep: o.sleep,
        // Large files are cut at line boundaries and parsed on several threads; the result is the same.
        workers: (0,collect_threads/* collectThreadCount */.m4)(),
        coverage: o.from === undefined,
        onStatus: progress.status,
        onWindow: (part, done, total) => progress.window(part, done, total),
    })
        .catch((err) => {
        if (err instanceof NoFilesError) {
            const also = err.slis.length < Object.keys(policy.slis).length
                ? `: SLIs ${err.slis.join(', ')} read the JSONL events it names (or give them a source under sources: in rollout.yaml)`
                : '';
            throw new input/* InputError */.dz(`required option '--source <file|glob>' not specified${also}`);
        }
        if (err instanceof FilesError)
            throw new input/* InputError */.dz(`${err.field ?? '--source'}: ${err.message}`);
        throw err;
    })
        .finally(() => progress.end());
    for (const u of result.unattributed) {
        o.log(`warning: ${u.source}: ${u.malformed} malformed and ${u.invalid} invalid lines with no timestamp to place them by\n`);
    }
    return result;
}
/** One window into the file --output names, renamed to the window when the name is another's. */
async function writeOneFile(o, file, record, guard) {
    const expected = (0,telemetry_window/* windowFileName */.gp)(record.end);
    const given = (0,external_node_path_.basename)(file);
    if (given !== expected && (0,telemetry_window/* parseWindowFileName */.L$)(given) !== undefined) {
        // The plan's `--output=reports/monitoring/$(date +%Y%m%d%H%M).jsonl` names the file after the
        // minute the job ran, which a late schedule makes differ from the window's end. A record
        // named after another window would be judged as that window, so use the real name.
        o.log(`note: ${given} is not the window that just ended; writing ${expected} instead\n`);
        return (0,record_files/* writeRecordFile */.PU)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), expected), record, guard);
    }
    return (0,record_files/* writeRecordFile */.PU)(file, record, guard);
}
/** Existing records a re-collect did not replace (or replaced only in part), each named with why. */
function warnKept(o, kept) {
    const SHOWN = 5;
    let n = 0;
    for (const [end, note] of kept) {
        if (n++ === SHOWN)
            break;
        o.log(`warning: ${(0,telemetry_window/* windowFileName */.gp)(end)}: ${note}\n`);
    }
    if (kept.size > SHOWN)
        o.log(`warning: and ${kept.size - SHOWN} more window record(s) kept the same way\n`);
}
function summarize(o, records, result, written, outputFile) {
    const sum = (k) => records.reduce((n, w) => n + w.counts[k], 0);
    const missing = records.filter((r) => r.missing.size > 0).length;
    const from = (0,extent/* minOf */.H)(records.map((r) => r.start));
    const to = (0,extent/* maxOf */._)(records.map((r) => r.end));
    o.log(`collected ${records.length} window(s) ${new Date(from).toISOString()} – ${new Date(to).toISOString()} from ${result.files.length} file(s): ${sum('events')} events, ${sum('malformed')} malformed, ${sum('invalid')} invalid, ${sum('unknown')} unknown lines; ${result.outside} lines outside the range${missing ? `; ${missing} window(s) with missing SLIs (collected again next run)` : ''}\n`);
    const changed = written.filter((w) => w.changed).length;
    const where = outputFile ? (0,policy_dir/* displayPath */.Gt)(outputFile) : `${(0,policy_dir/* displayPath */.Gt)(o.output)}/`;
    o.log(`${changed} file(s) written, ${written.length - changed} unchanged in ${where}\n`);
    o.onCollected?.(records);
}
/** A window's record: what was collected, on top of its earlier record when only some SLIs were redone. */
function toRecord(part, windowMs, before) {
    const zero = { events: 0, malformed: 0, invalid: 0, unknown: 0 };
    const slis = new Map(before?.slis);
    const missing = new Map(before?.missing);
    for (const [id, agg] of part.slis) {
        slis.set(id, agg);
        missing.delete(id);
    }
    for (const [id, why] of part.missing) {
        missing.set(id, why);
        slis.delete(id);
    }
    const a = before?.counts ?? zero;
    const b = part.counts ?? zero;
    return {
        start: part.start,
        end: part.start + windowMs,
        counts: {
            events: a.events + b.events,
            malformed: a.malformed + b.malformed,
            invalid: a.invalid + b.invalid,
            unknown: a.unknown + b.unknown,
        },
        slis,
        missing,
    };
}


/***/ }),

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


/***/ }),

/***/ 1762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ unreadableReason),
/* harmony export */   S: () => (/* binding */ sniffEventsFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Is a local events file JSONL text at all? An export that is empty, compressed, UTF-16 or binary
 * reads as zero lines (or lines without a timestamp), which would look like "nothing happened":
 * the windows must be missing instead. The first bytes say which, before anything is counted.
 */

const HEAD_BYTES = 1 << 16;
const UTF16_FIX = 'convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8';
const MAGIC = [
    { bytes: [0x1f, 0x8b], why: 'is gzip-compressed (magic bytes 1f 8b)', fix: 'gunzip it first' },
    {
        bytes: [0x28, 0xb5, 0x2f, 0xfd],
        why: 'is zstd-compressed (magic bytes 28 b5 2f fd)',
        fix: 'unzstd it first',
    },
    {
        bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a],
        why: 'is xz-compressed (magic bytes fd 37 7a)',
        fix: 'unxz it first',
    },
    { bytes: [0x42, 0x5a, 0x68], why: 'is bzip2-compressed (magic bytes "BZh")', fix: 'bunzip2 it first' },
    { bytes: [0x50, 0x4b, 0x03, 0x04], why: 'is a zip archive (magic bytes "PK")', fix: 'unzip it first' },
    { bytes: [0xff, 0xfe], why: 'is UTF-16 (byte-order mark ff fe)', fix: UTF16_FIX },
    { bytes: [0xfe, 0xff], why: 'is UTF-16 (byte-order mark fe ff)', fix: UTF16_FIX },
];
/** Why the bytes are not JSONL text, or undefined when they may be (`whole`: the file is all here). */
function unreadableReason(head, whole) {
    const fix = 'give the JSONL export that holds the events';
    if (head.length === 0)
        return { why: 'is empty (0 bytes)', fix };
    for (const m of MAGIC) {
        if (head.length >= m.bytes.length && m.bytes.every((b, i) => head[i] === b))
            return m;
    }
    const nul = head.indexOf(0);
    if (nul >= 0) {
        return {
            why: `is binary, not JSONL text (a NUL byte at offset ${nul})`,
            fix: `${fix} (UTF-16 without a byte-order mark looks like this too: ${UTF16_FIX})`,
        };
    }
    if (whole) {
        let blank = true;
        for (let i = 0; i < head.length && blank; i++)
            blank = head[i] <= 0x20;
        if (blank)
            return { why: 'holds only blank lines', fix };
    }
    return undefined;
}
/** Why a local events file is not JSONL text (empty, compressed, UTF-16, binary), or undefined. */
async function sniffEventsFile(file) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const buf = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
        return unreadableReason(buf.subarray(0, bytesRead), bytesRead < HEAD_BYTES);
    }
    finally {
        await fh.close();
    }
}


/***/ })

};
