/**
 * Hidden markers (HTML comments) that let phasegate find what it posted and read its state back
 * from the text itself, as release-please does with its PR bodies: no database, the forge is the
 * state. Anyone can paste a marker, so callers also check the author; parsers here only read,
 * and return null for anything they do not recognise instead of throwing.
 *
 *   <!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":"A-0","to":"A-1"} -->
 *   <!-- phasegate:verdict autosave -->
 *   <!-- phasegate:dashboard autosave {"lastDaily":"2026-11-20"} -->
 *   <!-- phasegate:daily autosave 2026-11-20 -->
 *   <!-- phasegate:rca autosave 42 -->          (or a token for a rollback pushed without a PR)
 */

export type ProposalKind = 'advance' | 'rollback' | 'restart';
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['advance', 'rollback', 'restart'];

export interface ProposalState {
  rollout: string;
  kind: ProposalKind;
  from: string;
  to: string;
}

export interface DashboardState {
  /** The local date (YYYY-MM-DD) of the newest daily comment posted; null before the first. */
  lastDaily: string | null;
  /**
   * The local date of the newest Slack alert for a fired rule with nowhere to roll back (A-0's
   * "3 times a day"): one alert a day, not one every 15 minutes. Absent before the first.
   */
  lastAlert?: string | null;
}

const TOKEN = /^[A-Za-z0-9._-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** JSON that cannot end the comment early: `<` and `>` as \u escapes (JSON.parse reads them back). */
function commentJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

function token(name: string, value: string): string {
  if (!TOKEN.test(value))
    throw new Error(`marker ${name} "${value}" must be letters, digits, ".", "_" or "-"`);
  return value;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function proposalMarker(state: ProposalState): string {
  const { rollout, kind, from, to } = state;
  return `<!-- phasegate:proposal ${commentJson({ rollout, kind, from, to })} -->`;
}

/** The first proposal marker in a body, or null (no marker, bad JSON, missing or odd fields). */
export function parseProposalMarker(body: string | null | undefined): ProposalState | null {
  for (const m of (body ?? '').matchAll(/<!-- phasegate:proposal (\{[^\n]*?\}) -->/g)) {
    const data = parseJson(m[1]!);
    if (!isRecord(data)) continue;
    const { rollout, kind, from, to } = data;
    const fields = [rollout, from, to];
    if (!fields.every((f) => typeof f === 'string' && TOKEN.test(f))) continue;
    if (!PROPOSAL_KINDS.includes(kind as ProposalKind)) continue;
    return { rollout, kind, from, to } as ProposalState;
  }
  return null;
}

export function verdictMarker(rollout: string): string {
  return `<!-- phasegate:verdict ${token('rollout', rollout)} -->`;
}

/** Whether a comment body carries the sticky verdict marker of this rollout. */
export function hasVerdictMarker(body: string | null | undefined, rollout: string): boolean {
  return (body ?? '').includes(verdictMarker(rollout));
}

/** The start of the dashboard marker of a rollout: what finds the issue, whatever its state. */
export function dashboardMarkerPrefix(rollout: string): string {
  return `<!-- phasegate:dashboard ${token('rollout', rollout)} `;
}

export function dashboardMarker(rollout: string, state: DashboardState): string {
  const json = { lastDaily: state.lastDaily, ...(state.lastAlert && { lastAlert: state.lastAlert }) };
  return `<!-- phasegate:dashboard ${token('rollout', rollout)} ${commentJson(json)} -->`;
}

/**
 * The dashboard state of this rollout: null when the body has no dashboard marker for it; a
 * marker whose JSON is unreadable yields `{ lastDaily: null }` (the issue is still ours, and
 * posting a daily comment again is better than never posting one).
 */
export function parseDashboardMarker(
  body: string | null | undefined,
  rollout: string,
): DashboardState | null {
  const re = new RegExp(`<!-- phasegate:dashboard ${escapeRe(rollout)}(?: ([^\\n]*?))? -->`);
  const m = re.exec(body ?? '');
  if (!m) return null;
  const data = parseJson(m[1] ?? '');
  const date = (key: string) => {
    const value = isRecord(data) ? data[key] : undefined;
    return typeof value === 'string' && DATE.test(value) ? value : null;
  };
  return { lastDaily: date('lastDaily'), lastAlert: date('lastAlert') };
}

export function dailyMarker(rollout: string, date: string): string {
  if (!DATE.test(date)) throw new Error(`daily marker date "${date}" must be YYYY-MM-DD`);
  return `<!-- phasegate:daily ${token('rollout', rollout)} ${date} -->`;
}

export function parseDailyMarker(body: string | null | undefined): { rollout: string; date: string } | null {
  const m = /<!-- phasegate:daily ([A-Za-z0-9._-]+) (\d{4}-\d{2}-\d{2}) -->/.exec(body ?? '');
  return m ? { rollout: m[1]!, date: m[2]! } : null;
}

/**
 * The RCA issue of one rollback: `id` is the rollback PR's number, or for a rollback pushed
 * without a PR a token naming it (from, to and when: "A-1.A-0.20261117T1107Z").
 */
export function rcaMarker(rollout: string, id: number | string): string {
  if (typeof id === 'number' && (!Number.isSafeInteger(id) || id <= 0))
    throw new Error(`RCA marker PR number ${id} must be a positive integer`);
  return `<!-- phasegate:rca ${token('rollout', rollout)} ${token('id', String(id))} -->`;
}

/** The rollout and rollback id of an RCA marker ("17" for PR #17), or null. */
export function parseRcaMarker(body: string | null | undefined): { rollout: string; id: string } | null {
  const m = /<!-- phasegate:rca ([A-Za-z0-9._-]+) ([A-Za-z0-9._-]{1,80}) -->/.exec(body ?? '');
  if (!m || m[2] === '0' || /^0\d*$/.test(m[2]!)) return null;
  return { rollout: m[1]!, id: m[2]! };
}
