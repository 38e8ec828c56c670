/**
 * The rollouts' index issue of a repository with many rollouts: one row per rollout (its phase,
 * the decision, its open phase PRs, a link to its own dashboard issue), so a release team sees
 * every rollout on one pinned page and follows the one it owns on its dashboard.
 */

export const INDEX_MARKER = '<!-- phasegate:rollouts -->';
export const INDEX_TITLE = 'phasegate: rollouts';

export interface IndexRow {
  rollout: string;
  /** The live phase; undefined when the rollout's run failed before judging it. */
  phase?: string;
  /** advance / hold / rollback / restart / complete, with the target phase when there is one. */
  decision?: string;
  /** The first reason of the decision. */
  reason?: string;
  proposals: { number: number; url: string; title: string }[];
  dashboard?: { number: number; url: string };
  /** Why the rollout's run failed. */
  error?: string;
}

/** No time in the body: a run that changed nothing leaves the issue alone. */
export function renderRolloutsIndex(rows: IndexRow[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = rows.map((r) => {
    const dashboard = r.dashboard ? `[#${r.dashboard.number}](${r.dashboard.url})` : '—';
    const proposals = r.proposals.length
      ? r.proposals.map((p) => `[#${p.number}](${p.url})`).join(', ')
      : 'none';
    const decision = r.error
      ? `⚠️ the run failed: ${cell(r.error).slice(0, 300)}`
      : `${r.decision ?? '—'}${r.reason ? `: ${cell(r.reason).slice(0, 200)}` : ''}`;
    return `| ${r.rollout} | ${r.phase ?? '—'} | ${decision} | ${proposals} | ${dashboard} |`;
  });
  const failed = rows.filter((r) => r.error).length;
  return [
    INDEX_MARKER,
    `## ${INDEX_TITLE}`,
    '',
    `${rows.length} rollouts${failed ? `, ${failed} of which failed their last run` : ''}; the scheduled run's status step keeps this table. Each rollout's dashboard issue has its SLOs, charts and decisions.`,
    '',
    '| Rollout | Phase | Decision | Open phase PRs | Dashboard |',
    '|---|---|---|---|---|',
    ...lines,
    '',
  ].join('\n');
}
