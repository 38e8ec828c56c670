/** The printable log of an event: which workflows GitHub would start and why, and how the runs went. */
import type { ActionEvent } from '../../../src/emulator/index.js';
import { describePermissions } from './contexts.js';
import { payloadOf } from './payload.js';
import type { EventLog, WorkflowRun } from './runner.js';

/** "run .github/workflows/gate.yml#1 (group "gate-2"): success" */
export function runHeadLine(run: WorkflowRun): string {
  return `run ${run.file}#${run.number}${run.group ? ` (group "${run.group}")` : ''}: ${
    run.status === 'completed' ? run.conclusion : run.status
  }${run.error ? ` (${run.error})` : ''}`;
}

function runLines(run: WorkflowRun): string[] {
  const lines = [`    ${runHeadLine(run)}`];
  for (const job of run.jobs) {
    const why = job.why ? ` (${job.why})` : '';
    const group = job.group ? ` (group "${job.group}")` : '';
    lines.push(
      `      job ${job.name ?? job.id}${group}: ${job.conclusion}${why}; GITHUB_TOKEN ${describePermissions(job.permissions)}`,
    );
    for (const s of job.steps) {
      const error = s.error ? `: ${s.error.split('\n')[0]}` : '';
      lines.push(`        ${s.conclusion.padEnd(7)} ${s.name}${s.uses ? ` (${s.uses})` : ''}${error}`);
    }
  }
  return lines;
}

export function printEvent(log: EventLog): string {
  const lines = [log.event];
  for (const d of log.decisions) {
    lines.push(`  ${d.file}: ${d.started ? 'started: ' : ''}${d.why}`);
    for (const run of log.runs.filter((r) => r.file === d.file)) lines.push(...runLines(run));
  }
  return lines.join('\n');
}

/** "pull_request opened #3 by phasegate[bot]" */
export function describeEvent(e: ActionEvent): string {
  const p = payloadOf(e);
  const parts = [e.name];
  if (p.action) parts.push(String(p.action));
  if (p.pull_request?.number) parts.push(`#${p.pull_request.number}`);
  if (e.name === 'push') parts.push(`to ${String(p.ref).replace(/^refs\/heads\//, '')}`);
  if (e.name === 'schedule') parts.push(`"${p.schedule}"`);
  if (p.sender?.login) parts.push(`by ${p.sender.login}`);
  return parts.join(' ');
}
