/**
 * The timeline as people read it (text) and as tools read it (JSON, stable keys). Instants are
 * shown in UTC and in the policy's time zone, since soaks and calendar days count there.
 */
import { localDate, localTime } from '../judge/calendar.js';
import { formatDuration } from '../policy/units.js';
import type { PhaseSpan, SimDecision, SimPr, SimulationResult } from './types.js';

export const SIMULATION_JSON_VERSION = 1;

const iso = (t: number) => new Date(t).toISOString();
const utc = (t: number) => `${iso(t).slice(0, 16).replace('T', ' ')} UTC`;
const local = (t: number, tz: string) => `${localDate(t, tz)} ${localTime(t, tz)}`;

/** "2d 1h30m", "45m", "0m". */
export function formatElapsed(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const time = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
  return [d ? `${d}d` : '', time].filter(Boolean).join(' ') || '0m';
}

/** Total time per phase id, in rollout order of first entry. */
export function timeInPhase(phases: readonly PhaseSpan[]): Map<string, { ms: number; stints: number }> {
  const out = new Map<string, { ms: number; stints: number }>();
  for (const p of phases) {
    const t = out.get(p.phase) ?? { ms: 0, stints: 0 };
    out.set(p.phase, { ms: t.ms + p.durationMs, stints: t.stints + 1 });
  }
  return out;
}

