/**
 * The Prometheus source's handling of the query API's answer shapes (resultType, warnings,
 * errorType) and of a source that is down, against small loopback servers. The real-Prometheus
 * tests are in test/integration/prometheus.test.ts.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_BACKOFF_MS } from '../../../../src/retry.js';
import { collectSources } from '../../../../src/telemetry/sources/dispatch.js';
import { policyWithSources } from './policy.js';

const T = Date.parse('2026-11-20T10:00:00Z');

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

/** A query API answering `answer(query)` as JSON with `status`. */
async function api(answer: (query: string) => { status?: number; body: unknown }): Promise<string> {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (d) => {
      text += d;
    });
    req.on('end', () => {
      const a = answer(new URLSearchParams(text).get('query') ?? '');
      res.writeHead(a.status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function policy(url: string) {
  return policyWithSources(
    `  m:\n    type: prometheus\n    url: ${url}\n    slis:\n      critical_bugs: { counter: "scalar(sum(bugs))" }\n      crash_rate: { numerator: a_total, denominator: b_total }\n`,
  );
}

async function collect(url: string) {
  const log: string[] = [];
  const sleeps: number[] = [];
  const p = policy(url);
  const r = await collectSources({
    policy: p,
    windows: new Map([[T, ['critical_bugs', 'crash_rate']]]),
    log: (l) => log.push(l.trimEnd()),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { part: r.windows.get(T)!, log, sleeps, failures: r.failures };
}

describe('Prometheus query API answers', () => {
  it('scalar and vector results, warnings logged once per query', async () => {
    const url = await api((q) =>
      q.startsWith('scalar')
        ? {
            body: {
              status: 'success',
              warnings: ['data may be incomplete'],
              data: { resultType: 'scalar', result: [T / 1000 + 900, '3'] },
            },
          }
        : {
            body: {
              status: 'success',
              data: {
                resultType: 'vector',
                result: [
                  { metric: { job: 'a' }, value: [T / 1000 + 900, '4.4'] },
                  { metric: { job: 'b' }, value: [T / 1000 + 900, q.includes('a_total') ? '1.7' : '95.2'] },
                ],
              },
            },
          },
    );
    const { part, log } = await collect(url);
    expect(part.slis.get('critical_bugs')).toEqual({ kind: 'count', count: 3 });
    expect(part.slis.get('crash_rate')).toEqual({ kind: 'ratio', numerator: 6, denominator: 100 });
    expect(log).toEqual([
      'prometheus source "m": critical_bugs: warning from the query engine: data may be incomplete',
    ]);
  });

  it('a range vector from an instant query, and a bad_data answer, fail at once with the fix', async () => {
    const url = await api((q) =>
      q.startsWith('scalar')
        ? { body: { status: 'success', data: { resultType: 'matrix', result: [] } } }
        : { status: 400, body: { status: 'error', errorType: 'bad_data', error: 'unknown function' } },
    );
    const { part, sleeps, failures } = await collect(url);
    expect(sleeps).toEqual([]);
    expect(part.missing.get('critical_bugs')).toMatch(
      /the query returns a range vector; wrap its \[range\] in increase/,
    );
    expect(part.missing.get('crash_rate')).toMatch(
      /HTTP 400 \(unknown function\); the request was refused; check sources\.m\.slis\.crash_rate in rollout\.yaml$/,
    );
    expect(failures).toHaveLength(2);
  });

  it('errorType unavailable is retried; an empty answer is zero and says so', async () => {
    let calls = 0;
    const url = await api(() =>
      calls++ === 0
        ? { status: 503, body: { status: 'error', errorType: 'unavailable', error: 'warming up' } }
        : { body: { status: 'success', data: { resultType: 'vector', result: [] } } },
    );
    const { part, sleeps, log } = await collect(url);
    expect(sleeps).toEqual([500]);
    expect(part.slis.get('critical_bugs')).toEqual({ kind: 'count', count: 0 });
    expect(log).toContain(
      'prometheus source "m": critical_bugs: no series for scalar(sum(bugs)); counted as 0 (check the metric name if this persists)',
    );
  });

  it("a Prometheus that is down: the plan's retries once, then every SLI is missing for this run", async () => {
    const url = await api(() => ({ body: {} }));
    server!.close();
    server!.closeAllConnections();
    await once(server!, 'close');
    const { part, sleeps, failures } = await collect(url);
    expect(sleeps).toEqual([...PLAN_BACKOFF_MS]);
    expect(part.missing.get('critical_bugs')).toMatch(/ECONNREFUSED/);
    expect(part.missing.get('crash_rate')).toMatch(/ECONNREFUSED.*\(given up for this run\)$/);
    expect(failures).toEqual([]);
  });
});
