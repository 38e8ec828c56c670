export const id = 993;
export const ids = [993];
export const modules = {

/***/ 2993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatchEach: () => (/* binding */ dispatchEach),
  listRollouts: () => (/* binding */ listRollouts),
  rolloutsFailure: () => (/* binding */ rolloutsFailure)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/render/markers.ts
var markers = __webpack_require__(6327);
;// CONCATENATED MODULE: ./src/render/rollouts-index.ts
/**
 * The rollouts' index issue of a repository with many rollouts: one row per rollout (its phase,
 * the decision, its open phase PRs, a link to its own dashboard issue), so a release team sees
 * every rollout on one pinned page and follows the one it owns on its dashboard.
 */
const INDEX_MARKER = '<!-- phasegate:rollouts -->';
const INDEX_TITLE = 'phasegate: rollouts';
/** No time in the body: a run that changed nothing leaves the issue alone. */
function renderRolloutsIndex(rows) {
    const cell = (s) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
    const lines = rows.map((r) => {
        const dashboard = r.dashboard ? `[#${r.dashboard.number}](${r.dashboard.url})` : '—';
        const proposals = r.proposals.length
            ? r.proposals.map((p) => `[#${p.number}](${p.url})`).join(', ')
            : 'none';
        const decision = r.error
            ? `⚠️ the run failed: ${cell(r.error).slice(0, 300)}`
            : `${r.decision ?? '—'}${r.reason ? `: ${cell(r.reason).slice(0, 200)}` : ''}`;
        return `| ${r.rollout} | ${r.phase ?? '—'} | ${decision} | ${proposals} | ${dashboard} |`;
    });
    const failed = rows.filter((r) => r.error).length;
    return [
        INDEX_MARKER,
        `## ${INDEX_TITLE}`,
        '',
        `${rows.length} rollouts${failed ? `, ${failed} of which failed their last run` : ''}; the scheduled run's status step keeps this table. Each rollout's dashboard issue has its SLOs, charts and decisions.`,
        '',
        '| Rollout | Phase | Decision | Open phase PRs | Dashboard |',
        '|---|---|---|---|---|',
        ...lines,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/worktree/rollouts.ts
var rollouts = __webpack_require__(7855);
// EXTERNAL MODULE: ./src/action/dispatch.ts
var dispatch = __webpack_require__(7674);
;// CONCATENATED MODULE: ./src/action/each.ts
/**
 * One Action command over the rollouts of the policy folder (src/worktree/rollouts.ts). The
 * single layout runs the command once, as before. With many rollouts each selected one runs in
 * turn, on the context narrowed to its policy and records folders, its log lines prefixed with its
 * name; one that fails does not stop the others (the entry fails the step at the end, naming it).
 *
 * Which rollouts a command is about: the `rollout` input when given; otherwise a gate the ones
 * whose current.yaml the PR changes (and the one its phasegate/<rollout>/ branch names), an apply
 * the ones whose current.yaml the push changed, a rollback must be told, and every other command
 * runs every rollout. After a status run over all of them, the rollouts' index issue lists each.
 *
 * The workflows run one job per rollout (a matrix over `list`, each job in its rollout's
 * concurrency group), so no job sees all of them but `index`, which runs after them: it evaluates
 * every rollout, writing nothing, and updates the index issue alone.
 */








/** The error a step ends with when rollouts failed (after all ran), naming each; null when none did. */
function rolloutsFailure(runs) {
    const failed = runs.filter((r) => r.error);
    if (!failed.length)
        return null;
    return new Error(`${failed.length} of ${runs.length} rollouts failed: ${failed.map((r) => `${r.rollout} (${r.error.message})`).join('; ')}`);
}
async function dispatchEach(command, ctx, inputs, event, o = {}) {
    const layout = (0,rollouts/* findRollouts */.SG)(ctx.workspace.root, ctx.config, ctx.records);
    if (layout.kind === 'single') {
        (0,rollouts/* selectRollouts */.JT)(layout, inputs.rollout, 'input "rollout"');
        if (command === 'index') {
            ctx.log.info(`one rollout in ${ctx.config}/: its dashboard issue is the only one, there is no index`);
            return { layout: 'single', runs: [] };
        }
        const result = await (0,dispatch/* dispatch */.JD)(command, ctx, inputs, event, o);
        return {
            layout: 'single',
            runs: [{ rollout: result.facts.policy.rollout, result }],
            report: o.reportPath,
        };
    }
    const chosen = await rolloutsFor(command, ctx, layout, inputs.rollout, event);
    const reports = o.reportPath?.replace(/\.html$/, '');
    if (reports)
        (0,external_node_fs_.mkdirSync)(reports, { recursive: true });
    const runs = [];
    const each = command === 'index' ? 'evaluate' : command;
    for (const r of chosen) {
        const log = {
            info: (line) => ctx.log.info(`[${r.name}] ${line}`),
            warn: (line) => ctx.log.warn(`[${r.name}] ${line}`),
        };
        // The index issue is the pinned one: a repository pins at most 3 issues.
        const sub = { ...ctx, config: r.config, records: r.records, log, pinDashboard: false };
        const reportPath = reports ? (0,external_node_path_.join)(reports, `${r.name}.html`) : undefined;
        try {
            runs.push({ rollout: r.name, result: await (0,dispatch/* dispatch */.JD)(each, sub, inputs, event, { reportPath }) });
        }
        catch (err) {
            const error = err instanceof Error ? err : new Error(String(err));
            log.warn(`failed: ${error.message}`);
            runs.push({ rollout: r.name, error });
        }
    }
    const all = chosen.length === layout.rollouts.length;
    if ((command === 'status' || command === 'index') && all)
        await upsertIndex(ctx, runs);
    return { layout: 'multi', runs, report: reports };
}
/**
 * The names of the rollouts the command `forCommand` (the input "for-command"; empty: evaluate)
 * would run for on this event (the `list` command's `rollouts` output): what a workflow's matrix
 * runs, one job per rollout. The single layout's is rollout.yaml's `rollout:`, the same on every
 * event.
 */
async function listRollouts(forCommand, ctx, selector, event) {
    const command = (0,input/* oneOf */.yL)(forCommand || 'evaluate', dispatch/* ROLLOUT_COMMANDS */.HL, 'input "for-command"');
    const layout = (0,rollouts/* findRollouts */.SG)(ctx.workspace.root, ctx.config, ctx.records);
    if (layout.kind === 'single')
        return (0,rollouts/* selectRollouts */.JT)(layout, selector, 'input "rollout"').map((r) => r.name);
    return (await rolloutsFor(command, ctx, layout, selector, event)).map((r) => r.name);
}
async function rolloutsFor(command, ctx, layout, selector, event) {
    if (selector)
        return (0,rollouts/* selectRollouts */.JT)(layout, selector, 'input "rollout"');
    const names = layout.rollouts.map((r) => r.name).join(', ');
    if (command === 'rollback')
        throw new input/* InputError */.dz(`input "rollout" is required to roll back when ${ctx.config}/ holds many rollouts: name one of ${names}`);
    if (command === 'gate')
        return gated(ctx, layout, event);
    if (command === 'apply')
        return applied(ctx, layout, event);
    return layout.rollouts;
}
/**
 * The rollouts a PR is about: those whose current.yaml it changes, then the one its phasegate
 * branch names (last, so the verdict on phasegate's own proposal is the status that stays). The
 * checkout is the PR's merge, written by its author, so only rollouts the base branch holds count
 * (the gate reads their rules from there). A PR about none, such as one adding a rollout, is
 * judged by a rollout of the base branch: "not a phase change", green.
 */
async function gated(ctx, layout, event) {
    const pr = event.payload.pull_request ?? event.payload.issue;
    if (!pr?.number)
        return layout.rollouts.slice(0, 1); // dispatch says which events the gate takes
    const files = new Set(await ctx.forge.pullFiles(pr.number));
    const branch = pr.head?.ref ?? (await ctx.forge.getPull(pr.number)).headRef;
    const named = /^phasegate\/([^/]+)\//.exec(branch)?.[1];
    const changed = layout.rollouts.filter((r) => files.has(`${r.config}/current.yaml`) && r.name !== named);
    const own = layout.rollouts.filter((r) => r.name === named);
    const base = await ctx.forge.defaultBranch();
    const onBase = async (r) => (await ctx.forge.readFile(`${r.config}/rollout.yaml`, base)) !== null;
    const chosen = [];
    for (const r of [...changed, ...own])
        if (await onBase(r))
            chosen.push(r);
    if (chosen.length)
        return chosen;
    for (const r of layout.rollouts)
        if (await onBase(r))
            return [r];
    return layout.rollouts.slice(0, 1);
}
/** The rollouts whose current.yaml the push changed (every one when it created the branch). */
async function applied(ctx, layout, event) {
    const before = event.payload.before;
    const moved = before && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before);
    const out = [];
    for (const r of layout.rollouts) {
        const file = `${r.config}/current.yaml`;
        const now = ctx.workspace.read(file);
        if (now === undefined)
            continue;
        if (!moved || (await ctx.forge.readFile(file, before)) !== now)
            out.push(r);
    }
    if (!out.length)
        ctx.log.info(`the push changes no rollout's current.yaml under ${ctx.config}/: nothing to apply`);
    return out;
}
/** The rollouts' index issue: opened and pinned once, then updated when a row changed. */
async function upsertIndex(ctx, runs) {
    const me = (await ctx.forge.identity()).toLowerCase();
    const ours = (await ctx.forge.findIssues(names/* DASHBOARD_LABEL */.up)).filter((i) => i.author.toLowerCase() === me);
    const body = renderRolloutsIndex(runs.map((run) => indexRow(run, ours)));
    const index = ours.find((i) => i.body.startsWith(INDEX_MARKER));
    if (ctx.dryRun) {
        ctx.log.info(`dry run: would ${index ? `update the rollouts' index issue #${index.number}` : 'open it'}`);
        return;
    }
    if (index) {
        if (index.body === body)
            return;
        await ctx.forge.updateIssue(index.number, { body });
        ctx.log.info(`updated the rollouts' index issue #${index.number}`);
        return;
    }
    const made = await ctx.forge.createIssue({
        title: INDEX_TITLE,
        body,
        labels: [names/* DASHBOARD_LABEL */.up],
        assignees: [],
    });
    try {
        await ctx.forge.pinIssue(made.number);
        ctx.log.info(`opened and pinned the rollouts' index issue #${made.number}`);
    }
    catch (err) {
        ctx.log.warn(`opened the rollouts' index issue #${made.number} but could not pin it: ${err instanceof Error ? err.message : String(err)}`);
    }
}
function indexRow(run, issues) {
    const dashboard = issues.find((i) => (0,markers/* parseDashboardMarker */.Ao)(i.body, run.rollout) !== null);
    const row = {
        rollout: run.rollout,
        proposals: [],
        dashboard: dashboard && { number: dashboard.number, url: dashboard.url },
    };
    if (!run.result)
        return { ...row, error: run.error?.message ?? 'unknown' };
    const ev = run.result.plan.evaluation;
    const d = ev.decision;
    const facts = run.result.passes.at(-1).facts;
    return {
        ...row,
        phase: ev.phase,
        decision: d.to ? `${d.action} → ${d.to}` : d.action,
        reason: d.reasons[0],
        proposals: facts.pulls
            .filter((p) => (0,markers/* parseProposalMarker */.aW)(p.body)?.rollout === run.rollout)
            .map((p) => ({ number: p.number, url: p.url, title: p.title })),
    };
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WQ: () => (/* binding */ NEEDS_MERGE_LABEL),
/* harmony export */   eH: () => (/* binding */ PHASEGATE_LABEL),
/* harmony export */   j: () => (/* binding */ STATUS_CONTEXT),
/* harmony export */   tl: () => (/* binding */ APPLIED_LABEL),
/* harmony export */   up: () => (/* binding */ DASHBOARD_LABEL),
/* harmony export */   y4: () => (/* binding */ RCA_LABEL)
/* harmony export */ });
/** The names phasegate leaves on GitHub, found again by the next run. */
/** Every PR and issue phasegate opens carries this label. */
const PHASEGATE_LABEL = 'phasegate';
/** A merged phase change whose notifications went out. */
const APPLIED_LABEL = 'phasegate:applied';
/** A rollback GitHub would not let phasegate merge (branch protection): people were told once. */
const NEEDS_MERGE_LABEL = 'phasegate:needs-merge';
/** Root-cause-analysis issues opened after a rollback. */
const RCA_LABEL = 'phasegate:rca';
/** The rollout's dashboard issue. */
const DASHBOARD_LABEL = 'phasegate:dashboard';
/** The commit status of the gate: the required check on phase PRs. */
const STATUS_CONTEXT = 'phasegate/verdict';


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ parseDashboardMarker),
/* harmony export */   KC: () => (/* binding */ parseRcaMarker),
/* harmony export */   O7: () => (/* binding */ hasVerdictMarker),
/* harmony export */   TM: () => (/* binding */ rcaMarker),
/* harmony export */   VC: () => (/* binding */ proposalMarker),
/* harmony export */   XN: () => (/* binding */ dashboardMarker),
/* harmony export */   Xb: () => (/* binding */ dashboardMarkerPrefix),
/* harmony export */   aW: () => (/* binding */ parseProposalMarker),
/* harmony export */   eG: () => (/* binding */ verdictMarker),
/* harmony export */   iU: () => (/* binding */ dailyMarker)
/* harmony export */ });
/* unused harmony exports PROPOSAL_KINDS, parseDailyMarker */
/**
 * Hidden markers (HTML comments) that let phasegate find what it posted and read its state back
 * from the text itself, as release-please does with its PR bodies: no database, the forge is the
 * state. Anyone can paste a marker, so callers also check the author; parsers here only read,
 * and return null for anything they do not recognise instead of throwing.
 *
 *   <!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":"A-0","to":"A-1"} -->
 *   <!-- phasegate:verdict autosave -->
 *   <!-- phasegate:dashboard autosave {"lastDaily":"2026-11-20"} -->
 *   <!-- phasegate:daily autosave 2026-11-20 -->
 *   <!-- phasegate:rca autosave 42 -->          (or a token for a rollback pushed without a PR)
 */
