export const id = 737;
export const ids = [737];
export const modules = {

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ withPublicHolidays)
/* harmony export */ });
/* unused harmony exports HOLIDAYS_BUNDLE, publicHolidays, wholeDaysOff */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/**
 * A country's public holidays from date-holidays, for the business-day counts of
 * src/rollout/business-days.ts (rollout.yaml `holidays.country`).
 *
 * Which days count: only holidays of type "public". date-holidays' README ("Types of holidays")
 * also has bank (banks and offices closed), school, optional ("majority of people take a day
 * off") and observance ("no paid day off"); those vary by employer or are working days (JP's
 * bank holidays of 2–3 January and 31 December, DE's Faschingsdienstag), so a company that
 * closes on them lists them under `extra`. A day counts when the holiday covers all of it: a
 * half day (CN's International Women's Day afternoon, IS's Christmas Eve from 13:00) stays a
 * business day. Days that begin the evening before (Islamic holidays: "00:00:00 -0600", per the
 * README's `date` field) count as the day they name.
 *
 * Loaded on first use, synchronously, since the count happens inside the pure, synchronous
 * planner. The library carries every country's rules and moment-timezone's data: inside
 * dist/index.js it made every cold start ~100 ms slower, validate and evaluate included, which
 * never count a business day. So scripts/build.mjs bundles it apart as dist/holidays.cjs, which
 * the bundles require from beside themselves the first time a due date is counted; from the
 * TypeScript sources (tests, tsx) the package itself is required.
 */




/** The file scripts/build.mjs writes beside the bundles. */
const HOLIDAYS_BUNDLE = 'holidays.cjs';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The policy, able to look up its country's holidays (when it names a country). */
function withPublicHolidays(policy) {
    if (!policy.holidays.country)
        return policy;
    return { ...policy, holidays: { ...policy.holidays, publicHolidays } };
}
const calendars = new Map();
const years = new Map();
/** The public holidays of a country (state, region) in a year: sorted local dates, YYYY-MM-DD. */
const publicHolidays = (country, year) => {
    const area = [country.code, country.state, country.region].filter(Boolean).join('.');
    const key = `${area}/${year}`;
    const known = years.get(key);
    if (known)
        return known;
    let calendar = calendars.get(area);
    if (!calendar) {
        calendar = new (loadLibrary())(toLibrary(country), { types: ['public'] });
        calendars.set(area, calendar);
    }
    // A holiday listed under the year before may run into this one (several days from 30 December).
    const dates = new Set();
    for (const h of [...calendar.getHolidays(year - 1), ...calendar.getHolidays(year)]) {
        if (h.type !== 'public')
            continue;
        for (const date of wholeDaysOff(h))
            if (date.startsWith(`${year}-`))
                dates.add(date);
    }
    const sorted = [...dates].sort();
    years.set(key, sorted);
    return sorted;
};
const HOLIDAY_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):\d{2}(?: [-+]\d{4})?$/;
/**
 * The local dates a holiday takes whole. Its `date` is "YYYY-MM-DD hh:mm:ss" in the country's
 * time, with " -0600" when the day begins the evening before; start and end are instants.
 */
function wholeDaysOff(h) {
    const m = HOLIDAY_DATE.exec(h.date);
    if (!m)
        throw new Error(`date-holidays gave the holiday date "${h.date}", which phasegate cannot read`);
    const into = Number(m[2]) * HOUR + Number(m[3]) * 60_000; // how far into its day it starts
    const partDay = into === 0 ? 0 : DAY - into;
    // 2 h of slack: a day with a daylight-saving change lasts 23 or 25 h.
    const days = Math.floor((h.end.getTime() - h.start.getTime() - partDay + 2 * HOUR) / DAY);
    const first = Date.parse(`${m[1]}T00:00:00Z`) + (into === 0 ? 0 : DAY);
    return Array.from({ length: Math.max(0, days) }, (_, i) => new Date(first + i * DAY).toISOString().slice(0, 10));
}
function toLibrary(country) {
    return { country: country.code, state: country.state, region: country.region };
}
let library;
function loadLibrary() {
    if (library)
        return library;
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    const beside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), HOLIDAYS_BUNDLE);
    try {
        library = ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? require(beside) : require('date-holidays'));
    }
    catch (e) {
        throw new Error(`cannot load the holiday calendar (date-holidays): ${e.message}; a bundle needs ${HOLIDAYS_BUNDLE} beside it (npm run build writes it)`);
    }
    return library;
}


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  di: () => (/* binding */ CURRENT_FILE),
  fz: () => (/* binding */ ROLLOUT_FILE),
  C_: () => (/* binding */ compilePolicy)
});

// EXTERNAL MODULE: ./src/policy/units.ts
var units = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/policy/validate.ts
var validate = __webpack_require__(7766);
;// CONCATENATED MODULE: ./src/policy/compile-phase.ts


function compilePhase(src, file, order, slis, out) {
    const i = order.indexOf(file.id);
    const sloIds = new Set();
    const slos = [];
    file.slos.forEach((slo, k) => {
        if (sloIds.has(slo.id))
            out.push((0,validate.at)(src, ['slos', k, 'id'], `duplicate SLO id "${slo.id}"`));
        sloIds.add(slo.id);
        const compiled = compileSlo(src, ['slos', k], slo, slis, out);
        if (compiled)
            slos.push(compiled);
    });
    const when = file.rollback.when.flatMap((t, k) => compileTrigger(src, ['rollback', 'when', k], t, { ids: sloIds, slos }, out));
    let advance;
    if (file.advance?.rule === 'soak')
        advance = { rule: 'soak', forMs: (0,units/* parseDuration */.E9)(file.advance.for) };
    else if (file.advance)
        advance = { rule: 'consecutive_days', days: file.advance.days };
    return {
        id: file.id,
        name: file.name,
        audience: file.audience,
        description: file.description,
        file: src.file,
        flags: file.flags,
        slos,
        advance,
        rollback: {
            to: file.rollback.to === undefined ? (i > 0 ? order[i - 1] : null) : file.rollback.to,
            approval: file.rollback.approval,
            when,
            note: file.rollback.note,
        },
    };
}
/** One rollback rule (`ids`: every SLO the phase declares, compiled or not); none when it is wrong. */
function compileTrigger(src, path, t, phase, out) {
    const { slos } = phase;
    if (t.slo !== 'any' && !phase.ids.has(t.slo)) {
        const ids = [...phase.ids].join(', ');
        out.push((0,validate.at)(src, [...path, 'slo'], `unknown SLO "${t.slo}"; this phase defines: ${ids || 'none'}`));
        return [];
    }
    let breach;
    if (t.breach) {
        const unitOf = t.slo === 'any' ? undefined : slos.find((s) => s.id === t.slo)?.unit;
        if (!unitOf) {
            out.push((0,validate.at)(src, [...path, 'breach'], 'a breach condition needs a single SLO, not "any"'));
            return [];
        }
        const threshold = parseQuantity(t.breach.value, unitOf);
        if (threshold === undefined) {
            out.push((0,validate.at)(src, [...path, 'breach', 'value'], unitMessage(t.breach.value, unitOf)));
            return [];
        }
        breach = { op: t.breach.op, threshold, text: t.breach.value };
    }
    if (t.rule === 'immediate')
        return [{ rule: 'immediate', slo: t.slo, breach }];
    if (t.rule === 'breaches_per_day')
        return [{ rule: 'breaches_per_day', slo: t.slo, count: t.count, breach }];
    return [{ rule: 'sustained', slo: t.slo, forMs: (0,units/* parseDuration */.E9)(t.for), breach }];
}
function compileSlo(src, path, slo, slis, out) {
    const sli = slis[slo.sli];
    if (!sli) {
        out.push((0,validate.at)(src, [...path, 'sli'], `unknown SLI "${slo.sli}"; rollout.yaml defines: ${Object.keys(slis).join(', ')}`));
        return undefined;
    }
    const stat = parseStat(slo.stat);
    const allowed = {
        latency: ['quantile', 'mean', 'max'],
        ratio: ['ratio', 'increase'],
        count: ['count'],
    };
    if (!allowed[sli.kind].includes(stat.kind)) {
        out.push((0,validate.at)(src, [...path, 'stat'], `"${slo.stat}" does not apply to a ${sli.kind} SLI; use ${allowedText(sli.kind)}`));
        return undefined;
    }
    const unit = sli.kind === 'latency' ? 'ms' : sli.kind === 'count' ? 'count' : 'percent';
    const key = slo.max !== undefined ? 'max' : 'min';
    const text = (slo.max ?? slo.min);
    const threshold = parseQuantity(text, unit);
    if (threshold === undefined) {
        out.push((0,validate.at)(src, [...path, key], unitMessage(text, unit)));
        return undefined;
    }
    const op = key === 'max' ? '<=' : '>=';
    const window = slo.window === 'day' ? 'day' : (0,units/* parseDuration */.E9)(slo.window);
    const baseline = compileBaseline(src, path, slo, stat, sli, out);
    if (baseline === null)
        return undefined;
    return {
        id: slo.id,
        description: slo.description,
        sli: slo.sli,
        sliKind: sli.kind,
        stat,
        objective: { op, threshold, text },
        window,
        minSamples: slo.min_samples,
        baseline,
        unit,
    };
}
/**
 * The baseline of an increase (before the rollout or the phase, the control cohort, or fixed);
 * null when it is missing or unreadable.
 */
function compileBaseline(src, path, slo, stat, sli, out) {
    if (stat.kind !== 'increase') {
        if (slo.baseline !== undefined)
            out.push((0,validate.at)(src, [...path, 'baseline'], 'only `stat: increase` takes a baseline; remove it'));
        return undefined;
    }
    if (slo.baseline === undefined) {
        out.push((0,validate.at)(src, path, '`stat: increase` needs `baseline`: "before_rollout", "before_phase", "control" or a fixed value such as "0.8%"', 'stat'));
        return null;
    }
    if (slo.baseline === 'control')
        return controlBaseline(src, path, slo, sli, out);
    if (slo.baseline === 'before_phase' || slo.baseline === 'before_rollout') {
        const w = slo.baseline_window ? (0,units/* parseDuration */.E9)(slo.baseline_window) : 7 * 86_400_000;
        return { kind: slo.baseline, windowMs: w };
    }
    const v = (0,units/* parsePercent */.lo)(slo.baseline);
    if (v === undefined) {
        out.push((0,validate.at)(src, [...path, 'baseline'], unitMessage(slo.baseline, 'percent')));
        return null;
    }
    return { kind: 'fixed', value: v };
}
/**
 * `baseline: control` needs the SLI to say which events are the control cohort; a look-back
 * window means nothing for it (the control is measured over the SLO's own window, at the same time),
 * so one given is an error rather than silently ignored.
 */
