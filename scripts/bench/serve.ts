/**
 * A server for the source benchmarks, in its own process so it does not share the measuring
 * process's CPU time: `serve.ts export <file> [gzip]` (the loopback NDJSON export) or
 * `serve.ts prometheus <file>` (a real Prometheus loaded with the file's history as a scraper
 * would have recorded it). Prints one JSON line { url, … } and stops when stdin closes.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { startExportServer } from '../../test/support/export-server.js';
import { type HistoryEvent, openMetricsFromEvents, startPrometheus } from '../../test/support/prometheus.js';
import { BENCH_FROM, BENCH_TO } from './common.js';

export const BENCH_BUCKETS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 5, 10];

/** The file's events, in file (= time) order, parsed one at a time. */
function* events(file: string): Generator<HistoryEvent> {
  const buf = readFileSync(file);
  for (let pos = 0; pos < buf.length; ) {
    const nl = buf.indexOf(0x0a, pos);
    const end = nl < 0 ? buf.length : nl;
    const line = buf.toString('utf8', pos, end);
    pos = end + 1;
    let v: { ts?: unknown; event?: unknown };
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof v?.ts !== 'string' || typeof v.event !== 'string') continue;
    if (
      v.event === 'autosave.save.completed' &&
      typeof (v as { duration_ms?: unknown }).duration_ms !== 'number'
    )
      continue;
    yield { ...(v as HistoryEvent), ts: Date.parse(v.ts) };
  }
}

const [kind, file, opt] = process.argv.slice(2) as [string, string, string | undefined];
let stop: () => Promise<void>;
if (kind === 'export') {
  const s = await startExportServer({ file, gzip: opt === 'gzip' });
  stop = s.close;
  process.stdout.write(`${JSON.stringify({ url: s.url })}\n`);
} else {
  const t0 = performance.now();
  const om = openMetricsFromEvents(events(file), {
    from: BENCH_FROM,
    to: BENCH_TO,
    stepMs: 60_000,
    buckets: BENCH_BUCKETS,
  });
  const p = await startPrometheus(om);
  stop = p.stop;
  process.stdout.write(`${JSON.stringify({ url: p.url, setupMs: performance.now() - t0 })}\n`);
}
process.stdin.resume();
await once(process.stdin, 'end');
await stop();
process.exit(0);
