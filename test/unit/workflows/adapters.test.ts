/**
 * phasegate itself under the workflow runner: a person's phase change on main starts apply.yml
 * (this repository's), whose `uses: ./` steps (list, then apply for the rollout it names) run the
 * Action in-process (World.step) and then as the bundle (runAction), each announcing on the
 * world's Slack receiver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/policy.js';
import { bundledAction, inProcessAction } from '../../support/workflows/adapters.js';
import { loadWorkflows, type Workflow, WorkflowRunner } from '../../support/workflows/index.js';
import { LOCK_SECRET, repositoryFiles, TOKENS, World } from '../../support/world.js';

let w: World;
let workflows: Workflow[];
let live: string;
beforeAll(async () => {
  w = await World.start('');
  w.now = Date.parse('2026-11-17T03:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
  live = (await w.gh.readFile('main', 'phases/current.yaml'))!;
  workflows = await loadWorkflows(REPO_ROOT);
});
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

const phase = (id: string) => live.replace(/^phase: .*$/m, `phase: ${id}`);

function runner(action: 'in-process' | 'bundle') {
  return new WorkflowRunner({
    gh: w.gh,
    action: action === 'in-process' ? inProcessAction(w) : bundledAction(w.gh),
    githubToken: TOKENS.bot,
    secrets: {
      SLACK_WEBHOOK_URL: w.slack.url,
      LOCK_WEBHOOK_URL: w.lock.url,
      LOCK_WEBHOOK_SECRET: LOCK_SECRET,
    },
    workflows,
  });
}

describe('apply.yml on a phase change pushed to main', () => {
  it.each([
    ['in-process', 'A-1', 'A-0 → A-1'],
    ['bundle', 'A-2', 'A-1 → A-2'],
  ] as const)(
    'runs %s and announces %s',
    async (how, id, change) => {
      const slack = w.slack.got.length;
      const pushed = await w.gh.push('main', { 'phases/current.yaml': phase(id) }, `${id} by hand`, 'alice');
      const log = await runner(how).handle(pushed.event);
      expect(log.decisions.filter((d) => d.started).map((d) => d.file)).toEqual([
        '.github/workflows/apply.yml',
      ]);
      const run = log.runs[0]!;
      expect(run.conclusion, log.print()).toBe('success');
      // The list job names the rollout the push changed; its job runs apply, in its group.
      expect(run.jobs.map((j) => [j.name, j.group, j.conclusion])).toEqual([
        ['list', undefined, 'success'],
        ['apply (autosave)', 'phasegate-rollout-autosave', 'success'],
      ]);
      expect(run.jobs[0]!.steps.at(-1)).toMatchObject({ id: 'list', outputs: { rollouts: '["autosave"]' } });
      expect(run.jobs[1]!.steps.map((s) => [s.id, s.conclusion])).toEqual([
        ['app-token', 'skipped'],
        ['__actions_checkout', 'success'],
        ['__actions_checkout_2', 'skipped'], // the records branch: none here
        ['apply', 'success'],
      ]);
      expect(w.slack.got).toHaveLength(slack + 1);
      expect(JSON.parse(w.slack.got.at(-1)!.body).text).toContain(change);
    },
    60_000,
  );
});
