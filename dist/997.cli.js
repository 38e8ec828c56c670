export const id = 997;
export const ids = [997,896,855];
export const modules = {

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ repoFolder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3599);


/** A folder inside the repository as the workflows name it: `phases`, not `./phases/`. */
function repoFolder(given, flag) {
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.normalize)(given.trim()).replace(/\\/g, '/').replace(/\/+$/, '');
    if (!p || p === '.' || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) || p === '..' || p.startsWith('../')) {
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flag}: "${given}" is not a folder inside the repository; give a relative path such as phases`);
    }
    return p;
}


/***/ }),

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

/***/ 8140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ls: () => (/* binding */ REFERENCE_CHECKLIST),
  xs: () => (/* binding */ WORKFLOWS_DIR),
  CU: () => (/* binding */ WORKFLOW_FILES),
  BK: () => (/* binding */ embeddedFile),
  Ll: () => (/* binding */ referenceTemplates)
});

// UNUSED EXPORTS: REFERENCE_TEMPLATES_DIR, embeddedModuleText, embeddedPaths

;// CONCATENATED MODULE: ./src/init/embedded.generated.ts
// Generated by `npm run generate` from .github/workflows, docs/CHECKLIST.md and phases/templates. Do not edit.
const EMBEDDED_FILES = {
    ".github/workflows/rollout.yml": "# The rollout loop: every 15 minutes, collect telemetry into window records, judge the current\n# phase, open or update the PR the decision calls for (advance, rollback, restart), and\n# update the dashboard issue.\n# In your repository use `uses: phasegate/phasegate@v1` where this file says `uses: ./`\n# (docs/setup.md); phasegate's own repository runs the bundle of the commit under test.\n# Third-party actions are pinned to a release's full commit SHA, the release in a comment\n# (docs/setup.md, \"Pinned actions\"); scripts/lint-workflows.mjs fails on an unpinned one.\nname: phasegate rollout\n\non:\n  schedule:\n    # Off the hour: scheduled runs are delayed or dropped under load, worst at :00. A late or\n    # missing run does no harm: collect back-fills the windows it missed (input backfill).\n    - cron: \"7-59/15 * * * *\"\n  workflow_dispatch:\n    inputs:\n      backfill:\n        description: How far back to fill missing windows (e.g. 24h, 72h)\n        type: string\n        default: 24h\n      dry-run:\n        description: Compute and print everything, write nothing\n        type: boolean\n        default: false\n\n# Concurrency: one group per rollout, phasegate-rollout-<rollout>, for the job that handles it\n# in every phasegate workflow (rollout, rollback, apply, phase-gate; the single layout's rollout\n# is named by rollout.yaml's `rollout:`): two runs for the same rollout never overlap, so a manual\n# rollback cannot race its scheduled propose into two PRs or two Slack messages, while rollouts\n# do not wait for each other. queue: max keeps every job waiting in order; GitHub's default queue\n# (single) would cancel a pending one when the next arrives, losing a rollback or an\n# announcement. Never cancel a running one: it may be half-way through a commit or a PR update.\n\n# GITHUB_TOKEN: the checkouts, and phasegate's calls while no App is configured (the App token\n# below asks for the same). docs/setup.md, \"Permissions\", says which call needs which.\npermissions:\n  contents: write # window record commits (with the run log and the Runbook), proposal branches, a rollback's merge\n  pull-requests: write # open, update, label and close phase PRs; their comments\n  issues: write # the dashboard issue and its daily note, the RCA issue\n  statuses: write # phasegate/verdict on each phase PR's head commit\n\njobs:\n  # Collect for every rollout in turn, then list them for the jobs below. One job commits every\n  # rollout's window records, one commit after another: jobs committing side by side to the\n  # same branch would lose ref races and retry, which at 20 rollouts cost more requests than\n  # the rest of the run (a job per rollout, collect included: 981 requests for a run that\n  # changes nothing, against 181). Its own group keeps two runs' collects one at a time.\n  collect:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    concurrency:\n      group: phasegate-collect\n      queue: max\n      cancel-in-progress: false\n    permissions:\n      contents: write # window record commits (with the run log and the Runbook)\n      pull-requests: read # the PR that made the live phase live (its baselines stay out of the archive)\n    outputs:\n      rollouts: ${{ steps.list.outputs.rollouts }}\n    env:\n      # A GitHub App token is used when both are configured (docs/setup.md); else GITHUB_TOKEN.\n      PHASEGATE_USE_APP: ${{ vars.PHASEGATE_APP_ID != '' && secrets.PHASEGATE_APP_PRIVATE_KEY != '' }}\n    steps:\n      # The same identity as the rollout jobs (their commits and PRs are one bot's).\n      - name: GitHub App token\n        id: app-token\n        if: env.PHASEGATE_USE_APP == 'true'\n        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2\n        with:\n          app-id: ${{ vars.PHASEGATE_APP_ID }}\n          private-key: ${{ secrets.PHASEGATE_APP_PRIVATE_KEY }}\n          # Only what this job's calls need (docs/setup.md, \"Permissions\"), not all the App has.\n          permission-contents: write # window record commits (with the run log and the Runbook)\n          permission-pull-requests: read # the PR that made the live phase live (its baselines stay out of the archive)\n          permission-metadata: read # the default branch\n\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      # Reports on a data branch (PHASEGATE_RECORDS_BRANCH) live in a second checkout; phasegate\n      # reads them there and commits new windows to that branch.\n      - name: Check out the records branch\n        if: vars.PHASEGATE_RECORDS_BRANCH != ''\n        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          ref: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          path: .phasegate-data\n          persist-credentials: false\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n\n      # Put this run's telemetry events where `events` points, e.g. an export from your\n      # analytics store. Placeholder: until something provides them, collect fails with\n      # \"no telemetry files match ...\".\n      # - name: Fetch telemetry events\n      #   run: ./scripts/export-events.sh > telemetry/events.jsonl\n\n      - name: Collect\n        id: collect\n        uses: ./\n        with:\n          command: collect\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          events: ${{ vars.PHASEGATE_EVENTS || 'telemetry/*.jsonl' }}\n          backfill: ${{ inputs.backfill || '24h' }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          dry-run: ${{ inputs.dry-run || false }}\n\n      # Also when a rollout's collect failed: the others are judged, and the failed one is judged\n      # on the windows it has (missing data is never a pass); the run still shows the failure.\n      - name: List the rollouts\n        id: list\n        if: ${{ !cancelled() }}\n        uses: ./\n        with:\n          command: list\n\n  rollout:\n    needs: collect\n    # An empty list would fail the matrix (\"Matrix vector 'rollout' does not contain any values\");\n    # none at all means the list step did not run.\n    if: ${{ !cancelled() && needs.collect.outputs.rollouts != '[]' && needs.collect.outputs.rollouts != '' }}\n    strategy:\n      fail-fast: false # one rollout's failure does not cancel the others\n      matrix:\n        rollout: ${{ fromJSON(needs.collect.outputs.rollouts) }}\n    concurrency:\n      group: phasegate-rollout-${{ matrix.rollout }}\n      queue: max\n      cancel-in-progress: false\n    runs-on: ubuntu-latest\n    timeout-minutes: 14 # below the 15-minute interval: a stuck run never holds up the next\n    env:\n      # A GitHub App token is used when both are configured (docs/setup.md); else GITHUB_TOKEN.\n      PHASEGATE_USE_APP: ${{ vars.PHASEGATE_APP_ID != '' && secrets.PHASEGATE_APP_PRIVATE_KEY != '' }}\n    steps:\n      # PRs opened with GITHUB_TOKEN start no workflows, so phase-gate would never run on them.\n      - name: GitHub App token\n        id: app-token\n        if: env.PHASEGATE_USE_APP == 'true'\n        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2\n        with:\n          app-id: ${{ vars.PHASEGATE_APP_ID }}\n          private-key: ${{ secrets.PHASEGATE_APP_PRIVATE_KEY }}\n          # Only what this job's calls need (docs/setup.md, \"Permissions\"), not all the App has.\n          permission-contents: write # window record commits (with the run log and the Runbook), proposal branches, a rollback's merge\n          permission-pull-requests: write # open, update, label and close phase PRs; their comments\n          permission-issues: write # the dashboard issue and its daily note, the RCA issue\n          permission-statuses: write # phasegate/verdict on each phase PR's head commit\n          permission-metadata: read # the default branch\n          # Approvers that are teams (org/team, or teams in CODEOWNERS) are read with Members: read.\n          # Set the variable PHASEGATE_TEAM_APPROVERS to true once the App has it; unset, the token\n          # asks for none (an installation without it, e.g. on a personal account, refuses it).\n          permission-members: ${{ vars.PHASEGATE_TEAM_APPROVERS == 'true' && 'read' || '' }}\n\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          # The branch as it is now, with the window records the collect job just committed\n          # (the run's own commit, github.sha, is from before them).\n          ref: ${{ github.ref }}\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      # Reports on a data branch (PHASEGATE_RECORDS_BRANCH) live in a second checkout; phasegate\n      # reads them there and commits new windows to that branch.\n      - name: Check out the records branch\n        if: vars.PHASEGATE_RECORDS_BRANCH != ''\n        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          ref: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          path: .phasegate-data\n          persist-credentials: false\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n\n      - name: Evaluate\n        id: evaluate\n        uses: ./\n        with:\n          command: evaluate\n          rollout: ${{ matrix.rollout }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n\n      - name: Propose\n        id: propose\n        uses: ./\n        with:\n          command: propose\n          rollout: ${{ matrix.rollout }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          # A rollback that needs no approval is merged and applied in this run: notify from here too.\n          slack-webhook: ${{ secrets.SLACK_WEBHOOK_URL }}\n          lock-webhook-url: ${{ secrets.LOCK_WEBHOOK_URL }}\n          lock-webhook-secret: ${{ secrets.LOCK_WEBHOOK_SECRET }}\n          bot-login: ${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          dry-run: ${{ inputs.dry-run || false }}\n\n      # The dashboard issue: current phase, SLOs, open proposals. Also after a failed step, so\n      # the dashboard shows the last state rather than going quiet. A fired rule with nowhere to\n      # roll back (A-0) alerts Slack from here, once a day.\n      - name: Dashboard\n        id: status\n        if: ${{ !cancelled() }}\n        uses: ./\n        with:\n          command: status\n          rollout: ${{ matrix.rollout }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          slack-webhook: ${{ secrets.SLACK_WEBHOOK_URL }}\n          bot-login: ${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          dry-run: ${{ inputs.dry-run || false }}\n\n      - name: Upload the HTML report\n        if: ${{ !cancelled() && steps.status.outputs.report != '' }}\n        uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2\n        with:\n          name: phasegate-report-${{ matrix.rollout }}\n          path: ${{ steps.status.outputs.report }}\n\n  # The pinned index issue, \"phasegate: rollouts\": one row per rollout. The jobs above run side by\n  # side and each sees its own rollout, so none writes it: GitHub has no compare-and-set on an\n  # issue's body, and two jobs rewriting it from their own reads would drop each other's rows.\n  # This job runs after all of them, also when one failed (its row shows it), evaluates every\n  # rollout (writing nothing else) and rewrites the index from what it reads then. Its own group\n  # keeps two runs' index jobs one at a time; a rollout job of the next run may be writing\n  # meanwhile, and the next index catches up with it.\n  index:\n    needs: [collect, rollout]\n    # Only for two rollouts or more (a JSON list with a comma): one rollout's dashboard is the\n    # only issue, and a job that would do nothing is still a billed minute.\n    if: ${{ !cancelled() && contains(needs.collect.outputs.rollouts, ',') }}\n    concurrency:\n      group: phasegate-index\n      queue: max\n      cancel-in-progress: false\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    permissions:\n      contents: read # the policy folders and window records\n      pull-requests: read # each rollout's open phase PRs\n      issues: write # the index issue (and reading the dashboards it links)\n      statuses: read # the phase PRs' phasegate/verdict\n    env:\n      # The same identity as the rollout jobs: the index is found among that identity's issues.\n      PHASEGATE_USE_APP: ${{ vars.PHASEGATE_APP_ID != '' && secrets.PHASEGATE_APP_PRIVATE_KEY != '' }}\n    steps:\n      - name: GitHub App token\n        id: app-token\n        if: env.PHASEGATE_USE_APP == 'true'\n        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2\n        with:\n          app-id: ${{ vars.PHASEGATE_APP_ID }}\n          private-key: ${{ secrets.PHASEGATE_APP_PRIVATE_KEY }}\n          permission-contents: read # the policy folders and window records\n          permission-pull-requests: read # each rollout's open phase PRs\n          permission-issues: write # the index issue (and reading the dashboards it links)\n          permission-statuses: read # the phase PRs' phasegate/verdict\n          permission-metadata: read # the default branch\n\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      - name: Check out the records branch\n        if: vars.PHASEGATE_RECORDS_BRANCH != ''\n        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          ref: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          path: .phasegate-data\n          persist-credentials: false\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n\n      - name: Index\n        id: index\n        uses: ./\n        with:\n          command: index\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          bot-login: ${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          dry-run: ${{ inputs.dry-run || false }}\n",
    ".github/workflows/phase-gate.yml": "# The required check on every PR: on a phase PR it re-evaluates the phase against the newest\n# window records, updates the sticky verdict comment and sets the `phasegate/verdict` commit\n# status, red while SLOs fail, approvals are missing or QA checklist items are unticked; on any\n# other PR it sets the status green (\"not a phase change\"). A required check that never reports\n# blocks the merge, so this workflow has no paths filter.\n# In your repository use `uses: phasegate/phasegate@v1` where this file says `uses: ./`.\n# Third-party actions are pinned to a release's full commit SHA, the release in a comment\n# (docs/setup.md, \"Pinned actions\"); scripts/lint-workflows.mjs fails on an unpinned one.\nname: phasegate gate\n\non:\n  pull_request:\n    # edited: ticking a QA checklist box edits the PR body, which can turn the gate green.\n    types: [opened, synchronize, reopened, edited, ready_for_review]\n  pull_request_review:\n    types: [submitted, dismissed]\n\n# Concurrency: the gate of phasegate's own PR (branch phasegate/<rollout>/…) runs in its\n# rollout's group, phasegate-rollout-<rollout>, with that rollout's jobs in the other workflows:\n# the scheduled run gates the PR too, and one group keeps two runs from writing the same verdict\n# comment. Every other PR has its own group, so its check never waits behind a rollout's run.\n# queue: max keeps every job waiting in order (GitHub's default cancels a pending one); never\n# cancel a running one: it may be half-way through a write.\n\n# GITHUB_TOKEN: the checkouts, and phasegate's calls while no App is configured (the App token\n# below asks for the same). docs/setup.md, \"Permissions\", says which call needs which.\npermissions:\n  contents: read # base-branch policy, CODEOWNERS, checklist; the PR head's current.yaml\n  pull-requests: write # the PR, its files and reviews; the verdict comment (a PR's comments\n  # go through the issues API, and Pull requests: write covers them: no issues permission)\n  statuses: write # phasegate/verdict on the PR's head commit\n\njobs:\n  # The rollouts the PR is about (those whose current.yaml it changes, and the one its\n  # phasegate/<rollout>/ branch names), or one that gives any other PR its green status: never\n  # none, since a required check that never reports blocks the merge.\n  route:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions:\n      contents: read # the policy folder on the base branch\n      pull-requests: read # the PR's files and branch\n    outputs:\n      rollouts: ${{ steps.list.outputs.rollouts }}\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      - name: List the rollouts\n        id: list\n        uses: ./\n        with:\n          command: list\n          for-command: gate\n\n  gate:\n    needs: route\n    strategy:\n      fail-fast: false\n      # One at a time, in the route's order: every rollout's verdict goes to the one\n      # phasegate/verdict status, and the rollout the branch names comes last, so its stays.\n      max-parallel: 1\n      matrix:\n        rollout: ${{ fromJSON(needs.route.outputs.rollouts) }}\n    concurrency:\n      group: ${{ startsWith(github.event.pull_request.head.ref, 'phasegate/') && format('phasegate-rollout-{0}', matrix.rollout) || format('phasegate-gate-{0}', github.event.pull_request.number) }}\n      queue: max\n      cancel-in-progress: false\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    env:\n      # Same identity as the rollout workflow, so the gate finds and updates the verdict comment\n      # the proposal made instead of adding a second one.\n      PHASEGATE_USE_APP: ${{ vars.PHASEGATE_APP_ID != '' && secrets.PHASEGATE_APP_PRIVATE_KEY != '' }}\n    steps:\n      - name: GitHub App token\n        id: app-token\n        if: env.PHASEGATE_USE_APP == 'true'\n        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2\n        with:\n          app-id: ${{ vars.PHASEGATE_APP_ID }}\n          private-key: ${{ secrets.PHASEGATE_APP_PRIVATE_KEY }}\n          # Only what this job's calls need (docs/setup.md, \"Permissions\"), not all the App has.\n          permission-contents: read # base-branch policy, CODEOWNERS, checklist; PR's current.yaml\n          permission-pull-requests: write # the PR, its files and reviews; the verdict comment\n          permission-statuses: write # phasegate/verdict on the PR's head commit\n          permission-metadata: read # the default branch\n          # Approvers that are teams (org/team, or teams in CODEOWNERS) are read with Members: read.\n          # Set the variable PHASEGATE_TEAM_APPROVERS to true once the App has it; unset, the token\n          # asks for none (an installation without it, e.g. on a personal account, refuses it).\n          permission-members: ${{ vars.PHASEGATE_TEAM_APPROVERS == 'true' && 'read' || '' }}\n\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      # Reports on a data branch (PHASEGATE_RECORDS_BRANCH) live in a second checkout; phasegate\n      # reads them there and commits new windows to that branch.\n      - name: Check out the records branch\n        if: vars.PHASEGATE_RECORDS_BRANCH != ''\n        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          ref: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          path: .phasegate-data\n          persist-credentials: false\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n\n      - name: Gate\n        id: gate\n        uses: ./\n        with:\n          command: gate\n          rollout: ${{ matrix.rollout }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          bot-login: ${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n",
    ".github/workflows/rollback.yml": "# A manual rollback: opens the revert PR to the chosen phase at once, and merges it (or enables\n# auto-merge) when the policy says a rollback to that phase needs no approval.\n# In your repository use `uses: phasegate/phasegate@v1` where this file says `uses: ./`,\n# and list your own phase ids under `options`.\n# Third-party actions are pinned to a release's full commit SHA, the release in a comment\n# (docs/setup.md, \"Pinned actions\"); scripts/lint-workflows.mjs fails on an unpinned one.\nname: phasegate rollback\n\non:\n  workflow_dispatch:\n    inputs:\n      phase:\n        description: Phase to roll back to\n        type: choice\n        required: true\n        options: [A-0, A-1, A-2, B-0, B-1]\n      reason:\n        description: Why (goes into the PR, the Slack message and the RCA issue)\n        type: string\n        required: true\n      rollout:\n        description: The rollout to roll back, when phases/ holds one folder per rollout; empty with one rollout\n        type: string\n        default: \"\"\n\n# Concurrency: one group per rollout, phasegate-rollout-<rollout>, for the job that handles it\n# in every phasegate workflow (rollout, rollback, apply, phase-gate; the single layout's rollout\n# is named by rollout.yaml's `rollout:`): two runs for the same rollout never overlap, so a manual\n# rollback cannot race its scheduled propose into two PRs or two Slack messages, while rollouts\n# do not wait for each other. queue: max keeps every job waiting in order; GitHub's default queue\n# (single) would cancel a pending one when the next arrives, losing a rollback or an\n# announcement. Never cancel a running one: it may be half-way through a commit or a PR update.\n\n# GITHUB_TOKEN: the checkouts, and phasegate's calls while no App is configured (the App token\n# below asks for the same). docs/setup.md, \"Permissions\", says which call needs which.\npermissions:\n  contents: write # the revert branch and, when no approval is needed, the merge\n  pull-requests: write # open and label the revert PR, close the ones it replaces\n  issues: write # the RCA issue after a rollback merged in this run\n  statuses: write # phasegate/verdict on the revert PR and the other phase PRs\n\njobs:\n  # The rollout to roll back, checked and named (the single layout's too), for its group.\n  list:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions:\n      contents: read # the policy folder\n    outputs:\n      rollouts: ${{ steps.list.outputs.rollouts }}\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      - name: List the rollouts\n        id: list\n        uses: ./\n        with:\n          command: list\n          for-command: rollback\n          rollout: ${{ inputs.rollout }}\n\n  # A matrix of the one rollout list named, as in rollout.yml: its name picks the group.\n  rollback:\n    needs: list\n    strategy:\n      matrix:\n        rollout: ${{ fromJSON(needs.list.outputs.rollouts) }}\n    concurrency:\n      group: phasegate-rollout-${{ matrix.rollout }}\n      queue: max\n      cancel-in-progress: false\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    env:\n      # A merge made with GITHUB_TOKEN starts no push workflow, so apply.yml (Slack, lock\n      # webhook, RCA issue) would not run after an unapproved rollback: prefer the App token.\n      PHASEGATE_USE_APP: ${{ vars.PHASEGATE_APP_ID != '' && secrets.PHASEGATE_APP_PRIVATE_KEY != '' }}\n    steps:\n      - name: GitHub App token\n        id: app-token\n        if: env.PHASEGATE_USE_APP == 'true'\n        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2\n        with:\n          app-id: ${{ vars.PHASEGATE_APP_ID }}\n          private-key: ${{ secrets.PHASEGATE_APP_PRIVATE_KEY }}\n          # Only what this job's calls need (docs/setup.md, \"Permissions\"), not all the App has.\n          permission-contents: write # the revert branch and, when no approval is needed, the merge\n          permission-pull-requests: write # open and label the revert PR, close the ones it replaces\n          permission-issues: write # the RCA issue after a rollback merged in this run\n          permission-statuses: write # phasegate/verdict on the revert PR and the other phase PRs\n          permission-metadata: read # the default branch\n          # Approvers that are teams (org/team, or teams in CODEOWNERS) are read with Members: read.\n          # Set the variable PHASEGATE_TEAM_APPROVERS to true once the App has it; unset, the token\n          # asks for none (an installation without it, e.g. on a personal account, refuses it).\n          permission-members: ${{ vars.PHASEGATE_TEAM_APPROVERS == 'true' && 'read' || '' }}\n\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      # Reports on a data branch (PHASEGATE_RECORDS_BRANCH) live in a second checkout; phasegate\n      # reads them there and commits new windows to that branch.\n      - name: Check out the records branch\n        if: vars.PHASEGATE_RECORDS_BRANCH != ''\n        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          ref: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          path: .phasegate-data\n          persist-credentials: false\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n\n      - name: Roll back\n        id: rollback\n        uses: ./\n        with:\n          command: rollback\n          rollout: ${{ matrix.rollout }}\n          phase: ${{ inputs.phase }}\n          reason: ${{ inputs.reason }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          # A rollback that needs no approval is merged and applied in this run: notify from here too.\n          slack-webhook: ${{ secrets.SLACK_WEBHOOK_URL }}\n          lock-webhook-url: ${{ secrets.LOCK_WEBHOOK_URL }}\n          lock-webhook-secret: ${{ secrets.LOCK_WEBHOOK_SECRET }}\n          bot-login: ${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n",
    ".github/workflows/apply.yml": "# After a phase change reached the default branch: the Slack message and, for a rollback, the\n# signed lock webhook to the UI and the RCA issue assigned to the Reporter; then the change's\n# entries in the Runbook (the verdict, who approved it; a rollback's cause, conditions to resume\n# and next canary), committed beside the window records, on the records branch when there is one.\n# In your repository use `uses: phasegate/phasegate@v1` where this file says `uses: ./`,\n# and your default branch's name under `branches`.\n# Third-party actions are pinned to a release's full commit SHA, the release in a comment\n# (docs/setup.md, \"Pinned actions\"); scripts/lint-workflows.mjs fails on an unpinned one.\nname: phasegate apply\n\non:\n  push:\n    branches: [main]\n    # phases/<rollout>/current.yaml: one folder per rollout (docs/setup.md, \"Many rollouts\").\n    paths: [phases/current.yaml, phases/*/current.yaml]\n\n# Concurrency: one group per rollout, phasegate-rollout-<rollout>, for the job that handles it\n# in every phasegate workflow (rollout, rollback, apply, phase-gate; the single layout's rollout\n# is named by rollout.yaml's `rollout:`): two runs for the same rollout never overlap, so a manual\n# rollback cannot race its scheduled propose into two PRs or two Slack messages, while rollouts\n# do not wait for each other. queue: max keeps every job waiting in order; GitHub's default queue\n# (single) would cancel a pending one when the next arrives, losing a rollback or an\n# announcement. Never cancel a running one: it may be half-way through a commit or a PR update.\n\n# GITHUB_TOKEN: the checkout, and phasegate's calls while no App is configured (the App token\n# below asks for the same). docs/setup.md, \"Permissions\", says which call needs which.\npermissions:\n  contents: write # current.yaml before the push, the change's last commit; the Runbook's commit\n  pull-requests: read # the merged PR behind the change (cause, author, approving reviews)\n  issues: write # the RCA issue; the phasegate:applied label on the merged PR\n\njobs:\n  # The rollouts whose current.yaml the push changed: one job each below, in its rollout's group.\n  list:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions:\n      contents: read # the policy folder\n    outputs:\n      rollouts: ${{ steps.list.outputs.rollouts }}\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      - name: List the rollouts\n        id: list\n        uses: ./\n        with:\n          command: list\n          for-command: apply\n\n  apply:\n    needs: list\n    # An empty list would fail the matrix (\"Matrix vector 'rollout' does not contain any values\").\n    if: ${{ needs.list.outputs.rollouts != '[]' }}\n    strategy:\n      fail-fast: false # one rollout's failure does not cancel the others\n      matrix:\n        rollout: ${{ fromJSON(needs.list.outputs.rollouts) }}\n    concurrency:\n      group: phasegate-rollout-${{ matrix.rollout }}\n      queue: max\n      cancel-in-progress: false\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    env:\n      PHASEGATE_USE_APP: ${{ vars.PHASEGATE_APP_ID != '' && secrets.PHASEGATE_APP_PRIVATE_KEY != '' }}\n    steps:\n      - name: GitHub App token\n        id: app-token\n        if: env.PHASEGATE_USE_APP == 'true'\n        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2\n        with:\n          app-id: ${{ vars.PHASEGATE_APP_ID }}\n          private-key: ${{ secrets.PHASEGATE_APP_PRIVATE_KEY }}\n          # Only what this job's calls need (docs/setup.md, \"Permissions\"), not all the App has.\n          permission-contents: write # current.yaml before the push, the change's last commit; the Runbook's commit\n          permission-pull-requests: read # the merged PR behind the change (cause, author, approving reviews)\n          permission-issues: write # the RCA issue; the phasegate:applied label on the merged PR\n          permission-metadata: read # the default branch\n\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          persist-credentials: false\n          # Everything but the archive of old window records (README.md, \"Bounded history\"):\n          # no run reads it, so each checkout stays as small after a year as after a month.\n          # With sparse-checkout, actions/checkout fetches with --filter=blob:none, so the\n          # archive's files are not even downloaded.\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n      # The Runbook lives beside the window records: on the records branch when there is one\n      # (the same two inputs as rollout.yml's steps say where).\n      - name: Check out the records branch\n        if: vars.PHASEGATE_RECORDS_BRANCH != ''\n        uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          ref: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n          path: .phasegate-data\n          persist-credentials: false\n          sparse-checkout: |\n            /*\n            !/reports/monitoring/archive/\n            !/reports/*/monitoring/archive/\n          sparse-checkout-cone-mode: false\n\n      - name: Apply\n        id: apply\n        uses: ./\n        with:\n          command: apply\n          rollout: ${{ matrix.rollout }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          bot-login: ${{ steps.app-token.outputs.app-slug && format('{0}[bot]', steps.app-token.outputs.app-slug) || 'github-actions[bot]' }}\n          slack-webhook: ${{ secrets.SLACK_WEBHOOK_URL }}\n          lock-webhook-url: ${{ secrets.LOCK_WEBHOOK_URL }}\n          lock-webhook-secret: ${{ secrets.LOCK_WEBHOOK_SECRET }}\n          records: ${{ vars.PHASEGATE_RECORDS_BRANCH && '.phasegate-data/reports/monitoring' || 'reports/monitoring' }}\n          records-branch: ${{ vars.PHASEGATE_RECORDS_BRANCH }}\n",
    "docs/CHECKLIST.md": "# QA checklist for the AutoSave rollout\n\nThe operating plan's phase-change check: the Analyzer approves the phase PR once the SLOs of\nsections 1 and 2 hold, and QA completes this file's items for the phase being entered.\n\nHow phasegate uses this file:\n\n- Each `## <phase id>` section below lists what QA must confirm before the rollout enters that\n  phase. The heading starts with the phase id (as in `phases/rollout.yaml`); the rest of the\n  heading is free text.\n- When phasegate opens a PR that moves the rollout to a phase (an advance, or a restart after a\n  rollback), it copies that phase's items into the PR body as task boxes.\n- QA ticks the boxes in the PR body. The `phasegate/verdict` check stays red until every item of\n  the target phase is ticked (and the SLOs agree and the required approvals are in).\n- Items are matched by their text, ignoring case and spacing: rewording an item here means the\n  open PR's box must be ticked again. A phase without a section has no items. Rollback PRs do not\n  wait for this checklist.\n\n## A-0 prep (all users, AutoSave off)\n\nA-0 is the first phase, so no PR advances into it: confirm these before the rollout starts.\n\n- [ ] Off-state regression suite passes on the release build with `autosave.enabled: false`\n- [ ] Save latency P95 baseline (≤ 2.5 s) recorded on the SLO dashboard\n- [ ] `autosave.save.completed` and `autosave.restore.result` events arrive in `reports/monitoring/`\n\n## A-1 QA canary (dev + QA)\n\n- [ ] QA ran the restore scenarios on dev builds\n- [ ] Restore scenarios cover a crash mid-save, going offline and two open tabs\n- [ ] Restore success measured at ≥ 99.5 % over the QA runs\n- [ ] `flags:rollback --phase A-0` rehearsed on staging and the UI showed the read-only lock\n- [ ] Slack `#launch-autosave` rollback template reviewed by the Reporter\n\n## A-2 beta (invited beta users)\n\n- [ ] Beta invitation list confirmed and the beta cohort flag targets only it\n- [ ] Crash-rate baseline for the beta cohort recorded before enabling\n- [ ] Restore scenarios re-run on the beta build, including large documents\n- [ ] Support team briefed on AutoSave and how to report lost edits\n\n## B-0 merge beta (invited beta users, precise merge)\n\n- [ ] Merge conflict corpus replayed\n- [ ] Auto-merge rate on the replayed corpus is ≥ 80 % with `merge.precision: beta`\n- [ ] Manual-merge fallback tested: a conflicting edit is offered for manual merge, nothing lost\n- [ ] Critical-bug triage rota agreed with the Reporter (≤ 3 critical bugs a day)\n- [ ] `merge.diff.apply` events carry `mode` (`auto` or `manual`) in the window records\n\n## B-1 GA (all users)\n\n- [ ] AutoSave and merge SLOs met 5 days in a row in B-0 (the Analyzer's summary linked in the PR)\n- [ ] Full regression suite passes on the GA build with `merge.precision: stable`\n- [ ] Rollback to B-0 rehearsed; the RCA issue template and owner confirmed\n- [ ] Release notes and help-centre article published\n",
    "phases/templates/runbook-daily.ja.md": "<!--\n  Runbook 日次記録フォーム (運用計画 4「日次共有」: 進捗と未解決課題)。\n  status の実行が、現地時間の日付が変わった最初の実行で前日分を reports/runbook/YYYY-MM.md の\n  「日次記録」セクションへ追記する (ダッシュボード issue の日次コメントと同じ内容)。このコメントは書き込まれない。\n  使える変数: rollout, date, timezone, phase, phase_name, since, decisions, slos, open_problems, run_log, reporter\n-->\n### {{date}}（{{timezone}}）\n\n- フェーズ: {{phase}}（{{phase_name}}）、{{since}} から\n- 記録: {{reporter}}（Reporter）\n\n**進捗（その日の判断）**\n\n{{decisions}}\n\n**SLO（日次）**\n\n{{slos}}\n\n**未解決課題**\n\n{{open_problems}}\n\nその日の実行ログ: `{{run_log}}`\n",
    "phases/templates/slack-rollback.ja.md": "<!--\n  Slack #launch-autosave へのロールバック通知 (運用計画 3.4 と 4: Reporter が記録するロールバック時刻・原因・再開条件・次回 Canary 日程)。\n  phasegate がロールバック PR のマージ後に送信する。このコメントは送信されない。\n  使える変数: rollout, from, to, kind, time, cause, resume, next_canary, pr_url, pr_number, rca_url, reporter, channel, phase_name\n  (値のない項目は「(no RCA issue opened)」のように括弧書きで示され、空欄にはならない)\n  next_canary は回復ルール (rollout.yaml recovery:) に沿った最短の再開日時: マージ + recovery.for 以降、\n  回復監視が改善を確認してから recovery.restart のフェーズで再開 (土日・祝日に当たれば次の営業日)。\n  Runbook のロールバック記録にも同じ値が書かれる。\n-->\n:rotating_light: *【ロールバック】{{rollout}}: {{from}} → {{to}}（{{phase_name}}）*\n• ロールバック時刻: {{time}}\n• 原因: {{cause}}\n• 再開条件: {{resume}}\n• 次回 Canary 日程: {{next_canary}}\n• PR: {{pr_url}}（{{pr_number}}）\n• RCA issue: {{rca_url}}（担当: {{reporter}}、ロールバック後 1 営業日以内に共有）\n次回 Canary までの進捗と未解決課題は {{channel}} の日次共有で報告します。\n",
};

