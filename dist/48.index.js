export const id = 48;
export const ids = [48];
export const modules = {

/***/ 7517:
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

/***/ 8663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ sharedVerdicts),
/* harmony export */   sI: () => (/* binding */ seriesOver)
/* harmony export */ });
/* unused harmony exports IndexedRecords, SharedVerdicts */
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
            d = new SliWindows(sli, kind, windowMs, this.sorted.slice(this.head));
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

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ sloSeries)
/* harmony export */ });
/* unused harmony export MAX_SERIES_STEPS */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3260);
/* harmony import */ var _slo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6586);
/* harmony import */ var _span_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6894);



/** Refuse periods that would take seconds to judge; charts need a few hundred points at most. */
const MAX_SERIES_STEPS = 50_000;
function sloSeries(input) {
    const { policy, phase } = input;
    const stepMs = input.stepMs ?? policy.windowMs;
    if (!(stepMs > 0) || stepMs % policy.windowMs !== 0) {
        throw new Error(`sloSeries: stepMs ${stepMs} is not a positive multiple of the policy window (${policy.windowMs} ms)`);
    }
    const steps = [];
    for (let s = (0,_span_js__WEBPACK_IMPORTED_MODULE_2__/* .alignUp */ .DQ)(input.from, stepMs); s <= input.to; s += stepMs) {
        if (steps.length >= MAX_SERIES_STEPS) {
            throw new Error(`sloSeries: more than ${MAX_SERIES_STEPS} steps from ${new Date(input.from).toISOString()} to ${new Date(input.to).toISOString()}; use a larger stepMs`);
        }
        steps.push(s);
    }
    const judge = new _slo_js__WEBPACK_IMPORTED_MODULE_1__/* .Judge */ .I({ policy, records: input.records, since: input.since });
    return phase.slos.map((slo) => ({
        id: slo.id,
        sli: slo.sli,
        unit: slo.unit,
        stat: slo.stat.kind === 'quantile' ? `p${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .round12 */ .u8)(slo.stat.q * 100)}` : slo.stat.kind,
        objective: slo.objective,
        window: slo.window,
        points: steps.map((at) => {
            const v = judge.verdict(slo, at);
            return { at, value: v.status === 'no_data' ? null : v.value, status: v.status };
        }),
    }));
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
  uf: () => (/* binding */ alignDown),
  DQ: () => (/* binding */ alignUp)
});

// UNUSED EXPORTS: SliWindows

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

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ recentSeries)
/* harmony export */ });
/* harmony import */ var _judge_series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3126);
/** The series the loop's texts chart (PR bodies, the dashboard, job summaries). Pure. */

/** The SLO series of the live phase over its last `spanMs` (at most ~96 points, on whole windows). */
function recentSeries(s, spanMs, slos = s.phase.slos) {
    const { policy, evaluation } = s;
    const to = evaluation.at;
    const from = Math.max(evaluation.since, to - spanMs);
    const stepMs = Math.max(policy.windowMs, Math.ceil((to - from) / 96 / policy.windowMs) * policy.windowMs);
    return (0,_judge_series_js__WEBPACK_IMPORTED_MODULE_0__/* .sloSeries */ .U)({
        policy,
        phase: { ...s.phase, slos },
        records: s.records,
        since: evaluation.since,
        from,
        to,
        stepMs,
    });
}


/***/ }),

/***/ 2556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ renderChartsMarkdown)
/* harmony export */ });
/* unused harmony exports mermaidNumber, downsample, renderChart */
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7517);
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/**
 * An SLO's value over time as a Mermaid `xychart-beta` line chart, which GitHub renders in PR
 * bodies, comments, issues and job summaries. The value is one line, the objective a flat
 * second line; the caption under the heading says what the reader is looking at.
 *
 * Mermaid's xychart has no gaps, no time axis, no label thinning, no point markers and pale
 * default colours, so:
 * - Downsampling: at most `maxPoints` points; each is the worst value of its bucket of
 *   consecutive steps (the highest for "at most" objectives such as latency, the lowest for "at
 *   least" objectives such as success ratios), so a short breach is never averaged away.
 * - No data: stretches before the first and after the last value are left out; a stretch in
 *   between is bridged by a straight line, and the caption names it. Nothing is carried forward.
 * - The x axis is categorical, and Mermaid prints every category and needs them distinct, so at
 *   most `maxLabels` evenly spaced points get a local-time label; the others get a distinct
 *   invisible label (the point's index in zero-width characters).
 * - Numbers are written without exponents (the xychart grammar has none); strings never hold `"`.
 * - Mermaid draws a line through its points with no marker on them, so one point alone draws
 *   nothing: a single value is drawn as a flat segment over two categories, the second unlabelled.
 * - Colours are set in the chart's front matter: Mermaid's default theme draws the first line in
 *   #ECECFF, all but invisible on white, and its other light themes are as pale. A viewer that
 *   ignores the front matter still draws the chart, in the theme's colours.
 * test/integration/mermaid-render.test.ts draws every chart phasegate writes with Mermaid itself.
 */



