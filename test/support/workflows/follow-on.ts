/**
 * The webhooks GitHub would send after writes to the repository (a run's own, or people's):
 * `snapshot(gh)` before, `followOnEvents(gh, before)` after. What changed is the difference
 * between the snapshot and now; who caused each change (the sender, which decides whether
 * workflows start) and when come from the emulator's write log `gh.writes`, which the REST API
 * and the helpers acting as people both write to (`gh.requests` misses the helpers: `gh.push`,
 * `gh.merge`, `gh.review`, `gh.openPull` make no request).
 *
 * Events, ordered by the write that caused them (a push before the synchronize of the same write):
 * - a branch created or moved → `push`, one per run of consecutive writes to it by one login
 *   (a merge's move of the base included, sender `merged_by`); deletions send nothing here;
 * - a new pull request → `pull_request opened` (sender: its author); pushes to its head after
 *   that → `synchronize` (sender: the pusher), as for an open pull request whose head moved;
 * - title or body changed → `edited` with `changes` (sender: the last editor);
 * - closed → `closed` (sender: who closed it, or `merged_by`); reopened → `reopened`;
 * - a review submitted → `pull_request_review submitted` (sender: the reviewer).
 * Payloads come from the builders in src/emulator/events.ts and show the pull request as it is
 * now (GitHub's show it as it was when each happened).
 */
import {
  type ActionEvent,
  type Emulator,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  type WriteRecord,
  ZERO_SHA,
} from '../../../src/emulator/index.js';

export interface PullSnapshot {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  merged_by: string | null;
  merge_commit_sha: string | null;
  head: { ref: string; sha: string };
  body: string | null;
  title: string;
  user: string;
}

/** What a later `followOnEvents` compares against. */
export interface Snapshot {
  /** branch → head sha (refs/heads/*) */
  heads: Record<string, string>;
  pulls: Record<number, PullSnapshot>;
  /** Ids of the reviews so far. */
  reviews: number[];
  /** `gh.requests.length`: the requests made since are `gh.requests.slice(requests)`. */
  requests: number;
  /** `gh.writes.length`: the writes made since are `gh.writes.slice(writes)`. */
  writes: number;
}

