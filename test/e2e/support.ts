/**
 * The end-to-end world: a loopback GitHub (the emulator, with a simulated clock) holding a real
 * git repository with the reference rollout, loopback Slack and lock-webhook receivers, a
 * telemetry file, and a runner that checks the repository out fresh and runs the bundled Action
 * the way a workflow step does.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../src/emulator/index.js';
import { runAction } from '../support/action-runner.js';
import { startCheckedEmulator } from '../support/github-validator/index.js';
import { REPO_ROOT } from '../support/policy.js';

export const BOT = 'github-actions[bot]';
export const TOKENS = {
  bot: 'ghs_bot_token',
  alice: 'ghp_alice', // the Analyzer: a CODEOWNER of phases/
  po: 'ghp_po', // the Reporter (autosave-po)
  carol: 'ghp_carol', // another Analyzer
  mallory: 'ghp_mallory', // a collaborator not allowed to approve
};

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

  static async start(events: string, options: { protectedBranches?: string[] } = {}): Promise<World> {
    let world: World | undefined;
    const gh = await startCheckedEmulator({
      ...options,
      owner: 'acme',
      repo: 'app',
      tokens: {
        [TOKENS.bot]: { login: BOT, type: 'Bot' },
        [TOKENS.alice]: { login: 'alice' },
        [TOKENS.po]: { login: 'autosave-po' },
        [TOKENS.carol]: { login: 'carol' },
        [TOKENS.mallory]: { login: 'mallory' },
      },
      clock: () => new Date(world?.now || Date.now()),
    });
    const dir = mkdtempSync(join(tmpdir(), 'phasegate-e2e-'));
    const eventsFile = join(dir, 'events.jsonl');
    writeFileSync(eventsFile, events);
    world = new World(gh, await receiver(), await receiver(), eventsFile);
    return world;
  }

  /** A scheduled-workflow step (or any step) run on a fresh checkout of the default branch. */
  async step(
    command: string,
    inputs: Record<string, string> = {},
    event?: { name: string; payload: Record<string, unknown>; sha?: string; ref?: string },
    node: 'system' | 'node24' = 'system',
  ) {
    const workspace = mkdtempSync(join(tmpdir(), 'phasegate-ws-'));
    await this.gh.cloneTo(workspace, event?.sha ?? this.gh.defaultBranch);
    // A data branch for reports: the workflows' second checkout into .phasegate-data/.
    const dataBranch = inputs['reports-branch'];
    if (dataBranch) await this.gh.cloneTo(join(workspace, '.phasegate-data'), dataBranch);
    const result = await runAction({
      workspace,
      inputs: {
        command,
        token: TOKENS.bot,
        at: new Date(this.now).toISOString(),
        'slack-webhook': this.slack.url,
        'lock-webhook-url': this.lock.url,
        'lock-webhook-secret': 'shh-lock-secret',
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
    const collect = await this.step('collect', { events: this.eventsFile, backfill });
    const propose = await this.step('propose');
    const status = await this.step('status');
    return { collect, propose, status };
  }

  async close(): Promise<void> {
    await Promise.all([this.gh.close(), this.slack.close(), this.lock.close()]);
  }
}