const UNIT_AXIS = { ms: 'seconds', percent: '%', count: 'count' };
/**
 * The value in blue, the objective in orange (the HTML report's threshold colour): each stands
 * out at least 3:1 on white, on Mermaid's dark theme (#333) and on GitHub's dark background.
 */
const FRONT_MATTER = [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#2f81f7, #ea580c"',
    '---',
];
/** Values in the chart's unit: seconds for latency, percent for ratios and increases. */
function toAxis(value, unit) {
    return unit === 'ms' ? value / 1000 : unit === 'percent' ? value * 100 : value;
}
/** A number as the xychart grammar reads it: plain decimal, at most 4 decimals. */
function mermaidNumber(x) {
    if (!Number.isFinite(x))
        return '0';
    // toFixed switches to exponent notation from 1e21 on; such values are whole numbers anyway.
    if (Math.abs(x) >= 1e21)
        return BigInt(x).toString();
    const text = x.toFixed(4).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}
function quote(text) {
    return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}
/** Distinct, invisible: the index in binary as zero-width space (0) and zero-width non-joiner (1). */
function invisibleLabel(index) {
    return index.toString(2).replace(/0/g, '\u200b').replace(/1/g, '\u200c');
}
/** Consecutive points grouped into at most `max` buckets, each keeping its worst value. */
function downsample(points, max, higherIsWorse) {
    const size = Math.max(1, Math.ceil(points.length / Math.max(1, max)));
    const stepMs = points.length > 1 ? points[1].at - points[0].at : 0;
    const out = [];
    for (let i = 0; i < points.length; i += size) {
        const group = points.slice(i, i + size);
        let worst = null;
        for (const p of group) {
            if (p.value === null)
                continue;
            if (worst === null || (higherIsWorse ? p.value > worst : p.value < worst))
                worst = p.value;
        }
        out.push({ at: group[0].at, end: group[group.length - 1].at + stepMs, value: worst });
    }
    return out;
}
function niceStep(rough) {
    const p = 10 ** Math.floor(Math.log10(rough));
    const f = rough / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}
