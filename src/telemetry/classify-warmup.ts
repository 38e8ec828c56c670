/**
 * Warm-up for the line classifier: a few synthetic lines that take every branch of classify()
 * (escapes, fractions, containers, duplicate keys, broken lines), run before the first real line.
 */
import { Buffer } from 'node:buffer';
import { type Plan, TIME_ISO8601 } from './plan.js';

/** The classifier as seen from here (classify.ts's LineParser; no import back, so no cycle). */
interface Classifier {
  readonly plan: Plan;
  classify(b: Buffer, lineStart: number, lineEnd: number): unknown;
}

/**
 * Runs every branch once, so the JIT has type feedback for the rare paths before it optimizes:
 * otherwise the first rare line in the data deoptimizes the hot loop. Costs microseconds; the
 * parser keeps no state from it that matters (the next classify() overwrites its captures).
 */
export function warmUp(parser: Classifier): void {
  const buf = Buffer.from(warmUpLines(parser.plan).join('\n'));
  // a few rounds: V8 only starts recording feedback after a function's first calls
  for (let round = 0; round < 4; round++) {
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, pos);
      parser.classify(buf, pos, nl < 0 ? buf.length : nl);
      if (nl < 0) break;
      pos = nl + 1;
    }
  }
}

/**
 * The warm-up's lines for `plan`. Escapes are JSON's (`\\u0073` in this source, so the classifier
 * sees a backslash): a template literal's `\u0073` is the letter itself, which once left the
 * escape paths cold, and the optimized classifier was thrown away twice on the first escaped
 * string of real data.
 */
export function warmUpLines(plan: Plan): string[] {
  const fields = plan.fields;
  const some = (i: number) => JSON.stringify(fields[i % fields.length] ?? 'x');
  const events = plan.events.map((e) => JSON.stringify(e.name));
  // the policy's own keys for the time and the name ("ts" and "event" unless rollout.yaml `events:`)
  const T = JSON.stringify(fields[0] ?? 'ts');
  const E = JSON.stringify(fields[1] ?? 'event');
  const ts = plan.timeFormat === TIME_ISO8601 ? '"2026-11-20T10:03:12.345Z"' : '1763632992345';
  const lines: string[] = [
    '',
    ' ',
    'x',
    '[1]',
    '{}',
    `{${T}:1}`,
    `{${T}:"1763632992"}`,
    `{${T}:"2026-11-20T19:03:12+09:00",${E}:"\\u0061"}`,
    `{${T}:${ts},${E}:"unknown.event","a":[1,{"b":null}],"c":{"d":[true,false]}}`,
    `{${T}:${ts},${E}:${events[0] ?? '"e"'},"x":-1.5e3,"y":"\\"\\u00e9\\n","z":"é"}`,
    `{${T}:${ts},${E}:${events[0] ?? '"e"'},"x":1,}`,
    `{${T}:${ts} ,	${E} : ${events[0] ?? '"e"'} }`,
    `{"t\\u0073":${ts},${E}:"x"}`,
    `{${T}:${ts},${E}:${events[0] ?? '"e"'},"a":"unterminated`,
  ];
  for (const e of events) {
    for (let i = 0; i < fields.length; i++) {
      lines.push(
        `{${T}:${ts},${E}:${e},${some(i)}:1,${some(i + 1)}:"a",${some(i + 2)}:true,${some(i + 3)}:0.25}`,
      );
      lines.push(`{${T}:${ts},${E}:${e},${some(i)}:null,${some(i + 1)}:false,${some(i + 2)}:[]}`);
    }
    // dotted fields: their objects, with and without the keys
    for (const path of plan.paths) {
      const keys = path.keys.map((k) => JSON.stringify(k.text));
      const nest = (v: string) => keys.reduceRight((inner, k) => `{${k}:${inner}}`, v);
      lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:${nest('1')}}`);
      lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:${nest('"a"')},"z":{"y":[]}}`);
      lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:{"other":{}}}`);
    }
  }
  return lines;
}
