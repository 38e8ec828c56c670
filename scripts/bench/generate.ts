/**
 * Writes a benchmark trace: `tsx scripts/bench/generate.ts <events> <file> [days]`: the events
 * spread over `days` days (default 1) from BENCH_FROM.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { traceChunks } from '../../src/demo/trace.js';
import { BENCH_FROM, benchTo } from './common.js';

const [n, file, days = '1'] = process.argv.slice(2);
if (!n || !file) throw new Error('usage: generate.ts <events> <file> [days]');
const tmp = `${file}.${process.pid}.tmp`; // two generators of one file never share a temporary
const out = createWriteStream(tmp);
for (const chunk of traceChunks(
  {
    seed: 20261120,
    from: BENCH_FROM,
    to: benchTo(Number(days)),
    events: Number(n),
    cohorts: { qa: 0.05, beta: 0.25, ga: 0.7 },
    malformed: 0.0005,
    invalid: 0.0005,
    unknown: 0.001,
  },
  4 << 20,
)) {
  if (!out.write(chunk)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
await rename(tmp, file);
