/**
 * `doctor`'s checks of the workflows against the policy and docs/setup.md: every command has a
 * workflow, each step reads the policy folder and the same window records, each job's token may
 * do what its steps do, each job handling a rollout holds that rollout's concurrency group (one
 * per rollout, or one for all in older workflows), apply watches current.yaml and
 * rollback offers the policy's phases. Pure, on the parsed workflows.
 */
import { type Check, ok, problem } from './check.js';
import { jobNeeds, missingFromApp, missingFromBlock } from './permissions.js';
import { LOCAL_USES, type PhasegateStep, type Workflow } from './workflow-model.js';

export interface WorkflowContext {
  /** The policy folder, repository-relative. */
  config: string;
  /** Each rollout's current.yaml (one, or one per phases/<rollout>/); default <config>/current.yaml. */
  currents?: readonly string[];
  /** The policy's phases; undefined when it does not load. */
  phases?: readonly string[];
  /** This repository is phasegate itself (its action.yml), where `uses: ./` is right. */
  isPhasegate: boolean;
  /** docs/setup.md, for the fixes. */
  doc: string;
}

/** Each command, and the workflow phasegate init writes for it. */
export const REQUIRED: Record<string, string> = {
  collect: 'rollout.yml',
  propose: 'rollout.yml',
  status: 'rollout.yml',
  gate: 'phase-gate.yml',
  rollback: 'rollback.yml',
  apply: 'apply.yml',
};
const RECORDS_COMMANDS = new Set(['collect', 'evaluate', 'propose', 'status', 'gate', 'rollback']);

const short = (file: string) => file.replace(/^\.github\/workflows\//, '');

export function workflowChecks(
  workflows: readonly Workflow[],
  steps: readonly PhasegateStep[],
  c: WorkflowContext,
): Check[] {
  const checks: Check[] = [];
  for (const w of workflows.filter((w) => w.error)) {
    checks.push(problem(short(w.file), w.error!, 'fix the file; GitHub will not run it either.'));
  }
  checks.push(coverage(steps, c));
  const shared = sharedGroup(steps);
  for (const w of workflows) {
    const mine = steps.filter((s) => s.workflow === w);
    if (!mine.length) continue;
    const found = [
      ...actionRefProblems(mine, c),
      ...mine.flatMap((s) => configProblems(s, c)),
      ...jobProblems(mine, c),
      ...concurrencyProblems(w, mine, shared, c),
      ...triggerProblems(w, mine, c),
    ];
    if (found.length) checks.push(...found);
    else checks.push(ok(short(w.file), summary(mine, c, shared)));
  }
  if (steps.length) checks.push(...recordsChecks(steps));
  return checks;
}

function coverage(steps: readonly PhasegateStep[], c: WorkflowContext): Check {
  if (!steps.length) {
    return problem(
      'workflows',
      'no workflow in .github/workflows runs phasegate.',
      `run \`npx phasegate init\` in a scratch folder and copy its .github/workflows, or see ${c.doc}#2-the-workflows`,
    );
  }
  const byFile = new Map<string, string[]>();
  for (const s of steps)
    byFile.set(short(s.workflow.file), [...(byFile.get(short(s.workflow.file)) ?? []), s.command]);
  const found = [...byFile]
    .map(([file, commands]) => `${[...new Set(commands)].join(', ')} in ${file}`)
    .join('; ');
  const have = new Set(steps.map((s) => s.command));
  const missing = Object.keys(REQUIRED).filter((cmd) => !have.has(cmd));
  if (!missing.length) return ok('workflows', `${found}.`);
  return problem(
    'workflows',
    `no workflow runs ${missing.map((m) => `\`${m}\``).join(', ')} (found ${found}).`,
    `add ${[...new Set(missing.map((m) => REQUIRED[m]))].join(', ')} as \`phasegate init\` writes ${missing.length === 1 ? 'it' : 'them'} (${c.doc}#2-the-workflows).`,
  );
}

function actionRefProblems(mine: readonly PhasegateStep[], c: WorkflowContext): Check[] {
  if (c.isPhasegate) return [];
  return mine
    .filter((s) => LOCAL_USES.test(s.step.uses ?? ''))
    .slice(0, 1)
    .map((s) =>
      problem(
        short(s.workflow.file),
        `the ${s.command} step says \`uses: ./\`, which runs this repository's own code, not phasegate.`,
        'write `uses: phasegate/phasegate@v1` in every phasegate step.',
      ),
    );
}