;// CONCATENATED MODULE: ./src/init/embedded.ts
/**
 * What `phasegate init` copies from this repository, embedded so the published CLI needs no file
 * beside it: the four workflows a user's repository runs (rewritten for it by workflows.ts) and
 * the reference rollout's files that are not YAML, its QA checklist and Slack template, which
 * `--example autosave` adds to the embedded reference policy (src/policy/reference.ts).
 * embedded.generated.ts is written by `npm run generate`; a test keeps it equal to the sources.
 */

/** The workflows users run, in the order init writes and lists them. */
const WORKFLOW_FILES = ['rollout.yml', 'phase-gate.yml', 'rollback.yml', 'apply.yml'];
const WORKFLOWS_DIR = '.github/workflows';
/** The reference rollout's QA checklist, outside phases/ in this repository. */
const REFERENCE_CHECKLIST = 'docs/CHECKLIST.md';
/** The reference rollout's Slack templates, repository paths under it. */
const REFERENCE_TEMPLATES_DIR = 'phases/templates';
/** The repository paths to embed, given the files under phases/templates/ (the generator lists them). */
function embeddedPaths(templates) {
    return [
        ...WORKFLOW_FILES.map((f) => `${WORKFLOWS_DIR}/${f}`),
        REFERENCE_CHECKLIST,
        ...[...templates].sort().map((f) => `${REFERENCE_TEMPLATES_DIR}/${f}`),
    ];
}
/** An embedded file by its path in this repository. */
function embeddedFile(path) {
    const text = EMBEDDED_FILES[path];
    if (text === undefined)
        throw new Error(`${path} is not embedded in phasegate (npm run generate)`);
    return text;
}
/** The embedded reference Slack templates: path under the policy folder → text. */
function referenceTemplates() {
    const prefix = `${REFERENCE_TEMPLATES_DIR}/`;
    return Object.fromEntries(Object.entries(EMBEDDED_FILES)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, text]) => [`templates/${path.slice(prefix.length)}`, text]));
}
function embeddedModuleText(files) {
    const body = Object.entries(files)
        .map(([name, text]) => `  ${JSON.stringify(name)}: ${JSON.stringify(text)},`)
        .join('\n');
    return `// Generated by \`npm run generate\` from .github/workflows, docs/CHECKLIST.md and phases/templates. Do not edit.\nexport const EMBEDDED_FILES: Record<string, string> = {\n${body}\n};\n`;
}