function controlBaseline(src, path, slo, sli, out) {
    let ok = true;
    if (sli.kind !== 'ratio' || sli.control === undefined) {
        out.push((0,validate.at)(src, [...path, 'baseline'], `SLO "${slo.id}": baseline "control" compares with the control cohort of SLI "${slo.sli}", which declares none; add \`control: { cohort: control }\` (the field and value of control-cohort events) under slis.${slo.sli} in rollout.yaml, or use baseline "before_rollout"`));
        ok = false;
    }
    if (slo.baseline_window !== undefined) {
        out.push((0,validate.at)(src, [...path, 'baseline_window'], `SLO "${slo.id}": baseline "control" is measured over the SLO's own window (${slo.window}), at the same time; remove baseline_window`));
        ok = false;
    }
    return ok ? { kind: 'control' } : null;
}
function parseStat(text) {
    if (text.startsWith('p'))
        return { kind: 'quantile', q: Number(text.slice(1)) / 100 };
    return { kind: text };
}
function allowedText(kind) {
    return { latency: 'p95 (any pNN), mean or max', ratio: 'ratio or increase', count: 'count' }[kind];
}
/** A threshold in the SLO's unit: latency needs a duration unit, ratios a "%", counts a whole number. */
function parseQuantity(text, unit) {
    if (unit === 'ms')
        return (0,units/* parseDuration */.E9)(text);
    if (unit === 'percent')
        return (0,units/* parsePercent */.lo)(text);
    return (0,units/* parseCount */.zq)(text);
}
function unitMessage(text, unit) {
    const expected = {
        ms: 'a latency with a unit, such as "2.5s" or "800ms"',
        percent: 'a percentage, such as "99.5%" or "+5%"',
        count: 'a whole number, such as "3"',
    }[unit];
    return `"${text}" is not ${expected}`;
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
;// CONCATENATED MODULE: ./src/policy/events.ts
/** Why a field name is not a key or a dotted path of keys; undefined when it is one. */
function pathProblem(name) {
    if (!name.split('.').some((k) => k === ''))
        return undefined;
    return `"${name}" has an empty key; give a key ("duration_ms") or a dotted path of keys ("payload.duration_ms")`;
}
/** Every field name an SLI reads, with where it is written in rollout.yaml. */
function sliFields(id, def) {
    const out = [];
    const where = (at, w) => {
        for (const key of Object.keys(w ?? {}))
            out.push({ path: [...at, key], name: key });
    };
    const base = ['slis', id];
    if (def.kind === 'ratio') {
        where([...base, 'numerator', 'where'], def.numerator.where);
        where([...base, 'denominator', 'where'], def.denominator.where);
        where([...base, 'control'], def.control);
        return out;
    }
    where([...base, 'where'], def.where);
    if (def.kind === 'latency')
        out.push({ path: [...base, 'field'], name: def.field });
    if (def.kind === 'count' && def.distinct !== undefined)
        out.push({ path: [...base, 'distinct'], name: def.distinct });
    return out;
}
/** The shape `events:` declares (undefined when absent: the canonical one), every field name checked. */
function compileEvents(section, slis, report, issues) {
    for (const [id, def] of Object.entries(slis)) {
        for (const { path, name } of sliFields(id, def)) {
            const problem = pathProblem(name);
            if (problem)
                issues.push(report(path, problem));
        }
    }
    if (section === undefined)
        return undefined;
    const shape = {
        timeField: section.time?.field ?? 'ts',
        timeFormat: section.time?.format ?? 'iso8601',
        nameField: section.name,
    };
    const timeProblem = pathProblem(shape.timeField);
    if (timeProblem)
        issues.push(report(['events', 'time', 'field'], timeProblem));
    const nameProblem = pathProblem(shape.nameField);
    if (nameProblem)
        issues.push(report(['events', 'name'], nameProblem));
    if (shape.timeField === shape.nameField) {
        issues.push(report(['events', 'name'], `"${shape.nameField}" is also events.time.field; one key cannot hold both the time and the name`));
    }
    return shape;
}

// EXTERNAL MODULE: ./src/policy/holidays.ts + 1 modules
var policy_holidays = __webpack_require__(7298);
;// CONCATENATED MODULE: ./src/policy/operations.ts

const DEFAULT_CHECKLIST = 'docs/CHECKLIST.md';
function compileGithub(file) {
    const advance = file?.approvers?.advance ?? ['codeowners'];
    return {
        approvers: { advance, rollback: file?.approvers?.rollback ?? advance },
        approvals: file?.approvals ?? 1,
        reviewers: file?.reviewers ?? [],
        reporter: file?.reporter,
        checklist: file?.checklist ?? DEFAULT_CHECKLIST,
        labels: file?.labels ?? [],
    };
}
function compileNotify(file) {
    return {
        slack: file?.slack ? { channel: file.slack.channel, templates: { ...file.slack.templates } } : undefined,
        lock: file?.lock ? { event: file.lock.event } : undefined,
    };
}
/** Resolve the watched SLO ids against the phases (the first phase defining an id gives its spec). */
function compileRecovery(file, phases, order, issue, out) {
    if (!file)
        return undefined;
    const watch = [];
    file.watch.forEach((id, i) => {
        const spec = phases.flatMap((p) => p.slos).find((s) => s.id === id);
        if (spec)
            watch.push(spec);
        else {
            const known = [...new Set(phases.flatMap((p) => p.slos.map((s) => s.id)))];
            out.push(issue(['recovery', 'watch', i], `unknown SLO "${id}"; the phases define: ${known.join(', ')}`));
        }
    });
    if (!order.includes(file.restart)) {
        out.push(issue(['recovery', 'restart'], `unknown phase "${file.restart}"; valid phases: ${order.join(', ')}`));
    }
    return { watch, forMs: (0,units/* parseDuration */.E9)(file.for), restart: file.restart };
}

// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(4139);
// EXTERNAL MODULE: ./src/policy/sources-compile.ts
var sources_compile = __webpack_require__(6956);
// EXTERNAL MODULE: ./src/policy/yaml-source.ts
var yaml_source = __webpack_require__(7817);
;// CONCATENATED MODULE: ./src/policy/compile.ts










const ROLLOUT_FILE = 'rollout.yaml';
const CURRENT_FILE = 'current.yaml';
function compilePolicy(input) {
    const issues = [];
    const rolloutPath = `${input.dir}/${ROLLOUT_FILE}`;
    const rolloutText = input.files[ROLLOUT_FILE];
    if (rolloutText === undefined) {
        throw new errors/* PolicyError */.pn([
            {
                position: { file: rolloutPath, line: 1, column: 1 },
                field: '',
                message: `missing; create it with the rollout name, timezone, phase order and SLIs (see phases/${ROLLOUT_FILE} in phasegate)`,
            },
        ]);
    }
    const rolloutSrc = new yaml_source/* YamlSource */.r(rolloutPath, rolloutText);
    const rollout = (0,validate/* validate */.t)(rolloutSrc, schema/* RolloutFile */.I3, issues);
    if (!rollout)
        throw new errors/* PolicyError */.pn(issues);
    const windowMs = (0,units/* parseDuration */.E9)(rollout.window);
    const order = rollout.phases;
    const phases = compilePhases(input, rolloutSrc, rollout, windowMs, issues);
    const sources = (0,sources_compile/* compileSources */.kP)(rollout.sources, rollout.slis, (path, message) => (0,validate.at)(rolloutSrc, ['sources', ...path], message), issues);
    const events = compileEvents(rollout.events, rollout.slis, (path, message) => (0,validate.at)(rolloutSrc, path, message), issues);
    const recovery = compileRecovery(rollout.recovery, phases, order, (path, message) => (0,validate.at)(rolloutSrc, path, message), issues);
    const holidays = (0,policy_holidays/* compileHolidays */.B1)(rollout.holidays, (path, message) => (0,validate.at)(rolloutSrc, ['holidays', ...path], message), issues);
    if (issues.length)
        throw new errors/* PolicyError */.pn(issues);
    return {
        rollout: rollout.rollout,
        description: rollout.description,
        timezone: rollout.timezone,
        windowMs,
        slis: rollout.slis,
        ...(events && { events }),
        phases,
        holidays,
        github: compileGithub(rollout.github),
        recovery,
        notify: compileNotify(rollout.notify),
        runbook: { ...(rollout.runbook?.template ? { template: rollout.runbook.template } : {}) },
        sources,
    };
}
/** Each phase file rollout.yaml lists, compiled; then every rollback target checked against the order. */
function compilePhases(input, rolloutSrc, rollout, windowMs, issues) {
    const order = rollout.phases;
    const phases = [];
    for (const [id, index] of checkRollout(rolloutSrc, rollout, windowMs, issues)) {
        const name = `${id}.yaml`;
        const path = `${input.dir}/${name}`;
        const text = input.files[name];
        if (text === undefined) {
            issues.push((0,validate.at)(rolloutSrc, ['phases', index], `phase "${id}" has no file ${path}; create it`));
            continue;
        }
        const src = new yaml_source/* YamlSource */.r(path, text);
        const file = (0,validate/* validate */.t)(src, schema/* PhaseFile */.S1, issues);
        if (!file)
            continue;
        if (file.id !== id) {
            issues.push((0,validate.at)(src, ['id'], `"${file.id}" does not match the file name; rename the file or set id: ${id}`));
            continue;
        }
        phases.push({ spec: compilePhase(src, file, order, rollout.slis, issues), src });
    }
    // Each file's parsed source again, not a second parse: the cold start of validate pays for every one.
    for (const { spec, src } of phases)
        checkRollbackTarget(src, spec, order, issues);
    return phases.map((p) => p.spec);
}
/** rollout.yaml's own checks: the time zone, the window, phase ids once each. Returns id → index. */
function checkRollout(src, rollout, windowMs, issues) {
    const tz = checkTimezone(rollout.timezone);
    if (tz)
        issues.push((0,validate.at)(src, ['timezone'], tz));
    if (windowMs < 60_000 || 86_400_000 % windowMs !== 0) {
        issues.push((0,validate.at)(src, ['window'], `"${rollout.window}" must divide a day evenly and be at least 1m`));
    }
    const seen = new Map();
    rollout.phases.forEach((id, i) => {
        const first = seen.get(id);
        if (first !== undefined)
            issues.push((0,validate.at)(src, ['phases', i], `duplicate phase id "${id}" (also phases[${first}])`));
        else
            seen.set(id, i);
    });
    return seen;
}
/** A rollback target must name a phase that comes earlier. */
function checkRollbackTarget(src, phase, order, issues) {
    const target = phase.rollback.to;
    if (target === null)
        return;
    const ti = order.indexOf(target);
    if (ti < 0)
        issues.push((0,validate.at)(src, ['rollback', 'to'], `unknown phase "${target}"; valid phases: ${order.join(', ')}`));
    else if (ti >= order.indexOf(phase.id))
        issues.push((0,validate.at)(src, ['rollback', 'to'], `"${target}" is not earlier than ${phase.id} in the rollout order`));
}
let zones;
const canonicalZones = () => {
    zones ??= new Set(Intl.supportedValuesOf('timeZone'));
    return zones;
};
function checkTimezone(tz) {
    // The canonical IANA names are a list to look in; building a formatter loads ICU's calendar
    // data (~15 ms of a cold start) and is needed only for the aliases the list leaves out (UTC).
    if (canonicalZones().has(tz))
        return undefined;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return undefined;
    }
    catch {
        return `unknown time zone "${tz}"; use an IANA name such as "Asia/Tokyo" or "UTC"`;
    }
}


/***/ }),

