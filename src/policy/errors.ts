import type { SourcePosition } from './yaml-source.js';

/** One thing wrong with the policy, located precisely enough to fix without searching. */
export interface PolicyIssue {
  position: SourcePosition;
  /** Dotted path of the field at fault, e.g. "slos[0].max". Empty for the whole file. */
  field: string;
  message: string;
}

export function formatIssue(issue: PolicyIssue): string {
  const { file, line, column } = issue.position;
  const where = issue.field ? `${issue.field}: ` : '';
  return `${file}:${line}:${column}: ${where}${issue.message}`;
}

export class PolicyError extends Error {
  constructor(readonly issues: PolicyIssue[]) {
    super(
      issues.length === 1
        ? `invalid policy: ${formatIssue(issues[0]!)}`
        : `invalid policy (${issues.length} problems):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'PolicyError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}
