/** The printable log of an event: which workflows GitHub would start and why, and how the runs went. */
import { describePermissions } from './contexts.js';
import type { EventLog, WorkflowRun } from './runner.js';

function runLines(run: WorkflowRun): string[] {
  const head = `    run ${run.file}#${run.number}${run.group ? ` (group "${run.group}")` : ''}: ${
    run.status === 'completed' ? run.conclusion : run.status
  }${run.error ? ` (${run.error})` : ''}`;
  const lines = [head];
  for (const job of run.jobs) {
    const why = job.why ? ` (${job.why})` : '';
    lines.push(
      `      job ${job.id}: ${job.conclusion}${why}; GITHUB_TOKEN ${describePermissions(job.permissions)}`,
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