/** A y range holding the values and the threshold with a little room, on round numbers. */
function yRange(values, threshold, series) {
    let lo = Math.min(threshold, (0,_extent_js__WEBPACK_IMPORTED_MODULE_2__/* .minOf */ .H)(values));
    let hi = Math.max(threshold, (0,_extent_js__WEBPACK_IMPORTED_MODULE_2__/* .maxOf */ ._)(values));
    const span = hi - lo || Math.max(Math.abs(hi) * 0.1, 1);
    const step = niceStep(span / 4);
    lo = Math.floor((lo - span * 0.05) / step) * step;
    hi = Math.ceil((hi + span * 0.05) / step) * step;
    if (series.unit === 'ms' || series.unit === 'count' || series.stat === 'ratio')
        lo = Math.max(0, lo);
    if (series.stat === 'ratio')
        hi = Math.min(100, hi);
    return [lo, hi];
}
function localLabel(t, tz, withDate) {
    return withDate ? `${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(t, tz).slice(5)} ${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(t, tz)}` : (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(t, tz);
}
function renderChart(series, opts) {
    const tz = opts.timezone;
    const higherIsWorse = series.objective.op === '<=' || series.objective.op === '<';
    const objective = `${higherIsWorse ? '≤' : '≥'} ${series.objective.text}`;
    const what = `${series.stat} over ${series.window === 'day' ? 'the local day' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(series.window)}`;
    const head = `**${series.id}** (${what}) in ${UNIT_AXIS[series.unit]}, times in ${tz}`;
    const pts = series.points;
    const withDate = pts.length > 0 && (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(pts[0].at, tz) !== (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(pts[pts.length - 1].at, tz);
    const fmt = (t) => localLabel(t, tz, withDate);
    const buckets = downsample(pts, opts.maxPoints ?? 100, higherIsWorse);
    const first = buckets.findIndex((b) => b.value !== null);
    if (first < 0) {
        const period = pts.length ? ` from ${fmt(pts[0].at)} to ${fmt(pts[pts.length - 1].at)}` : '';
        return { mermaid: null, caption: `${head}: no data${period}.` };
    }
    let last = buckets.length - 1;
    while (buckets[last].value === null)
        last--;
    const shown = buckets.slice(first, last + 1);
    const { values, gaps } = bridge(shown);
    const axis = values.map((v) => toAxis(v, series.unit));
    const threshold = toAxis(series.objective.threshold, series.unit);
    const [lo, hi] = yRange(axis, threshold, series);
    const maxLabels = Math.max(2, opts.maxLabels ?? 12);
    const labelled = new Set();
    const n = shown.length;
    for (let j = 0; j < Math.min(maxLabels, n); j++) {
        labelled.add(n === 1 ? 0 : Math.round((j * (n - 1)) / (Math.min(maxLabels, n) - 1)));
    }
    const labels = shown.map((b, i) => quote(labelled.has(i) ? fmt(b.at) : invisibleLabel(i)));
    if (n === 1) {
        labels.push(quote(invisibleLabel(1)));
        axis.push(axis[0]);
    }
    const mermaid = [
        ...FRONT_MATTER,
        'xychart-beta',
        `  title ${quote(`${series.id} (${series.stat})`)}`,
        `  x-axis ${quote(tz)} [${labels.join(', ')}]`,
        `  y-axis ${quote(UNIT_AXIS[series.unit])} ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
        `  line [${axis.map(mermaidNumber).join(', ')}]`,
        `  line [${axis.map(() => mermaidNumber(threshold)).join(', ')}]`,
    ].join('\n');
    const notes = [`flat line: the objective ${objective}`];
    const perBucket = pts.length > 1 ? Math.ceil(pts.length / (opts.maxPoints ?? 100)) : 1;
    if (perBucket > 1) {
        const stepMs = pts[1].at - pts[0].at;
        const worst = higherIsWorse ? 'highest' : 'lowest';
        notes.push(`each point is the ${worst} (worst) value of ${perBucket} steps of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(stepMs)}`);
    }
    const failing = pts.filter((p) => p.status === 'fail').length;
    notes.push(`failing at ${failing} of ${pts.length} steps`);
    if (first > 0)
        notes.push(`no data before ${fmt(shown[0].at)}`);
    if (gaps.length) {
        notes.push(`no data ${gaps.map((g) => `${fmt(g.from)}–${fmt(g.to)}`).join(', ')} (bridged by a straight line)`);
    }
    if (last < buckets.length - 1)
        notes.push(`no data from ${fmt(buckets[last + 1].at)}`);
    const now = pts[pts.length - 1];
    notes.push(`last step ${fmt(now.at)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(now.value, series.unit)} (${now.status.replace('_', ' ')})`);
    return { mermaid, caption: `${head}; ${notes.join('; ')}.` };
}
/** Interior null buckets become a straight line between their neighbours; returns the gaps. */
function bridge(shown) {
    const values = [];
    const gaps = [];
    for (let i = 0; i < shown.length; i++) {
        const b = shown[i];
        if (b.value !== null) {
            values.push(b.value);
            continue;
        }
        let j = i;
        while (shown[j].value === null)
            j++;
        const before = values[values.length - 1];
        const after = shown[j].value;
        for (let k = i; k < j; k++)
            values.push(before + ((after - before) * (k - i + 1)) / (j - i + 1));
        gaps.push({ from: b.at, to: shown[j].at });
        i = j - 1;
    }
    return { values, gaps };
}
/** Each series as a caption line and a ```mermaid block (caption only when it has no data). */
function renderChartsMarkdown(seriesList, opts) {
    return seriesList
        .map((s) => {
        const chart = renderChart(s, opts);
        return chart.mermaid ? `${chart.caption}\n\n\`\`\`mermaid\n${chart.mermaid}\n\`\`\`` : chart.caption;
    })
        .join('\n\n');
}


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

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   sU: () => (/* binding */ BODY_MAX_CHARS),
/* harmony export */   u5: () => (/* binding */ fitParts)
/* harmony export */ });
/* unused harmony exports chars, cutLines */
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7517);
/**
 * GitHub's size limits for what we post, and a way to fit a Markdown body under them by giving
 * up the least important parts first (DESIGN.md: bodies over 65,536 characters are refused; a
 * job summary takes at most 1 MiB per step).
 */

/** PR, issue and comment bodies. GitHub counts characters; a JS length (UTF-16 units) is never less. */
const BODY_MAX_CHARS = 65_536;
/** One step's job summary, in bytes of UTF-8. */
const SUMMARY_MAX_BYTES = 1_048_576;
const chars = (text) => text.length;
const encoder = new TextEncoder();
const utf8Bytes = (text) => encoder.encode(text).length;
/**
 * Join the parts; if the result is over the limit, drop the droppable parts (in order), then cut
 * the cuttable ones (the longest first, down to a common size), then cut the whole. Every cut leaves a note saying what was left out.
 */
function fitParts(parts, opts) {
    const measure = opts.measure ?? chars;
    const joiner = opts.joiner ?? '\n\n';
    const texts = parts.map((p) => p.text);
    const joined = () => texts.join(joiner);
    if (measure(joined()) <= opts.max)
        return joined();
    const drops = parts
        .flatMap((p, i) => (p.drop ? [{ i, order: p.drop.order }] : []))
        .sort((a, b) => a.order - b.order);
    for (const { i } of drops) {
        texts[i] = parts[i].drop.note;
        if (measure(joined()) <= opts.max)
            return joined();
    }
    // Cut the longest parts first: every cuttable part is capped at one common size, the largest
    // that fits, so a short verdict table survives next to a huge list.
    const cuttable = parts.flatMap((p, i) => (p.cut ? [i] : []));
    const sizes = cuttable.map((i) => measure(texts[i]));
    const room = opts.max - (measure(joined()) - sizes.reduce((a, b) => a + b, 0));
    let lo = 0;
    let hi = (0,_extent_js__WEBPACK_IMPORTED_MODULE_0__/* .maxOf */ ._)(sizes, 0);
    while (lo < hi) {
        const cap = Math.ceil((lo + hi) / 2);
        if (sizes.reduce((n, size) => n + Math.min(size, cap), 0) <= room)
            lo = cap;
        else
            hi = cap - 1;
    }
    cuttable.forEach((i, k) => {
        if (sizes[k] > lo)
            texts[i] = cutLines(texts[i], lo, opts.limitText, measure);
    });
    if (measure(joined()) <= opts.max)
        return joined();
    return cutLines(joined(), opts.max, opts.limitText, measure);
}
/**
 * Whole lines from the start of `text` so that they and a closing note fit in `budget`. The note
 * follows a blank line, so a cut table ends there instead of swallowing the note as a row.
 */
function cutLines(text, budget, limitText, measure = chars) {
    if (measure(text) <= budget)
        return text;
    const lines = text.split('\n');
    const note = (n) => `\n\n_… ${n} more line${n === 1 ? '' : 's'} cut to stay under ${limitText}._`;
    let kept = 0;
    let size = 0;
    while (kept < lines.length) {
        const next = size + measure(lines[kept]) + (kept ? 1 : 0);
        if (next + measure(note(lines.length - kept - 1)) > budget)
            break;
        size = next;
        kept++;
    }
    const tail = note(lines.length - kept);
    if (kept === 0)
        return measure(tail.trimStart()) <= budget ? tail.trimStart() : '';
    return lines.slice(0, kept).join('\n') + tail;
}
/** Text for HTML contexts where Markdown passes HTML through (job summaries, addTable cells). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
/* harmony import */ var _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3354);
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
