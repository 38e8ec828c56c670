export const id = 85;
export const ids = [85];
export const modules = {

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

/***/ 3085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WP: () => (/* binding */ listRecordEnds),
  LM: () => (/* binding */ readArchivedRecords),
  u_: () => (/* binding */ readRecentRecords),
  T3: () => (/* binding */ readRecords),
  PU: () => (/* binding */ writeRecordFile),
  Wh: () => (/* binding */ writeRecords)
});

// UNUSED EXPORTS: RECORDS_DIR, WRITER_THREAD_FROM, listArchiveDays, namesIn, readRecordText, writeTextFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/ensure-dir.ts
var ensure_dir = __webpack_require__(2283);
// EXTERNAL MODULE: ./src/telemetry/archive.ts
var archive = __webpack_require__(2889);
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
        // Keys and counts are finite numbers, whose JSON is their String (the same digits, -0 as 0).
        let bins = '';
        for (const [k, c] of sketch.bins)
            bins += `${bins === '' ? '' : ','}[${k},${c}]`;
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
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/telemetry/sources/record-writer.ts
/**
 * Atomic file writes (a temporary file, then a rename) on a thread of their own, so the thread
 * that encodes the records does not wait for the file system: creating a file is most of a
 * record's cost (a 90-day collect writes 8,640), and it runs here while the next records are
 * encoded, on a core the parsing threads have left idle by then.
 */

/**
 * The writer thread: batches of [file, text] in, `{ done }` or the first error out; after an
 * error it writes nothing more. Plain CommonJS evaluated in place, so the bundle needs no file
 * of its own for it. A temporary file is removed when its write or rename fails: nothing
 * half-written is ever left under a record's name.
 */
