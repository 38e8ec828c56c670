/**
 * A phase-change pull request: branch, title, labels and body, from the evaluation that led to
 * it. Everything a reviewer needs is in the body — what merging changes, why (verdict, charts,
 * the breached rule), what QA must tick, who must approve — and the state phasegate reads back
 * (the proposal marker). The body is written when the PR opens (and again, ticks kept, when the
 * live phase it starts from changes); the live verdict is in the sticky comment.
 */
import type { SloSeries } from '../judge/series.js';
import { type PhaseSpec, type Policy, phaseById } from '../policy/model.js';
import { confirmationText } from '../rollout/confirmation.js';
import type { Evaluation } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';
import { renderChartsMarkdown } from './chart.js';
import { formatInstant } from './format.js';
import { BODY_MAX_CHARS, fitParts } from './limits.js';
import { type ProposalKind, proposalMarker } from './markers.js';
import { renderVerdictMarkdown } from './verdict.js';

export interface ProposalInput {
  policy: Policy;
  kind: ProposalKind;
  /** The live phase and the phase merging moves to. */
  from: string;
  to: string;
  evaluation: Evaluation;
  /** Series to chart: the soak period (advance), the breach (rollback), the recovery watch (restart). */
  charts?: readonly SloSeries[];
  /** The target phase's QA checklist items as Markdown task boxes (`- [ ] …`). */
  checklistMarkdown?: string;
  /** Rollback: why, in a sentence; defaults to the details of the rules that fired. */
  cause?: string;
  /** Review requests; defaults to the policy's github.reviewers. */
  reviewers?: readonly string[];
  /**
   * When the body is rendered (epoch ms). Not printed: the body shows the verdict's time only, so
   * a re-run on the same verdict renders the same body and leaves the PR untouched.
   */
  at?: number;
  /** The current-phase file as the repository names it. */
  currentFile?: string;
  /** The body of the open PR this updates: ticked checklist items stay ticked. */
  previousBody?: string | null;
  /** The records judged: the verdict says which windows need collecting again, and why. */
  records?: readonly WindowRecord[];
}

export interface Proposal {
  branch: string;
  title: string;
  body: string;
  labels: string[];
}

const BODY_LIMIT = "GitHub's 65,536-character limit";

export function proposalBranch(rollout: string, kind: ProposalKind, to: string): string {
  return `phasegate/${rollout}/${kind}-${to}`;
}

export function proposalTitle(rollout: string, kind: ProposalKind, from: string, to: string): string {
  const what =
    kind === 'advance'
      ? `advance ${from} → ${to}`
      : kind === 'rollback'
        ? `roll back ${from} → ${to}`
        : `restart from ${to}`;
  return `phasegate(${rollout}): ${what}`;
}

export function proposalLabels(policy: Policy, kind: ProposalKind): string[] {
  return [...new Set(['phasegate', `phasegate:${kind}`, ...policy.github.labels])];
}

export function renderProposal(input: ProposalInput): Proposal {
  const { policy, kind, from, to, evaluation: ev } = input;
  const fromSpec = requirePhase(policy, from);
  const toSpec = requirePhase(policy, to);
  const file = input.currentFile ?? 'phases/current.yaml';
  const charts = input.charts?.length
    ? `### ${CHART_HEADING[kind]}\n\n${renderChartsMarkdown(input.charts, { timezone: policy.timezone })}`
    : '';
  const parts = [
    { text: proposalMarker({ rollout: policy.rollout, kind, from, to }) },
    { text: summary(policy, kind, fromSpec, toSpec, file) },
    ...(kind === 'rollback' ? [{ text: causeSection(ev, input.cause), cut: true }] : []),
    { text: renderVerdictMarkdown(policy, ev, input.records).trimEnd(), cut: true },
    ...(charts
      ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${BODY_LIMIT}._` } }]
      : []),
    { text: checklistSection(toSpec, input.checklistMarkdown, input.previousBody, policy.github.checklist) },
    { text: approvalSection(policy, kind, fromSpec, file, input.reviewers ?? policy.github.reviewers) },
    {
      text: `---\n<sub>Proposed by phasegate from the verdict at ${formatInstant(ev.at)}. The live verdict is in phasegate's comment below, updated every run; this description stays as proposed, so ticked boxes stay ticked. Close the pull request to dismiss the proposal.</sub>\n\n${PROPOSAL_END}`,
    },
  ];
  return {
    branch: proposalBranch(policy.rollout, kind, to),
    title: proposalTitle(policy.rollout, kind, from, to),
    body: `${fitParts(parts, { max: BODY_MAX_CHARS, limitText: BODY_LIMIT })}\n`,
    labels: proposalLabels(policy, kind),
  };
}

const CHART_HEADING: Record<ProposalKind, string> = {
  advance: 'The soak period',
  rollback: 'The breach',
  restart: 'The recovery watch',
};

function requirePhase(policy: Policy, id: string): PhaseSpec {
  const spec = phaseById(policy, id);
  if (!spec)
    throw new Error(`unknown phase "${id}"; valid phases: ${policy.phases.map((p) => p.id).join(', ')}`);
  return spec;
}

