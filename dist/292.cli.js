export const id = 292;
export const ids = [292];
export const modules = {

/***/ 2279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ minOf),
/* harmony export */   _: () => (/* binding */ maxOf)
/* harmony export */ });
/**
 * The least and greatest of many numbers, by a loop. `Math.min(...values)` passes every value as
 * an argument, which overflows the call stack ("Maximum call stack size exceeded") for arrays of
 * about 125k and more: a 10-year range of 15-minute windows, a folder of that many records.
 */
/** The least value, or `empty` when there is none. */
function minOf(values, empty = Number.POSITIVE_INFINITY) {
    let min = Number.POSITIVE_INFINITY;
    let any = false;
    for (const v of values) {
        any = true;
        if (v < min)
            min = v;
    }
    return any ? min : empty;
}
/** The greatest value, or `empty` when there is none. */
function maxOf(values, empty = Number.NEGATIVE_INFINITY) {
    let max = Number.NEGATIVE_INFINITY;
    let any = false;
    for (const v of values) {
        any = true;
        if (v > max)
            max = v;
    }
    return any ? max : empty;
}


/***/ }),

/***/ 9036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ DECIMAL),
  W: () => (/* binding */ LineParser)
});

// EXTERNAL MODULE: ./src/extent.ts
var extent = __webpack_require__(2279);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/telemetry/plan.ts
var telemetry_plan = __webpack_require__(9952);
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
    const ts = plan.timeFormat === telemetry_plan/* TIME_ISO8601 */.DI ? '"2026-11-20T10:03:12.345Z"' : '1763632992345';
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

