/**
 * Telemetry-source measurements, each in its own process (peak RSS is the measurement's own):
 *   day file|url <where>          the whole day (96 windows) from a local file or an export URL
 *   window file|url|prom <where>  one 15-minute window, best of 5: time and bytes read
 *   extract <file> <out>          write the lines of that one window to <out> (the raw JSONL)
 * Prints one JSON line.
 */
import { stat } from 'node:fs/promises';
import { compilePolicy } from '../../src/policy/compile.js';
import type { Policy } from '../../src/policy/model.js';
import { referencePolicyFiles } from '../../src/policy/reference.js';
import { collectSources } from '../../src/telemetry/sources/dispatch.js';
import { BENCH_FROM, WINDOW_MS } from './common.js';

/** The window compared across sources: 12:00–12:15 of the bench day (busy, mid-day). */
export const BENCH_WINDOW = BENCH_FROM + 48 * WINDOW_MS;

const [mode, kind, where] = process.argv.slice(2) as [string, string, string];
if (mode === 'extract') {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const [from, to] = [new Date(BENCH_WINDOW).toISOString(), new Date(BENCH_WINDOW + WINDOW_MS).toISOString()];
  const lines = readFileSync(kind, 'utf8')
    .split('\n')
    .filter((l) => {
      const ts = /"ts":"([^"]+)"/.exec(l)?.[1];
      return ts !== undefined && ts >= from && ts < to;
    });
  writeFileSync(where, `${lines.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify({ lines: lines.length })}\n`);
  process.exit(0);
}
const files = referencePolicyFiles();
const SOURCES: Record<string, string> = {
  file: 'sources:\n  events:\n    type: jsonl\n',
  url: `sources:\n  events:\n    type: jsonl\n    url: "${where}"\n`,
  prom: `sources:
  metrics:
    type: prometheus
    url: "${where}"
    slis:
      save_latency: { histogram: autosave_save_duration_seconds }
      restore_success: { numerator: 'autosave_restore_total{result="success"}', denominator: autosave_restore_total }
      crash_rate: { numerator: app_crashes_total, denominator: app_sessions_total }
      auto_merge_rate: { numerator: 'merge_diff_apply_total{mode="auto"}', denominator: merge_diff_apply_total }
      critical_bugs: { counter: 'bugs_reported_total{severity="critical"}' }
`,
};
files['rollout.yaml'] = files['rollout.yaml']!.replace(/^sources:\n(?: {2}.*\n)*/m, SOURCES[kind]!);
const policy: Policy = compilePolicy({ dir: 'phases', files });
const slis = Object.keys(policy.slis);

async function once(starts: number[]) {
  let bytes = 0;
  let requests = 0;
  const t0 = performance.now();
  const r = await collectSources({
    policy,
    windows: new Map(starts.map((s) => [s, slis])),
    files: kind === 'file' ? where : undefined,
    log: (l) => process.stderr.write(l),
    onResponse: (i) => {
      bytes += i.bytes;
      requests++;
    },
  });
  const ms = performance.now() - t0;
  if (r.failures.length) throw new Error(r.failures.join('\n'));
  if (kind === 'file') bytes = (await stat(where)).size;
  const parts = [...r.windows.values()];
  const events = parts.reduce((t, p) => t + (p.counts?.events ?? 0), 0);
  const lat = parts[0]!.slis.get('save_latency');
  const restore = parts[0]!.slis.get('restore_success');
  return {
    ms,
    bytes,
    requests,
    events,
    saves: lat?.kind === 'latency' ? lat.count : 0,
    p95: lat?.kind === 'latency' ? lat.sketch.quantile(0.95) : null,
    restores: restore?.kind === 'ratio' ? `${restore.numerator}/${restore.denominator}` : null,
  };
}

let out: Awaited<ReturnType<typeof once>>;
if (mode === 'day') {
  out = await once(Array.from({ length: 96 }, (_, i) => BENCH_FROM + i * WINDOW_MS));
} else {
  out = await once([BENCH_WINDOW]);
  for (let i = 0; i < 4; i++) {
    const r = await once([BENCH_WINDOW]);
    if (r.ms < out.ms) out = r;
  }
}
process.stdout.write(
  `${JSON.stringify({ mode, kind, ...out, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