export async function snapshot(gh: Emulator): Promise<Snapshot> {
  const text = await gh.gitText(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/']);
  const heads: Record<string, string> = {};
  for (const line of text.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split(' ') as [string, string];
    heads[ref.slice('refs/heads/'.length)] = sha;
  }
  const state = gh.state;
  const pulls: Record<number, PullSnapshot> = {};
  for (const p of state.pulls) {
    const { number, state: s, merged, merged_by, merge_commit_sha, head, body, title, user } = p;
    pulls[number] = { number, state: s, merged, merged_by, merge_commit_sha, head, body, title, user };
  }
  return {
    heads,
    pulls,
    reviews: state.reviews.map((r) => r.id),
    requests: gh.requests.length,
    writes: gh.writes.length,
  };
}

/** An event to build, at the index (in the writes since the snapshot) of the write that caused it. */
interface Planned {
  at: number;
  build: () => Promise<ActionEvent>;
}

/** Consecutive writes to one ref by one login, between two write indexes (exclusive). */
interface Segment {
  at: number;
  before: string;
  after: string;
  login: string;
}

function segments(writes: readonly WriteRecord[], ref: string, from = -1, to = Infinity): Segment[] {
  const out: Segment[] = [];
  writes.forEach((w, at) => {
    if (w.kind !== 'ref' || w.ref !== ref || at <= from || at >= to) return;
    const last = out.at(-1);
    if (last && last.login === w.login && last.after !== ZERO_SHA) last.after = w.after;
    else out.push({ at, before: w.before, after: w.after, login: w.login });
  });
  return out.filter((s) => s.after !== ZERO_SHA);
}

/** The last write of `action` on pull request `n`, or an error: every change is logged. */
function lastPullWrite(writes: readonly WriteRecord[], n: number, actions: string[], what: string) {
  for (let at = writes.length - 1; at >= 0; at--) {
    const w = writes[at]!;
    if (w.kind === 'pull' && w.number === n && actions.includes(w.action)) return { at, login: w.login };
  }
  throw new Error(`pull request #${n} was ${what}, but gh.writes holds no such write since the snapshot`);
}

function pushes(gh: Emulator, before: Snapshot, heads: Snapshot['heads'], writes: readonly WriteRecord[]) {
  const planned: Planned[] = [];
  for (const [branch, sha] of Object.entries(heads)) {
    if (before.heads[branch] === sha) continue;
    const segs = segments(writes, `refs/heads/${branch}`);
    if (!segs.length) throw new Error(`refs/heads/${branch} moved, but gh.writes holds no write to it`);
    for (const s of segs)
      planned.push({ at: s.at, build: () => pushEvent(gh, branch, s.before, s.after, s.login) });
  }
  return planned;
}

/** opened, synchronize, edited, closed and reopened of one pull request. */
function pullEvents(
  gh: Emulator,
  old: PullSnapshot | undefined,
  now: PullSnapshot,
  writes: readonly WriteRecord[],
) {
  const n = now.number;
  const planned: Planned[] = [];
  const opened = old ? -1 : lastPullWrite(writes, n, ['opened'], 'opened').at;
  if (!old)
    planned.push({ at: opened, build: () => pullRequestEvent(gh, n, 'opened', { sender: now.user }) });
  const closing = (old?.state ?? 'open') === 'open' && now.state === 'closed';
  const closed = closing ? lastPullWrite(writes, n, ['closed', 'merged'], 'closed') : undefined;
  if ((old?.state ?? 'open') === 'open') {
    for (const s of segments(writes, `refs/heads/${now.head.ref}`, opened, closed?.at)) {
      const opts = { sender: s.login, before: s.before };
      planned.push({ at: s.at, build: () => pullRequestEvent(gh, n, 'synchronize', opts) });
    }
  }
  const changes: Record<string, { from: string }> = {};
  if (old && old.title !== now.title) changes.title = { from: old.title };
  if (old && old.body !== now.body) changes.body = { from: old.body ?? '' };
  if (Object.keys(changes).length) {
    const e = lastPullWrite(writes, n, ['edited'], 'edited');
    const opts = { sender: e.login, changes };
    planned.push({ at: e.at, build: () => pullRequestEvent(gh, n, 'edited', opts) });
  }
  if (closed) {
    const sender = now.merged ? (now.merged_by ?? closed.login) : closed.login;
    planned.push({ at: closed.at, build: () => pullRequestEvent(gh, n, 'closed', { sender }) });
  }
  if (old?.state === 'closed' && now.state === 'open') {
    const r = lastPullWrite(writes, n, ['reopened'], 'reopened');
    planned.push({ at: r.at, build: () => pullRequestEvent(gh, n, 'reopened', { sender: r.login }) });
  }
  return planned;
}

/** The webhook events GitHub would send for what changed since `before`, in the order it happened. */
export async function followOnEvents(gh: Emulator, before: Snapshot): Promise<ActionEvent[]> {
  const now = await snapshot(gh);
  const writes = gh.writes.slice(before.writes);
  const planned = pushes(gh, before, now.heads, writes);
  for (const p of Object.values(now.pulls))
    planned.push(...pullEvents(gh, before.pulls[p.number], p, writes));
  const known = new Set(before.reviews);
  writes.forEach((w, at) => {
    if (w.kind === 'review' && !known.has(w.id))
      planned.push({ at, build: () => pullRequestReviewEvent(gh, w.number, w.id) });
  });
  planned.sort((a, b) => a.at - b.at); // stable: a write's push comes before its synchronize
  const events: ActionEvent[] = [];
  // One at a time: each pull_request builder rewrites refs/pull/N/merge.
  for (const p of planned) events.push(await p.build());
  return events;
}