export function renderSimulationJson(r: SimulationResult): string {
  const tz = r.timezone;
  const when = (t: number | null) => (t === null ? null : iso(t));
  const body = {
    version: SIMULATION_JSON_VERSION,
    rollout: r.rollout,
    timezone: tz,
    window: formatDuration(r.windowMs),
    from: iso(r.from),
    to: iso(r.to),
    startPhase: r.startPhase,
    approveAfter: formatDuration(r.approveAfterMs),
    steps: r.steps,
    result: r.completed
      ? {
          status: 'complete',
          phase: r.completed.phase,
          at: iso(r.completed.at),
          reasons: r.completed.reasons,
        }
      : { status: 'in_progress', phase: r.final.phase, at: null, reasons: r.final.reasons },
    changes: r.changes.map((c) => ({
      at: iso(c.at),
      local: local(c.at, tz),
      from: c.from,
      to: c.to,
      by: c.by,
      pr: c.pr,
      reasons: c.reasons,
    })),
    decisions: r.decisions.map((d) => ({
      at: iso(d.at),
      local: local(d.at, tz),
      phase: d.phase,
      since: iso(d.since),
      entered: d.entered,
      action: d.action,
      to: d.to,
      alert: d.alert,
      pr: d.pr,
      reasons: d.reasons,
      slos: d.slos.map((s) => ({
        id: s.id,
        status: s.status,
        value: s.value,
        op: s.op,
        threshold: s.threshold,
        unit: s.unit,
        samples: s.samples,
        reason: s.reason,
      })),
    })),
    prs: r.prs.map((p) => ({
      number: p.number,
      kind: p.kind,
      from: p.from,
      to: p.to,
      openedAt: iso(p.openedAt),
      approvedAt: iso(p.approvedAt),
      mergedAt: when(p.mergedAt),
      droppedAt: when(p.droppedAt),
      dropped: p.dropped,
    })),
    phases: r.phases.map((p) => ({
      phase: p.phase,
      from: iso(p.from),
      to: iso(p.to),
      durationMs: p.durationMs,
      entered: p.entered,
    })),
    timeInPhase: Object.fromEntries([...timeInPhase(r.phases)].map(([id, t]) => [id, t.ms])),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function renderSimulationText(r: SimulationResult): string {
  const tz = r.timezone;
  const at = (t: number) => `${utc(t)} (${local(t, tz)} ${tz})`;
  const out: string[] = [];
  out.push(
    `Simulated rollout "${r.rollout}" from ${at(r.from)} to ${utc(r.to)}: ${formatElapsed(r.to - r.from)}, ${r.steps} runs every ${formatDuration(r.windowMs)}, starting at ${r.startPhase}.`,
    `PRs are approved ${formatElapsed(r.approveAfterMs)} after they open; rollbacks of phases with rollback.approval: none merge at once.`,
    '',
    'Timeline',
  );
  type Line = { t: number; order: number; text: string[] };
  const lines: Line[] = [];
  for (const d of r.decisions) lines.push({ t: d.at, order: 0, text: decisionLines(d, r.prs, at) });
  for (const c of r.changes) {
    lines.push({ t: c.at, order: 1, text: [`${at(c.at)}  ${c.from} → ${c.to}: #${c.pr} merged (${c.by})`] });
  }
  for (const p of r.prs) {
    if (p.droppedAt !== null) {
      lines.push({
        t: p.droppedAt,
        order: 2,
        text: [`${at(p.droppedAt)}  #${p.number} closed unmerged: ${p.dropped}`],
      });
    }
  }
  lines.sort((a, b) => a.t - b.t || a.order - b.order);
  if (lines.length === 0) out.push('  no phase change, PR or alert: every run held');
  for (const l of lines) out.push(...l.text.map((s, i) => (i === 0 ? `  ${s}` : `      ${s}`)));

  out.push('', 'Phases');
  for (const p of r.phases) {
    const by = p.entered
      ? ` (entered by ${p.entered.by}${p.entered.from ? ` from ${p.entered.from}` : ''})`
      : '';
    out.push(`  ${p.phase.padEnd(6)} ${utc(p.from)} → ${utc(p.to)}  ${formatElapsed(p.durationMs)}${by}`);
  }
  const totals = [...timeInPhase(r.phases)].map(
    ([id, t]) => `${id} ${formatElapsed(t.ms)}${t.stints > 1 ? ` (${t.stints} stints)` : ''}`,
  );
  out.push(`  time in phase: ${totals.join(', ')}`);

  out.push('', 'Pull requests');
  if (r.prs.length === 0) out.push('  none');
  for (const p of r.prs) out.push(`  ${prLine(p)}`);

  out.push('');
  const rollbacks = r.changes.filter((c) => c.by === 'rollback').length;
  const tally = `${r.changes.length} phase change(s), ${rollbacks} rollback(s)`;
  if (r.completed) {
    out.push(
      `Result: complete at ${at(r.completed.at)}, ${formatElapsed(r.completed.at - r.from)} after the start; ${tally}.`,
    );
  } else {
    out.push(
      `Result: not complete; ${r.final.phase} is live since ${utc(r.final.since)} (${tally}). Last verdict: ${r.final.reasons[0] ?? r.final.action}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function decisionLines(d: SimDecision, prs: readonly SimPr[], at: (t: number) => string): string[] {
  const pr = d.pr === null ? undefined : prs.find((p) => p.number === d.pr);
  const head =
    d.action === 'complete'
      ? `${d.phase}: rollout complete`
      : pr
        ? `${d.phase}: ${d.action} → ${d.to} proposed in #${pr.number}${pr.approvedAt === pr.openedAt ? ' (merged at once: no approval needed)' : ''}`
        : `${d.phase}: ${d.action}${d.alert ? ' with an alert' : ''}`;
  return [`${at(d.at)}  ${head}`, ...d.reasons, ...d.slos.map((s) => `SLO ${s.status}: ${s.reason}`)];
}

function prLine(p: SimPr): string {
  const end =
    p.mergedAt !== null
      ? `merged ${utc(p.mergedAt)}`
      : p.droppedAt !== null
        ? `closed ${utc(p.droppedAt)}: ${p.dropped}`
        : 'still open at the end';
  return `#${p.number} ${p.kind.padEnd(8)} ${p.from} → ${p.to}  opened ${utc(p.openedAt)}, ${end}`;
}
