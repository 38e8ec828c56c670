/**
 * The telemetry-source part of `npm run bench` (plain JS, run by scripts/bench.mjs):
 * - events/s collecting one day from the loopback JSONL export (identity and gzip) against the
 *   same file read locally, with peak RSS (memory stays flat: the body is streamed);
 * - one 15-minute window from Prometheus against the raw JSONL of the same data: time and bytes.
 * Servers run in their own processes (scripts/bench/serve.ts); each measurement too.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Starts `serve.ts …` and waits for its first line ({ url, … }). */
async function server(build, args) {
  const child = spawn(process.execPath, [path.join(build, 'scripts/bench/serve.js'), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    once(lines, 'line').then(([l]) => l),
    once(child, 'exit').then(() => {
      throw new Error(`serve.js ${args.join(' ')} failed:\n${stderr}`);
    }),
  ]);
  return {
    info: JSON.parse(first),
    stop: async () => {
      child.stdin.end();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

export async function benchSources({ build, dataDir, n, runs, tsx, fmt, pad }) {
  const file = path.join(dataDir, `events-${n}.jsonl`);
  if (!existsSync(file)) tsx('scripts/bench/generate.ts', [String(n), file]);
  const run = (args) => JSON.parse(tsx('scripts/bench/sources.ts', args).trim().split('\n').pop());
  const best = (args) => {
    let b;
    for (let i = 0; i < runs; i++) {
      const r = run(args);
      if (!b || r.ms < b.ms) b = { ...r, maxRssMiB: Math.max(r.maxRssMiB, b?.maxRssMiB ?? 0) };
      else b.maxRssMiB = Math.max(b.maxRssMiB, r.maxRssMiB);
    }
    return b;
  };
  const size = statSync(file).size;
  console.log(
    `\ntelemetry sources: one day of ${fmt(n)} events (${fmt(size / 1e6, 1)} MB), 96 windows, best of ${runs}`,
  );
  const plain = await server(build, ['export', file]);
  const gz = await server(build, ['export', file, 'gzip']);
  let rows;
  try {
    rows = [
      ['local file (1 thread)', best(['day', 'file', file])],
      ['JSONL export over HTTP', best(['day', 'url', plain.info.url])],
      ['JSONL export over HTTP, gzip', best(['day', 'url', gz.info.url])],
    ];
  } finally {
    await plain.stop();
    await gz.stop();
  }
  console.log(
    `${'source'.padEnd(32)}${pad('time', 10)}${pad('events/s', 13)}${pad('MB read', 10)}${pad('requests', 10)}${pad('peak RSS', 11)}`,
  );
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(32)}${pad(`${fmt(r.ms)} ms`, 10)}${pad(fmt((r.events / r.ms) * 1000), 13)}${pad(fmt(r.bytes / 1e6, 1), 10)}${pad(r.requests || '-', 10)}${pad(`${fmt(r.maxRssMiB)} MiB`, 11)}`,
    );
  }
  const [local, http, httpGz] = rows.map((r) => r[1]);
  console.log(
    `HTTP source vs local file: ${fmt(local.ms / http.ms, 2)}x (identity), ${fmt(local.ms / httpGz.ms, 2)}x (gzip); same events: ${http.events === local.events && httpGz.events === local.events}`,
  );

  // One window: Prometheus against the raw JSONL of the same events.
  const windowFile = path.join(dataDir, `window-${n}.jsonl`);
  if (!existsSync(windowFile)) run(['extract', file, windowFile]);
  let prom;
  try {
    prom = await server(build, ['prometheus', file]);
  } catch (e) {
    console.log(`\none window from Prometheus: skipped (${String(e.message).split('\n')[0]})`);
    return;
  }
  const plain2 = await server(build, ['export', file]);
  const gz2 = await server(build, ['export', file, 'gzip']);
  let one;
  try {
    one = [
      ['raw JSONL, local file', run(['window', 'file', windowFile])],
      ['raw JSONL, HTTP export', run(['window', 'url', plain2.info.url])],
      ['raw JSONL, HTTP export, gzip', run(['window', 'url', gz2.info.url])],
      ['Prometheus (query API)', run(['window', 'prom', prom.info.url])],
    ];
  } finally {
    await Promise.all([prom.stop(), plain2.stop(), gz2.stop()]);
  }
  const events = one[0][1].events;
  console.log(
    `\none 15-minute window (12:00-12:15, ${fmt(events)} events), best of 5 in one process; Prometheus loaded in ${fmt(prom.info.setupMs / 1000, 1)} s (history + promtool + start):`,
  );
  console.log(
    `${'source'.padEnd(32)}${pad('time', 10)}${pad('bytes read', 13)}${pad('requests', 10)}${pad('saves', 8)}${pad('save P95', 11)}${pad('restores ok', 13)}`,
  );
  for (const [name, r] of one) {
    console.log(
      `${name.padEnd(32)}${pad(`${fmt(r.ms, 1)} ms`, 10)}${pad(fmt(r.bytes), 13)}${pad(r.requests || '-', 10)}${pad(fmt(r.saves), 8)}${pad(`${fmt(r.p95)} ms`, 11)}${pad(r.restores, 13)}`,
    );
  }
  const [raw, , , p] = one.map((r) => r[1]);
  console.log(
    `Prometheus vs raw JSONL: ${fmt(raw.bytes / p.bytes, 0)}x fewer bytes, ${fmt(raw.ms / p.ms, 2)}x the speed; P95 from histogram buckets is the bucket bound (${fmt(p.p95)} ms vs ${fmt(raw.p95)} ms from raw values): docs/sources.md`,
  );
}