/***/ }),

/***/ 6936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ examplePolicy),
/* harmony export */   k: () => (/* binding */ EXAMPLES)
/* harmony export */ });
/* harmony import */ var _policy_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1382);
/* harmony import */ var _embedded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8140);
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(659);
/**
 * `phasegate init --example autosave`: the reference rollout of the operating plan (phases/ of
 * this repository, embedded), with its QA checklist moved beside the policy and `since` set to
 * now. Pure.
 */



const EXAMPLES = ['autosave'];
function examplePolicy(s) {
    const files = {};
    for (const [name, text] of Object.entries((0,_policy_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .referencePolicyFiles */ .p)())) {
        let out = text.replace(/^(# yaml-language-server: \$schema=)\.\.\/schema\/(.*)\n/m, (_, lead, file) => s.schemaBase ? `${lead}${s.schemaBase}/${file}\n` : '');
        if (name === 'rollout.yaml') {
            out = mustReplace(name, out, /^(\s+checklist: )\S+/m, (lead) => `${lead}${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlScalar */ .E)(`${s.config}/CHECKLIST.md`)}`);
        }
        if (name === 'current.yaml') {
            out = mustReplace(name, out, /^(since: ).*$/m, (lead) => `${lead}${new Date(s.now).toISOString()}`);
        }
        files[name] = out;
    }
    files['CHECKLIST.md'] = (0,_embedded_js__WEBPACK_IMPORTED_MODULE_1__/* .embeddedFile */ .BK)(_embedded_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERENCE_CHECKLIST */ .ls);
    Object.assign(files, (0,_embedded_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceTemplates */ .Ll)());
    return files;
}
function mustReplace(file, text, pattern, replace) {
    if (!pattern.test(text))
        throw new Error(`phases/${file}: found no ${pattern} to rewrite (src/init/example.ts)`);
    return text.replace(pattern, (_, lead) => replace(lead));
}


/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ GENERIC_EVENT),
/* harmony export */   uy: () => (/* binding */ genericPolicy)
/* harmony export */ });
/* unused harmony export GENERIC_PHASES */
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(659);
/**
 * The generic policy `phasegate init` writes: a canary, a beta, then general availability, judged
 * on one latency and one error-rate SLI of a generic `request.completed` event. Small and plainly
 * a starting point, with the user's names filled in; the reference rollout of the operating plan
 * stays `--example autosave`. Pure.
 */

