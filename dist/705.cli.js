export const id = 705;
export const ids = [705];
export const modules = {

/***/ 3705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/doctor/check.ts
const ok = (subject, detail) => ({ status: 'ok', subject, detail });
const problem = (subject, detail, fix) => ({
    status: 'problem',
    subject,
    detail,
    fix,
});
const skip = (subject, detail) => ({ status: 'skip', subject, detail });
const LABEL = { ok: 'ok      ', problem: 'problem ', skip: 'skipped ' };
function formatCheck(c) {
    return `${LABEL[c.status]} ${c.subject}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/telemetry/classify.ts + 2 modules
var classify = __webpack_require__(9036);
// EXTERNAL MODULE: ./src/telemetry/collect.ts + 3 modules
var collect = __webpack_require__(870);
// EXTERNAL MODULE: ./src/telemetry/line-class.ts
var line_class = __webpack_require__(8288);
// EXTERNAL MODULE: ./src/telemetry/plan.ts
var plan = __webpack_require__(9952);
// EXTERNAL MODULE: ./src/telemetry/record.ts
var record = __webpack_require__(4014);
// EXTERNAL MODULE: ./src/telemetry/sources/jsonl.ts + 4 modules
var jsonl = __webpack_require__(292);
// EXTERNAL MODULE: ./src/telemetry/sources/read-error.ts
var read_error = __webpack_require__(8939);
// EXTERNAL MODULE: ./src/telemetry/sources/sniff.ts
var sniff = __webpack_require__(1762);
;// CONCATENATED MODULE: ./src/doctor/events.ts
/**
 * `doctor`'s look at the telemetry: the events glob matches files, and a sample of them (the
 * first MiB of the newest three) goes through the collector `collect` uses, counted per SLI. An
 * SLI judged on rates or latencies with no valid event in the sample is a problem: the event
 * name or field in rollout.yaml does not match the events, and every verdict would be no data.
 */












const SAMPLE_BYTES = 1 << 20;
const SAMPLE_FILES = 3;
const MAX_SPAN_MS = 7 * 86_400_000;
/** SLI ids that read JSONL events, by the glob they read (the events glob: `undefined`). */
function eventSlis(policy) {
    const by = new Map();
    for (const source of policy.sources.list) {
        if (source.type !== 'jsonl' || source.url)
            continue;
        for (const glob of source.files ?? [undefined])
            by.set(glob, [...(by.get(glob) ?? []), ...source.slis]);
    }
    return by;
}
async function eventChecks(i) {
    const checks = [];
    const elsewhere = i.policy.sources.list.filter((s) => s.type !== 'jsonl' || s.url);
    if (elsewhere.length) {
        const names = elsewhere.map((s) => `${s.slis.join(', ')} from ${s.type} source "${s.name}"`);
        checks.push(ok('sources', `${names.join('; ')}: not checked offline.`));
    }
    for (const [own, slis] of eventSlis(i.policy)) {
        const glob = own ?? i.glob;
        const from = own ? `rollout.yaml sources` : i.from;
        if (glob === undefined) {
            checks.push(problem('events', `${slis.join(', ')} read the events of collect's events: input, which doctor cannot read (${from}).`, 'pass --events <glob> to doctor.'));
            continue;
        }
        let files;
        try {
            files = await (0,jsonl/* resolveSourceFiles */.V6)(glob, i.root);
        }
        catch (e) {
            if (!(e instanceof read_error/* TelemetrySourceError */.r))
                throw e;
            checks.push(problem('events', `${glob} (${from}) matches no file: collect fails until events are there.`, `put the events there before collect runs (rollout.yml's "Fetch telemetry events" step), or pass --events <glob> (${i.doc}#2-the-workflows).`));
            continue;
        }
        checks.push(ok('events', `${glob} (${from}) matches ${files.length} file(s).`));
        checks.push(await sampleCheck(i, files, slis));
    }
    return checks;
}
async function readSample(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const buf = external_node_buffer_.Buffer.alloc(SAMPLE_BYTES);
        const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0);
        const whole = bytesRead < SAMPLE_BYTES;
        const bad = (0,sniff/* unreadableReason */.Q)(buf.subarray(0, bytesRead), whole);
        if (bad)
            return { file, ...bad };
        const end = whole ? bytesRead : buf.lastIndexOf(0x0a, bytesRead - 1) + 1;
        return { file, text: buf.subarray(0, end) };
    }
    finally {
        await fh.close();
    }
}
/** The span of the sample's timestamps, on window boundaries (at most a week, from the first). */
function span(policy, text) {
    const parser = new classify/* LineParser */.W((0,plan/* compilePlan */.vN)(policy.slis, (0,plan/* latencyThresholds */.rP)(policy)));
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let s = 0;
    while (s < text.length) {
        let e = text.indexOf(0x0a, s);
        if (e < 0)
            e = text.length;
        const cls = parser.classify(text, s, e);
        if (cls === line_class/* LINE_EVENT */.Wy || cls === line_class/* LINE_UNKNOWN */.Of) {
            min = Math.min(min, parser.ts);
            max = Math.max(max, parser.ts);
        }
        s = e + 1;
    }
    if (min > max)
        return undefined;
    const w = policy.windowMs;
    const from = Math.floor(min / w) * w;
    return { from, to: Math.min(Math.floor(max / w) * w + w, from + MAX_SPAN_MS) };
}
async function sampleCheck(i, files, slis) {
    const shown = (f) => (0,external_node_path_.relative)(i.root, f) || f;
    const perSli = new Map(slis.map((id) => [id, 0]));
    const counts = { lines: 0, events: 0, malformed: 0, invalid: 0, unknown: 0, outside: 0 };
    const sampled = [];
    for (const file of files.slice(-SAMPLE_FILES)) {
        const sample = await readSample(file);
        if (!('text' in sample))
            return problem('events sample', `${shown(file)} ${sample.why}.`, `${sample.fix}.`);
        sampled.push(shown(file));
        const range = span(i.policy, sample.text);
        if (!range) {
            counts.lines += sample.text
                .toString('utf8')
                .split('\n')
                .filter((l) => l.trim()).length;
            continue;
        }
        const result = (0,collect/* collectTexts */.$E)([{ source: file, text: sample.text }], { policy: i.policy, ...range });
        counts.lines += result.stats.lines;
        counts.outside += result.stats.outside;
        for (const w of result.windows) {
            for (const k of ['events', 'malformed', 'invalid', 'unknown'])
                counts[k] += w.counts[k];
            for (const id of slis) {
                const agg = w.slis.get(id);
                if (agg)
                    perSli.set(id, perSli.get(id) + (0,record/* samplesOf */.lc)(agg));
            }
        }
    }
    const bySli = [...perSli].map(([id, n]) => `${id} ${n}`).join(', ');
    const other = `${counts.malformed} malformed, ${counts.invalid} invalid, ${counts.unknown} of events no SLI maps`;
    const detail = `${counts.lines} lines of ${sampled.join(', ')}: valid events per SLI: ${bySli} (${other}).`;
    const empty = [...perSli]
        .filter(([id, n]) => n === 0 && i.policy.slis[id]?.kind !== 'count')
        .map(([id]) => id);
    if (counts.events === 0 || empty.length) {
        const named = (empty.length ? empty : slis).map((id) => describeSli(i.policy, id)).join('; ');
        return problem('events sample', `${detail} No valid event for ${empty.length ? empty.join(', ') : 'any SLI'}: every verdict would be "no data".`, `make ${i.config}/rollout.yaml's slis match the events (${named}); each line needs "ts" (ISO 8601 with a zone) and "event".`);
    }
    return ok('events sample', detail);
}
function describeSli(policy, id) {
    const sli = policy.slis[id];
    if (!sli)
        return id;
    if (sli.kind === 'latency')
        return `${id} reads "${sli.event}" events with a number in "${sli.field}"`;
    if (sli.kind === 'ratio')
        return `${id} reads "${sli.denominator.event}" events`;
    return `${id} counts "${sli.event}" events`;
}

// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(4896);
// EXTERNAL MODULE: ./src/rollout/checklist.ts
var rollout_checklist = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/rollout/codeowners.ts
var rollout_codeowners = __webpack_require__(9028);
;// CONCATENATED MODULE: ./src/doctor/files.ts
/**
 * `doctor`'s checks of the files beside the policy: the QA checklist `github.checklist` names,
 * and CODEOWNERS owning the policy folder (the "Require review from Code Owners" rule of the
 * ruleset, and `approvers: [codeowners]`, mean nothing without it).
 */






function checklistCheck(root, policy, config) {
    const file = policy.github.checklist;
    const problems = (0,validate/* checklistProblems */.x)(policy, root);
    if (problems.length) {
        return problem('checklist', problems.join('; '), (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file))
            ? 'fix those lines of the checklist.'
            : `write ${config}/CHECKLIST.md (\`phasegate init\` writes one) and set github.checklist: ${config}/CHECKLIST.md in rollout.yaml.`);
    }
    const checklist = (0,rollout_checklist/* parseChecklist */.W2)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'), { file });
    const items = policy.phases.map((p) => `${p.id} ${checklist.sections.get(p.id)?.items.length ?? 0}`);
    return ok('checklist', `${file}: QA items per phase: ${items.join(', ')}.`);
}
function codeownersCheck(root, policy, config, line) {
    const found = rollout_codeowners/* CODEOWNERS_LOCATIONS */.B$.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f)));
    const needs = policy.github.approvers.advance.includes('codeowners') ||
        policy.github.approvers.rollback.includes('codeowners');
    const why = needs
        ? 'approvers: [codeowners] counts nobody and the ruleset cannot ask code owners'
        : 'the ruleset\'s "Require review from Code Owners" cannot ask anyone';
    if (!found) {
        return problem('CODEOWNERS', `no CODEOWNERS file (${rollout_codeowners/* CODEOWNERS_LOCATIONS */.B$.join(', ')}): ${why}.`, `add \`${line}\` to .github/CODEOWNERS (or run \`phasegate init --codeowners\`).`);
    }
    const codeowners = (0,rollout_codeowners/* parseCodeowners */.BW)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, found), 'utf8'), found);
    const paths = [`${config}/current.yaml`, `${config}/rollout.yaml`];
    const unowned = paths.filter((p) => !(0,rollout_codeowners/* matchingRule */.wn)(codeowners, p)?.owners.length);
    const skipped = codeowners.problems.map((p) => p.message);
    if (unowned.length) {
        return problem('CODEOWNERS', `${found} gives ${unowned.join(' and ')} no owner: ${why}.${skipped.length ? ` (${skipped.join('; ')})` : ''}`, `add \`${line}\` at the end of ${found}.`);
    }
    const rule = (0,rollout_codeowners/* matchingRule */.wn)(codeowners, `${config}/current.yaml`);
    return ok('CODEOWNERS', `${found}:${rule.line} gives ${config}/ to ${rule.owners.map((o) => `@${o}`).join(' ')}.`);
}

