export const id = 740;
export const ids = [740];
export const modules = {

/***/ 8937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ localDayStart),
/* harmony export */   HJ: () => (/* binding */ localTime),
/* harmony export */   gD: () => (/* binding */ localDate),
/* harmony export */   u7: () => (/* binding */ localDay)
/* harmony export */ });
/* unused harmony export nextLocalDayStart */
/**
 * Calendar days in an IANA time zone, computed with Intl only (no library, no clock).
 *
 * A local day is the half-open interval [localDayStart(t), nextLocalDayStart(t)). Days are 24 h
 * except where the zone changes its offset: America/New_York has a 23 h day in March and a 25 h
 * day in November; Asia/Tokyo (UTC+9, no DST) starts every day at 15:00 UTC.
 */
const HOUR = 3_600_000;
const formatters = new Map();
function formatter(tz) {
    let f = formatters.get(tz);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(tz, f);
    }
    return f;
}
/** The last instants asked for, per zone: messages ask for the time of the same run many times. */
const partsCache = new Map();
const MAX_CACHED_PARTS = 4096;
function localParts(t, tz) {
    let byTime = partsCache.get(tz);
    if (!byTime) {
        byTime = new Map();
        partsCache.set(tz, byTime);
    }
    const hit = byTime.get(t);
    if (hit)
        return hit;
    const offset = hourOffset(t, tz);
    const out = offset === null ? intlParts(t, tz) : wallParts(t + offset);
    if (byTime.size >= MAX_CACHED_PARTS)
        byTime.clear();
    byTime.set(t, out);
    return out;
}
function intlParts(t, tz) {
    const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    for (const p of formatter(tz).formatToParts(t)) {
        if (p.type in out)
            out[p.type] = Number(p.value);
    }
    if (out.hour === 24)
        out.hour = 0;
    return out;
}
/** The parts of a wall-clock time written as UTC ms. */
function wallParts(wall) {
    const d = new Date(wall);
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
    };
}
/**
 * Per zone and UTC hour, the zone's offset through that hour, or null when it changes within it
 * or at its end: a replay asks the local time of every run, and Intl costs microseconds a call,
 * where the offset asked at the hour's start and at the next one's serves the hour's every
 * instant. Each hour's start is asked once (`startOffsets`), for it and for the hour before.
 */
const hourOffsets = new Map();
const startOffsets = new Map();
function hourOffset(t, tz) {
    const byHour = cacheOf(hourOffsets, tz);
    const h = Math.floor(t / HOUR);
    let offset = byHour.get(h);
    if (offset === undefined) {
        const first = hourStartOffset(h, tz);
        offset = first === hourStartOffset(h + 1, tz) ? first : null;
        if (byHour.size >= MAX_CACHED_PARTS)
            byHour.clear();
        byHour.set(h, offset);
    }
    return offset;
}
function hourStartOffset(h, tz) {
    const byHour = cacheOf(startOffsets, tz);
    let offset = byHour.get(h);
    if (offset === undefined) {
        offset = wallOffset(h * HOUR, tz);
        if (byHour.size >= MAX_CACHED_PARTS)
            byHour.clear();
        byHour.set(h, offset);
    }
    return offset;
}
function cacheOf(caches, tz) {
    let cache = caches.get(tz);
    if (!cache) {
        cache = new Map();
        caches.set(tz, cache);
    }
    return cache;
}
/** Local wall time minus UTC at a whole second, by Intl. */
function wallOffset(t, tz) {
    const p = intlParts(t, tz);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - t;
}
/** Days since 1970-01-01 of the local calendar date containing t: monotone in t. */
function localDayNumber(t, tz) {
    const p = localParts(t, tz);
    return Date.UTC(p.year, p.month - 1, p.day) / (24 * HOUR);
}
/** Offset of local wall time from UTC at instant t, in ms (Tokyo: +9 h). */
function offsetAt(t, tz) {
    const p = localParts(t, tz);
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return wall - (t - (((t % 1000) + 1000) % 1000));
}
/** UTC ms of the first instant of the local calendar day containing t (local midnight). */
function localDayStart(t, tz) {
    return localDay(t, tz).start;
}
function computeDayStart(t, tz) {
    const day = localDayNumber(t, tz);
    const midnightWall = day * 24 * HOUR;
    // Local midnight as UTC: wall time minus the offset in force then. Two refinements settle DST.
    let c = midnightWall - offsetAt(t, tz);
    for (let i = 0; i < 3; i++) {
        const next = midnightWall - offsetAt(c, tz);
        if (next === c)
            break;
        c = next;
    }
    if (c <= t && localDayNumber(c, tz) === day && localDayNumber(c - 1, tz) < day)
        return c;
    // Midnight does not exist that day (a DST jump at 00:00): search for the first instant of the day.
    let lo = t - 48 * HOUR; // on an earlier day
    let hi = t; // on this day
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (localDayNumber(mid, tz) < day)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}
/** UTC ms of the start of the local day after the one containing t. */
function nextLocalDayStart(t, tz) {
    return localDay(t, tz).end;
}
/** The local calendar date containing t, as YYYY-MM-DD. */
function localDate(t, tz) {
    return localDay(t, tz).date;
}
/**
 * Intl is slow (microseconds a call) and the judge asks for the same few days thousands of
 * times, so days are cached per zone, indexed by the UTC days they overlap.
 */
const dayCache = new Map();
const MAX_CACHED_BUCKETS = 20_000;
/** The local calendar day containing t. */
function localDay(t, tz) {
    let byBucket = dayCache.get(tz);
    if (!byBucket) {
        byBucket = new Map();
        dayCache.set(tz, byBucket);
    }
    const bucket = Math.floor(t / (24 * HOUR));
    const hit = byBucket.get(bucket)?.find((d) => d.start <= t && t < d.end);
    if (hit)
        return hit;
    const start = computeDayStart(t, tz);
    let probe = start + 24 * HOUR;
    let end = computeDayStart(probe, tz);
    while (end <= start) {
        probe += HOUR;
        end = computeDayStart(probe, tz);
    }
    const p = localParts(start, tz);
    const day = { start, end, date: `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}` };
    if (byBucket.size > MAX_CACHED_BUCKETS)
        byBucket.clear();
    for (let b = Math.floor(start / (24 * HOUR)); b <= Math.floor((end - 1) / (24 * HOUR)); b++) {
        const list = byBucket.get(b);
        if (list)
            list.push(day);
        else
            byBucket.set(b, [day]);
    }
    return day;
}
/** Local wall-clock time of t as HH:MM, for messages. */
function localTime(t, tz) {
    const p = localParts(t, tz);
    return `${pad(p.hour)}:${pad(p.minute)}`;
}
function pad(n) {
    return String(n).padStart(2, '0');
}


/***/ }),

/***/ 3260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   L$: () => (/* binding */ formatAgainst),
/* harmony export */   QA: () => (/* binding */ formatSpan),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   u8: () => (/* binding */ round12),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* harmony import */ var _policy_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2233);

/** Round to 12 significant digits so 995/1000 and "99.5%" compare equal. */
function round12(x) {
    return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
/**
 * round12(a) === round12(b), without rounding (toPrecision) when a and b differ by more than a
 * part in 10^10: numbers that agree to 12 significant digits differ by at most a part in 10^11.
 */
function sameTo12Digits(a, b) {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    if (Number.isFinite(scale) && Math.abs(a - b) > 1e-10 * scale)
        return false;
    return round12(a) === round12(b);
}
/**
 * `value op threshold`, inclusive ops inclusive, tolerant of floating-point noise: values within
 * one part in 10^12 of the threshold count as equal (995/1000 meets "99.5%").
 */
function holds(value, c) {
    const t = c.threshold;
    const equal = value === t || Math.abs(value - t) <= 1e-12 * Math.max(Math.abs(value), Math.abs(t));
    switch (c.op) {
        case '<':
            return !equal && value < t;
        case '<=':
            return equal || value < t;
        case '>':
            return !equal && value > t;
        case '>=':
            return equal || value > t;
    }
}
const NEGATION = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
/** The sign to print between value and threshold: the op when it holds, its negation when not. */
function sign(op, held) {
    return held ? op : NEGATION[op];
}
function formatValue(value, unit, opts = {}) {
    if (unit === 'ms')
        return (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value);
    if (unit === 'count')
        return String(round12(value));
    const text = (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(value, opts.digits ?? 2);
    return opts.signed && value >= 0 ? `+${text}` : text;
}
/**
 * A value printed with enough digits that it does not look equal to the threshold when the
 * comparison says it differs (99.4999% is not shown as "99.5% < 99.5%").
 */
function formatAgainst(value, threshold, unit, signed = false) {
    if (unit === 'count' || sameTo12Digits(value, threshold))
        return formatValue(value, unit, { signed });
    if (unit === 'ms') {
        const text = (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value);
        return text === (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(threshold) ? `${round12(value)}ms` : text;
    }
    let text = '';
    for (let digits = 2; digits <= 8; digits++) {
        text = formatValue(value, unit, { signed, digits });
        if (text !== formatValue(threshold, unit, { signed, digits }))
            break;
    }
    return text;
}
/** A span of time for messages: "15m", "1h45m", "24h", "72h", "7d". */
function formatSpan(ms) {
    const DAY = 86_400_000;
    if (ms > 3 * DAY && ms % DAY === 0)
        return `${ms / DAY}d`;
    if (ms <= 0 || ms % 60_000 !== 0)
        return (0,_policy_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, ms));
    const h = Math.floor(ms / 3_600_000);
    const m = (ms % 3_600_000) / 60_000;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
}


/***/ }),

/***/ 8663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ sharedVerdicts),
/* harmony export */   kl: () => (/* binding */ IndexedRecords),
/* harmony export */   sI: () => (/* binding */ seriesOver)
/* harmony export */ });
/* unused harmony export SharedVerdicts */
/* harmony import */ var _span_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6894);