const GENERIC_PHASES = ['canary', 'beta', 'ga'];
const GENERIC_EVENT = '{"ts":"2026-11-20T10:03:12.345Z","event":"request.completed","duration_ms":182,"ok":true}';
const modeline = (s, schema) => s.schemaBase ? `# yaml-language-server: $schema=${s.schemaBase}/${schema}\n` : '';
/** The policy folder's files: name (relative to the folder) → text. */
function genericPolicy(s) {
    return {
        'rollout.yaml': rolloutYaml(s),
        'canary.yaml': phaseYaml(s, CANARY),
        'beta.yaml': phaseYaml(s, BETA),
        'ga.yaml': phaseYaml(s, GA),
        'current.yaml': currentYaml(s),
        'CHECKLIST.md': checklistMd(s),
    };
}
function rolloutYaml(s) {
    const r = s.rollout;
    const holidays = s.holidayCountry
        ? `holidays:\n  country: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(s.holidayCountry)}\n  extra: [] # your company's own days off, e.g. [2026-12-24]\n`
        : "# holidays:\n#   country: US # a country's public holidays (ISO 3166-1 code)\n#   extra: [2026-12-24] # your company's own days off\n";
    const slack = s.slackChannel
        ? `notify:\n  slack:\n    channel: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(s.slackChannel)} # the messages go to the secret SLACK_WEBHOOK_URL's channel\n`
        : '# notify:\n#   slack:\n#     channel: "#releases" # set the secret SLACK_WEBHOOK_URL too\n';
    const reviewers = s.reviewers.length
        ? `  reviewers: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlList */ .g)(s.reviewers)} # asked to review every phase PR\n`
        : '  # reviewers: [octocat] # asked to review every phase PR\n';
    const reporter = s.reporter
        ? `  reporter: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(s.reporter)} # owns the root-cause-analysis issue after a rollback\n`
        : '  # reporter: octocat # owns the root-cause-analysis issue after a rollback\n';
    return `${modeline(s, 'rollout.schema.json')}# The ${r} rollout, written by \`phasegate init\`: a canary, a beta, then general availability,
# each phase judged on request latency and error rate. Every number is yours to change;
# \`npx phasegate validate\` checks this folder, \`npx phasegate doctor\` the whole setup.
rollout: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(r)}
description: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(`${r} rolled out to a canary, a beta, then everyone.`)}
timezone: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(s.timezone)} # calendar days ("3 days in a row") are days here
window: 15m
phases: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlList */ .g)(GENERIC_PHASES)}

# How events become SLIs. The events are JSON Lines, one object a line, e.g.
#   ${GENERIC_EVENT}
# Map your own event names and fields here: no code changes.
slis:
  latency:
    kind: latency
    description: time to serve a request
    event: request.completed
    field: duration_ms
    unit: ms
  error_rate:
    kind: ratio
    description: share of requests that fail
    numerator: { event: request.completed, where: { ok: false } }
    denominator: { event: request.completed }

# Days that are not business days besides weekends (a rollback's root-cause issue is due one
# business day later).
${holidays}
# Who approves phase pull requests: logins, org/team, or codeowners (the CODEOWNERS of this folder).
github:
  approvers:
    advance: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlList */ .g)(s.approvers)}
  approvals: 1
${reviewers}${reporter}  checklist: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(`${s.config}/CHECKLIST.md`)} # QA items per phase, copied into each phase PR

# After a rollback: both SLOs healthy for an hour, then the rollout restarts from the canary.
recovery:
  watch: [latency-p95, error-rate]
  for: 1h
  restart: canary

${slack}`;
}
const CANARY = {
    id: 'canary',
    name: 'Canary',
    audience: 'internal users and a small share of traffic',
    window: '1h',
    samples: [50, 100],
    advance: 'advance:\n  rule: soak # every SLO passes now and none failed for this long\n  for: 24h\n',
    rollback: `rollback:
  to: null # the first phase: nowhere earlier to go; a fired rule alerts and blocks advancing
  when:
    - rule: immediate
      slo: any
  note: Turn the feature off by hand if the canary hurts users, and find the cause before advancing.
`,
};
const BETA = {
    id: 'beta',
    name: 'Beta',
    audience: 'opted-in beta users',
    window: '2h',
    samples: [200, 500],
    advance: 'advance:\n  rule: soak\n  for: 72h\n',
    rollback: `rollback:
  to: canary
  approval: none # at once: phasegate merges the rollback PR in the run that opens it
  when:
    - rule: immediate
      slo: any
`,
};
const GA = {
    id: 'ga',
    name: 'General availability',
    audience: 'all users',
    window: '1h',
    samples: [200, 500],
    advance: 'advance:\n  rule: consecutive_days # the last phase: complete after this many healthy days\n  days: 5\n',
    rollback: `rollback:
  to: beta
  approval: none
  when:
    - rule: sustained # any SLO failing for an hour on end
      slo: any
      for: 1h
`,
};
function flags(s, audience) {
    const r = s.rollout;
    return `flags:\n  ${r}.enabled: true\n  ${r}.audience: ${audience}\n`;
}
function phaseYaml(s, p) {
    return `${modeline(s, 'phase.schema.json')}id: ${p.id}
name: ${p.name}
audience: ${p.audience}
# The flag values your application reads while this phase is live (current.yaml carries them).
${flags(s, p.id)}slos:
  - id: latency-p95
    sli: latency
    stat: p95
    max: 1s
    window: ${p.window}
    min_samples: ${p.samples[0]}
  - id: error-rate
    sli: error_rate
    stat: ratio
    max: 1%
    window: ${p.window}
    min_samples: ${p.samples[1]}
${p.advance}${p.rollback}`;
}
function currentYaml(s) {
    return `${modeline(s, 'current.schema.json')}# The live phase of this rollout and the flag values the application reads.
# phasegate rewrites this file; a phase change is a pull request that edits it.
rollout: ${(0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlScalar */ .E)(s.rollout)}
phase: canary
since: ${new Date(s.now).toISOString()}
${flags(s, 'canary')}`;
}
function checklistMd(s) {
    const r = s.rollout;
    return `# QA checklist for the ${r} rollout

What QA confirms before the rollout enters each phase. When phasegate opens a pull request that
moves the rollout to a phase, it copies that phase's items into the description as task boxes;
the \`phasegate/verdict\` check stays red until every box is ticked (and the SLOs hold and the
approvals are in). Rollback PRs do not wait for it.

- One \`## <phase id>\` section per phase (the rest of the heading is free text), holding
  \`- [ ] item\` lines. A phase without a section has no items.
- Items are matched by their text: rewording one means an open PR's box must be ticked again.

## canary (internal users, a small share of traffic)

The first phase: no pull request advances into it, so confirm these before the rollout starts.

- [ ] The application reads \`${r}.enabled\` and \`${r}.audience\`, and the feature is off without them
- [ ] \`request.completed\` events reach the files phasegate reads (\`npx phasegate doctor\` counts them)
- [ ] Turning the feature off by hand was rehearsed on staging

## beta (opted-in beta users)

- [ ] The beta audience is confirmed and \`${r}.audience: beta\` targets only it
- [ ] Support knows the feature and how to report a problem with it
- [ ] The rollback workflow was run once with a dry run

## ga (all users)

- [ ] Release notes and help pages are published
- [ ] Dashboards and on-call alerts cover the feature
`;
}