;// CONCATENATED MODULE: ./src/doctor/permissions.ts
/** The least-privilege table of docs/setup.md, by command. */
const NEEDS = {
    // Collect reads when the live phase began (the PR of current.yaml's last change) to keep its
    // baseline days out of the archive.
    collect: { contents: 'write', 'pull-requests': 'read' },
    evaluate: { contents: 'read', 'pull-requests': 'read' },
    propose: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
    status: { contents: 'read', 'pull-requests': 'read', issues: 'write' },
    gate: { contents: 'read', 'pull-requests': 'write', statuses: 'write' },
    rollback: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
    apply: { contents: 'read', 'pull-requests': 'read', issues: 'write' },
    validate: {},
};
const RANK = { none: 0, read: 1, write: 2 };
/** What a job's phasegate steps need together. */
function jobNeeds(steps) {
    const out = {};
    for (const s of steps) {
        for (const [scope, level] of Object.entries(NEEDS[s.command] ?? {})) {
            if (!out[scope] || RANK[level] > RANK[out[scope]])
                out[scope] = level;
        }
    }
    return out;
}
/** What the job's GITHUB_TOKEN lacks, as `scope: level` to add; undefined when it has no block at all. */
function missingFromBlock(job, needs) {
    const p = job.permissions;
    if (p === undefined)
        return undefined;
    return Object.entries(needs)
        .filter(([scope, level]) => {
        const has = p[scope] ?? p['*'] ?? 'none';
        return has !== 'unknown' && RANK[has] < RANK[level];
    })
        .map(([scope, level]) => `${scope}: ${level}`);
}
/**
 * What the job's App token step (actions/create-github-app-token) asks for too little of. A step
 * with no `permission-*` input gets all the installation has, and an expression is not judged.
 */
function missingFromApp(job, needs) {
    const app = job.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
    if (!app)
        return [];
    const asked = Object.entries(app.with).filter(([k]) => k.startsWith('permission-'));
    if (!asked.length)
        return [];
    const levels = Object.fromEntries(asked.map(([k, v]) => [k.slice('permission-'.length), v]));
    return Object.entries({ ...needs, metadata: 'read' })
        .filter(([scope, level]) => {
        const has = levels[scope] ?? 'none';
        if (has.includes('${{'))
            return false;
        return RANK[has in RANK ? has : 'none'] < RANK[level];
    })
        .map(([scope, level]) => `permission-${scope}: ${level}`);
}