/** A slice made by an IndexedRecords: whose records, and the bounds it was cut at. */
const slices = new WeakMap();
class IndexedRecords {
    windowMs;
    /** Records in order of start; those before `head` were let go. */
    sorted;
    head = 0;
    /** Records not read yet, in order of start (a stream), and the next of them. */
    source;
    next;
    /** Records before this were let go: a slice holds none of them, its index view their sums. */
    forgotten = Number.NEGATIVE_INFINITY;
    /** When forgetBefore last asked which sums stay. */
    sumsAsked = Number.NEGATIVE_INFINITY;
    bySli = new Map();
    /** Per policy: verdicts shared by the runs of a phase (its start, the rollout's), the newest few phases. */
    verdicts = new WeakMap();
    /**
     * Every window record on the grid is one window long, so the records a slice holds are exactly
     * the windows between its bounds; else slices are indexed on their own.
     */
    uniform = true;
    /** The longest record's length (end − start), in ms. */
    longest = 0;
    /**
     * An array is taken in any order (later records for the same window replace earlier ones);
     * any other iterable is read as slices need it, and must give records in order of start.
     */
    constructor(records, windowMs, 
    /** The SLIs to index from the start, before any record is let go (a policy's). */
    slis = {}) {
        this.windowMs = windowMs;
        if (Array.isArray(records)) {
            // A stable sort keeps re-collected windows after their first record, so they still win.
            this.sorted = [...records].sort((a, b) => a.start - b.start);
            for (const r of this.sorted)
                this.admit(r);
        }
        else {
            this.sorted = [];
            this.source = records[Symbol.iterator]();
            this.next = this.source.next().value ?? undefined;
        }
        for (const [sli, { kind }] of Object.entries(slis))
            this.windows(sli, kind, windowMs);
    }
    /** The records inside [from, to): start ≥ from and end ≤ to (readRecords does the same with file names). */
    slice(from, to) {
        this.readUntil(to);
        // Records that start at least the longest record's length before `to` end by then: copied
        // whole (a run's lookback is days of windows); only the last few are looked at one by one.
        const first = this.firstStartAtLeast(from);
        const whole = Math.max(first, this.firstStartAtLeast(to - this.longest + 1));
        const out = this.sorted.slice(first, whole);
        for (let i = whole; i < this.sorted.length; i++) {
            const r = this.sorted[i];
            if (r.start >= to)
                break;
            if (r.end <= to)
                out.push(r);
        }
        if (this.uniform)
            slices.set(out, { index: this, from, to });
        return out;
    }
    /**
     * Let go of the records that start before `t`, whose windows no later judge merges (the caller
     * knows: the replay's history, simulate/engine.ts): slices leave them out, and their views keep
     * only their sums and reasons, all a baseline's rate reads. With `sums`, the views also let go
     * of the sums before its `from` but at its instants `pins` (a baseline's edges), which no later
     * judge reads. Memory then holds the history, not the days. A span that would merge a
     * window let go, or read a sum let go, throws (span.ts, prefix-sums.ts).
     */
    forgetBefore(t, sums) {
        // Only while slices are views of exact sums: else a judge indexes the slice itself, and needs all of it.
        if (t <= this.forgotten || !this.uniform)
            return;
        for (const d of this.bySli.values())
            if (!d.exact)
                return;
        this.forgotten = t;
        while (this.head < this.sorted.length && this.sorted[this.head].start < t)
            this.head++;
        if (this.head > 1024 && this.head * 2 > this.sorted.length) {
            this.sorted = this.sorted.slice(this.head);
            this.head = 0;
        }
        const w = this.windowMs;
        for (const d of this.bySli.values())
            d.forget(Math.ceil((t - d.base) / w));
        // Sums go in batches (a copy of those that stay): asked for every SUMS_BATCH windows.
        if (!sums || t - this.sumsAsked < SUMS_BATCH * w)
            return;
        this.sumsAsked = t;
        const { from, pins } = sums();
        for (const d of this.bySli.values()) {
            // A span's edge rounds inwards to the grid and is clipped to the windows indexed (span.ts):
            // both neighbours of a pinned instant stay, or the first window's.
            const at = (x) => (x - d.base) / w;
            const ks = pins.flatMap((x) => [Math.floor(at(x)), Math.ceil(at(x))].map((k) => Math.max(k, 0)));
            d.dropSums(Math.floor(at(from)), ks);
        }
    }
    /** The SLI's windows over every record, when a slice's view of them equals indexing the slice. */
    windows(sli, kind, windowMs) {
        if (windowMs !== this.windowMs)
            return undefined;
        const key = `${kind}:${sli}`;
        let d = this.bySli.get(key);
        if (!d) {
            // Indexed only now, it would lack the windows let go, whose sums a baseline reads.
            if (this.forgotten > Number.NEGATIVE_INFINITY)
                return undefined;
            d = new _span_js__WEBPACK_IMPORTED_MODULE_0__/* .SliWindows */ .Ek(sli, kind, windowMs, this.sorted.slice(this.head));
            this.bySli.set(key, d);
        }
        // Once records were let go, the index is all there is of them (a sum past 2^53 may round).
        return d.exact || this.forgotten > Number.NEGATIVE_INFINITY ? d : undefined;
    }
    /** Reads the stream up to the records that start at or after `to`. */
    readUntil(to) {
        while (this.next && this.next.start < to) {
            const r = this.next;
            const last = this.sorted.at(-1);
            if (last && r.start < last.start) {
                throw new Error(`window records out of order: ${new Date(r.start).toISOString()} came after ${new Date(last.start).toISOString()}; give an array, or records in order of start`);
            }
            this.sorted.push(r);
            this.admit(r);
            for (const d of this.bySli.values())
                d.append(r);
            this.next = this.source.next().value ?? undefined;
        }
    }
    /** Takes note of a record's length: the longest, and whether it is one window. */
    admit(r) {
        this.longest = Math.max(this.longest, r.end - r.start);
        if (r.start % this.windowMs !== 0 || r.end === r.start + this.windowMs)
            return;
        if (this.forgotten > Number.NEGATIVE_INFINITY) {
            throw new Error(`window record ${new Date(r.start).toISOString()} is not one window (${this.windowMs} ms) long, and records before it were let go`);
        }
        this.uniform = false;
    }
    /**
     * The verdicts shared by judges of `policy` whose phase began at `since` (rollout: `started`;
     * 'any' for the verdicts of SLOs that do not read it).
     */
    sharedVerdicts(policy, since, started) {
        let phases = this.verdicts.get(policy);
        if (!phases) {
            phases = new Map();
            this.verdicts.set(policy, phases);
        }
        const key = `${since}/${started}`;
        let shared = phases.get(key);
        if (!shared) {
            shared = new SharedVerdicts();
            phases.set(key, shared);
            // A phase left is rarely judged again (an apply run right after its merge): keep a few
            // (each has up to three keys: any start, the rollout's, none).
            for (const old of phases.keys())
                if (phases.size > KEPT_PHASES)
                    phases.delete(old);
        }
        return shared;
    }
    firstStartAtLeast(t) {
        let lo = this.head;
        let hi = this.sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.sorted[mid].start < t)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/** One SLI's series over `records`: a view of their index when they are a slice of indexed records. */
function seriesOver(records, sli, kind, windowMs) {
    const cut = slices.get(records);
    const d = cut?.index.windows(sli, kind, windowMs);
    if (cut && d)
        return new _span_js__WEBPACK_IMPORTED_MODULE_0__/* .SliSeries */ .AZ(d, cut.from, cut.to);
    return _span_js__WEBPACK_IMPORTED_MODULE_0__/* .SliSeries */ .AZ.of(sli, kind, windowMs, records);
}
const KEPT_PHASES = 12;
const SUMS_BATCH = 512;
/**
 * Verdicts per SLO and key (a step, or an explicit span) judged over windows the judge saw all
 * of. A later judge that sees them all too (with the same flags, span.ts) would compute the same
 * verdict, so it takes this one.
 */
class SharedVerdicts {
    bySlo = new Map();
    scansBySlo = new Map();
    added = 0;
    /**
     * `end`: where the verdict's span ends. (Generic in the verdict's type, which slo.ts defines:
     * that module imports this one.)
     */
    verdict(slo, key, end, flags, compute) {
        let keys = this.bySlo.get(slo);
        if (!keys) {
            keys = new Map();
            this.bySlo.set(slo, keys);
        }
        const hit = keys.get(key);
        if (hit?.flags === flags)
            return hit.verdict;
        const verdict = compute();
        keys.set(key, { flags, end, verdict });
        this.added++;
        return verdict;
    }
    /**
     * The scans of SLOs' steps kept (first-failure.ts), by their first SLO; each scan holds its SLOs
     * and their series' flags, which the caller compares.
     */
    scans(first) {
        let list = this.scansBySlo.get(first);
        if (!list) {
            list = [];
            this.scansBySlo.set(first, list);
        }
        return list;
    }
    /** Forget the verdicts and scans of spans that end before `t`, where the slices still to come begin. */
    forgetBefore(t) {
        if (this.added < FORGET_EVERY)
            return;
        this.added = 0;
        for (const keys of this.bySlo.values())
            for (const [key, { end }] of keys)
                if (end < t)
                    keys.delete(key);
        for (const list of this.scansBySlo.values()) {
            const kept = list.filter((scan) => scan.through >= t);
            list.splice(0, list.length, ...kept);
        }
    }
}
const FORGET_EVERY = 4096;
/** The shared verdicts for a judge over `records`, when they are a slice of indexed records. */
function sharedVerdicts(records, policy, since, started) {
    const cut = slices.get(records);
    if (!cut)
        return undefined;
    const shared = cut.index.sharedVerdicts(policy, since, started);
    shared.forgetBefore(cut.from);
    return shared;
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ SummedLatency),
/* harmony export */   kb: () => (/* binding */ latencyQuantile),
/* harmony export */   tn: () => (/* binding */ SlidingBins)
/* harmony export */ });
/* harmony import */ var _telemetry_sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2459);

/**
 * A span's latency aggregate whose sketch is summed bins. `sketch` is made from them when read
 * (an accessor on the class: spreading the aggregate leaves it out); from then on it is the truth,
 * since it may be merged into.
 */
class SummedLatency {
    bins;
    kind = 'latency';
    count = 0;
    sum = 0;
    min = null;
    max = null;
    over;
    made;
    /** `scalars`: the span's count, sum, min, max and threshold counts (mergeInto's). */
    constructor(scalars, bins) {
        this.bins = bins;
        this.count = scalars.count;
        this.sum = scalars.sum;
        this.min = scalars.min;
        this.max = scalars.max;
        if (scalars.over)
            this.over = scalars.over;
    }
    get sketch() {
        this.made ??= _telemetry_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencySketch */ .d.fromDense(this.bins);
        return this.made;
    }
    set sketch(s) {
        this.made = s;
    }
    quantile(q) {
        return this.made ? this.made.quantile(q) : binsQuantile(this.bins, q);
    }
}
/** The q-quantile of a latency aggregate, as its sketch gives it; undefined when empty. */
function latencyQuantile(agg, q) {
    return agg instanceof SummedLatency ? agg.quantile(q) : agg.sketch.quantile(q);
}
function binsQuantile(bins, q) {
    let total = bins.zero;
    for (let i = 0; i < bins.counts.length; i++)
        total += bins.counts[i];
    if (total === 0)
        return undefined;
    const rank = q * (total - 1);
    if (rank < bins.zero)
        return 0;
    const within = rank - bins.zero;
    let running = 0;
    let i = 0;
    for (; i < bins.counts.length - 1; i++) {
        running += bins.counts[i];
        if (running > within)
            break;
    }
    return keyValue(bins.minKey + i);
}
/**
 * The summed bins of windows [k0, k1), moved from the last span asked for when the two overlap
 * (the next step's span shares all windows but one with this step's): windows that left are
 * subtracted, those that came added. Counts are whole numbers, so this is exactly their sum.
 */
