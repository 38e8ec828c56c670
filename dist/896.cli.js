export const id = 896;
export const ids = [896,855];
export const modules = {

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ checklistProblems),
  validateAllCommand: () => (/* binding */ validateAllCommand),
  M: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/rollout/checklist.ts
var checklist = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/rollout/current.ts
var rollout_current = __webpack_require__(7236);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
;// CONCATENATED MODULE: ./src/worktree/repo-root.ts
/**
 * The repository a folder belongs to: the nearest folder at or above it holding `.git` (a folder
 * in a clone, a file in a worktree or submodule). Repository-relative paths of the policy (the QA
 * checklist, CODEOWNERS, the workflows) are read from there.
 */


/** The repository root above `dir`, or `fallback` (default: the working directory) outside any. */
function repoRootOf(dir, fallback = process.cwd()) {
    let at = (0,external_node_path_.resolve)(dir);
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
            return at;
        const up = (0,external_node_path_.dirname)(at);
        if (up === at)
            return (0,external_node_path_.resolve)(fallback);
        at = up;
    }
}

// EXTERNAL MODULE: ./src/worktree/rollouts.ts
var rollouts = __webpack_require__(7855);
;// CONCATENATED MODULE: ./src/commands/validate.ts









/**
 * Check the policy folder and the current-phase file; returns a one-paragraph summary. What the
 * gate would only warn about (a QA checklist that is missing or names unknown phases) goes to
 * `warn`, one line each, and does not fail.
 */
function validateCommand(opts) {
    const loaded = (0,policy_dir/* loadPolicyDir */.yD)(opts.config);
    const current = (0,policy_dir/* loadCurrent */.n8)(loaded);
    const { policy } = loaded;
    const drift = current ? (0,rollout_current/* flagDrift */.Sd)(policy, current) : [];
    if (drift.length) {
        throw new input/* InputError */.dz(`${(0,policy_dir/* displayPath */.Gt)(loaded.currentPath)}: flags differ from ${(0,model/* phaseById */.K6)(policy, current.phase).file}: ${drift.join('; ')}; set them to the phase's values (phasegate advance/rollback rewrites them)`);
    }
    for (const line of checklistProblems(policy, opts.root ?? repoRootOf(opts.config)))
        opts.warn?.(`warning: ${line}\n`);
    const slos = policy.phases.reduce((n, p) => n + p.slos.length, 0);
    const rules = policy.phases.reduce((n, p) => n + p.rollback.when.length, 0);
    const live = current
        ? `current phase ${current.phase} since ${new Date(current.since).toISOString()}`
        : 'no current.yaml yet';
    return `ok: rollout "${policy.rollout}", phases ${(0,model/* phaseIds */.ab)(policy).join(' → ')}, ${Object.keys(policy.slis).length} SLIs, ${slos} SLOs, ${rules} rollback rules; ${live}\n`;
}
/**
 * Check every rollout of the policy folder: the folder itself, or each phases/<rollout>/ (whose
 * rollout.yaml must name its folder). Every invalid rollout is reported, not only the first.
 */