;// CONCATENATED MODULE: ./src/doctor/workflow-model.ts
/**
 * The workflows of a repository as `doctor` needs them: which steps run phasegate, with what
 * command and inputs, in which job, under which permissions and concurrency group. Read with
 * the `yaml` package; anything unexpected is kept as "unknown" rather than guessed.
 */



const WORKFLOWS = '.github/workflows';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
function loadWorkflows(root) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, WORKFLOWS)).filter((n) => /\.ya?ml$/.test(n));
    }
    catch {
        return [];
    }
    return names.sort().map((name) => readWorkflow(root, `${WORKFLOWS}/${name}`));
}
function readWorkflow(root, file) {
    const empty = { file, on: {}, jobs: [] };
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'));
    }
    catch (e) {
        return { ...empty, error: `not valid YAML: ${e.message.split('\n')[0]}` };
    }
    if (!isObj(doc) || !isObj(doc.jobs))
        return { ...empty, error: 'no jobs: a workflow needs a `jobs:` map' };
    const on = isObj(doc.on) ? doc.on : typeof doc.on === 'string' ? { [doc.on]: null } : {};
    const workflowPermissions = permissionsOf(doc.permissions);
    const jobs = Object.entries(doc.jobs).map(([id, raw]) => {
        const job = isObj(raw) ? raw : {};
        const steps = Array.isArray(job.steps) ? job.steps : [];
        return {
            id,
            permissions: 'permissions' in job ? permissionsOf(job.permissions) : workflowPermissions,
            concurrency: concurrencyOf(job.concurrency),
            steps: steps.map((s, index) => {
                const step = isObj(s) ? s : {};
                const inputs = isObj(step.with) ? step.with : {};
                return {
                    uses: str(step.uses),
                    with: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, str(v) ?? ''])),
                    index,
                };
            }),
        };
    });
    return { file, on, concurrency: concurrencyOf(doc.concurrency), jobs };
}
function permissionsOf(v) {
    if (v === undefined || v === null)
        return undefined;
    if (v === 'read-all' || v === 'write-all')
        return { '*': v === 'read-all' ? 'read' : 'write' };
    if (!isObj(v))
        return { '*': 'unknown' };
    return Object.fromEntries(Object.entries(v).map(([k, level]) => [
        k,
        level === 'read' || level === 'write' || level === 'none' ? level : 'unknown',
    ]));
}
function concurrencyOf(v) {
    if (typeof v === 'string')
        return { group: v, cancelInProgress: undefined };
    if (!isObj(v) || v.group === undefined)
        return undefined;
    return { group: String(v.group), cancelInProgress: str(v['cancel-in-progress']) };
}
/** `owner/phasegate@ref` (or a path in it), and `./` with a `command:` input. */
const PHASEGATE_USES = /^[A-Za-z0-9_.-]+\/phasegate(?:\/[^@]*)?@\S+$/;
const LOCAL_USES = /^\.\/?$/;
function phasegateSteps(workflows) {
    return workflows.flatMap((workflow) => workflow.jobs.flatMap((job) => job.steps
        .filter((s) => s.uses && (PHASEGATE_USES.test(s.uses) || (LOCAL_USES.test(s.uses) && 'command' in s.with)))
        .map((step) => ({ workflow, job, step, command: step.with.command || 'evaluate' }))));
}
/** The plain text of an input, or for `${{ … || 'text' }}` its last quoted fallback. */
function literalOf(value) {
    if (!value.includes('${{'))
        return { text: value, expression: false };
    const m = /'((?:[^']|'')*)'\s*\}\}\s*$/.exec(value);
    return { text: m?.[1]?.replace(/''/g, "'"), expression: true };
}

;// CONCATENATED MODULE: ./src/doctor/workflow-checks.ts
/**
 * `doctor`'s checks of the workflows against the policy and docs/setup.md: every command has a
 * workflow, each step reads the policy folder and the same window records, each job's token may
 * do what its steps do, each job handling a rollout holds that rollout's concurrency group (one
 * per rollout, or one for all in older workflows), apply watches current.yaml and
 * rollback offers the policy's phases. Pure, on the parsed workflows.
 */