class SlidingBins {
    k0 = 0;
    k1 = 0;
    lo = 0;
    counts = new Float64Array(0);
    zero = 0;
    /** `part(k)`: window k's bins, undefined for a window without latency data. */
    span(k0, k1, part) {
        if (Math.abs(k0 - this.k0) + Math.abs(k1 - this.k1) >= k1 - k0)
            this.reset(k0);
        while (this.k0 < k0)
            this.add(part(this.k0++), -1);
        while (this.k0 > k0)
            this.add(part(--this.k0), 1);
        while (this.k1 < k1)
            this.add(part(this.k1++), 1);
        while (this.k1 > k1)
            this.add(part(--this.k1), -1);
        return { zero: this.zero, minKey: this.lo, counts: this.counts.slice() };
    }
    /** Start again from the empty span at k (a window in the sum is let go or replaced). */
    reset(k = 0) {
        this.k0 = k;
        this.k1 = k;
        this.counts = new Float64Array(0);
        this.zero = 0;
    }
    /** Whether window k is in the sum. */
    holds(k) {
        return k >= this.k0 && k < this.k1;
    }
    add(p, sign) {
        if (!p)
            return;
        this.zero += sign * p.zero;
        if (p.counts.length === 0)
            return;
        const pHi = p.minKey + p.counts.length - 1;
        if (this.counts.length === 0) {
            this.counts = new Float64Array(p.counts.length);
            this.lo = p.minKey;
        }
        const hi = this.lo + this.counts.length - 1;
        if (p.minKey < this.lo || pHi > hi) {
            const lo = Math.min(this.lo, p.minKey);
            const wider = new Float64Array(Math.max(hi, pHi) - lo + 1);
            wider.set(this.counts, this.lo - lo);
            this.counts = wider;
            this.lo = lo;
        }
        const at = p.minKey - this.lo;
        for (let i = 0; i < p.counts.length; i++)
            this.counts[at + i] += sign * p.counts[i];
    }
}
/** The value DDSketch reports for a key: that of a sketch holding one sample there. */
const values = new Map();
function keyValue(key) {
    let v = values.get(key);
    if (v === undefined) {
        v = _telemetry_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencySketch */ .d.fromDense({ zero: 0, minKey: key, counts: Float64Array.of(1) }).quantile(0);
        values.set(key, v);
    }
    return v;
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ Judge)
});

// UNUSED EXPORTS: judgeSlo

// EXTERNAL MODULE: ./src/telemetry/record.ts
var record = __webpack_require__(4014);
// EXTERNAL MODULE: ./src/judge/calendar.ts
var calendar = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/judge/format.ts
var format = __webpack_require__(3260);
;// CONCATENATED MODULE: ./src/judge/control-baseline.ts

/**
 * Baseline "control": the SLI's control cohort over the very span judged, so a regression
 * everywhere cancels out and a re-entered phase is compared with now. Nothing to compare with
 * (no control counts, no control events, too few, or a control rate of 0, where an increase is
 * undefined) is never a pass: the verdict is no_data, saying which.
 */
function controlBaseline(policy, slo, span) {
    const def = policy.slis[slo.sli];
    const cohort = Object.entries((def?.kind === 'ratio' && def.control) || {})
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ');
    const agg = span.aggregate;
    const c = agg.kind === 'ratio' ? agg.control : undefined;
    const none = (text, samples = 0) => ({
        value: null,
        from: span.from,
        to: span.to,
        samples,
        text,
    });
    if (!c) {
        const collected = span.expected - span.missing;
        return none(`${span.uncontrolled} of ${collected} windows have no control-cohort counts (collected before slis.${slo.sli} had control:, or from a source that cannot split events); collect them again`);
    }
    if (c.denominator === 0)
        return none(`no control-cohort events (${cohort}) to compare with`);
    if (c.denominator < slo.minSamples) {
        return none(`the control cohort (${cohort}) has ${c.denominator} samples < min ${slo.minSamples}`, c.denominator);
    }
    const rate = c.numerator / c.denominator;
    if ((0,format/* round12 */.u8)(rate) === 0) {
        return none(`the control cohort's rate (${cohort}) is 0 (${c.numerator} of ${c.denominator}), so an increase is undefined`, c.denominator);
    }
    return {
        value: rate,
        from: span.from,
        to: span.to,
        samples: c.denominator,
        text: `control cohort ${(0,format/* formatValue */.Fl)(rate, 'percent', { digits: 3 })} (${cohort}; ${c.denominator} samples)`,
    };
}

// EXTERNAL MODULE: ./src/judge/record-index.ts
var record_index = __webpack_require__(8663);
// EXTERNAL MODULE: ./src/judge/span.ts + 1 modules
var judge_span = __webpack_require__(6894);
// EXTERNAL MODULE: ./src/judge/sketch-sum.ts
var sketch_sum = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/judge/stat.ts



function statValue(stat, agg) {
    if (agg.kind === 'latency') {
        if (agg.count === 0)
            return null;
        if (stat.kind === 'quantile')
            return (0,sketch_sum/* latencyQuantile */.kb)(agg, stat.q) ?? null;
        if (stat.kind === 'mean')
            return agg.sum / agg.count;
        return agg.max;
    }
    if (agg.kind === 'ratio')
        return agg.denominator > 0 ? agg.numerator / agg.denominator : null;
    return agg.count;
}
/**
 * "P95 ≤ T" judged exactly: it holds when at most 5 % of the samples are above T (for quantile q,
 * at most (1 − q) of them), counted at collect time; "P95 > T" is its negation. Undefined when the
 * records lack the count for T (written before it existed, or from a histogram source) or for
 * other comparisons: then the sketch's estimate (within 1 %) decides, as before.
 */
function quantileHolds(stat, agg, cond) {
    if (stat.kind !== 'quantile' || agg.kind !== 'latency' || agg.count === 0)
        return undefined;
    if (cond.op !== '<=' && cond.op !== '>')
        return undefined;
    const over = agg.over?.get(cond.threshold);
    if (over === undefined)
        return undefined;
    const within = over <= (0,format/* round12 */.u8)((1 - stat.q) * agg.count);
    return cond.op === '<=' ? within : !within;
}
function exactNote(agg, cond) {
    const over = agg.kind === 'latency' ? agg.over?.get(cond.threshold) : undefined;
    return ` (sketch estimate; exactly ${over} of ${(0,record/* samplesOf */.lc)(agg)} samples above ${cond.text})`;
}
/** Labels per statistic of the policy: every verdict shows one. */
const labels = new WeakMap();
function statLabel(stat) {
    let label = labels.get(stat);
    if (label === undefined) {
        label = stat.kind === 'quantile' ? `p${(0,format/* round12 */.u8)(stat.q * 100)}` : stat.kind;
        labels.set(stat, label);
    }
    return label;
}

;// CONCATENATED MODULE: ./src/judge/slo.ts







/** The merged data behind each verdict, for judging breach conditions on it exactly. */
const aggregates = new WeakMap();
/**
 * Judges SLOs over a fixed set of window records; verdicts are memoized per (SLO, step), and
 * over a slice of indexed records also for the later runs that see the same windows.
 */
