/**
 * The PR book hands every run the issues it holds (the RCA issues, the dashboard), made once and
 * kept until an issue changes: a run after an RCA issue opens, or after the dashboard is rewritten,
 * must see it as it now is.
 */
import { describe, expect, it } from 'vitest';
import { PrBook } from '../../../src/interpreters/book.js';
import { emptyMemory } from '../../../src/plan/facts.js';
import { DASHBOARD_LABEL, RCA_LABEL } from '../../../src/plan/names.js';
import { referencePolicy } from '../../support/traces.js';

const policy = referencePolicy();
const T0 = Date.parse('2026-11-20T00:00:00Z');

function book() {
  return new PrBook({
    policy,
    live: { phase: 'A-1', since: T0, file: 'phases/current.yaml' },
    records: () => [],
    now: () => T0 + 3_600_000,
  });
}

const rca = (n: number) => ({
  type: 'open-rca' as const,
  key: `rca:${n}`,
  marker: `<!-- rca ${n} -->`,
  title: `RCA ${n}`,
  body: `<!-- rca ${n} -->\nwhy ${n}`,
  labels: [RCA_LABEL],
  assignees: [],
});

const dashboard = (issue: number | null, body: string) => ({
  type: 'upsert-dashboard' as const,
  key: 'dashboard',
  issue,
  marker: '<!-- dashboard -->',
  title: 'phasegate: dashboard',
  body: `<!-- dashboard -->\n${body}`,
  labels: [DASHBOARD_LABEL],
});

describe('PrBook: the issues a run gathers', () => {
  it('are those the book holds now, after an RCA issue opens or the dashboard is rewritten', async () => {
    const b = book();
    const gathered = async (command: 'propose' | 'status') => b.gather({ command }, emptyMemory());
    expect((await gathered('propose')).rcaIssues).toEqual([]);
    await b.carryOut(rca(1));
    const first = (await gathered('propose')).rcaIssues;
    expect(first.map((i) => i.title)).toEqual(['RCA 1']);
    // Nothing changed: the same views again.
    expect((await gathered('propose')).rcaIssues).toBe(first);
    await b.carryOut(rca(2));
    expect((await gathered('propose')).rcaIssues.map((i) => i.title)).toEqual(['RCA 1', 'RCA 2']);
    expect(first.map((i) => i.title)).toEqual(['RCA 1']); // what an earlier run gathered stays as it was
    await b.carryOut(dashboard(null, 'day 1'));
    const opened = (await gathered('status')).dashboard!;
    expect(opened.body).toContain('day 1');
    await b.carryOut(dashboard(opened.number, 'day 2'));
    expect((await gathered('status')).dashboard?.body).toContain('day 2');
    expect((await gathered('status')).rcaIssues.map((i) => i.title)).toEqual(['RCA 1', 'RCA 2']);
  });
});