// EXTERNAL MODULE: ./src/telemetry/json-scan.ts
var json_scan = __webpack_require__(2123);
// EXTERNAL MODULE: ./src/telemetry/line-class.ts
var line_class = __webpack_require__(8288);
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
            return this.fieldIndex.get((0,json_scan/* decode */.D4)(b, s, e, f)) ?? -1;
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
        const e = (0,json_scan/* scanString */.pM)(b, i + 1, end);
        if (e < 0)
            return -1;
        this.type[slot] = line_class/* T_STRING */.ts;
        this.start[slot] = i + 1;
        this.end[slot] = e;
        this.flags[slot] = json_scan/* strFlags */.dz;
        return e + 1;
    }
    /** Any value starting at i (of a line already known to be valid JSON): captured into `slot`. */
    captureValue(b, i, end, slot) {
        const c = b[i];
        if (c === 0x22) {
            this.captureString(b, i, end, slot);
        }
        else if (c === 0x7b || c === 0x5b) {
            this.type[slot] = line_class/* T_CONTAINER */.xN;
            this.start[slot] = i;
            this.end[slot] = (0,json_scan/* skipContainer */.Tb)(b, i, end);
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            this.type[slot] = line_class/* T_NUMBER */.TZ;
            this.num[slot] = (0,json_scan/* numberValue */.Vg)(b, i, (0,json_scan/* scanNumber */.d8)(b, i, end));
        }
        else if ((0,json_scan/* literal */.eu)(b, i, end, c) > 0) {
            this.type[slot] = c === 0x74 ? line_class/* T_TRUE */.ig : c === 0x66 ? line_class/* T_FALSE */.Fb : line_class/* T_NULL */.BS;
        }
    }
    /**
     * The dotted fields of the plan, for a line whose top-level fields were captured (and which is
     * valid JSON): a top-level key of the field's literal name wins, as it always did; otherwise the
     * path is followed through objects, the last of duplicate keys winning as with JSON.parse.
     */
    resolvePaths(b) {
        for (const path of this.paths) {
            if (this.type[path.slot] !== line_class/* T_ABSENT */.NY || this.type[path.parent] !== line_class/* T_CONTAINER */.xN)
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
                    e = b[v] === 0x7b ? (0,json_scan/* skipContainer */.Tb)(b, v, e) : v;
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
            case line_class/* T_STRING */.ts:
                return (0,json_scan/* decode */.D4)(b, this.start[slot], this.end[slot], this.flags[slot]);
            case line_class/* T_NUMBER */.TZ:
                return this.num[slot];
            case line_class/* T_TRUE */.ig:
                return true;
            case line_class/* T_FALSE */.Fb:
                return false;
            case line_class/* T_NULL */.BS:
                return null;
            case line_class/* T_CONTAINER */.xN:
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
    let i = (0,json_scan/* skipWs */.uu)(b, s + 1, e);
    let found = -1;
    while (i < e && b[i] === 0x22) {
        const ke = (0,json_scan/* scanString */.pM)(b, i + 1, e);
        if (ke < 0)
            return found;
        const kf = json_scan/* strFlags */.dz;
        const match = kf === 0 ? (0,json_scan/* bytesEqual */.O6)(b, i + 1, ke, key.bytes) : (0,json_scan/* decode */.D4)(b, i + 1, ke, kf) === key.text;
        i = (0,json_scan/* skipWs */.uu)(b, (0,json_scan/* skipWs */.uu)(b, ke + 1, e) + 1, e); // past the ":"
        if (match)
            found = i;
        const c = b[i];
        i = c === 0x7b || c === 0x5b ? (0,json_scan/* skipContainer */.Tb)(b, i, e) : (0,json_scan/* skipScalar */.el)(b, i, e);
        if (i < 0)
            return found;
        i = (0,json_scan/* skipWs */.uu)(b, i, e);
        if (b[i] !== 0x2c)
            break;
        i = (0,json_scan/* skipWs */.uu)(b, i + 1, e);
    }
    return found;
}

// EXTERNAL MODULE: ./src/telemetry/timestamp.ts
var timestamp = __webpack_require__(2931);
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
    why = line_class/* WHY_TIME */.Z5;
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
        this.plainEvents = plan.events.map((e) => e.bytes.every((c) => json_scan.SC[c] === 0));
        this.epoch = plan.timeFormat !== telemetry_plan/* TIME_ISO8601 */.DI;
        this.seconds = plan.timeFormat === telemetry_plan/* TIME_EPOCH_S */.Og;
        warmUp(this);
    }
    /** Classifies b[start, end) (one line, without its newline). */
    // Long on purpose: collect's single hot loop over a line's fields; split up, it costs a call per field.
    classify(b, lineStart, lineEnd) {
        let i = (0,json_scan/* skipWs */.uu)(b, lineStart, lineEnd);
        if (i >= lineEnd)
            return line_class/* LINE_BLANK */.eP;
        if (b[i] !== 0x7b)
            return line_class/* LINE_MALFORMED */.nd; // invalid JSON, or JSON but not an object
        this.tsFastStart = -1;
        this.eventFastStart = -1;
        const type = this.type;
        for (let k = 0; k < this.nFields; k++)
            type[k] = line_class/* T_ABSENT */.NY;
        i = (0,json_scan/* skipWs */.uu)(b, i + 1, lineEnd);
        if (i < lineEnd && b[i] === 0x7d) {
            i++;
        }
        else {
            for (;;) {
                if (i >= lineEnd || b[i] !== 0x22)
                    return line_class/* LINE_MALFORMED */.nd;
                // Unbounded inner scans are safe: a line ends at "\n" (a control byte, class 3) or at
                // the buffer's end (undefined), and the result is checked against lineEnd after.
                let ke = i + 1;
                while (json_scan.SC[b[ke]] === 0)
                    ke++;
                let kf = 0;
                if (ke >= lineEnd || b[ke] !== 0x22) {
                    ke = (0,json_scan/* scanString */.pM)(b, i + 1, lineEnd);
                    if (ke < 0)
                        return line_class/* LINE_MALFORMED */.nd;
                    kf = json_scan/* strFlags */.dz;
                }
                const slot = this.slotOf(b, i + 1, ke, kf);
                i = ke + 1;
                if (i >= lineEnd || b[i] !== 0x3a) {
                    i = (0,json_scan/* skipWs */.uu)(b, i, lineEnd);
                    if (i >= lineEnd || b[i] !== 0x3a)
                        return line_class/* LINE_MALFORMED */.nd;
                }
                i++;
                if (i >= lineEnd)
                    return line_class/* LINE_MALFORMED */.nd;
                let c = b[i];
                if (c <= 0x20) {
                    i = (0,json_scan/* skipWs */.uu)(b, i, lineEnd);
                    if (i >= lineEnd)
                        return line_class/* LINE_MALFORMED */.nd;
                    c = b[i];
                }
                if (slot < 0) {
                    if (c === 0x22) {
                        let e = i + 1;
                        while (json_scan.SC[b[e]] === 0)
                            e++;
                        if (e >= lineEnd || b[e] !== 0x22) {
                            e = (0,json_scan/* scanString */.pM)(b, i + 1, lineEnd);
                            if (e < 0)
                                return line_class/* LINE_MALFORMED */.nd;
                        }
                        i = e + 1;
                    }
                    else {
                        i = c === 0x7b || c === 0x5b ? (0,json_scan/* skipContainer */.Tb)(b, i, lineEnd) : (0,json_scan/* skipScalar */.el)(b, i, lineEnd);
                        if (i < 0)
                            return line_class/* LINE_MALFORMED */.nd;
                    }
                }
                else if (c === 0x22 && slot === telemetry_plan/* SLOT_TS */.xV && i + 25 < lineEnd && b[i + 25] === 0x22) {
                    // canonical "YYYY-MM-DDTHH:MM:SS.sssZ": its bytes are all plain string bytes
                    if (!(0,timestamp/* readCanonicalTimestamp */.RT)(b, i + 1, i + 25, this.tsFast)) {
                        i = this.captureString(b, i, lineEnd, slot);
                        if (i < 0)
                            return line_class/* LINE_MALFORMED */.nd;
                    }
                    else {
                        type[slot] = line_class/* T_STRING */.ts;
                        this.start[slot] = i + 1;
                        this.end[slot] = i + 25;
                        this.flags[slot] = 0;
                        this.tsFastStart = i + 1;
                        i += 26;
                    }
                }
                else if (c === 0x22 && slot === telemetry_plan/* SLOT_EVENT */.EM && this.matchEvent(b, i + 1, lineEnd)) {
                    const len = this.plan.events[this.eventFast].bytes.length;
                    type[slot] = line_class/* T_STRING */.ts;
                    this.start[slot] = i + 1;
                    this.end[slot] = i + 1 + len;
                    this.flags[slot] = 0;
                    this.eventFastStart = i + 1;
                    i += len + 2;
                }
                else if (c === 0x22) {
                    let e = i + 1;
                    while (json_scan.SC[b[e]] === 0)
                        e++;
                    let f = 0;
                    if (e >= lineEnd || b[e] !== 0x22) {
                        e = (0,json_scan/* scanString */.pM)(b, i + 1, lineEnd);
                        if (e < 0)
                            return line_class/* LINE_MALFORMED */.nd;
                        f = json_scan/* strFlags */.dz;
                    }
                    type[slot] = line_class/* T_STRING */.ts;
                    this.start[slot] = i + 1;
                    this.end[slot] = e;
                    this.flags[slot] = f;
                    i = e + 1;
                }
                else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                    const e = (0,json_scan/* scanNumber */.d8)(b, i, lineEnd);
                    if (e < 0)
                        return line_class/* LINE_MALFORMED */.nd;
                    type[slot] = line_class/* T_NUMBER */.TZ;
                    this.num[slot] = (0,json_scan/* numberValue */.Vg)(b, i, e);
                    i = e;
                }
                else if (c === 0x7b || c === 0x5b) {
                    this.start[slot] = i;
                    i = (0,json_scan/* skipContainer */.Tb)(b, i, lineEnd);
                    if (i < 0)
                        return line_class/* LINE_MALFORMED */.nd;
                    type[slot] = line_class/* T_CONTAINER */.xN;
                    this.end[slot] = i;
                }
                else {
                    const e = (0,json_scan/* literal */.eu)(b, i, lineEnd, c);
                    if (e < 0)
                        return line_class/* LINE_MALFORMED */.nd;
                    type[slot] = c === 0x74 ? line_class/* T_TRUE */.ig : c === 0x66 ? line_class/* T_FALSE */.Fb : line_class/* T_NULL */.BS;
                    i = e;
                }
                if (i >= lineEnd)
                    return line_class/* LINE_MALFORMED */.nd;
                let d = b[i];
                if (d <= 0x20) {
                    i = (0,json_scan/* skipWs */.uu)(b, i, lineEnd);
                    if (i >= lineEnd)
                        return line_class/* LINE_MALFORMED */.nd;
                    d = b[i];
                }
                if (d === 0x2c) {
                    i++;
                    if (i < lineEnd && b[i] === 0x22)
                        continue;
                    i = (0,json_scan/* skipWs */.uu)(b, i, lineEnd);
                    continue;
                }
                if (d !== 0x7d)
                    return line_class/* LINE_MALFORMED */.nd;
                i++;
                break;
            }
        }
        if ((0,json_scan/* skipWs */.uu)(b, i, lineEnd) !== lineEnd)
            return line_class/* LINE_MALFORMED */.nd;
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
        if (!this.epoch && type[telemetry_plan/* SLOT_TS */.xV] === line_class/* T_STRING */.ts && this.start[telemetry_plan/* SLOT_TS */.xV] === this.tsFastStart) {
            // The canonical time the field scan read: copied slot to field, never through a variable
            // that mixes it with the other paths' results (that boxed one number per line).
            this.ts = this.tsFast[0];
        }
        else {
            const ts = this.slowTime(b);
            if (Number.isNaN(ts)) {
                this.why = line_class/* WHY_TIME */.Z5;
                return line_class/* LINE_INVALID_NO_TS */.TT;
            }
            this.ts = ts;
        }
        if (type[telemetry_plan/* SLOT_EVENT */.EM] !== line_class/* T_STRING */.ts) {
            this.why = line_class/* WHY_NAME */.RG;
            return line_class/* LINE_INVALID */.jW;
        }
        const e0 = this.start[telemetry_plan/* SLOT_EVENT */.EM];
        const e1 = this.end[telemetry_plan/* SLOT_EVENT */.EM];
        const eFlags = this.flags[telemetry_plan/* SLOT_EVENT */.EM];
        const events = this.plan.events;
        let ev = -1;
        if (e0 === this.eventFastStart) {
            ev = this.eventFast;
        }
        else if (eFlags === 0) {
            for (let k = 0; k < events.length; k++) {
                if ((0,json_scan/* bytesEqual */.O6)(b, e0, e1, events[k].bytes)) {
                    ev = k;
                    break;
                }
            }
        }
        else {
            ev = this.plan.eventIndex.get((0,json_scan/* decode */.D4)(b, e0, e1, eFlags)) ?? -1;
        }
        if (ev < 0)
            return line_class/* LINE_UNKNOWN */.Of;
        this.eventIndex = ev;
        const actions = events[ev].actions;
        let m = 0;
        for (let a = 0; a < actions.length; a++) {
            const act = actions[a];
            if (!this.conditionsHold(b, act.conditions))
                continue;
            if (act.op === telemetry_plan/* OP_LATENCY */.xj) {
                const slot = act.fieldSlot;
                const v = this.num[slot];
                // A negative duration is not a sample: the line is invalid, not a fast save.
                if (type[slot] !== line_class/* T_NUMBER */.TZ || !Number.isFinite(v) || v < 0) {
                    this.why = line_class/* WHY_VALUE */.LI;
                    this.invalidAction = a;
                    return line_class/* LINE_INVALID */.jW;
                }
                this.values[m] = v * act.toMs;
            }
            else {
                this.inControl[m] = act.control !== null && this.conditionsHold(b, act.control) ? 1 : 0;
            }
            this.matched[m++] = a;
        }
        this.matchedCount = m;
        return line_class/* LINE_EVENT */.Wy;
    }
    /** The time of a line whose time is not the canonical string the field scan read, or NaN. */
    slowTime(b) {
        if (this.epoch)
            return this.epochTs(b);
        if (this.type[telemetry_plan/* SLOT_TS */.xV] !== line_class/* T_STRING */.ts)
            return Number.NaN;
        const ts0 = this.start[telemetry_plan/* SLOT_TS */.xV];
        const ts1 = this.end[telemetry_plan/* SLOT_TS */.xV];
        const tsFlags = this.flags[telemetry_plan/* SLOT_TS */.xV];
        const ts = tsFlags === 0 ? (0,timestamp/* parseCanonicalTimestamp */._r)(b, ts0, ts1) : Number.NaN;
        return Number.isNaN(ts) ? (0,timestamp/* parseTimestamp */.EH)((0,json_scan/* decode */.D4)(b, ts0, ts1, tsFlags)) : ts;
    }
    /** The time of an epoch_ms / epoch_s line (a number, or a string of digits), or NaN. */
    epochTs(b) {
        const t = this.type[telemetry_plan/* SLOT_TS */.xV];
        if (t === line_class/* T_NUMBER */.TZ)
            return (0,timestamp/* epochTime */.Rl)(this.num[telemetry_plan/* SLOT_TS */.xV], this.seconds);
        if (t !== line_class/* T_STRING */.ts)
            return Number.NaN;
        const text = (0,json_scan/* decode */.D4)(b, this.start[telemetry_plan/* SLOT_TS */.xV], this.end[telemetry_plan/* SLOT_TS */.xV], this.flags[telemetry_plan/* SLOT_TS */.xV]);
        return DECIMAL.test(text) ? (0,timestamp/* epochTime */.Rl)(Number(text), this.seconds) : Number.NaN;
    }
    conditionsHold(b, conditions) {
        for (let k = 0; k < conditions.length; k++) {
            const c = conditions[k];
            const t = this.type[c.slot];
            const v = c.value;
            if (typeof v === 'string') {
                if (t !== line_class/* T_STRING */.ts)
                    return false;
                const f = this.flags[c.slot];
                const s = this.start[c.slot];
                const e = this.end[c.slot];
                // case-insensitive: v is lower-case; a plain (ASCII) value folds byte by byte
                if (f === 0 ? !(0,json_scan/* bytesEqualFold */.H)(b, s, e, c.bytes) : (0,json_scan/* decode */.D4)(b, s, e, f).toLowerCase() !== v)
                    return false;
            }
            else if (typeof v === 'number') {
                if (t !== line_class/* T_NUMBER */.TZ || this.num[c.slot] !== v)
                    return false;
            }
            else if (t !== (v ? line_class/* T_TRUE */.ig : line_class/* T_FALSE */.Fb)) {
                return false;
            }
        }
        return true;
    }
}


