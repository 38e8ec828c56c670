export const id = 193;
export const ids = [193];
export const modules = {

/***/ 9193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/init/example.ts
var init_example = __webpack_require__(6936);
// EXTERNAL MODULE: ./src/init/generic.ts
var generic = __webpack_require__(4659);
// EXTERNAL MODULE: ./src/init/scaffold.ts + 1 modules
var scaffold = __webpack_require__(4201);
;// CONCATENATED MODULE: ./src/init/next-steps.ts


function nextSteps(o) {
    const doc = (0,scaffold/* setupDocOf */.Zu)(o.actionRef);
    const first = o.policy.phases[0].id;
    const steps = [
        `Review and commit these files. ${o.config}/current.yaml makes ${first} live from now: set \`since\` to when it really begins.`,
        codeownersStep(o),
        `Events: before each run, put the telemetry events in ${o.events} (rollout.yml has a commented "Fetch telemetry events" step for it), or set the repository variable PHASEGATE_EVENTS to another glob.${o.generic ? ` One JSON object a line, as ${o.config}/rollout.yaml maps them:\n       ${generic/* GENERIC_EVENT */.lY}` : ''}\n     ${doc}#2-the-workflows`,
        `A GitHub App with Contents, Pull requests, Issues and Commit statuses (read and write), installed on this repository; then the variable PHASEGATE_APP_ID and the secret PHASEGATE_APP_PRIVATE_KEY. Without it GITHUB_TOKEN is used, and the PRs it opens start no workflows.\n     ${doc}#4-the-token-a-github-app`,
        `A ruleset on ${o.branch}: a pull request with 1 approval and review from Code Owners, the status check phasegate/verdict, the App in the bypass list; and a branch for the window records (e.g. phasegate-data) named in the variable PHASEGATE_RECORDS_BRANCH.\n     ${doc}#5-branch-protection`,
        `${secretsLine(o.policy)}\n     ${doc}#6-secrets-and-variables`,
        `Check it: \`npx phasegate doctor\`, then run "phasegate rollout" from the Actions tab with dry-run ticked.\n     ${doc}#8-try-it`,
    ];
    return `\nNext, in your repository:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`;
}
function codeownersStep(o) {
    const c = o.codeowners;
    const who = `approvers "codeowners" are its owners, and the ruleset's "Require review from Code Owners" asks them`;
    if (c.done === 'written')
        return `CODEOWNERS: added \`${c.line}\` to ${c.file}: ${who}.`;
    if (c.done === 'present')
        return `CODEOWNERS: ${c.file} already names owners for ${o.config}/: ${who}.`;
    const owners = c.placeholder ? ' (with your analysts for the placeholder, or pass --owners)' : '';
    return `CODEOWNERS: add this line to ${c.file}${owners}, or run init again with --codeowners; ${who}:\n       ${c.line}`;
}
function secretsLine(policy) {
    const secrets = [
        policy.notify.slack
            ? `SLACK_WEBHOOK_URL (an incoming webhook for ${policy.notify.slack.channel ?? 'your channel'})`
            : 'SLACK_WEBHOOK_URL, once rollout.yaml names a Slack channel',
    ];
    if (policy.notify.lock)
        secrets.push(`LOCK_WEBHOOK_URL and LOCK_WEBHOOK_SECRET (the ${policy.notify.lock.event} notice)`);
    return `Secrets: ${secrets.join('; ')}. Any left unset is skipped.`;
}

// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
// EXTERNAL MODULE: ./src/rollout/codeowners.ts
var codeowners = __webpack_require__(9028);
// EXTERNAL MODULE: ./src/commands/init-defaults.ts
var init_defaults = __webpack_require__(8789);
// EXTERNAL MODULE: ./src/commands/repo-folder.ts
var repo_folder = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(4896);
;// CONCATENATED MODULE: ./src/commands/init.ts
/**
 * `phasegate init`: a working setup in the user's repository, from flags alone (CI and tests run
 * it): the policy folder (the generic template, or `--example autosave`), its QA checklist beside
 * it, the four workflows, and the CODEOWNERS line for the policy folder (written with
 * --codeowners, printed otherwise). Existing files are never overwritten without --force, and the
 * scaffold is compiled before anything is written. Prints what it wrote and the steps left.
 */











/** The flags that name what goes into the generic policy: `--example` copies the reference as is. */
const POLICY_FLAGS = {
    rollout: '--rollout',
    timezone: '--timezone',
    holidayCountry: '--holiday-country',
    approvers: '--approvers',
    reviewers: '--reviewers',
    reporter: '--reporter',
    slackChannel: '--slack-channel',
};
function initCommand(o) {
    const root = (0,external_node_path_.resolve)(o.repo ?? '.');
    const settings = initSettings(o, root);
    const made = compile(settings);
    // With one folder per rollout the workflows serve every rollout: a second init keeps them.
    const kept = o.layout === 'multi'
        ? made.files.filter(([p]) => p.startsWith('.github/') && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p)))
        : [];
    made.files = made.files.filter((f) => !kept.includes(f));
    const codeowners = planCodeowners(root, settings.config, made, o.codeowners === true);
    const replaced = refuseToClobber(root, settings.config, made, o.force === true);
    for (const [path, text] of made.files) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), text);
    }
    if (codeowners.done === 'written') {
        const file = (0,external_node_path_.join)(root, codeowners.file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        const before = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
        (0,external_node_fs_.appendFileSync)(file, `${before && !before.endsWith('\n') ? '\n' : ''}${codeowners.line}\n`);
    }
    const ok = (0,validate/* validateCommand */.M)({ config: (0,external_node_path_.join)(root, settings.config), root, warn: o.log });
    const listed = made.files.map(([path]) => `  ${path}${replaced.has(path) ? ' (replaced)' : ''}`);
    if (codeowners.done === 'written')
        listed.push(`  ${codeowners.file} (${codeowners.line})`);
    for (const [path] of kept)
        listed.push(`  ${path} (kept: it runs every rollout)`);
    return `wrote ${listed.length} files in ${root}:\n${listed.join('\n')}\n${ok}${nextSteps({
        policy: made.policy,
        config: settings.config,
        events: settings.events,
        actionRef: settings.actionRef,
        branch: settings.branch,
        generic: !settings.example,
        codeowners,
    })}`;
}
function initSettings(o, root) {
    const example = o.example;
    if (example !== undefined && !init_example/* EXAMPLES */.k.includes(example)) {
        throw new input/* InputError */.dz(`--example: "${example}" is not an example; the one there is: ${init_example/* EXAMPLES */.k.join(', ')}`);
    }
    if (example !== undefined) {
        const given = Object.entries(POLICY_FLAGS).filter(([k]) => o[k] !== undefined);
        if (given.length) {
            throw new input/* InputError */.dz(`${given.map(([, flag]) => flag).join(', ')}: --example ${example} copies the reference rollout as it is; leave ${given.length === 1 ? 'it' : 'them'} out, or drop --example for the generic policy with your names`);
        }
    }
    const base = (0,repo_folder/* repoFolder */.X)(o.config ?? init_defaults/* INIT_DEFAULTS */.y.config, '--config');
    const rollout = o.rollout ?? (example ? 'autosave' : defaultRollout(root));
    if (o.layout === 'multi' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, base, 'rollout.yaml')))
        throw new input/* InputError */.dz(`--layout multi: ${base}/ holds one rollout (${base}/rollout.yaml); move it into ${base}/<its rollout name>/ first (docs/setup.md, "Many rollouts")`);
    return {
        config: o.layout === 'multi' ? `${base}/${rollout}` : base,
        workflowConfig: base,
        example: example,
        policy: {
            rollout,
            timezone: o.timezone ?? init_defaults/* INIT_DEFAULTS */.y.timezone,
            holidayCountry: o.holidayCountry,
            approvers: o.approvers?.length ? o.approvers : init_defaults/* INIT_DEFAULTS */.y.approvers,
            reviewers: o.reviewers ?? [],
            reporter: o.reporter,
            slackChannel: o.slackChannel,
        },
        actionRef: o.actionRef ?? init_defaults/* INIT_DEFAULTS */.y.actionRef,
        events: o.events ?? init_defaults/* INIT_DEFAULTS */.y.events,
        branch: o.branch ?? init_defaults/* INIT_DEFAULTS */.y.branch,
        owners: o.owners ?? [],
        version: o.version,
        now: o.now,
    };
}
/** The repository folder's name, as a rollout name ("My App" → "my-app"). */
function defaultRollout(root) {
    const name = (0,external_node_path_.basename)(root)
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '');
    return name || 'my-feature';
}
/** Which flag a policy field came from, for a refusal that names the flag. */
const FIELD_FLAGS = [
    [/^rollout$/, '--rollout'],
    [/^timezone$/, '--timezone'],
    [/^holidays/, '--holiday-country'],
    [/^github\.approvers/, '--approvers'],
    [/^github\.reviewers/, '--reviewers'],
    [/^github\.reporter/, '--reporter'],
    [/^notify\.slack/, '--slack-channel'],
];
function compile(settings) {
    try {
        return (0,scaffold/* scaffold */.Rl)(settings);
    }
    catch (e) {
        if (!(e instanceof errors/* PolicyError */.pn))
            throw e;
        const lines = e.issues.map((issue) => {
            const flag = FIELD_FLAGS.find(([re]) => re.test(issue.field))?.[1];
            return flag ? `${flag}: ${issue.message}` : `${issue.position.file}: ${issue.field}: ${issue.message}`;
        });
        throw new input/* InputError */.dz(`${lines.join('; ')} (the policy init would write does not validate; nothing was written)`);
    }
}
/** The CODEOWNERS line for the policy folder: already covered, to write, or to print. */
function planCodeowners(root, config, made, write) {
    const found = codeowners/* CODEOWNERS_LOCATIONS */.B$.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f)));
    const file = found ?? codeowners/* CODEOWNERS_LOCATIONS */.B$[0];
    const placeholder = made.codeowners.owners.length === 0;
    const plan = { line: made.codeowners.line, file, placeholder };
    if (found) {
        const rule = (0,codeowners/* matchingRule */.wn)((0,codeowners/* parseCodeowners */.BW)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, found), 'utf8'), found), `${config}/current.yaml`);
        if (rule?.owners.length)
            return { ...plan, done: 'present' };
    }
    if (!write)
        return { ...plan, done: 'print' };
    if (placeholder) {
        throw new input/* InputError */.dz('--codeowners: no owners for the policy folder; pass --owners (or --approvers, or --reviewers) with logins or org/team');
    }
    return { ...plan, done: 'written' };
}
/**
 * Refuses to overwrite files without --force, naming them; and, even with it, YAML files in the
 * policy folder that the new policy does not list (they would be read as part of it). Returns
 * the paths that will be replaced.
 */
function refuseToClobber(root, config, made, force) {
    const exists = (p) => {
        try {
            (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, p));
            return true;
        }
        catch {
            return false;
        }
    };
    const existing = made.files.map(([p]) => p).filter(exists);
    if (existing.length && !force) {
        throw new input/* InputError */.dz(`refusing to overwrite ${existing.length} existing file(s): ${existing.join(', ')}; pass --force to replace them, or --config <dir> for another policy folder`);
    }
    const ours = new Set(made.files.map(([p]) => p));
    const dir = (0,external_node_path_.join)(root, config);
    const stale = (0,external_node_fs_.existsSync)(dir)
        ? (0,external_node_fs_.readdirSync)(dir)
            .filter((n) => /\.ya?ml$/.test(n) && !ours.has(`${config}/${n}`))
            .map((n) => `${config}/${n}`)
        : [];
    if (stale.length) {
        throw new input/* InputError */.dz(`${config}/ holds ${stale.join(', ')}, which the new policy does not list and phasegate would read as part of it; move ${stale.length === 1 ? 'it' : 'them'} out first`);
    }
    return new Set(existing);
}


/***/ })

};
