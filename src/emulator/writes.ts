/**
 * Who wrote what (`gh.writes`): the changes GitHub announces by webhook, in the order they
 * landed, each with the login that made it. Both paths write here: the REST API (a write whose
 * answer a `lostResponse` fault lost included, since it happened) and the helpers acting as
 * people (`seed`, `push`, `merge`, `review`, `openPull`, `completeAutoMerges`), which leave no
 * entry in `requests`. Whether a webhook starts workflows depends on its sender
 * (`github-actions[bot]` starts almost none), so the login is what tests read here.
 */

export type PullWrite = 'opened' | 'edited' | 'closed' | 'reopened' | 'merged';

export type WriteRecord =
  /** A ref created, moved (fast-forward, forced, a merge) or deleted (`after` = ZERO_SHA). */
  | { kind: 'ref'; ref: string; before: string; after: string; login: string }
  /**
   * A pull request opened, edited (`fields`: the title/body/base the request set), closed,
   * reopened or merged. A merge records `merged` first, then the base branch's `ref` move.
   */
  | { kind: 'pull'; number: number; action: PullWrite; login: string; fields?: string[] }
  /** A review submitted (a pending review is not: GitHub sends nothing for it). */
  | { kind: 'review'; number: number; id: number; login: string };
