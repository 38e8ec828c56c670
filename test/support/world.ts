/**
 * The world of the GitHub-loop tests: a loopback GitHub (the emulator, on a simulated clock)
 * holding a real git repository with the reference rollout, loopback Slack and lock-webhook
 * receivers, a telemetry file, and two ways to run a workflow step on a fresh checkout:
 * - step(): the Action's own dispatch, in this process, on a context wired as the Action wires
 *   it (fast; the clock is the world's, so retries wait on it, not on the wall);
 * - spawnStep(): the bundled dist/index.js in a child process, as the runner runs it (Node 20 or
 *   24), for the end-to-end smoke runs.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionCommand } from '../../src/action/dispatch.js';
import { dispatchEach, type EachResult, listRollouts, rolloutsFailure } from '../../src/action/each.js';
import { actionOutputs, rolloutsOutput } from '../../src/action/outputs.js';
import { wireContext } from '../../src/action/wire.js';
import type { TokenSpec } from '../../src/emulator/identity.js';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import type { Ruleset } from '../../src/emulator/protection-config.js';
import type { RunResult } from '../../src/interpreters/run-loop.js';
import { runAction } from './action-runner.js';
import { startCheckedEmulator } from './github-validator/index.js';
import { REPO_ROOT } from './policy.js';
import { sparseCheckout } from './sparse.js';

export const BOT = 'github-actions[bot]';

/** The requests that change something: not GETs, not GraphQL queries (a POST that only reads). */
export function writesOf<R extends { method: string; graphql?: 'query' | 'mutation' }>(requests: R[]): R[] {
  return requests.filter((r) => r.method !== 'GET' && r.graphql !== 'query');
}
export const TOKENS = {
  bot: 'ghs_bot_token',
  alice: 'ghp_alice', // the Analyzer: a CODEOWNER of phases/
  po: 'ghp_po', // the Reporter (autosave-po)
  carol: 'ghp_carol', // another Analyzer
  mallory: 'ghp_mallory', // a collaborator not allowed to approve
};

export const LOCK_SECRET = 'shh-lock-secret';

/**
 * The default branch's protection docs/setup.md (section 5) recommends, as a ruleset: a pull
 * request with 1 approving review, code-owner review, stale approvals dismissed on push, the
 * required check `phasegate/verdict`; the phasegate App bypasses it (window records on main).
 */
export const RECOMMENDED_RULESET: Ruleset = {
  name: 'phasegate',
  branches: ['~DEFAULT_BRANCH'],
  requirePullRequest: true,
  requiredApprovingReviewCount: 1,
  requireCodeOwnerReviews: true,
  dismissStaleReviews: true,
  requiredStatusChecks: ['phasegate/verdict'],
  bypass: [{ app: 'phasegate' }],
};

/** phasegate's GitHub App (docs/setup.md, section 4): what the workflows act as once configured. */
export const APP = 'phasegate[bot]';
export const APP_TOKEN = 'ghs_phasegate_app';
/**
 * The App's installation token, with the repository permissions setup.md section 4 lists: pass
 * `tokens: APP_TOKENS` to World.start, and `{ token: APP_TOKEN, 'bot-login': APP }` to a step.
 */
export const APP_TOKENS: Record<string, TokenSpec> = {
  [APP_TOKEN]: {
    kind: 'app',
    slug: 'phasegate',
    permissions: { contents: 'write', pull_requests: 'write', issues: 'write', statuses: 'write' },
  },
};

/** What a world may add to the emulator: protection, rulesets, more tokens, people's roles. */
export type WorldOptions = Pick<
  EmulatorOptions,
  'protectedBranches' | 'protection' | 'rulesets' | 'admins' | 'collaborators'
> & { tokens?: EmulatorOptions['tokens'] };

export type Event = { name: string; payload: Record<string, unknown>; sha?: string; ref?: string };

/** One in-process step: what it did (or the error it failed with), its log and the waits it asked for. */
export interface Step {
  ok: boolean;
  /** The run of the step's one rollout (the first, with many: `each` has them all). */
  result?: RunResult;
  each?: EachResult;
  error?: Error;
  outputs: Record<string, string>;
  /** Every log line, warnings prefixed "warning: ". */
  log: string[];
  /** The back-off waits the run asked its clock for (ms). */
  sleeps: number[];
  workspace: string;
}