/***/ }),

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gR: () => (/* binding */ Collector),
  P5: () => (/* binding */ SegmentCollector),
  $E: () => (/* binding */ collectTexts)
});

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

// EXTERNAL MODULE: ./src/telemetry/line-notes.ts
var line_notes = __webpack_require__(3901);
// EXTERNAL MODULE: ./src/telemetry/line-reasons.ts
var line_reasons = __webpack_require__(3729);
// EXTERNAL MODULE: ./src/telemetry/line-tally.ts
var line_tally = __webpack_require__(6274);
// EXTERNAL MODULE: ./src/telemetry/split-lines.ts
var split_lines = __webpack_require__(7397);
;// CONCATENATED MODULE: ./src/telemetry/attribution.ts




class WindowAttribution extends split_lines/* LineSplitter */.g {
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
    tally = new line_tally/* LineTally */.bq();
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
        this.tally.addUnusable(line_reasons/* TOO_LONG_KEY */.kD, () => (0,line_reasons/* tooLongReason */.hh)(this.maxLineBytes), () => ({ source: this.source, line: this.lineNo, text: null }));
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
            (0,line_notes/* addNote */.gp)(this.stats.notes, note, n);
        this.tally.absorb(seg.stats, this.source, this.lineNo);
        this.lineNo += seg.lineCount;
    }
    /** Ends the open input; the inputs that had lines but no usable timestamp to place them by. */
    endAttribution() {
        this.endSource();
        return [...this.unattributed];
    }
}

