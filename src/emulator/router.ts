/** Routes by OpenAPI path template, so each answer can be checked against its operation. */
import type { Ctx } from './context.js';
import type { Identity } from './identity.js';
import type { UserRec } from './store.js';

export interface Req {
  method: string;
  /** The path as requested, without the query. */
  path: string;
  template: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  user: UserRec;
  /** Who the token is: GITHUB_TOKEN, an App installation or a person (identity.ts). */
  who: Identity;
  ctx: Ctx;
}

export interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: Req) => Promise<Res> | Res;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

/** Parameters that may hold slashes (`heads/feature/x`, `docs/a.md`), encoded or not. */
const GREEDY = new Set(['ref', 'path']);

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, template: string, handler: Handler): void {
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return GREEDY.has(name) ? '(.+)' : '([^/]+)';
    });
    this.routes.push({ method, template, pattern: new RegExp(`^${source}/?$`), names, handler });
  }

  /** [METHOD, template] of every route. */
  operations(): Array<[string, string]> {
    return this.routes.map((r) => [r.method, r.template]);
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1]!);
      });
      return { route, params };
    }
    return undefined;
  }
}

/** per_page/page slicing with GitHub's Link header (first/prev/next/last). */
export function paginate<T>(req: Req, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number) => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${req.ctx.url}${req.path}?${q}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`);
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: rels.length ? { link: rels.join(', ') } : {},
  };
}