/** The step, or a test failure showing its error and log. */
export function ok(step: Step): Step & { result: RunResult } {
  if (!step.ok) throw new Error(`the step failed: ${step.error?.stack}\n${step.log.join('\n')}`);
  return step as Step & { result: RunResult };
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback HTTP receiver (Slack's incoming webhook, the UI's lock webhook). */
export async function receiver(): Promise<{ url: string; got: Received[]; close: () => Promise<void> }> {
  const got: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    got,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The reference rollout's repository files: phases/ (with templates), the checklist, CODEOWNERS. */
export function repositoryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const phases = join(REPO_ROOT, 'phases');
  for (const name of readdirSync(phases, { withFileTypes: true })) {
    if (name.isFile()) files[`phases/${name.name}`] = readFileSync(join(phases, name.name), 'utf8');
  }
  for (const name of readdirSync(join(phases, 'templates'))) {
    files[`phases/templates/${name}`] = readFileSync(join(phases, 'templates', name), 'utf8');
  }
  files['docs/CHECKLIST.md'] = readFileSync(join(REPO_ROOT, 'docs', 'CHECKLIST.md'), 'utf8');
  files['.github/CODEOWNERS'] = '# The Analyzers own the phase files.\n/phases/ @alice @carol\n';
  files['reports/monitoring/README.md'] = 'Window reports committed by phasegate.\n';
  return files;
}

export class World {
  now = 0;
  private constructor(
    readonly gh: Emulator,
    readonly slack: Awaited<ReturnType<typeof receiver>>,
    readonly lock: Awaited<ReturnType<typeof receiver>>,
    readonly eventsFile: string,
  ) {}

  static async start(events: string, options: WorldOptions = {}): Promise<World> {
    let world: World | undefined;
    const { tokens, ...rest } = options;
    const gh = await startCheckedEmulator({
      ...rest,
      owner: 'acme',
      repo: 'app',
      tokens: {
        // One GITHUB_TOKEN for every workflow step: the union of the `permissions:` blocks of
        // .github/workflows/{rollout,phase-gate,apply,rollback}.yml.
        [TOKENS.bot]: {
          kind: 'github-actions',
          permissions: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
        },
        [TOKENS.alice]: { kind: 'person', login: 'alice' },
        [TOKENS.po]: { kind: 'person', login: 'autosave-po' },
        [TOKENS.carol]: { kind: 'person', login: 'carol' },
        [TOKENS.mallory]: { kind: 'person', login: 'mallory' },
        ...tokens,
      },
      clock: () => new Date(world?.now || Date.now()),
    });
    const dir = mkdtempSync(join(tmpdir(), 'phasegate-e2e-'));
    const eventsFile = join(dir, 'events.jsonl');
    writeFileSync(eventsFile, events);
    world = new World(gh, await receiver(), await receiver(), eventsFile);
    return world;
  }

  /** A fresh checkout of what the event is about, and the data branch's when records live there. */
  private async checkout(inputs: Record<string, string>, event?: Event): Promise<string> {
    const workspace = mkdtempSync(join(tmpdir(), 'phasegate-ws-'));
    await this.gh.cloneTo(workspace, event?.sha ?? this.gh.defaultBranch);
    // The workflows' sparse checkout (all but the records archive), when a test asks for it.
    if (inputs['sparse-checkout']) sparseCheckout(workspace, inputs['sparse-checkout'], false);
    // A data branch for records: the workflows' second checkout into .phasegate-data/.
    const dataBranch = inputs['records-branch'];
    if (dataBranch) await this.gh.cloneTo(join(workspace, '.phasegate-data'), dataBranch);
    return workspace;
  }

  /** A workflow step run in this process: the Action's dispatch on a context wired as the Action does. */
  async step(
    command: Exclude<ActionCommand, 'validate'>,
    inputs: Record<string, string> = {},
    event?: Event,
    o: { runUrl?: string; workspace?: string } = {},
  ): Promise<Step> {
    const { ctx, workspace, log, sleeps, reportPath, actionEvent, inputsOf } = await this.wire(
      command,
      inputs,
      event,
      o,
    );
    try {
      // As the entry runs it: over the policy folder's rollouts (one, in the single layout).
      const rollout = inputs.rollout ?? '';
      if (command === 'list') {
        const names = await listRollouts(inputs['for-command'] ?? '', ctx, rollout, actionEvent);
        return { ok: true, outputs: { rollouts: JSON.stringify(names) }, log, sleeps, workspace };
      }
      const each = await dispatchEach(command, ctx, { ...inputsOf, rollout }, actionEvent, { reportPath });
      const failure = rolloutsFailure(each.runs);
      if (failure) throw failure;
      const result = each.runs[0]?.result;
      const one = each.runs.length === 1 && result ? actionOutputs(result) : {};
      const outputs =
        each.layout === 'single'
          ? { ...one, report: each.report ?? '' }
          : { ...one, report: each.report ?? '', 'rollouts-json': JSON.stringify(rolloutsOutput(each.runs)) };
      return { ok: true, result, each, outputs, log, sleeps, workspace };
    } catch (error) {
      return { ok: false, error: error as Error, outputs: {}, log, sleeps, workspace };
    }
  }

  /**
   * A step as the entry runs it over the policy folder's rollouts (src/action/each.ts): every
   * rollout in turn with many, unless inputs.rollout names one.
   */
  async stepEach(
    command: Exclude<ActionCommand, 'validate' | 'list'>,
    inputs: Record<string, string> = {},
    event?: Event,
  ): Promise<{ each?: EachResult; error?: Error; log: string[]; workspace: string }> {
    const { ctx, workspace, log, reportPath, actionEvent, inputsOf } = await this.wire(
      command,
      inputs,
      event,
      {},
    );
    try {
      const each = await dispatchEach(
        command,
        ctx,
        { ...inputsOf, rollout: inputs.rollout ?? '' },
        actionEvent,
        { reportPath },
      );
      return { each, log, workspace };
    } catch (error) {
      return { error: error as Error, log, workspace };
    }
  }

  private async wire(
    command: Exclude<ActionCommand, 'validate'>,
    inputs: Record<string, string>,
    event: Event | undefined,
    o: { runUrl?: string; workspace?: string },
  ) {
    // A workflow job's checkout when the step runs in one (its steps share it, as on a runner).
    const workspace = o.workspace ?? (await this.checkout(inputs, event));
    const log: string[] = [];
    const sleeps: number[] = [];
    const ctx = wireContext({
      token: inputs.token ?? TOKENS.bot,
      repository: `${this.gh.owner}/${this.gh.repo}`,
      apiUrl: this.gh.url,
      botLogin: inputs['bot-login'] ?? BOT,
      workspace,
      slackWebhook: inputs['slack-webhook'] ?? this.slack.url,
      lockUrl: inputs['lock-webhook-url'] ?? this.lock.url,
      lockSecret: inputs['lock-webhook-secret'] ?? LOCK_SECRET,
      // The world's clock: retries wait on it (recorded), never on the wall.
      clock: {
        now: () => this.now,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      },
      log: { info: (line) => log.push(line), warn: (line) => log.push(`warning: ${line}`) },
      config: inputs.config ?? 'phases',
      records: inputs.records ?? 'reports/monitoring',
      recordsBranch: inputs['records-branch'] ?? '',
      timezone: inputs.timezone ?? '',
      dryRun: inputs['dry-run'] === 'true',
      timeoutMinutes: inputs['timeout-minutes'] ? Number(inputs['timeout-minutes']) : undefined,
      actor: String((event?.payload.sender as { login?: string } | undefined)?.login ?? BOT),
      runUrl: o.runUrl,
    });
    const reportPath = command === 'status' ? join(workspace, '..', `report-${Date.now()}.html`) : undefined;
    const e = event ?? { name: 'schedule', payload: { schedule: '7-59/15 * * * *' } };
    const sha = e.sha ?? String((e.payload as { after?: string }).after ?? '');
    const inputsOf = {
      events: inputs.events ?? '',
      backfill: inputs.backfill ?? '',
      phase: inputs.phase ?? '',
      reason: inputs.reason ?? '',
    };
    const actionEvent = { name: e.name, payload: e.payload, sha };
    return { ctx, workspace, log, sleeps, reportPath, actionEvent, inputsOf };
  }

  /** The same step through the bundled Action in a child process, as the runner runs it. */
  async spawnStep(
    command: string,
    inputs: Record<string, string> = {},
    event?: Event,
    node: 'system' | 'node24' = 'system',
  ) {
    const workspace = await this.checkout(inputs, event);
    const result = await runAction({
      workspace,
      inputs: {
        command,
        token: TOKENS.bot,
        at: new Date(this.now).toISOString(),
        'slack-webhook': this.slack.url,
        'lock-webhook-url': this.lock.url,
        'lock-webhook-secret': LOCK_SECRET,
        ...inputs,
      },
      event: event ?? { name: 'schedule', payload: { schedule: '7-59/15 * * * *' } },
      gh: this.gh,
      node,
    });
    return { ...result, workspace };
  }

  /** What the scheduled workflow does: collect → propose → status, each a step. */
  async scheduledRun(backfill = '24h') {
    const collect = ok(await this.step('collect', { events: this.eventsFile, backfill }));
    const propose = ok(await this.step('propose'));
    const status = ok(await this.step('status'));
    return { collect, propose, status };
  }

  async close(): Promise<void> {
    await Promise.all([this.gh.close(), this.slack.close(), this.lock.close()]);
  }
}