// EXTERNAL MODULE: ./src/telemetry/classify.ts + 2 modules
var classify = __webpack_require__(9036);
// EXTERNAL MODULE: ./src/telemetry/line-class.ts
var line_class = __webpack_require__(8288);
// EXTERNAL MODULE: ./src/telemetry/plan.ts
var telemetry_plan = __webpack_require__(9952);
// EXTERNAL MODULE: ./src/telemetry/window.ts
var telemetry_window = __webpack_require__(135);
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
        const plan = (0,telemetry_plan/* compilePlan */.vN)(options.policy.slis, options.thresholds ?? (0,telemetry_plan/* latencyThresholds */.rP)(options.policy), options.policy.events);
        const windowMs = options.policy.windowMs;
        super({
            from: options.from,
            windowMs,
            maxLineBytes: options.maxLineBytes ?? split_lines/* DEFAULT_MAX_LINE_BYTES */.i,
            windowCount: (0,telemetry_window/* windowStarts */.oX)(options.from, options.to, windowMs).length,
            newWindow: () => emptyWindow(plan),
        });
        this.plan = plan;
        this.parser = new classify/* LineParser */.W(plan);
    }
    /** One line: classified, attributed to its window, added into that window's aggregates. */
    line(b, s, e) {
        const p = this.parser;
        const cls = p.classify(b, s, e);
        this.lineNo++;
        if (cls === line_class/* LINE_BLANK */.eP)
            return;
        this.stats.lines++;
        if (cls === line_class/* LINE_MALFORMED */.nd || cls === line_class/* LINE_INVALID_NO_TS */.TT) {
            this.noteLine(b, s, e, cls);
            this.noTs(cls === line_class/* LINE_MALFORMED */.nd);
            return;
        }
        if (cls !== line_class/* LINE_EVENT */.Wy)
            this.noteLine(b, s, e, cls);
        const idx = Math.floor((p.ts - this.from) / this.windowMs);
        if (idx !== this.anchor)
            this.moveAnchor(idx);
        const w = this.windows[idx] ?? this.windowAt(idx);
        if (w === undefined) {
            this.stats.outside++;
            return;
        }
        if (cls === line_class/* LINE_EVENT */.Wy) {
            w.events++;
            // The aggregation's inner loop, kept here so an event line costs no extra call.
            const actions = this.plan.events[p.eventIndex].actions;
            const matched = p.matched;
            for (let k = 0; k < p.matchedCount; k++) {
                const act = actions[matched[k]];
                const agg = w.slis[act.sli];
                switch (act.op) {
                    case telemetry_plan/* OP_LATENCY */.xj:
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
                    case telemetry_plan/* OP_NUMERATOR */.kM:
                        if (agg.kind === 'ratio') {
                            if (p.inControl[k] === 1)
                                agg.control.numerator++;
                            else
                                agg.numerator++;
                        }
                        break;
                    case telemetry_plan/* OP_DENOMINATOR */.lQ:
                        if (agg.kind === 'ratio') {
                            if (p.inControl[k] === 1)
                                agg.control.denominator++;
                            else
                                agg.denominator++;
                        }
                        break;
                    case telemetry_plan/* OP_COUNT */.u9:
                        if (agg.kind === 'count' && (act.fieldSlot < 0 || this.distinctNew(b, act.sli, act.fieldSlot)))
                            agg.count++;
                        break;
                }
            }
            if (p.matchedCount === 0 && this.plan.events[p.eventIndex].whereSlots.length > 0)
                this.noteUnmatched(b);
        }
        else if (cls === line_class/* LINE_UNKNOWN */.Of) {
            w.unknown++;
        }
        else if (cls === line_class/* LINE_INVALID */.jW) {
            w.invalid++;
        }
    }
    /**
     * A count SLI with `distinct`: is the event's value new in its window? An event without the
     * field counts as its own bug (never dropped: a critical bug without an id is still a critical
     * bug, and over-counting fails safe), and is noted so the operator fixes the reporter.
     */
    distinctNew(b, sli, slot) {
        const key = (0,line_notes/* distinctKey */.yw)(this.parser, b, slot);
        if (key === null) {
            const event = this.plan.events[this.parser.eventIndex].name;
            const field = this.plan.fields[slot];
            (0,line_notes/* addNote */.gp)(this.stats.notes, `${event} lines without a string or number "${field}" are counted by ${this.plan.sliIds[sli]} as one each (distinct: ${field})`);
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
        const example = () => ({ source: this.source, line: this.lineNo, text: (0,line_tally/* exampleText */.kQ)(b, s, e) });
        if (cls === line_class/* LINE_UNKNOWN */.Of) {
            const name = p.fieldValue(b, telemetry_plan/* SLOT_EVENT */.EM);
            this.tally.addUnknown(String(name), example);
            return;
        }
        const key = (0,line_reasons/* reasonKey */.ym)(p, b, s, e, cls);
        this.tally.addUnusable(key, () => (0,line_reasons/* describeReason */.Gk)(key, p, b, s, e, this.maxLineBytes), example);
    }
    /** A line of a mapped event that no SLI counts because of a `where` value: noted, not silently dropped. */
    noteUnmatched(b) {
        const why = (0,line_notes/* unmatchedWhere */.DX)(this.parser, b);
        if (why === null)
            return;
        const event = this.plan.events[this.parser.eventIndex].name;
        (0,line_notes/* addNote */.gp)(this.stats.notes, `${event} lines with ${why} are counted by no SLI (no SLI's where: accepts it)`);
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
        c.push(typeof input.text === 'string' ? external_node_buffer_.Buffer.from(input.text, 'utf8') : input.text);
        c.endSource();
    }
    return c.finish();
}


