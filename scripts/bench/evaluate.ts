/**
 * The decision's cost on a long history, in its own process: B-1 (5 consecutive days, 24 h
 * sustained rules, four SLOs) evaluated over 30 days of 15-minute reports, against the floor of
 * merely decoding those reports from their JSONL text. Prints one JSON line.
 */
import { traceText } from '../../src/demo/trace.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { referencePolicyFiles } from '../../src/policy/reference.js';
import { evaluate } from '../../src/rollout/decide.js';
import { decodeRecord, encodeRecord } from '../../src/telemetry/codec.js';
import { collectTexts } from '../../src/telemetry/collect.js';

const DAY = 86_400_000;
const policy = compilePolicy({ dir: 'phases', files: referencePolicyFiles() });
const to = Date.parse('2026-12-01T00:00:00Z');
const from = to - 30 * DAY;
const text = traceText({ seed: 11, from, to, ratePerMinute: 12 });
const { windows } = collectTexts([{ source: 'trace', text }], { policy, from, to });
const texts = windows.map(encodeRecord);

function best(fn: () => unknown, runs = 5): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const decodeMs = best(() => texts.map((t) => decodeRecord(t)));
let decision = '';
const evaluateMs = best(() => {
  decision = evaluate({ policy, phase: 'B-1', since: from, records: windows, at: to }).decision.action;
});
process.stdout.write(
  `${JSON.stringify({ windows: windows.length, decodeMs, evaluateMs, decision, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