function normalize(dir: string): string {
  return dir.trim().replace(/^\.\//, '').replace(/\/+$/, '');
}

function configProblems(s: PhasegateStep, c: WorkflowContext): Check[] {
  const given = s.step.with.config;
  const config = normalize(given || 'phases');
  if (config === c.config) return [];
  return [
    problem(
      short(s.workflow.file),
      `the ${s.command} step reads the policy from ${given ? `config: ${given}` : 'phases (no config: input)'}, but it is in ${c.config}.`,
      `set \`config: ${c.config}\` in its \`with:\`.`,
    ),
  ];
}

/** Per job: a checkout before phasegate, and a token that may do what the job's steps do. */
function jobProblems(mine: readonly PhasegateStep[], c: WorkflowContext): Check[] {
  const out: Check[] = [];
  for (const job of new Set(mine.map((s) => s.job))) {
    const file = short(mine[0]!.workflow.file);
    const own = mine.filter((s) => s.job === job);
    const first = Math.min(...own.map((s) => s.step.index));
    if (!job.steps.slice(0, first).some((s) => s.uses?.startsWith('actions/checkout@'))) {
      out.push(
        problem(
          file,
          `job ${job.id} runs phasegate without an actions/checkout step before it: the policy and the window records are read from the checkout.`,
          'add `- uses: actions/checkout@<sha> # v5` (with persist-credentials: false) before the first phasegate step.',
        ),
      );
    }
    const needs = jobNeeds(own);
    const commands = [...new Set(own.map((s) => s.command))].join(', ');
    const block = missingFromBlock(job, needs);
    const wanted = Object.entries(needs)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    if (block === undefined) {
      out.push(
        problem(
          file,
          `job ${job.id} has no permissions: block, so its GITHUB_TOKEN gets the repository's default (read-only in new repositories).`,
          `add \`permissions: { ${wanted} }\` (${c.doc}#3-permissions).`,
        ),
      );
    } else if (block.length) {
      out.push(
        problem(
          file,
          `job ${job.id} (${commands}) may not ${block.join(', ')}.`,
          `add ${block.map((b) => `\`${b}\``).join(', ')} to its permissions: (${c.doc}#3-permissions).`,
        ),
      );
    }
    const app = missingFromApp(job, needs);
    if (app.length) {
      out.push(
        problem(
          file,
          `job ${job.id}'s App token asks for too little: ${app.join(', ')} missing.`,
          `add ${app.map((a) => `\`${a}\``).join(', ')} to its actions/create-github-app-token step.`,
        ),
      );
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

const groupOf = (s: PhasegateStep) => (s.job.concurrency ?? s.workflow.concurrency)?.group;

/** The rollout's group: the one the job running propose uses. */
function sharedGroup(steps: readonly PhasegateStep[]): string | undefined {
  const s = steps.find((x) => x.command === 'propose') ?? steps.find((x) => !NO_ROLLOUT_GROUP.has(x.command));
  return s ? groupOf(s) : undefined;
}

/** A group as GitHub evaluates it: `x-${{ matrix.rollout }}` and `format('x-{0}', matrix.rollout)` alike. */
function groupKey(group: string): string {
  const m = /^([^$]*)\$\{\{\s*matrix\.rollout\s*\}\}$/.exec(group.trim());
  return m ? `format('${m[1]}{0}', matrix.rollout)` : group.trim();
}

/** The group is the rollout's, or an expression that picks it (the gate's, for phasegate's own PRs). */
function sameGroup(group: string, shared: string): boolean {
  const [g, s] = [groupKey(group), groupKey(shared)];
  return g === s || g.includes(s.startsWith('format(') ? s : `'${s}'`);
}

/**
 * Each job that runs a rollout's commands holds the rollout's group (job-level, else the
 * workflow's), never cancelling; a group per rollout (matrix.rollout) holds only when each step
 * runs that one rollout.
 */
function concurrencyProblems(
  w: Workflow,
  mine: readonly PhasegateStep[],
  shared: string | undefined,
  c: WorkflowContext,
): Check[] {
  const out: Check[] = [];
  const file = short(w.file);
  for (const job of new Set(mine.filter((s) => !NO_ROLLOUT_GROUP.has(s.command)).map((s) => s.job))) {
    const group = job.concurrency ?? w.concurrency;
    if (!group) {
      out.push(
        problem(
          file,
          `job ${job.id} has no concurrency group: its runs can overlap the rollout's and race it into two PRs or two messages.`,
          `add \`concurrency: { group: ${shared ?? DEFAULT_GROUP}, queue: max, cancel-in-progress: false }\` to the job (${c.doc}#7-the-schedule).`,
        ),
      );
      continue;
    }
    if (shared && !sameGroup(group.group, shared)) {
      out.push(
        problem(
          file,
          `job ${job.id}'s concurrency group is ${group.group}, not the rollout's ${shared}: the two can run at once.`,
          `use \`group: ${shared}\` in every phasegate job that handles a rollout.`,
        ),
      );
    }
    const loose = groupKey(group.group).includes('matrix.rollout')
      ? mine.filter(
          (s) =>
            s.job === job && !ALL_ROLLOUTS.has(s.command) && !MATRIX_ROLLOUT.test(s.step.with.rollout ?? ''),
        )
      : [];
    if (loose.length) {
      out.push(
        problem(
          file,
          `job ${job.id} holds one rollout's group, but its ${loose.map((s) => s.command).join(', ')} step runs ${loose[0]!.step.with.rollout ? `rollout ${loose[0]!.step.with.rollout}` : 'every rollout'}.`,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
          'pass `rollout: ${{ matrix.rollout }}` to every phasegate step of the job.',
        ),
      );
    }
    if (group.cancelInProgress === 'true') {
      out.push(
        problem(
          file,
          'cancel-in-progress: true can stop a run half-way through a commit or a PR update.',
          'set `cancel-in-progress: false`.',
        ),
      );
    }
  }
  return out;
}