/***/ }),

/***/ 2123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   H: () => (/* binding */ bytesEqualFold),
/* harmony export */   O6: () => (/* binding */ bytesEqual),
/* harmony export */   SC: () => (/* binding */ SC),
/* harmony export */   Tb: () => (/* binding */ skipContainer),
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   d8: () => (/* binding */ scanNumber),
/* harmony export */   dz: () => (/* binding */ strFlags),
/* harmony export */   el: () => (/* binding */ skipScalar),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   jU: () => (/* binding */ isValidJson),
/* harmony export */   pM: () => (/* binding */ scanString),
/* harmony export */   uu: () => (/* binding */ skipWs)
/* harmony export */ });
/* unused harmony exports F_ESC, F_HIGH */
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


/***/ }),

/***/ 8288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ T_NULL),
/* harmony export */   Fb: () => (/* binding */ T_FALSE),
/* harmony export */   LI: () => (/* binding */ WHY_VALUE),
/* harmony export */   NY: () => (/* binding */ T_ABSENT),
/* harmony export */   Of: () => (/* binding */ LINE_UNKNOWN),
/* harmony export */   RG: () => (/* binding */ WHY_NAME),
/* harmony export */   TT: () => (/* binding */ LINE_INVALID_NO_TS),
/* harmony export */   TZ: () => (/* binding */ T_NUMBER),
/* harmony export */   Wy: () => (/* binding */ LINE_EVENT),
/* harmony export */   Z5: () => (/* binding */ WHY_TIME),
/* harmony export */   eP: () => (/* binding */ LINE_BLANK),
/* harmony export */   ig: () => (/* binding */ T_TRUE),
/* harmony export */   jW: () => (/* binding */ LINE_INVALID),
/* harmony export */   nd: () => (/* binding */ LINE_MALFORMED),
/* harmony export */   ts: () => (/* binding */ T_STRING),
/* harmony export */   xN: () => (/* binding */ T_CONTAINER)
/* harmony export */ });
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