function summary(policy: Policy, kind: ProposalKind, from: PhaseSpec, to: PhaseSpec, file: string): string {
  const verb = { advance: 'advances', rollback: 'rolls back', restart: 'restarts' }[kind];
  const keys = [...new Set([...Object.keys(from.flags), ...Object.keys(to.flags)])].sort();
  const changed = keys.filter((k) => from.flags[k] !== to.flags[k]);
  const same = keys.filter((k) => from.flags[k] === to.flags[k]);
  const show = (v: unknown) => `\`${v === undefined ? 'unset' : JSON.stringify(v)}\``;
  const edits = changed.length
    ? `setting ${changed.map((k) => `\`${k}\` from ${show(from.flags[k])} to ${show(to.flags[k])}`).join(', ')}`
    : 'with no flag value changing';
  const kept = same.length
    ? ` (${same.map((k) => `\`${k}\``).join(', ')} stay${same.length === 1 ? 's' : ''} ${same.length === 1 ? show(from.flags[same[0]!]) : 'as they are'})`
    : '';
  let text = `Merging this pull request ${verb} the **${policy.rollout}** rollout from **${from.id}** (${from.name}) to **${to.id}** (${to.name}${to.audience ? `, ${to.audience}` : ''}): it edits \`${file}\`, ${edits}${kept}.`;
  if (kind === 'rollback') {
    const after = [
      policy.notify.slack ? 'posts the rollback notice to Slack' : undefined,
      policy.notify.lock ? `sends \`${policy.notify.lock.event}\` to the UI` : undefined,
      `opens the root-cause issue${policy.github.reporter ? ` for @${policy.github.reporter}` : ''}`,
    ].filter((x): x is string => x !== undefined);
    text += ` After the merge phasegate ${joinList(after, 'and')}.`;
    if (policy.github.reporter && from.rollback.approval === 'none')
      text += ` @${policy.github.reporter}: for your record; the rollback does not wait for a review.`;
  }
  return text;
}

function causeSection(ev: Evaluation, cause: string | undefined): string {
  const fired = ev.rules.filter((r) => r.fired).map((r) => `- ${r.detail}`);
  if (fired.length && ev.confirmation) fired.push(`- ${confirmationText(ev.confirmation)}`);
  const body =
    cause ?? (fired.length ? fired.join('\n') : ev.decision.reasons.map((r) => `- ${r}`).join('\n'));
  return `### Cause\n\n${body}`;
}

const TASK = /^(\s*[-*+] \[)([ xX])(\] )(.*)$/;

/** Where phasegate's part of a PR description ends; what people write below it is theirs. */
export const PROPOSAL_END =
  "<!-- phasegate: the text above is phasegate's; write yours below, it is kept -->";

/**
 * A redone proposal's description over the one on GitHub now: phasegate's part anew, boxes ticked
 * in the current text still ticked, and whatever people wrote below PROPOSAL_END kept as it is.
 */
export function updatedProposalBody(rendered: string, current: string): string {
  const end = current.indexOf(PROPOSAL_END);
  const theirs = end < 0 ? '' : current.slice(end + PROPOSAL_END.length).replace(/^\n/, '');
  const ours = keepTicks(rendered.trimEnd(), current.slice(0, end < 0 ? undefined : end));
  return theirs.trim() ? `${ours}\n${theirs}` : `${ours}\n`;
}

function checklistSection(
  to: PhaseSpec,
  checklist: string | undefined,
  previous: string | null | undefined,
  file: string,
): string {
  const head = `### QA checklist for ${to.id} (${to.name})`;
  if (!checklist?.trim()) return `${head}\n\nNo checklist items for ${to.id} in \`${file}\`.`;
  return `${head}\n\nTick every item; the \`phasegate/verdict\` check stays red until all are ticked.\n\n${keepTicks(checklist.trim(), previous)}`;
}

/** Items ticked in the previous body (same text) stay ticked. */
export function keepTicks(checklist: string, previous: string | null | undefined): string {
  const ticked = new Set<string>();
  for (const line of (previous ?? '').split(/\r?\n/)) {
    const m = TASK.exec(line);
    if (m && m[2] !== ' ') ticked.add(m[4]!.trim());
  }
  return checklist
    .split('\n')
    .map((line) => {
      const m = TASK.exec(line);
      return m && m[2] === ' ' && ticked.has(m[4]!.trim()) ? `${m[1]}x${m[3]}${m[4]}` : line;
    })
    .join('\n');
}

function approvalSection(
  policy: Policy,
  kind: ProposalKind,
  from: PhaseSpec,
  file: string,
  reviewers: readonly string[],
): string {
  const lines = ['### Approval'];
  if (kind === 'rollback' && from.rollback.approval === 'none') {
    lines.push(
      '',
      `No approval needed: \`${from.file}\` sets \`rollback.approval: none\`, so phasegate merges this at once.`,
    );
  } else {
    const who = policy.github.approvers[kind === 'rollback' ? 'rollback' : 'advance'].map((a) =>
      a === 'codeowners' ? `a code owner of \`${file}\`` : `@${a}`,
    );
    const n = policy.github.approvals;
    lines.push(
      '',
      `Needs ${n} approving review${n === 1 ? '' : 's'} of the head commit from ${who.length ? joinList(who, 'or') : 'nobody (github.approvers is empty)'}. The author's own review, reviews of earlier commits and reviews from others do not count.`,
    );
  }
  if (reviewers.length) lines.push('', `Review requested from ${reviewers.map((r) => `@${r}`).join(', ')}.`);
  return lines.join('\n');
}

function joinList(items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