const WRITER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
let n = 0;
let failed = false;
parentPort.on('message', (batch) => {
  if (!failed) {
    for (const [file, text] of batch) {
      const tmp = path.join(path.dirname(file), '.' + path.basename(file) + '.' + process.pid + '.w' + n++ + '.tmp');
      try {
        fs.writeFileSync(tmp, text, 'utf8');
        fs.renameSync(tmp, file);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        failed = true;
        parentPort.postMessage({ error: { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path } });
        return;
      }
    }
  }
  parentPort.postMessage({ done: batch.length });
});
`;
/** Files handed to the thread at once: one message each, not one per file. */
const BATCH = 64;
/**
 * Files handed in and not written yet, at most: encoding outruns the file system, and without a
 * bound every record's text would wait in memory (~40 MB for 90 days).
 */
const IN_FLIGHT = 4 * BATCH;
class RecordWriter {
    worker = new external_node_worker_threads_.Worker(WRITER_SOURCE, { eval: true });
    batch = [];
    sent = 0;
    acked = 0;
    error;
    /** Called when a reply comes in (close() and write() wait on it). */
    replied;
    constructor() {
        this.worker.on('message', (m) => {
            if ('error' in m) {
                this.error ??= Object.assign(new Error(m.error.message), m.error);
                this.acked = this.sent; // it writes no more
            }
            else if (this.error === undefined) {
                this.acked += m.done;
            }
            this.replied?.();
        });
        this.worker.on('error', (e) => {
            this.error ??= e;
            this.acked = this.sent;
            this.replied?.();
        });
    }
    /** A write failed (the ones after it are not made): stop handing in more. */
    get failed() {
        return this.error !== undefined;
    }
    /** Queues `text` into `file` (through a temporary file and a rename); waits while too many are queued. */
    async write(file, text) {
        this.batch.push([file, text]);
        if (this.batch.length < BATCH)
            return;
        this.flush();
        await this.until(IN_FLIGHT);
    }
    /** Waits for every queued write, ends the thread, and throws the first write's error if one failed. */
    async close() {
        this.flush();
        try {
            await this.until(0);
        }
        finally {
            await this.worker.terminate();
        }
        if (this.error)
            throw this.error;
    }
    /** Resolves once at most `pending` handed-in files are not written yet. */
    async until(pending) {
        while (this.sent - this.acked > pending)
            await new Promise((resolve) => (this.replied = resolve));
    }
    flush() {
        if (this.batch.length === 0 || this.failed)
            return;
        this.sent += this.batch.length;
        this.worker.postMessage(this.batch);
        this.batch = [];
    }
}

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
/**
 * readRecordText for the write loop, synchronously: a re-run over 8,640 windows made three
 * thread-pool round trips (open, read, close) per file and sat idle between them.
 */
function readExistingSync(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ELOOP')
            return undefined; // a link is replaced, never written through
        throw e;
    }
    try {
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    return writeText(file, old, guardedText(file, report, old, guard));
}
/**
 * The text to write for `next` over a file holding `old`. The same bytes need no guard (it keeps
 * what is there, and it is there): a re-run that changes nothing decodes no file.
 */
function guardedText(file, next, old, guard) {
    const text = encodeRecord(next);
    if (guard === undefined || old === text)
        return text;
    const kept = guard(next, decodeOrUndefined(old, file));
    return kept === next ? text : encodeRecord(kept);
}
/**
 * From this many files on, writeRecords creates them on a thread of its own (record-writer.ts).
 * Fewer are written here: starting the thread costs about what ~500 files do (~30 ms) and its
 * heap ~7 MiB of peak memory, more than it saves a 7-day collect (672 files).
 */
const WRITER_THREAD_FROM = 1000;
/**
 * Writes one file per report into `dir` (created if needed), named after each window's end. The
 * folder is listed once, so a new window costs no failed open of an old file. Files are written
 * synchronously (8,640 windows, 90 days, were ~6 thread-pool round trips each, and the process
 * sat idle between them), on another thread when there are many, so the file system works
 * while this thread encodes the next records.
 */
async function writeRecords(dir, records, guard) {
    await (0,ensure_dir/* ensureDir */.A)(dir);
    const present = new Set(await (0,promises_.readdir)(dir));
    const writer = records.length >= WRITER_THREAD_FROM ? new RecordWriter() : undefined;
    const out = [];
    try {
        for (const r of records) {
            if (writer?.failed)
                break; // close() below throws its error
            const name = (0,telemetry_window/* windowFileName */.gp)(r.end);
            const file = external_node_path_default().join(dir, name);
            const old = present.has(name) ? readExistingSync(file) : undefined;
            const text = guardedText(file, r, old, guard);
            if (writer === undefined || old === text)
                out.push(writeText(file, old, text));
            else {
                await writer.write(file, text);
                out.push({ path: file, changed: true });
            }
        }
    }
    finally {
        await writer?.close();
    }
    return out;
}
/** `text` into `file` through a temporary file and a rename (never half-written), unless it is `old`. */
function writeText(file, old, text) {
    if (old === text)
        return { path: file, changed: false };
    writeTextFile(file, text);
    return { path: file, changed: true };
}
/** `text` into `file` through a temporary file and a rename: never half-written, a link replaced. */
function writeTextFile(file, text) {
    const tmp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.${tmpCounter++}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(tmp, text, 'utf8');
        (0,external_node_fs_.renameSync)(tmp, file);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
/**
 * The committed window records in `dir` whose windows lie inside [fromMs, toMs) (all when omitted),
 * sorted by start: the recent YYYYMMDDHHMM.jsonl files and the archive's day files
 * (telemetry/archive.ts), a recent file winning over an archived copy of its window. Other names
 * are ignored; a missing directory holds no records. A broken file throws RecordDecodeError naming
 * file and line.
 */
async function readRecords(dir, fromMs, toMs) {
    const picked = (await listRecordEnds(dir))
        .filter((end) => (fromMs === undefined || end > fromMs) && (toMs === undefined || end <= toMs))
        .sort((a, b) => a - b);
    const out = [];
    for (const end of picked) {
        const file = external_node_path_default().join(dir, (0,telemetry_window/* windowFileName */.gp)(end));
        const report = decodeRecord(await readRecordText(file), file);
        if (report.end !== end) {
            throw new Error(`${file}: the file name says the window ends ${new Date(end).toISOString()}, its header says ${new Date(report.end).toISOString()}`);
        }
        if (fromMs !== undefined && report.start < fromMs)
            continue;
        out.push(report);
    }
    const recent = new Set(out.map((r) => r.end));
    const archived = (await readArchivedRecords(dir, fromMs, toMs)).filter((r) => !recent.has(r.end));
    return archived.length ? [...out, ...archived].sort((a, b) => a.start - b.start) : out;
}
/** Entries of a folder; none when it does not exist. */
async function listDir(dir) {
    try {
        return await (0,promises_.readdir)(dir);
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
            return [];
        throw e;
    }
}
/** The archive's day files (absolute paths) by UTC day, for days that may hold windows ending in (fromMs, toMs]. */
async function listArchiveDays(dir, fromMs, toMs) {
    const out = new Map();
    const root = external_node_path_default().join(dir, archive/* ARCHIVE_DIR */.L$);
    const lo = fromMs === undefined ? Number.NEGATIVE_INFINITY : (0,archive/* utcDayStart */.lZ)(fromMs) - archive/* DAY_MS */.sO;
    const hi = toMs === undefined ? Number.POSITIVE_INFINITY : toMs;
    for (const year of await listDir(root)) {
        if (!/^\d{4}$/.test(year))
            continue; // runs/: the archived run logs
        for (const month of await listDir(external_node_path_default().join(root, year))) {
            for (const name of await listDir(external_node_path_default().join(root, year, month))) {
                const day = (0,archive/* parseDayName */.pq)(name);
                if (day === undefined || day < lo || day > hi)
                    continue;
                out.set(day, external_node_path_default().join(root, year, month, name));
            }
        }
    }
    return out;
}
/**
 * The archived window records ending in (fromMs, toMs] whose windows start at or after fromMs, by
 * start. A window appended again to its day file (a late re-collect) counts by its last copy.
 * A day file that does not decode throws RecordDecodeError, or, given `onBroken`, is passed to
 * it and left out whole (its windows read as absent, so collecting them again replaces them).
 */
async function readArchivedRecords(dir, fromMs, toMs, onBroken) {
    const byEnd = new Map();
    const days = [...(await listArchiveDays(dir, fromMs, toMs))].sort((a, b) => a[0] - b[0]);
    for (const [, file] of days) {
        let day;
        try {
            day = await readArchiveDay(file);
        }
        catch (e) {
            if (!(e instanceof RecordDecodeError) || onBroken === undefined)
                throw e;
            onBroken(file, e);
            continue;
        }
        for (const report of day) {
            if (fromMs !== undefined && (report.end <= fromMs || report.start < fromMs))
                continue;
            if (toMs !== undefined && report.end > toMs)
                continue;
            byEnd.set(report.end, report);
        }
    }
    return [...byEnd.values()].sort((a, b) => a.start - b.start);
}
/** The window records of one archive day file, in file order. */
async function readArchiveDay(file) {
    return (0,archive/* windowBlocks */.To)(await readRecordText(file)).map((block) => {
        try {
            return decodeRecord(block.text, file);
        }
        catch (e) {
            if (!(e instanceof RecordDecodeError))
                throw e;
            // Line numbers of the day file, not of the block.
            throw new RecordDecodeError(file, block.line + e.line - 1, e.detail);
        }
    });
}
/** The entries of a records folder; none when it does not exist. */
async function namesIn(dir) {
    try {
        return await (0,promises_.readdir)(dir);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
}
/** Ends of the windows whose report files are in `dir` (names only; nothing is read). */
async function listRecordEnds(dir) {
    return (await namesIn(dir)).map(telemetry_window/* parseWindowFileName */.L$).filter((e) => e !== undefined);
}
/**
 * The window records in `dir` whose windows end in (fromMs, toMs], of those whose files end at
 * `ends` (listRecordEnds, which the caller has listed already). A file that does not decode is
 * passed to `onBroken` and left out, so collecting its window again can replace it.
 */
async function readRecentRecords(dir, ends, fromMs, toMs, onBroken) {
    const out = [];
    for (const end of [...ends].sort((a, b) => a - b)) {
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


/***/ })

};