/***/ }),

/***/ 3901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ unmatchedWhere),
/* harmony export */   gp: () => (/* binding */ addNote),
/* harmony export */   yw: () => (/* binding */ distinctKey)
/* harmony export */ });
/* unused harmony exports MAX_NOTES, MORE_NOTES */
/* harmony import */ var _line_class_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8288);

/** Notes beyond which further ones are lumped together, so a flood of values cannot grow memory. */
const MAX_NOTES = 100;
const MORE_NOTES = 'more lines noted (over 100 kinds of note; the first 100 are listed)';
/**
 * The value of a `distinct` field on the last event line, as a string (a number as JSON.parse
 * gives it, so 42 and "42" are one value); null when absent or of another type.
 */
function distinctKey(p, b, slot) {
    const t = p.type[slot];
    if (t !== _line_class_js__WEBPACK_IMPORTED_MODULE_0__/* .T_STRING */ .ts && t !== _line_class_js__WEBPACK_IMPORTED_MODULE_0__/* .T_NUMBER */ .TZ)
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
        if (t !== _line_class_js__WEBPACK_IMPORTED_MODULE_0__/* .T_STRING */ .ts)
            return t === _line_class_js__WEBPACK_IMPORTED_MODULE_0__/* .T_ABSENT */ .NY ? `no ${name}` : `a non-string ${name}`;
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


/***/ }),

/***/ 3729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ describeReason),
/* harmony export */   hh: () => (/* binding */ tooLongReason),
/* harmony export */   kD: () => (/* binding */ TOO_LONG_KEY),
/* harmony export */   ym: () => (/* binding */ reasonKey)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9036);
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2123);
/* harmony import */ var _line_class_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8288);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9952);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2931);