/***/ }),

/***/ 4201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C4: () => (/* binding */ codeownersEntry),
  Rl: () => (/* binding */ scaffold),
  Zu: () => (/* binding */ setupDocOf)
});

// UNUSED EXPORTS: schemaBaseOf

// EXTERNAL MODULE: ./src/policy/compile.ts + 3 modules
var compile = __webpack_require__(381);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/init/embedded.ts + 1 modules
var embedded = __webpack_require__(8140);
// EXTERNAL MODULE: ./src/init/example.ts
var example = __webpack_require__(6936);
// EXTERNAL MODULE: ./src/init/generic.ts
var generic = __webpack_require__(4659);
// EXTERNAL MODULE: ./src/init/yaml-text.ts
var yaml_text = __webpack_require__(659);
;// CONCATENATED MODULE: ./src/init/workflows.ts
/**
 * This repository's workflows, rewritten for a user's repository: phasegate from its release
 * (`uses: ./` runs the bundle of the commit under test here, and would run the user's own code
 * there), the policy folder passed to every step, the events glob, the default branch, and the
 * policy's phases as rollback targets. Text edits, not a YAML round trip, so every comment and
 * the layout survive; an edit that finds nothing to change throws, so a reworded workflow fails
 * the tests instead of shipping half-rewritten. Pure.
 */


