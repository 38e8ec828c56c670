export const id = 799;
export const ids = [799];
export const modules = {

/***/ 383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionOutputs: () => (/* binding */ actionOutputs),
  actionSummary: () => (/* binding */ actionSummary),
  rolloutsOutput: () => (/* binding */ rolloutsOutput)
});

// EXTERNAL MODULE: ./src/plan/charts.ts
var charts = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/render/chart.ts
var chart = __webpack_require__(2556);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/limits.ts
var limits = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/render/verdict.ts
var verdict = __webpack_require__(1165);
;// CONCATENATED MODULE: ./src/render/summary.ts




const LIMIT = 'the 1 MiB job summary limit';
function renderJobSummary(input) {
    const { policy, evaluation: ev } = input;
    const did = input.lines.length
        ? input.lines.map((l) => `- ${(0,limits/* escapeHtml */.ZD)(l)}`).join('\n')
        : '- Nothing to do.';
    const charts = input.charts?.length
        ? (0,chart/* renderChartsMarkdown */.Rm)(input.charts, { timezone: policy.timezone })
        : '';
    const parts = [
        {
            text: `## phasegate ${(0,limits/* escapeHtml */.ZD)(input.command)}: ${(0,limits/* escapeHtml */.ZD)(policy.rollout)}${input.dryRun ? ' (dry run: nothing was written)' : ''}\n\nFinished ${(0,format/* formatInstant */.r4)(input.at)}.`,
        },
        { text: `### What this run did\n\n${did}`, cut: true },
        ...(ev
            ? [{ text: (0,limits/* escapeHtml */.ZD)((0,verdict/* renderVerdictMarkdown */.d1)(policy, ev, input.records).trimEnd()), cut: true }]
            : []),
        ...(charts
            ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` } }]
            : []),
    ];
    return `${(0,limits/* fitParts */.u5)(parts, { max: limits/* SUMMARY_MAX_BYTES */.eR, measure: limits/* utf8Bytes */.dy, limitText: LIMIT })}\n`;
}

;// CONCATENATED MODULE: ./src/action/outputs.ts




function actionOutputs(result) {
    const ev = result.plan.evaluation;
    const pr = pullOf(result);
    return {
        phase: ev.phase,
        decision: ev.decision.action,
        'target-phase': ev.decision.to ?? '',
        'verdict-json': JSON.stringify((0,verdict/* verdictJson */.Gq)(result.facts.policy, ev, result.facts.records)),
        'pr-number': pr === undefined ? '' : String(pr),
    };
}
/** The `rollouts-json` output: each rollout's phase, decision, target phase and PR, or its error. */
function rolloutsOutput(runs) {
    return runs.map(({ rollout, result, error }) => {
        if (!result)
            return { rollout, error: error?.message ?? 'unknown' };
        const o = actionOutputs(result);
        return {
            rollout,
            phase: o.phase,
            decision: o.decision,
            'target-phase': o['target-phase'],
            'pr-number': o['pr-number'],
        };
    });
}
/** The PR the run is about: the one it opened, updated or merged, else the gate's. */
function pullOf(result) {
    for (const pass of result.passes) {
        for (const [k, i] of pass.plan.intents.entries()) {
            if (i.type === 'update-proposal' || i.type === 'merge')
                return i.pr;
            const opened = pass.outcomes[k]?.number;
            if (i.type === 'open-proposal' && opened !== undefined)
                return opened;
        }
    }
    const t = result.facts.trigger;
    return t.command === 'gate' ? t.pr : undefined;
}
const HOUR = 3_600_000;
/** The job summary: what the run did, its verdict and the last 6 h of the live phase as Mermaid. */
function actionSummary(command, dryRun, result) {
    const { facts, plan } = result;
    const ev = plan.evaluation;
    const phase = (0,model/* phaseById */.K6)(facts.policy, ev.phase);
    return renderJobSummary({
        policy: facts.policy,
        command,
        evaluation: ev,
        lines: result.lines,
        at: facts.now,
        dryRun,
        records: facts.records,
        charts: (0,charts/* recentSeries */.t)({ policy: facts.policy, phase, evaluation: ev, records: facts.records }, 6 * HOUR),
    });
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


/***/ })

};
