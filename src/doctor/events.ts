/**
 * `doctor`'s look at the telemetry: the events glob matches files, and a sample of them (the
 * first MiB of the newest three) goes through the collector `collect` uses, counted per SLI. An
 * SLI judged on rates or latencies with no valid event in the sample is a problem: the event
 * name or field in rollout.yaml does not match the events, and every verdict would be no data.
 */
import { Buffer } from 'node:buffer';
import { open } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Policy } from '../policy/model.js';
import { LineParser } from '../telemetry/classify.js';
import { collectTexts } from '../telemetry/collect.js';
import { LINE_EVENT, LINE_UNKNOWN } from '../telemetry/line-class.js';
import { compilePlan, latencyThresholds } from '../telemetry/plan.js';
import { samplesOf } from '../telemetry/record.js';
import { resolveSourceFiles } from '../telemetry/sources/jsonl.js';
import { TelemetrySourceError } from '../telemetry/sources/read-error.js';
import { unreadableReason } from '../telemetry/sources/sniff.js';
import { type Check, ok, problem } from './check.js';

export const SAMPLE_BYTES = 1 << 20;
const SAMPLE_FILES = 3;
const MAX_SPAN_MS = 7 * 86_400_000;

export interface EventsInput {
  root: string;
  policy: Policy;
  /** The events glob, when known. */
  glob?: string;
  /** Where the glob came from, or why it is unknown. */
  from: string;
  doc: string;
  config: string;
}

/** SLI ids that read JSONL events, by the glob they read (the events glob: `undefined`). */
function eventSlis(policy: Policy): Map<string | undefined, string[]> {
  const by = new Map<string | undefined, string[]>();
  for (const source of policy.sources.list) {
    if (source.type !== 'jsonl' || source.url) continue;
    for (const glob of source.files ?? [undefined]) by.set(glob, [...(by.get(glob) ?? []), ...source.slis]);
  }
  return by;
}

export async function eventChecks(i: EventsInput): Promise<Check[]> {
  const checks: Check[] = [];
  const elsewhere = i.policy.sources.list.filter((s) => s.type !== 'jsonl' || s.url);
  if (elsewhere.length) {
    const names = elsewhere.map((s) => `${s.slis.join(', ')} from ${s.type} source "${s.name}"`);
    checks.push(ok('sources', `${names.join('; ')}: not checked offline.`));
  }
  for (const [own, slis] of eventSlis(i.policy)) {
    const glob = own ?? i.glob;
    const from = own ? `rollout.yaml sources` : i.from;
    if (glob === undefined) {
      checks.push(
        problem(
          'events',
          `${slis.join(', ')} read the events of collect's events: input, which doctor cannot read (${from}).`,
          'pass --events <glob> to doctor.',
        ),
      );
      continue;
    }
    let files: string[];
    try {
      files = await resolveSourceFiles(glob, i.root);
    } catch (e) {
      if (!(e instanceof TelemetrySourceError)) throw e;
      checks.push(
        problem(
          'events',
          `${glob} (${from}) matches no file: collect fails until events are there.`,
          `put the events there before collect runs (rollout.yml's "Fetch telemetry events" step), or pass --events <glob> (${i.doc}#2-the-workflows).`,
        ),
      );
      continue;
    }
    checks.push(ok('events', `${glob} (${from}) matches ${files.length} file(s).`));
    checks.push(await sampleCheck(i, files, slis));
  }
  return checks;
}

interface Sample {
  file: string;
  text: Buffer;
}

async function readSample(file: string): Promise<Sample | { file: string; why: string; fix: string }> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SAMPLE_BYTES, 0);
    const whole = bytesRead < SAMPLE_BYTES;
    const bad = unreadableReason(buf.subarray(0, bytesRead), whole);
    if (bad) return { file, ...bad };
    const end = whole ? bytesRead : buf.lastIndexOf(0x0a, bytesRead - 1) + 1;
    return { file, text: buf.subarray(0, end) };
  } finally {
    await fh.close();
  }
}

/** The span of the sample's timestamps, on window boundaries (at most a week, from the first). */
function span(policy: Policy, text: Buffer): { from: number; to: number } | undefined {
  const parser = new LineParser(compilePlan(policy.slis, latencyThresholds(policy)));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf(0x0a, s);
    if (e < 0) e = text.length;
    const cls = parser.classify(text, s, e);
    if (cls === LINE_EVENT || cls === LINE_UNKNOWN) {
      min = Math.min(min, parser.ts);
      max = Math.max(max, parser.ts);
    }
    s = e + 1;
  }
  if (min > max) return undefined;
  const w = policy.windowMs;
  const from = Math.floor(min / w) * w;
  return { from, to: Math.min(Math.floor(max / w) * w + w, from + MAX_SPAN_MS) };
}

async function sampleCheck(
  i: EventsInput,
  files: readonly string[],
  slis: readonly string[],
): Promise<Check> {
  const shown = (f: string) => relative(i.root, f) || f;
  const perSli = new Map(slis.map((id) => [id, 0]));
  const counts = { lines: 0, events: 0, malformed: 0, invalid: 0, unknown: 0, outside: 0 };
  const sampled: string[] = [];
  for (const file of files.slice(-SAMPLE_FILES)) {
    const sample = await readSample(file);
    if (!('text' in sample))
      return problem('events sample', `${shown(file)} ${sample.why}.`, `${sample.fix}.`);
    sampled.push(shown(file));
    const range = span(i.policy, sample.text);
    if (!range) {
      counts.lines += sample.text
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim()).length;
      continue;
    }
    const result = collectTexts([{ source: file, text: sample.text }], { policy: i.policy, ...range });
    counts.lines += result.stats.lines;
    counts.outside += result.stats.outside;
    for (const w of result.windows) {
      for (const k of ['events', 'malformed', 'invalid', 'unknown'] as const) counts[k] += w.counts[k];
      for (const id of slis) {
        const agg = w.slis.get(id);
        if (agg) perSli.set(id, perSli.get(id)! + samplesOf(agg));
      }
    }
  }
  const bySli = [...perSli].map(([id, n]) => `${id} ${n}`).join(', ');
  const other = `${counts.malformed} malformed, ${counts.invalid} invalid, ${counts.unknown} of events no SLI maps`;
  const detail = `${counts.lines} lines of ${sampled.join(', ')}: valid events per SLI: ${bySli} (${other}).`;
  const empty = [...perSli]
    .filter(([id, n]) => n === 0 && i.policy.slis[id]?.kind !== 'count')
    .map(([id]) => id);
  if (counts.events === 0 || empty.length) {
    const named = (empty.length ? empty : slis).map((id) => describeSli(i.policy, id)).join('; ');
    return problem(
      'events sample',
      `${detail} No valid event for ${empty.length ? empty.join(', ') : 'any SLI'}: every verdict would be "no data".`,
      `make ${i.config}/rollout.yaml's slis match the events (${named}); each line needs "ts" (ISO 8601 with a zone) and "event".`,
    );
  }
  return ok('events sample', detail);
}

function describeSli(policy: Policy, id: string): string {
  const sli = policy.slis[id];
  if (!sli) return id;
  if (sli.kind === 'latency') return `${id} reads "${sli.event}" events with a number in "${sli.field}"`;
  if (sli.kind === 'ratio') return `${id} reads "${sli.denominator.event}" events`;
  return `${id} counts "${sli.event}" events`;
}