class Judge {
    policy;
    since;
    rolloutStart;
    records;
    seriesBySli = new Map();
    memo = new Map();
    baselines = new Map();
    /** Shared verdicts of SLOs that read the rollout's start (before_rollout), and of the others. */
    shared;
    sharedAnyStart;
    constructor(input) {
        this.policy = input.policy;
        this.records = input.records;
        this.since = input.since ?? Number.NEGATIVE_INFINITY;
        this.rolloutStart = input.rolloutStart;
        this.shared = (0,record_index/* sharedVerdicts */.Mq)(input.records, this.policy, this.since, this.rolloutStart);
        // Charts judge without the rollout's start (plan/charts.ts): they share the decisions' other verdicts.
        this.sharedAnyStart = (0,record_index/* sharedVerdicts */.Mq)(input.records, this.policy, this.since, 'any');
    }
    get windowMs() {
        return this.policy.windowMs;
    }
    series(sli) {
        let s = this.seriesBySli.get(sli);
        if (!s) {
            const kind = this.policy.slis[sli]?.kind ?? 'count';
            s = (0,record_index/* seriesOver */.sI)(this.records, sli, kind, this.windowMs);
            this.seriesBySli.set(sli, s);
        }
        return s;
    }
    /** The SLO's verdict at the step containing `at` (aligned down to a window boundary). */
    verdict(slo, at) {
        const step = (0,judge_span/* alignDown */.uf)(at, this.windowMs);
        let bySlo = this.memo.get(slo);
        if (!bySlo) {
            bySlo = new Map();
            this.memo.set(slo, bySlo);
        }
        let v = bySlo.get(step);
        if (!v) {
            v = this.shareable(slo, this.spanStart(slo, step), step, step, () => this.compute(slo, step));
            bySlo.set(step, v);
        }
        return v;
    }
    /**
     * A verdict depends on the windows of its span and baseline and on nothing else the records
     * hold: when this judge sees all of them, so did any earlier judge in this phase that did, and
     * its verdict is this one. `key` names the verdict among the SLO's: its step, or its span.
     */
    shareable(slo, from, to, key, compute) {
        const shared = slo.baseline?.kind === 'before_rollout' ? this.shared : this.sharedAnyStart;
        return shared && this.sees(slo, from, to)
            ? shared.verdict(slo, key, to, this.series(slo.sli).flags, compute)
            : compute();
    }
    /** Whether this judge sees every window a verdict of `slo` over [from, to) reads, its baseline's too. */
    sees(slo, from, to) {
        const series = this.series(slo.sli);
        const base = slo.stat.kind === 'increase' ? this.baselineSpan(slo) : null;
        return series.covers(from, to) && (!base || series.covers(base.from, base.to));
    }
    /**
     * What this judge shares with the later runs of its phase (its start and the rollout's), when
     * its records are a slice of indexed records (record-index.ts).
     */
    get sharing() {
        return this.shared;
    }
    /** The span an SLO judges at a step, before alignment to the grid. */
    spanStart(slo, step) {
        const start = slo.window === 'day' ? (0,calendar/* localDayStart */.E4)(step - 1, this.policy.timezone) : step - slo.window;
        return Math.max(start, this.since);
    }
    /**
     * The SLO judged over an explicit span [from, to) (clipped to the phase start), e.g. a whole
     * calendar day; `where` describes the span in the reason ("on 2026-11-21 (Asia/Tokyo)").
     */
    verdictOver(slo, from, to, where) {
        const start = Math.max(from, this.since);
        // Shared too: consecutive_days judges the same complete days at every run.
        return this.shareable(slo, start, to, `${start}/${to} ${where}`, () => {
            const span = this.series(slo.sli).span(start, to);
            return this.judgeSpan(slo, span, (0,judge_span/* alignDown */.uf)(to, this.windowMs), where);
        });
    }
    compute(slo, step) {
        const span = this.series(slo.sli).span(this.spanStart(slo, step), step);
        return this.judgeSpan(slo, span, step, this.describeSpan(slo, span, step));
    }
    judgeSpan(slo, span, step, where) {
        const samples = slo.sliKind === 'count' ? span.expected - span.missing : (0,record/* samplesOf */.lc)(span.aggregate);
        let value = statValue(slo.stat, span.aggregate);
        let baseline;
        if (slo.stat.kind === 'increase') {
            baseline =
                slo.baseline?.kind === 'control' ? controlBaseline(this.policy, slo, span) : this.baseline(slo);
            value = value !== null && baseline.value ? value / baseline.value - 1 : null;
        }
        const label = statLabel(slo.stat);
        const outcome = this.outcome(slo, span, where, { samples, value, baseline, label });
        // One object, its keys in the order verdicts have always had (JSON outputs print them).
        const verdict = {
            id: slo.id,
            sli: slo.sli,
            value,
            threshold: slo.objective.threshold,
            op: slo.objective.op,
            unit: slo.unit,
            thresholdText: slo.objective.text,
            stat: label,
            samples,
            minSamples: slo.minSamples,
            window: { from: span.from, to: span.to },
            windows: { expected: span.expected, missing: span.missing },
            at: step,
            ...(baseline && {
                baseline: { value: baseline.value, from: baseline.from, to: baseline.to, samples: baseline.samples },
            }),
            status: outcome.status,
            reason: outcome.reason,
        };
        if (outcome.status !== 'no_data')
            aggregates.set(verdict, span.aggregate);
        return verdict;
    }
    /** The status of a span's verdict and the reason it gives. */
    outcome(slo, span, where, v) {
        const { samples, value, baseline } = v;
        const noData = (why) => ({
            status: 'no_data',
            reason: `${slo.id}: no data ${where}: ${why}`,
        });
        if (span.expected === 0)
            return noData('no complete window yet');
        if (span.missing > 0) {
            return noData(`${span.missing} of ${span.expected} windows not collected (${span.missingReasons.join('; ')})`);
        }
        const what = slo.sliKind === 'count' ? 'windows' : 'samples';
        if (samples < slo.minSamples)
            return noData(`${samples} ${what} < min ${slo.minSamples}`);
        if (baseline && baseline.value === null)
            return noData(baseline.text);
        if (value === null)
            return noData('no events');
        const exact = quantileHolds(slo.stat, span.aggregate, slo.objective);
        const pass = exact ?? (0,format/* holds */.v9)(value, slo.objective);
        const note = exact !== undefined && exact !== (0,format/* holds */.v9)(value, slo.objective)
            ? exactNote(span.aggregate, slo.objective)
            : '';
        const shown = `${(0,format/* formatAgainst */.L$)(value, slo.objective.threshold, slo.unit, slo.stat.kind === 'increase')} ${(0,format/* sign */._S)(slo.objective.op, pass)} ${slo.objective.text}${note}`;
        const stat = slo.stat.kind === 'quantile' || slo.stat.kind === 'mean' || slo.stat.kind === 'max';
        const vs = baseline ? ` vs ${baseline.text}` : '';
        return {
            status: pass ? 'pass' : 'fail',
            reason: `${slo.id}: ${stat ? `${v.label} ` : ''}${shown} ${where} (${samples} ${what})${vs}`,
        };
    }
    /**
     * Whether `cond` holds for a verdict this judge gave for `slo`: exactly from the window
     * records' threshold counts when they have them for this threshold, else on the shown value.
     */
    conditionHolds(verdict, slo, cond) {
        const agg = aggregates.get(verdict);
        const exact = agg && quantileHolds(slo.stat, agg, cond);
        return exact ?? (verdict.value !== null && (0,format/* holds */.v9)(verdict.value, cond));
    }
    describeSpan(slo, span, step) {
        const tz = this.policy.timezone;
        if (slo.window === 'day')
            return `on ${(0,calendar/* localDate */.gD)(step - 1, tz)} (${tz}) so far`;
        const full = step - slo.window;
        if (span.from > full && this.since > full) {
            return `over ${(0,format/* formatSpan */.QA)(span.to - span.from)} since the phase began (window ${(0,format/* formatSpan */.QA)(slo.window)})`;
        }
        return `over ${(0,format/* formatSpan */.QA)(slo.window)}`;
    }
    /** The rate an increase is measured against: fixed, or over the span before the phase began. */
    baseline(slo) {
        const cached = this.baselines.get(slo);
        if (cached)
            return cached;
        const result = this.computeBaseline(slo);
        this.baselines.set(slo, result);
        return result;
    }
    /** The span a baseline before the phase or the rollout is measured over. */
    baselineSpan(slo) {
        const b = slo.baseline;
        if (b?.kind !== 'before_phase' && b?.kind !== 'before_rollout')
            return null;
        const rollout = b.kind === 'before_rollout' && this.rolloutStart !== undefined;
        const end = rollout ? this.rolloutStart : this.since;
        return { rollout, from: end - b.windowMs, to: end };
    }
    computeBaseline(slo) {
        const b = slo.baseline;
        const none = (text, samples = 0, from = null, to = null) => ({
            value: null,
            from,
            to,
            samples,
            text,
        });
        // (control baselines are measured per span, in judgeSpan)
        if (!b || b.kind === 'control')
            return none('the SLO has no baseline');
        if (b.kind === 'fixed') {
            if (b.value <= 0)
                return none(`the fixed baseline ${(0,format/* formatValue */.Fl)(b.value, 'percent')} is not positive`);
            return {
                value: b.value,
                from: null,
                to: null,
                samples: 0,
                text: `baseline ${(0,format/* formatValue */.Fl)(b.value, 'percent')}`,
            };
        }
        const { rollout, from, to: end } = this.baselineSpan(slo);
        const label = b.kind === 'before_phase'
            ? `the ${(0,format/* formatSpan */.QA)(b.windowMs)} before the phase began`
            : rollout
                ? `the ${(0,format/* formatSpan */.QA)(b.windowMs)} before the rollout began`
                : `the ${(0,format/* formatSpan */.QA)(b.windowMs)} before the phase began (the rollout's start is not recorded)`;
        if (!Number.isFinite(end))
            return none(`the baseline is ${label}, and the phase start is unknown`);
        const span = this.series(slo.sli).span(from, end);
        const agg = span.aggregate;
        const samples = (0,record/* samplesOf */.lc)(agg);
        const rate = agg.kind === 'ratio' && agg.denominator > 0 ? agg.numerator / agg.denominator : null;
        const coverage = span.missing > 0 ? `, ${span.expected - span.missing} of ${span.expected} windows collected` : '';
        if (samples === 0)
            return none(`no baseline data in ${label}`, 0, span.from, span.to);
        if (samples < slo.minSamples) {
            return none(`baseline over ${label} has ${samples} samples < min ${slo.minSamples}`, samples, span.from, span.to);
        }
        if (rate === null || (0,format/* round12 */.u8)(rate) === 0) {
            return none(`the baseline over ${label} is 0, so an increase is undefined`, samples, span.from, span.to);
        }
        return {
            value: rate,
            from: span.from,
            to: span.to,
            samples,
            text: `baseline ${(0,format/* formatValue */.Fl)(rate, 'percent', { digits: 3 })} over ${label} (${samples} samples${coverage})`,
        };
    }
}
/** Judge one SLO at one instant. For many SLOs or steps over the same window records, reuse a Judge. */
function judgeSlo(input) {
    return new Judge(input).verdict(input.slo, input.at);
}


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZ: () => (/* binding */ SliSeries),
  Ek: () => (/* binding */ SliWindows),
  uf: () => (/* binding */ alignDown),
  DQ: () => (/* binding */ alignUp)
});

// EXTERNAL MODULE: ./src/telemetry/record.ts
var record = __webpack_require__(4014);
// EXTERNAL MODULE: ./src/telemetry/sketch.ts
var sketch = __webpack_require__(2459);
;// CONCATENATED MODULE: ./src/judge/prefix-sums.ts
/**
 * One SLI's prefix sums over window index (span.ts): for each k, the sums of columns over windows
 * [0, k), so a span's sum is a difference. A replay of a year keeps only the sums runs still read
 * (dropBefore): those from its history on, and a few pinned indexes, the edges of baselines
 * anchored at the phase's or the rollout's start; memory then holds the history, not the days.
 */
/** The columns: collected windows, numerators / counts, denominators, windows with distinct values, windows with control counts, the control cohort's numerators and denominators. */
const COLLECTED = 0;
const A = 1;
const B = 2;
const DISTINCT = 3;
const CONTROL = 4;
const CN = 5;
const CD = 6;
const COLUMNS = 7;
class PrefixSums {
    sli;
    /** Column c of the sums through window k, k ≥ first: values[(k - first) * COLUMNS + c]. */
    values = new Array(COLUMNS).fill(0);
    first = 0;
    /** Sums kept below `first`, by k. */
    pinned = new Map();
    /**
     * Every count is a whole number and every sum below 2^53, so a difference of prefix sums is
     * exactly the sum of the windows between, wherever the sums start.
     */
    exact = true;
    constructor(sli) {
        this.sli = sli;
    }
    /** The last k with sums: windows [0, end) are summed. */
    get end() {
        return this.first + this.values.length / COLUMNS - 1;
    }
    /** Column c summed over windows [0, k). */
    at(c, k) {
        if (k >= this.first)
            return this.values[(k - this.first) * COLUMNS + c];
        const p = this.pinned.get(k);
        if (!p) {
            throw new Error(`${this.sli}: the sums before window ${k} were let go (IndexedRecords.forgetBefore) and cannot be read`);
        }
        return p[c];
    }
    /** Column c summed over windows [k0, k1). */
    between(c, k0, k1) {
        return this.at(c, k1) - this.at(c, k0);
    }
    /** Appends window `end`'s values, one per column. */
    push(...v) {
        const last = this.values.length - COLUMNS;
        for (let c = 0; c < COLUMNS; c++) {
            const s = this.values[last + c] + v[c];
            this.exact &&= Number.isInteger(v[c]) && Math.abs(s) <= Number.MAX_SAFE_INTEGER;
            this.values.push(s);
        }
    }
    /** Takes the last window's values back (a re-collected window). */
    pop() {
        this.values.length -= COLUMNS;
    }
    /**
     * Lets go of the sums below k but for those at `pins` (the sums at other indexes below k are
     * never read again). Done in batches: a copy of what stays once at least half can go.
     */
    dropBefore(k, pins) {
        const cut = Math.min(k, this.end) - this.first;
        if (cut < DROP_AT_LEAST || cut * 2 * COLUMNS < this.values.length)
            return;
        const keep = new Map();
        for (const p of pins) {
            if (p >= k)
                continue;
            const old = this.pinned.get(p);
            if (old)
                keep.set(p, old);
            else if (p >= this.first)
                keep.set(p, this.values.slice((p - this.first) * COLUMNS, (p - this.first + 1) * COLUMNS));
        }
        this.pinned.clear();
        for (const [p, v] of keep)
            this.pinned.set(p, v);
        this.values = this.values.slice(cut * COLUMNS);
        this.first += cut;
    }
}
const DROP_AT_LEAST = 1024;