function validateAllCommand(opts) {
    const layout = (0,rollouts.findRollouts)('', opts.config, '');
    if (layout.kind === 'single')
        return validateCommand(opts);
    const ok = [];
    const failed = [];
    for (const r of layout.rollouts) {
        try {
            ok.push(validateCommand({ ...opts, config: r.config, root: opts.root ?? repoRootOf(opts.config) }));
        }
        catch (err) {
            failed.push(`${r.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    if (failed.length)
        throw new input/* InputError */.dz(`${failed.length} of ${layout.rollouts.length} rollouts in ${(0,policy_dir/* displayPath */.Gt)(opts.config)}/ are invalid:\n${failed.join('\n')}`);
    return ok.join('');
}
/**
 * The QA checklist `github.checklist` names (repository-relative), read as the gate reads it. A
 * missing file is legal (the gate warns and requires no items), which is how a copied policy
 * whose checklist stayed behind lost its QA items without a word: say so here.
 */
function checklistProblems(policy, root) {
    const file = policy.github.checklist;
    const path = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        return [
            `github.checklist: ${file} does not exist in the repository (${(0,policy_dir/* displayPath */.Gt)(root) || '.'}): phase PRs will require no QA items; create it with a "## <phase id>" section of "- [ ] item" lines per phase, or point github.checklist at yours`,
        ];
    }
    return (0,checklist/* parseChecklist */.W2)((0,external_node_fs_.readFileSync)(path, 'utf8'), { file, phases: (0,model/* phaseIds */.ab)(policy) }).problems;
}


/***/ }),

/***/ 8985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W2: () => (/* binding */ parseChecklist),
/* harmony export */   Zl: () => (/* binding */ checkTicked),
/* harmony export */   ao: () => (/* binding */ renderTaskList),
/* harmony export */   gK: () => (/* binding */ itemsFor)
/* harmony export */ });
/**
 * The QA checklist (`docs/CHECKLIST.md`): one `## <phase id> …` section per phase holding
 * `- [ ] item` lines. phasegate copies the target phase's items into the phase PR as task boxes;
 * QA ticks them in the PR body, and the gate reads the ticks back.
 *
 * Items are matched by text, ignoring case and runs of whitespace, so an edited PR body still
 * matches. A phase with no section has no items. An item missing from the PR body is unticked,
 * and so is one that appears both ticked and unticked (a pasted second copy left unticked).
 * Lines in code fences and HTML comments are not task boxes (GitHub does not render them as
 * such), so a box cannot be ticked invisibly.
 */
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+(.*?)\s*$/;
const SECTION = /^##\s+(.*?)\s*#*\s*$/;
const TOP_HEADING = /^#{1,2}(?:\s|$)/;
function parseChecklist(text, options = {}) {
    const file = options.file ?? 'docs/CHECKLIST.md';
    const known = options.phases ? new Set(options.phases) : undefined;
    const sections = new Map();
    const problems = [];
    let current;
    for (const { line, text: raw } of visibleLines(text)) {
        if (TOP_HEADING.test(raw)) {
            current = undefined;
            const heading = SECTION.exec(raw)?.[1];
            if (heading === undefined)
                continue; // a `#` title ends any section
            const phase = phaseIdOf(heading);
            const section = { phase, heading, line, items: [] };
            const earlier = sections.get(phase);
            if (earlier) {
                problems.push(`${file}:${line}: a second section for ${phase} (the first is on line ${earlier.line}); merge them`);
                current = earlier;
            }
            else {
                sections.set(phase, section);
                current = section;
            }
            continue;
        }
        const task = TASK.exec(raw);
        if (!task || !current)
            continue;
        const itemText = task[2].replace(/\s+/g, ' ');
        if (!itemText)
            continue;
        if (current.items.some((i) => normalize(i.text) === normalize(itemText))) {
            problems.push(`${file}:${line}: "${itemText}" is listed twice for ${current.phase}; remove one`);
            continue;
        }
        current.items.push({ phase: current.phase, text: itemText, line });
    }
    if (known) {
        for (const s of sections.values()) {
            if (s.items.length > 0 && !known.has(s.phase)) {
                problems.push(`${file}:${s.line}: section "## ${s.heading}" has items but ${s.phase} is not a phase; ` +
                    `start the heading with one of: ${[...known].join(', ')}`);
            }
        }
    }
    // Sections without items (an intro, "## How to use this") are not phases.
    for (const [phase, s] of sections)
        if (s.items.length === 0)
            sections.delete(phase);
    return { file, sections, problems };
}
/** The items of a phase, in file order; [] when the phase has no section. */
function itemsFor(checklist, phase) {
    return checklist.sections.get(phase)?.items ?? [];
}
/**
 * Task boxes for a PR body, one per item. Items in `ticked` (texts, e.g. checkTicked's result
 * on the body being replaced) stay ticked, so re-rendering a PR body keeps QA's ticks.
 */
function renderTaskList(items, options = {}) {
    const ticked = new Set((options.ticked ?? []).map(normalize));
    return items
        .map(textOf)
        .map((t) => `- [${ticked.has(normalize(t)) ? 'x' : ' '}] ${t.trim().replace(/\s+/g, ' ')}`)
        .join('\n');
}
/** Which items the PR body has ticked (GitHub gives a null body when empty). Absent = unticked. */
function checkTicked(prBody, items) {
    const seen = new Map();
    for (const { text } of visibleLines(prBody ?? '')) {
        const task = TASK.exec(text);
        if (!task)
            continue;
        const key = normalize(task[2]);
        const mark = seen.get(key) ?? { ticked: false, unticked: false };
        if (task[1] === ' ')
            mark.unticked = true;
        else
            mark.ticked = true;
        seen.set(key, mark);
    }
    const result = { ticked: [], unticked: [] };
    for (const item of items) {
        const t = textOf(item);
        const mark = seen.get(normalize(t));
        (mark?.ticked && !mark.unticked ? result.ticked : result.unticked).push(t);
    }
    return result;
}
function textOf(item) {
    return typeof item === 'string' ? item : item.text;
}
function normalize(text) {
    return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
/** Heading text up to the first space, without trailing punctuation: "A-1: QA canary" → "A-1". */
function phaseIdOf(heading) {
    const first = heading.split(/\s+/)[0] ?? '';
    return first.replace(/[:.,;)—–]+$/, '') || heading;
}
/** Lines outside fenced code blocks and HTML comments, with their 1-based numbers. */
function visibleLines(text) {
    const out = [];
    let fence;
    let inComment = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        let rest = raw;
        if (inComment) {
            const end = rest.indexOf('-->');
            if (end < 0)
                return;
            rest = rest.slice(end + 3);
            inComment = false;
        }
        if (fence) {
            if (rest.trim().startsWith(fence))
                fence = undefined;
            return;
        }
        const open = /^\s{0,3}(`{3,}|~{3,})/.exec(rest);
        if (open) {
            fence = open[1];
            return;
        }
        // Drop complete comments on the line, then note one left open.
        rest = rest.replace(/<!--[\s\S]*?-->/g, '');
        const start = rest.indexOf('<!--');
        if (start >= 0) {
            rest = rest.slice(0, start);
            inComment = true;
        }
        out.push({ line: i + 1, text: rest });
    });
    return out;
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findRollouts: () => (/* binding */ findRollouts),
/* harmony export */   rolloutRecords: () => (/* binding */ rolloutRecords),
/* harmony export */   selectRollouts: () => (/* binding */ selectRollouts)
/* harmony export */ });
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
