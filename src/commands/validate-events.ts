/**
 * `phasegate validate --events`: a sample of JSONL events checked against the policy's SLIs. Apart
 * from validate.ts so that a plain `validate` (the Action's cold start) never loads the readers.
 */
import { open } from 'node:fs/promises';
import { InputError } from '../input.js';
import { DEFAULT_SAMPLE_LINES, EventSample, formatEventCheck } from '../telemetry/event-check.js';
import { sourceLabel } from '../telemetry/sources/config.js';
import { resolveSourceFiles } from '../telemetry/sources/jsonl.js';
import { TelemetrySourceError } from '../telemetry/sources/read-error.js';
import { displayPath, loadPolicyDir } from '../worktree/policy-dir.js';

/** The events sample failed the check (exit 1): an SLI no line feeds, or mostly unusable lines. */
export class EventsCheckError extends Error {
  override name = 'EventsCheckError';
}

/** `--sample`: a whole number of lines, at least 1. */
export function parseSample(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SAMPLE_LINES;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InputError(`--sample: "${text}" is not a number of lines such as ${DEFAULT_SAMPLE_LINES}`);
  return n;
}

/**
 * `validate --events`: the first `sample` lines of the files (a file or a glob) read with the
 * policy's mapping (rollout.yaml `slis:` and `events:`), the check written to `out`; throws
 * EventsCheckError, naming each problem and its fix, when the sample would give an SLI no data.
 */
export async function validateEventsCommand(opts: {
  config: string;
  events: string;
  sample?: number;
  out: (text: string) => void;
}): Promise<void> {
  const { policy } = loadPolicyDir(opts.config);
  const files = await resolveSourceFiles(opts.events).catch((e: unknown) => {
    throw e instanceof TelemetrySourceError ? new InputError(`--events: ${e.message}`) : e;
  });
  const sample = new EventSample(policy.slis, policy.events, opts.sample ?? DEFAULT_SAMPLE_LINES);
  for (const file of files) {
    if (sample.full) {
      sample.cut = true;
      break;
    }
    sample.beginSource(displayPath(file));
    const fh = await open(file, 'r');
    try {
      // A chunk past a full sample only marks it cut: no more is read.
      for await (const chunk of fh.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) {
        sample.push(chunk as Buffer);
        if (sample.cut) break;
      }
    } finally {
      await fh.close();
    }
    if (sample.cut) break;
  }
  // SLIs read from Prometheus or GitHub issues are not fed by event lines.
  const elsewhere: Record<string, string> = {};
  for (const spec of policy.sources.list) {
    if (spec.type === 'jsonl') continue;
    for (const id of spec.slis) elsewhere[id] = sourceLabel(spec);
  }
  const what = files.length === 1 ? displayPath(opts.events) : `${opts.events} (${files.length} files)`;
  const { text, problems } = formatEventCheck(sample.result(), what, policy.slis, elsewhere);
  opts.out(text);
  if (problems.length > 0) throw new EventsCheckError(`validate --events: ${problems.join('; ')}`);
}