// EXTERNAL MODULE: ./src/judge/sketch-sum.ts
var sketch_sum = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/judge/span.ts




function alignDown(t, step) {
    return Math.floor(t / step) * step;
}
function alignUp(t, step) {
    return Math.ceil(t / step) * step;
}
/**
 * One SLI's windows over a set of records, with prefix sums over window index. Built from records
 * in any order, or appended to record by record in time order (the replay's stream); windows no
 * view will merge again can be let go, keeping only their sums, and sums no view reads again too.
 */
class SliWindows {
    sli;
    kind;
    windowMs;
    base = 0;
    n = 0;
    /** Window k's aggregate at windows[k - first]; undefined for a window not collected, or let go. */
    windows = [];
    /** Latency windows' sketch bins in one array each, made when a span first merges them. */
    dense = [];
    first = 0;
    /** The last latency span's summed bins, moved to the next span asked for. */
    bins = new sketch_sum/* SlidingBins */.tn();
    /**
     * Window indexes with a reason the SLI is missing there, and the reasons, in the order the
     * records first gave them: ascending when the records came in time order.
     */
    reasonAt = [];
    reasonText = [];
    reasonsAscending = true;
    sums;
    /** Windows before this index were let go (forget). */
    kept = 0;
    constructor(sli, kind, windowMs, records = []) {
        this.sli = sli;
        this.kind = kind;
        this.windowMs = windowMs;
        this.sums = new PrefixSums(sli);
        const usable = records.filter((r) => r.start % windowMs === 0);
        if (usable.length === 0)
            return;
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (const r of usable) {
            lo = Math.min(lo, r.start);
            hi = Math.max(hi, r.start);
        }
        this.base = lo;
        this.n = (hi - lo) / windowMs + 1;
        this.windows.length = this.n;
        const reasons = new Map();
        // Later records for the same window replace earlier ones (a re-collected window).
        for (const r of usable) {
            const k = (r.start - this.base) / windowMs;
            const { agg, reason } = this.read(r);
            this.windows[k] = agg;
            if (reason === undefined)
                reasons.delete(k);
            else
                reasons.set(k, reason);
        }
        for (const [k, reason] of reasons)
            this.addReason(k, reason);
        for (let k = 0; k < this.n; k++)
            this.sum(k);
    }
    /**
     * Every count is a whole number and every sum below 2^53, so a difference of prefix sums is
     * exactly the sum of the windows between, wherever the sums start: a slice's view then gives
     * what indexing the slice itself would.
     */
    get exact() {
        return this.sums.exact;
    }
    /** Window k's aggregate: undefined when not collected, or let go. */
    window(k) {
        return k >= this.first ? this.windows[k - this.first] : undefined;
    }
    /** Adds a record starting at or after every record before it (the same start: it replaces that window). */
    append(r) {
        const w = this.windowMs;
        if (r.start % w !== 0)
            return;
        if (this.n === 0)
            this.base = r.start;
        const k = (r.start - this.base) / w;
        if (k < this.n - 1) {
            throw new Error(`SliWindows.append: ${new Date(r.start).toISOString()} is before the last window`);
        }
        if (k === this.n - 1) {
            // A re-collected window: take its sums and reason back, and judge it from this record.
            this.sums.pop();
            if (this.reasonAt.at(-1) === k) {
                this.reasonAt.pop();
                this.reasonText.pop();
            }
            this.n--;
        }
        for (; this.n < k; this.n++) {
            this.windows[this.n - this.first] = undefined;
            this.sum(this.n);
        }
        const { agg, reason } = this.read(r);
        this.windows[k - this.first] = agg;
        this.dense[k - this.first] = undefined;
        if (this.bins.holds(k))
            this.bins.reset();
        if (reason !== undefined)
            this.addReason(k, reason);
        this.sum(k);
        this.n = k + 1;
    }
    /** Let go of the windows before index `k`: no view will merge them again (their sums stay). */
    forget(k) {
        for (this.kept = Math.max(this.kept, this.first); this.kept < Math.min(k, this.n); this.kept++) {
            this.windows[this.kept - this.first] = undefined;
            this.dense[this.kept - this.first] = undefined;
            if (this.bins.holds(this.kept))
                this.bins.reset();
        }
        // Drop the slots let go in batches: a copy of the rest once at least half can go.
        const cut = this.kept - this.first;
        if (cut >= 1024 && cut * 2 >= this.windows.length) {
            this.windows = this.windows.slice(cut);
            this.dense = this.dense.slice(cut);
            this.first = this.kept;
        }
    }
    /** Let go of the sums before index `k` but at `pins`: no view reads the others again. */
    dropSums(k, pins) {
        this.sums.dropBefore(Math.min(k, this.kept), pins);
    }
    /** The reasons windows [k0, k1) are missing, in the order they were first given. */
    reasonsIn(k0, k1) {
        const out = [];
        if (!this.reasonsAscending) {
            for (let i = 0; i < this.reasonAt.length; i++) {
                const k = this.reasonAt[i];
                if (k >= k0 && k < k1)
                    out.push(this.reasonText[i]);
            }
            return out;
        }
        let lo = 0;
        let hi = this.reasonAt.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.reasonAt[mid] < k0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (let i = lo; i < this.reasonAt.length && this.reasonAt[i] < k1; i++)
            out.push(this.reasonText[i]);
        return out;
    }
    /** The latency sketches of windows [k0, k1), their bins summed. */
    sketchSum(k0, k1) {
        return this.bins.span(k0, k1, (k) => {
            const w = this.window(k);
            if (w?.kind !== 'latency')
                return undefined;
            this.dense[k - this.first] ??= w.sketch.toDense();
            return this.dense[k - this.first];
        });
    }
    read(r) {
        const reason = r.missing.get(this.sli);
        const agg = r.slis.get(this.sli);
        if (reason !== undefined)
            return { agg: undefined, reason };
        if (agg && agg.kind === this.kind)
            return { agg, reason: undefined };
        return {
            agg: undefined,
            reason: agg ? `recorded as ${agg.kind}, expected ${this.kind}` : 'not in the report',
        };
    }
    addReason(k, reason) {
        if (this.reasonAt.length && this.reasonAt.at(-1) > k)
            this.reasonsAscending = false;
        this.reasonAt.push(k);
        this.reasonText.push(reason);
    }
    /** The prefix sums through window k, from those before it. */
    sum(k) {
        const w = this.windows[k - this.first];
        const [a, b] = !w ? [0, 0] : w.kind === 'ratio' ? [w.numerator, w.denominator] : [w.count, 0];
        const c = w?.kind === 'ratio' ? w.control : undefined;
        const distinct = w?.kind === 'count' && w.distinct !== undefined ? 1 : 0;
        this.sums.push(w ? 1 : 0, a, b, distinct, c ? 1 : 0, c?.numerator ?? 0, c?.denominator ?? 0);
    }
}
class SliSeries {
    data;
    sli;
    kind;
    windowMs;
    /** The window indexes this series sees: [lo, hi). */
    lo;
    hi;
    /** A count SLI with distinct values in some window: a span takes their union, not a sum. */
    distinct;
    /** A ratio SLI with control-cohort counts in some window: spans that have them in every window carry them. */
    controlled;
    /** All of `data`'s windows, or those of the records that lie in [from, to) (start ≥ from, end ≤ to). */
    constructor(data, from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY) {
        this.data = data;
        this.sli = data.sli;
        this.kind = data.kind;
        this.windowMs = data.windowMs;
        const w = data.windowMs;
        const clip = (k) => Math.min(Math.max(k, 0), data.n);
        this.lo = clip(Math.ceil((from - data.base) / w));
        this.hi = Math.max(this.lo, clip(Math.floor((to - data.base) / w)));
        this.distinct = data.sums.between(DISTINCT, this.lo, this.hi) > 0;
        this.controlled = data.sums.between(CONTROL, this.lo, this.hi) > 0;
    }
    /** The series of all of `records`. */
    static of(sli, kind, windowMs, records) {
        return new SliSeries(new SliWindows(sli, kind, windowMs, records));
    }
    /**
     * Whether this series sees every window of [from, to) (rounded inwards): then the span is the
     * same in every series over the same index that sees them and has the same `flags`.
     */
    covers(from, to) {
        const d = this.data;
        const w = this.windowMs;
        const f = alignUp(from, w);
        const t = Math.max(f, alignDown(to, w));
        return (f - d.base) / w >= this.lo && (t - d.base) / w <= this.hi;
    }
    /** What a span's aggregate depends on besides its windows: whether the series has distinct values, control counts. */
    get flags() {
        return FLAGS[(this.distinct ? 1 : 0) + (this.controlled ? 2 : 0)];
    }
    /** Merge the windows lying entirely inside [from, to) (both rounded inwards to the grid). */
    span(from, to) {
        const c = this.coverage(from, to);
        return {
            from: c.from,
            to: c.to,
            expected: c.expected,
            missing: c.missing,
            missingReasons: c.missingReasons,
            aggregate: this.merge(c.k0, c.k1, c.uncontrolled),
            uncontrolled: c.uncontrolled,
        };
    }
    /**
     * Which windows of [from, to) (rounded inwards) were collected, without merging them: a soak
     * asks only that of its whole period, and merging a day of latency sketches cost more than
     * judging it.
     */
    coverage(from, to) {
        const d = this.data;
        const w = this.windowMs;
        const f = alignUp(from, w);
        const t = Math.max(f, alignDown(to, w));
        const expected = (t - f) / w;
        // Index range clipped to the windows this series sees.
        const k0 = Math.min(Math.max((f - d.base) / w, this.lo), this.hi);
        const k1 = Math.min(Math.max((t - d.base) / w, this.lo), this.hi);
        const collected = d.sums.between(COLLECTED, k0, k1);
        const explainedReasons = d.reasonsIn(k0, k1);
        const missingReasons = new Set(explainedReasons);
        const explained = explainedReasons.length;
        if (expected - collected > explained)
            missingReasons.add('no report');
        const uncontrolled = this.kind === 'ratio' ? collected - d.sums.between(CONTROL, k0, k1) : 0;
        return {
            from: f,
            to: t,
            expected,
            missing: expected - collected,
            missingReasons: [...missingReasons],
            uncontrolled,
            k0,
            k1,
        };
    }
    merge(k0, k1, uncontrolled) {
        const d = this.data;
        const a = d.sums.between(A, k0, k1);
        const b = d.sums.between(B, k0, k1);
        if (this.kind === 'ratio') {
            if (!this.controlled || uncontrolled > 0)
                return { kind: 'ratio', numerator: a, denominator: b };
            const control = {
                numerator: d.sums.between(CN, k0, k1),
                denominator: d.sums.between(CD, k0, k1),
            };
            return { kind: 'ratio', numerator: a, denominator: b, control };
        }
        if (this.kind === 'count' && !this.distinct)
            return { kind: 'count', count: a };
        // Latency windows, and distinct values (a bug reported in two windows counts once), merge
        // window by window, latency sketches apart: the sum of their bins (sketch-sum.ts).
        const out = this.kind === 'count'
            ? (0,record/* emptyAggregate */.pO)('count')
            : { kind: 'latency', count: 0, sum: 0, min: null, max: null, sketch: NO_BINS };
        for (let k = k0; k < k1; k++) {
            const win = d.window(k);
            if (win)
                (0,record/* mergeInto */.Pz)(out, win.kind === 'latency' ? { ...win, sketch: NO_BINS } : win);
            else if (d.sums.between(COLLECTED, k, k + 1) > 0) {
                throw new Error(`${this.sli}: the window at ${new Date(d.base + k * this.windowMs).toISOString()} was let go (IndexedRecords.forgetBefore) and cannot be merged`);
            }
        }
        return out.kind === 'latency' ? new sketch_sum/* SummedLatency */.WA(out, d.sketchSum(k0, k1)) : out;
    }
}
/** SliSeries.flags by distinct (1) and controlled (2): made once, since every shared verdict asks. */
const FLAGS = ['/', 'distinct/', '/controlled', 'distinct/controlled'];
/** Stands in for the sketches in mergeInto, whose bins are summed apart: it stays empty. */
const NO_BINS = new sketch/* LatencySketch */.d();