/***/ 4795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cn: () => (/* binding */ fieldPath),
/* harmony export */   pn: () => (/* binding */ PolicyError)
/* harmony export */ });
/* unused harmony export formatIssue */
function formatIssue(issue) {
    const { file, line, column } = issue.position;
    const where = issue.field ? `${issue.field}: ` : '';
    return `${file}:${line}:${column}: ${where}${issue.message}`;
}
class PolicyError extends Error {
    issues;
    constructor(issues) {
        super(issues.length === 1
            ? `invalid policy: ${formatIssue(issues[0])}`
            : `invalid policy (${issues.length} problems):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
        this.issues = issues;
        this.name = 'PolicyError';
    }
}
function fieldPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out;
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ compileHolidays),
  gV: () => (/* binding */ skippedDays)
});

// UNUSED EXPORTS: checkHolidayCountry

;// CONCATENATED MODULE: ./src/policy/holiday-countries.generated.ts
// Generated by `npm run generate` (scripts/holiday-countries.ts) from date-holidays 3.37.0. Do not edit.
const HOLIDAY_COUNTRIES_FROM = 'date-holidays 3.37.0';
/** Country code → English name, and its states (code → name, regions: code → name). */
const HOLIDAY_COUNTRIES = {
    "AD": { "name": "Andorra", "states": { "03": { "name": "Encamp" }, "07": { "name": "Andorra la Vella" } } },
    "AE": { "name": "United Arab Emirates" },
    "AG": { "name": "Antigua & Barbuda", "states": { "10": { "name": "Barbuda" } } },
    "AI": { "name": "Anguilla" },
    "AL": { "name": "Albania", "states": {} },
    "AM": { "name": "Armenia" },
    "AO": { "name": "Angola" },
    "AR": { "name": "Argentina" },
    "AS": { "name": "American Samoa" },
    "AT": { "name": "Austria", "states": { "1": { "name": "Burgenland" }, "2": { "name": "Carinthia" }, "3": { "name": "Lower Austria" }, "4": { "name": "Upper Austria" }, "5": { "name": "Salzburg" }, "6": { "name": "Styria" }, "7": { "name": "Tyrol" }, "8": { "name": "Vorarlberg" }, "9": { "name": "Vienna" } } },
    "AU": { "name": "Australia", "states": { "ACT": { "name": "Australian Capital Territory" }, "NSW": { "name": "New South Wales" }, "NT": { "name": "Northern Territory" }, "QLD": { "name": "Queensland" }, "SA": { "name": "South Australia" }, "TAS": { "name": "Tasmania" }, "VIC": { "name": "Victoria" }, "WA": { "name": "Western Australia" } } },
    "AW": { "name": "Aruba" },
    "AX": { "name": "Åland Islands" },
    "AZ": { "name": "Azerbaijan" },
    "BA": { "name": "Bosnia and Herzegovina", "states": { "BIH": { "name": "Federation of Bosnia and Herzegovina", "regions": { "W": "Western Herzegovina" } }, "BRC": { "name": "Brčko District" }, "SRP": { "name": "Republika Srpska" } } },
    "BB": { "name": "Barbados" },
    "BD": { "name": "People's Republic of Bangladesh" },
    "BE": { "name": "Belgium", "states": { "BRU": { "name": "Bruxelles" }, "DE": { "name": "Deutschsprachige Gemeinschaft" }, "VLG": { "name": "Vlaamse Gemeenschap" }, "WAL": { "name": "Communauté française" } } },
    "BF": { "name": "Burkina Faso" },
    "BG": { "name": "Bulgaria" },
    "BH": { "name": "Bahrain" },
    "BI": { "name": "Burundi" },
    "BJ": { "name": "Benin" },
    "BL": { "name": "St. Barths" },
    "BM": { "name": "Bermuda" },
    "BN": { "name": "Brunei" },
    "BO": { "name": "Bolivia", "states": { "B": { "name": "Beni" }, "C": { "name": "Cochabamba" }, "H": { "name": "Chuquisaca" }, "L": { "name": "La Paz" }, "N": { "name": "Pando" }, "O": { "name": "Oruro" }, "P": { "name": "Potosí" }, "S": { "name": "Santa Cruz" }, "T": { "name": "Tarija" } } },
    "BQ": { "name": "Caribbean Netherlands", "states": { "BO": { "name": "Bonaire" }, "SA": { "name": "Saba" }, "SE": { "name": "Sint Eustatius" } } },
    "BR": { "name": "Brazil", "states": { "AC": { "name": "Acre" }, "AL": { "name": "Alagoas" }, "AM": { "name": "Amazonas" }, "AP": { "name": "Amapá" }, "BA": { "name": "Bahia" }, "CE": { "name": "Ceará" }, "DF": { "name": "Distrito Federal" }, "ES": { "name": "Espírito Santo" }, "GO": { "name": "Goiás", "regions": { "GOIANIA": "Goiânia" } }, "MA": { "name": "Maranhão" }, "MG": { "name": "Minas Gerais", "regions": { "BH": "Belo Horizonte" } }, "MS": { "name": "Mato Grosso do Sul" }, "MT": { "name": "Mato Grosso" }, "PA": { "name": "Pará" }, "PB": { "name": "Paraíba" }, "PE": { "name": "Pernambuco", "regions": { "RE": "Recife" } }, "PI": { "name": "Piauí" }, "PR": { "name": "Paraná", "regions": { "CU": "Curitiba" } }, "RJ": { "name": "Rio de Janeiro", "regions": { "RJ": "Rio de Janeiro" } }, "RN": { "name": "Rio Grande do Norte" }, "RO": { "name": "Rondônia" }, "RR": { "name": "Roraima" }, "RS": { "name": "Rio Grande do Sul" }, "SC": { "name": "Santa Catarina" }, "SE": { "name": "Sergipe" }, "SP": { "name": "São Paulo", "regions": { "SP": "São Paulo" } }, "TO": { "name": "Tocantins" } } },
    "BS": { "name": "Bahamas" },
    "BW": { "name": "Botswana" },
    "BY": { "name": "Belarus" },
    "BZ": { "name": "Belize" },
    "CA": { "name": "Canada", "states": { "AB": { "name": "Alberta" }, "BC": { "name": "British Columbia" }, "MB": { "name": "Manitoba" }, "NB": { "name": "New Brunswick" }, "NL": { "name": "Newfoundland and Labrador" }, "NS": { "name": "Nova Scotia" }, "NT": { "name": "Northwest Territories" }, "NU": { "name": "Nunavut" }, "ON": { "name": "Ontario" }, "PE": { "name": "Prince Edward Island" }, "QC": { "name": "Quebec" }, "SK": { "name": "Saskatchewan" }, "YT": { "name": "Yukon" } } },
    "CC": { "name": "Cocos (Keeling) Islands" },
    "CD": { "name": "Democratic Republic of the Congo" },
    "CF": { "name": "Central African Republic" },
    "CG": { "name": "Republic of the Congo" },
    "CH": { "name": "Switzerland", "states": { "ZH": { "name": "Canton of Zürich" }, "BE": { "name": "Canton of Bern" }, "LU": { "name": "Canton of Lucerne" }, "UR": { "name": "Canton of Uri" }, "SZ": { "name": "Canton of Schwyz" }, "OW": { "name": "Canton of Obwalden" }, "NW": { "name": "Canton of Nidwalden" }, "GL": { "name": "Canton of Glarus" }, "ZG": { "name": "Canton of Zug" }, "FR": { "name": "Canton of Fribourg" }, "SO": { "name": "Canton of Solothurn" }, "BS": { "name": "Canton of Basel-City" }, "BL": { "name": "Canton of Basel-Country" }, "SH": { "name": "Canton of Schaffhausen" }, "AR": { "name": "Canton of Appenzell Outer Rhodes" }, "AI": { "name": "Canton of Appenzell Inner-Rhodes" }, "SG": { "name": "Canton of St. Gallen" }, "GR": { "name": "Canton of Grisons" }, "AG": { "name": "Canton of Aargau" }, "TG": { "name": "Canton of Thurgau" }, "TI": { "name": "Canton of Ticino" }, "VD": { "name": "Canton of Vaud" }, "VS": { "name": "Canton of Valais" }, "NE": { "name": "Canton of Neuchâtel" }, "GE": { "name": "Canton of Geneva" }, "JU": { "name": "Canton of Jura" } } },
    "CI": { "name": "Republic of Côte d'Ivoire" },
    "CK": { "name": "Cook Islands", "states": { "Aitutaki": { "name": "Aitutaki" }, "Atiu": { "name": "Atiu" }, "Mangaia": { "name": "Mangaia" }, "Manihiki": { "name": "Manihiki" }, "Mitiaro": { "name": "Mitiaro" }, "Palmerston": { "name": "Palmerston" }, "Penrhyn": { "name": "Penrhyn" }, "Pukapuka": { "name": "Pukapuka" }, "Rakahanga": { "name": "Rakahanga" }, "Rarotonga": { "name": "Rarotonga" } } },
    "CL": { "name": "Chile", "states": { "AP": { "name": "Arica y Parinacota" }, "BI": { "name": "Biobío", "regions": { "CH": "Chillán y Chillán Viejo" } }, "NU": { "name": "Ñuble", "regions": { "CH": "Chillán y Chillán Viejo" } }, "TA": { "name": "Tarapacá" } } },
    "CM": { "name": "Cameroon" },
    "CN": { "name": "China" },
    "CO": { "name": "Colombia" },
    "CR": { "name": "Costa Rica" },
    "CU": { "name": "Cuba" },
    "CV": { "name": "Cape Verde", "states": { "S": { "name": "Sotavento Islands", "regions": { "PR": "Praia" } } } },
    "CW": { "name": "Curaçao" },
    "CX": { "name": "Christmas Island" },
    "CY": { "name": "Cyprus" },
    "CZ": { "name": "Czech Republic" },
    "DE": { "name": "Germany", "states": { "BB": { "name": "Brandenburg" }, "BE": { "name": "Berlin" }, "BW": { "name": "Baden-Württemberg" }, "BY": { "name": "Bayern", "regions": { "A": "Stadt Augsburg", "KATH": "Predominantly catholic communities", "EVANG": "Predominantly protestant communities" } }, "HB": { "name": "Hansestadt Bremen" }, "HE": { "name": "Hessen" }, "HH": { "name": "Hansestadt Hamburg" }, "MV": { "name": "Mecklenburg-Vorpommern" }, "NI": { "name": "Niedersachsen" }, "NW": { "name": "Nordrhein-Westfalen" }, "RP": { "name": "Rheinland-Pfalz" }, "SH": { "name": "Schleswig-Holstein" }, "SL": { "name": "Saarland" }, "SN": { "name": "Sachsen", "regions": { "BZ": "Landkreis Bautzen" } }, "ST": { "name": "Sachsen-Anhalt" }, "TH": { "name": "Thüringen", "regions": { "EIC": "Landkreis Eichfeld", "UH": "Unstrut-Hainich-Kreis", "WAK": "Wartburgkreis" } } } },
    "DJ": { "name": "Djibouti" },
    "DK": { "name": "Denmark" },
    "DM": { "name": "Dominica" },
    "DO": { "name": "Dominican Republic" },
    "DZ": { "name": "Algeria" },
    "EC": { "name": "Ecuador", "states": { "P": { "name": "Pichincha", "regions": { "QU": "Quito" } } } },
    "EE": { "name": "Estonia" },
    "EG": { "name": "Egypt" },
    "EH": { "name": "Western Sahara" },
    "ER": { "name": "Eritrea" },
    "ES": { "name": "Spain", "states": { "AN": { "name": "Andalucía" }, "AR": { "name": "Aragón" }, "AS": { "name": "Asturias" }, "CB": { "name": "Cantabria" }, "CE": { "name": "Ciudad de Ceuta" }, "CL": { "name": "Castile and León" }, "CM": { "name": "Castile-La Mancha" }, "CN": { "name": "Canary Islands", "regions": { "EH": "El Hierro", "FU": "Fuerteventura", "GC": "Gran Canaria", "LG": "La Gomera", "LP": "La Palma", "LA": "Lanzarote", "TE": "Tenerife" } }, "CT": { "name": "Catalonia", "regions": { "B": "Barcelona" } }, "EX": { "name": "Extremadura" }, "GA": { "name": "Galicia" }, "IB": { "name": "Balearic Islands" }, "MC": { "name": "Murcia Region" }, "MD": { "name": "Comunidad de Madrid" }, "ML": { "name": "Ciudad de Melilla" }, "NC": { "name": "Navarra Chartered Community" }, "PV": { "name": "Basque Country" }, "RI": { "name": "La Rioja" }, "VC": { "name": "Valencian Community" } } },
    "ET": { "name": "Ethiopia" },
    "FI": { "name": "Finland" },
    "FJ": { "name": "Fiji" },
    "FO": { "name": "Faroe Islands" },
    "FR": { "name": "France", "states": { "57": { "name": "Département Moselle" }, "67": { "name": "Département Bas-Rhin" }, "68": { "name": "Département Haut-Rhin" }, "YT": { "name": "Département et région d'outre-mer Mayotte" }, "MQ": { "name": "Département et région d'outre-mer Martinique" }, "GP": { "name": "Département et région d'outre-mer Guadeloupe" }, "GF": { "name": "Département et région d'outre-mer Guyane" }, "RE": { "name": "Département et région d'outre-mer La Réunion" }, "MF": { "name": "Département et région d'outre-mer Saint Martin" }, "BL": { "name": "Département et région d'outre-mer Saint Barthélemy" } } },
    "GA": { "name": "Gabon" },
    "GB": { "name": "United Kingdom", "states": { "ALD": { "name": "Alderney" }, "ENG": { "name": "England" }, "NIR": { "name": "Northern Ireland" }, "SCT": { "name": "Scotland" }, "WLS": { "name": "Wales" } } },
    "GD": { "name": "Grenada" },
    "GE": { "name": "Georgia" },
    "GF": { "name": "French Guiana" },
    "GG": { "name": "Guernsey" },
    "GH": { "name": "Ghana" },
    "GI": { "name": "Gibraltar" },
    "GL": { "name": "Greenland" },
    "GM": { "name": "The Gambia" },
    "GN": { "name": "Guinea" },
    "GP": { "name": "Guadeloupe" },
    "GQ": { "name": "Republic of Equatorial Guinea" },
    "GR": { "name": "Greece" },
    "GT": { "name": "Guatemala", "states": { "1": { "name": "Guatemala", "regions": { "101": "Guatemala", "102": "Santa Catarina Pinula", "103": "San José Pinula", "104": "San José del Golfo", "105": "Palencia", "106": "Chinautla", "107": "San Pedro Ayampuc", "108": "Mixco", "109": "San Pedro Sacatepéquez", "110": "San Juan Sacatepéquez", "111": "San Raimundo", "112": "San Pedro y San Pablo", "113": "Fraijanes", "114": "Amatitlán", "115": "Villa Nueva", "116": "Villa Canales", "117": "San Miguel Petapa" } } } },
    "GU": { "name": "Guam" },
    "GW": { "name": "Guinea-Bissau" },
    "GY": { "name": "Guyana" },
    "HK": { "name": "Hong Kong" },
    "HN": { "name": "Honduras" },
    "HR": { "name": "Croatia", "states": { "17": { "name": "Split-Dalmatia" }, "19": { "name": "Dubrovnik-Neretva" } } },
    "HT": { "name": "Haiti" },
    "HU": { "name": "Hungary" },
    "IC": { "name": "Canary Islands", "states": { "EH": { "name": "El Hierro" }, "FU": { "name": "Fuerteventura" }, "GC": { "name": "Gran Canaria" }, "LG": { "name": "La Gomera" }, "LP": { "name": "La Palma" }, "LA": { "name": "Lanzarote" }, "TE": { "name": "Tenerife" } } },
    "ID": { "name": "Indonesia" },
    "IE": { "name": "Ireland" },
    "IL": { "name": "Israel" },
    "IM": { "name": "Isle of Man" },
    "IN": { "name": "India", "states": { "AN": { "name": "Andaman and Nicobar Islands" }, "AP": { "name": "Andhra Pradesh" }, "AR": { "name": "Arunachal Pradesh" }, "AS": { "name": "Assam" }, "BR": { "name": "Bihar" }, "CH": { "name": "Chandigarh" }, "CT": { "name": "Chhattisgarh" }, "DD": { "name": "Daman and Diu" }, "DL": { "name": "Delhi" }, "DN": { "name": "Dadra and Nagar Haveli" }, "GA": { "name": "Goa" }, "GJ": { "name": "Gujarat" }, "HP": { "name": "Himachal Pradesh" }, "HR": { "name": "Haryana" }, "JK": { "name": "Jammu and Kashmir" }, "KA": { "name": "Karnataka" }, "KL": { "name": "Kerala" }, "LD": { "name": "Lakshadweep" }, "MH": { "name": "Maharashtra" }, "ML": { "name": "Meghalaya" }, "MN": { "name": "Manipur" }, "MP": { "name": "Madhya Pradesh" }, "MZ": { "name": "Mizoram" }, "NL": { "name": "Nagaland" }, "OR": { "name": "Odisha" }, "PB": { "name": "Punjab" }, "PY": { "name": "Puducherry" }, "RJ": { "name": "Rajasthan" }, "SK": { "name": "Sikkim" }, "TG": { "name": "Telangana" }, "TN": { "name": "Tamil Nadu" }, "TR": { "name": "Tripura" }, "UP": { "name": "Uttar Pradesh" }, "UT": { "name": "Uttarakhand" }, "WB": { "name": "West Bengal" } } },
    "IR": { "name": "Iran" },
    "IS": { "name": "Iceland" },
    "IT": { "name": "Italia", "states": { "21": { "name": "Piedmont", "regions": { "TO": "Turin" } }, "25": { "name": "Lombardy", "regions": { "MI": "Milan" } }, "32": { "name": "Südtirol" }, "52": { "name": "Tuscany", "regions": { "FI": "Florence" } }, "62": { "name": "Lazio", "regions": { "RM": "Rome" } }, "82": { "name": "Sicily", "regions": { "PA": "Palermo" } } } },
    "JE": { "name": "Jersey" },
    "JM": { "name": "Jamaica" },
    "JP": { "name": "Japan" },
    "KE": { "name": "Kenya" },
    "KM": { "name": "Comoros" },
    "KN": { "name": "St. Kitts & Nevis" },
    "KR": { "name": "South Korea" },
    "KY": { "name": "Cayman Islands" },
    "KZ": { "name": "Kazakhstan" },
    "LC": { "name": "St. Lucia" },
    "LI": { "name": "Liechtenstein" },
    "LK": { "name": "Sri Lanka" },
    "LR": { "name": "Liberia" },
    "LS": { "name": "Lesotho" },
    "LT": { "name": "Lithuania" },
    "LU": { "name": "Luxembourg" },
    "LV": { "name": "Latvia" },
    "LY": { "name": "Libya" },
    "MA": { "name": "Kingdom of Morocco" },
    "MC": { "name": "Monaco" },
    "MD": { "name": "Moldova", "states": { "CA": { "name": "Cahul" }, "CU": { "name": "Chișinău" } } },
    "ME": { "name": "Montenegro" },
    "MF": { "name": "St. Martin" },
    "MG": { "name": "Madagascar" },
    "MK": { "name": "Macedonia" },
    "ML": { "name": "Republic of Mali" },
    "MQ": { "name": "Martinique" },
    "MR": { "name": "Mauritania" },
    "MS": { "name": "Montserrat" },
    "MT": { "name": "Malta" },
    "MU": { "name": "Mauritius" },
    "MW": { "name": "Malawi" },
    "MX": { "name": "Mexico" },
    "MY": { "name": "Malaysia", "states": { "10": { "name": "Selangor" }, "11": { "name": "Terengganu" }, "12": { "name": "Sabah" }, "13": { "name": "Sarawak" }, "14": { "name": "Kuala Lumpur" }, "15": { "name": "Labuan" }, "16": { "name": "Putrajaya" }, "01": { "name": "Johor" }, "02": { "name": "Kedah" }, "03": { "name": "Kelantan" }, "04": { "name": "Malacca" }, "05": { "name": "Negeri Sembilan" }, "06": { "name": "Pahang" }, "07": { "name": "Penang" }, "08": { "name": "Perak" }, "09": { "name": "Perlis" } } },
    "MZ": { "name": "Mozambique" },
    "NA": { "name": "Namibia" },
    "NC": { "name": "New Caledonia" },
    "NE": { "name": "Republic of the Niger" },
    "NF": { "name": "Norfolk Island" },
    "NG": { "name": "Nigeria" },
    "NI": { "name": "Nicaragua" },
    "NL": { "name": "Netherlands", "states": { "GR": { "name": "Groningen", "regions": { "GRN": "Groningen" } }, "NH": { "name": "North Holland", "regions": { "ALK": "Alkmaar" } }, "ZH": { "name": "South Holland", "regions": { "BRL": "Brielle", "LDN": "Leiden" } } } },
    "NO": { "name": "Norway" },
    "NZ": { "name": "New Zealand", "states": { "AUK": { "name": "Auckland Province" }, "BOP": { "name": "Bay of Plenty" }, "CAN": { "name": "Canterbury", "regions": { "Timaru": "Timaru District" } }, "CIT": { "name": "Chatham Islands" }, "GIS": { "name": "Gisborne" }, "HKB": { "name": "Hawke's Bay" }, "MBH": { "name": "Marlborough" }, "MWT": { "name": "Manawatu-Wanganui" }, "NSN": { "name": "Nelson" }, "NTL": { "name": "Northland" }, "OTA": { "name": "Otago Province" }, "STL": { "name": "Southland" }, "TAS": { "name": "Tasman" }, "TKI": { "name": "Taranaki" }, "WKO": { "name": "Waikato" }, "WGN": { "name": "Wellington Province" }, "WTC": { "name": "Westland", "regions": { "Buller": "Buller district" } } } },
    "PA": { "name": "Panama" },
    "PE": { "name": "Peru", "states": { "CUS": { "name": "Cuzco" } } },
    "PF": { "name": "French Polynesia" },
    "PH": { "name": "Philippines" },
    "PK": { "name": "Pakistan", "states": { "BA": { "name": "Balochistan" }, "GB": { "name": "Gilgit-Baltistan" }, "IS": { "name": "Islamabad" }, "JK": { "name": "Azad Kashmir" }, "KP": { "name": "Khyber Pakhtunkhwa" }, "PB": { "name": "Punjab" }, "SD": { "name": "Sindh" } } },
    "PL": { "name": "Poland" },
    "PM": { "name": "St. Pierre & Miquelon" },
    "PR": { "name": "Puerto Rico" },
    "PT": { "name": "Portugal" },
    "PY": { "name": "Paraguay" },
    "RE": { "name": "Réunion" },
    "RO": { "name": "Romania" },
    "RS": { "name": "Serbia" },
    "RU": { "name": "Russia", "states": { "AD": { "name": "Republic of Adygea" }, "AL": { "name": "Altai Republic" }, "BA": { "name": "Republic of Bashkortostan" }, "BEL": { "name": "Belgorod Oblast" }, "BRY": { "name": "Bryansk Oblast" }, "BU": { "name": "Republic of Buryatia" }, "CE": { "name": "Chechen Republic" }, "CR": { "name": "Republic of Crimea" }, "CU": { "name": "Chuvash Republic" }, "DA": { "name": "Republic of Dagestan" }, "IN": { "name": "Republic of Ingushetia" }, "IRK": { "name": "Irkutsk Oblast" }, "KB": { "name": "Kabardino-Balkar Republic" }, "KC": { "name": "Karachay-Cherkess Republic" }, "KDA": { "name": "Krasnodar Krai" }, "KL": { "name": "Republic of Kalmykia" }, "KO": { "name": "Republic of Komi" }, "KR": { "name": "Republic of Karelia" }, "MR": { "name": "Republic of Mordovia" }, "NO": { "name": "Republic of North Ossetia-Alania" }, "OMS": { "name": "Omsk Oblast" }, "PNZ": { "name": "Penza Oblast" }, "SA": { "name": "Sakha (Yakutia) Republic" }, "SAR": { "name": "Saratov Oblast" }, "SEV": { "name": "Sevastopol" }, "STA": { "name": "Stavropol Krai" }, "TA": { "name": "Republic of Tatarstan" }, "TY": { "name": "Republic of Tuva" }, "ZAB": { "name": "Zabaykalsky Krai" } } },
    "RW": { "name": "Rwanda" },
    "SA": { "name": "Saudi Arabia" },
    "SC": { "name": "Seychelles" },
    "SD": { "name": "Sudan" },
    "SE": { "name": "Sweden" },
    "SG": { "name": "Singapore" },
    "SH": { "name": "St. Helena", "states": { "AC": { "name": "Ascension Island" }, "HL": { "name": "Saint Helena" }, "TA": { "name": "Tristan da Cunha" } } },
    "SI": { "name": "Slovenia" },
    "SJ": { "name": "Svalbard & Jan Mayen" },
    "SK": { "name": "Slovakia" },
    "SL": { "name": "Sierra Leone" },
    "SM": { "name": "San Marino" },
    "SN": { "name": "Senegal" },
    "SO": { "name": "Somalia", "states": { "AW": { "name": "Awdal" }, "SA": { "name": "Sanaag" }, "SO": { "name": "Sool" }, "TO": { "name": "Togdheer" }, "WO": { "name": "Woqooyi Galbeed" } } },
    "SR": { "name": "Suriname" },
    "SS": { "name": "South Sudan" },
    "ST": { "name": "São Tomé & Príncipe" },
    "SV": { "name": "El Salvador", "states": { "SS": { "name": "San Salvador" } } },
    "SX": { "name": "Sint Maarten" },
    "SZ": { "name": "Swaziland" },
    "TC": { "name": "Turks & Caicos Islands" },
    "TD": { "name": "Chad" },
    "TG": { "name": "Togolese Republic" },
    "TH": { "name": "Thailand" },
    "TN": { "name": "Tunisia" },
    "TO": { "name": "Tonga" },
    "TR": { "name": "Turkey" },
    "TT": { "name": "Trinidad & Tobago" },
    "TW": { "name": "Taiwan" },
    "TZ": { "name": "Tanzania" },
    "UA": { "name": "Ukraine" },
    "UG": { "name": "Uganda" },
    "US": { "name": "United States of America", "states": { "AL": { "name": "Alabama" }, "AK": { "name": "Alaska" }, "AZ": { "name": "Arizona" }, "AR": { "name": "Arkansas" }, "CA": { "name": "California", "regions": { "LA": "Los Angeles" } }, "CO": { "name": "Colorado" }, "CT": { "name": "Connecticut" }, "DE": { "name": "Delaware" }, "DC": { "name": "District of Columbia" }, "FL": { "name": "Florida" }, "GA": { "name": "Georgia" }, "HI": { "name": "Hawaii" }, "ID": { "name": "Idaho" }, "IL": { "name": "Illinois" }, "IN": { "name": "Indiana" }, "IA": { "name": "Iowa" }, "KS": { "name": "Kansas" }, "KY": { "name": "Kentucky" }, "LA": { "name": "Louisiana", "regions": { "NO": "New Orleans" } }, "ME": { "name": "Maine" }, "MD": { "name": "Maryland" }, "MA": { "name": "Massachusetts" }, "MI": { "name": "Michigan" }, "MN": { "name": "Minnesota" }, "MS": { "name": "Mississippi" }, "MO": { "name": "Missouri" }, "MT": { "name": "Montana" }, "NE": { "name": "Nebraska" }, "NV": { "name": "Nevada" }, "NH": { "name": "New Hampshire" }, "NJ": { "name": "New Jersey" }, "NM": { "name": "New Mexico" }, "NY": { "name": "New York" }, "NC": { "name": "North Carolina" }, "ND": { "name": "North Dakota" }, "OH": { "name": "Ohio" }, "OK": { "name": "Oklahoma" }, "OR": { "name": "Oregon" }, "PA": { "name": "Pennsylvania" }, "RI": { "name": "Rhode Island" }, "SC": { "name": "South Carolina" }, "SD": { "name": "South Dakota" }, "TN": { "name": "Tennessee" }, "TX": { "name": "Texas" }, "UT": { "name": "Utah" }, "VT": { "name": "Vermont" }, "VA": { "name": "Virginia" }, "WA": { "name": "Washington" }, "WV": { "name": "West Virginia" }, "WI": { "name": "Wisconsin" }, "WY": { "name": "Wyoming" } } },
    "UY": { "name": "Uruguay" },
    "UZ": { "name": "Uzbekistan" },
    "VA": { "name": "Vatican City" },
    "VC": { "name": "St. Vincent & Grenadines" },
    "VE": { "name": "Venezuela", "states": { "B": { "name": "Anzoátegui" }, "G": { "name": "Carabobo" }, "K": { "name": "Lara", "regions": { "BA": "Barquisimeto" } }, "M": { "name": "Miranda" }, "N": { "name": "Monagas" }, "S": { "name": "Táchira" }, "V": { "name": "Zulia" } } },
    "VG": { "name": "British Virgin Islands" },
    "VI": { "name": "U.S. Virgin Islands" },
    "VN": { "name": "Vietnam" },
    "VU": { "name": "Vanuatu" },
    "WF": { "name": "Wallis and Futuna" },
    "XK": { "name": "Kosovo" },
    "YT": { "name": "Mayotte" },
    "ZA": { "name": "South Africa" },
    "ZM": { "name": "Zambia" },
    "ZW": { "name": "Zimbabwe" },
};

;// CONCATENATED MODULE: ./src/policy/holidays.ts

const ALL_CODES = 'All codes: date-holidays\' README, section "Supported Countries, States, Regions".';
function compileHolidays(section, issue, issues) {
    if (section === undefined)
        return { extra: [] };
    if (Array.isArray(section))
        return { extra: [...section] };
    const extra = [...(section.extra ?? [])];
    const { country, state, region } = section;
    if (country === undefined) {
        for (const field of ['state', 'region']) {
            if (section[field] !== undefined)
                issues.push(issue([field], `${field} needs a country: set country too (e.g. country: DE, state: BY)`));
        }
        return { extra };
    }
    const checked = checkHolidayCountry(country, state, region);
    if ('field' in checked) {
        issues.push(issue([checked.field], checked.message));
        return { extra };
    }
    return { country: checked, extra };
}
/**
 * The country, state and region as date-holidays spells them (codes match in any case), or what
 * is wrong with them and how to fix it.
 */
function checkHolidayCountry(country, state, region) {
    const code = findKey(HOLIDAY_COUNTRIES, country);
    if (code === undefined)
        return { field: 'country', message: unknownCountry(country) };
    const entry = HOLIDAY_COUNTRIES[code];
    if (state === undefined) {
        if (region !== undefined)
            return { field: 'region', message: `region needs a state: set state to the state "${region}" is in` };
        return { code };
    }
    const states = entry.states ?? {};
    const stateCode = findKey(states, state);
    if (stateCode === undefined) {
        const names = Object.fromEntries(Object.entries(states).map(([k, v]) => [k, v.name]));
        return {
            field: 'state',
            message: Object.keys(states).length
                ? `${code} (${entry.name}) has no state "${state}" in ${HOLIDAY_COUNTRIES_FROM}; use one of ${listed(names)}, or remove state for the nationwide holidays only`
                : `${code} (${entry.name}) has no states in ${HOLIDAY_COUNTRIES_FROM}; remove state`,
        };
    }
    if (region === undefined)
        return { code, state: stateCode };
    const regions = states[stateCode].regions ?? {};
    const regionCode = findKey(regions, region);
    if (regionCode === undefined) {
        return {
            field: 'region',
            message: Object.keys(regions).length
                ? `${code} ${stateCode} has no region "${region}" in ${HOLIDAY_COUNTRIES_FROM}; use one of ${listed(regions)}, or remove region`
                : `${code} ${stateCode} has no regions in ${HOLIDAY_COUNTRIES_FROM}; remove region`,
        };
    }
    return { code, state: stateCode, region: regionCode };
}
function unknownCountry(given) {
    const byName = Object.entries(HOLIDAY_COUNTRIES).find(([, c]) => c.name.toLowerCase() === given.trim().toLowerCase());
    if (byName)
        return `"${given}" is a name; write its code: ${byName[0]}`;
    const initial = given.trim().charAt(0).toUpperCase();
    const alike = Object.fromEntries(Object.entries(HOLIDAY_COUNTRIES)
        .filter(([code]) => code.startsWith(initial))
        .map(([code, c]) => [code, c.name]));
    const hint = Object.keys(alike).length ? ` Known codes starting with ${initial}: ${listed(alike)}.` : '';
    return `unknown country "${given}" (not a code ${HOLIDAY_COUNTRIES_FROM} knows); write an ISO 3166-1 alpha-2 code such as JP, US or DE.${hint} ${ALL_CODES}`;
}
function findKey(table, given) {
    const wanted = given.trim().toLowerCase();
    return Object.keys(table).find((k) => k.toLowerCase() === wanted);
}
/** "A (Stadt Augsburg), KATH (…)"; codes alone when there are many. */
function listed(names) {
    const entries = Object.entries(names);
    return entries.length > 20
        ? entries.map(([k]) => k).join(', ')
        : entries.map(([k, name]) => `${k} (${name})`).join(', ');
}
/** What a business-day count skips, for messages: "weekends, public holidays in Japan and …". */
function skippedDays(holidays) {
    const { country, extra } = holidays;
    if (!country)
        return extra.length ? "weekends and the policy's holidays" : 'weekends';
    const where = [country.state, country.region].filter(Boolean).join(' ');
    const name = HOLIDAY_COUNTRIES[country.code]?.name ?? country.code;
    const pub = `public holidays in ${name}${where ? ` (${where})` : ''}`;
    return extra.length ? `weekends, ${pub} and the policy's own days off` : `weekends and ${pub}`;
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ CANONICAL_EVENTS),
/* harmony export */   K6: () => (/* binding */ phaseById),
/* harmony export */   ab: () => (/* binding */ phaseIds),
/* harmony export */   ll: () => (/* binding */ nextPhase)
/* harmony export */ });
/** The canonical event line: `{"ts": "2026-11-20T10:03:12.345Z", "event": "…", …}`. */
const CANONICAL_EVENTS = { timeField: 'ts', timeFormat: 'iso8601', nameField: 'event' };
function phaseById(policy, id) {
    return policy.phases.find((p) => p.id === id);
}
function phaseIds(policy) {
    return policy.phases.map((p) => p.id);
}
function nextPhase(policy, id) {
    const i = policy.phases.findIndex((p) => p.id === id);
    return i < 0 ? undefined : policy.phases[i + 1];
}