const PROPOSAL_KINDS = ['advance', 'rollback', 'restart'];
const TOKEN = /^[A-Za-z0-9._-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** JSON that cannot end the comment early: `<` and `>` as \u escapes (JSON.parse reads them back). */
function commentJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
function token(name, value) {
    if (!TOKEN.test(value))
        throw new Error(`marker ${name} "${value}" must be letters, digits, ".", "_" or "-"`);
    return value;
}
function escapeRe(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isRecord(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function proposalMarker(state) {
    const { rollout, kind, from, to } = state;
    return `<!-- phasegate:proposal ${commentJson({ rollout, kind, from, to })} -->`;
}
/** The first proposal marker in a body, or null (no marker, bad JSON, missing or odd fields). */
function parseProposalMarker(body) {
    for (const m of (body ?? '').matchAll(/<!-- phasegate:proposal (\{[^\n]*?\}) -->/g)) {
        const data = parseJson(m[1]);
        if (!isRecord(data))
            continue;
        const { rollout, kind, from, to } = data;
        const fields = [rollout, from, to];
        if (!fields.every((f) => typeof f === 'string' && TOKEN.test(f)))
            continue;
        if (!PROPOSAL_KINDS.includes(kind))
            continue;
        return { rollout, kind, from, to };
    }
    return null;
}
function verdictMarker(rollout) {
    return `<!-- phasegate:verdict ${token('rollout', rollout)} -->`;
}
/** Whether a comment body carries the sticky verdict marker of this rollout. */
function hasVerdictMarker(body, rollout) {
    return (body ?? '').includes(verdictMarker(rollout));
}
/** The start of the dashboard marker of a rollout: what finds the issue, whatever its state. */
function dashboardMarkerPrefix(rollout) {
    return `<!-- phasegate:dashboard ${token('rollout', rollout)} `;
}
function dashboardMarker(rollout, state) {
    const json = { lastDaily: state.lastDaily, ...(state.lastAlert && { lastAlert: state.lastAlert }) };
    return `<!-- phasegate:dashboard ${token('rollout', rollout)} ${commentJson(json)} -->`;
}
/**
 * The dashboard state of this rollout: null when the body has no dashboard marker for it; a
 * marker whose JSON is unreadable yields `{ lastDaily: null }` (the issue is still ours, and
 * posting a daily comment again is better than never posting one).
 */
function parseDashboardMarker(body, rollout) {
    const re = new RegExp(`<!-- phasegate:dashboard ${escapeRe(rollout)}(?: ([^\\n]*?))? -->`);
    const m = re.exec(body ?? '');
    if (!m)
        return null;
    const data = parseJson(m[1] ?? '');
    const date = (key) => {
        const value = isRecord(data) ? data[key] : undefined;
        return typeof value === 'string' && DATE.test(value) ? value : null;
    };
    return { lastDaily: date('lastDaily'), lastAlert: date('lastAlert') };
}
function dailyMarker(rollout, date) {
    if (!DATE.test(date))
        throw new Error(`daily marker date "${date}" must be YYYY-MM-DD`);
    return `<!-- phasegate:daily ${token('rollout', rollout)} ${date} -->`;
}
function parseDailyMarker(body) {
    const m = /<!-- phasegate:daily ([A-Za-z0-9._-]+) (\d{4}-\d{2}-\d{2}) -->/.exec(body ?? '');
    return m ? { rollout: m[1], date: m[2] } : null;
}
/**
 * The RCA issue of one rollback: `id` is the rollback PR's number, or for a rollback pushed
 * without a PR a token naming it (from, to and when: "A-1.A-0.20261117T1107Z").
 */
function rcaMarker(rollout, id) {
    if (typeof id === 'number' && (!Number.isSafeInteger(id) || id <= 0))
        throw new Error(`RCA marker PR number ${id} must be a positive integer`);
    return `<!-- phasegate:rca ${token('rollout', rollout)} ${token('id', String(id))} -->`;
}
/** The rollout and rollback id of an RCA marker ("17" for PR #17), or null. */
function parseRcaMarker(body) {
    const m = /<!-- phasegate:rca ([A-Za-z0-9._-]+) ([A-Za-z0-9._-]{1,80}) -->/.exec(body ?? '');
    if (!m || m[2] === '0' || /^0\d*$/.test(m[2]))
        return null;
    return { rollout: m[1], id: m[2] };
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ selectRollouts),
/* harmony export */   SG: () => (/* binding */ findRollouts)
/* harmony export */ });
/* unused harmony export rolloutRecords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3599);
/**
 * The rollouts a policy folder holds. `phases/rollout.yaml` present: one rollout, the folder itself
 * (the single layout). Otherwise every subfolder `phases/<name>/` with a rollout.yaml is one
 * rollout, named by its folder (the many-rollouts layout); its window records live in their own
 * folder, `reports/<name>/monitoring` for the records input `reports/monitoring`, because two
 * rollouts judge the same telemetry through different SLI definitions.
 */




/** The rollouts under `config` (relative to `root`); `records` is the records input. */
function findRollouts(root, config, records) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, config);
    // A missing folder is the single layout's: loading it says "not found" with the fix.
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'rollout.yaml')))
        return { kind: 'single', rollouts: [{ name: declaredName(dir) ?? '', config, records }] };
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name, 'rollout.yaml')))
        .map((e) => e.name)
        .sort();
    if (!names.length)
        throw new _input_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`policy folder "${config}" holds no rollout.yaml, and no subfolder of it does: put one rollout's files in ${config}/, or one folder per rollout (${config}/<rollout>/rollout.yaml)`);
    return {
        kind: 'multi',
        rollouts: names.map((name) => {
            const declared = declaredName((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
            if (declared !== undefined && declared !== name)
                throw new _input_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${config}/${name}/rollout.yaml: rollout: "${declared}" differs from its folder's name; with one folder per rollout the folder names the rollout: set rollout: ${name}, or rename the folder`);
            return { name, config: `${config}/${name}`, records: rolloutRecords(records, name) };
        }),
    };
}
/** A rollout's records folder in the many-rollouts layout: `reports/monitoring` → `reports/<name>/monitoring`. */
function rolloutRecords(records, name) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(records);
    return parent === '.' ? `${name}/${records}` : `${parent}/${name}/${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(records)}`;
}
/** The rollouts `selector` names: every one when empty, else the one of that name. */
function selectRollouts(layout, selector, flag) {
    if (!selector)
        return layout.rollouts;
    const found = layout.rollouts.find((r) => r.name === selector || (layout.kind === 'single' && !r.name));
    if (found)
        return [found];
    throw new _input_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${flag}: no rollout "${selector}"; ${layout.kind === 'single' ? 'the policy folder holds' : 'there are'} ${layout.rollouts.map((r) => r.name).join(', ')}`);
}
/** rollout.yaml's `rollout:` when it is a string; the compiler reports anything else. */
function declaredName(dir) {
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'rollout.yaml'), 'utf8'));
        return typeof doc?.rollout === 'string' ? doc.rollout : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
