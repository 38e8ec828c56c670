/**
 * The sticky verdict comment on a phase PR: found again by its marker (and its author), updated
 * in place with the newest verdict, when it was computed and for which commit, and the gate's
 * result — the same reasons the `phasegate/verdict` status carries, in full.
 */
import type { Policy } from '../policy/model.js';
import type { Evaluation } from '../rollout/decide.js';
import type { WindowRecord } from '../telemetry/record.js';
import { formatInstant } from './format.js';
import { BODY_MAX_CHARS, fitParts } from './limits.js';
import { verdictMarker } from './markers.js';
import { localStamp } from './time.js';
import { renderVerdictMarkdown } from './verdict.js';

/** What the gate decided (src/rollout/gate.ts returns at least this). */
export interface GateResultView {
  state: 'success' | 'failure' | 'pending';
  /** One line each: approvals counted and ignored (and why), checklist items unticked, SLOs. */
  reasons: string[];
}

export interface VerdictCommentInput {
  policy: Policy;
  evaluation: Evaluation;
  /** The PR head commit the verdict and gate were computed for. */
  sha: string;
  /** When the comment is written (epoch ms). */
  at: number;
  gate?: GateResultView;
  /** The records judged: the verdict says which windows need collecting again, and why. */
  records?: readonly WindowRecord[];
}

const GATE_HEAD = {
  success: '✅ gate passed: this pull request may be merged',
  failure: '❌ gate failed: do not merge yet',
  pending: '⏳ gate pending',
} as const;

const LIMIT = "GitHub's 65,536-character limit";

export function renderVerdictComment(input: VerdictCommentInput): string {
  const { policy, evaluation: ev, gate } = input;
  const tz = policy.timezone;
  const local = `${localStamp(input.at, tz)} ${tz}`;
  const parts = [
    { text: verdictMarker(policy.rollout) },
    {
      text: `Updated ${formatInstant(input.at)} (${local}) for commit \`${input.sha.slice(0, 7)}\`.`,
    },
    ...(gate
      ? [
          {
            text: [`#### ${GATE_HEAD[gate.state]}`, '', ...gate.reasons.map((r) => `- ${oneLine(r)}`)].join(
              '\n',
            ),
            cut: true,
          },
        ]
      : []),
    { text: renderVerdictMarkdown(policy, ev, input.records).trimEnd(), cut: true },
    {
      text: '<sub>phasegate keeps this comment up to date on every push, review and scheduled run.</sub>',
    },
  ];
  return `${fitParts(parts, { max: BODY_MAX_CHARS, limitText: LIMIT })}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
