import { existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../input.js';
import { type Policy, phaseById, phaseIds } from '../policy/model.js';
import { parseChecklist } from '../rollout/checklist.js';
import { flagDrift } from '../rollout/current.js';
import { DEFAULT_SAMPLE_LINES, EventSample, formatEventCheck } from '../telemetry/event-check.js';
import { sourceLabel } from '../telemetry/sources/config.js';
import { resolveSourceFiles, TelemetrySourceError } from '../telemetry/sources/jsonl.js';
import { displayPath, loadCurrent, loadPolicyDir } from '../worktree/policy-dir.js';
import { repoRootOf } from '../worktree/repo-root.js';

/**
 * Check the policy folder and the current-phase file; returns a one-paragraph summary. What the
 * gate would only warn about (a QA checklist that is missing or names unknown phases) goes to
 * `warn`, one line each, and does not fail.
 */
export function validateCommand(opts: {
  config: string;
  /** The repository root the checklist path is relative to (default: the one holding `config`). */
  root?: string;
  warn?: (line: string) => void;
}): string {
  const loaded = loadPolicyDir(opts.config);
  const current = loadCurrent(loaded);
  const { policy } = loaded;
  const drift = current ? flagDrift(policy, current) : [];
  if (drift.length) {
    throw new InputError(
      `${displayPath(loaded.currentPath)}: flags differ from ${phaseById(policy, current!.phase)!.file}: ${drift.join('; ')}; set them to the phase's values (phasegate advance/rollback rewrites them)`,
    );
  }
  for (const line of checklistProblems(policy, opts.root ?? repoRootOf(opts.config)))
    opts.warn?.(`warning: ${line}\n`);
  const slos = policy.phases.reduce((n, p) => n + p.slos.length, 0);
  const rules = policy.phases.reduce((n, p) => n + p.rollback.when.length, 0);
  const live = current
    ? `current phase ${current.phase} since ${new Date(current.since).toISOString()}`
    : 'no current.yaml yet';
  return `ok: rollout "${policy.rollout}", phases ${phaseIds(policy).join(' → ')}, ${Object.keys(policy.slis).length} SLIs, ${slos} SLOs, ${rules} rollback rules; ${live}\n`;
}

/**
 * The QA checklist `github.checklist` names (repository-relative), read as the gate reads it. A
 * missing file is legal (the gate warns and requires no items), which is how a copied policy
 * whose checklist stayed behind lost its QA items without a word: say so here.
 */
export function checklistProblems(policy: Policy, root: string): string[] {
  const file = policy.github.checklist;
  const path = join(root, file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return [
      `github.checklist: ${file} does not exist in the repository (${displayPath(root) || '.'}): phase PRs will require no QA items; create it with a "## <phase id>" section of "- [ ] item" lines per phase, or point github.checklist at yours`,
    ];
  }
  return parseChecklist(readFileSync(path, 'utf8'), { file, phases: phaseIds(policy) }).problems;
}

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