/***/ }),

/***/ 4139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ RolloutFile),
/* harmony export */   S1: () => (/* binding */ PhaseFile),
/* harmony export */   w1: () => (/* binding */ CurrentFile)
/* harmony export */ });
/* unused harmony exports PhaseId, EventMatch, ControlMatch, SliDefinition, EventsSection, Slo, RollbackTrigger, AdvanceRule, GithubSection, RecoverySection, NotifySection, HolidaysSection, RunbookSection */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7732);
/**
 * The rollout policy as data: what the YAML files under `phases/` may say. The schema is the
 * single source of truth; `npm run schema` exports it as JSON Schema for editors.
 *
 * Quantities stay as strings with units here ("2.5s", "99.5%"); `compile.ts` turns them into
 * numbers and checks the cross-references (SLI names, SLO ids, phase ids).
 */


const PHASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NAME_ID = /^[a-z][a-z0-9_-]*$/;
const PhaseId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(PHASE_ID, 'a phase id such as "A-1" (letters, digits, ".", "_", "-")');
const NameId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(NAME_ID, 'a lower-case id such as "save_latency" (letters, digits, "_", "-")');
const Duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$/, 'a duration with a unit, such as "15m", "2h", "2.5s" or "5d"');
const FlagValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]);
/** A threshold as written; numbers are accepted here so that `max: 2.5` gets a "needs a unit" error. */
const Quantity = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).transform(String);
/** Which events a count looks at: an event name and, optionally, field values that must match. */
const EventMatch = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('event name, e.g. "autosave.restore.result"'),
    where: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]))
        .optional()
        .describe('fields that must equal these values, e.g. { success: true } or { "attrs.mode": auto } (a dotted path reaches into an object); strings compare case-insensitively'),
});
/**
 * Which events of a ratio SLI are the concurrent control cohort (users without the feature): one
 * field and its value, matched as `where` matches (strings in any case). They are counted apart
 * from the rate itself, as the baseline of `baseline: control`.
 */
