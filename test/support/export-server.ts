/**
 * A loopback NDJSON export server, the kind a telemetry store offers: `GET /export?from=&to=`
 * answers the event lines of [from, to), paged by a cursor header or a `Link: rel="next"` header,
 * gzip-compressed when asked. Faults queued with `fail()` make the next requests answer 429/503
 * (with or without Retry-After), 401, a `"retryable": true` body, reset the connection before or
 * in the middle of the body, or stall. Every request is recorded.
 *
 * Lines come from memory (tests) or from a time-sorted file served by byte ranges (the bench).
 */
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createGzip } from 'node:zlib';

export type Fault =
  | { status: number; retryAfter?: string; body?: string; headers?: Record<string, string> }
  | { reset: 'before' | 'mid' }
  | { stall: 'headers' | 'body' };

export interface ExportServerOptions {
  /** Event lines (each with a "ts"), any order; or `file`, sorted by ts. */
  lines?: string[];
  file?: string;
  /** Lines per page (memory only); default: one page. */
  pageSize?: number;
  pagination?: 'cursor' | 'link';
  gzip?: boolean;
  /** Require `Authorization: Bearer <token>`; anything else is 401. */
  token?: string;
}

export interface ExportServer {
  /** The URL template for a jsonl source: …/export?from={from}&to={to}. */
  url: string;
  base: string;
  requests: { path: string; headers: Record<string, string | string[] | undefined> }[];
  /** Answers sent gzip-compressed. */
  gzipped: () => number;
  fail: (...faults: Fault[]) => void;
  close: () => Promise<void>;
}

const tsOf = (line: string): number => {
  try {
    return Date.parse(JSON.parse(line).ts);
  } catch {
    return Number.NaN;
  }
};

/** Byte offset of the first line at or after each minute, for a file sorted by ts. */
function minuteIndex(file: string): { at: (t: number) => number } {
  const buf = readFileSync(file);
  const offsets = new Map<number, number>();
  let first: number | undefined;
  let last: number | undefined;
  for (let pos = 0; pos < buf.length; ) {
    const nl = buf.indexOf(0x0a, pos);
    const end = nl < 0 ? buf.length : nl;
    const m = /"ts":"([^"]+)"/.exec(buf.toString('latin1', pos, Math.min(end, pos + 80)));
    const t = m ? Date.parse(m[1]!) : Number.NaN;
    if (Number.isFinite(t)) {
      const minute = Math.floor(t / 60_000) * 60_000;
      if (last === undefined) {
        first = last = minute;
        offsets.set(minute, pos);
      }
      while (last < minute) {
        last += 60_000;
        offsets.set(last, pos);
      }
    }
    pos = end + 1;
  }
  const size = buf.length; // not the buffer itself: the server streams the file from disk
  return {
    at: (t) => offsets.get(t) ?? (first !== undefined && t < first ? 0 : size),
  };
}

export async function startExportServer(o: ExportServerOptions): Promise<ExportServer> {
  const faults: Fault[] = [];
  const requests: ExportServer['requests'] = [];
  const sockets = new Set<Socket>();
  let gzipped = 0;
  const lines = (o.lines ?? []).map((l) => ({ l, t: tsOf(l) }));
  const index = o.file ? minuteIndex(o.file) : undefined;

  function body(res: ServerResponse, accepts: boolean): NodeJS.WritableStream {
    if (!(o.gzip && accepts)) return res;
    res.setHeader('content-encoding', 'gzip');
    gzipped++;
    const gz = createGzip({ level: 1 });
    gz.pipe(res);
    return gz;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ path: `${url.pathname}${url.search}`, headers: req.headers });
    const fault = faults.shift();
    if (fault && 'reset' in fault && fault.reset === 'before') {
      req.socket.destroy();
      return;
    }
    if (fault && 'stall' in fault && fault.stall === 'headers') return; // never answers
    if (fault && 'status' in fault) {
      res.writeHead(fault.status, {
        'content-type': 'application/json',
        ...fault.headers,
        ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}),
      });
      res.end(fault.body ?? JSON.stringify({ error: `injected ${fault.status}` }));
      return;
    }
    if (o.token !== undefined && req.headers.authorization !== `Bearer ${o.token}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'bad credentials' }));
      return;
    }
    const from = Date.parse(url.searchParams.get('from') ?? '');
    const to = Date.parse(url.searchParams.get('to') ?? '');
    if (!Number.isFinite(from) || !Number.isFinite(to)) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'from and to are required (ISO 8601)' }));
      return;
    }
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.setHeader('content-type', 'application/x-ndjson');
    if (index) {
      const at = index.at;
      const out = body(res, accepts);
      const stream = createReadStream(o.file!, {
        start: at(from),
        end: Math.max(at(from), at(to)) - 1,
        highWaterMark: 1 << 20,
      });
      stream.pipe(out as NodeJS.WritableStream);
      await once(stream, 'close');
      return;
    }
    const inRange = lines.filter((x) => x.t >= from && x.t < to).map((x) => x.l);
    const size = o.pageSize ?? Math.max(inRange.length, 1);
    const page = Number(url.searchParams.get('cursor') ?? url.searchParams.get('page') ?? '0');
    const chunk = inRange.slice(page * size, (page + 1) * size);
    const more = (page + 1) * size < inRange.length;
    if (more && o.pagination === 'cursor') res.setHeader('x-next-cursor', String(page + 1));
    if (more && o.pagination === 'link') {
      const next = new URL(url.href);
      next.searchParams.set('page', String(page + 1));
      res.setHeader('link', `<${next.pathname}${next.search}>; rel="next"`);
    }
    const text = chunk.map((l) => `${l}\n`).join('');
    if (fault && ('reset' in fault || 'stall' in fault)) {
      // Half the body, then the connection dies or goes quiet.
      res.writeHead(200);
      res.write(text.slice(0, Math.floor(text.length / 2)));
      if ('reset' in fault) setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    const out = body(res, accepts);
    out.end(text);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      res.destroy(e as Error);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/export?from={from}&to={to}`,
    base,
    requests,
    gzipped: () => gzipped,
    fail: (...f) => faults.push(...f),
    close: async () => {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, 'close').catch(() => {});
    },
  };
}
