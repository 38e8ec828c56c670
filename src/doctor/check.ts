/** One line of `phasegate doctor`: what was checked, how it stands, and for a problem the fix. */
export interface Check {
  status: 'ok' | 'problem' | 'skip';
  /** What was checked: `policy`, `rollout.yml`, `events`, … */
  subject: string;
  detail: string;
  /** For a problem: what to do about it. */
  fix?: string;
}

export const ok = (subject: string, detail: string): Check => ({ status: 'ok', subject, detail });
export const problem = (subject: string, detail: string, fix: string): Check => ({
  status: 'problem',
  subject,
  detail,
  fix,
});
export const skip = (subject: string, detail: string): Check => ({ status: 'skip', subject, detail });

const LABEL = { ok: 'ok      ', problem: 'problem ', skip: 'skipped ' } as const;

export function formatCheck(c: Check): string {
  return `${LABEL[c.status]} ${c.subject}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`;
}