// A key: kind × 2^24 + sub × 2^16 + detail (for a value: event × 256 + action).
const NOT_JSON = 1;
const NOT_OBJECT = 2;
const TOO_LONG = 3;
const TIME = 4;
const NAME = 5;
const VALUE = 6;
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
    if (cls === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .LINE_MALFORMED */ .nd)
        return key((0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidJson */ .jU)(b, s, e) ? NOT_OBJECT : NOT_JSON);
    if (p.why === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .WHY_TIME */ .Z5)
        return key(TIME, timeSub(p, b));
    if (p.why === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .WHY_NAME */ .RG)
        return key(NAME, p.type[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_EVENT */ .EM] === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_ABSENT */ .NY ? ABSENT : OTHER_TYPE);
    const slot = p.plan.events[p.eventIndex].actions[p.invalidAction].fieldSlot;
    const t = p.type[slot];
    const v = p.num[slot];
    const sub = t === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_ABSENT */ .NY
        ? ABSENT
        : t === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_STRING */ .ts
            ? STRING
            : t !== _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_NUMBER */ .TZ
                ? OTHER_TYPE
                : v < 0
                    ? NEGATIVE
                    : NOT_FINITE;
    return key(VALUE, sub, p.eventIndex * 256 + Math.min(p.invalidAction, 255));
}
function timeSub(p, b) {
    const t = p.type[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV];
    if (t === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_ABSENT */ .NY)
        return ABSENT;
    const text = t === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_STRING */ .ts ? (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)(b, p.start[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV], p.end[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV], p.flags[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV]) : undefined;
    const v = t === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_NUMBER */ .TZ ? p.num[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV] : text !== undefined && _classify_js__WEBPACK_IMPORTED_MODULE_0__/* .DECIMAL */ .S.test(text) ? Number(text) : NaN;
    if (p.plan.timeFormat === _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_ISO8601 */ .DI) {
        if (t === _line_class_js__WEBPACK_IMPORTED_MODULE_4__/* .T_NUMBER */ .TZ)
            return v >= _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MIN_MS */ .sq ? NUMBER_MS : NUMBER_S;
        if (text === undefined)
            return OTHER_TYPE;
        if (!Number.isNaN(v))
            return v >= _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MIN_MS */ .sq ? DIGITS_MS : DIGITS_S;
        return NO_ZONE_TEXT.test(text) ? NO_ZONE : BAD_TEXT;
    }
    if (Number.isNaN(v))
        return text !== undefined && !Number.isNaN((0,_timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimestamp */ .EH)(text)) ? ISO_TEXT : OTHER_TYPE;
    const seconds = p.plan.timeFormat === _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_EPOCH_S */ .Og;
    const ms = seconds ? v * 1000 : v;
    if (!seconds && ms < _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MIN_MS */ .sq && ms * 1000 >= _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MIN_MS */ .sq && ms * 1000 < _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MAX_MS */ ._U)
        return SECONDS_AS_MS;
    if (seconds && ms >= _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MAX_MS */ ._U && v >= _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MIN_MS */ .sq && v < _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MAX_MS */ ._U)
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
    const name = plan.fields[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_EVENT */ .EM];
    if (kind === NAME) {
        if (sub !== ABSENT)
            return { reason: `"${name}" is not a string`, fix: `give the event name in "${name}" as a string` };
        const guess = guessKey(keysOf(b, s, e), NAME_KEYS, plan.fields[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV]);
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
    const f = p.plan.fields[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_TS */ .xV];
    const format = ['iso8601', 'epoch_ms', 'epoch_s'][p.plan.timeFormat];
    const set = (v) => `map it with events.time.format: ${v} ${MAP}`;
    switch (sub) {
        case ABSENT: {
            const guess = guessKey(keys, TIME_KEYS, p.plan.fields[_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .SLOT_EVENT */ .EM]);
            const v = guess === undefined ? undefined : keys.get(guess);
            const as = typeof v === 'number' || (typeof v === 'string' && _classify_js__WEBPACK_IMPORTED_MODULE_0__/* .DECIMAL */ .S.test(v))
                ? `, format: ${Number(v) >= _timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .EPOCH_MIN_MS */ .sq ? 'epoch_ms' : 'epoch_s'}`
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
                reason: `"${f}" is not ${p.plan.timeFormat === _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_ISO8601 */ .DI ? 'a string' : 'a number or a string of digits'}`,
                fix: p.plan.timeFormat === _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_ISO8601 */ .DI
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


/***/ }),

/***/ 6274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bq: () => (/* binding */ LineTally),
/* harmony export */   kQ: () => (/* binding */ exampleText)
/* harmony export */ });
/* unused harmony exports EXAMPLE_CHARS, MAX_NAMES */
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


/***/ }),