/***/ }),

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   QA: () => (/* reexport safe */ _judge_format_js__WEBPACK_IMPORTED_MODULE_0__.QA),
/* harmony export */   r4: () => (/* binding */ formatInstant)
/* harmony export */ });
/* harmony import */ var _judge_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3260);
/** Values as people read them, the same way the verdict's reasons print them; instants in UTC. */


/** "3.396s", "99.74%", "3"; an em dash when there is no value. */
function formatValue(value, unit) {
    return value === null || Number.isNaN(value) ? '—' : (0,_judge_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(value, unit);
}
/** "2026-11-20 10:15 UTC" */
function formatInstant(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}


/***/ }),

/***/ 7516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ behindFiredRules),
/* harmony export */   j5: () => (/* binding */ breachConfirmation),
/* harmony export */   xR: () => (/* binding */ confirmationText)
/* harmony export */ });
/* harmony import */ var _render_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/**
 * Whether a fired rollback rule was confirmed by a re-collect (the plan's §3.3, "SLO 違反時の再試行:
 * collect-metrics を再実行"): every window the rule fired on was read a second time and the rule
 * still fires on what that read gave. `phasegate collect` into a records folder does the re-read
 * (commands/confirm.ts) and marks each window record it confirmed (`rechecked`); this module only
 * reads the marks, so the verdict of any later run (the rollback PR's, the dashboard's) can say it.
 *
 * An unconfirmed breach still rolls back: the Action's collect step re-reads before the propose
 * step runs, so in the scheduled loop an unconfirmed breach means the re-read could not be done
 * (records written by hand, older than the back-fill, or a source that read fewer events the
 * second time, which keeps the first record and warns). Waiting would leave a real regression
 * live; the verdict says which it was instead.
 */

