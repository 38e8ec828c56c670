/**
 * The run's context as the Action wires it: GitHub through Octokit (GITHUB_API_URL or the given
 * base URL), the webhooks, the checkout, the clock. The entry (run.ts) fills it from the inputs;
 * tests fill it directly and run the same commands in-process against the loopback GitHub.
 */
import { createClient } from '../github/client.js';
import { GitHubForge } from '../github/forge.js';
import { RefRace } from '../github/ref-race.js';
import { DryRunNotifier, WebhookNotifier } from '../notify/notifier.js';
import type { Clock } from '../ports/clock.js';
import type { Log, RunContext, RunSettings } from '../ports/context.js';
import { DirectoryWorkspace } from '../worktree/workspace.js';

export interface Wiring extends RunSettings {
  token: string;
  /** owner/name */
  repository: string;
  /** GitHub's REST API (default: GITHUB_API_URL, else api.github.com). */
  apiUrl?: string;
  /** The login the token acts as when GitHub will not say (GITHUB_TOKEN cannot read /user). */
  botLogin: string;
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string;
  slackWebhook: string;
  lockUrl: string;
  lockSecret: string;
  clock: Clock;
  log: Log;
  /** The job's timeout-minutes: no GitHub retry waits past it (less a minute for later steps). */
  timeoutMinutes?: number;
}

export function wireContext(w: Wiring): RunContext {
  const sleep = (ms: number) => w.clock.sleep(ms);
  const now = () => w.clock.now();
  const deadline =
    w.timeoutMinutes === undefined
      ? undefined
      : w.clock.now() + Math.max(w.timeoutMinutes - 1, w.timeoutMinutes / 2) * 60_000;
  const octokit = createClient({
    token: w.token,
    baseUrl: w.apiUrl,
    log: (line) => w.log.warn(line),
    sleep,
    now,
    deadline,
  });
  return {
    forge: new GitHubForge(octokit, w.repository, w.botLogin, new RefRace({ sleep, now, deadline })),
    notifier: w.dryRun
      ? new DryRunNotifier()
      : // Checked on first use: a run that notifies nobody never trips over these inputs.
        WebhookNotifier.lazy({
          slackWebhook: w.slackWebhook,
          lockUrl: w.lockUrl,
          lockSecret: w.lockSecret,
          log: (line) => w.log.info(line),
          sleep: (ms) => w.clock.sleep(ms),
        }),
    clock: w.clock,
    workspace: new DirectoryWorkspace(w.workspace),
    log: w.log,
    config: w.config,
    records: w.records,
    recordsBranch: w.recordsBranch,
    timezone: w.timezone,
    dryRun: w.dryRun,
    actor: w.actor,
    runUrl: w.runUrl,
  };
}