/***/ 9952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ TIME_ISO8601),
/* harmony export */   EM: () => (/* binding */ SLOT_EVENT),
/* harmony export */   Og: () => (/* binding */ TIME_EPOCH_S),
/* harmony export */   kM: () => (/* binding */ OP_NUMERATOR),
/* harmony export */   lQ: () => (/* binding */ OP_DENOMINATOR),
/* harmony export */   rP: () => (/* binding */ latencyThresholds),
/* harmony export */   u9: () => (/* binding */ OP_COUNT),
/* harmony export */   vN: () => (/* binding */ compilePlan),
/* harmony export */   xV: () => (/* binding */ SLOT_TS),
/* harmony export */   xj: () => (/* binding */ OP_LATENCY)
/* harmony export */ });
/* unused harmony export TIME_EPOCH_MS */
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2575);
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
function compilePlan(slis, thresholds = {}, shape = _policy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CANONICAL_EVENTS */ .HG) {
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


/***/ }),

/***/ 292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nw: () => (/* binding */ collectJsonl),
  V6: () => (/* binding */ resolveSourceFiles)
});

// UNUSED EXPORTS: feedFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/telemetry/collect.ts + 3 modules
var collect = __webpack_require__(870);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/telemetry/window.ts
var telemetry_window = __webpack_require__(135);
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
    const c = new collect/* SegmentCollector */.P5({
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

// EXTERNAL MODULE: ./src/telemetry/plan.ts
var plan = __webpack_require__(9952);
// EXTERNAL MODULE: ./src/telemetry/sources/collect-threads.ts
var collect_threads = __webpack_require__(5504);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
    const c = new collect/* SegmentCollector */.P5({
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

// EXTERNAL MODULE: ./src/telemetry/sources/read-error.ts
var read_error = __webpack_require__(8939);
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
    const minBytes = options.minSegmentBytes ?? collect_threads/* MIN_SEGMENT_BYTES */.N6;
    const segBytes = Math.max(minBytes, Math.ceil(total / (workers * RANGES_PER_THREAD)), 1);
    const tasks = [];
    const thresholds = options.thresholds ?? (0,plan/* latencyThresholds */.rP)(options.policy);
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
                throw (0,read_error/* readError */.l)(t.file, e.message, e.code);
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
                    reject((0,read_error/* readError */.l)(t.file, m.error, m.code));
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
    const pool = (0,collect_threads/* takeCollectThreads */.xc)(Math.min(workers - 1, ranges.tasks.length - 1), url);
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
    const collector = new collect/* Collector */.gR(options);
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

// EXTERNAL MODULE: ./src/telemetry/sources/glob.ts + 5 modules
var glob = __webpack_require__(5093);
;// CONCATENATED MODULE: ./src/telemetry/sources/jsonl.ts
/**
 * The JSONL telemetry source: event lines from a file or a glob of files, streamed as large
 * Buffers into the Collector. Files are read one after another in sorted path order.
 */








/** The files a source names: the file itself, or the sorted matches of a glob. */
async function resolveSourceFiles(source, cwd = process.cwd()) {
    if (!(0,glob/* hasMagic */.q)(source)) {
        const file = external_node_path_default().resolve(cwd, source);
        try {
            const s = await (0,promises_.stat)(file);
            if (!s.isFile())
                throw new read_error/* TelemetrySourceError */.r(`telemetry source ${source} is not a file`, false);
        }
        catch (e) {
            if (e instanceof read_error/* TelemetrySourceError */.r)
                throw e;
            throw new read_error/* TelemetrySourceError */.r(`telemetry source ${source} cannot be read: ${e.message}`, false);
        }
        return [file];
    }
    const files = await (0,glob/* glob */.T)(source, cwd);
    if (files.length === 0)
        throw new read_error/* TelemetrySourceError */.r(`no telemetry files match ${source}`, false);
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
        throw (0,read_error/* readError */.l)(file, e.message, e.code);
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
    const url = workers > 1 ? (0,collect_threads/* collectWorkerUrl */.qM)() : undefined;
    if (url !== undefined)
        return { ...(await collectParallel(sorted, options, workers, url)), files: sorted };
    const collector = new collect/* Collector */.gR(options);
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


/***/ }),

/***/ 8939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readError),
/* harmony export */   r: () => (/* binding */ TelemetrySourceError)
/* harmony export */ });
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


/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter),
/* harmony export */   i: () => (/* binding */ DEFAULT_MAX_LINE_BYTES)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
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
                    this.carry.push(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(chunk.subarray(0, upto)));
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
                this.carry = [node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(chunk.subarray(pos))];
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
            const line = this.carry.length === 1 ? this.carry[0] : node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.concat(this.carry, this.carryBytes);
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


/***/ }),

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   RT: () => (/* binding */ readCanonicalTimestamp),
/* harmony export */   Rl: () => (/* binding */ epochTime),
/* harmony export */   _U: () => (/* binding */ EPOCH_MAX_MS),
/* harmony export */   _r: () => (/* binding */ parseCanonicalTimestamp),
/* harmony export */   sq: () => (/* binding */ EPOCH_MIN_MS)
/* harmony export */ });
/* unused harmony exports RFC3339, daysInMonth, daysFromCivil */
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


/***/ })

};