function scaffoldWorkflow(file, s) {
    const name = `${embedded/* WORKFLOWS_DIR */.xs}/${file}`;
    let text = (0,embedded/* embeddedFile */.BK)(name);
    const edit = (what, pattern, replace) => {
        if (!pattern.test(text))
            throw new Error(`${name}: found no ${what} to rewrite (src/init/workflows.ts)`);
        text = text.replace(pattern, replace);
    };
    edit('header', /^((?:#.*\n)*)/, (header) => rewriteHeader(header, s.version));
    edit('`uses: ./`', /^(\s*(?:-\s+)?uses:\s*)\.\/?\s*$/gm, (_, lead) => `${lead}${s.actionRef}`);
    edit('`command:` input', /^(\s+)(command: .*)$/gm, (_, indent, line) => {
        return `${indent}${line}\n${indent}config: ${(0,yaml_text/* yamlScalar */.E)(s.config)}`;
    });
    if (file === 'rollout.yml') {
        edit('events default', /(events: \$\{\{ vars\.PHASEGATE_EVENTS \|\| )'[^']*'( \}\})/, (_, a, b) => {
            return `${a}'${s.events.replace(/'/g, "''")}'${b}`;
        });
    }
    if (file === 'apply.yml') {
        edit('push branches', /^(\s+branches: )\[[^\]]*\]/m, (_, lead) => `${lead}[${(0,yaml_text/* yamlScalar */.E)(s.branch)}]`);
        edit('push paths', /^(\s+paths: )\[[^\]]*\]/m, (_, lead) => {
            return `${lead}[${(0,yaml_text/* yamlScalar */.E)(`${s.config}/current.yaml`)}, ${(0,yaml_text/* yamlScalar */.E)(`${s.config}/*/current.yaml`)}]`;
        });
    }
    if (file === 'rollback.yml') {
        edit('phase options', /^(\s+options: )\[[^\]]*\]/m, (_, lead) => {
            return `${lead}[${s.phases.map(yaml_text/* yamlScalar */.E).join(', ')}]`;
        });
    }
    return text;
}
/**
 * The header comment without its note to users ("In your repository use `uses: …@v1` where this
 * file says `uses: ./`", up to the end of that sentence), which init has done, plus a line
 * saying where the file came from.
 */
function rewriteHeader(header, version) {
    const lines = header.split('\n');
    const from = lines.findIndex((l) => /^#\s*In your repository use/.test(l));
    if (from >= 0) {
        let to = from;
        while (to < lines.length - 1 && !/\.\s*$/.test(lines[to]) && lines[to + 1].startsWith('#'))
            to++;
        lines.splice(from, to - from + 1);
    }
    // The pinning note names this repository's linter, which theirs does not have.
    for (let i = 0; i < lines.length; i++)
        lines[i] = lines[i].replace(/; scripts\/lint-workflows\.mjs fails on an unpinned one\./, '.');
    const last = lines.length - 1; // the empty string after the header's final newline
    lines.splice(last, 0, `# Written by \`phasegate init\` (phasegate ${version}); \`npx phasegate doctor\` checks it against the policy.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/init/scaffold.ts
/**
 * What `phasegate init` writes, as data: the policy folder (generic, or the reference example),
 * the four workflows rewritten for the repository, and the CODEOWNERS line for the policy folder.
 * The policy is compiled before anything is written, so a scaffold that would not validate (a
 * time zone or holiday country that does not exist, a login that is not one) is refused whole.
 * Pure.
 */






function scaffold(s) {
    const schemaBase = schemaBaseOf(s.actionRef);
    const inFolder = s.example
        ? (0,example/* examplePolicy */.X)({ config: s.config, now: s.now, schemaBase })
        : (0,generic/* genericPolicy */.uy)({ ...s.policy, config: s.config, now: s.now, schemaBase });
    const yaml = Object.fromEntries(Object.entries(inFolder).filter(([name]) => /^[^/]+\.ya?ml$/.test(name)));
    const policy = (0,compile/* compilePolicy */.C_)({ dir: s.config, files: yaml });
    const workflows = embedded/* WORKFLOW_FILES */.CU.map((file) => [
        `${embedded/* WORKFLOWS_DIR */.xs}/${file}`,
        scaffoldWorkflow(file, {
            actionRef: s.actionRef,
            config: s.workflowConfig ?? s.config,
            events: s.events,
            branch: s.branch,
            phases: (0,model/* phaseIds */.ab)(policy),
            version: s.version,
        }),
    ]);
    const files = [
        ...Object.entries(inFolder).map(([name, text]) => [`${s.config}/${name}`, text]),
        ...workflows,
    ];
    return { files, policy, codeowners: codeownersEntry(s.config, ownersOf(s, policy)) };
}
function ownersOf(s, policy) {
    if (s.owners.length)
        return [...s.owners];
    const approvers = policy.github.approvers.advance.filter((a) => a !== 'codeowners');
    return approvers.length ? approvers : [...policy.github.reviewers];
}
function codeownersEntry(config, owners) {
    const names = owners.length ? owners.map((o) => `@${o.replace(/^@/, '')}`) : ['@your-org/analysts'];
    return { line: `/${config}/ ${names.join(' ')}`, owners: owners.map((o) => o.replace(/^@/, '')) };
}
const ACTION_REF = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@]*)?@(\S+)$/;
/** The JSON Schemas of the release `uses:` names, for the files' editor modeline. */
function schemaBaseOf(actionRef) {
    const m = ACTION_REF.exec(actionRef);
    return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}/schema` : undefined;
}
/** docs/setup.md of the release `uses:` names (of phasegate/phasegate@v1 for any other ref). */
function setupDocOf(actionRef) {
    const m = ACTION_REF.exec(actionRef) ?? ACTION_REF.exec('phasegate/phasegate@v1');
    return `https://github.com/${m[1]}/${m[2]}/blob/${m[3]}/docs/setup.md`;
}


