/**
 * The verdict as Markdown: the table a PR comment carries and `phasegate evaluate --format
 * markdown` prints. Also the JSON shape `--format json` prints (one object, stable keys).
 */
import { formatRecollect, recollectNeed } from '../judge/recollect.js';
import type { Policy } from '../policy/model.js';
import { confirmationText } from '../rollout/confirmation.js';
import type { Evaluation } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';
import { formatInstant, formatSpan, formatValue } from './format.js';

export const STATUS_ICON = { pass: '✅ pass', fail: '❌ fail', no_data: '⚪ no data' } as const;
export const ACTION_TEXT = {
  advance: 'advance',
  hold: 'hold',
  rollback: 'roll back',
  restart: 'restart',
  complete: 'complete',
} as const;

/**
 * `records`: the window records the evaluation judged, to say why windows need collecting again
 * (the plan's 再試行要否コメント); without them the line gives the counts alone.
 */
export function renderVerdictMarkdown(
  policy: Policy,
  ev: Evaluation,
  records?: readonly WindowRecord[],
): string {
  const phase = policy.phases.find((p) => p.id === ev.phase);
  const d = ev.decision;
  const target = d.to ? ` → ${d.to}` : '';
  const alert = d.alert ? ' ⚠️ alert' : '';
  const lines = [
    `### phasegate verdict: ${policy.rollout}, phase ${ev.phase}${phase ? ` (${phase.name})` : ''}`,
    '',
    `Evaluated at ${formatInstant(ev.at)}; phase began ${formatInstant(ev.since)}.`,
    '',
    `**Decision: ${ACTION_TEXT[d.action]}${target}**${alert}`,
    '',
    ...d.reasons.map((r) => `- ${escapeCell(r)}`),
    ...(ev.confirmation ? [`- ${escapeCell(confirmationText(ev.confirmation))}`] : []),
    '',
    `${sentence(formatRecollect(recollectNeed(ev.slos, policy.windowMs, records)))}.`,
    '',
    '| SLO | value | objective | window | samples | status |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of ev.slos) {
    const spec = phase?.slos.find((x) => x.id === s.id);
    const objective = spec ? `${spec.objective.op === '<=' ? '≤' : '≥'} ${spec.objective.text}` : '';
    const window = spec ? (spec.window === 'day' ? `day (${policy.timezone})` : formatSpan(spec.window)) : '';
    lines.push(
      `| ${s.id} | ${formatValue(s.value, s.unit)} | ${objective} | ${window} | ${s.samples} | ${STATUS_ICON[s.status]} |`,
    );
  }
  if (ev.rules.length || ev.advance || ev.recovery) {
    lines.push('', '| rule | SLO | fired | detail |', '|---|---|---|---|');
    for (const r of ev.rules) {
      lines.push(
        `| rollback: ${r.rule} | ${r.slo} | ${r.fired ? '🔴 yes' : 'no'} | ${escapeCell(r.detail)} |`,
      );
    }
    if (ev.advance) {
      lines.push(
        `| advance: ${ev.advance.rule} | all | ${ev.advance.met ? '🟢 met' : 'not yet'} | ${escapeCell(ev.advance.detail)} |`,
      );
    }
    if (ev.recovery) {
      lines.push(
        `| recovery: restart ${ev.recovery.restart} | watched | ${ev.recovery.met ? '🟢 met' : 'not yet'} | ${escapeCell(ev.recovery.detail)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The stable JSON form of an evaluation (values in base units: ms, fractions, counts). */
export function verdictJson(
  policy: Policy,
  ev: Evaluation,
  records?: readonly WindowRecord[],
): Record<string, unknown> {
  return {
    rollout: policy.rollout,
    phase: ev.phase,
    since: new Date(ev.since).toISOString(),
    at: new Date(ev.at).toISOString(),
    decision: {
      action: ev.decision.action,
      from: ev.decision.from,
      to: ev.decision.to,
      alert: ev.decision.alert,
      reasons: ev.decision.reasons,
    },
    slos: ev.slos.map((s) => ({
      id: s.id,
      sli: s.sli,
      status: s.status,
      value: s.value,
      threshold: s.threshold,
      op: s.op,
      unit: s.unit,
      samples: s.samples,
      min_samples: s.minSamples,
      window: { from: new Date(s.window.from).toISOString(), to: new Date(s.window.to).toISOString() },
      reason: s.reason,
    })),
    rules: ev.rules.map((r) => ({ rule: r.rule, slo: r.slo, fired: r.fired, detail: r.detail })),
    advance: ev.advance,
    recovery: ev.recovery,
    confirmation: ev.confirmation && {
      windows: ev.confirmation.windows,
      rechecked: ev.confirmation.rechecked,
      last: ev.confirmation.last === null ? null : new Date(ev.confirmation.last).toISOString(),
    },
    recollect: recollectNeed(ev.slos, policy.windowMs, records),
  };
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