const ControlMatch = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]))
    .refine((m) => Object.keys(m).length === 1, {
    message: 'give one field and the value that marks the control cohort, e.g. { cohort: control }',
})
    .meta({ minProperties: 1, maxProperties: 1 })
    .describe('events (numerator and denominator alike) whose field equals this value are the concurrent control cohort, e.g. { cohort: control }: counted apart from the rate, as the baseline of SLOs with `baseline: control`; strings compare case-insensitively');
/** How events become an SLI: this mapping is policy, so other event shapes need no code change. */
const SliDefinition = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('latency'),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        where: EventMatch.shape.where,
        field: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .describe('numeric field holding the duration, e.g. "duration_ms"; a dotted path such as "payload.duration_ms" reaches into an object'),
        unit: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ms', 's']).default('ms').describe('unit of the field'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('ratio'),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        numerator: EventMatch,
        denominator: EventMatch,
        control: ControlMatch.optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('count'),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        where: EventMatch.shape.where,
        distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe('count distinct values of this field, e.g. "id": one bug reported four times counts once, also across windows; events without it count one each, with a warning'),
    }),
]);
/**
 * rollout.yaml `events:`: where an event line keeps its time and its name, for event shapes other
 * than the canonical `{"ts": "<ISO 8601>", "event": "<name>"}` (docs/events.md).
 */
const EventsSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    time: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        field: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .min(1)
            .default('ts')
            .describe('the key holding the time, e.g. "timestamp"; a dotted path such as "meta.time" reaches into an object'),
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['iso8601', 'epoch_ms', 'epoch_s'])
            .default('iso8601')
            .describe('iso8601: a string such as "2026-11-20T10:03:12.345Z" (Z or an offset required); epoch_ms / epoch_s: milliseconds or seconds since 1970-01-01T00:00:00Z, a number or a string of digits'),
    })
        .optional()
        .describe('the event time: which key, which format (default { field: ts, format: iso8601 })'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default('event')
        .describe('the key holding the event name, e.g. "name" or "type"; default "event"'),
})
    .describe('how event lines keep their time and name when they are not the canonical {"ts": ISO 8601, "event": name}: docs/events.md');
const Slo = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: NameId,
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    sli: NameId.describe('an SLI named under `slis:` in rollout.yaml'),
    stat: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^(p\d{1,2}(\.\d+)?|mean|max|ratio|count|increase)$/, 'a statistic: p50…p99.9, mean, max, ratio, count or increase')
        .describe('latency: pNN, mean or max; ratio: ratio or increase (against a baseline); count: count'),
    max: Quantity.optional().describe('the SLO holds while the value is at most this, e.g. "2.5s", "+5%", "3"'),
    min: Quantity.optional().describe('the SLO holds while the value is at least this, e.g. "99.5%"'),
    window: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([Duration, zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('day')])
        .describe('trailing window judged at each evaluation, or "day": the calendar day so far'),
    min_samples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().default(1).describe('fewer events than this is no_data'),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('before_rollout'), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('before_phase'), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('control'), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()])
        .optional()
        .describe('for stat "increase": "before_rollout" (the rate before the rollout began, so a re-entered phase still compares with the pre-rollout rate), "before_phase", "control" (the same SLI over the same window on the control cohort its SLI declares with `control:`), or a fixed value such as "0.8%"'),
    baseline_window: Duration.optional().describe('for baseline "before_rollout" or "before_phase": how far back, e.g. "7d" (not with "control")'),
})
    .refine((s) => (s.max === undefined) !== (s.min === undefined), {
    message: 'give exactly one of `max` or `min`',
    path: ['max'],
});
const SloRef = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([NameId, zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('any')]).describe('an SLO id of this phase, or "any"');
const Breach = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    op: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['<', '<=', '>', '>=']),
    value: Quantity,
})
    .describe('a breach condition that differs from "the SLO fails", e.g. { op: "<=", value: "99.5%" }');
const RollbackTrigger = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('rule', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('immediate').describe("fires when the SLO's trailing window is breached now"),
        slo: SloRef,
        breach: Breach.optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('breaches_per_day')
            .describe('fires on the Nth breaching 15-minute window (each window judged on its own) in one calendar day'),
        slo: SloRef,
        count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        breach: Breach.optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('sustained')
            .describe('fires when breached now and at every judged evaluation for this long (no-data ones between do not reset it)'),
        slo: SloRef,
        for: Duration,
        breach: Breach.optional(),
    }),
]);
const AdvanceRule = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('rule', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('soak').describe('every SLO passes now and none failed during the soak'),
        for: Duration,
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('consecutive_days').describe('every SLO met on N whole calendar days in a row'),
        days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    }),
]);
const PhaseFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    id: PhaseId,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    audience: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    flags: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), FlagValue).describe('flag values the application reads in this phase'),
    slos: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Slo).default([]),
    advance: AdvanceRule.optional().describe('when the phase may move on (in the last phase: when it is complete)'),
    rollback: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        to: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([PhaseId, zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()])
            .optional()
            .describe('target phase; default the previous one; null: none'),
        approval: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['required', 'none']).default('required'),
        when: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RollbackTrigger).default([]),
        note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    })
        .default({ approval: 'required', when: [] }),
});
const Login = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(\[bot\])?$/, 'a GitHub login such as "octocat"');
const Team = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'a team as "org/team-slug"');
const Approver = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('codeowners'), Team, Login])
    .describe('a GitHub login, a team as "org/team-slug", or "codeowners" (the owners of the phase files)');
/** Who approves phase PRs and how they look on GitHub (SPEC.md section 4). */
const GithubSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    approvers: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        advance: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Approver).min(1).optional().describe("the plan's Analyzer; default [codeowners]"),
        rollback: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(Approver).min(1).optional().describe("the plan's Reporter; default as advance"),
    })
        .optional(),
    approvals: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .nonnegative()
        .optional()
        .describe('approving reviews a phase PR needs; default 1'),
    reviewers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([Team, Login]))
        .optional()
        .describe('requested on every phase PR'),
    reporter: Login.optional().describe('owns root-cause-analysis issues and is named in Slack'),
    checklist: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('QA checklist, repository-relative; default docs/CHECKLIST.md'),
    labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional().describe('extra labels on phase PRs'),
});
/** After a rollback: which SLOs must be healthy, for how long, before restarting (SPEC.md 3.5). */
const RecoverySection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    watch: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(NameId).min(1).describe('SLO ids (as defined in some phase) that must pass'),
    for: Duration.describe('how long they must pass without a failure, e.g. "2h"'),
    restart: PhaseId.describe('the phase to propose restarting from, e.g. "A-1"'),
});
const TemplatePath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('a template file, relative to the policy folder');
const NotifySection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    slack: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        channel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('shown in messages, e.g. "#launch-autosave"'),
        templates: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            rollback: TemplatePath.optional(),
            advance: TemplatePath.optional(),
            complete: TemplatePath.optional(),
        })
            .optional(),
    })
        .optional(),
    lock: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('event name of the read-only lock notice') })
        .optional()
        .describe('after a rollback, POST this event to the lock webhook (signed as Standard Webhooks)'),
});
const HolidayDates = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6())
    .describe("the company's own days off (YYYY-MM-DD, in the time zone), e.g. [2026-12-29, 2026-12-30]");
const AreaCode = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
/** rollout.yaml `holidays`: a list of dates, or a country's public holidays plus a list. */
const HolidaysSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    HolidayDates,
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        country: AreaCode.optional().describe('ISO 3166-1 alpha-2 code, e.g. "JP": its public holidays (date-holidays) are not business days'),
        state: AreaCode.optional().describe('a state or province of the country, as date-holidays names it (e.g. "BY" in DE): its public holidays too'),
        region: AreaCode.optional().describe('a region of the state, as date-holidays names it (e.g. "A" in DE BY)'),
        extra: HolidayDates.optional(),
    }),
], { error: 'expected a list of dates, or { country, state, region, extra }' })
    .describe("days that are not business days, besides weekends: a country's public holidays and the company's own days");
/** The Runbook phasegate keeps beside the window records (docs/github.md, "The Runbook"). */
const RunbookSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    template: TemplatePath.optional().describe('the daily record\'s template (placeholders: docs/github.md, "The Runbook"); a built-in English one otherwise'),
});
const RolloutFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    rollout: NameId.describe('name of the rollout, used in branch names and labels'),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    timezone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('IANA time zone for calendar days, e.g. "Asia/Tokyo"'),
    window: Duration.default('15m').describe('collection window; 15m in the reference rollout'),
    phases: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(PhaseId).min(1).describe('phase ids in rollout order; each has phases/<id>.yaml'),
    slis: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(NameId, SliDefinition),
    events: EventsSection.optional(),
    holidays: HolidaysSection.optional(),
    github: GithubSection.optional(),
    recovery: RecoverySection.optional(),
    notify: NotifySection.optional(),
    runbook: RunbookSection.optional(),
    sources: _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .SourcesSection */ .UB.optional(),
});
const CurrentFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    rollout: NameId,
    phase: PhaseId,
    since: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }).describe('when the phase began (ISO 8601)'),
    started: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true })
        .optional()
        .describe('when the rollout left its first phase (ISO 8601); phasegate writes it and carries it on every phase change; the "before_rollout" baseline ends here'),
    flags: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), FlagValue),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    entered: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        by: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['advance', 'rollback', 'restart', 'manual']),
        from: PhaseId.optional(),
        pr: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
        cause: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    })
        .optional()
        .describe('how this phase was entered; phasegate writes it'),
});


/***/ }),

/***/ 6956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kP: () => (/* binding */ compileSources),
/* harmony export */   xM: () => (/* binding */ rerouteSources)
/* harmony export */ });
/* unused harmony export counterQuery */
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7732);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2233);


