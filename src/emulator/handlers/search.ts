/**
 * GET /search/issues over this repository's issues and pull requests, with the qualifiers
 * phasegate's sources use: repo:, is:/type:/state:, label:, author:, assignee:, and date
 * ranges on created:/updated:/closed: (dates or ISO timestamps, `A..B`, `>=A`, `<B` …).
 */
import type { Ctx } from '../context.js';
import { validationFailed } from '../errors.js';
import { paginate, type Router } from '../router.js';
import { issue } from '../shapes.js';
import type { IssueRec } from '../store.js';

type Test = (i: IssueRec) => boolean;

function tokens(q: string): string[] {
  return q.match(/-?[\w.-]+:"[^"]*"|"[^"]*"|\S+/g) ?? [];
}

function unquote(v: string): string {
  return v.replace(/^"(.*)"$/, '$1');
}

const DAY = 86_400_000;

/** [from, to] in ms, inclusive; a bare date covers its whole day (UTC). */
function bounds(v: string): [number, number] {
  const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  const start = (s: string) => (s === '*' ? -Infinity : Date.parse(isDate(s) ? `${s}T00:00:00Z` : s));
  const end = (s: string) =>
    s === '*' ? Infinity : isDate(s) ? Date.parse(`${s}T00:00:00Z`) + DAY - 1 : Date.parse(s);
  if (v.includes('..')) {
    const [a, b] = v.split('..') as [string, string];
    return [start(a), end(b)];
  }
  const m = /^(>=|<=|>|<)?(.*)$/.exec(v)!;
  const [op, s] = [m[1], m[2]!];
  if (op === '>=') return [start(s), Infinity];
  if (op === '>') return [end(s) + 1, Infinity];
  if (op === '<=') return [-Infinity, end(s)];
  if (op === '<') return [-Infinity, start(s) - 1];
  return [start(s), end(s)];
}

function dateTest(field: 'created_at' | 'updated_at' | 'closed_at', v: string): Test {
  const [from, to] = bounds(v);
  return (i) => {
    const at = i[field];
    if (!at) return false;
    const t = Date.parse(at);
    return t >= from && t <= to;
  };
}

function qualifier(ctx: Ctx, key: string, value: string): Test {
  const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  switch (key) {
    case 'repo':
      return () => eq(value, ctx.fullName);
    case 'is':
    case 'type':
    case 'state':
      if (value === 'issue') return (i) => !i.pull;
      if (value === 'pr' || value === 'pull-request') return (i) => !!i.pull;
      if (value === 'open' || value === 'closed') return (i) => i.state === value;
      if (value === 'merged') return (i) => !!i.pull?.merged;
      if (value === 'unmerged') return (i) => !!i.pull && !i.pull.merged && i.state === 'closed';
      return () => true;
    case 'label': {
      const any = value.split(',').map(unquote);
      return (i) => any.some((l) => i.labels.some((x) => eq(x, l)));
    }
    case 'author':
      return (i) => eq(i.user, value);
    case 'assignee':
      return (i) => i.assignees.some((a) => eq(a, value));
    case 'created':
    case 'updated':
    case 'closed':
      return dateTest(`${key}_at`, value);
    case 'head':
      return (i) => i.pull?.headRef === value;
    case 'base':
      return (i) => i.pull?.baseRef === value;
    default:
      return () => true; // in:, sort: and the rest do not filter here
  }
}

export function search(ctx: Ctx, q: string): IssueRec[] {
  const tests: Test[] = [];
  const words: string[] = [];
  for (const t of tokens(q)) {
    const m = /^(-?)([\w-]+):(.+)$/.exec(t);
    if (!m) {
      words.push(unquote(t).toLowerCase());
      continue;
    }
    const test = qualifier(ctx, m[2]!.toLowerCase(), unquote(m[3]!));
    tests.push(m[1] ? (i) => !test(i) : test);
  }
  return [...ctx.store.issues.values()].filter(
    (i) =>
      tests.every((t) => t(i)) && words.every((w) => `${i.title}\n${i.body ?? ''}`.toLowerCase().includes(w)),
  );
}

export function registerSearch(r: Router): void {
  r.add('GET', '/search/issues', (req) => {
    const q = req.query.get('q');
    if (!q) throw validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }]);
    const sort = req.query.get('sort');
    const key = sort === 'updated' ? 'updated_at' : 'created_at';
    const items = search(req.ctx, q).sort((a, b) => a[key].localeCompare(b[key]) || a.number - b.number);
    if ((req.query.get('order') ?? 'desc') === 'desc') items.reverse();
    const page = paginate(req, items);
    const rendered = page.items.map((i) => {
      const { body, ...rest } = issue(req.ctx, i);
      return { ...rest, ...(body === null ? {} : { body }), score: 1 };
    });
    return {
      status: 200,
      body: { total_count: items.length, incomplete_results: false, search_type: 'lexical', items: rendered },
      headers: page.headers,
    };
  });
}