/** Each command, and the workflow phasegate init writes for it. */
const REQUIRED = {
    collect: 'rollout.yml',
    propose: 'rollout.yml',
    status: 'rollout.yml',
    gate: 'phase-gate.yml',
    rollback: 'rollback.yml',
    apply: 'apply.yml',
};
const RECORDS_COMMANDS = new Set(['collect', 'evaluate', 'propose', 'status', 'gate', 'rollback']);
const workflow_checks_short = (file) => file.replace(/^\.github\/workflows\//, '');
function workflowChecks(workflows, steps, c) {
    const checks = [];
    for (const w of workflows.filter((w) => w.error)) {
        checks.push(problem(workflow_checks_short(w.file), w.error, 'fix the file; GitHub will not run it either.'));
    }
    checks.push(coverage(steps, c));
    const shared = sharedGroup(steps);
    for (const w of workflows) {
        const mine = steps.filter((s) => s.workflow === w);
        if (!mine.length)
            continue;
        const found = [
            ...actionRefProblems(mine, c),
            ...mine.flatMap((s) => configProblems(s, c)),
            ...jobProblems(mine, c),
            ...concurrencyProblems(w, mine, shared, c),
            ...triggerProblems(w, mine, c),
        ];
        if (found.length)
            checks.push(...found);
        else
            checks.push(ok(workflow_checks_short(w.file), summary(mine, c, shared)));
    }
    if (steps.length)
        checks.push(...recordsChecks(steps));
    return checks;
}
function coverage(steps, c) {
    if (!steps.length) {
        return problem('workflows', 'no workflow in .github/workflows runs phasegate.', `run \`npx phasegate init\` in a scratch folder and copy its .github/workflows, or see ${c.doc}#2-the-workflows`);
    }
    const byFile = new Map();
    for (const s of steps)
        byFile.set(workflow_checks_short(s.workflow.file), [...(byFile.get(workflow_checks_short(s.workflow.file)) ?? []), s.command]);
    const found = [...byFile]
        .map(([file, commands]) => `${[...new Set(commands)].join(', ')} in ${file}`)
        .join('; ');
    const have = new Set(steps.map((s) => s.command));
    const missing = Object.keys(REQUIRED).filter((cmd) => !have.has(cmd));
    if (!missing.length)
        return ok('workflows', `${found}.`);
    return problem('workflows', `no workflow runs ${missing.map((m) => `\`${m}\``).join(', ')} (found ${found}).`, `add ${[...new Set(missing.map((m) => REQUIRED[m]))].join(', ')} as \`phasegate init\` writes ${missing.length === 1 ? 'it' : 'them'} (${c.doc}#2-the-workflows).`);
}
function actionRefProblems(mine, c) {
    if (c.isPhasegate)
        return [];
    return mine
        .filter((s) => LOCAL_USES.test(s.step.uses ?? ''))
        .slice(0, 1)
        .map((s) => problem(workflow_checks_short(s.workflow.file), `the ${s.command} step says \`uses: ./\`, which runs this repository's own code, not phasegate.`, 'write `uses: phasegate/phasegate@v1` in every phasegate step.'));
}
function normalize(dir) {
    return dir.trim().replace(/^\.\//, '').replace(/\/+$/, '');
}
function configProblems(s, c) {
    const given = s.step.with.config;
    const config = normalize(given || 'phases');
    if (config === c.config)
        return [];
    return [
        problem(workflow_checks_short(s.workflow.file), `the ${s.command} step reads the policy from ${given ? `config: ${given}` : 'phases (no config: input)'}, but it is in ${c.config}.`, `set \`config: ${c.config}\` in its \`with:\`.`),
    ];
}
/** Per job: a checkout before phasegate, and a token that may do what the job's steps do. */
function jobProblems(mine, c) {
    const out = [];
    for (const job of new Set(mine.map((s) => s.job))) {
        const file = workflow_checks_short(mine[0].workflow.file);
        const own = mine.filter((s) => s.job === job);
        const first = Math.min(...own.map((s) => s.step.index));
        if (!job.steps.slice(0, first).some((s) => s.uses?.startsWith('actions/checkout@'))) {
            out.push(problem(file, `job ${job.id} runs phasegate without an actions/checkout step before it: the policy and the window records are read from the checkout.`, 'add `- uses: actions/checkout@<sha> # v5` (with persist-credentials: false) before the first phasegate step.'));
        }
        const needs = jobNeeds(own);
        const commands = [...new Set(own.map((s) => s.command))].join(', ');
        const block = missingFromBlock(job, needs);
        const wanted = Object.entries(needs)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ');
        if (block === undefined) {
            out.push(problem(file, `job ${job.id} has no permissions: block, so its GITHUB_TOKEN gets the repository's default (read-only in new repositories).`, `add \`permissions: { ${wanted} }\` (${c.doc}#3-permissions).`));
        }
        else if (block.length) {
            out.push(problem(file, `job ${job.id} (${commands}) may not ${block.join(', ')}.`, `add ${block.map((b) => `\`${b}\``).join(', ')} to its permissions: (${c.doc}#3-permissions).`));
        }
        const app = missingFromApp(job, needs);
        if (app.length) {
            out.push(problem(file, `job ${job.id}'s App token asks for too little: ${app.join(', ')} missing.`, `add ${app.map((a) => `\`${a}\``).join(', ')} to its actions/create-github-app-token step.`));
        }
    }
    return out;
}
/** Commands about all the rollouts at once, never one: no rollout's group, no `rollout` input. */
const ALL_ROLLOUTS = new Set(['list', 'index', 'validate']);
/**
 * The commands a job may run outside any rollout's group: those, and collect, which the scheduled
 * workflow runs for every rollout in one job so their commits come one after another. In a
 * rollout's job it still must name the rollout.
 */
const NO_ROLLOUT_GROUP = new Set([...ALL_ROLLOUTS, 'collect']);
const DEFAULT_GROUP = `phasegate-rollout-\${{ matrix.rollout }}`;
const groupOf = (s) => (s.job.concurrency ?? s.workflow.concurrency)?.group;
/** The rollout's group: the one the job running propose uses. */
function sharedGroup(steps) {
    const s = steps.find((x) => x.command === 'propose') ?? steps.find((x) => !NO_ROLLOUT_GROUP.has(x.command));
    return s ? groupOf(s) : undefined;
}
/** A group as GitHub evaluates it: `x-${{ matrix.rollout }}` and `format('x-{0}', matrix.rollout)` alike. */
function groupKey(group) {
    const m = /^([^$]*)\$\{\{\s*matrix\.rollout\s*\}\}$/.exec(group.trim());
    return m ? `format('${m[1]}{0}', matrix.rollout)` : group.trim();
}
/** The group is the rollout's, or an expression that picks it (the gate's, for phasegate's own PRs). */
function sameGroup(group, shared) {
    const [g, s] = [groupKey(group), groupKey(shared)];
    return g === s || g.includes(s.startsWith('format(') ? s : `'${s}'`);
}
/**
 * Each job that runs a rollout's commands holds the rollout's group (job-level, else the
 * workflow's), never cancelling; a group per rollout (matrix.rollout) holds only when each step
 * runs that one rollout.
 */
function concurrencyProblems(w, mine, shared, c) {
    const out = [];
    const file = workflow_checks_short(w.file);
    for (const job of new Set(mine.filter((s) => !NO_ROLLOUT_GROUP.has(s.command)).map((s) => s.job))) {
        const group = job.concurrency ?? w.concurrency;
        if (!group) {
            out.push(problem(file, `job ${job.id} has no concurrency group: its runs can overlap the rollout's and race it into two PRs or two messages.`, `add \`concurrency: { group: ${shared ?? DEFAULT_GROUP}, queue: max, cancel-in-progress: false }\` to the job (${c.doc}#7-the-schedule).`));
            continue;
        }
        if (shared && !sameGroup(group.group, shared)) {
            out.push(problem(file, `job ${job.id}'s concurrency group is ${group.group}, not the rollout's ${shared}: the two can run at once.`, `use \`group: ${shared}\` in every phasegate job that handles a rollout.`));
        }
        const loose = groupKey(group.group).includes('matrix.rollout')
            ? mine.filter((s) => s.job === job && !ALL_ROLLOUTS.has(s.command) && !MATRIX_ROLLOUT.test(s.step.with.rollout ?? ''))
            : [];
        if (loose.length) {
            out.push(problem(file, `job ${job.id} holds one rollout's group, but its ${loose.map((s) => s.command).join(', ')} step runs ${loose[0].step.with.rollout ? `rollout ${loose[0].step.with.rollout}` : 'every rollout'}.`, 
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
            'pass `rollout: ${{ matrix.rollout }}` to every phasegate step of the job.'));
        }
        if (group.cancelInProgress === 'true') {
            out.push(problem(file, 'cancel-in-progress: true can stop a run half-way through a commit or a PR update.', 'set `cancel-in-progress: false`.'));
        }
    }
    return out;
}
const MATRIX_ROLLOUT = /^\$\{\{\s*matrix\.rollout\s*\}\}$/;
const get = (o, ...keys) => keys.reduce((v, k) => (typeof v === 'object' && v !== null ? v[k] : undefined), o);
/** apply must run when current.yaml changes; rollback must offer only the policy's phases. */
function triggerProblems(w, mine, c) {
    const out = [];
    const commands = new Set(mine.map((s) => s.command));
    const currents = c.currents ?? [`${c.config}/current.yaml`];
    const paths = get(w.on, 'push', 'paths');
    const missed = Array.isArray(paths)
        ? currents.filter((f) => !paths.some((p) => globMatches(String(p), f)))
        : [];
    const single = `${c.config}/current.yaml`;
    const wanted = currents.every((f) => f === single) ? single : `${c.config}/*/current.yaml`;
    if (commands.has('apply') && Array.isArray(paths) && missed.length) {
        out.push(problem(workflow_checks_short(w.file), `it runs on pushes to ${paths.join(', ')}, never to ${missed.join(', ')}: a merged phase change would not be announced.`, `set \`paths: [${wanted}]\` under on.push.`));
    }
    const options = get(w.on, 'workflow_dispatch', 'inputs', 'phase', 'options');
    if (commands.has('rollback') && c.phases && Array.isArray(options)) {
        const unknown = options.map(String).filter((o) => !c.phases.includes(o));
        if (unknown.length) {
            out.push(problem(workflow_checks_short(w.file), `its phase choices ${unknown.join(', ')} are not phases of the policy (${c.phases.join(', ')}).`, `set \`options: [${c.phases.join(', ')}]\`.`));
        }
    }
    return out;
}
/** A GitHub paths filter pattern against one path (`*`, `**`, `?`). */
function globMatches(pattern, path) {
    if (pattern.startsWith('!'))
        return false;
    const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*|\*|\?/g, (m) => {
        if (m === '**')
            return '.*';
        return m === '*' ? '[^/]*' : '[^/]';
    });
    return new RegExp(`^${re}$`).test(path);
}
function summary(mine, c, shared) {
    const commands = [...new Set(mine.map((s) => s.command))].join(', ');
    const step = mine.find((s) => !NO_ROLLOUT_GROUP.has(s.command)) ?? mine[0];
    const group = groupOf(step);
    const shown = group === shared || !shared ? group : `${shared} (in an expression)`;
    return `${commands}; config ${c.config}; concurrency ${shown}; each job may do what its steps do.`;
}
function recordsChecks(steps) {
    const users = steps.filter((s) => RECORDS_COMMANDS.has(s.command));
    const out = [];
    for (const [input, fallback] of [
        ['records', 'reports/monitoring'],
        ['records-branch', ''],
    ]) {
        const by = new Map();
        for (const s of users) {
            const v = s.step.with[input] || fallback;
            by.set(v, [...(by.get(v) ?? []), `${workflow_checks_short(s.workflow.file)} ${s.command}`]);
        }
        if (by.size > 1) {
            const list = [...by]
                .map(([v, where]) => `${v || '(default branch)'} in ${where.join(', ')}`)
                .join('; ');
            out.push(problem(input, `the steps disagree on where the window records are: ${list}.`, `give every collect, evaluate, propose, status, gate and rollback step the same \`${input}:\`.`));
        }
        else if (input === 'records') {
            out.push(ok(input, `every step reads and writes ${[...by.keys()][0]}.`));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/init/scaffold.ts + 1 modules
var scaffold = __webpack_require__(4201);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
// EXTERNAL MODULE: ./src/worktree/rollouts.ts
var rollouts = __webpack_require__(7855);
// EXTERNAL MODULE: ./src/commands/repo-folder.ts
var repo_folder = __webpack_require__(2621);
;// CONCATENATED MODULE: ./src/commands/doctor.ts
/**
 * `phasegate doctor`: checks a repository's phasegate setup offline, one line per check (ok, or
 * the problem and its fix): the policy validates; the workflows run every command, read the
 * policy folder and the same window records, may do what their steps do and share one
 * concurrency group; the QA checklist and CODEOWNERS are there; the events glob matches files
 * whose events the SLIs can read. A problem makes the exit code 1.
 */














async function doctorCommand(o) {
    const root = (0,external_node_path_.resolve)(o.repo ?? '.');
    const workflows = loadWorkflows(root);
    const steps = phasegateSteps(workflows);
    const config = o.config === undefined ? configOf(steps) : (0,repo_folder/* repoFolder */.X)(o.config, '--config');
    const released = steps.find((s) => !LOCAL_USES.test(s.step.uses ?? ''))?.step.uses;
    const doc = (0,scaffold/* setupDocOf */.Zu)(released ?? 'phasegate/phasegate@v1');
    const checks = [];
    let layout;
    try {
        layout = (0,rollouts.findRollouts)(root, config, '');
    }
    catch (e) {
        // A folder of rollouts that is wrong: a rollout.yaml naming another rollout than its folder,
        // or no rollout.yaml anywhere. (No folder at all is the single layout's: its check says so.)
        layout = { kind: 'multi', rollouts: [] };
        checks.push(problem('policy', `${e.message}.`, `run \`npx phasegate validate --config ${config}\` and fix what it names.`));
    }
    // One set of checks per rollout, each named by its rollout when there are many: whether the
    // policy loads first, what needs it after the workflows.
    const policies = [];
    const later = [];
    const named = (c, r) => layout.kind === 'multi' ? { ...c, subject: `${c.subject} ${r.name}` } : c;
    for (const r of layout.rollouts) {
        const own = await rolloutChecks(root, r.config, { o, steps, doc });
        if (own.policy)
            policies.push(own.policy);
        checks.push(named(own.checks[0], r));
        later.push(...own.checks.slice(1).map((c) => named(c, r)));
    }
    const phases = policies.length === layout.rollouts.length ? policies.flatMap((p) => (0,model/* phaseIds */.ab)(p)) : [];
    checks.push(...workflowChecks(workflows, steps, {
        config,
        currents: layout.rollouts.map((r) => `${r.config}/current.yaml`),
        phases: phases.length ? [...new Set(phases)] : undefined,
        isPhasegate: isPhasegateRepo(root),
        doc,
    }), ...later);
    const problems = checks.filter((c) => c.status === 'problem').length;
    const verdict = problems
        ? `${problems} problem(s)`
        : `all ${checks.filter((c) => c.status === 'ok').length} checks ok`;
    const text = `phasegate doctor: ${root}\n${checks.map(formatCheck).join('\n')}\n${verdict}\n`;
    return { text, checks, problems };
}
/** The checks of one rollout's policy folder: it validates; its checklist, CODEOWNERS and events. */
async function rolloutChecks(root, config, c) {
    const checks = [];
    let policy;
    try {
        const summary = (0,validate/* validateCommand */.M)({ config: (0,external_node_path_.join)(root, config), root })
            .trim()
            .replace(/^ok: /, '');
        policy = (0,policy_dir/* loadPolicyDir */.yD)((0,external_node_path_.join)(root, config), config).policy;
        checks.push(ok('policy', `${config}: ${summary}.`));
    }
    catch (e) {
        const message = e.message.replaceAll(`${root}/`, '').replace(/\n\s*/g, '; ');
        checks.push(problem('policy', `${config}: ${message}`, `run \`npx phasegate validate --config ${config}\` and fix what it names.`));
    }
    if (policy) {
        const approvers = policy.github.approvers.advance.filter((a) => a !== 'codeowners');
        const line = (0,scaffold/* codeownersEntry */.C4)(config, approvers.length ? approvers : policy.github.reviewers).line;
        checks.push(checklistCheck(root, policy, config), codeownersCheck(root, policy, config, line));
        const { doc, o, steps } = c;
        checks.push(...(await eventChecks({ root, policy, ...eventsGlob(o, steps), doc, config })));
    }
    else {
        for (const subject of ['checklist', 'CODEOWNERS', 'events'])
            checks.push(skip(subject, 'not checked: the policy does not load.'));
    }
    return { checks, policy };
}
/** The policy folder the workflows pass, when they agree; else phases. */
function configOf(steps) {
    const given = new Set(steps.map((s) => (s.step.with.config || 'phases').replace(/^\.\//, '').replace(/\/+$/, '')));
    return given.size === 1 ? [...given][0] : 'phases';
}
function eventsGlob(o, steps) {
    if (o.events !== undefined)
        return { glob: o.events, from: '--events' };
    const collect = steps.find((s) => s.command === 'collect');
    if (!collect)
        return { from: 'no workflow runs collect' };
    const file = collect.workflow.file.replace(/^\.github\/workflows\//, '');
    const value = collect.step.with.events;
    if (!value)
        return { from: `${file}'s collect step has no events: input` };
    const { text, expression } = literalOf(value);
    if (text === undefined)
        return { from: `${file} gives events as an expression with no default` };
    return {
        glob: text,
        from: expression ? `${file}'s default; a repository variable may override it` : `${file}'s events input`,
    };
}
function isPhasegateRepo(root) {
    const file = (0,external_node_path_.join)(root, 'action.yml');
    if (!(0,external_node_fs_.existsSync)(file))
        return false;
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'))?.name === 'phasegate';
    }
    catch {
        return false;
    }
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