/** `name{labels}`: a counter or histogram given by name, turned into the standard query. */
const SELECTOR = /^\s*([A-Za-z_:][A-Za-z0-9_:]*)\s*(\{.*\})?\s*$/s;
/** A counter's increase per window, or the PromQL as written. */
function counterQuery(text) {
    const m = SELECTOR.exec(text);
    return m ? `sum(increase(${m[1]}${m[2] ?? ''}[$window]))` : text.trim();
}
function histogramQueries(text) {
    const m = SELECTOR.exec(text);
    if (!m)
        return undefined;
    const [name, labels = ''] = [m[1].replace(/_bucket$/, ''), m[2]];
    return {
        buckets: `sum by (le) (increase(${name}_bucket${labels}[$window]))`,
        sum: `sum(increase(${name}_sum${labels}[$window]))`,
    };
}
const list = (v) => v === undefined ? undefined : typeof v === 'string' ? [v] : v;
/** Which source each SLI comes from; refuses unknown SLIs, the wrong kind, and a second source. */
class Claims {
    slis;
    report;
    issues;
    bySli = {};
    constructor(slis, report, issues) {
        this.slis = slis;
        this.report = report;
        this.issues = issues;
    }
    claim(sli, name, path, kind, source) {
        const def = this.slis[sli];
        const problem = !def
            ? `unknown SLI "${sli}"; rollout.yaml defines: ${Object.keys(this.slis).join(', ')}`
            : kind && !kind.includes(def.kind)
                ? `SLI "${sli}" is a ${def.kind} SLI, not ${kind.join(' or ')}; ${kindFix(def.kind, source)}`
                : this.bySli[sli] !== undefined
                    ? `SLI "${sli}" already comes from source "${this.bySli[sli]}"; give each SLI one source`
                    : null;
        if (problem) {
            this.issues.push(this.report(path, problem));
            return false;
        }
        this.bySli[sli] = name;
        return true;
    }
}
function kindFix(kind, source) {
    if (source === 'github-issues')
        return 'github-issues gives counts only; read this SLI from another source';
    const give = { latency: '`histogram:`', ratio: '`numerator:` and `denominator:`', count: '`counter:`' }[kind];
    return `for a ${kind} SLI give ${give}`;
}
function compileSources(section, slis, report, issues) {
    const out = [];
    const claims = new Claims(slis, report, issues);
    let catchAll;
    for (const [name, s] of Object.entries(section ?? {})) {
        const http = {
            headers: 'headers' in s ? { ...s.headers } : {},
            auth: 'auth' in s ? s.auth : undefined,
            timeoutMs: s.timeout === undefined ? _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_MS */ .t1 : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(s.timeout),
        };
        if (s.type === 'jsonl') {
            const spec = jsonlSource(name, s, http, claims, report, issues);
            if (s.slis === undefined) {
                if (catchAll)
                    issues.push(report([name], `only one jsonl source may leave out \`slis\` ("${catchAll.name}" does too)`));
                catchAll = spec;
            }
            out.push(spec);
        }
        else if (s.type === 'prometheus')
            out.push(prometheusSource(name, s, http, claims, report, issues));
        else
            out.push(githubIssuesSource(name, s, http, claims));
    }
    // SLIs no source claims: the jsonl source without `slis`, else the events of `collect --source`.
    const rest = Object.keys(slis).filter((id) => claims.bySli[id] === undefined);
    if (rest.length > 0) {
        let target = catchAll;
        if (!target) {
            if (section?.[_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe] !== undefined) {
                // A source named "events" that lists its SLIs: the others have nowhere to go.
                issues.push(report([_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe], `SLIs ${rest.join(', ')} have no source; list them in a source's \`slis\``));
            }
            target = { name: _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe, type: 'jsonl', slis: [], headers: {}, timeoutMs: _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_MS */ .t1 };
            out.unshift(target);
        }
        for (const id of rest) {
            target.slis.push(id);
            claims.bySli[id] = target.name;
        }
    }
    return { list: out, bySli: claims.bySli };
}
function jsonlSource(name, s, http, claims, report, issues) {
    if (s.files !== undefined && s.url !== undefined) {
        issues.push(report([name, 'url'], 'give `files` or `url`, not both; use two sources for both'));
    }
    const spec = {
        name,
        type: 'jsonl',
        files: list(s.files),
        url: s.url,
        pagination: s.pagination,
        slis: [],
        ...http,
    };
    s.slis?.forEach((sli, i) => {
        if (claims.claim(sli, name, [name, 'slis', i]))
            spec.slis.push(sli);
    });
    return spec;
}
function prometheusSource(name, s, http, claims, report, issues) {
    const queries = {};
    for (const [sli, q] of Object.entries(s.slis)) {
        const path = [name, 'slis', sli];
        if ('histogram' in q || 'buckets' in q) {
            if (!claims.claim(sli, name, path, ['latency']))
                continue;
            const h = 'histogram' in q ? histogramQueries(q.histogram) : { buckets: q.buckets, sum: q.sum };
            if (!h) {
                issues.push(report([...path, 'histogram'], 'give the histogram\'s metric name, e.g. http_duration_seconds{job="app"}; for PromQL use `buckets:` and `sum:`'));
                continue;
            }
            queries[sli] = { kind: 'latency', buckets: h.buckets, sum: h.sum, unit: q.unit };
        }
        else if ('numerator' in q) {
            if (!claims.claim(sli, name, path, ['ratio']))
                continue;
            if (claims.slis[sli]?.control !== undefined) {
                // A counter carries no event's cohort: the control events would count in the rate itself.
                issues.push(report(path, `SLI "${sli}" splits a control cohort off its events (control: under slis.${sli}), which prometheus source "${name}" cannot: a counter carries no event's cohort; read ${sli} from a jsonl source, or remove its control: (and any baseline: control on it)`));
                continue;
            }
            queries[sli] = {
                kind: 'ratio',
                numerator: counterQuery(q.numerator),
                denominator: counterQuery(q.denominator),
            };
        }
        else {
            if (!claims.claim(sli, name, path, ['count']))
                continue;
            queries[sli] = { kind: 'count', count: counterQuery(q.counter) };
        }
    }
    return { name, type: 'prometheus', url: s.url, slis: Object.keys(queries), queries, ...http };
}
function githubIssuesSource(name, s, http, claims) {
    const searches = {};
    for (const [sli, q] of Object.entries(s.slis)) {
        if (!claims.claim(sli, name, [name, 'slis', sli], ['count'], 'github-issues'))
            continue;
        searches[sli] = { labels: list(q.label), query: q.query };
    }
    return {
        name,
        type: 'github-issues',
        repo: s.repo,
        token: s.token ?? (0,_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .envRef */ .rV)('GITHUB_TOKEN'),
        apiUrl: s.api_url,
        slis: Object.keys(searches),
        searches,
        ...http,
    };
}
/**
 * The routing with `collect --sli-source sli=source` applied (`*=source` routes every SLI). The
 * target must be able to give the SLI: any jsonl source can; prometheus and github-issues only
 * for SLIs they have queries or labels for. Returns an error message instead of throwing.
 */
function rerouteSources(spec, overrides, slis) {
    const bySli = { ...spec.bySli };
    const list = spec.list.map((s) => ({ ...s, slis: [...s.slis] }));
    for (const [sli, target] of overrides) {
        const ids = sli === '*' ? Object.keys(slis) : [sli];
        if (sli !== '*' && !slis[sli])
            return `unknown SLI "${sli}"; the policy defines: ${Object.keys(slis).join(', ')}`;
        let to = list.find((s) => s.name === target);
        if (!to && target === _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe) {
            to = { name: _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe, type: 'jsonl', slis: [], headers: {}, timeoutMs: _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_MS */ .t1 };
            list.unshift(to);
        }
        if (!to)
            return `unknown source "${target}"; rollout.yaml defines: ${[_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe, ...list.map((s) => s.name).filter((n) => n !== _sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Qe)].join(', ')}`;
        for (const id of ids) {
            const can = to.type === 'jsonl' ||
                (to.type === 'prometheus' && to.queries[id] !== undefined) ||
                (to.type === 'github-issues' && to.searches[id] !== undefined);
            if (!can) {
                if (sli === '*')
                    continue;
                return `source "${target}" has no ${to.type === 'prometheus' ? 'query' : 'label'} for SLI "${id}"; add it under sources.${target}.slis`;
            }
            const from = list.find((s) => s.name === bySli[id]);
            if (from)
                from.slis = from.slis.filter((x) => x !== id);
            if (!to.slis.includes(id))
                to.slis.push(id);
            bySli[id] = to.name;
        }
    }
    return { list, bySli };
}


/***/ }),

/***/ 7732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ DEFAULT_SOURCE),
/* harmony export */   UB: () => (/* binding */ SourcesSection),
/* harmony export */   rV: () => (/* binding */ envRef),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/**
 * The `sources:` section of rollout.yaml: where each SLI's numbers come from. Named sources of
 * three types: `jsonl` (event lines from files, globs or an HTTP export), `prometheus` (any
 * Prometheus-compatible query API) and `github-issues` (a search count per window). An SLI no
 * source claims reads the JSONL events given to `collect --source` (the implicit source
 * "events"), so a policy without this section works as before.
 *
 * Values may hold `${ENV_VAR}` (tokens, passwords, hosts): they are expanded when collecting,
 * never here, so the policy stays pure and secrets stay out of git. Compiled in sources-compile.ts.
 */

const NameId = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[a-z][a-z0-9_-]*$/, 'a lower-case id such as "save_latency" (letters, digits, "_", "-")');
const Duration = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$/, 'a duration with a unit, such as "30s"');
const Text = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
/** `${NAME}`: how the policy refers to an environment variable (a secret). */
const envRef = (name) => `\${${name}}`;
/** The implicit source of SLIs no source claims: `collect --source` files. */
const DEFAULT_SOURCE = 'events';
const DEFAULT_TIMEOUT_MS = 30_000;
const Auth = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ bearer: Text.describe(`token, e.g. "${envRef('PROMETHEUS_TOKEN')}"`) }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        basic: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            username: Text,
            password: Text.describe(`e.g. "${envRef('PROMETHEUS_PASSWORD')}"`),
        }),
    }),
])
    .describe('HTTP authentication: { bearer: token } or { basic: { username, password } }');
const Headers = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    .describe(`extra request headers, e.g. { X-Scope-OrgID: tenant-1 }; values may use ${envRef('ENV_VAR')}`);
const Timeout = Duration.describe('per request: no answer (or no byte of the body) for this long is a retryable failure; default 30s');
const JsonlSource = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('jsonl'),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([Text, zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Text).min(1)])
        .optional()
        .describe('file(s) or glob(s) of event lines; default: what `collect --source` gives'),
    url: Text.optional().describe('an NDJSON export for one window: {from} and {to} are replaced by the window (ISO 8601), {from_ms}/{to_ms} by epoch ms'),
    headers: Headers.optional(),
    auth: Auth.optional(),
    timeout: Timeout.optional(),
    pagination: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('link').describe('follow the `Link: <…>; rel="next"` header'),
        zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            cursor: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
                header: Text.describe('response header holding the next cursor, e.g. X-Next-Cursor'),
                param: Text.describe('query parameter the cursor goes back in, e.g. cursor'),
            }),
        }),
    ])
        .optional(),
    slis: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(NameId)
        .min(1)
        .optional()
        .describe('SLIs this source feeds (mapped from events by `slis:`); default: every SLI no other source claims'),
});
const PromLatency = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    histogram: Text.describe('a classic histogram: metric name and optional labels, e.g. autosave_save_duration_seconds{job="app"}'),
    unit: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['s', 'ms']).default('s').describe('unit of the `le` bounds and of _sum; default s'),
});
const PromLatencyQuery = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    buckets: Text.describe("PromQL giving each `le` bucket's increase over $window, e.g. sum by (le) (…)"),
    sum: Text.optional().describe('PromQL giving the sum of the values over $window'),
    unit: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['s', 'ms']).default('s'),
});
const PromRatio = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    numerator: Text.describe('a counter (name{labels}) or PromQL over $window'),
    denominator: Text.describe('a counter (name{labels}) or PromQL over $window'),
});
const PromCount = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    counter: Text.describe('a counter (name{labels}) or PromQL over $window'),
});
const PrometheusSource = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('prometheus'),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    url: Text.describe('base URL of the query API, e.g. http://prometheus:9090 or https://mimir/prometheus'),
    headers: Headers.optional(),
    auth: Auth.optional(),
    timeout: Timeout.optional(),
    slis: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(NameId, zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([PromLatency, PromLatencyQuery, PromRatio, PromCount]))
        .describe('SLI id → its queries; $window is the window length (e.g. 900s)'),
});
const GithubIssuesSource = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('github-issues'),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    repo: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'a repository as "owner/name"')
        .optional()
        .describe("default: the workflow's repository (GITHUB_REPOSITORY)"),
    token: Text.optional().describe(`default "${envRef('GITHUB_TOKEN')}"`),
    api_url: Text.optional().describe('default: GITHUB_API_URL, else https://api.github.com'),
    timeout: Timeout.optional(),
    slis: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(NameId, zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        label: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([Text, zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Text).min(1)]).describe('label(s) the issues carry, e.g. critical'),
        query: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('more search qualifiers, e.g. "-label:duplicate"'),
    })),
});
const SourcesSection = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(NameId, zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [JsonlSource, PrometheusSource, GithubIssuesSource]))
    .describe('where each SLI comes from; SLIs no source claims read `collect --source` (docs/sources.md)');


