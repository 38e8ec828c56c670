/**
 * The report codec: a WindowRecord as versioned JSONL and back.
 *
 * Encoding is deterministic byte for byte: a `window` header line, then one `sli` line per SLI
 * sorted by SLI id, then `missing` lines sorted by SLI id; keys in a fixed order, sketch bins
 * sorted by key, numbers as JSON.stringify writes them (shortest round-trip form), "\n" after
 * every line. Decoding validates every line and names the file and line number of a broken one.
 */
import { z } from 'zod';
import { RECORD_VERSION, type RecordLine, type SliAggregate, type WindowRecord } from './record.js';
import { LatencySketch, SKETCH_RELATIVE_ACCURACY, type SketchJson } from './sketch.js';

export class RecordDecodeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}; restore the file from git or collect its window again`);
    this.name = 'RecordDecodeError';
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The report lines of a window, in file order. */
export function recordLines(report: WindowRecord): RecordLine[] {
  const lines: RecordLine[] = [
    {
      v: RECORD_VERSION,
      type: 'window',
      start: iso(report.start),
      end: iso(report.end),
      events: report.counts.events,
      malformed: report.counts.malformed,
      invalid: report.counts.invalid,
      unknown: report.counts.unknown,
      ...(report.rechecked !== undefined && { rechecked: iso(report.rechecked) }),
    },
  ];
  for (const id of [...report.slis.keys()].sort(byId)) {
    const a = report.slis.get(id)!;
    switch (a.kind) {
      case 'latency':
        lines.push({
          v: RECORD_VERSION,
          type: 'sli',
          sli: id,
          kind: 'latency',
          count: a.count,
          sum: a.sum,
          min: a.min,
          max: a.max,
          ...(a.over && { over: [...a.over].sort((x, y) => x[0] - y[0]) }),
          sketch: a.sketch.toJSON(),
        });
        break;
      case 'ratio':
        lines.push({
          v: RECORD_VERSION,
          type: 'sli',
          sli: id,
          kind: 'ratio',
          numerator: a.numerator,
          denominator: a.denominator,
          ...(a.control && {
            control: { numerator: a.control.numerator, denominator: a.control.denominator },
          }),
        });
        break;
      case 'count':
        lines.push({
          v: RECORD_VERSION,
          type: 'sli',
          sli: id,
          kind: 'count',
          count: a.count,
          ...(a.distinct && { distinct: a.distinct }),
        });
        break;
    }
  }
  for (const id of [...report.missing.keys()].sort(byId)) {
    lines.push({ v: RECORD_VERSION, type: 'missing', sli: id, reason: report.missing.get(id)! });
  }
  return lines;
}

/** One line's JSON, keys in the order the RecordLine literal above gives them. */
function lineJson(line: RecordLine): string {
  if (line.type === 'sli' && line.kind === 'latency') {
    // The sketch is written by hand so the key order and the bin layout never depend on an object.
    const { sketch, ...rest } = line;
    const head = JSON.stringify(rest);
    // Keys and counts are finite numbers, whose JSON is their String (the same digits, -0 as 0).
    let bins = '';
    for (const [k, c] of sketch.bins) bins += `${bins === '' ? '' : ','}[${k},${c}]`;
    return `${head.slice(0, -1)},"sketch":{"alpha":${JSON.stringify(sketch.alpha)},"zero":${JSON.stringify(sketch.zero)},"bins":[${bins}]}}`;
  }
  return JSON.stringify(line);
}

/** The file content of a window report: JSONL, one line per record, trailing newline. */
export function encodeRecord(report: WindowRecord): string {
  let out = '';
  for (const line of recordLines(report)) out += `${lineJson(line)}\n`;
  return out;
}

const Count = z.number().int().nonnegative();
const Iso = z.iso.datetime();
const SliId = z.string().min(1);

const WindowLine = z.strictObject({
  v: z.literal(RECORD_VERSION),
  type: z.literal('window'),
  start: Iso,
  end: Iso,
  events: Count,
  malformed: Count,
  invalid: Count,
  unknown: Count,
  rechecked: Iso.optional(),
});
const SketchSchema = z.strictObject({
  alpha: z.literal(SKETCH_RELATIVE_ACCURACY),
  zero: Count,
  bins: z.array(z.tuple([z.number().int(), z.number().int().positive()])),
});
const SliLine = z.discriminatedUnion('kind', [
  z.strictObject({
    v: z.literal(RECORD_VERSION),
    type: z.literal('sli'),
    sli: SliId,
    kind: z.literal('latency'),
    count: Count,
    sum: z.number(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    over: z.array(z.tuple([z.number().positive(), Count])).optional(),
    sketch: SketchSchema,
  }),
  z.strictObject({
    v: z.literal(RECORD_VERSION),
    type: z.literal('sli'),
    sli: SliId,
    kind: z.literal('ratio'),
    numerator: Count,
    denominator: Count,
    control: z.strictObject({ numerator: Count, denominator: Count }).optional(),
  }),
  z.strictObject({
    v: z.literal(RECORD_VERSION),
    type: z.literal('sli'),
    sli: SliId,
    kind: z.literal('count'),
    count: Count,
    distinct: z.array(z.string()).optional(),
  }),
]);
const MissingLine = z.strictObject({
  v: z.literal(RECORD_VERSION),
  type: z.literal('missing'),
  sli: SliId,
  reason: z.string(),
});

function issueText(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function aggregateOf(line: z.infer<typeof SliLine>, fail: (msg: string) => never): SliAggregate {
  switch (line.kind) {
    case 'latency': {
      let binTotal = line.sketch.zero;
      let prev = Number.NEGATIVE_INFINITY;
      for (const [k, c] of line.sketch.bins) {
        if (k <= prev) fail('sketch bins are not sorted by key');
        prev = k;
        binTotal += c;
      }
      if (binTotal !== line.count) fail(`sketch holds ${binTotal} values but count is ${line.count}`);
      if ((line.count === 0) !== (line.min === null) || (line.count === 0) !== (line.max === null)) {
        fail('min and max must be null exactly when count is 0');
      }
      let prevT = 0;
      for (const [t, n] of line.over ?? []) {
        if (t <= prevT) fail('over thresholds are not sorted ascending');
        if (n > line.count) fail(`${n} samples over ${t} ms but count is ${line.count}`);
        prevT = t;
      }
      const sketchJson: SketchJson = {
        alpha: line.sketch.alpha,
        zero: line.sketch.zero,
        bins: line.sketch.bins,
      };
      return {
        kind: 'latency',
        count: line.count,
        sum: line.sum,
        min: line.min,
        max: line.max,
        ...(line.over && { over: new Map(line.over) }),
        sketch: LatencySketch.fromJSON(sketchJson),
      };
    }
    case 'ratio':
      // No numerator ≤ denominator check: the two sides may be different events (crashes per
      // session start), and a window can hold more crashes than session starts.
      return line.control
        ? {
            kind: 'ratio',
            numerator: line.numerator,
            denominator: line.denominator,
            control: { numerator: line.control.numerator, denominator: line.control.denominator },
          }
        : { kind: 'ratio', numerator: line.numerator, denominator: line.denominator };
    case 'count':
      if (!line.distinct) return { kind: 'count', count: line.count };
      for (let k = 1; k < line.distinct.length; k++) {
        if (!(line.distinct[k - 1]! < line.distinct[k]!)) fail('distinct values are not sorted and unique');
      }
      if (line.distinct.length > line.count) {
        fail(`${line.distinct.length} distinct values but count is ${line.count}`);
      }
      return { kind: 'count', count: line.count, distinct: line.distinct };
  }
}

/**
 * Parses a report file's text. `file` is only used in error messages. Throws RecordDecodeError
 * naming the file and the 1-based line of the first problem.
 */
export function decodeRecord(text: string, file = '<report>'): WindowRecord {
  const rows = text.split('\n');
  if (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  let report: WindowRecord | undefined;
  for (const [index, row] of rows.entries()) {
    const n = index + 1;
    const fail: (msg: string) => never = (msg) => {
      throw new RecordDecodeError(file, n, msg);
    };
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (e) {
      fail(`not valid JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object');
    const rec = value as Record<string, unknown>;
    if (rec.v !== RECORD_VERSION) {
      fail(`report line of version ${JSON.stringify(rec.v)}; this phasegate reads version ${RECORD_VERSION}`);
    }
    if (rec.type === 'window') {
      if (index !== 0) fail('the `window` line must be the first line, and only one');
      const r = WindowLine.safeParse(rec);
      if (!r.success) fail(`bad window line: ${issueText(r.error)}`);
      const start = Date.parse(r.data.start);
      const end = Date.parse(r.data.end);
      if (!(end > start)) fail('window end is not after its start');
      report = {
        start,
        end,
        counts: {
          events: r.data.events,
          malformed: r.data.malformed,
          invalid: r.data.invalid,
          unknown: r.data.unknown,
        },
        slis: new Map(),
        missing: new Map(),
        ...(r.data.rechecked !== undefined && { rechecked: Date.parse(r.data.rechecked) }),
      };
      continue;
    }
    if (report === undefined) fail('the first line must be the `window` line');
    if (rec.type === 'sli') {
      const r = SliLine.safeParse(rec);
      if (!r.success) fail(`bad sli line: ${issueText(r.error)}`);
      if (report.slis.has(r.data.sli) || report.missing.has(r.data.sli))
        fail(`SLI "${r.data.sli}" appears twice`);
      report.slis.set(r.data.sli, aggregateOf(r.data, fail));
      continue;
    }
    if (rec.type === 'missing') {
      const r = MissingLine.safeParse(rec);
      if (!r.success) fail(`bad missing line: ${issueText(r.error)}`);
      if (report.slis.has(r.data.sli) || report.missing.has(r.data.sli))
        fail(`SLI "${r.data.sli}" appears twice`);
      report.missing.set(r.data.sli, r.data.reason);
      continue;
    }
    fail(`unknown line type ${JSON.stringify(rec.type)}`);
  }
  if (report === undefined) throw new RecordDecodeError(file, 1, 'empty report: no `window` line');
  return report;
}
