/**
 * A scheduled run's requests do not grow with the repository: the re-run that changes nothing
 * costs what README's "Requests per run" says (rollout.test.ts measures it on a fresh repository)
 * after 30 more commits on the default branch, 101 closed phasegate PRs, 101 other open PRs, 101
 * open issues, and 101 comments on the open advance PR and 30 on the dashboard.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkDocFigure, README_REQUESTS } from '../../support/doc-excerpt.js';
import { latencyRegressionTrace } from '../../support/traces.js';
import { repositoryFiles, TOKENS, World, writesOf } from '../../support/world.js';

const T = (iso: string) => Date.parse(iso);
let w: World;
beforeAll(async () => {
  w = await World.start(latencyRegressionTrace());
  w.now = T('2026-11-15T00:00:00Z');
  await w.gh.seed(repositoryFiles(), 'Start the autosave rollout at A-0');
}, 60_000);
afterAll(async () => {
  expect(w.gh.violations).toEqual([]);
  await w.close();
});

async function asBot(method: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${w.gh.url}${path}`, {
    method,
    headers: { authorization: `token ${TOKENS.bot}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}

it('a re-run that changes nothing makes the same requests however much history and how many PRs, issues and comments', async () => {
  // Before the first run: commits, and past one page (100) of closed phase PRs, other open PRs
  // (the REST reads listed every open PR) and issues.
  for (let k = 0; k < 30; k++)
    await w.gh.seed({ [`docs/notes/${k}.md`]: `note ${k}\n` }, `note ${k}`, 'alice');
  await w.gh.push('topic/closed', { 'src/closed.ts': 'export {};\n' }, 'closed topic', 'alice');
  for (let k = 0; k < 101; k++) {
    const number = await w.gh.openPull({ head: 'topic/closed', title: `Closed ${k}`, user: 'alice' });
    await asBot('POST', `/repos/acme/app/issues/${number}/labels`, { labels: ['phasegate'] });
    await asBot('PATCH', `/repos/acme/app/pulls/${number}`, { state: 'closed' });
  }
  for (let k = 0; k < 101; k++) {
    // From forks: no push event to build, and as open PRs usually are.
    await w.gh.pushFork(
      'mallory',
      `topic/${k}`,
      { [`src/topic-${k}.ts`]: `export const k = ${k};\n` },
      `topic ${k}`,
    );
    await w.gh.openPull({ head: `mallory:topic/${k}`, title: `Topic ${k}`, user: 'mallory' });
  }
  for (let k = 0; k < 101; k++)
    await w.gh.openIssue({ title: `Bug ${k}`, labels: k % 3 ? ['bug'] : [], user: 'carol' });

  w.now = T('2026-11-17T02:07:00Z');
  await w.scheduledRun('50h');
  const advance = w.gh.state.pulls.find((p) => p.state === 'open' && p.head.ref.startsWith('phasegate/'))!;
  const dashboard = w.gh.state.issues.find((i) => i.labels.includes('phasegate:dashboard'))!;
  for (let k = 0; k < 101; k++) await w.gh.comment(advance.number, 'alice', `looking at it (${k})`);
  for (let k = 0; k < 30; k++) await w.gh.comment(dashboard.number, 'carol', `noted (${k})`);

  w.gh.resetRequests();
  await w.scheduledRun('50h');
  expect(writesOf(w.gh.requests)).toEqual([]);
  console.log(`a re-run that changes nothing, after much history: ${w.gh.requests.length} requests`);
  checkDocFigure('README.md', README_REQUESTS.rerun, w.gh.requests.length);
}, 300_000);