/***/ }),

/***/ 2233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/**
 * Quantities in the policy carry their unit ("2.5s", "99.5%", "2h"), so a bare "2.5" is an
 * error instead of a silent guess. Every parser returns a plain number in a base unit:
 * milliseconds for durations and latencies, a fraction (0..1) for percentages.
 */
const DURATION_UNITS_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
const DURATION_RE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/;
const PERCENT_RE = /^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$/;
const COUNT_RE = /^\s*(\d+)\s*$/;
/** "15m" → 900000. Returns undefined when the text is not a number with a duration unit. */
function parseDuration(text) {
    const m = DURATION_RE.exec(text);
    if (!m)
        return undefined;
    return Number(m[1]) * DURATION_UNITS_MS[m[2]];
}
/** "99.5%" → 0.995, "+5%" → 0.05. */
function parsePercent(text) {
    const m = PERCENT_RE.exec(text);
    if (!m)
        return undefined;
    return Number(m[1]) / 100;
}
/** "3" → 3 (whole, non-negative counts only). */
function parseCount(text) {
    const m = COUNT_RE.exec(text);
    return m ? Number(m[1]) : undefined;
}
/** 900000 → "15m", 2500 → "2.5s": the shortest exact spelling, for messages and tables. */
function formatDuration(ms) {
    for (const [unit, size] of [
        ['d', 86_400_000],
        ['h', 3_600_000],
        ['m', 60_000],
    ]) {
        if (ms >= size && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    if (ms >= 1000)
        return `${round(ms / 1000, 3)}s`;
    return `${round(ms, 1)}ms`;
}
function formatPercent(fraction, digits = 2) {
    return `${round(fraction * 100, digits)}%`;
}
function round(x, digits) {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
}


/***/ }),

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ compilePolicyError),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4795);

function at(src, path, message, key) {
    return { position: src.positionOf(path, key), field: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(key ? [...path, key] : path), message };
}
/** A single located error, for checks made outside compilePolicy (e.g. the current-phase file). */
function compilePolicyError(src, path, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn([at(src, path, message)]);
}
/** Parse YAML and check it against a schema, turning every problem into a located issue. */
function validate(src, schema, issues) {
    if (src.syntaxErrors.length) {
        for (const e of src.syntaxErrors)
            issues.push({ position: e.position, field: '', message: e.message });
        return undefined;
    }
    // jitless: each policy file is checked once per process, and zod's compiled fast path costs
    // more to build (new Function per object schema) than it saves on one small object.
    const result = schema.safeParse(src.data ?? {}, { reportInput: true, jitless: true });
    if (result.success)
        return result.data;
    for (const issue of result.error.issues) {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                issues.push({
                    position: src.positionOf(path, key),
                    field: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)([...path, key]),
                    message: `unknown field "${key}"; remove it or check its spelling`,
                });
            }
            continue;
        }
        issues.push({ position: src.positionOf(path), field: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(path), message: describeIssue(issue) });
    }
    return undefined;
}
function describeIssue(issue) {
    if (issue.code === 'invalid_type') {
        return issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}`;
    }
    if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
        const options = [...issue.message.matchAll(/'([^']+)'/g)].map((m) => `"${m[1]}"`);
        const key = 'discriminator' in issue ? String(issue.discriminator) : '';
        const given = issue.input?.[key];
        return given === undefined
            ? `required: one of ${options.join(', ')}`
            : `${JSON.stringify(given)} is not one of ${options.join(', ')}`;
    }
    if (issue.code === 'invalid_format' && issue.input !== undefined) {
        return `${JSON.stringify(issue.input)} is not ${issue.message}`;
    }
    if (issue.code === 'invalid_value') {
        return `${JSON.stringify(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return issue.message;
}


/***/ }),

/***/ 7817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ YamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * YAML parsing that remembers where things are, so every policy error can name the file, line
 * and column of the value at fault.
 */

class YamlSource {
    file;
    data;
    syntaxErrors;
    doc;
    lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    constructor(file, text) {
        this.file = file;
        // Duplicate keys are found here, with one Set per map: the library's own check (uniqueKeys)
        // compares every key with every other, 17 s for a map of 20k keys.
        this.doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
        this.syntaxErrors = [
            ...this.doc.errors.map((e) => ({ position: this.at(e.pos[0]), message: e.message.split('\n')[0] })),
            ...duplicateKeys(this.doc).map((offset) => ({
                position: this.at(offset),
                message: 'Map keys must be unique',
            })),
        ].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
        this.data = this.syntaxErrors.length ? undefined : this.doc.toJS();
    }
    /** Position of the value at `path`, or of its nearest ancestor that exists. */
    positionOf(path, key) {
        let node = this.doc.contents;
        let best = node;
        for (const seg of path) {
            const child = this.childOf(node, seg);
            if (!child)
                break;
            node = child.value;
            best = child.value ?? child.key ?? best;
        }
        if (key !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = this.keysOf(node).get(key);
            if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.range)
                return this.at(pair.key.range[0]);
        }
        return this.at(best?.range?.[0] ?? 0);
    }
    /**
     * A map's pairs by key, built once per map: looking each of 20k unknown keys up by a scan of
     * the map made `validate` quadratic (23 s).
     */
    keyIndex = new WeakMap();
    keysOf(map) {
        let index = this.keyIndex.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                    continue;
                const k = String(p.key.value);
                if (!index.has(k))
                    index.set(k, p);
            }
            this.keyIndex.set(map, index);
        }
        return index;
    }
    childOf(node, seg) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = this.keysOf(node).get(String(seg));
            return pair ? { key: pair.key, value: pair.value } : undefined;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            return item === undefined ? undefined : { value: item };
        }
        return undefined;
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
}
/** Offsets of the keys that repeat an earlier key of the same map, in one pass. */
function duplicateKeys(doc) {
    const out = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const p of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                    continue;
                const k = `${typeof p.key.value}:${String(p.key.value)}`;
                if (seen.has(k))
                    out.push(p.key.range?.[0] ?? 0);
                else
                    seen.add(k);
            }
        },
    });
    return out;
}


/***/ }),

/***/ 7236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ parseCurrent),
/* harmony export */   Sd: () => (/* binding */ flagDrift),
/* harmony export */   YM: () => (/* binding */ renderCurrent),
/* harmony export */   dM: () => (/* binding */ namedPhase),
/* harmony export */   oT: () => (/* binding */ startedAfter)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4795);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4139);
/* harmony import */ var _policy_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7766);
/* harmony import */ var _policy_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7817);
/**
 * The current-phase file (`phases/current.yaml`): which phase is live, since when, and the flag
 * values the application reads. A phase change is an edit of this one file, so that is all a
 * phase-change pull request carries.
 */






/** Parse and check the current-phase file against the policy. */
function parseCurrent(file, text, policy) {
    const issues = [];
    const src = new _policy_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .YamlSource */ .r(file, text);
    const data = (0,_policy_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validate */ .t)(src, _policy_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CurrentFile */ .w1, issues);
    if (!data)
        throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .pn(issues);
    if (data.rollout !== policy.rollout) {
        throw (0,_policy_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .compilePolicyError */ .C)(src, ['rollout'], `"${data.rollout}" is not this policy's rollout "${policy.rollout}" (rollout.yaml); fix the name or the folder`);
    }
    if (!(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, data.phase)) {
        throw (0,_policy_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .compilePolicyError */ .C)(src, ['phase'], `unknown phase "${data.phase}"; valid phases: ${(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseIds */ .ab)(policy).join(', ')}`);
    }
    return {
        rollout: data.rollout,
        phase: data.phase,
        since: Date.parse(data.since),
        flags: data.flags,
        reason: data.reason,
        entered: data.entered,
        ...(data.started !== undefined && { started: Date.parse(data.started) }),
    };
}
/**
 * The rollout start a phase change from `live` to `to` at `at` writes: carried once known; set on
 * leaving the first phase; otherwise (a current.yaml written before it was recorded) the live
 * phase's start, the latest the rollout can have begun, so it stops moving from then on.
 */
function startedAfter(policy, live, to, at) {
    if (live.started !== undefined)
        return live.started;
    if (to === live.phase)
        return undefined;
    return live.phase === policy.phases[0]?.id ? at : live.since;
}
/**
 * The phase a current.yaml someone else wrote names (a PR's head, the commit before a push), or
 * null when it is no readable current.yaml of this policy: what it proposes is then unknown.
 */
function namedPhase(text, policy) {
    if (text === null)
        return null;
    try {
        return parseCurrent('current.yaml', text, policy).phase;
    }
    catch {
        return null;
    }
}
/** The file a phase change writes: the target phase, when it began, and its flag values. */
function renderCurrent(policy, phase, since, note = {}) {
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, phase);
    if (!spec)
        throw new Error(`unknown phase "${phase}"; valid phases: ${(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseIds */ .ab)(policy).join(', ')}`);
    const body = {
        rollout: policy.rollout,
        phase,
        since: new Date(since).toISOString(),
        ...(note.started !== undefined && { started: new Date(note.started).toISOString() }),
        flags: spec.flags,
    };
    if (note.reason)
        body.reason = note.reason;
    if (note.entered)
        body.entered = note.entered;
    return ('# The live phase of this rollout and the flag values the application reads.\n' +
        '# phasegate rewrites this file; a phase change is a pull request that edits it.\n' +
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(body, { lineWidth: 0 }));
}
/**
 * Flags in the current-phase file that differ from what its phase declares: the application
 * would run with values no phase file says. Empty when they agree.
 */
function flagDrift(policy, current) {
    const declared = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, current.phase)?.flags ?? {};
    const keys = [...new Set([...Object.keys(declared), ...Object.keys(current.flags)])].sort();
    return keys
        .filter((k) => declared[k] !== current.flags[k])
        .map((k) => `${k} is ${JSON.stringify(current.flags[k])}, ${current.phase} declares ${JSON.stringify(declared[k])}`);
}


/***/ }),

/***/ 6737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   n8: () => (/* binding */ loadCurrent),
/* harmony export */   yD: () => (/* binding */ loadPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _holidays_date_holidays_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7999);
/* harmony import */ var _policy_compile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(381);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4795);
/* harmony import */ var _rollout_current_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7236);
/**
 * The working-tree adapter for the policy: reads `phases/` from disk and hands the text to the
 * pure compiler. The Action reads the same files from its checkout.
 */






/**
 * Read and compile the policy folder. Throws PolicyError (located) or a plain Error naming the
 * folder. Files are named in messages as `shown` (default: relative to the working directory).
 */
function loadPolicyDir(dir, shown = displayPath(dir)) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new Error(`policy folder "${dir}" not found; pass --config <dir> with rollout.yaml and one YAML file per phase`);
    }
    const files = {};
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
        if (name.endsWith('.yaml') || name.endsWith('.yml'))
            files[name] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8');
    }
    const policy = (0,_holidays_date_holidays_js__WEBPACK_IMPORTED_MODULE_2__/* .withPublicHolidays */ .NI)((0,_policy_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .compilePolicy */ .C_)({ dir: shown, files }));
    return { policy, dir, currentPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _policy_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .CURRENT_FILE */ .di) };
}
/** Read the current-phase file; undefined when it does not exist yet. */
function loadCurrent(loaded) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(loaded.currentPath))
        return undefined;
    return (0,_rollout_current_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCurrent */ .BG)(displayPath(loaded.currentPath), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(loaded.currentPath, 'utf8'), loaded.policy);
}
function displayPath(p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), p);
    return rel && !rel.startsWith('..') ? rel : p;
}



/***/ })

};
