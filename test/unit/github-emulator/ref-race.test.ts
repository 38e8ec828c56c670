/**
 * Ref races on one branch (src/github/ref-race.ts): the rollouts' jobs of one scheduled run
 * commit to one records branch at the same time; each loses to the others' updates ("Update is
 * not a fast forward") and tries again after a scattered wait, until every commit has landed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/github/client.js';
import { GitHubForge } from '../../../src/github/forge.js';
import { REF_RACE_ATTEMPTS, RefRace } from '../../../src/github/ref-race.js';
import { type Emulator, setup } from './helpers.js';

let gh: Emulator;
beforeAll(async () => {
  gh = (await setup()).gh;
  await gh.seed({ 'README.md': 'hi\n' });
  await gh.push('data', { 'reports/README.md': 'records\n' }, 'records branch', 'alice');
});
afterAll(() => gh.close());

describe('a ref race', () => {
  it('20 writers committing to one branch at once: every commit lands, none is forced over', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const names = Array.from({ length: 20 }, (_, i) => `r${i}`);
    await Promise.all(
      names.map((name) => {
        const client = createClient({ token: 'tok-bot', baseUrl: gh.url, log: () => {} });
        const forge = new GitHubForge(client, 'acme/app', 'github-actions[bot]', new RefRace({ sleep }));
        return forge.commitFiles(
          'data',
          [{ path: `reports/${name}/monitoring/202611170200.jsonl`, content: `${name}\n` }],
          `${name}: a window`,
        );
      }),
    );
    const files = await gh.gitText(['ls-tree', '-r', '--name-only', 'data', 'reports/']);
    expect(files.split('\n').filter((f) => f.endsWith('.jsonl'))).toHaveLength(20);
    expect((await gh.gitText(['rev-list', '--count', 'data'])).trim()).toBe(String(1 + 1 + 20));
    expect(waits.length).toBeGreaterThan(0); // they did collide
  });

  it('waits at random, longer after each loss, never past the deadline; gives up after the last try', async () => {
    const waits: number[] = [];
    const race = (o: { now?: number; deadline?: number; random?: number }) =>
      new RefRace({
        sleep: async (ms) => {
          waits.push(ms);
        },
        now: () => o.now ?? 0,
        deadline: o.deadline,
        random: () => o.random ?? 1,
      });
    expect(await race({}).again(1)).toBe(true);
    expect(await race({}).again(3)).toBe(true);
    expect(await race({}).again(20)).toBe(true);
    expect(await race({ random: 0.5 }).again(2)).toBe(true);
    expect(waits).toEqual([250, 750, 2_000, 250]);
    expect(await race({}).again(REF_RACE_ATTEMPTS)).toBe(false);
    expect(await race({ now: 1_000, deadline: 1_200 }).again(1)).toBe(false);
    expect(waits).toHaveLength(4);
  });
});
