/**
 * Runs a Node process as a whole and reads what it used: wall time (spawn to exit), CPU (user +
 * sys of all its threads) and peak RSS. A preload (the same for every measured process) writes
 * the process's resource usage as it exits, so no `time` binary is needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PRELOAD = `process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.PHASEGATE_BENCH_USAGE, JSON.stringify({
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMiB: u.maxRSS / 1024 }));
});
`;

/** A runner writing its preload and usage file into `scratch` (a folder of the caller's). */
export function processMeter(scratch) {
  const preload = path.join(scratch, 'usage-preload.cjs');
  writeFileSync(preload, PRELOAD);
  const usage = path.join(scratch, 'usage.json');
  /** @returns {{ wallMs: number, cpuMs: number, maxRssMiB: number, stdout: string }} */
  return (node, args, { cwd, env = process.env, name = args.join(' ') } = {}) => {
    rmSync(usage, { force: true });
    const t0 = performance.now();
    const r = spawnSync(node, ['--require', preload, ...args], {
      cwd,
      env: { ...env, PHASEGATE_BENCH_USAGE: usage },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const wallMs = performance.now() - t0;
    if (r.status !== 0 || !existsSync(usage))
      throw new Error(`${name} under ${node} failed (${r.status}):\n${r.stdout}${r.stderr}`);
    return { wallMs, ...JSON.parse(readFileSync(usage, 'utf8')), stdout: r.stdout };
  };
}

/** The fastest of `n` measurements by `key` (wall time), with the largest peak RSS of them all. */
export function bestOf(n, measure, key = 'wallMs') {
  let b;
  for (let i = 0; i < n; i++) {
    const r = measure();
    if (!b || r[key] < b[key]) b = { ...r, maxRssMiB: Math.max(r.maxRssMiB, b?.maxRssMiB ?? 0) };
    else b.maxRssMiB = Math.max(b.maxRssMiB, r.maxRssMiB);
  }
  return b;
}
