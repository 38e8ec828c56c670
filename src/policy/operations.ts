/**
 * The operational sections of rollout.yaml (who approves, how to recover, how to notify, the
 * business-day calendar), compiled with their defaults and cross-checked against the phases.
 */
import type { PolicyIssue } from './errors.js';
import type { GithubSpec, NotifySpec, PhaseSpec, RecoverySpec, SloSpec } from './model.js';
import type { RolloutFile } from './schema.js';
import { parseDuration } from './units.js';

export const DEFAULT_CHECKLIST = 'docs/CHECKLIST.md';

export function compileGithub(file: RolloutFile['github']): GithubSpec {
  const advance = file?.approvers?.advance ?? ['codeowners'];
  return {
    approvers: { advance, rollback: file?.approvers?.rollback ?? advance },
    approvals: file?.approvals ?? 1,
    reviewers: file?.reviewers ?? [],
    reporter: file?.reporter,
    checklist: file?.checklist ?? DEFAULT_CHECKLIST,
    labels: file?.labels ?? [],
  };
}

export function compileNotify(file: RolloutFile['notify']): NotifySpec {
  return {
    slack: file?.slack ? { channel: file.slack.channel, templates: { ...file.slack.templates } } : undefined,
    lock: file?.lock ? { event: file.lock.event } : undefined,
  };
}

/** Resolve the watched SLO ids against the phases (the first phase defining an id gives its spec). */
export function compileRecovery(
  file: RolloutFile['recovery'],
  phases: readonly PhaseSpec[],
  order: readonly string[],
  issue: (path: (string | number)[], message: string) => PolicyIssue,
  out: PolicyIssue[],
): RecoverySpec | undefined {
  if (!file) return undefined;
  const watch: SloSpec[] = [];
  file.watch.forEach((id, i) => {
    const spec = phases.flatMap((p) => p.slos).find((s) => s.id === id);
    if (spec) watch.push(spec);
    else {
      const known = [...new Set(phases.flatMap((p) => p.slos.map((s) => s.id)))];
      out.push(
        issue(['recovery', 'watch', i], `unknown SLO "${id}"; the phases define: ${known.join(', ')}`),
      );
    }
  });
  if (!order.includes(file.restart)) {
    out.push(
      issue(['recovery', 'restart'], `unknown phase "${file.restart}"; valid phases: ${order.join(', ')}`),
    );
  }
  return { watch, forMs: parseDuration(file.for)!, restart: file.restart };
}