/***/ }),

/***/ 659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ yamlScalar),
/* harmony export */   g: () => (/* binding */ yamlList)
/* harmony export */ });
/** Values written into YAML text by hand (init keeps the comments a serializer would drop). Pure. */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** Plain scalars YAML would read as something other than the string. */
const NOT_A_STRING = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)$/i;
/** A string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
function yamlScalar(value) {
    return PLAIN.test(value) && !NOT_A_STRING.test(value) ? value : JSON.stringify(value);
}
/** A flow sequence of strings: `[a, "b c"]`. */
function yamlList(values) {
    return `[${values.map(yamlScalar).join(', ')}]`;
}


/***/ }),

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ referencePolicyFiles)
});

// UNUSED EXPORTS: referenceModuleText

;// CONCATENATED MODULE: ./src/policy/reference.generated.ts
// Generated by `npm run generate` from phases/. Do not edit.
const REFERENCE_FILES = {
    "A-0.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: A-0\nname: Prep\naudience: all users\ndescription: Baseline with the feature off; the off-state regression checks keep running.\nflags:\n  autosave.enabled: false\n  merge.precision: legacy\nslos:\n  - id: save-latency-p95\n    sli: save_latency\n    stat: p95\n    max: 2.5s\n    window: 2h\n    min_samples: 50\nadvance:\n  rule: soak\n  for: 24h\nrollback:\n  to: null # no earlier phase: a fired rule alerts and blocks advancing\n  when:\n    - rule: breaches_per_day\n      slo: save-latency-p95\n      count: 3\n  note: A-0 is the baseline. Investigate the regression before advancing.\n",
    "A-1.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: A-1\nname: QA canary\naudience: dev + QA\nflags:\n  autosave.enabled: true\n  merge.precision: legacy\nslos:\n  - id: save-latency-p95\n    sli: save_latency\n    stat: p95\n    max: 2.5s\n    window: 2h\n    min_samples: 50\n  - id: restore-success\n    sli: restore_success\n    stat: ratio\n    min: 99.5%\n    window: 24h\n    min_samples: 200\nadvance:\n  rule: soak\n  for: 24h\nrollback:\n  to: A-0\n  approval: none # the plan: run flags:rollback --phase A-0 at once\n  when:\n    - rule: immediate\n      slo: save-latency-p95\n    - rule: immediate\n      slo: restore-success\n",
    "A-2.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: A-2\nname: Beta\naudience: invited beta\nflags:\n  autosave.enabled: true\n  merge.precision: legacy\nslos:\n  - id: restore-success\n    sli: restore_success\n    stat: ratio\n    min: 99.5%\n    window: 24h\n    min_samples: 200\n  - id: crash-rate-increase\n    sli: crash_rate\n    stat: increase\n    max: +5%\n    window: 24h\n    min_samples: 200\n    baseline: before_rollout # the plan: crash rate over the 7 days before the rollout began\n    baseline_window: 7d\nadvance:\n  rule: soak\n  for: 72h\nrollback:\n  to: A-1 # restart from A-1\n  approval: none # the plan: rollbacks run at once (即時実行); the Reporter records and shares them after\n  when:\n    - rule: immediate\n      slo: restore-success\n      breach: { op: \"<=\", value: 99.5% } # the plan: restore failure >= 0.5 %\n    - rule: immediate\n      slo: crash-rate-increase\n",
    "B-0.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: B-0\nname: Merge beta\naudience: invited beta\nflags:\n  autosave.enabled: true\n  merge.precision: beta\nslos:\n  - id: auto-merge-rate\n    sli: auto_merge_rate\n    stat: ratio\n    min: 80%\n    window: 15m # the Analyzer judges it at 15-minute granularity\n    min_samples: 20\n  - id: critical-bugs\n    sli: critical_bugs\n    stat: count\n    max: 3\n    window: day\nadvance:\n  rule: soak\n  for: 72h\nrollback:\n  approval: none # the plan: rollbacks run at once (即時実行); the Reporter records and shares them after\n  when:\n    - rule: immediate\n      slo: auto-merge-rate\n    - rule: immediate\n      slo: critical-bugs\n",
    "B-1.yaml": "# yaml-language-server: $schema=../schema/phase.schema.json\nid: B-1\nname: GA\naudience: all users\nflags:\n  autosave.enabled: true\n  merge.precision: stable\nslos:\n  - id: save-latency-p95\n    sli: save_latency\n    stat: p95\n    max: 2.5s\n    window: 2h\n    min_samples: 50\n  - id: restore-success\n    sli: restore_success\n    stat: ratio\n    min: 99.5%\n    window: 24h\n    min_samples: 200\n  - id: auto-merge-rate\n    sli: auto_merge_rate\n    stat: ratio\n    min: 80%\n    window: 15m\n    min_samples: 20\n  - id: critical-bugs\n    sli: critical_bugs\n    stat: count\n    max: 3\n    window: day\nadvance: # in the last phase: the rollout is complete\n  rule: consecutive_days\n  days: 5\nrollback:\n  approval: none # the plan: rollbacks run at once (即時実行); the Reporter records and shares them after\n  when:\n    - rule: sustained\n      slo: any\n      for: 24h\n  note: Share the root-cause analysis within 1 business day of the rollback. A major incident is rolled back by hand (workflow_dispatch).\n",
    "current.yaml": "# The live phase of this rollout and the flag values the application reads.\n# phasegate rewrites this file; a phase change is a pull request that edits it.\nrollout: autosave\nphase: A-0\nsince: 2026-11-16T00:00:00.000Z\nflags:\n  autosave.enabled: false\n  merge.precision: legacy\n",
    "rollout.yaml": "# yaml-language-server: $schema=../schema/rollout.schema.json\n# The reference rollout of the operating plan: AutoSave, then precise merge.\nrollout: autosave\ndescription: AutoSave and precise merge, rolled out phase by phase as the operating plan lays out.\ntimezone: Asia/Tokyo\nwindow: 15m\nphases: [A-0, A-1, A-2, B-0, B-1]\n\n# How events become SLIs. Other event shapes are mapped here, with no code change.\nslis:\n  save_latency:\n    kind: latency\n    description: time to complete a save\n    event: autosave.save.completed\n    field: duration_ms\n    unit: ms\n  restore_success:\n    kind: ratio\n    description: share of restores that succeed\n    numerator: { event: autosave.restore.result, where: { success: true } }\n    denominator: { event: autosave.restore.result }\n  crash_rate:\n    kind: ratio\n    description: crashes per session\n    numerator: { event: app.crash }\n    denominator: { event: app.session.start }\n  auto_merge_rate:\n    kind: ratio\n    description: share of diff applications merged automatically\n    numerator: { event: merge.diff.apply, where: { mode: auto } }\n    denominator: { event: merge.diff.apply }\n  critical_bugs:\n    kind: count\n    description: bugs the Reporter files as critical (distinct bug ids; severity in any case)\n    event: bug.reported\n    where: { severity: critical }\n    distinct: id\n\n# Business days for due dates (the RCA issue is due 1 business day after a rollback), in the\n# time zone above: not weekends, not Japan's public holidays (date-holidays' calendar, any year,\n# substitute holidays included) and not the company's own days off. Only public holidays count:\n# the year-end break is the company's, so it is listed here (date-holidays calls 31 December a\n# bank holiday, which does not count). 2026-11-23, 2027-01-01 and 2027-01-11 are national.\nholidays:\n  country: JP\n  extra: [2026-12-29, 2026-12-30, 2026-12-31] # year-end break\n\n# Who approves phase pull requests (SPEC.md section 4): the Analyzer approves advances. Every\n# rollback here is immediate (each phase's rollback.approval: none); the Reporter is mentioned in\n# the rollback PR and Slack, records and shares it, and owns the root-cause analysis. A policy\n# that wants rollbacks reviewed sets rollback.approval: required, and these approve them.\ngithub:\n  approvers:\n    advance: [codeowners]\n    rollback: [autosave-po]\n  approvals: 1\n  reviewers: [autosave-analyst]\n  reporter: autosave-po\n  checklist: docs/CHECKLIST.md\n\n# After a rollback: watch save latency and the merge rate for 2 h, then restart from A-1.\nrecovery:\n  watch: [save-latency-p95, auto-merge-rate]\n  for: 2h\n  restart: A-1\n\n# After a merged phase change: the Slack message, and for a rollback the UI's read-only lock.\nnotify:\n  slack:\n    channel: \"#launch-autosave\"\n    templates:\n      rollback: templates/slack-rollback.ja.md\n  lock:\n    event: autosave.lock.readonly\n\n# The Runbook phasegate keeps beside the window records (reports/runbook/YYYY-MM.md): the daily\n# record is written from this form (the plan's Runbook 日次記録フォーム).\nrunbook:\n  template: templates/runbook-daily.ja.md\n\n# Where each SLI's numbers come from (docs/sources.md). Here every SLI reads the JSONL events\n# given to `phasegate collect --source` (the Action's `events` input). The commented section\n# below reads the same SLIs from Prometheus and critical bugs from GitHub issues instead; the\n# tests check that it compiles.\nsources:\n  events:\n    type: jsonl\n# sources:\n#   metrics:\n#     type: prometheus\n#     url: \"${PROMETHEUS_URL}\"           # e.g. http://prometheus.monitoring:9090\n#     auth: { bearer: \"${PROMETHEUS_TOKEN}\" }\n#     timeout: 30s\n#     slis:\n#       save_latency: { histogram: autosave_save_duration_seconds }   # buckets: le in seconds\n#       restore_success:\n#         numerator: autosave_restore_total{result=\"success\"}\n#         denominator: autosave_restore_total\n#       crash_rate: { numerator: app_crashes_total, denominator: app_sessions_total }\n#       auto_merge_rate:\n#         numerator: merge_diff_apply_total{mode=\"auto\"}\n#         denominator: merge_diff_apply_total\n#   bugs:\n#     type: github-issues                # repo: the workflow's own; token: ${GITHUB_TOKEN}\n#     slis:\n#       critical_bugs: { label: critical }\n",
};

