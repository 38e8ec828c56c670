/**
 * The HTTP pipeline: body → fault injection → authentication → route → access (access.ts: the
 * one permission check) → content-creation limit → handler → response check by the validator,
 * when one was given (GitHub's OpenAPI description, in tests) → GitHub's headers → request log.
 */

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCESS, authorize } from './access.js';
import type { Ctx } from './context.js';
import { error, HttpError, notFound } from './errors.js';
import {
  type ContentCreation,
  contentCreationBlocked,
  type Fault,
  faultResponse,
  type Rules,
} from './faults.js';
import { parseDocument } from './graphql/document.js';
import type { Identity } from './identity.js';
import type { Res, Router } from './router.js';
import type { UserRec } from './store.js';
import type { Validator } from './validator.js';

export interface RequestRecord {
  method: string;
  path: string;
  query: string;
  status: number;
  /** The authenticated login, or null. */
  login: string | null;
  token: string | null;
  /** POST /graphql: whether the document reads (`query`) or writes (`mutation`). */
  graphql?: 'query' | 'mutation';
}

export interface ResponseInfo {
  method: string;
  path: string;
  status: number;
}

export type Tamper = (body: unknown, info: ResponseInfo) => unknown;

/** A token's holder: who it is (kind, permissions) and the user record answers show. */
export interface Caller {
  who: Identity;
  user: UserRec;
}

export interface Pipeline {
  ctx: Ctx;
  router: Router;
  tokens: Map<string, Caller>;
  /** The content-creation secondary rate limit, when the emulator was given one. */
  contentCreation: ContentCreation | null;
  validator: Validator | null;
  faults: Rules<Fault>;
  tampers: Rules<Tamper>;
  requests: RequestRecord[];
  violations: string[];
}

const RATE_RESET = Math.floor(Date.now() / 1000) + 3600;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenOf(header: string | undefined): string | null {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

export async function serve(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://emulator');
  const path = url.pathname;
  const raw = await readBody(req);
  const token = tokenOf(req.headers.authorization);
  const caller = token ? p.tokens.get(token) : undefined;
  const record: RequestRecord = {
    method,
    path,
    query: url.search,
    status: 0,
    login: caller?.user.login ?? null,
    token,
  };
  if (method === 'POST' && path === '/graphql') record.graphql = graphqlKind(raw);
  p.requests.push(record);
  const requestId = randomBytes(8).toString('hex').toUpperCase();

  const fault = p.faults.take(method, path, record.graphql);
  if (fault && 'drop' in fault) {
    req.socket.destroy();
    return;
  }
  const lost = fault !== undefined && 'lostResponse' in fault;
  const found = fault && !lost ? undefined : p.router.match(method, path);
  let answer =
    fault && !('lostResponse' in fault)
      ? faultResponse(fault, requestId)
      : await handle(p, { method, url, raw, token, caller }, found);
  if (lost) {
    // The write happened; the answer never reaches the client (status 0 in the log).
    req.socket.destroy();
    return;
  }
  const tamper = p.tampers.take(method, path, record.graphql);
  if (tamper) answer = { ...answer, body: tamper(answer.body, { method, path, status: answer.status }) };
  // /graphql is not in the REST description; handlers/graphql.ts has the validator check its documents and data.
  const template = found?.route.template;
  if (p.validator && template && template !== '/graphql') {
    const problem = p.validator.check(method, template, answer.status, answer.body);
    if (problem) p.violations.push(`${method} ${path} (${template}) ${answer.status}: ${problem}`);
  }
  record.status = answer.status;
  const headers = { ...answerHeaders(p, path, requestId), ...answer.headers };
  if (answer.body === undefined) {
    delete headers['content-type'];
    res.writeHead(answer.status, headers).end();
    return;
  }
  res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

/**
 * A request as GitHub answers it: authentication, the route, the repository, what the token may
 * do, the content-creation limit, the JSON body.
 */
async function handle(
  p: Pipeline,
  q: { method: string; url: URL; raw: Buffer; token: string | null; caller: Caller | undefined },
  found: ReturnType<Router['match']>,
): Promise<Res> {
  const { method, url } = q;
  const path = url.pathname;
  try {
    if (!q.token) throw error(401, 'Requires authentication');
    if (!q.caller) throw error(401, 'Bad credentials');
    if (!found) throw notFound();
    const { owner, repo } = found.params;
    if (owner !== undefined && owner.toLowerCase() !== p.ctx.id.owner.toLowerCase()) throw notFound();
    if (repo !== undefined && repo.toLowerCase() !== p.ctx.id.repo.toLowerCase()) throw notFound();
    const { who, user } = q.caller;
    const key = `${method} ${found.route.template}`;
    const granted = authorize(key, who, p.ctx.roleOf(user.login));
    const limit = ACCESS[key]!.creates ? p.contentCreation : null;
    let body: Record<string, unknown> = {};
    if (q.raw.length) {
      try {
        body = JSON.parse(q.raw.toString('utf8'));
      } catch {
        throw error(400, 'Problems parsing JSON');
      }
    }
    const input = {
      method,
      path,
      template: found.route.template,
      params: found.params,
      query: url.searchParams,
    };
    const run = async (): Promise<Res> => {
      // Counted inside the write lock, so concurrent creations cannot slip past the limit together.
      if (limit && !limit.allows(user.login)) return contentCreationBlocked();
      const answer = await found.route.handler({ ...input, body, user, who, ctx: p.ctx });
      if (limit && answer.status < 300) limit.record(user.login);
      return answer;
    };
    const answer = method === 'GET' ? await run() : await p.ctx.exclusive(run);
    return { ...answer, headers: { ...granted, ...answer.headers } };
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, body: err.body, headers: err.headers };
    p.violations.push(`${method} ${path}: the emulator failed: ${(err as Error).stack ?? err}`);
    return { status: 500, body: { message: 'Server Error' } };
  }
}

/** GitHub's headers on every answer, with the rate-limit counts of the request's resource. */
function answerHeaders(p: Pipeline, path: string, requestId: string): Record<string, string> {
  const search = path.startsWith('/search/');
  const used = p.requests.filter((r) => r.path.startsWith('/search/') === search).length;
  const limit = search ? 30 : 5000;
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': requestId,
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': String(limit),
    // Informational only (no limit is enforced); never 0, so no client waits for a reset.
    'x-ratelimit-remaining': String(Math.max(1, limit - used)),
    'x-ratelimit-reset': String(RATE_RESET),
    'x-ratelimit-used': String(used),
    'x-ratelimit-resource': search ? 'search' : 'core',
  };
}

/** A GraphQL request writes when its document holds a mutation (an unreadable one counts as a write). */
function graphqlKind(raw: Buffer): 'query' | 'mutation' {
  try {
    const body = JSON.parse(raw.toString('utf8')) as { query?: unknown };
    const ops = parseDocument(typeof body.query === 'string' ? body.query : '');
    return ops.length && ops.every((o) => o.operation === 'query') ? 'query' : 'mutation';
  } catch {
    return 'mutation';
  }
}
