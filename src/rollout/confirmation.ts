/**
 * Whether a fired rollback rule was confirmed by a re-collect (the plan's §3.3, "SLO 違反時の再試行:
 * collect-metrics を再実行"): every window the rule fired on was read a second time and the rule
 * still fires on what that read gave. `phasegate collect` into a records folder does the re-read
 * (commands/confirm.ts) and marks each window record it confirmed (`rechecked`); this module only
 * reads the marks, so the verdict of any later run (the rollback PR's, the dashboard's) can say it.
 *
 * An unconfirmed breach still rolls back: the Action's collect step re-reads before the propose
 * step runs, so in the scheduled loop an unconfirmed breach means the re-read could not be done
 * (records written by hand, older than the back-fill, or a source that read fewer events the
 * second time, which keeps the first record and warns). Waiting would leave a real regression
 * live; the verdict says which it was instead.
 */

import type { RuleResult } from '../judge/rules.js';
import { formatInstant } from '../render/format.js';
import type { WindowRecord } from '../telemetry/record.js';

export interface Confirmation {
  /** Windows with a record in the spans of the fired rules. */
  windows: number;
  /** Of them, read a second time and agreeing or knowing more. */
  rechecked: number;
  /** When the latest of those re-reads ran; null when none did. */
  last: number | null;
}

/** The re-collect state of the windows behind the fired rules; null when no rule fired. */
export function breachConfirmation(
  records: readonly WindowRecord[],
  rules: readonly RuleResult[],
): Confirmation | null {
  const behind = behindFiredRules(rules);
  if (!behind) return null;
  let windows = 0;
  let rechecked = 0;
  let last: number | null = null;
  for (const r of records) {
    if (!behind(r)) continue;
    windows++;
    if (r.rechecked === undefined) continue;
    rechecked++;
    last = Math.max(last ?? r.rechecked, r.rechecked);
  }
  return { windows, rechecked, last };
}

/** Whether a window lies in the span of a fired rule; null when no rule fired with a span. */
export function behindFiredRules(
  rules: readonly RuleResult[],
): ((r: Pick<WindowRecord, 'start' | 'end'>) => boolean) | null {
  const spans = rules.filter((r) => r.fired && r.span).map((r) => r.span!);
  if (spans.length === 0) return null;
  return (r) => spans.some((s) => r.start >= s.from && r.end <= s.to);
}

/** One line for the verdict and the rollback PR's cause. */
export function confirmationText(c: Confirmation): string {
  if (c.windows > 0 && c.rechecked === c.windows) {
    const behind = c.windows === 1 ? 'the window behind it was' : `the ${c.windows} windows behind it were`;
    return `confirmed by a re-collect: ${behind} read again at ${formatInstant(c.last!)} and still breach`;
  }
  const once = c.windows - c.rechecked;
  return `not confirmed by a re-collect: ${once} of ${plural(c.windows, 'window')} behind it ${once === 1 ? 'was' : 'were'} read only once (\`phasegate collect\` into the records folder reads them again before a rollback)`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