/** The re-collect state of the windows behind the fired rules; null when no rule fired. */
function breachConfirmation(records, rules) {
    const behind = behindFiredRules(rules);
    if (!behind)
        return null;
    let windows = 0;
    let rechecked = 0;
    let last = null;
    for (const r of records) {
        if (!behind(r))
            continue;
        windows++;
        if (r.rechecked === undefined)
            continue;
        rechecked++;
        last = Math.max(last ?? r.rechecked, r.rechecked);
    }
    return { windows, rechecked, last };
}
/** Whether a window lies in the span of a fired rule; null when no rule fired with a span. */
function behindFiredRules(rules) {
    const spans = rules.filter((r) => r.fired && r.span).map((r) => r.span);
    if (spans.length === 0)
        return null;
    return (r) => spans.some((s) => r.start >= s.from && r.end <= s.to);
}
/** One line for the verdict and the rollback PR's cause. */
function confirmationText(c) {
    if (c.windows > 0 && c.rechecked === c.windows) {
        const behind = c.windows === 1 ? 'the window behind it was' : `the ${c.windows} windows behind it were`;
        return `confirmed by a re-collect: ${behind} read again at ${(0,_render_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInstant */ .r4)(c.last)} and still breach`;
    }
    const once = c.windows - c.rechecked;
    return `not confirmed by a re-collect: ${once} of ${plural(c.windows, 'window')} behind it ${once === 1 ? 'was' : 'were'} read only once (\`phasegate collect\` into the records folder reads them again before a rollback)`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/judge/calendar.ts
var calendar = __webpack_require__(8937);
;// CONCATENATED MODULE: ./src/judge/first-failure.ts
/** The first failing verdict of `slos` at steps first, first + windowMs, …, last; undefined when none fails. */
function firstFailing(judge, slos, first, last) {
    const kept = keptScans(judge, slos, first, last);
    if (!kept)
        return scan(judge, slos, first, last) ?? undefined;
    const w = judge.windowMs;
    const flags = flagsOf(judge, slos);
    const same = (s) => s.flags === flags && s.slos.length === slos.length && s.slos.every((x, i) => x === slos[i]);
    const earlier = kept.find((s) => same(s) && s.first <= first && first <= s.through + w);
    if (earlier?.failure && earlier.failure.step >= first) {
        // No step before the failure failed: it is the first in [first, last] too, if it lies there.
        return earlier.failure.step <= last ? earlier.failure : undefined;
    }
    if (earlier && !earlier.failure) {
        // Steps up to `through` did not fail: go on from there.
        if (earlier.through >= last)
            return undefined;
        const failure = scan(judge, slos, earlier.through + w, last);
        earlier.through = failure?.step ?? last;
        earlier.failure = failure;
        return failure ?? undefined;
    }
    // None kept, or its failure lies before `first` and the scan stopped there: scan anew.
    if (earlier)
        kept.splice(kept.indexOf(earlier), 1);
    const failure = scan(judge, slos, first, last);
    kept.push({ slos, flags, first, through: failure?.step ?? last, failure });
    return failure ?? undefined;
}
function scan(judge, slos, first, last) {
    for (let step = first; step <= last; step += judge.windowMs) {
        for (const slo of slos) {
            const verdict = judge.verdict(slo, step);
            if (verdict.status === 'fail')
                return { step, verdict };
        }
    }
    return null;
}
/** The scans kept for `slos`, when this judge sees every window their verdicts over [first, last] read. */
function keptScans(judge, slos, first, last) {
    const shared = judge.sharing;
    if (!shared || !slos.length || !(first <= last))
        return undefined;
    // Spans only move later with the step: the first step's starts earliest.
    if (!slos.every((slo) => judge.sees(slo, judge.spanStart(slo, first), last)))
        return undefined;
    return shared.scans(slos[0]);
}
function flagsOf(judge, slos) {
    return slos.map((slo) => judge.series(slo.sli).flags).join(' ');
}

// EXTERNAL MODULE: ./src/judge/format.ts
var format = __webpack_require__(3260);
// EXTERNAL MODULE: ./src/judge/span.ts + 1 modules
var span = __webpack_require__(6894);
;// CONCATENATED MODULE: ./src/judge/rules.ts



/** Whether the SLO is breached at a step: the trigger's own breach condition, else a failing SLO. */
function stepState(judge, slo, breach, step) {
    const verdict = judge.verdict(slo, step);
    if (verdict.status === 'no_data' || verdict.value === null)
        return { state: 'no_data', verdict };
    const breached = breach ? judge.conditionHolds(verdict, slo, breach) : verdict.status === 'fail';
    return { state: breached ? 'breach' : 'ok', verdict };
}
/** The first step at which any window of the phase exists. */
function firstStep(judge) {
    const w = judge.windowMs;
    return Number.isFinite(judge.since) ? (0,span/* alignUp */.DQ)(judge.since, w) + w : Number.NEGATIVE_INFINITY;
}
/** Evaluate one rollback trigger at step `at` (aligned). */
function evaluateTrigger(judge, phase, trigger, index, at) {
    const slos = trigger.slo === 'any' ? phase.slos : phase.slos.filter((s) => s.id === trigger.slo);
    return slos.map((slo) => ({
        rule: trigger.rule,
        slo: slo.id,
        trigger: index,
        ...outcome(judge, slo, trigger, at),
    }));
}
function outcome(judge, slo, trigger, at) {
    if (trigger.rule === 'immediate')
        return immediate(judge, slo, trigger.breach, at);
    if (trigger.rule === 'breaches_per_day') {
        return breachesPerDay(judge, slo, trigger.breach, trigger.count, at);
    }
    return sustained(judge, slo, trigger.breach, trigger.forMs, at);
}
function breachText(verdict, breach, breached) {
    const value = (0,format/* formatAgainst */.L$)(verdict.value, breach.threshold, verdict.unit, verdict.stat === 'increase');
    return `${verdict.id}: ${value} ${(0,format/* sign */._S)(breach.op, breached)} ${breach.text} (breach condition)`;
}
function immediate(judge, slo, breach, at) {
    const { state, verdict } = stepState(judge, slo, breach, at);
    if (state === 'no_data')
        return { fired: false, detail: `immediate: not judged, ${verdict.reason}` };
    const fired = state === 'breach';
    const head = fired ? 'immediate: breached now' : 'immediate: not breached';
    const detail = breach ? `${breachText(verdict, breach, fired)}; ${verdict.reason}` : verdict.reason;
    return { fired, detail: `${head}: ${detail}`, ...(fired && { span: verdict.window }) };
}
function breachesPerDay(judge, slo, breach, count, at) {
    const tz = judge.policy.timezone;
    const w = judge.windowMs;
    const dayStart = (0,calendar/* localDayStart */.E4)(at - 1, tz);
    const own = perWindow(slo, w);
    const times = [];
    for (let s = Math.max((0,span/* alignDown */.uf)(dayStart, w) + w, firstStep(judge)); s <= at; s += w) {
        const verdict = judge.verdict(own, s);
        if (verdict.status === 'no_data' || verdict.value === null)
            continue;
        if (breach ? judge.conditionHolds(verdict, own, breach) : verdict.status === 'fail')
            times.push(s);
    }
    const fired = times.length >= count;
    const shown = times.map((s) => (0,calendar/* localTime */.HJ)(s, tz));
    if (shown.length > 6)
        shown.splice(3, shown.length - 5, '…');
    const list = shown.length ? ` (windows ending ${shown.join(', ')})` : '';
    const n = times.length === 1 ? '1 breaching window' : `${times.length} breaching windows`;
    return {
        fired,
        detail: `breaches_per_day: ${slo.id} ${n} on ${(0,calendar/* localDate */.gD)(at - 1, tz)} (${tz})${list} ${fired ? '>=' : '<'} ${count}`,
        ...(fired && { span: { from: times[0] - w, to: times.at(-1) } }),
    };
}
const perWindowSpecs = new WeakMap();
/** The SLO judged over one window: min_samples scaled from the SLO's window to the window's. */
function perWindow(slo, windowMs) {
    let own = perWindowSpecs.get(slo);
    if (!own) {
        const span = slo.window === 'day' ? 24 * 3_600_000 : slo.window;
        const minSamples = slo.sliKind === 'count' ? 1 : Math.ceil((slo.minSamples * windowMs) / span);
        own = { ...slo, window: windowMs, minSamples };
        perWindowSpecs.set(slo, own);
    }
    return own;
}
function sustained(judge, slo, breach, forMs, at) {
    const w = judge.windowMs;
    const needed = Math.ceil(forMs / w);
    const first = firstStep(judge);
    const judged = rolling(slo);
    let breached = 0;
    let quiet = 0;
    let pending = 0;
    let last = 'ok';
    let earliest = at;
    // Back from now over the run: breaching steps, and quiet (no-data) steps between them, which
    // neither break the run nor end it; the clock keeps running through them. It must be breached
    // now, and a quiet step before the run's first breach is not part of it.
    for (let s = at; breached + quiet < needed && s >= first; s -= w) {
        last = stepState(judge, judged, breach, s).state;
        if (last === 'ok' || (last === 'no_data' && s === at))
            break;
        if (last === 'no_data') {
            // No data for as long as the rule's period is no continuation: the run ends there.
            if (++pending >= needed)
                break;
            continue;
        }
        breached++;
        quiet += pending;
        pending = 0;
        earliest = s - w;
    }
    const fired = breached + quiet >= needed;
    const forText = (0,format/* formatSpan */.QA)(forMs);
    if (fired) {
        const how = quiet
            ? `breached at every judged evaluation for ${forText} (${breached} of ${needed} evaluations, ${quiet} without data between)`
            : `breached at every evaluation for ${forText} (${breached} of ${needed} evaluations)`;
        return { fired, detail: `sustained: ${slo.id} ${how}`, span: { from: earliest, to: at } };
    }
    if (breached === 0) {
        const now = judge.verdict(judged, at);
        return { fired, detail: `sustained: ${slo.id} not breached now (${now.reason}); needs ${forText}` };
    }
    const ended = last === 'ok'
        ? 'not breached before that'
        : pending >= needed
            ? `no data for ${forText} before that`
            : 'the phase began before that';
    return {
        fired,
        detail: `sustained: ${slo.id} breached for the last ${(0,format/* formatSpan */.QA)((breached + quiet) * w)} (${ended}); needs ${forText}`,
    };
}
const rollingSpecs = new WeakMap();
/**
 * The SLO as a "24 h continuously" rule judges it: a per-day SLO ("≤ 3 critical bugs a day") over
 * the trailing 24 h at each step, not the calendar day so far, which resets at local midnight so
 * that 5 bugs every day would never be unmet for 24 h.
 */
function rolling(slo) {
    if (slo.window !== 'day')
        return slo;
    let r = rollingSpecs.get(slo);
    if (!r) {
        r = { ...slo, window: 24 * 3_600_000 };
        rollingSpecs.set(slo, r);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/judge/advance.ts





function evaluateAdvance(judge, phase, spec, at) {
    return spec.rule === 'soak'
        ? { rule: 'soak', ...soak(judge, phase, spec.forMs, at) }
        : { rule: 'consecutive_days', ...consecutiveDays(judge, phase, spec.days, at) };
}
/** The first failing step of the phase's SLOs in (from, to], as a message, or undefined. */
function firstFailure(judge, phase, from, to) {
    const w = judge.windowMs;
    const tz = judge.policy.timezone;
    const first = Math.max((0,span/* alignDown */.uf)(from, w) + w, firstStep(judge));
    const failure = firstFailing(judge, phase.slos, first, (0,span/* alignDown */.uf)(to, w));
    if (!failure)
        return undefined;
    const { step, verdict } = failure;
    return `failed at ${(0,calendar/* localDate */.gD)(step, tz)} ${(0,calendar/* localTime */.HJ)(step, tz)} (${tz}): ${verdict.reason}`;
}
function soak(judge, phase, forMs, at) {
    const forText = (0,format/* formatSpan */.QA)(forMs);
    const ran = at - judge.since;
    if (ran < forMs) {
        return {
            met: false,
            detail: `soak: the phase has run ${(0,format/* formatSpan */.QA)(Math.max(0, ran))} of ${forText}`,
        };
    }
    const notPassing = phase.slos.map((s) => judge.verdict(s, at)).filter((v) => v.status !== 'pass');
    if (notPassing.length) {
        return {
            met: false,
            detail: `soak: not every SLO passes now: ${notPassing.map((v) => v.reason).join('; ')}`,
        };
    }
    const from = at - forMs;
    for (const sli of new Set(phase.slos.map((s) => s.sli))) {
        const span = judge.series(sli).coverage(Math.max(from, judge.since), at);
        if (span.missing > 0) {
            return {
                met: false,
                detail: `soak: ${span.missing} of ${span.expected} windows of ${sli} not collected in the last ${forText} (${span.missingReasons.join('; ')})`,
            };
        }
    }
    const failure = firstFailure(judge, phase, from, at);
    if (failure)
        return { met: false, detail: `soak: within the last ${forText}, ${failure}` };
    return {
        met: true,
        detail: `soak: ${forText} without a failing SLO, every window collected, and every SLO passes now`,
    };
}
function consecutiveDays(judge, phase, days, at) {
    const tz = judge.policy.timezone;
    const met = [];
    let end = (0,calendar/* localDayStart */.E4)(at, tz); // the newest complete day ends here
    while (met.length < days) {
        const start = (0,calendar/* localDayStart */.E4)(end - 1, tz);
        if (start < judge.since)
            break;
        const date = (0,calendar/* localDate */.gD)(start, tz);
        const problem = dayProblem(judge, phase, start, end, date);
        if (problem) {
            const streak = met.length ? ` (${met.length} met since: ${[...met].reverse().join(', ')})` : '';
            return {
                met: false,
                detail: `consecutive_days: ${date} (${tz}) not met${streak}, needs ${days}: ${problem}`,
            };
        }
        met.push(date);
        end = start;
    }
    if (met.length < days) {
        const list = met.length ? `: ${[...met].reverse().join(', ')}` : '';
        return {
            met: false,
            detail: `consecutive_days: ${met.length} of ${days} complete days (${tz}) since the phase began met${list}`,
        };
    }
    const range = `${met[met.length - 1]} … ${met[0]}`;
    return { met: true, detail: `consecutive_days: ${days} days met in a row (${range}, ${tz})` };
}
/** Why a complete day was not met, or undefined when every SLO met it. */
function dayProblem(judge, phase, start, end, date) {
    const tz = judge.policy.timezone;
    for (const slo of phase.slos) {
        const whole = judge.verdictOver(slo, start, end, `on ${date} (${tz})`);
        if (whole.status !== 'pass')
            return whole.reason;
    }
    return firstFailure(judge, phase, start, end);
}

// EXTERNAL MODULE: ./src/judge/record-index.ts
var record_index = __webpack_require__(8663);
// EXTERNAL MODULE: ./src/judge/slo.ts + 2 modules
var slo = __webpack_require__(6586);
;// CONCATENATED MODULE: ./src/judge/index.ts
/** The judge: SLO verdicts over spans of window records, and the rules over their history. */








// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/rollout/confirmation.ts
var rollout_confirmation = __webpack_require__(7516);
;// CONCATENATED MODULE: ./src/rollout/recovery.ts
/**
 * The recovery watch (SPEC.md section 3.5; the plan: ロールバック後の保存遅延/マージ率を 2h 監視し、
 * 改善を確認したら Phase A-1 から再開). It runs after every rollback, whichever phase it lands in:
 *
 * - The watched SLOs must pass for `recovery.for`, counted from the rollback, with no failing step
 *   and every window collected (a soak over them). Until then nothing advances or restarts.
 * - Once it is met, the rollout restarts from `recovery.restart`, forward or back (after B-1 → B-0
 *   the reference policy restarts from A-1, as the plan says). When the rollback landed on the
 *   restart phase itself (A-2 → A-1), that phase restarts in place: no change is proposed and its
 *   own advance rule applies from then on.
 * - A watched SLO with no data in the phase rolled back into does not block the watch forever: when
 *   that phase does not judge the SLO's SLI itself, every window of the watch was collected, and
 *   it saw fewer events than one verdict needs (min_samples), it is reported as not applicable and
 *   the others are judged (merge events while `merge.precision` is `legacy`). Missing windows (a
 *   source down) are never "no data in this phase": they keep the watch from being met. With no
 *   applicable SLO left, nothing confirms improvement and the watch is not met.
 */

function recoveryWatch(policy, phase, judge, entered, at) {
    const spec = policy.recovery;
    if (!spec || entered?.by !== 'rollback')
        return null;
    const judged = new Set(phase.slos.map((s) => s.sli));
    const from = Math.max(judge.since, at - spec.forMs);
    const notApplicable = spec.watch.filter((s) => !judged.has(s.sli) && noDataHere(judge, s, from, at));
    const watched = spec.watch.filter((s) => !notApplicable.includes(s));
    const na = notApplicable.length
        ? `; ${ids(notApplicable)} not applicable: fewer events than one verdict needs in ${phase.id} since the rollback`
        : '';
    const base = {
        restart: spec.restart,
        inPlace: spec.restart === phase.id,
        notApplicable: notApplicable.map((s) => s.id),
    };
    if (!watched.length) {
        return {
            ...base,
            met: false,
            detail: `recovery watch: no watched SLO has data in ${phase.id}${na}; nothing confirms improvement yet`,
        };
    }
    const soak = evaluateAdvance(judge, { ...phase, slos: watched }, { rule: 'soak', forMs: spec.forMs }, at);
    return { ...base, met: soak.met, detail: `recovery watch (${ids(watched)})${na}: ${soak.detail}` };
}
/** All windows of [from, at) collected, and fewer events than one verdict of `slo` needs. */
function noDataHere(judge, slo, from, at) {
    if (at <= from)
        return false;
    const span = judge.series(slo.sli).span(from, at);
    if (span.expected === 0 || span.missing > 0)
        return false;
    return slo.sliKind !== 'count' && events(span.aggregate) < Math.max(1, slo.minSamples);
}
function events(agg) {
    return agg.kind === 'ratio' ? agg.denominator : agg.count;
}
function ids(slos) {
    return slos.map((s) => s.id).join(' and ');
}

;// CONCATENATED MODULE: ./src/rollout/decide.ts
/**
 * The decision: a pure function from (policy, current phase and its start, window records, now)
 * to advance, hold, rollback or complete, with the reasons behind it.
 *
 * - `at` is aligned down to a step boundary (a multiple of policy.windowMs): an evaluation at
 *   10:07 judges the windows up to 10:00. A report for window [start, end) counts at steps ≥ end.
 * - After every rollback the recovery watch runs (recovery.ts): until it confirms improvement the
 *   phase holds; then the rollout restarts from the policy's restart phase (in place when the
 *   rollback landed there, and the phase's own advance rule applies).
 * - A fired rollback rule always wins over an advance. When the phase has no earlier phase
 *   (rollback.to: null, as in A-0), a fired rule holds with `alert: true` and blocks advancing.
 * - An advance needs its rule met on complete data; missing data never advances or completes.
 *   In the last phase a met advance rule means the rollout is complete.
 * - Nothing here throws for data problems: missing data shows up as no_data verdicts. An unknown
 *   phase id is a caller error and throws.
 */





function evaluate(input) {
    const { policy, since, records } = input;
    const phase = (0,model/* phaseById */.K6)(policy, input.phase);
    if (!phase) {
        throw new Error(`unknown phase "${input.phase}"; valid phases: ${(0,model/* phaseIds */.ab)(policy).join(', ')}`);
    }
    const at = (0,span/* alignDown */.uf)(input.at, policy.windowMs);
    const judge = new slo/* Judge */.I({ policy, records, since, rolloutStart: input.started });
    const slos = phase.slos.map((slo) => judge.verdict(slo, at));
    const rules = phase.rollback.when.flatMap((t, i) => evaluateTrigger(judge, phase, t, i, at));
    const advance = phase.advance ? evaluateAdvance(judge, phase, phase.advance, at) : null;
    const recovery = recoveryWatch(policy, phase, judge, input.entered, at);
    const confirmation = (0,rollout_confirmation/* breachConfirmation */.j5)(records, rules);
    const decision = decide(policy, phase, slos, rules, advance, recovery);
    return { phase: phase.id, at, since, slos, rules, advance, recovery, confirmation, decision };
}
function decide(policy, phase, slos, rules, advance, recovery) {
    const from = phase.id;
    const fired = rules.filter((r) => r.fired);
    if (fired.length) {
        const details = fired.map((r) => r.detail);
        const to = phase.rollback.to;
        if (to === null) {
            return {
                action: 'hold',
                from,
                to: null,
                alert: true,
                reasons: [
                    `${from} has no earlier phase to roll back to: alerting, and advancing is blocked`,
                    ...details,
                ],
            };
        }
        return {
            action: 'rollback',
            from,
            to,
            alert: true,
            reasons: [`roll back ${from} → ${to}: ${plural(fired.length, 'rule')} fired`, ...details],
        };
    }
    const watching = recoveryDecision(from, slos, recovery);
    if (watching)
        return watching;
    if (advance?.met) {
        const next = (0,model/* nextPhase */.ll)(policy, from);
        if (next) {
            return {
                action: 'advance',
                from,
                to: next.id,
                alert: false,
                reasons: [`advance ${from} → ${next.id}: ${advance.detail}`],
            };
        }
        return {
            action: 'complete',
            from,
            to: null,
            alert: false,
            reasons: [`${from} is the last phase and met its goal: ${advance.detail}`],
        };
    }
    const why = advance ? advance.detail : `${from} has no advance rule; it stays until changed by hand`;
    const problems = slos.filter((v) => v.status !== 'pass').map((v) => v.reason);
    return { action: 'hold', from, to: null, alert: false, reasons: [`hold ${from}: ${why}`, ...problems] };
}
/** While the recovery watch is not met: hold; once met: restart (unless in place). */
function recoveryDecision(from, slos, recovery) {
    if (!recovery)
        return null;
    if (!recovery.met) {
        const problems = slos.filter((v) => v.status !== 'pass').map((v) => v.reason);
        return {
            action: 'hold',
            from,
            to: null,
            alert: false,
            reasons: [
                `hold ${from}: nothing advances before the recovery watch confirms improvement`,
                recovery.detail,
                ...problems,
            ],
        };
    }
    if (recovery.inPlace)
        return null;
    return {
        action: 'restart',
        from,
        to: recovery.restart,
        alert: false,
        reasons: [`restart from ${recovery.restart}: ${recovery.detail}`],
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ lookbackStart),
/* harmony export */   lR: () => (/* binding */ historyMs),
/* harmony export */   nl: () => (/* binding */ historyStart)
/* harmony export */ });
const DAY = 86_400_000;
/**
 * The trailing span a decision in `phase` reads before its instant: the longest history rule or
 * SLO window, the soak, the recovery watch (baselines anchored at the phase's or the rollout's
 * start come on top: lookbackStart).
 */
function historyMs(policy, phase) {
    let history = 2 * DAY; // a calendar day so far, in any time zone, plus slack
    for (const slo of phase.slos)
        if (slo.window !== 'day')
            history = Math.max(history, slo.window);
    const longest = Math.max(DAY, ...phase.slos.map((s) => (s.window === 'day' ? DAY : s.window)));
    // A sustained run may bridge quiet steps as long as the period, and each step judges its window.
    for (const rule of phase.rollback.when)
        if (rule.rule === 'sustained')
            history = Math.max(history, 2 * rule.forMs + longest);
    if (phase.advance?.rule === 'soak')
        history = Math.max(history, phase.advance.forMs);
    if (policy.recovery)
        history = Math.max(history, policy.recovery.forMs);
    if (phase.advance?.rule === 'consecutive_days')
        history = Math.max(history, (phase.advance.days + 2) * DAY);
    return history;
}
/**
 * The earliest report the decision can look at: the longest history rule or window, and the
 * baseline before the phase (or the rollout) began. Only these window records are read, however many exist.
 */
function lookbackStart(policy, phase, since, at, started) {
    let from = historyStart(policy, phase, at);
    for (const slo of phase.slos) {
        if (slo.baseline?.kind === 'before_phase' || slo.baseline?.kind === 'before_rollout')
            from = Math.min(from, since - slo.baseline.windowMs);
        if (slo.baseline?.kind === 'before_rollout' && started !== undefined)
            from = Math.min(from, started - slo.baseline.windowMs);
    }
    return from;
}
/**
 * The earliest report the decision reads apart from baselines: its rules' and windows' history.
 * Before it, only a baseline's rate (a ratio's counts) is read.
 */
function historyStart(policy, phase, at) {
    return at - historyMs(policy, phase) - policy.windowMs;
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ archiveRunLogPath),
/* harmony export */   L$: () => (/* binding */ ARCHIVE_DIR),
/* harmony export */   To: () => (/* binding */ windowBlocks),
/* harmony export */   iZ: () => (/* binding */ archiveDayPath),
/* harmony export */   lZ: () => (/* binding */ utcDayStart),
/* harmony export */   pq: () => (/* binding */ parseDayName),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/**
 * The archive of window records (issue 14, item 5): windows older than the retention
 * (rollout/retention.ts) move, a whole UTC day at a time, from the recent folder's
 * `YYYYMMDDHHMM.jsonl` files into one file per day, `archive/YYYY/MM/YYYYMMDD.jsonl` under the
 * records folder. A day file holds its windows' files byte for byte, one after another, so reading
 * one back gives exactly the records the window files held. A window whose file came back after its
 * day was archived (a late re-collect) is appended to the day file: the last copy of a window wins,
 * and a copy in the recent folder wins over the archive. Run logs (`runs/YYYYMMDD.jsonl`) move to
 * `archive/runs/YYYY/MM/YYYYMMDD.jsonl`. Pure: names and text only.
 */
const ARCHIVE_DIR = 'archive';
const DAY_MS = 86_400_000;
const pad = (n, width) => String(n).padStart(width, '0');
/** Start of the UTC day holding `ms`. */
function utcDayStart(ms) {
    return Math.floor(ms / DAY_MS) * DAY_MS;
}
/** `archive/YYYY/MM/YYYYMMDD.jsonl` for the UTC day starting at `dayStart`, relative to the records folder. */
function archiveDayPath(dayStart) {
    const d = new Date(dayStart);
    const y = pad(d.getUTCFullYear(), 4);
    const m = pad(d.getUTCMonth() + 1, 2);
    return `${ARCHIVE_DIR}/${y}/${m}/${y}${m}${pad(d.getUTCDate(), 2)}.jsonl`;
}
/** `archive/runs/YYYY/MM/YYYYMMDD.jsonl` for the run log `runs/YYYYMMDD.jsonl`. */
function archiveRunLogPath(name) {
    return `${ARCHIVE_DIR}/runs/${name.slice(0, 4)}/${name.slice(4, 6)}/${name}`;
}
const DAY_NAME = /^(\d{4})(\d{2})(\d{2})\.jsonl$/;
/** The UTC day (its start) a day file name `YYYYMMDD.jsonl` stands for, or undefined when it is not one. */
function parseDayName(name) {
    const m = DAY_NAME.exec(name);
    if (!m)
        return undefined;
    const t = new Date(0);
    t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const ms = t.getTime();
    return archiveDayPath(ms).endsWith(`/${name}`) ? ms : undefined; // e.g. 20260231: no such day
}
/** A record file's first line: every window record starts with one (telemetry/codec.ts). */
const WINDOW_LINE = /^\{"v":\d+,"type":"window",/;
/**
 * A day file cut back into its window records' texts, in file order, each with its 1-based first
 * line. A line before the first `window` line stays with the first block, so decoding it names it.
 */
function windowBlocks(text) {
    const rows = text.split('\n');
    if (rows.at(-1) === '')
        rows.pop();
    const out = [];
    rows.forEach((row, i) => {
        if (out.length === 0 || WINDOW_LINE.test(row))
            out.push({ text: '', line: i + 1 });
        out[out.length - 1].text += `${row}\n`;
    });
    return out;
}


/***/ })

};