const MATRIX_ROLLOUT = /^\$\{\{\s*matrix\.rollout\s*\}\}$/;

type Obj = Record<string, unknown>;
const get = (o: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Obj)[k] : undefined), o);

/** apply must run when current.yaml changes; rollback must offer only the policy's phases. */
function triggerProblems(w: Workflow, mine: readonly PhasegateStep[], c: WorkflowContext): Check[] {
  const out: Check[] = [];
  const commands = new Set(mine.map((s) => s.command));
  const currents = c.currents ?? [`${c.config}/current.yaml`];
  const paths = get(w.on, 'push', 'paths');
  const missed = Array.isArray(paths)
    ? currents.filter((f) => !paths.some((p) => globMatches(String(p), f)))
    : [];
  const single = `${c.config}/current.yaml`;
  const wanted = currents.every((f) => f === single) ? single : `${c.config}/*/current.yaml`;
  if (commands.has('apply') && Array.isArray(paths) && missed.length) {
    out.push(
      problem(
        short(w.file),
        `it runs on pushes to ${paths.join(', ')}, never to ${missed.join(', ')}: a merged phase change would not be announced.`,
        `set \`paths: [${wanted}]\` under on.push.`,
      ),
    );
  }
  const options = get(w.on, 'workflow_dispatch', 'inputs', 'phase', 'options');
  if (commands.has('rollback') && c.phases && Array.isArray(options)) {
    const unknown = options.map(String).filter((o) => !c.phases!.includes(o));
    if (unknown.length) {
      out.push(
        problem(
          short(w.file),
          `its phase choices ${unknown.join(', ')} are not phases of the policy (${c.phases.join(', ')}).`,
          `set \`options: [${c.phases.join(', ')}]\`.`,
        ),
      );
    }
  }
  return out;
}

/** A GitHub paths filter pattern against one path (`*`, `**`, `?`). */
export function globMatches(pattern: string, path: string): boolean {
  if (pattern.startsWith('!')) return false;
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*|\*|\?/g, (m) => {
    if (m === '**') return '.*';
    return m === '*' ? '[^/]*' : '[^/]';
  });
  return new RegExp(`^${re}$`).test(path);
}

function summary(mine: readonly PhasegateStep[], c: WorkflowContext, shared?: string): string {
  const commands = [...new Set(mine.map((s) => s.command))].join(', ');
  const step = mine.find((s) => !NO_ROLLOUT_GROUP.has(s.command)) ?? mine[0]!;
  const group = groupOf(step);
  const shown = group === shared || !shared ? group : `${shared} (in an expression)`;
  return `${commands}; config ${c.config}; concurrency ${shown}; each job may do what its steps do.`;
}

function recordsChecks(steps: readonly PhasegateStep[]): Check[] {
  const users = steps.filter((s) => RECORDS_COMMANDS.has(s.command));
  const out: Check[] = [];
  for (const [input, fallback] of [
    ['records', 'reports/monitoring'],
    ['records-branch', ''],
  ] as const) {
    const by = new Map<string, string[]>();
    for (const s of users) {
      const v = s.step.with[input] || fallback;
      by.set(v, [...(by.get(v) ?? []), `${short(s.workflow.file)} ${s.command}`]);
    }
    if (by.size > 1) {
      const list = [...by]
        .map(([v, where]) => `${v || '(default branch)'} in ${where.join(', ')}`)
        .join('; ');
      out.push(
        problem(
          input,
          `the steps disagree on where the window records are: ${list}.`,
          `give every collect, evaluate, propose, status, gate and rollback step the same \`${input}:\`.`,
        ),
      );
    } else if (input === 'records') {
      out.push(ok(input, `every step reads and writes ${[...by.keys()][0]}.`));
    }
  }
  return out;
}
