export const id = 300;
export const ids = [300];
export const modules = {

/***/ 300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectRecordsCommand: () => (/* binding */ collectRecordsCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/interpreters/github/trusted.ts + 1 modules
var trusted = __webpack_require__(4071);
// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/ensure-dir.ts
var ensure_dir = __webpack_require__(2283);
// EXTERNAL MODULE: ./src/plan/archive.ts
var archive = __webpack_require__(473);
// EXTERNAL MODULE: ./src/rollout/retention.ts
var retention = __webpack_require__(4019);
// EXTERNAL MODULE: ./src/telemetry/archive.ts
var telemetry_archive = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/telemetry/codec.ts
var codec = __webpack_require__(117);
// EXTERNAL MODULE: ./src/telemetry/window.ts
var telemetry_window = __webpack_require__(135);
// EXTERNAL MODULE: ./src/telemetry/sources/record-files.ts + 1 modules
var record_files = __webpack_require__(543);
;// CONCATENATED MODULE: ./src/telemetry/sources/record-archive.ts
/**
 * Compacting a records folder on disk (the CLI's folder, the tests', the bench's): the plan of
 * plan/archive.ts applied to files. The Action commits the same plan through the forge instead
 * (commands/records.ts). A day file is written (atomically) and read back holding every moved
 * window before any window file is deleted, so a crash in between leaves a window in both places,
 * which reads the same (the recent copy wins) and the next compaction finishes.
 */










/**
 * The recent folder's files old enough that compaction may move them: window records of days
 * before the retention, run logs likewise. Newer files are not read, nor those of the UTC days
 * `kept` says stay (when the live phase is known here).
 */
async function archiveCandidates(dir, policy, now, backfillMs, kept = () => false) {
    const before = now - (0,retention/* retentionMs */.Fi)(policy, backfillMs);
    const windows = [];
    for (const name of await (0,record_files/* namesIn */.wX)(dir)) {
        const end = (0,telemetry_window/* parseWindowFileName */.L$)(name);
        if (end === undefined || end - policy.windowMs >= before || kept((0,telemetry_archive/* utcDayStart */.lZ)(end - policy.windowMs)))
            continue;
        const text = await unlessLink(external_node_path_default().join(dir, name));
        if (text !== undefined)
            windows.push({ end, text });
    }
    const runLogs = [];
    for (const name of await (0,record_files/* namesIn */.wX)(external_node_path_default().join(dir, 'runs'))) {
        const date = (0,telemetry_archive/* parseDayName */.pq)(name);
        if (date === undefined || date >= before)
            continue;
        const text = await unlessLink(external_node_path_default().join(dir, 'runs', name));
        if (text !== undefined)
            runLogs.push({ name, text });
    }
    return { windows, runLogs };
}
/** A file's text; undefined for a symbolic link, which is never followed and never moved. */
function unlessLink(file) {
    return (0,record_files/* readRecordText */.NN)(file).catch((e) => {
        if (e instanceof codec/* RecordDecodeError */.qy)
            return undefined;
        throw e;
    });
}
/** A file's text, or null when there is none; a symbolic link is refused (readRecordText). */
async function textOrNull(file) {
    try {
        return await readRecordText(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw e;
    }
}
/**
 * Applies an archive plan to `dir` (the plan's paths relative to it): every day file first, read
 * back and checked to hold each moved text, then the moved files deleted.
 */
async function applyArchive(dir, plan) {
    for (const a of plan.appends) {
        const file = path.join(dir, a.path);
        const before = await textOrNull(file);
        const after = applyAppend(before, a);
        if (after !== before) {
            await ensureDir(path.dirname(file));
            writeTextFile(file, after);
        }
        const written = await textOrNull(file);
        const lost = a.entries.find((e) => !written?.includes(e.marker));
        if (lost)
            throw new Error(`${file}: the archive day file does not hold a moved window after writing it; nothing was deleted`);
    }
    for (const d of plan.deletes)
        rmSync(path.join(dir, d), { force: true });
}
/**
 * Compacts the records folder `dir` as the Action's collect does at `now`: days before the
 * retention move into the archive, but the live phase's and the rollout's baseline spans stay.
 */
async function compactFolder(dir, o) {
    const spans = keptSpans(o.policy, o.live, o.now, o.backfillMs);
    const kept = (day) => isKept(day, day + DAY_MS, spans);
    const candidates = await archiveCandidates(dir, o.policy, o.now, o.backfillMs, kept);
    const plan = planArchive({ ...o, dir: '.', candidates });
    await applyArchive(dir, plan);
    return plan;
}

// EXTERNAL MODULE: ./src/extent.ts
var extent = __webpack_require__(7517);
;// CONCATENATED MODULE: ./src/fs-errors.ts
/**
 * File-system errors in words, with the path the user gave (not the one Node resolved, nor a
 * symlink's target) and the fix, instead of a raw "ENOTDIR: not a directory, scandir '…'".
 */
const WORDS = {
    ENOENT: (kind) => kind === 'folder'
        ? 'cannot be created here (the file system refuses new entries, as /proc does); give a folder in your checkout'
        : 'does not exist; check the path',
    ENOTDIR: () => 'is not a folder, or a part of its path is a file',
    EISDIR: () => 'is a folder, not a file',
    EEXIST: (kind) => (kind === 'folder' ? 'is a file, not a folder; give a folder path' : 'already exists'),
    EACCES: () => 'is not allowed (permission denied); pick a path you can write, or fix its permissions',
    EPERM: () => 'is not allowed (operation not permitted); pick another path',
    EROFS: () => 'is on a read-only file system; give a path on a writable one',
    ENAMETOOLONG: () => 'is too long a path; shorten it',
    ELOOP: () => 'is a symlink loop; fix the symlink',
    ENOSPC: () => 'cannot be written: the disk is full',
};
/** The words for a Node file-system error, or undefined when it is not one we know. */
function fsProblem(e, kind = 'file') {
    const code = e?.code;
    return code && code in WORDS ? `${WORDS[code](kind)} (${code})` : undefined;
}
/** `<given> <words>` for a known file-system error, else undefined. */
function describeFsError(e, given, kind = 'file') {
    const words = fsProblem(e, kind);
    return words ? `${given} ${words}` : undefined;
}

// EXTERNAL MODULE: ./src/policy/sources-compile.ts
var sources_compile = __webpack_require__(6956);
;// CONCATENATED MODULE: ./src/progress.ts
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/telemetry/sources/collect-threads.ts
/**
 * The worker threads a parallel collect parses on (collect-worker.ts). A thread takes ~100 ms to
 * boot, during which the collect's own thread parses alone; a command that knows early that it
 * will read a large file starts them first (prestartCollectThreads), before it loads the policy,
 * and the collect takes them when it begins.
 */






/** Threads a command parses a large input on, its own included. */
function collectThreadCount() {
    return Math.min((0,external_node_os_.availableParallelism)(), 4);
}
/** Below this, a file is not worth cutting for threads. */
const MIN_SEGMENT_BYTES = 8 << 20;
/** The worker script beside this module, or undefined (e.g. inside a single-file bundle). */
function collectWorkerUrl() {
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const url = new URL(`./collect-worker${ext}`, import.meta.url);
    return url.protocol === 'file:' && (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)) ? url : undefined;
}
function startThread(url) {
    return url.pathname.endsWith('.ts')
        ? // running from TypeScript sources (tests, bench): load the worker through tsx
            new external_node_worker_threads_.Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
        : new external_node_worker_threads_.Worker(url);
}
/** Threads started ahead, not taken yet; unref'd, so one never taken does not keep the process alive. */
const waiting = [];
/**
 * Starts the threads the next parallel collect of `source` will take, when it names one file
 * (not a glob, not a URL) that will be cut in ranges: a smaller one is read on one thread, and a
 * thread started for nothing costs a core ~100 ms and ~10 MiB. Does nothing when the file cannot
 * be read (the collect says why).
 */
function prestartCollectThreads(source, cwd = process.cwd()) {
    const url = collectWorkerUrl();
    const count = collectThreadCount() - 1;
    if (url === undefined || count < 1 || !source || hasMagic(source) || /^https?:\/\//i.test(source))
        return;
    try {
        // collect-parallel.ts cuts a file into round(size / MIN_SEGMENT_BYTES) ranges or more
        if (statSync(path.resolve(cwd, source)).size < 1.5 * MIN_SEGMENT_BYTES)
            return;
    }
    catch {
        return;
    }
    for (let i = 0; i < count; i++) {
        const w = startThread(url);
        w.unref();
        // A thread that fails to boot is dropped here; the collect starts a new one in its place.
        w.once('error', () => {
            const at = waiting.indexOf(w);
            if (at >= 0)
                waiting.splice(at, 1);
        });
        waiting.push(w);
    }
}
/** `count` threads: those started ahead first, then new ones. The caller terminates them. */
function takeCollectThreads(count, url) {
    const taken = waiting.splice(0, count);
    for (const w of taken) {
        w.removeAllListeners('error');
        w.ref();
    }
    while (taken.length < count)
        taken.push(startThread(url));
    return taken;
}
/** How many threads started ahead wait to be taken. */
function waitingCollectThreads() {
    return waiting.length;
}
/** Ends the threads started ahead and never taken (the collect read its input on one thread). */
async function endWaitingCollectThreads() {
    await Promise.all(waiting.splice(0).map((w) => w.terminate()));
}
/** Runs `work` with the threads for `source` started ahead, and ends those it did not take. */
async function withCollectThreads(source, work) {
    prestartCollectThreads(source);
    try {
        return await work();
    }
    finally {
        await endWaitingCollectThreads();
    }
}

// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
;// CONCATENATED MODULE: ./src/telemetry/plan.ts
/**
 * The SLI mapping of a policy compiled for the line parser: which fields of an event matter
 * (top-level keys, and dotted paths into objects), which keys hold the time and the name, which
 * event names are known, and what each known event does to which SLI. The mapping is policy
 * (rollout.yaml `slis:` and `events:`); nothing here knows any event name. Pure.
 */

const OP_LATENCY = 0;
const OP_NUMERATOR = 1;
const OP_DENOMINATOR = 2;
const OP_COUNT = 3;
const TIME_ISO8601 = 0;
const TIME_EPOCH_MS = 1;
const TIME_EPOCH_S = 2;
const SLOT_TS = 0;
const SLOT_EVENT = 1;
const utf8 = new TextEncoder();
/**
 * `thresholds`: SLI id → latency thresholds (ms) the policy judges it against (see
 * latencyThresholds below); each window counts the samples above each.
 * Long on purpose: one pass gives every field its slot and every SLI its matchers; split, the
 * slot table would have to travel between the pieces.
 */
function compilePlan(slis, thresholds = {}, shape = model/* CANONICAL_EVENTS */.HG) {
    const sliIds = Object.keys(slis).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const fields = [shape.timeField, shape.nameField];
    const slotOf = (name) => {
        if (!fields.includes(name))
            fields.push(name);
        return fields.indexOf(name);
    };
    const events = [];
    const eventIndex = new Map();
    const ruleOf = (name) => {
        let i = eventIndex.get(name);
        if (i === undefined) {
            i = events.length;
            events.push({ name, bytes: utf8.encode(name), actions: [], whereSlots: [] });
            eventIndex.set(name, i);
        }
        return events[i];
    };
    const conditionsOf = (where) => conditionsFor(where, slotOf);
    sliIds.forEach((id, sli) => {
        const def = slis[id];
        switch (def.kind) {
            case 'latency':
                ruleOf(def.event).actions.push({
                    sli,
                    op: OP_LATENCY,
                    conditions: conditionsOf(def.where),
                    fieldSlot: slotOf(def.field),
                    toMs: def.unit === 's' ? 1000 : 1,
                    control: null,
                });
                break;
            case 'ratio': {
                const control = def.control === undefined ? null : conditionsOf(def.control);
                ruleOf(def.numerator.event).actions.push({
                    sli,
                    op: OP_NUMERATOR,
                    conditions: conditionsOf(def.numerator.where),
                    fieldSlot: -1,
                    toMs: 1,
                    control,
                });
                ruleOf(def.denominator.event).actions.push({
                    sli,
                    op: OP_DENOMINATOR,
                    conditions: conditionsOf(def.denominator.where),
                    fieldSlot: -1,
                    toMs: 1,
                    control,
                });
                break;
            }
            case 'count':
                ruleOf(def.event).actions.push({
                    sli,
                    op: OP_COUNT,
                    conditions: conditionsOf(def.where),
                    fieldSlot: def.distinct === undefined ? -1 : slotOf(def.distinct),
                    toMs: 1,
                    control: null,
                });
                break;
        }
    });
    for (const rule of events)
        rule.whereSlots = whereSlotsOf(rule.actions);
    const paths = pathsOf(fields, slotOf);
    return {
        sliIds,
        sliKinds: sliIds.map((id) => slis[id].kind),
        thresholds: sliIds.map((id) => slis[id].kind === 'latency' && thresholds[id]?.length
            ? [...new Set(thresholds[id])].sort((a, b) => a - b)
            : null),
        distinct: sliIds.map((id) => isDistinctCount(slis[id])),
        control: sliIds.map((id) => {
            const def = slis[id];
            return def.kind === 'ratio' && def.control !== undefined;
        }),
        fields,
        fieldBytes: fields.map((f) => utf8.encode(f)),
        paths,
        timeFormat: TIME_CODES[shape.timeFormat],
        events,
        eventIndex,
    };
}
const TIME_CODES = {
    iso8601: TIME_ISO8601,
    epoch_ms: TIME_EPOCH_MS,
    epoch_s: TIME_EPOCH_S,
};
/** The dotted fields as paths from their first key (a top-level field, given a slot here). */
function pathsOf(fields, slotOf) {
    return fields
        .map((name, slot) => ({ name, slot }))
        .filter(({ name }) => name.includes('.'))
        .map(({ name, slot }) => {
        const [first, ...rest] = name.split('.');
        return {
            slot,
            parent: slotOf(first),
            keys: rest.map((text) => ({ bytes: utf8.encode(text), text })),
        };
    });
}
/** A `where` as conditions, by field name; string values lower-cased (compared case-insensitively). */
function conditionsFor(where, slotOf) {
    return Object.keys(where ?? {})
        .sort()
        .map((key) => {
        const raw = where[key];
        const value = typeof raw === 'string' ? raw.toLowerCase() : raw;
        return { slot: slotOf(key), value, bytes: typeof value === 'string' ? utf8.encode(value) : null };
    });
}
/** The slots of an event's string `where` fields, ascending, once each. */
function whereSlotsOf(actions) {
    const slots = actions.flatMap((a) => a.conditions.filter((c) => c.bytes).map((c) => c.slot));
    return [...new Set(slots)].sort((a, b) => a - b);
}
function isDistinctCount(def) {
    return def.kind === 'count' && def.distinct !== undefined;
}
/**
 * SLI id → the latency thresholds (ms) the policy judges quantiles of it against: objectives and
 * breach conditions. The collector counts the samples above each, so a quantile is judged exactly.
 */
function latencyThresholds(policy) {
    const out = {};
    const add = (slo, c) => {
        if (!c || slo.sliKind !== 'latency' || slo.stat.kind !== 'quantile')
            return;
        const list = out[slo.sli] ?? [];
        out[slo.sli] = list;
        if (!list.includes(c.threshold))
            list.push(c.threshold);
    };
    for (const phase of policy.phases ?? []) {
        for (const slo of phase.slos)
            add(slo, slo.objective);
        for (const t of phase.rollback.when) {
            for (const slo of phase.slos)
                if (t.slo === 'any' || t.slo === slo.id)
                    add(slo, t.breach);
        }
    }
    for (const list of Object.values(out))
        list.sort((a, b) => a - b);
    return out;
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/telemetry/sources/http.ts

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
    const retryAfter = (0,retry/* parseRetryAfter */.mu)(header(headers, 'retry-after'), now);
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
        const out = await (0,retry/* withRetry */.bD)(attempt, {
            backoffMs: ctx.backoffMs,
            sleep: ctx.sleep,
            classify: (err) => err instanceof SourceError
                ? { retryable: err.retryable, retryAfterMs: err.retryAfterMs }
                : { retryable: (0,retry/* isNetworkError */.TX)(err) },
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
        throw new SourceError(`${ctx.label}: ${what}: ${describe(err)}${tries}`, (0,retry/* isNetworkError */.TX)(err));
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

;// CONCATENATED MODULE: ./src/telemetry/sources/config.ts

/** Replaces `${NAME}` by the environment's value; a variable that is not set is a fatal error. */
function expandEnv(text, env, field) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const v = env[name];
        if (v === undefined || v === '') {
            throw new SourceError(`${field} uses \${${name}}, which is not set; set ${name} (in a workflow: env: { ${name}: \${{ secrets.${name} }} })`, false, undefined, true);
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
                if (!(e instanceof SourceError))
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
            if (!(e instanceof SourceError))
                throw e;
            return unusable(this.label, job, e);
        }
        return eachWindow(job, progress, (start, slis, failures) => this.collectWindow(start, job.windowMs, slis, failures));
    }
    setUp() {
        const { spec, ctx } = this;
        const repo = spec.repo ?? ctx.env.GITHUB_REPOSITORY;
        if (!repo) {
            throw new SourceError(`${ctx.label}: no repository; set sources.${spec.name}.repo (owner/name) or GITHUB_REPOSITORY`, false, undefined, true);
        }
        this.repo = repo;
        this.api =
            (spec.apiUrl ? expandEnv(spec.apiUrl, ctx.env, `sources.${spec.name}.api_url`) : undefined) ??
                ctx.env.GITHUB_API_URL ??
                'https://api.github.com';
        const token = expandEnv(spec.token, ctx.env, `sources.${spec.name}.token`);
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
                const total = await fetchWithRetry({ ...this.ctx, authPath: `sources.${this.spec.name}.token (default \${GITHUB_TOKEN})` }, `${sli}: search ${q}`, { headers: this.headers, timeoutMs: this.spec.timeoutMs }, url, async (res) => {
                    const body = JSON.parse(await readText(res));
                    if (typeof body.total_count !== 'number') {
                        throw new SourceError(`not a search answer (no total_count)`, false);
                    }
                    // GitHub stopped searching early: the count may be short, so ask again.
                    if (body.incomplete_results === true)
                        throw new SourceError('incomplete_results: true', true);
                    return body.total_count;
                });
                part.slis.set(sli, { kind: 'count', count: total });
            }
            catch (e) {
                if (!(e instanceof SourceError))
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/telemetry/exact-sum.ts
/**
 * An exactly rounded floating-point sum (Shewchuk's algorithm, as Python's math.fsum): the
 * result is the exact sum of the inputs rounded once, so it does not depend on the order the
 * values came in or on how they were split and merged. That keeps a report's `sum` byte-identical
 * whether a window was collected in one pass, in parallel segments, or window by window. Pure.
 */
const INT_LIMIT = 2 ** 52;
class ExactSum {
    /** Fast path: the exact sum of the small-integer values (integers below 2^53 add exactly). */
    int = 0;
    partials = [];
    add(x) {
        if ((x | 0) === x) {
            const t = this.int + x;
            if (t < INT_LIMIT && t > -INT_LIMIT) {
                this.int = t;
                return;
            }
        }
        this.addPartial(x);
    }
    addPartial(x) {
        const p = this.partials;
        let i = 0;
        for (let j = 0; j < p.length; j++) {
            let y = p[j];
            if (Math.abs(x) < Math.abs(y)) {
                const t = x;
                x = y;
                y = t;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                p[i++] = lo;
            x = hi;
        }
        p.length = i;
        p.push(x);
    }
    /** Adds everything `other` holds (exactly). */
    merge(other) {
        this.addPartial(other.int);
        for (const x of other.partials)
            this.addPartial(x);
    }
    toJSON() {
        return [this.int, ...this.partials];
    }
    static fromJSON(partials) {
        const s = new ExactSum();
        for (const x of partials)
            s.addPartial(x);
        return s;
    }
    /** The correctly rounded sum. */
    value() {
        if (this.int !== 0) {
            this.addPartial(this.int);
            this.int = 0;
        }
        const p = this.partials;
        let n = p.length;
        if (n === 0)
            return 0;
        let hi = p[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = p[--n];
            hi = x + y;
            const yr = hi - x;
            lo = y - yr;
            if (lo !== 0)
                break;
        }
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            const yr = x - hi;
            if (y === yr)
                hi = x;
        }
        return hi + 0; // no -0
    }
}

// EXTERNAL MODULE: ./src/telemetry/record.ts
var record = __webpack_require__(4014);
// EXTERNAL MODULE: ./src/telemetry/sketch.ts
var telemetry_sketch = __webpack_require__(2459);
;// CONCATENATED MODULE: ./src/telemetry/aggregate.ts
/**
 * Aggregation: per window, the line counts and one SLI aggregate per SLI of the plan. The
 * collector adds event lines into them (its hot loop, collect.ts); here they are made, turned
 * into plain data for a segment collected apart (a worker's postMessage), merged back in input
 * order, and finished as window records. Latency sums add up exactly (ExactSum, order-independent),
 * so the order segments merge in never changes a byte of a record.
 *
 * Pure: no I/O.
 */



/** A window's distinct values in record order: sorted by code unit, so bytes stay stable. */
function sortedIds(ids) {
    return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** An empty window for the plan's SLIs. */
function emptyWindow(plan) {
    return {
        events: 0,
        malformed: 0,
        invalid: 0,
        unknown: 0,
        slis: plan.sliKinds.map((k, i) => (0,record/* emptyAggregate */.pO)(k, plan.thresholds[i] ?? undefined, { control: plan.control[i] })),
        sums: plan.sliKinds.map((k) => (k === 'latency' ? new ExactSum() : null)),
        ids: plan.distinct.map((d) => (d ? new Set() : null)),
    };
}
/** The windows with anything in them, as plain data. */
function segmentWindows(windows) {
    const out = [];
    windows.forEach((w, index) => {
        if (w === undefined || w.events + w.malformed + w.invalid + w.unknown === 0)
            return;
        out.push({
            index,
            events: w.events,
            malformed: w.malformed,
            invalid: w.invalid,
            unknown: w.unknown,
            slis: w.slis.map((a, k) => {
                const ids = w.ids[k];
                if (a.kind === 'count' && ids)
                    return { kind: 'count', count: a.count, distinct: sortedIds(ids) };
                if (a.kind === 'ratio' && a.control)
                    return { ...a, control: { ...a.control } };
                if (a.kind !== 'latency')
                    return { ...a };
                return {
                    kind: 'latency',
                    count: a.count,
                    min: a.min,
                    max: a.max,
                    ...(a.over && { over: [...a.over] }),
                    sum: w.sums[k].toJSON(),
                    sketch: a.sketch.toDense(),
                };
            }),
        });
    });
    return out;
}
/** Adds a segment's window into the window it stands for. */
function absorbWindow(w, sw) {
    w.events += sw.events;
    w.malformed += sw.malformed;
    w.invalid += sw.invalid;
    w.unknown += sw.unknown;
    sw.slis.forEach((from, k) => {
        const ids = w.ids[k];
        const into = w.slis[k];
        if (from.kind === 'count' && ids && into.kind === 'count') {
            // count = distinct values + events without the field: add the latter, union the former
            into.count += from.count - (from.distinct?.length ?? 0);
            for (const id of from.distinct ?? []) {
                if (ids.has(id))
                    continue;
                ids.add(id);
                into.count++;
            }
            return;
        }
        if (from.kind !== 'latency') {
            (0,record/* mergeInto */.Pz)(w.slis[k], from);
            return;
        }
        // The float `sum` stays 0 here: latency sums add up exactly in w.sums, merged apart.
        const over = from.over && new Map(from.over);
        const sketch = telemetry_sketch/* LatencySketch */.d.adoptDense(from.sketch);
        if (into.kind === 'latency' && into.count === 0 && from.count > 0) {
            // The window's first segment (with time-ordered input, usually its only one): taken as it
            // is, exactly what mergeInto would make of it and the empty aggregate, without the copy.
            w.slis[k] = { kind: 'latency', count: from.count, sum: 0, min: from.min, max: from.max, sketch, over };
        }
        else {
            (0,record/* mergeInto */.Pz)(into, { ...from, sum: 0, over, sketch });
        }
        w.sums[k].merge(ExactSum.fromJSON(from.sum));
    });
}
/** The window records of [from, from + windows.length × windowMs), in time order. */
function windowRecords(windows, plan, from, windowMs) {
    return windows.map((w, i) => {
        const start = from + i * windowMs;
        const slis = new Map();
        plan.sliIds.forEach((id, k) => {
            const agg = w.slis[k];
            if (agg.kind === 'latency')
                agg.sum = w.sums[k].value();
            const ids = w.ids[k];
            if (agg.kind === 'count' && ids)
                agg.distinct = sortedIds(ids);
            slis.set(id, agg);
        });
        return {
            start,
            end: start + windowMs,
            counts: { events: w.events, malformed: w.malformed, invalid: w.invalid, unknown: w.unknown },
            slis,
            missing: new Map(),
        };
    });
}

;// CONCATENATED MODULE: ./src/telemetry/line-class.ts
/**
 * What a line can be, as the classifier (classify.ts) tells it and the collector counts it
 * (docs/events.md, "How lines are counted"):
 *   blank      only whitespace: ignored, not counted
 *   malformed  not valid JSON, or valid JSON but not an object
 *   invalid    an object without a usable time (`ts`: RFC 3339 with a zone, or as rollout.yaml
 *              `events.time` says) or name (`event`: a string), or a mapped latency field that
 *              is missing or not a finite number ≥ 0
 *   unknown    a valid event whose name no SLI maps
 *   event      a valid event of a mapped name; `matched` lists the SLI actions it feeds
 * and the JSON type of each field the classifier captures.
 */
const LINE_BLANK = 0;
const LINE_MALFORMED = 1;
/** Invalid and without a usable timestamp (attributed like a malformed line). */
const LINE_INVALID_NO_TS = 2;
/** Invalid, but its `ts` is usable. */
const LINE_INVALID = 3;
const LINE_UNKNOWN = 4;
const LINE_EVENT = 5;
/** JSON type of a captured field. */
const T_ABSENT = 0;
const T_STRING = 1;
const T_NUMBER = 2;
const T_TRUE = 3;
const T_FALSE = 4;
const T_NULL = 5;
const T_CONTAINER = 6;
/** Why a line is invalid (LineParser.why): its time, its name, or a value an SLI reads. */
const WHY_TIME = 1;
const WHY_NAME = 2;
const WHY_VALUE = 3;

;// CONCATENATED MODULE: ./src/telemetry/line-notes.ts

/** Notes beyond which further ones are lumped together, so a flood of values cannot grow memory. */
const MAX_NOTES = 100;
const MORE_NOTES = 'more lines noted (over 100 kinds of note; the first 100 are listed)';
/**
 * The value of a `distinct` field on the last event line, as a string (a number as JSON.parse
 * gives it, so 42 and "42" are one value); null when absent or of another type.
 */
function distinctKey(p, b, slot) {
    const t = p.type[slot];
    if (t !== T_STRING && t !== T_NUMBER)
        return null;
    return String(p.fieldValue(b, slot));
}
/**
 * For an event line counted by no SLI: the first `where` field (of its event's SLIs) whose value
 * no SLI's `where` accepts, as `severity "crit"` or `no severity`; null when there is none.
 * String values compare as the classifier does, case-insensitively.
 */
function unmatchedWhere(p, b) {
    const rule = p.plan.events[p.eventIndex];
    for (const slot of rule.whereSlots) {
        const name = p.plan.fields[slot];
        const t = p.type[slot];
        if (t !== T_STRING)
            return t === T_ABSENT ? `no ${name}` : `a non-string ${name}`;
        const value = String(p.fieldValue(b, slot));
        const lower = value.toLowerCase();
        if (!rule.actions.some((a) => a.conditions.some((c) => c.slot === slot && c.value === lower))) {
            return `${name} ${JSON.stringify(value)}`;
        }
    }
    return null;
}
/** notes[key] += n, keeping at most MAX_NOTES keys (the rest count under MORE_NOTES). */
function addNote(notes, key, n = 1) {
    const have = notes[key];
    if (have !== undefined)
        notes[key] = have + n;
    else if (Object.keys(notes).length < MAX_NOTES || key === MORE_NOTES)
        notes[key] = n;
    else
        notes[MORE_NOTES] = (notes[MORE_NOTES] ?? 0) + n;
}

;// CONCATENATED MODULE: ./src/telemetry/classify-warmup.ts
/**
 * Warm-up for the line classifier: a few synthetic lines that take every branch of classify()
 * (escapes, fractions, containers, duplicate keys, broken lines), run before the first real line.
 */


/**
 * Runs every branch once, so the JIT has type feedback for the rare paths before it optimizes:
 * otherwise the first rare line in the data deoptimizes the hot loop. Costs microseconds; the
 * parser keeps no state from it that matters (the next classify() overwrites its captures).
 */
function warmUp(parser) {
    const buf = external_node_buffer_.Buffer.from(warmUpLines(parser.plan).join('\n'));
    // a few rounds: V8 only starts recording feedback after a function's first calls
    for (let round = 0; round < 4; round++) {
        let pos = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, pos);
            parser.classify(buf, pos, nl < 0 ? buf.length : nl);
            if (nl < 0)
                break;
            pos = nl + 1;
        }
    }
}
/**
 * The warm-up's lines for `plan`. Escapes are JSON's (`\\u0073` in this source, so the classifier
 * sees a backslash): a template literal's `\u0073` is the letter itself, which once left the
 * escape paths cold, and the optimized classifier was thrown away twice on the first escaped
 * string of real data.
 */
function warmUpLines(plan) {
    const fields = plan.fields;
    const some = (i) => JSON.stringify(fields[i % fields.length] ?? 'x');
    const events = plan.events.map((e) => JSON.stringify(e.name));
    // the policy's own keys for the time and the name ("ts" and "event" unless rollout.yaml `events:`)
    const T = JSON.stringify(fields[0] ?? 'ts');
    const E = JSON.stringify(fields[1] ?? 'event');
    const ts = plan.timeFormat === TIME_ISO8601 ? '"2026-11-20T10:03:12.345Z"' : '1763632992345';
    const lines = [
        '',
        ' ',
        'x',
        '[1]',
        '{}',
        `{${T}:1}`,
        `{${T}:"1763632992"}`,
        `{${T}:"2026-11-20T19:03:12+09:00",${E}:"\\u0061"}`,
        `{${T}:${ts},${E}:"unknown.event","a":[1,{"b":null}],"c":{"d":[true,false]}}`,
        `{${T}:${ts},${E}:${events[0] ?? '"e"'},"x":-1.5e3,"y":"\\"\\u00e9\\n","z":"é"}`,
        `{${T}:${ts},${E}:${events[0] ?? '"e"'},"x":1,}`,
        `{${T}:${ts} ,	${E} : ${events[0] ?? '"e"'} }`,
        `{"t\\u0073":${ts},${E}:"x"}`,
        `{${T}:${ts},${E}:${events[0] ?? '"e"'},"a":"unterminated`,
    ];
    for (const e of events) {
        for (let i = 0; i < fields.length; i++) {
            lines.push(`{${T}:${ts},${E}:${e},${some(i)}:1,${some(i + 1)}:"a",${some(i + 2)}:true,${some(i + 3)}:0.25}`);
            lines.push(`{${T}:${ts},${E}:${e},${some(i)}:null,${some(i + 1)}:false,${some(i + 2)}:[]}`);
        }
        // dotted fields: their objects, with and without the keys
        for (const path of plan.paths) {
            const keys = path.keys.map((k) => JSON.stringify(k.text));
            const nest = (v) => keys.reduceRight((inner, k) => `{${k}:${inner}}`, v);
            lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:${nest('1')}}`);
            lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:${nest('"a"')},"z":{"y":[]}}`);
            lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:{"other":{}}}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/telemetry/json-scan.ts
/** scanString's flags: the string has escapes (F_ESC) or non-ASCII bytes (F_HIGH). */
const F_ESC = 1;
const F_HIGH = 2;
// Byte classes inside a string: 0 plain, 1 quote, 2 backslash, 3 control (illegal), 4 non-ASCII.
const SC = new Uint8Array(256);
for (let c = 0; c < 0x20; c++)
    SC[c] = 3;
SC[0x22] = 1;
SC[0x5c] = 2;
for (let c = 0x80; c < 0x100; c++)
    SC[c] = 4;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF')
    HEX[c.charCodeAt(0)] = 1;
const ESC = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    ESC[c.charCodeAt(0)] = 1;
/** The flags of the string the last successful scanString() call closed (no allocation to return two values). */
let strFlags = 0;
let stack = new Uint8Array(64);
/** From the byte after an opening quote: index of the closing quote, or -1. Sets strFlags. */
function scanString(b, i, end) {
    let flags = 0;
    while (i < end) {
        const k = SC[b[i]];
        if (k === 0) {
            i++;
        }
        else if (k === 1) {
            strFlags = flags;
            return i;
        }
        else if (k === 4) {
            flags |= F_HIGH;
            i++;
        }
        else if (k === 2) {
            flags |= F_ESC;
            if (i + 1 >= end)
                return -1;
            const e = b[i + 1];
            if (e === 0x75) {
                if (i + 5 >= end || !HEX[b[i + 2]] || !HEX[b[i + 3]] || !HEX[b[i + 4]] || !HEX[b[i + 5]])
                    return -1;
                i += 6;
            }
            else if (ESC[e]) {
                i += 2;
            }
            else {
                return -1;
            }
        }
        else {
            return -1;
        }
    }
    return -1;
}
function skipWs(b, i, end) {
    while (i < end) {
        const c = b[i];
        if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a)
            i++;
        else
            break;
    }
    return i;
}
function isDigit(c) {
    return c !== undefined && c >= 0x30 && c <= 0x39;
}
/** From the first byte of a number: the index after it, or -1. */
function scanNumber(b, i, end) {
    if (b[i] === 0x2d) {
        i++;
        if (i >= end)
            return -1;
    }
    const c = b[i];
    if (c === 0x30) {
        i++;
    }
    else if (c >= 0x31 && c <= 0x39) {
        i++;
        while (i < end && isDigit(b[i]))
            i++;
    }
    else {
        return -1;
    }
    if (i < end && b[i] === 0x2e) {
        i++;
        const s = i;
        while (i < end && isDigit(b[i]))
            i++;
        if (i === s)
            return -1;
    }
    if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
        i++;
        if (i < end && (b[i] === 0x2b || b[i] === 0x2d))
            i++;
        const s = i;
        while (i < end && isDigit(b[i]))
            i++;
        if (i === s)
            return -1;
    }
    return i;
}
/** The value of a valid JSON number (as JSON.parse gives it). */
function numberValue(b, s, e) {
    if (e - s <= 15) {
        let i = s;
        const neg = b[i] === 0x2d;
        if (neg)
            i++;
        let v = 0;
        for (; i < e; i++) {
            const d = b[i] - 0x30;
            if (d < 0 || d > 9)
                return Number(b.toString('latin1', s, e));
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }
    return Number(b.toString('latin1', s, e));
}
/** A literal (true, false, null) whose first byte `c` is at i: the index after it, or -1. */
function literal(b, i, end, c) {
    if (c === 0x74) {
        return i + 4 <= end && b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65 ? i + 4 : -1;
    }
    if (c === 0x66) {
        return i + 5 <= end && b[i + 1] === 0x61 && b[i + 2] === 0x6c && b[i + 3] === 0x73 && b[i + 4] === 0x65
            ? i + 5
            : -1;
    }
    if (c === 0x6e) {
        return i + 4 <= end && b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c ? i + 4 : -1;
    }
    return -1;
}
/** A string, number or literal at i: the index after it, or -1. */
function skipScalar(b, i, end) {
    const c = b[i];
    if (c === 0x22) {
        const e = scanString(b, i + 1, end);
        return e < 0 ? -1 : e + 1;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return scanNumber(b, i, end);
    return literal(b, i, end, c);
}
const OPENED = 0;
const COMMA = 1;
const VALUE = 2;
/** A whole object or array at i (iterative, so deep nesting cannot overflow the stack). */
function skipContainer(b, i, end) {
    let sp = 0;
    let top = b[i];
    stack[sp++] = top;
    i++;
    let state = OPENED;
    for (;;) {
        i = skipWs(b, i, end);
        if (i >= end)
            return -1;
        let c = b[i];
        const close = top === 0x7b ? 0x7d : 0x5d;
        if (state === VALUE) {
            if (c === 0x2c) {
                state = COMMA;
                i++;
                continue;
            }
            if (c !== close)
                return -1;
        }
        if (state !== COMMA && c === close) {
            sp--;
            i++;
            if (sp === 0)
                return i;
            top = stack[sp - 1];
            state = VALUE;
            continue;
        }
        if (top === 0x7b) {
            if (c !== 0x22)
                return -1;
            const ke = scanString(b, i + 1, end);
            if (ke < 0)
                return -1;
            i = skipWs(b, ke + 1, end);
            if (i >= end || b[i] !== 0x3a)
                return -1;
            i = skipWs(b, i + 1, end);
            if (i >= end)
                return -1;
            c = b[i];
        }
        if (c === 0x7b || c === 0x5b) {
            if (sp === stack.length) {
                const bigger = new Uint8Array(stack.length * 2);
                bigger.set(stack);
                stack = bigger;
            }
            stack[sp++] = c;
            top = c;
            i++;
            state = OPENED;
            continue;
        }
        i = skipScalar(b, i, end);
        if (i < 0)
            return -1;
        state = VALUE;
    }
}
/** Are b[s, e) exactly the bytes `want`? */
function bytesEqual(b, s, e, want) {
    const n = e - s;
    if (n !== want.length)
        return false;
    for (let j = 0; j < n; j++)
        if (b[s + j] !== want[j])
            return false;
    return true;
}
/** Are b[s, e) the bytes `lower` (lower-case) with ASCII letters compared case-insensitively? */
function bytesEqualFold(b, s, e, lower) {
    const n = e - s;
    if (n !== lower.length)
        return false;
    for (let j = 0; j < n; j++) {
        const c = b[s + j];
        if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== lower[j])
            return false;
    }
    return true;
}
/** Does the whole line b[start, end) parse as JSON? (The validator alone, for tests and tools.) */
function isValidJson(b, start = 0, end = b.length) {
    let i = skipWs(b, start, end);
    if (i >= end)
        return false;
    const c = b[i];
    i = c === 0x7b || c === 0x5b ? skipContainer(b, i, end) : skipScalar(b, i, end);
    return i >= 0 && skipWs(b, i, end) === end;
}
/** The JS string of a valid JSON string's content b[s, e) (between its quotes). */
function decode(b, s, e, flags) {
    if ((flags & F_ESC) !== 0)
        return JSON.parse(b.toString('utf8', s - 1, e + 1));
    return b.toString(flags === 0 ? 'latin1' : 'utf8', s, e);
}

;// CONCATENATED MODULE: ./src/telemetry/line-fields.ts


function keyHash(len, first, last) {
    return (len * 131 + first * 7 + last) & 1023;
}
class LineFields {
    plan;
    nFields;
    fieldBytes;
    fieldIndex;
    /** (length, first byte, last byte) hash → slot + 1; 0 none; -1 several (loop instead). */
    slotHash;
    type;
    /** Strings: the first byte after the opening quote; containers: the opening bracket. */
    start;
    /** Strings: the closing quote; containers: the byte after the closing bracket. */
    end;
    flags;
    num;
    paths;
    constructor(plan) {
        this.plan = plan;
        this.nFields = plan.fields.length;
        this.fieldBytes = plan.fieldBytes;
        this.fieldIndex = new Map(plan.fields.map((f, i) => [f, i]));
        this.slotHash = new Int16Array(1024);
        plan.fieldBytes.forEach((fb, i) => {
            const h = keyHash(fb.length, fb[0] ?? 0, fb[fb.length - 1] ?? 0);
            this.slotHash[h] = this.slotHash[h] === 0 ? i + 1 : -1;
        });
        this.type = new Uint8Array(this.nFields);
        this.start = new Int32Array(this.nFields);
        this.end = new Int32Array(this.nFields);
        this.flags = new Uint8Array(this.nFields);
        this.num = new Float64Array(this.nFields);
        this.paths = plan.paths;
    }
    /** The slot of the top-level key b[s, e) (a string's content, flags f), or -1. */
    slotOf(b, s, e, f) {
        if (f !== 0)
            return this.fieldIndex.get(decode(b, s, e, f)) ?? -1;
        const n = e - s;
        if (n === 0)
            return this.fieldIndex.get('') ?? -1;
        const h = this.slotHash[keyHash(n, b[s], b[e - 1])];
        if (h === 0)
            return -1;
        const fb = this.fieldBytes;
        if (h > 0) {
            const want = fb[h - 1];
            if (want.length !== n)
                return -1;
            for (let j = 0; j < n; j++)
                if (b[s + j] !== want[j])
                    return -1;
            return h - 1;
        }
        for (let k = 0; k < this.nFields; k++) {
            const want = fb[k];
            if (want.length !== n)
                continue;
            let j = 0;
            while (j < n && b[s + j] === want[j])
                j++;
            if (j === n)
                return k;
        }
        return -1;
    }
    /** A string value whose opening quote is at i: captured into `slot`; the index after it, or -1. */
    captureString(b, i, end, slot) {
        const e = scanString(b, i + 1, end);
        if (e < 0)
            return -1;
        this.type[slot] = T_STRING;
        this.start[slot] = i + 1;
        this.end[slot] = e;
        this.flags[slot] = strFlags;
        return e + 1;
    }
    /** Any value starting at i (of a line already known to be valid JSON): captured into `slot`. */
    captureValue(b, i, end, slot) {
        const c = b[i];
        if (c === 0x22) {
            this.captureString(b, i, end, slot);
        }
        else if (c === 0x7b || c === 0x5b) {
            this.type[slot] = T_CONTAINER;
            this.start[slot] = i;
            this.end[slot] = skipContainer(b, i, end);
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            this.type[slot] = T_NUMBER;
            this.num[slot] = numberValue(b, i, scanNumber(b, i, end));
        }
        else if (literal(b, i, end, c) > 0) {
            this.type[slot] = c === 0x74 ? T_TRUE : c === 0x66 ? T_FALSE : T_NULL;
        }
    }
    /**
     * The dotted fields of the plan, for a line whose top-level fields were captured (and which is
     * valid JSON): a top-level key of the field's literal name wins, as it always did; otherwise the
     * path is followed through objects, the last of duplicate keys winning as with JSON.parse.
     */
    resolvePaths(b) {
        for (const path of this.paths) {
            if (this.type[path.slot] !== T_ABSENT || this.type[path.parent] !== T_CONTAINER)
                continue;
            let s = this.start[path.parent];
            let e = this.end[path.parent];
            const keys = path.keys;
            for (let k = 0; k < keys.length && b[s] === 0x7b; k++) {
                const v = findMember(b, s, e, keys[k]);
                if (v < 0)
                    break;
                if (k === keys.length - 1) {
                    this.captureValue(b, v, e, path.slot);
                }
                else {
                    s = v;
                    e = b[v] === 0x7b ? skipContainer(b, v, e) : v;
                }
            }
        }
    }
    /**
     * The captured value of a plan field on the last classified object line (b, the buffer given to
     * classify()), as JSON.parse would give it; containers come back as the string "[container]",
     * absent fields as undefined. (For tests and diagnostics; the hot path never builds values.)
     */
    fieldValue(b, slot) {
        switch (this.type[slot]) {
            case T_STRING:
                return decode(b, this.start[slot], this.end[slot], this.flags[slot]);
            case T_NUMBER:
                return this.num[slot];
            case T_TRUE:
                return true;
            case T_FALSE:
                return false;
            case T_NULL:
                return null;
            case T_CONTAINER:
                return '[container]';
            default:
                return undefined;
        }
    }
}
/**
 * In the valid JSON object b[s, e) (s at its "{"), where the value of the last member named `key`
 * starts; -1 when it has none.
 */
function findMember(b, s, e, key) {
    let i = skipWs(b, s + 1, e);
    let found = -1;
    while (i < e && b[i] === 0x22) {
        const ke = scanString(b, i + 1, e);
        if (ke < 0)
            return found;
        const kf = strFlags;
        const match = kf === 0 ? bytesEqual(b, i + 1, ke, key.bytes) : decode(b, i + 1, ke, kf) === key.text;
        i = skipWs(b, skipWs(b, ke + 1, e) + 1, e); // past the ":"
        if (match)
            found = i;
        const c = b[i];
        i = c === 0x7b || c === 0x5b ? skipContainer(b, i, e) : skipScalar(b, i, e);
        if (i < 0)
            return found;
        i = skipWs(b, i, e);
        if (b[i] !== 0x2c)
            break;
        i = skipWs(b, i + 1, e);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/telemetry/timestamp.ts
/**
 * Event timestamps: RFC 3339 date-times with a zone ("2026-11-20T10:03:12.345Z",
 * "2026-11-20T19:03:12+09:00"). A real calendar instant is required (no 30 February, no 24:00,
 * no leap second) and the result never depends on the machine's time zone or on the engine's
 * lenient Date.parse; fractions beyond milliseconds are truncated. Pure.
 */
/** What an ISO 8601 event time must look like (RFC 3339 with a zone); the calendar is checked apart. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return DAYS[month - 1] ?? 0;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function instant(y, mo, d, h, mi, s, ms, offsetMin) {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return Number.NaN;
    return (((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMin) * 60 + s) * 1000 + ms;
}
/** Epoch ms of an RFC 3339 timestamp, or NaN when it is not one. */
function parseTimestamp(text) {
    const m = RFC3339.exec(text);
    if (m === null)
        return Number.NaN;
    const frac = m[7] ?? '';
    const ms = frac === '' ? 0 : Number(`${frac}00`.slice(0, 3));
    let offset = 0;
    if (m[8] === undefined) {
        const oh = Number(m[10]);
        const om = Number(m[11]);
        if (oh > 23 || om > 59)
            return Number.NaN;
        offset = (oh * 60 + om) * (m[9] === '-' ? -1 : 1);
    }
    return instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms, offset);
}
function digit(b, i) {
    const c = (b[i] ?? 0) - 0x30;
    return c >= 0 && c <= 9 ? c : -1000000;
}
/**
 * Fast path for the canonical form "YYYY-MM-DDTHH:MM:SS.sssZ" (24 bytes) straight from the
 * line's bytes. Returns NaN when the bytes are not exactly that form (the caller then decodes
 * the string and uses parseTimestamp, which agrees with this on every canonical input).
 */
function parseCanonicalTimestamp(b, start, end) {
    return readCanonicalTimestamp(b, start, end, scratch) ? scratch[0] : Number.NaN;
}
const scratch = new Float64Array(1);
/**
 * parseCanonicalTimestamp for the line classifier's hot path: the time into out[0], and whether
 * the bytes held one. An epoch time does not fit a small integer, so a call that returned it
 * would allocate a heap number for every line; a typed array slot takes it unboxed.
 */
function readCanonicalTimestamp(b, start, end, out) {
    if (end - start !== 24 ||
        b[start + 4] !== 0x2d ||
        b[start + 7] !== 0x2d ||
        b[start + 10] !== 0x54 ||
        b[start + 13] !== 0x3a ||
        b[start + 16] !== 0x3a ||
        b[start + 19] !== 0x2e ||
        b[start + 23] !== 0x5a) {
        return false;
    }
    const y = digit(b, start) * 1000 + digit(b, start + 1) * 100 + digit(b, start + 2) * 10 + digit(b, start + 3);
    const mo = digit(b, start + 5) * 10 + digit(b, start + 6);
    const d = digit(b, start + 8) * 10 + digit(b, start + 9);
    const h = digit(b, start + 11) * 10 + digit(b, start + 12);
    const mi = digit(b, start + 14) * 10 + digit(b, start + 15);
    const s = digit(b, start + 17) * 10 + digit(b, start + 18);
    const ms = digit(b, start + 20) * 100 + digit(b, start + 21) * 10 + digit(b, start + 22);
    if ((y | mo | d | h | mi | s | ms) < 0 || mi > 59 || s > 59)
        return false;
    // Events come in time order, so the hour rarely changes from one line to the next.
    const key = ((y * 16 + mo) * 32 + d) * 32 + h;
    if (key !== cachedKey) {
        const base = instant(y, mo, d, h, 0, 0, 0, 0);
        if (Number.isNaN(base))
            return false;
        cachedKey = key;
        cachedBase = base;
    }
    out[0] = cachedBase + (mi * 60 + s) * 1000 + ms;
    return true;
}
let cachedKey = -1;
let cachedBase = 0;
/** Epoch times before this (1973-03-03) or from EPOCH_MAX_MS on (year 5138) are taken for a unit mix-up. */
const EPOCH_MIN_MS = 1e11;
const EPOCH_MAX_MS = 1e14;
/**
 * Epoch ms of an epoch time `v` in milliseconds, or in seconds when `seconds`; fractions of a millisecond truncated as for ISO 8601; NaN outside
 * [EPOCH_MIN_MS, EPOCH_MAX_MS): a time in seconds read as milliseconds lands in January 1970,
 * one in milliseconds read as seconds after the year 5000, and neither is an event to count.
 */
function epochTime(v, seconds) {
    // Seconds: rounded to the microsecond first, so 1763632992.345 is …345 ms, not …344.99.
    const ms = seconds ? Math.floor(Math.round(v * 1e6) / 1e3) : Math.floor(v);
    return ms >= EPOCH_MIN_MS && ms < EPOCH_MAX_MS ? ms : Number.NaN;
}

;// CONCATENATED MODULE: ./src/telemetry/classify.ts







/** A time written as a string of decimal digits (epoch formats accept it as well as a number). */
const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;
/**
 * Classifies lines for one compiled plan. Not re-entrant: the captured fields and `matched` are
 * overwritten by the next call to classify().
 */
class LineParser extends LineFields {
    /** Epoch ms of the last line's time (when its class has one). */
    ts = 0;
    /** Index into plan.events of the last event line. */
    eventIndex = -1;
    /** Action indices (into plan.events[eventIndex].actions) the last event line feeds. */
    matched;
    /** For latency actions: the value in ms, aligned with `matched`. */
    values;
    /** For other actions: 1 when the event is its SLI's control cohort's (Action.control), else 0. */
    inControl;
    matchedCount = 0;
    /**
     * Why the last line was invalid (LINE_INVALID, LINE_INVALID_NO_TS): its time, its name, or a
     * value an SLI reads (the action `invalidAction` of its event). line-reasons.ts says it in words.
     */
    why = WHY_TIME;
    invalidAction = -1;
    // Fast paths for the two fields every line has: a canonical `ts` parsed straight from the
    // bytes, and an `event` equal to a known name; keyed by the value's start offset so a later
    // duplicate key (which moves the start) falls back to the general path.
    tsFastStart = -1;
    /** In a typed array: a time kept in a field or a variable of the object path gets boxed per line. */
    tsFast = new Float64Array(1);
    eventFastStart = -1;
    eventFast = -1;
    /** Known event names that are plain JSON string bytes (no quote, backslash, control, non-ASCII). */
    plainEvents;
    /** The time is not an ISO 8601 string (rollout.yaml events.time.format: epoch_ms or epoch_s). */
    epoch;
    seconds;
    constructor(plan) {
        super(plan);
        const maxActions = (0,extent/* maxOf */._)(plan.events.map((e) => e.actions.length), 1);
        this.matched = new Int32Array(maxActions);
        this.values = new Float64Array(maxActions);
        this.inControl = new Uint8Array(maxActions);
        this.plainEvents = plan.events.map((e) => e.bytes.every((c) => SC[c] === 0));
        this.epoch = plan.timeFormat !== TIME_ISO8601;
        this.seconds = plan.timeFormat === TIME_EPOCH_S;
        warmUp(this);
    }
    /** Classifies b[start, end) (one line, without its newline). */
    // Long on purpose: collect's single hot loop over a line's fields; split up, it costs a call per field.
    classify(b, lineStart, lineEnd) {
        let i = skipWs(b, lineStart, lineEnd);
        if (i >= lineEnd)
            return LINE_BLANK;
        if (b[i] !== 0x7b)
            return LINE_MALFORMED; // invalid JSON, or JSON but not an object
        this.tsFastStart = -1;
        this.eventFastStart = -1;
        const type = this.type;
        for (let k = 0; k < this.nFields; k++)
            type[k] = T_ABSENT;
        i = skipWs(b, i + 1, lineEnd);
        if (i < lineEnd && b[i] === 0x7d) {
            i++;
        }
        else {
            for (;;) {
                if (i >= lineEnd || b[i] !== 0x22)
                    return LINE_MALFORMED;
                // Unbounded inner scans are safe: a line ends at "\n" (a control byte, class 3) or at
                // the buffer's end (undefined), and the result is checked against lineEnd after.
                let ke = i + 1;
                while (SC[b[ke]] === 0)
                    ke++;
                let kf = 0;
                if (ke >= lineEnd || b[ke] !== 0x22) {
                    ke = scanString(b, i + 1, lineEnd);
                    if (ke < 0)
                        return LINE_MALFORMED;
                    kf = strFlags;
                }
                const slot = this.slotOf(b, i + 1, ke, kf);
                i = ke + 1;
                if (i >= lineEnd || b[i] !== 0x3a) {
                    i = skipWs(b, i, lineEnd);
                    if (i >= lineEnd || b[i] !== 0x3a)
                        return LINE_MALFORMED;
                }
                i++;
                if (i >= lineEnd)
                    return LINE_MALFORMED;
                let c = b[i];
                if (c <= 0x20) {
                    i = skipWs(b, i, lineEnd);
                    if (i >= lineEnd)
                        return LINE_MALFORMED;
                    c = b[i];
                }
                if (slot < 0) {
                    if (c === 0x22) {
                        let e = i + 1;
                        while (SC[b[e]] === 0)
                            e++;
                        if (e >= lineEnd || b[e] !== 0x22) {
                            e = scanString(b, i + 1, lineEnd);
                            if (e < 0)
                                return LINE_MALFORMED;
                        }
                        i = e + 1;
                    }
                    else {
                        i = c === 0x7b || c === 0x5b ? skipContainer(b, i, lineEnd) : skipScalar(b, i, lineEnd);
                        if (i < 0)
                            return LINE_MALFORMED;
                    }
                }
                else if (c === 0x22 && slot === SLOT_TS && i + 25 < lineEnd && b[i + 25] === 0x22) {
                    // canonical "YYYY-MM-DDTHH:MM:SS.sssZ": its bytes are all plain string bytes
                    if (!readCanonicalTimestamp(b, i + 1, i + 25, this.tsFast)) {
                        i = this.captureString(b, i, lineEnd, slot);
                        if (i < 0)
                            return LINE_MALFORMED;
                    }
                    else {
                        type[slot] = T_STRING;
                        this.start[slot] = i + 1;
                        this.end[slot] = i + 25;
                        this.flags[slot] = 0;
                        this.tsFastStart = i + 1;
                        i += 26;
                    }
                }
                else if (c === 0x22 && slot === SLOT_EVENT && this.matchEvent(b, i + 1, lineEnd)) {
                    const len = this.plan.events[this.eventFast].bytes.length;
                    type[slot] = T_STRING;
                    this.start[slot] = i + 1;
                    this.end[slot] = i + 1 + len;
                    this.flags[slot] = 0;
                    this.eventFastStart = i + 1;
                    i += len + 2;
                }
                else if (c === 0x22) {
                    let e = i + 1;
                    while (SC[b[e]] === 0)
                        e++;
                    let f = 0;
                    if (e >= lineEnd || b[e] !== 0x22) {
                        e = scanString(b, i + 1, lineEnd);
                        if (e < 0)
                            return LINE_MALFORMED;
                        f = strFlags;
                    }
                    type[slot] = T_STRING;
                    this.start[slot] = i + 1;
                    this.end[slot] = e;
                    this.flags[slot] = f;
                    i = e + 1;
                }
                else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                    const e = scanNumber(b, i, lineEnd);
                    if (e < 0)
                        return LINE_MALFORMED;
                    type[slot] = T_NUMBER;
                    this.num[slot] = numberValue(b, i, e);
                    i = e;
                }
                else if (c === 0x7b || c === 0x5b) {
                    this.start[slot] = i;
                    i = skipContainer(b, i, lineEnd);
                    if (i < 0)
                        return LINE_MALFORMED;
                    type[slot] = T_CONTAINER;
                    this.end[slot] = i;
                }
                else {
                    const e = literal(b, i, lineEnd, c);
                    if (e < 0)
                        return LINE_MALFORMED;
                    type[slot] = c === 0x74 ? T_TRUE : c === 0x66 ? T_FALSE : T_NULL;
                    i = e;
                }
                if (i >= lineEnd)
                    return LINE_MALFORMED;
                let d = b[i];
                if (d <= 0x20) {
                    i = skipWs(b, i, lineEnd);
                    if (i >= lineEnd)
                        return LINE_MALFORMED;
                    d = b[i];
                }
                if (d === 0x2c) {
                    i++;
                    if (i < lineEnd && b[i] === 0x22)
                        continue;
                    i = skipWs(b, i, lineEnd);
                    continue;
                }
                if (d !== 0x7d)
                    return LINE_MALFORMED;
                i++;
                break;
            }
        }
        if (skipWs(b, i, lineEnd) !== lineEnd)
            return LINE_MALFORMED;
        return this.classifyObject(b);
    }
    /** Is a known plain event name, then a quote, at b[s]? Sets eventFast. */
    matchEvent(b, s, end) {
        const events = this.plan.events;
        for (let k = 0; k < events.length; k++) {
            const want = events[k].bytes;
            const n = want.length;
            if (s + n >= end || b[s + n] !== 0x22 || !this.plainEvents[k])
                continue;
            let j = 0;
            while (j < n && b[s + j] === want[j])
                j++;
            if (j === n) {
                this.eventFast = k;
                return true;
            }
        }
        return false;
    }
    classifyObject(b) {
        if (this.paths.length > 0)
            this.resolvePaths(b);
        const type = this.type;
        if (!this.epoch && type[SLOT_TS] === T_STRING && this.start[SLOT_TS] === this.tsFastStart) {
            // The canonical time the field scan read: copied slot to field, never through a variable
            // that mixes it with the other paths' results (that boxed one number per line).
            this.ts = this.tsFast[0];
        }
        else {
            const ts = this.slowTime(b);
            if (Number.isNaN(ts)) {
                this.why = WHY_TIME;
                return LINE_INVALID_NO_TS;
            }
            this.ts = ts;
        }
        if (type[SLOT_EVENT] !== T_STRING) {
            this.why = WHY_NAME;
            return LINE_INVALID;
        }
        const e0 = this.start[SLOT_EVENT];
        const e1 = this.end[SLOT_EVENT];
        const eFlags = this.flags[SLOT_EVENT];
        const events = this.plan.events;
        let ev = -1;
        if (e0 === this.eventFastStart) {
            ev = this.eventFast;
        }
        else if (eFlags === 0) {
            for (let k = 0; k < events.length; k++) {
                if (bytesEqual(b, e0, e1, events[k].bytes)) {
                    ev = k;
                    break;
                }
            }
        }
        else {
            ev = this.plan.eventIndex.get(decode(b, e0, e1, eFlags)) ?? -1;
        }
        if (ev < 0)
            return LINE_UNKNOWN;
        this.eventIndex = ev;
        const actions = events[ev].actions;
        let m = 0;
        for (let a = 0; a < actions.length; a++) {
            const act = actions[a];
            if (!this.conditionsHold(b, act.conditions))
                continue;
            if (act.op === OP_LATENCY) {
                const slot = act.fieldSlot;
                const v = this.num[slot];
                // A negative duration is not a sample: the line is invalid, not a fast save.
                if (type[slot] !== T_NUMBER || !Number.isFinite(v) || v < 0) {
                    this.why = WHY_VALUE;
                    this.invalidAction = a;
                    return LINE_INVALID;
                }
                this.values[m] = v * act.toMs;
            }
            else {
                this.inControl[m] = act.control !== null && this.conditionsHold(b, act.control) ? 1 : 0;
            }
            this.matched[m++] = a;
        }
        this.matchedCount = m;
        return LINE_EVENT;
    }
    /** The time of a line whose time is not the canonical string the field scan read, or NaN. */
    slowTime(b) {
        if (this.epoch)
            return this.epochTs(b);
        if (this.type[SLOT_TS] !== T_STRING)
            return Number.NaN;
        const ts0 = this.start[SLOT_TS];
        const ts1 = this.end[SLOT_TS];
        const tsFlags = this.flags[SLOT_TS];
        const ts = tsFlags === 0 ? parseCanonicalTimestamp(b, ts0, ts1) : Number.NaN;
        return Number.isNaN(ts) ? parseTimestamp(decode(b, ts0, ts1, tsFlags)) : ts;
    }
    /** The time of an epoch_ms / epoch_s line (a number, or a string of digits), or NaN. */
    epochTs(b) {
        const t = this.type[SLOT_TS];
        if (t === T_NUMBER)
            return epochTime(this.num[SLOT_TS], this.seconds);
        if (t !== T_STRING)
            return Number.NaN;
        const text = decode(b, this.start[SLOT_TS], this.end[SLOT_TS], this.flags[SLOT_TS]);
        return DECIMAL.test(text) ? epochTime(Number(text), this.seconds) : Number.NaN;
    }
    conditionsHold(b, conditions) {
        for (let k = 0; k < conditions.length; k++) {
            const c = conditions[k];
            const t = this.type[c.slot];
            const v = c.value;
            if (typeof v === 'string') {
                if (t !== T_STRING)
                    return false;
                const f = this.flags[c.slot];
                const s = this.start[c.slot];
                const e = this.end[c.slot];
                // case-insensitive: v is lower-case; a plain (ASCII) value folds byte by byte
                if (f === 0 ? !bytesEqualFold(b, s, e, c.bytes) : decode(b, s, e, f).toLowerCase() !== v)
                    return false;
            }
            else if (typeof v === 'number') {
                if (t !== T_NUMBER || this.num[c.slot] !== v)
                    return false;
            }
            else if (t !== (v ? T_TRUE : T_FALSE)) {
                return false;
            }
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./src/telemetry/line-reasons.ts





// A key: kind × 2^24 + sub × 2^16 + detail (for a value: event × 256 + action).
const NOT_JSON = 1;
const NOT_OBJECT = 2;
const TOO_LONG = 3;
const TIME = 4;
const NAME = 5;
const line_reasons_VALUE = 6;
const key = (kind, sub = 0, detail = 0) => kind * 0x1000000 + sub * 0x10000 + detail;
/** The reason key of a line over the length limit (its bytes are gone). */
const TOO_LONG_KEY = key(TOO_LONG);
// Subs: what the value at fault is.
const ABSENT = 0;
const OTHER_TYPE = 1;
const NUMBER_MS = 2;
const NUMBER_S = 3;
const DIGITS_MS = 4;
const DIGITS_S = 5;
const NO_ZONE = 6;
const BAD_TEXT = 7;
const ISO_TEXT = 8;
const SECONDS_AS_MS = 9;
const MS_AS_SECONDS = 10;
const OUT_OF_RANGE = 11;
const STRING = 12;
const NEGATIVE = 13;
const NOT_FINITE = 14;
const NO_ZONE_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** The key of a malformed or invalid line just classified (cls) by `p`, from b[s, e). */
function reasonKey(p, b, s, e, cls) {
    if (cls === LINE_MALFORMED)
        return key(isValidJson(b, s, e) ? NOT_OBJECT : NOT_JSON);
    if (p.why === WHY_TIME)
        return key(TIME, timeSub(p, b));
    if (p.why === WHY_NAME)
        return key(NAME, p.type[SLOT_EVENT] === T_ABSENT ? ABSENT : OTHER_TYPE);
    const slot = p.plan.events[p.eventIndex].actions[p.invalidAction].fieldSlot;
    const t = p.type[slot];
    const v = p.num[slot];
    const sub = t === T_ABSENT
        ? ABSENT
        : t === T_STRING
            ? STRING
            : t !== T_NUMBER
                ? OTHER_TYPE
                : v < 0
                    ? NEGATIVE
                    : NOT_FINITE;
    return key(line_reasons_VALUE, sub, p.eventIndex * 256 + Math.min(p.invalidAction, 255));
}
function timeSub(p, b) {
    const t = p.type[SLOT_TS];
    if (t === T_ABSENT)
        return ABSENT;
    const text = t === T_STRING ? decode(b, p.start[SLOT_TS], p.end[SLOT_TS], p.flags[SLOT_TS]) : undefined;
    const v = t === T_NUMBER ? p.num[SLOT_TS] : text !== undefined && DECIMAL.test(text) ? Number(text) : NaN;
    if (p.plan.timeFormat === TIME_ISO8601) {
        if (t === T_NUMBER)
            return v >= EPOCH_MIN_MS ? NUMBER_MS : NUMBER_S;
        if (text === undefined)
            return OTHER_TYPE;
        if (!Number.isNaN(v))
            return v >= EPOCH_MIN_MS ? DIGITS_MS : DIGITS_S;
        return NO_ZONE_TEXT.test(text) ? NO_ZONE : BAD_TEXT;
    }
    if (Number.isNaN(v))
        return text !== undefined && !Number.isNaN(parseTimestamp(text)) ? ISO_TEXT : OTHER_TYPE;
    const seconds = p.plan.timeFormat === TIME_EPOCH_S;
    const ms = seconds ? v * 1000 : v;
    if (!seconds && ms < EPOCH_MIN_MS && ms * 1000 >= EPOCH_MIN_MS && ms * 1000 < EPOCH_MAX_MS)
        return SECONDS_AS_MS;
    if (seconds && ms >= EPOCH_MAX_MS && v >= EPOCH_MIN_MS && v < EPOCH_MAX_MS)
        return MS_AS_SECONDS;
    return OUT_OF_RANGE;
}
const MAP = 'in rollout.yaml';
const JSONL_FIX = 'write one JSON object a line (JSON Lines), as docs/events.md shows';
/** The reason of a line over the length limit. */
function tooLongReason(maxLineBytes) {
    return {
        reason: `is longer than ${maxLineBytes} bytes`,
        fix: `${JSONL_FIX}; a line this long is not one event`,
    };
}
/**
 * The reason of `k` in words, for its first line b[s, e) (classified by `p` just before), or for
 * a line over `maxLineBytes` (whose bytes are gone).
 */
function describeReason(k, p, b, s, e, maxLineBytes) {
    const kind = Math.floor(k / 0x1000000);
    const sub = Math.floor(k / 0x10000) % 0x100;
    const plan = p.plan;
    if (kind === NOT_JSON)
        return { reason: 'is not valid JSON', fix: JSONL_FIX };
    if (kind === NOT_OBJECT)
        return { reason: 'is JSON but not an object', fix: JSONL_FIX };
    if (kind === TOO_LONG)
        return tooLongReason(maxLineBytes);
    if (kind === TIME)
        return timeReason(sub, p, keysOf(b, s, e));
    const name = plan.fields[SLOT_EVENT];
    if (kind === NAME) {
        if (sub !== ABSENT)
            return { reason: `"${name}" is not a string`, fix: `give the event name in "${name}" as a string` };
        const guess = guessKey(keysOf(b, s, e), NAME_KEYS, plan.fields[SLOT_TS]);
        return {
            reason: `has no "${name}" (the event name)`,
            fix: guess
                ? `the line has "${guess}": map it with events.name: ${guess} ${MAP}`
                : `give the event name in "${name}", or name the key that holds it with events.name ${MAP}`,
        };
    }
    const detail = k % 0x10000;
    const rule = plan.events[Math.floor(detail / 256)];
    const act = rule.actions[detail % 256];
    const field = plan.fields[act.fieldSlot];
    const sli = plan.sliIds[act.sli];
    const of = `"${field}" of ${rule.name} (SLI ${sli})`;
    const change = `or change slis.${sli}.field in rollout.yaml`;
    switch (sub) {
        case ABSENT:
            return {
                reason: `${rule.name} has no "${field}" (SLI ${sli})`,
                fix: `send the duration in "${field}", ${change}`,
            };
        case STRING:
            return { reason: `${of} is a string, not a number`, fix: `send it as a JSON number (812, not "812")` };
        case NEGATIVE:
            return {
                reason: `${of} is negative`,
                fix: 'a duration is never negative: check how the sender measures it',
            };
        case NOT_FINITE:
            return { reason: `${of} is too large to be a number`, fix: 'check how the sender measures it' };
        default:
            return { reason: `${of} is not a number`, fix: `send the duration as a JSON number, ${change}` };
    }
}
/** The reason of an unusable time (`sub`, a kind of value), with its fix: one case per kind. */
function timeReason(sub, p, keys) {
    const f = p.plan.fields[SLOT_TS];
    const format = ['iso8601', 'epoch_ms', 'epoch_s'][p.plan.timeFormat];
    const set = (v) => `map it with events.time.format: ${v} ${MAP}`;
    switch (sub) {
        case ABSENT: {
            const guess = guessKey(keys, TIME_KEYS, p.plan.fields[SLOT_EVENT]);
            const v = guess === undefined ? undefined : keys.get(guess);
            const as = typeof v === 'number' || (typeof v === 'string' && DECIMAL.test(v))
                ? `, format: ${Number(v) >= EPOCH_MIN_MS ? 'epoch_ms' : 'epoch_s'}`
                : '';
            return {
                reason: `has no "${f}" (the event time)`,
                fix: guess
                    ? `the line has "${guess}": map it with events.time: { field: ${guess}${as} } ${MAP}`
                    : `give the event time in "${f}", or name the key that holds it with events.time.field ${MAP}`,
            };
        }
        case NUMBER_MS:
            return { reason: `"${f}" is a number (epoch ms?), not an ISO 8601 string`, fix: set('epoch_ms') };
        case NUMBER_S:
            return { reason: `"${f}" is a number (epoch seconds?), not an ISO 8601 string`, fix: set('epoch_s') };
        case DIGITS_MS:
            return {
                reason: `"${f}" is a string of digits (epoch ms?), not an ISO 8601 date-time`,
                fix: set('epoch_ms'),
            };
        case DIGITS_S:
            return {
                reason: `"${f}" is a string of digits (epoch seconds?), not an ISO 8601 date-time`,
                fix: set('epoch_s'),
            };
        case NO_ZONE:
            return {
                reason: `"${f}" has no time zone (ISO 8601 with Z or an offset is required: a time without one is no instant)`,
                fix: 'write the time with its zone, e.g. 2026-11-20T10:03:12.345Z or 2026-11-20T19:03:12+09:00',
            };
        case BAD_TEXT:
            return {
                reason: `"${f}" is not an ISO 8601 date-time with a zone (or not a real one)`,
                fix: 'write the time as 2026-11-20T10:03:12.345Z or 2026-11-20T19:03:12+09:00',
            };
        case ISO_TEXT:
            return {
                reason: `"${f}" is an ISO 8601 string, but events.time.format is ${format}`,
                fix: `remove events.time.format (iso8601 is the default) ${MAP}`,
            };
        case SECONDS_AS_MS:
            return { reason: `"${f}" read as epoch_ms falls in 1970 (epoch seconds?)`, fix: set('epoch_s') };
        case MS_AS_SECONDS:
            return { reason: `"${f}" read as epoch_s falls after the year 5000 (epoch ms?)`, fix: set('epoch_ms') };
        case OUT_OF_RANGE:
            return {
                reason: `"${f}" read as ${format} is not a time between 1973 and 5138`,
                fix: `send ${format === 'epoch_s' ? 'seconds' : 'milliseconds'} since 1970-01-01T00:00:00Z`,
            };
        default:
            return {
                reason: `"${f}" is not ${p.plan.timeFormat === TIME_ISO8601 ? 'a string' : 'a number or a string of digits'}`,
                fix: p.plan.timeFormat === TIME_ISO8601
                    ? 'write the time as an ISO 8601 string, e.g. 2026-11-20T10:03:12.345Z'
                    : `send the time as a number of ${format === 'epoch_s' ? 'seconds' : 'milliseconds'}`,
            };
    }
}
/** The top-level keys and values of a line that is a JSON object (empty for one that is not). */
function keysOf(b, s, e) {
    try {
        const v = JSON.parse(b.toString('utf8', s, e));
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? new Map(Object.entries(v)) : new Map();
    }
    catch {
        return new Map();
    }
}
/** Keys that commonly hold an event's time, or its name. */
const TIME_KEYS = /^(@?timestamp|time|ts|t|date|datetime|event_?time|created_?at|occurred_?at|when)$/i;
const NAME_KEYS = /^(name|type|event_?name|event_?type|action|kind|event)$/i;
/** The first key of the line that commonly holds what is missing (not `other`, the time or name key), as a hint. */
function guessKey(keys, like, other) {
    for (const k of keys.keys())
        if (like.test(k) && k !== other)
            return k;
    return undefined;
}

;// CONCATENATED MODULE: ./src/telemetry/line-tally.ts
/** At most this much of a line is shown. */
const EXAMPLE_CHARS = 120;
/** Event names beyond this many are counted together, so a flood of names cannot grow memory. */
const MAX_NAMES = 100;
const OTHER_NAMES = 'other names (over 100)';
const UNKNOWN_FIX = 'map it under slis: in rollout.yaml if an SLI should count it';
/** The line b[s, e) as shown in a message: at most EXAMPLE_CHARS characters, control bytes as "?". */
function exampleText(b, s, e) {
    const chars = [...b.toString('utf8', s, Math.min(e, s + EXAMPLE_CHARS * 4))];
    const shown = chars.slice(0, EXAMPLE_CHARS).join('');
    const cut = chars.length > EXAMPLE_CHARS || e - s > EXAMPLE_CHARS * 4;
    return `${shown.replace(/[\u0000-\u001f\u007f]/g, '?')}${cut ? '…' : ''}`;
}
const byCount = (a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
class LineTally {
    unusable = new Map();
    unknown = new Map();
    /** A malformed or invalid line of reason `key`; `describe` and `example` are asked for its first line only. */
    addUnusable(key, describe, example) {
        const have = this.unusable.get(key);
        if (have !== undefined)
            have.count++;
        else
            this.unusable.set(key, { key, ...describe(), count: 1, example: example() });
    }
    /** `n` lines of an event no SLI maps, named `name` (past MAX_NAMES names, counted together). */
    addUnknown(name, example, n = 1) {
        const key = this.unknown.has(name) || this.unknown.size < MAX_NAMES ? name : OTHER_NAMES;
        const have = this.unknown.get(key);
        if (have !== undefined)
            have.count += n;
        else
            this.unknown.set(key, { key: 0, reason: key, fix: UNKNOWN_FIX, count: n, example: example() });
    }
    /**
     * Adds a tally of the next part of the current input (a segment), in input order: counts add
     * up, a reason's first example stays the first; the part's line numbers count from `lineBase`.
     */
    absorb(t, source, lineBase) {
        const rebase = (x) => ({ ...x, source, line: x.line + lineBase });
        for (const r of t.unusable) {
            const have = this.unusable.get(r.key);
            if (have !== undefined)
                have.count += r.count;
            else
                this.unusable.set(r.key, { ...r, example: rebase(r.example) });
        }
        for (const r of t.unknown)
            this.addUnknown(r.reason, () => rebase(r.example), r.count);
    }
    toJSON() {
        return {
            unusable: [...this.unusable.values()].map((r) => ({ ...r })).sort(byCount),
            unknown: [...this.unknown.values()].map((r) => ({ ...r })).sort(byCount),
        };
    }
}

;// CONCATENATED MODULE: ./src/telemetry/split-lines.ts
/**
 * Line splitting: chunks of bytes in, whole lines out. A line may span chunks: its start is
 * copied (the caller may reuse the chunk's memory) and kept until its newline arrives. A line
 * longer than the limit is reported as too long without ever being buffered whole, so memory
 * stays flat whatever the input. Subclasses say what a line amounts to (attribution.ts,
 * collect.ts); they are called directly, with no callback in between.
 *
 * Pure: no I/O.
 */

/** Lines longer than this are counted malformed without being buffered whole. */
const DEFAULT_MAX_LINE_BYTES = 1 << 20;
class LineSplitter {
    maxLine;
    /** The unfinished last line of the previous chunk. */
    carry = [];
    carryBytes = 0;
    overlong = false;
    constructor(maxLineBytes) {
        this.maxLine = maxLineBytes;
    }
    /** Cuts the next bytes of the current input into lines. The chunk is not kept after the call. */
    split(chunk) {
        let pos = 0;
        const n = chunk.length;
        if (this.carryBytes > 0 || this.overlong) {
            const nl = chunk.indexOf(0x0a);
            const upto = nl < 0 ? n : nl;
            if (!this.overlong) {
                if (this.carryBytes + upto > this.maxLine) {
                    this.overlong = true;
                    this.carry = [];
                    this.carryBytes = 0;
                }
                else {
                    this.carry.push(external_node_buffer_.Buffer.from(chunk.subarray(0, upto)));
                    this.carryBytes += upto;
                }
            }
            if (nl < 0)
                return;
            this.flushCarry();
            pos = nl + 1;
        }
        for (;;) {
            const nl = chunk.indexOf(0x0a, pos);
            if (nl < 0)
                break;
            if (nl - pos > this.maxLine)
                this.lineTooLong();
            else
                this.line(chunk, pos, nl);
            pos = nl + 1;
        }
        if (pos < n) {
            if (n - pos > this.maxLine) {
                this.overlong = true;
            }
            else {
                // Copy: the caller may reuse the chunk's memory.
                this.carry = [external_node_buffer_.Buffer.from(chunk.subarray(pos))];
                this.carryBytes = n - pos;
            }
        }
    }
    /** The unfinished line, as a last line (at the end of an input: a last line without a newline). */
    flushCarry() {
        if (this.overlong) {
            this.lineTooLong();
            this.overlong = false;
        }
        else if (this.carryBytes > 0) {
            const line = this.carry.length === 1 ? this.carry[0] : external_node_buffer_.Buffer.concat(this.carry, this.carryBytes);
            this.line(line, 0, line.length);
        }
        this.carry = [];
        this.carryBytes = 0;
    }
    /** Forgets an unfinished line (a new input starts). */
    dropCarry() {
        this.carry = [];
        this.carryBytes = 0;
        this.overlong = false;
    }
}

;// CONCATENATED MODULE: ./src/telemetry/attribution.ts




class WindowAttribution extends LineSplitter {
    from;
    windowMs;
    /**
     * One slot per window of [from, to), made on its first line (windowAt): a segment of a 90-day
     * file touches a few of the 8,640 windows, and a window never made costs nothing to hand over.
     * Only their line counts are touched here.
     */
    windows;
    newWindow;
    stats = {
        lines: 0,
        outside: 0,
        tooLong: 0,
        notes: {},
        unusable: [],
        unknown: [],
    };
    /** Lines that are not events, by reason or name (read into `stats` when it is handed out). */
    tally = new LineTally();
    unattributed = [];
    maxLineBytes;
    // Per input.
    source = '';
    /** Lines of this input (or segment) so far, blank ones included: the line number of the last one. */
    lineNo = 0;
    inSource = false;
    /** Window index (relative to from, may be out of range) of the last line with a usable ts; NaN before one. */
    anchor = Number.NaN;
    firstAnchor = Number.NaN;
    /** Segment mode: lines before the first usable ts are kept aside, not placed. */
    segment = false;
    leadingMalformed = 0;
    leadingInvalid = 0;
    pendingMalformed = 0;
    pendingInvalid = 0;
    constructor(o) {
        super(o.maxLineBytes);
        this.maxLineBytes = o.maxLineBytes;
        this.from = o.from;
        this.windowMs = o.windowMs;
        this.windows = new Array(o.windowCount);
        this.newWindow = o.newWindow;
    }
    /** Window `idx` (relative to from), made empty on first use; undefined outside [from, to). */
    windowAt(idx) {
        const w = this.windows[idx];
        if (w !== undefined)
            return w;
        if (!(idx >= 0 && idx < this.windows.length))
            return undefined;
        const made = this.newWindow();
        this.windows[idx] = made;
        return made;
    }
    /** Starts an input: attribution of lines without a timestamp does not cross inputs. */
    beginSource(name) {
        if (this.inSource)
            this.endSource();
        this.source = name;
        this.lineNo = 0;
        this.inSource = true;
        this.anchor = Number.NaN;
        this.firstAnchor = Number.NaN;
        this.leadingMalformed = 0;
        this.leadingInvalid = 0;
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
        this.dropCarry();
    }
    /** Feeds the next bytes of the current input. The buffer is not kept after the call. */
    push(chunk) {
        if (!this.inSource)
            this.beginSource('<input>');
        this.split(chunk);
    }
    /** Ends the current input (a last line without a newline still counts). */
    endSource() {
        if (!this.inSource)
            return;
        this.flushCarry();
        if (this.pendingMalformed > 0 || this.pendingInvalid > 0) {
            this.unattributed.push({
                source: this.source,
                malformed: this.pendingMalformed,
                invalid: this.pendingInvalid,
            });
        }
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
        this.inSource = false;
    }
    lineTooLong() {
        this.lineNo++;
        this.tally.addUnusable(TOO_LONG_KEY, () => tooLongReason(this.maxLineBytes), () => ({ source: this.source, line: this.lineNo, text: null }));
        this.stats.tooLong++;
        this.stats.lines++;
        this.noTs(true);
    }
    /** A line without a usable ts: counted where the last usable ts was, or kept pending. */
    noTs(malformed) {
        const a = this.anchor;
        if (Number.isNaN(a)) {
            if (malformed)
                this.pendingMalformed++;
            else
                this.pendingInvalid++;
            return;
        }
        const w = this.windowAt(a);
        if (w === undefined) {
            this.stats.outside++;
        }
        else if (malformed) {
            w.malformed++;
        }
        else {
            w.invalid++;
        }
    }
    /** A line with a usable ts in window `idx`, another window than the last such line's. */
    moveAnchor(idx) {
        if (Number.isNaN(this.anchor)) {
            this.firstAnchor = idx;
            if (this.segment) {
                this.leadingMalformed = this.pendingMalformed;
                this.leadingInvalid = this.pendingInvalid;
                this.pendingMalformed = 0;
                this.pendingInvalid = 0;
            }
        }
        this.anchor = idx;
        if (this.pendingMalformed > 0 || this.pendingInvalid > 0)
            this.settlePending(idx);
    }
    settlePending(idx) {
        const w = this.windowAt(idx);
        if (w === undefined) {
            this.stats.outside += this.pendingMalformed + this.pendingInvalid;
        }
        else {
            w.malformed += this.pendingMalformed;
            w.invalid += this.pendingInvalid;
        }
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
    }
    setSegmentMode() {
        this.segment = true;
    }
    /** Ends a segment: its last line, and where its attribution stands. */
    endSegmentAttribution() {
        this.flushCarry();
        if (Number.isNaN(this.anchor)) {
            this.leadingMalformed = this.pendingMalformed;
            this.leadingInvalid = this.pendingInvalid;
        }
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
        this.inSource = false;
        return {
            leadingMalformed: this.leadingMalformed,
            leadingInvalid: this.leadingInvalid,
            firstAnchor: !Number.isNaN(this.firstAnchor) ? this.firstAnchor : null,
            lastAnchor: !Number.isNaN(this.anchor) ? this.anchor : null,
            stats: this.statsNow(),
            lineCount: this.lineNo,
        };
    }
    /** The stats as plain data, with the tally of the lines that are not events. */
    statsNow() {
        return { ...this.stats, notes: { ...this.stats.notes }, ...this.tally.toJSON() };
    }
    /** Merges the next segment of the current input: places its leading lines, takes its anchors and stats. */
    absorbAttribution(seg) {
        if (!this.inSource)
            this.beginSource('<input>');
        for (let k = 0; k < seg.leadingMalformed; k++)
            this.noTs(true);
        for (let k = 0; k < seg.leadingInvalid; k++)
            this.noTs(false);
        if (seg.firstAnchor !== null && Number.isNaN(this.anchor)) {
            this.anchor = seg.firstAnchor;
            if (this.pendingMalformed > 0 || this.pendingInvalid > 0)
                this.settlePending(seg.firstAnchor);
        }
        if (seg.lastAnchor !== null)
            this.anchor = seg.lastAnchor;
        this.stats.lines += seg.stats.lines;
        this.stats.outside += seg.stats.outside;
        this.stats.tooLong += seg.stats.tooLong;
        for (const [note, n] of Object.entries(seg.stats.notes))
            addNote(this.stats.notes, note, n);
        this.tally.absorb(seg.stats, this.source, this.lineNo);
        this.lineNo += seg.lineCount;
    }
    /** Ends the open input; the inputs that had lines but no usable timestamp to place them by. */
    endAttribution() {
        this.endSource();
        return [...this.unattributed];
    }
}

;// CONCATENATED MODULE: ./src/telemetry/collect.ts
/**
 * Streaming collection: event lines in, one WindowRecord per window of [from, to) out.
 *
 * Feed each input (a file) as chunks of bytes between beginSource() and endSource(); lines may
 * span chunks. Only per-window aggregates are kept, so memory does not grow with the number of
 * events. Every window of the range is reported, with zero counts when nothing happened in it.
 *
 * The Collector is one class over four jobs, each in its own file: line splitting
 * (split-lines.ts), line classification (classify.ts), which window a line is counted in
 * (attribution.ts) and the per-window aggregates (aggregate.ts). The layers are subclasses, not
 * callbacks, so the per-line path makes direct calls only.
 *
 * Pure: time comes from the events; no clock, no I/O.
 */











class Collector extends WindowAttribution {
    plan;
    parser;
    constructor(options) {
        const plan = compilePlan(options.policy.slis, options.thresholds ?? latencyThresholds(options.policy), options.policy.events);
        const windowMs = options.policy.windowMs;
        super({
            from: options.from,
            windowMs,
            maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
            windowCount: (0,telemetry_window/* windowStarts */.oX)(options.from, options.to, windowMs).length,
            newWindow: () => emptyWindow(plan),
        });
        this.plan = plan;
        this.parser = new LineParser(plan);
    }
    /** One line: classified, attributed to its window, added into that window's aggregates. */
    line(b, s, e) {
        const p = this.parser;
        const cls = p.classify(b, s, e);
        this.lineNo++;
        if (cls === LINE_BLANK)
            return;
        this.stats.lines++;
        if (cls === LINE_MALFORMED || cls === LINE_INVALID_NO_TS) {
            this.noteLine(b, s, e, cls);
            this.noTs(cls === LINE_MALFORMED);
            return;
        }
        if (cls !== LINE_EVENT)
            this.noteLine(b, s, e, cls);
        const idx = Math.floor((p.ts - this.from) / this.windowMs);
        if (idx !== this.anchor)
            this.moveAnchor(idx);
        const w = this.windows[idx] ?? this.windowAt(idx);
        if (w === undefined) {
            this.stats.outside++;
            return;
        }
        if (cls === LINE_EVENT) {
            w.events++;
            // The aggregation's inner loop, kept here so an event line costs no extra call.
            const actions = this.plan.events[p.eventIndex].actions;
            const matched = p.matched;
            for (let k = 0; k < p.matchedCount; k++) {
                const act = actions[matched[k]];
                const agg = w.slis[act.sli];
                switch (act.op) {
                    case OP_LATENCY:
                        if (agg.kind === 'latency') {
                            const v = p.values[k];
                            agg.count++;
                            w.sums[act.sli].add(v);
                            if (agg.min === null || v < agg.min)
                                agg.min = v;
                            if (agg.max === null || v > agg.max)
                                agg.max = v;
                            agg.sketch.add(v);
                            const over = agg.over;
                            if (over) {
                                // Indexed, not for…of: the iterator was not optimized away and cost an allocation a line.
                                const thresholds = this.plan.thresholds[act.sli];
                                for (let q = 0; q < thresholds.length; q++) {
                                    const t = thresholds[q];
                                    if (v > t)
                                        over.set(t, over.get(t) + 1);
                                }
                            }
                        }
                        break;
                    // A control-cohort event is counted apart, never in the rate (the aggregate then has `control`).
                    case OP_NUMERATOR:
                        if (agg.kind === 'ratio') {
                            if (p.inControl[k] === 1)
                                agg.control.numerator++;
                            else
                                agg.numerator++;
                        }
                        break;
                    case OP_DENOMINATOR:
                        if (agg.kind === 'ratio') {
                            if (p.inControl[k] === 1)
                                agg.control.denominator++;
                            else
                                agg.denominator++;
                        }
                        break;
                    case OP_COUNT:
                        if (agg.kind === 'count' && (act.fieldSlot < 0 || this.distinctNew(b, act.sli, act.fieldSlot)))
                            agg.count++;
                        break;
                }
            }
            if (p.matchedCount === 0 && this.plan.events[p.eventIndex].whereSlots.length > 0)
                this.noteUnmatched(b);
        }
        else if (cls === LINE_UNKNOWN) {
            w.unknown++;
        }
        else if (cls === LINE_INVALID) {
            w.invalid++;
        }
    }
    /**
     * A count SLI with `distinct`: is the event's value new in its window? An event without the
     * field counts as its own bug (never dropped: a critical bug without an id is still a critical
     * bug, and over-counting fails safe), and is noted so the operator fixes the reporter.
     */
    distinctNew(b, sli, slot) {
        const key = distinctKey(this.parser, b, slot);
        if (key === null) {
            const event = this.plan.events[this.parser.eventIndex].name;
            const field = this.plan.fields[slot];
            addNote(this.stats.notes, `${event} lines without a string or number "${field}" are counted by ${this.plan.sliIds[sli]} as one each (distinct: ${field})`);
            return true;
        }
        const ids = this.windows[this.anchor].ids[sli];
        if (ids.has(key))
            return false;
        ids.add(key);
        return true;
    }
    /**
     * A line that is not an event (malformed, invalid, of a name no SLI maps), tallied by reason or
     * name with its first line as an example, in or out of the range: the rule on such lines
     * (line-report.ts) looks at everything a source read.
     */
    noteLine(b, s, e, cls) {
        const p = this.parser;
        const example = () => ({ source: this.source, line: this.lineNo, text: exampleText(b, s, e) });
        if (cls === LINE_UNKNOWN) {
            const name = p.fieldValue(b, SLOT_EVENT);
            this.tally.addUnknown(String(name), example);
            return;
        }
        const key = reasonKey(p, b, s, e, cls);
        this.tally.addUnusable(key, () => describeReason(key, p, b, s, e, this.maxLineBytes), example);
    }
    /** A line of a mapped event that no SLI counts because of a `where` value: noted, not silently dropped. */
    noteUnmatched(b) {
        const why = unmatchedWhere(this.parser, b);
        if (why === null)
            return;
        const event = this.plan.events[this.parser.eventIndex].name;
        addNote(this.stats.notes, `${event} lines with ${why} are counted by no SLI (no SLI's where: accepts it)`);
    }
    takeSegment() {
        const attribution = this.endSegmentAttribution();
        return { windows: segmentWindows(this.windows), ...attribution };
    }
    /**
     * Merges the next segment of the current input (segments must come in input order, between
     * beginSource() and endSource() of that input; the collectors must share policy and range).
     */
    absorbSegment(seg) {
        this.absorbAttribution(seg);
        for (const sw of seg.windows)
            absorbWindow(this.windowAt(sw.index), sw);
    }
    /** Ends the open input and returns every window of the range. */
    finish() {
        const unattributed = this.endAttribution();
        const windows = windowRecords(Array.from(this.windows, (w, i) => w ?? this.windowAt(i)), this.plan, this.from, this.windowMs);
        return { windows, unattributed, stats: this.statsNow() };
    }
}
/**
 * Segments: a big input cut at line boundaries is collected part by part (e.g. in workers) and
 * merged in input order with exactly the result of one sequential pass.
 */
class SegmentCollector extends Collector {
    /** Starts the segment (one contiguous run of whole lines of one input). */
    beginSegment(name) {
        super.beginSource(name);
        this.setSegmentMode();
    }
    /** Ends the segment and returns its aggregates. */
    endSegment() {
        return this.takeSegment();
    }
}
/** Collects in-memory inputs (tests, small sources): each element is one input's full text. */
function collectTexts(inputs, options) {
    const c = new Collector(options);
    for (const input of inputs) {
        c.beginSource(input.source);
        c.push(typeof input.text === 'string' ? Buffer.from(input.text, 'utf8') : input.text);
        c.endSource();
    }
    return c.finish();
}

;// CONCATENATED MODULE: ./src/telemetry/line-report.ts
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
    read = { lines: 0, tally: new LineTally(), failed: false };
    constructor(spec, ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.label = ctx.label;
    }
    /** Window by window, in time order (outcome.ts: a window that fails stops the source for this run). */
    async collect(job, progress) {
        try {
            this.headers = sourceHeaders(this.spec, this.ctx.env);
            // `${VAR}` in the URL (a host or a key) is expanded once; the window fields per request.
            this.template = expandEnv(this.spec.url, this.ctx.env, `sources.${this.spec.name}.url`);
        }
        catch (e) {
            if (!(e instanceof SourceError))
                throw e;
            return unusable(this.label, job, e);
        }
        this.read = { lines: 0, tally: new LineTally(), failed: false };
        const outcome = await eachWindow(job, progress, (start, slis) => this.collectWindow(start, job, slis));
        // Lines that are not events, over the whole run: said loudly when most are (line-report.ts).
        const { lines, tally, failed } = this.read;
        const health = { lines, ...tally.toJSON() };
        const warning = failed ? undefined : lineWarning(this.label, health);
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
        const window = new Collector(options);
        const first = new URL(windowUrl(this.template, start, end));
        // Named by its window, not its URL: a URL may carry a key, and examples of lines name it.
        const name = `the answer for window ${http_export_iso(start)}`;
        window.beginSource(name);
        const target = { headers: this.headers, timeoutMs: this.spec.timeoutMs };
        const seen = new Set();
        let url = first;
        for (let page = 1; url !== undefined; page++) {
            if (page > MAX_PAGES || seen.has(url.href)) {
                throw new SourceError(`${this.ctx.label}: pagination does not end (page ${page}: ${url.href}); check sources.${this.spec.name}.pagination`, false, undefined, true);
            }
            seen.add(url.href);
            const at = url;
            const what = `window ${http_export_iso(start)} page ${page}`;
            const { segment, next } = await fetchWithRetry(this.ctx, what, target, at, async (res) => {
                const seg = new SegmentCollector(options);
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
        if (judgeLines(health) === 'all-unusable') {
            this.read.failed = true;
            this.ctx.log(`warning: ${lineWarning(this.label, health)}\n`);
            throw new SourceError(failureReason(this.label, health), false);
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
function http_export_iso(ms) {
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

;// CONCATENATED MODULE: ./src/telemetry/collect-warmup.ts
/**
 * Warm-up for a parse thread that waits for its first range: a generic policy's collect over
 * synthetic lines shaped like real events, so V8 has optimized the parse path (split, classify,
 * the aggregates) before the real bytes arrive. A range parsed cold runs ~60 % slower until the
 * optimizing compiler is done, and a worker that boots while the main thread still loads the
 * policy would otherwise idle. The code the JIT optimizes is shared by every collector of the
 * thread, whatever its policy. The main thread runs one round too, once the workers have their
 * ranges (collect-parallel.ts), for the feedback of every kind of line rather than for speed.
 *
 * Pure: no I/O.
 */



const FROM = Date.UTC(2026, 0, 1);
const WINDOWS = 4;
/** One SLI of each kind and option: a latency, ratios with a `where` and a control cohort, a distinct count. */
const SLIS = {
    latency: { kind: 'latency', event: 'w.save', field: 'duration_ms', unit: 'ms' },
    ratio: {
        kind: 'ratio',
        numerator: { event: 'w.restore', where: { success: true } },
        denominator: { event: 'w.restore' },
        control: { cohort: 'control' },
    },
    mode: {
        kind: 'ratio',
        numerator: { event: 'w.merge', where: { mode: 'auto' } },
        denominator: { event: 'w.merge' },
    },
    count: { kind: 'count', event: 'w.bug', where: { severity: 'critical' }, distinct: 'id' },
};
/** 250 lines over four windows, mostly the common shape, a few of the rare ones (unknown, invalid, broken). */
function lines() {
    const out = [];
    for (let i = 0; i < 250; i++) {
        const ts = new Date(FROM + (i % WINDOWS) * telemetry_window/* DEFAULT_WINDOW_MS */.ID + ((i * 7_919) % telemetry_window/* DEFAULT_WINDOW_MS */.ID)).toISOString();
        const common = `"session":"s-${(i * 7919).toString(16)}","app":"${i % 3 ? 'web' : 'desktop'}","version":"4.${i % 5}.0","cohort":"${i % 4 ? 'beta' : 'control'}"`;
        const kind = i % 10;
        if (kind < 6)
            out.push(`{"ts":"${ts}","event":"w.save","duration_ms":${(i * 37) % 3000},${common}}`);
        else if (kind === 6)
            out.push(`{"ts":"${ts}","event":"w.restore","success":${i % 3 > 0},${common}}`);
        else if (kind === 7)
            out.push(`{"ts":"${ts}","event":"w.merge","mode":"${i % 2 ? 'auto' : 'manual'}",${common}}`);
        else if (kind === 8)
            out.push(`{"ts":"${ts}","event":"w.bug","severity":"critical","id":"b-${i % 50}",${common}}`);
        else if (i % 7 === 0)
            out.push(`{"ts":"${ts}","event":"other.event",${common}}`);
        else if (i % 3 === 0)
            out.push(i % 20 < 10 ? `{"ts":"${ts}","event":"w.save","duration_ms":"slow"}` : '{"ts":');
        else
            out.push(`{"ts":"${ts}","event":"w.session",${common}}`);
    }
    return external_node_buffer_.Buffer.from(`${out.join('\n')}\n`);
}
let collect_warmup_text;
/** One round of the warm-up: 250 lines, a quarter of a millisecond once optimized. */
function warmCollectRound() {
    collect_warmup_text ??= lines();
    const c = new SegmentCollector({
        policy: { slis: SLIS, windowMs: telemetry_window/* DEFAULT_WINDOW_MS */.ID },
        thresholds: { latency: [500] },
        from: FROM,
        to: FROM + WINDOWS * telemetry_window/* DEFAULT_WINDOW_MS */.ID,
    });
    c.beginSegment('warm-up');
    // in chunks, as a file is read, so the split path that carries a line across chunks runs too
    for (let p = 0; p < collect_warmup_text.length; p += 8_192)
        c.push(collect_warmup_text.subarray(p, p + 8_192));
    return c.endSegment();
}
/**
 * A round for the threads that parse: false when it threw. The ranges never depend on the
 * warm-up, so a failing round ends the warm-up, never the collect.
 */
function tryWarmCollectRound() {
    try {
        warmCollectRound();
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/telemetry/sources/read-chunks.ts



/**
 * Bytes read at a time, by each thread into a buffer it reuses (readChunks below). 256 KiB keeps
 * ~5 MiB less resident than 1 MiB in a two-thread collect of 1M events over 7 days (median peak
 * RSS 127.8 against 133.4 MiB) for ~2 % more time (0.71 against 0.70 s; medians of 8 runs each).
 */
const READ_CHUNK_BYTES = 1 << 18;
/**
 * Reads bytes [span.pos, span.end) of an open file as chunks into one buffer allocated once, so memory
 * stays flat however large the file is: a chunk is valid only until the next one is asked for
 * (copy what must outlive it).
 *
 * The reads are synchronous, with a turn of the event loop after each chunk (a worker's reply, a
 * progress line, another source's request go on meanwhile). An asynchronous read is a round trip
 * through libuv's thread pool, whose threads then compete with the parse threads for the cores:
 * two threads parsing the halves of a 169 MB file, warmed up, took ~8 % longer reading
 * asynchronously than synchronously, and as long synchronously as from memory. The copy out of the
 * page cache is short next to the parse of the chunk.
 */
async function* readChunks(fd, span, chunkBytes) {
    const buf = external_node_buffer_.Buffer.allocUnsafe(chunkBytes);
    while (span.pos < span.end) {
        const bytesRead = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(buf.length, span.end - span.pos), span.pos);
        if (bytesRead === 0)
            return;
        span.pos += bytesRead;
        yield buf.subarray(0, bytesRead);
        await (0,external_node_timers_promises_.setImmediate)();
    }
}
/**
 * Cuts what is left of `span` in two when at least 2 × `minBytes` is left: its end moves to the
 * middle, which is returned, and the bytes from there to the old end are another thread's to
 * read. `size` is the file's size, for a span that reads to the end of the file (end: Infinity).
 */
function cutSpan(span, size, minBytes) {
    const left = Math.min(span.end, size) - span.pos;
    if (!(left >= 2 * minBytes))
        return undefined;
    const at = span.pos + Math.floor(left / 2);
    span.end = at;
    return at;
}

;// CONCATENATED MODULE: ./src/telemetry/sources/collect-worker.ts
/**
 * Worker thread entry: collects whole lines of one byte range of a file and posts the
 * SegmentResult. A range owns the lines that start inside it: it skips a line cut at its start
 * and finishes a line cut at its end. Until its first range comes, the thread warms up.
 */






/**
 * Collects the lines that start in [task.start, span.end): `span` is where the range is read, and
 * its end may move earlier while it is (a cut, between chunks). The first line is the first that
 * starts at or after task.start, and the last one is read to its end past span.end, so ranges
 * cut anywhere share no line and miss none.
 */
async function collectSegment(task, span = { pos: task.start, end: task.end }) {
    const c = new SegmentCollector({
        policy: { slis: task.slis, windowMs: task.windowMs, events: task.events },
        thresholds: task.thresholds,
        from: task.from,
        to: task.to,
        maxLineBytes: task.maxLineBytes,
    });
    c.beginSegment(task.file);
    const fh = await (0,promises_.open)(task.file, 'r');
    try {
        const buf = Buffer.allocUnsafe(task.chunkBytes);
        const peek = (at) => (0,external_node_fs_.readSync)(fh.fd, buf, 0, Math.min(buf.length, 1 << 16), at);
        if (span.pos > 0) {
            // the first line starting at or after `start`
            let at = span.pos - 1;
            for (;;) {
                const bytesRead = peek(at);
                if (bytesRead === 0)
                    return c.endSegment();
                const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
                if (nl >= 0) {
                    at += nl + 1;
                    break;
                }
                at += bytesRead;
            }
            span.pos = at;
        }
        let last = 0x0a;
        for await (const chunk of readChunks(fh.fd, span, task.chunkBytes)) {
            c.push(chunk);
            last = chunk[chunk.length - 1];
        }
        if (span.pos < span.end && Number.isFinite(span.end))
            return c.endSegment(); // the file ended early
        // finish the line that runs past the end
        let pos = span.pos;
        while (last !== 0x0a) {
            const bytesRead = peek(pos);
            if (bytesRead === 0)
                break;
            const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
            const take = nl >= 0 ? nl + 1 : bytesRead;
            c.push(buf.subarray(0, take));
            pos += take;
            if (nl >= 0)
                last = 0x0a;
        }
        return c.endSegment();
    }
    finally {
        await fh.close();
    }
}
/**
 * A thread started ahead (collect-threads.ts) boots while the main thread still loads the policy,
 * and idles until its first range. It warms the parse path meanwhile (collect-warmup.ts): a range
 * parsed cold took ~190 ms against ~115 ms warm (28 MB of the 7-day trace). At most this many
 * rounds, ~80 ms: V8 has optimized the parse path by then (--trace-opt). On two cores the warm-up
 * shares the CPU with the main thread's start, which ends ~35 ms later, but the parse ends ~70 ms
 * sooner (7-day trace, medians of 14 interleaved runs each).
 */
const WARM_ROUNDS = 24;
/** A range came: the warm-up stops for good (it is not resumed between ranges). */
let taken = false;
/** A round at a time, yielding between rounds so the first range is taken as soon as it comes. */
function warmWhileIdle(round) {
    if (taken || round >= WARM_ROUNDS || !tryWarmCollectRound())
        return;
    setImmediate(warmWhileIdle, round + 1);
}
if (external_node_worker_threads_.parentPort)
    setImmediate(warmWhileIdle, 0);
/** The task this thread reads now, and where: a cut request moves its end. */
let reading;
external_node_worker_threads_.parentPort?.on('message', (m) => {
    if ('cut' in m) {
        const r = reading?.task.id === m.cut ? reading : undefined;
        const at = r && cutSpan(r.span, r.task.size, r.task.minCutBytes);
        external_node_worker_threads_.parentPort.postMessage({ cut: m.cut, at: at ?? null });
        return;
    }
    const task = m;
    taken = true;
    const span = { pos: task.start, end: task.end };
    reading = { task, span };
    collectSegment(task, span).then((result) => {
        reading = undefined;
        external_node_worker_threads_.parentPort.postMessage({ id: task.id, ok: true, result });
    }, (e) => {
        reading = undefined;
        external_node_worker_threads_.parentPort.postMessage({
            id: task.id,
            ok: false,
            error: e.message,
            code: e.code,
        });
    });
});

;// CONCATENATED MODULE: ./src/telemetry/sources/read-error.ts
/** A telemetry source that cannot be read, and whether trying again may help. */
class TelemetrySourceError extends Error {
    retryable;
    constructor(message, 
    /** Worth retrying (a transient read error) or not (a missing file, a bad pattern). */
    retryable) {
        super(message);
        this.retryable = retryable;
        this.name = 'TelemetrySourceError';
    }
}
/** A failed read; transient conditions (EAGAIN, EIO, EBUSY, EMFILE) are worth a retry. */
function readError(file, message, code) {
    const retryable = code === 'EAGAIN' || code === 'EIO' || code === 'EBUSY' || code === 'EMFILE';
    return new TelemetrySourceError(`reading ${file} failed: ${message}`, retryable);
}

;// CONCATENATED MODULE: ./src/telemetry/sources/collect-parallel.ts
/**
 * A parallel collect of JSONL files (jsonl.ts): the files cut into byte ranges at line
 * boundaries, read on this thread and on worker threads (collect-worker.ts), and merged in file
 * order, so the records are those of one sequential pass.
 */








/**
 * Ranges per thread: with one range each, the thread that started first (this one, while the
 * workers boot) waits idle for the last; with three, whoever is done takes the next, and the last
 * ones are shared by cutting them (Ranges). Time-ordered files cut into more ranges cost little
 * more to merge: a range's windows are its own but at its edges. With the cuts, 2, 6 or 12 per
 * thread were no faster than 3 over 90 days (1.70, 1.65, 1.75 against 1.64 s), nor lighter.
 */
const RANGES_PER_THREAD = 3;
/** Cuts the files into byte ranges of about total / (workers × RANGES_PER_THREAD) bytes (at least minSegmentBytes). */
function segmentTasks(files, sizes, options, workers) {
    const total = sizes.reduce((a, b) => a + b, 0);
    const minBytes = options.minSegmentBytes ?? MIN_SEGMENT_BYTES;
    const segBytes = Math.max(minBytes, Math.ceil(total / (workers * RANGES_PER_THREAD)), 1);
    const tasks = [];
    const thresholds = options.thresholds ?? latencyThresholds(options.policy);
    files.forEach((file, fi) => {
        const size = sizes[fi];
        const n = Math.max(1, Math.round(size / segBytes));
        for (let k = 0; k < n; k++) {
            tasks.push({
                id: tasks.length,
                file,
                start: Math.floor((size * k) / n),
                end: k === n - 1 ? Number.POSITIVE_INFINITY : Math.floor((size * (k + 1)) / n),
                size,
                minCutBytes: Math.max(1, Math.floor(minBytes / CUT_FRACTION)),
                slis: options.policy.slis,
                events: options.policy.events,
                thresholds,
                windowMs: options.policy.windowMs,
                from: options.from,
                to: options.to,
                maxLineBytes: options.maxLineBytes,
                chunkBytes: options.highWaterMark ?? READ_CHUNK_BYTES,
            });
        }
    });
    return tasks;
}
/**
 * A cut leaves both pieces at least minSegmentBytes / CUT_FRACTION bytes (1 MiB by default, ~3 ms
 * of parsing, against a message there and back to ask for the cut).
 */
const CUT_FRACTION = 8;
/**
 * The ranges of a parallel collect: handed out in file order while there are any, then cut. A
 * thread with none left takes the second half of what another thread has left of its range, so
 * the threads end together instead of one waiting for the other's last range: the parse of the
 * 90-day trace ended ~90 ms sooner (a range there is 56 MB), of the 7-day one ~12 ms. A cut's
 * piece is read and merged right after the range it was cut from, so the records are the same.
 */
class Ranges {
    /** Every task by id; cut pieces are added at the end. */
    tasks;
    /** Task ids in file order: the order their results merge in. */
    order;
    running = new Map();
    next = 0;
    planned;
    constructor(tasks) {
        this.tasks = tasks;
        this.order = tasks.map((t) => t.id);
        this.planned = tasks.length;
    }
    /** The next range not handed out yet. */
    take() {
        return this.next < this.planned ? this.tasks[this.next++] : undefined;
    }
    start(task, reader, span) {
        this.running.set(task.id, { task, reader, span });
    }
    stop(task) {
        this.running.delete(task.id);
    }
    /** The range another reader than `asker` reads with the most bytes planned, not refused yet. */
    victim(asker) {
        let best;
        let most = 0;
        for (const r of this.running.values()) {
            if (r.reader === asker || r.uncut)
                continue;
            const bytes = Math.min(r.task.end, r.task.size) - r.task.start;
            if (bytes > most) {
                most = bytes;
                best = r;
            }
        }
        return best;
    }
    /** `task` now ends at `at`: the rest is a new task, read after it in file order. */
    cut(task, at) {
        const piece = { ...task, id: this.tasks.length, start: at };
        task.end = at;
        this.tasks.push(piece);
        this.order.splice(this.order.indexOf(task.id) + 1, 0, piece.id);
        return piece;
    }
}
/**
 * The threads reading the ranges: this one and the workers. Each takes the next range, and once
 * they are all handed out, a piece cut from another thread's (Ranges).
 */
class Readers {
    ranges;
    done;
    /** Per worker, the cut requests it has not answered yet, in the order asked (it answers in order). */
    cutReplies = new Map();
    constructor(ranges, done) {
        this.ranges = ranges;
        this.done = done;
    }
    /** This thread: the caller's own work first, then ranges until there are none to take or cut. */
    async here(meanwhile) {
        meanwhile?.();
        // One round of the threads' warm-up (collect-warmup.ts) before this thread's first range: V8
        // optimizes the line loop early (Node 24's Maglev after a few hundred lines), and each rare
        // line it had not seen yet (an invalid one, a new kind of SLI) threw that code away. Deopts of
        // the loop in a 7-day collect: 9 -> 3.
        tryWarmCollectRound();
        for (let t = await this.next('here'); t !== undefined; t = await this.next('here')) {
            const span = { pos: t.start, end: t.end };
            this.ranges.start(t, 'here', span);
            let result;
            try {
                result = await collectSegment(t, span);
            }
            catch (e) {
                throw readError(t.file, e.message, e.code);
            }
            finally {
                this.ranges.stop(t);
            }
            this.done(t, result);
        }
    }
    /** A worker thread: a range posted at a time, its result told, until there are none. */
    there(w) {
        this.cutReplies.set(w, []);
        return new Promise((resolve, reject) => {
            const give = async () => {
                const t = await this.next(w);
                if (t === undefined)
                    resolve();
                else {
                    this.ranges.start(t, w);
                    w.postMessage(t);
                }
            };
            w.on('message', (m) => {
                if ('cut' in m) {
                    this.cutReplies.get(w).shift()?.(m.at);
                    return;
                }
                const t = this.ranges.tasks[m.id];
                this.ranges.stop(t);
                if (!m.ok) {
                    reject(readError(t.file, m.error, m.code));
                    return;
                }
                try {
                    this.done(t, m.result);
                }
                catch (e) {
                    reject(e); // in a listener, a throw would end the process, not this collect
                    return;
                }
                give().catch(reject);
            });
            w.on('error', reject);
            give().catch(reject);
        });
    }
    /** The next range for `reader`; once they are all handed out, a piece of another reader's. */
    async next(reader) {
        const planned = this.ranges.take();
        if (planned !== undefined)
            return planned;
        for (let v = this.ranges.victim(reader); v !== undefined; v = this.ranges.victim(reader)) {
            const at = v.reader === 'here'
                ? cutSpan(v.span, v.task.size, v.task.minCutBytes)
                : await this.askCut(v.reader, v.task.id);
            if (at !== null && at !== undefined)
                return this.ranges.cut(v.task, at);
            v.uncut = true;
        }
        return undefined;
    }
    askCut(w, id) {
        return new Promise((resolve) => {
            this.cutReplies.get(w).push(resolve);
            w.postMessage({ cut: id });
        });
    }
}
/**
 * Runs the ranges on this thread and on workers - 1 worker threads, telling `done` each task's
 * result as it comes in.
 */
async function runTasks(ranges, workers, url, done, meanwhile) {
    const pool = takeCollectThreads(Math.min(workers - 1, ranges.tasks.length - 1), url);
    const readers = new Readers(ranges, done);
    try {
        // The workers take their first ranges before this thread does anything else.
        const there = pool.map((w) => readers.there(w));
        await Promise.all([readers.here(meanwhile), ...there]);
    }
    finally {
        await Promise.all(pool.map((w) => w.terminate()));
    }
}
/**
 * The files cut into ranges at line boundaries, collected in parallel, merged in file order: a
 * range is merged as soon as those before it are (between this thread's own ranges), and let go.
 */
async function collectParallel(files, options, workers, url) {
    const sizes = await Promise.all(files.map(async (f) => (await (0,promises_.stat)(f)).size));
    const ranges = new Ranges(segmentTasks(files, sizes, options, workers));
    const total = sizes.reduce((a, b) => a + b, 0);
    const collector = new Collector(options);
    const results = new Map();
    let read = 0;
    /** How many of ranges.order are merged. A finished task is cut no more, so what follows it in the order is known. */
    let merged = 0;
    // This thread takes tasks too, so `workers` counts it.
    await runTasks(ranges, workers, url, (t, result) => {
        results.set(t.id, result);
        read += Math.min(t.end, t.size) - t.start;
        options.onBytes?.(read, total);
        const { order, tasks } = ranges;
        for (let id = order[merged]; id !== undefined && results.has(id); id = order[merged]) {
            const task = tasks[id];
            if (merged === 0 || tasks[order[merged - 1]].file !== task.file)
                collector.beginSource(task.file);
            collector.absorbSegment(results.get(id));
            results.delete(id);
            merged++;
            const after = order[merged];
            if (after === undefined || tasks[after].file !== task.file)
                collector.endSource();
        }
    }, options.meanwhile);
    return collector.finish();
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/telemetry/sources/glob.ts
/**
 * Telemetry sources given as globs ("logs/**\/events-*.jsonl"). Node 20 has no fs.glob, so we
 * use tinyglobby (fdir + picomatch, the matcher Vite uses) rather than a matcher of our own.
 * Dot files match only when the pattern says so. Results are absolute and sorted, so several
 * files are always read in the same order.
 */

function glob_hasMagic(pattern) {
    return (0,dist/* isDynamicPattern */.ey)(pattern);
}
async function glob(pattern, cwd = process.cwd()) {
    const files = await (0,dist/* glob */.TI)([pattern], { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
    return files.sort();
}

;// CONCATENATED MODULE: ./src/telemetry/sources/jsonl.ts
/**
 * The JSONL telemetry source: event lines from a file or a glob of files, streamed as large
 * Buffers into the Collector. Files are read one after another in sorted path order.
 */








/** The files a source names: the file itself, or the sorted matches of a glob. */
async function resolveSourceFiles(source, cwd = process.cwd()) {
    if (!glob_hasMagic(source)) {
        const file = external_node_path_default().resolve(cwd, source);
        try {
            const s = await (0,promises_.stat)(file);
            if (!s.isFile())
                throw new TelemetrySourceError(`telemetry source ${source} is not a file`, false);
        }
        catch (e) {
            if (e instanceof TelemetrySourceError)
                throw e;
            throw new TelemetrySourceError(`telemetry source ${source} cannot be read: ${e.message}`, false);
        }
        return [file];
    }
    const files = await glob(source, cwd);
    if (files.length === 0)
        throw new TelemetrySourceError(`no telemetry files match ${source}`, false);
    return files;
}
/** Streams one file into the collector as one input. */
async function feedFile(collector, file, highWaterMark = READ_CHUNK_BYTES, onChunk) {
    collector.beginSource(file);
    try {
        const fh = await (0,promises_.open)(file, 'r');
        try {
            for await (const chunk of readChunks(fh.fd, { pos: 0, end: Number.POSITIVE_INFINITY }, highWaterMark)) {
                collector.push(chunk);
                onChunk?.(chunk.length);
            }
        }
        finally {
            await fh.close();
        }
    }
    catch (e) {
        throw readError(file, e.message, e.code);
    }
    collector.endSource();
}
/** Reads every file of the source and aggregates the windows of [from, to). */
async function collectJsonl(options) {
    const sources = typeof options.source === 'string' ? [options.source] : options.source;
    const files = new Set();
    for (const s of sources)
        for (const f of await resolveSourceFiles(s, options.cwd))
            files.add(f);
    const sorted = [...files].sort();
    const workers = Math.max(1, Math.floor(options.workers ?? 1));
    const url = workers > 1 ? collectWorkerUrl() : undefined;
    if (url !== undefined)
        return { ...(await collectParallel(sorted, options, workers, url)), files: sorted };
    const collector = new Collector(options);
    options.meanwhile?.();
    const onBytes = options.onBytes;
    let read = 0;
    let total = 0;
    if (onBytes)
        for (const f of sorted)
            total += (await (0,promises_.stat)(f)).size;
    const onChunk = onBytes &&
        ((bytes) => {
            read += bytes;
            onBytes(read, total);
        });
    for (const f of sorted)
        await feedFile(collector, f, options.highWaterMark, onChunk);
    return { ...collector.finish(), files: sorted };
}

;// CONCATENATED MODULE: ./src/telemetry/sources/sniff.ts
/**
 * Is a local events file JSONL text at all? An export that is empty, compressed, UTF-16 or binary
 * reads as zero lines (or lines without a timestamp), which would look like "nothing happened":
 * the windows must be missing instead. The first bytes say which, before anything is counted.
 */

const sniff_HEAD_BYTES = 1 << 16;
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
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const buf = Buffer.alloc(sniff_HEAD_BYTES);
        const { bytesRead } = await fh.read(buf, 0, sniff_HEAD_BYTES, 0);
        return unreadableReason(buf.subarray(0, bytesRead), bytesRead < sniff_HEAD_BYTES);
    }
    finally {
        await fh.close();
    }
}

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
            const r = await retrying(this.ctx, `reading ${source.length} file(s)`, () => collectJsonl({
                policy: { slis: job.slis, windowMs: job.windowMs, events: this.ctx.events },
                thresholds: job.thresholds,
                from: (0,extent/* minOf */.H)(starts),
                to: (0,extent/* maxOf */._)(starts) + job.windowMs,
                source,
                workers: this.options.workers,
            }).catch((e) => {
                throw e instanceof TelemetrySourceError ? new SourceError(e.message, e.retryable) : e;
            }));
            // Lines that are not events: said loudly when most are (the reasons, a fix, an example);
            // when every line is malformed or invalid (CSV, garbage, epoch times not mapped), the
            // windows are missing, never zero, and the run fails (line-report.ts).
            const { lines, unusable, unknown } = r.stats;
            const health = { lines, unusable: this.shown(unusable), unknown: this.shown(unknown) };
            const verdict = judgeLines(health);
            const warning = lineWarning(this.label, health, verdict);
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
            if (!(e instanceof SourceError))
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
            const bad = await sniffEventsFile(file).catch(() => undefined); // the read reports it
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
        const reason = missingReason(this.label, health);
        return {
            parts: starts.map((s) => missingPart(s, job.windows.get(s), reason)),
            failures: [{ kind: 'fatal', reason: failureReason(this.label, health), windows: starts }],
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
                for (const f of await resolveSourceFiles(p, this.ctx.cwd))
                    files.add(f);
            }
            catch (e) {
                if (!(e instanceof TelemetrySourceError))
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

;// CONCATENATED MODULE: ./src/telemetry/sources/histogram.ts

/** The sketch bin a value falls in, and the value the sketch reports for that bin. */
function binOf(value) {
    const s = new telemetry_sketch/* LatencySketch */.d();
    s.add(value);
    return { key: s.toJSON().bins[0][0], value: s.quantile(1) };
}
/** The bin whose reported value is the largest not above `bound` (or the smallest above it). */
function binAtOrBelow(bound) {
    let b = binOf(bound);
    for (let v = bound; b.value > bound;) {
        v *= 1 - telemetry_sketch/* SKETCH_RELATIVE_ACCURACY */.W;
        b = binOf(v);
    }
    return b;
}
function binAbove(bound) {
    let b = binOf(bound);
    for (let v = bound; b.value <= bound;) {
        v *= 1 + telemetry_sketch/* SKETCH_RELATIVE_ACCURACY */.W;
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
        alpha: telemetry_sketch/* SKETCH_RELATIVE_ACCURACY */.W,
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
        sketch: telemetry_sketch/* LatencySketch */.d.fromJSON(json),
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
            this.headers = sourceHeaders(this.spec, this.ctx.env);
            this.base = expandEnv(this.spec.url, this.ctx.env, `sources.${this.spec.name}.url`).replace(/\/+$/, '');
        }
        catch (e) {
            if (!(e instanceof SourceError))
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
                    if (!(e instanceof SourceError))
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
                    throw new SourceError(`${this.ctx.label}: ${sli}: a bucket series without a valid \`le\` label (${JSON.stringify(x.labels)}); the buckets query must keep le, e.g. sum by (le) (…)`, false);
                }
                return { le, count: x.value };
            });
            try {
                return latencyFromBuckets(list, unitMs, sums === undefined ? undefined : total(sums, t, false));
            }
            catch (e) {
                throw new SourceError(`${this.ctx.label}: ${sli}: ${e.message}`, false);
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
        const body = await fetchWithRetry(ctx, what, target, url, async (res) => parseBody(await readText(res)), form);
        if (body.status !== 'success') {
            const retryable = ['timeout', 'canceled', 'unavailable', 'internal'].includes(String(body.errorType));
            throw new SourceError(`${this.ctx.label}: ${what}: ${body.errorType ?? 'error'}: ${body.error ?? 'no reason given'}`, retryable);
        }
        for (const w of body.warnings ?? [])
            this.warnOnce(`${sli}: warning from the query engine: ${String(w)}`);
        const answer = toAnswer(body, single ? ends[0] : undefined, (msg) => {
            throw new SourceError(`${this.ctx.label}: ${what}: ${msg}`, false);
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
    throw new SourceError(`not a Prometheus API answer: ${text.slice(0, 120)}`, false);
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
        thresholds: latencyThresholds(o.policy),
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
        label: sourceLabel(spec),
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
            const files = spec.files ? spec.files.map((f) => expandEnv(f, env, `${ctx.configPath}.files`)) : given;
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

// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
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

// EXTERNAL MODULE: ./src/rollout/confirmation.ts
var confirmation = __webpack_require__(7516);
// EXTERNAL MODULE: ./src/rollout/decide.ts + 5 modules
var decide = __webpack_require__(7414);
// EXTERNAL MODULE: ./src/rollout/lookback.ts
var lookback = __webpack_require__(981);
;// CONCATENATED MODULE: ./src/commands/confirm.ts
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
    const spec = (0,model/* phaseById */.K6)(policy, live.phase);
    const records = await (0,record_files/* readRecords */.T3)(i.output, (0,lookback/* lookbackStart */.fe)(policy, spec, live.since, i.now, live.started), i.now);
    const first = judge(i, records);
    const behind = (0,confirmation/* behindFiredRules */.eR)(first.rules);
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
            i.log(`warning: ${(0,telemetry_window/* windowFileName */.gp)(before.end)}: kept the first read, not confirmed: ${why}\n`);
        else
            confirmed.set(before.start, { ...next, rechecked: i.now });
    }
    const written = await (0,record_files/* writeRecords */.Wh)(i.output, [...confirmed.values()]);
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
    return (0,decide/* evaluate */._)({
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
        const result = await recheckBreaches({
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
        const words = describeFsError(e, o.output, outputKind(o));
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
    const progress = createCollectProgress(o.progress ?? 'lines', o.log, windowMs, windows.size);
    const result = await collectSources({
        policy,
        windows,
        files: source && !/^https?:\/\//i.test(source) ? source : undefined,
        env: o.env,
        log: progress.log,
        debug: o.verbose ? progress.log : undefined,
        sleep: o.sleep,
        // Large files are cut at line boundaries and parsed on several threads; the result is the same.
        workers: collectThreadCount(),
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

// EXTERNAL MODULE: ./src/commands/loop.ts + 21 modules
var loop = __webpack_require__(4024);
;// CONCATENATED MODULE: ./src/commands/run-report.ts
const RETRY = /^\S.*? source "([^"]+)": .*attempt \d+ failed: .*; retrying in [\d.]+s\s*$/;
class RunReport {
    records = [];
    retries = {};
    recheck;
    /** collectCommand's onRecheck: what reading a breach's windows again found. */
    rechecked = (r) => {
        this.recheck = { windows: r.windows, confirmed: r.confirmed, breach: r.stillFires ? 'stands' : 'gone' };
    };
    /** collectCommand's onCollected. */
    collected = (records) => {
        this.records = records;
    };
    /** Every line collect logs passes here first. */
    line(text) {
        const m = RETRY.exec(text);
        if (m)
            this.retries[m[1]] = (this.retries[m[1]] ?? 0) + 1;
    }
    run(failed) {
        const rs = this.records;
        const sum = (k) => rs.reduce((n, r) => n + r.counts[k], 0);
        const missing = {};
        for (const r of rs)
            for (const sli of r.missing.keys())
                missing[sli] = (missing[sli] ?? 0) + 1;
        return {
            windows: rs.length,
            from: rs.length ? rs.reduce((t, r) => Math.min(t, r.start), Number.POSITIVE_INFINITY) : null,
            to: rs.length ? rs.reduce((t, r) => Math.max(t, r.end), Number.NEGATIVE_INFINITY) : null,
            events: sum('events'),
            malformed: sum('malformed'),
            invalid: sum('invalid'),
            unknown: sum('unknown'),
            missing,
            retries: { ...this.retries },
            failed: failed === undefined ? null : failed instanceof Error ? failed.message : String(failed),
            ...(this.recheck && { recheck: this.recheck }),
        };
    }
}

;// CONCATENATED MODULE: ./src/commands/records.ts
/**
 * `collect` in the Action: collect the windows owed since the back-fill horizon into the
 * checkout's records folder, then commit every new or changed window record in one commit (the
 * planner's records rule; forge.commitFiles re-reads and retries a ref race, never forces),
 * with the run's line in the run log and its row in the Runbook (plan/runbook.ts rule 1), so a
 * run that collected nothing new still commits those two. Windows that did not change are not
 * committed, and a re-run of the same run finds its line there: it makes no commit at all. Days of
 * window records older than the retention move into the archive in that same commit.
 */










async function collectRecordsCommand(ctx, o) {
    const { policy } = (0,trusted/* loadRunPolicy */.I)(ctx);
    const backfillMs = (0,units/* parseDuration */.E9)(o.backfill);
    if (backfillMs === undefined || backfillMs < policy.windowMs) {
        throw new input/* InputError */.dz(`input "backfill": "${o.backfill}" is not a duration of at least one window (${(0,units/* formatDuration */.a3)(policy.windowMs)}), e.g. 24h`);
    }
    const dir = (0,external_node_path_.join)(ctx.workspace.root, ctx.records);
    const now = ctx.clock.now();
    const to = (0,telemetry_window/* windowStart */.Nf)(now, policy.windowMs);
    const from = to - Math.floor(backfillMs / policy.windowMs) * policy.windowMs;
    const before = snapshot(dir, from, to);
    // Back-fill: the window that just ended, those since the newest record, gaps, and windows whose
    // record lists SLIs as missing. A source that cannot work at all fails the run, but only after
    // the windows collected so far are committed.
    let failed;
    const report = new RunReport();
    await collectCommand({
        source: o.events || undefined, // a glob or URL as written (the runner starts in the workspace)
        output: dir,
        config: (0,external_node_path_.join)(ctx.workspace.root, ctx.config),
        window: (0,units/* formatDuration */.a3)(policy.windowMs),
        backfill: o.backfill,
        now,
        log: (line) => {
            report.line(line);
            // A collect warning (unreadable lines, a kept record, a breach not confirmed) is an
            // annotation on the run, not a plain log line nobody reads.
            if (line.startsWith('warning: '))
                ctx.log.warn(line.slice('warning: '.length).trimEnd());
            else
                ctx.log.info(line.trimEnd());
        },
        onCollected: report.collected,
        onRecheck: report.rechecked,
    }).catch((err) => {
        if (!(err instanceof SourceFailedError))
            throw err;
        failed = err;
    });
    const repoDir = ctx.workspace.repoPath(ctx.records);
    const files = [];
    for (const [name, content] of snapshot(dir, from, to)) {
        if (before.get(name) !== content)
            files.push({ path: repoDir === '.' ? name : `${repoDir}/${name}`, content });
    }
    // Days older than the retention move into the archive in the same commit (plan/archive.ts).
    const archive = { ...(await archiveCandidates(dir, policy, now, backfillMs)), backfillMs };
    const run = await (0,loop.loopCommand)(ctx, {
        command: 'collect',
        files,
        upTo: to,
        branch: ctx.recordsBranch || null,
        run: report.run(failed),
        archive,
    });
    if (failed)
        throw failed;
    return run;
}
/** Record files whose window ends in (from, to], by file name → content. */
function snapshot(dir, from, to) {
    const out = new Map();
    if (!(0,external_node_fs_.existsSync)(dir))
        return out;
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        const end = (0,telemetry_window/* parseWindowFileName */.L$)(name);
        if (end !== undefined && end > from && end <= to)
            out.set(name, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8'));
    }
    return out;
}


/***/ })

};
