/**
 * Warm-up for the line classifier: a few synthetic lines that take every branch of classify()
 * (escapes, fractions, containers, duplicate keys, broken lines), run before the first real line.
 */
import { Buffer } from 'node:buffer';
import type { Plan } from './plan.js';

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
  const fields = parser.plan.fields;
  const some = (i: number) => JSON.stringify(fields[i % fields.length] ?? 'x');
  const events = parser.plan.events.map((e) => JSON.stringify(e.name));
  const ts = '"2026-11-20T10:03:12.345Z"';
  const lines: string[] = [
    '',
    ' ',
    'x',
    '[1]',
    '{}',
    '{"ts":1}',
    `{"ts":"2026-11-20T19:03:12+09:00","event":"\u0061"}`,
    `{"ts":${ts},"event":"unknown.event","a":[1,{"b":null}],"c":{"d":[true,false]}}`,
    `{"ts":${ts},"event":${events[0] ?? '"e"'},"x":-1.5e3,"y":""\u00e9\n","z":"é"}`,
    `{"ts":${ts},"event":${events[0] ?? '"e"'},"x":1,}`,
    `{"ts":${ts} ,	"event" : ${events[0] ?? '"e"'} }`,
    `{"t\u0073":${ts},"event":"x"}`,
    `{"ts":${ts},"event":${events[0] ?? '"e"'},"a":"unterminated`,
  ];
  for (const e of events) {
    for (let i = 0; i < fields.length; i++) {
      lines.push(
        `{"ts":${ts},"event":${e},${some(i)}:1,${some(i + 1)}:"a",${some(i + 2)}:true,${some(i + 3)}:0.25}`,
      );
      lines.push(`{"ts":${ts},"event":${e},${some(i)}:null,${some(i + 1)}:false,${some(i + 2)}:[]}`);
    }
  }
  const buf = Buffer.from(lines.join('\n'));
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