;// CONCATENATED MODULE: ./src/policy/reference.ts
/**
 * The reference rollout (phases/ of this repository), embedded so the demo runs from the bundle
 * alone. reference.generated.ts is written by `npm run generate`; a test keeps it equal to phases/.
 */

function referencePolicyFiles() {
    return { ...REFERENCE_FILES };
}
function referenceModuleText(files) {
    const body = Object.entries(files)
        .map(([name, text]) => `  ${JSON.stringify(name)}: ${JSON.stringify(text)},`)
        .join('\n');
    return `// Generated by \`npm run generate\` from phases/. Do not edit.\nexport const REFERENCE_FILES: Record<string, string> = {\n${body}\n};\n`;
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

/***/ 9028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ CODEOWNERS_LOCATIONS),
/* harmony export */   BW: () => (/* binding */ parseCodeowners),
/* harmony export */   ju: () => (/* binding */ ownersOfAll),
/* harmony export */   wn: () => (/* binding */ matchingRule)
/* harmony export */ });
/* unused harmony exports ownersOf, compilePattern */
/**
 * CODEOWNERS, read the way GitHub reads it, so `approvers: [codeowners]` means the same people
 * GitHub would request for review of the phase files.
 *
 * GitHub's rules (docs: "About code owners"): the last matching pattern wins; patterns follow
 * gitignore (`*`, `?`, `**`, a leading or middle `/` anchors to the root, a trailing `/` matches
 * directories) except that `!` negation, `[ ]` ranges and `\#` escapes do not work; `docs/*`
 * matches files directly in docs/ only; paths are case-sensitive; a pattern with no owners
 * clears ownership; a line with invalid syntax is skipped. Owners are `@user`, `@org/team` or
 * email addresses; emails cannot be turned into logins here, so they own nothing we can count.
 */
/** Where GitHub looks for the file, in its order of preference. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function parseCodeowners(text, file = CODEOWNERS_LOCATIONS[0]) {
    const rules = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const tokens = tokenize(raw);
        const pattern = tokens[0];
        if (pattern === undefined || pattern.startsWith('#'))
            return;
        const problem = patternProblem(pattern);
        if (problem) {
            problems.push({ line, message: `${file}:${line}: pattern "${pattern}": ${problem}` });
            return;
        }
        const owners = [];
        const emails = [];
        for (const token of tokens.slice(1)) {
            if (token.startsWith('#'))
                break; // an inline comment runs to the end of the line
            if (USER.test(token) || TEAM.test(token))
                owners.push(token.slice(1));
            else if (EMAIL.test(token))
                emails.push(token);
            else {
                problems.push({
                    line,
                    message: `${file}:${line}: invalid owner "${token}"; write @user, @org/team or an email address (GitHub skips this line)`,
                });
                return;
            }
        }
        rules.push({ line, pattern, owners, emails, regex: compilePattern(pattern) });
    });
    return { file, rules, problems };
}
/** The rule that decides a path's owners (the last one matching), if any. */
function matchingRule(codeowners, path) {
    const p = path.replace(/^\/+/, '');
    for (let i = codeowners.rules.length - 1; i >= 0; i--) {
        const rule = codeowners.rules[i];
        if (rule.regex.test(p))
            return rule;
    }
    return undefined;
}
/** Logins and `org/team` slugs owning a repo-relative path; [] when unowned or unmatched. */
function ownersOf(codeowners, path) {
    return matchingRule(codeowners, path)?.owners ?? [];
}
/** Everyone owning any of the paths (a phase PR's files), deduplicated ignoring case. */
function ownersOfAll(codeowners, paths) {
    const seen = new Map();
    for (const path of paths) {
        for (const owner of ownersOf(codeowners, path)) {
            if (!seen.has(owner.toLowerCase()))
                seen.set(owner.toLowerCase(), owner);
        }
    }
    return [...seen.values()];
}
/** Whitespace-separated tokens; `\ ` keeps a space inside a pattern. */
function tokenize(line) {
    return line.trim().match(/(?:\\.|\S)+/g) ?? [];
}
function patternProblem(pattern) {
    if (pattern.startsWith('!'))
        return 'negation (!) does not work in CODEOWNERS; list the owners you want instead';
    if (pattern.startsWith('\\#'))
        return 'escaping a leading # does not work in CODEOWNERS';
    if (/[[\]]/.test(pattern))
        return 'character ranges ([ ]) do not work in CODEOWNERS; write one pattern per name';
    if (/^\/+$/.test(pattern))
        return 'never matches anything; did you mean * ?';
    return undefined;
}
/**
 * A pattern as a regex over repo-relative paths (no leading slash). A pattern matches a path
 * when it matches the path or one of its directories, except `dir/` (directories only) and a
 * trailing `/*` (direct children only).
 */
function compilePattern(pattern) {
    const dirOnly = pattern.endsWith('/');
    let p = pattern.replace(/\/+$/, '');
    const anchored = p.includes('/');
    p = p.replace(/^\/+/, '');
    const childrenOnly = p.endsWith('/*');
    const segments = p.split('/');
    let re = anchored ? '^' : '^(?:.*/)?';
    segments.forEach((seg, i) => {
        const last = i === segments.length - 1;
        if (seg === '**') {
            re += last ? '.*' : '(?:.*/)?';
            return;
        }
        re += segmentRegex(seg);
        if (!last)
            re += '/';
    });
    if (dirOnly)
        re += '/';
    else if (childrenOnly)
        re += '$';
    else
        re += '(?:/|$)';
    return new RegExp(re);
}
function segmentRegex(seg) {
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\' && i + 1 < seg.length)
            out += escapeRegex(seg[++i]);
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += escapeRegex(c);
    }
    return out;
}
function escapeRegex(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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
