import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../../src/policy/errors.js';
import { envRef } from '../../../../src/policy/sources.js';
import { counterQuery, rerouteSources } from '../../../../src/policy/sources-compile.js';
import { withControlBaseline, withCrashControl } from '../../../support/cohorts.js';
import { referenceFiles, referencePolicy } from '../../../support/policy.js';
import { withSources } from './policy.js';

/** The policy's errors, each with its line counted from the `sources:` line (the file above may change). */
function errors(yaml: string, edit?: (files: Record<string, string>) => void): string[] {
  let text = '';
  try {
    referencePolicy((f) => {
      edit?.(f);
      withSources(yaml)(f);
      text = f['rollout.yaml']!;
    });
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    const at = text.split('\n').indexOf('sources:') + 1;
    return (e as PolicyError).issues.map((i) => `+${i.position.line - at}: ${i.field}: ${i.message}`);
  }
  throw new Error('expected the policy to be rejected');
}

describe('rollout.yaml `sources:`', () => {
  it('the reference reads every SLI from the --source events', () => {
    const { sources } = referencePolicy();
    expect(sources.bySli).toEqual({
      save_latency: 'events',
      restore_success: 'events',
      crash_rate: 'events',
      auto_merge_rate: 'events',
      critical_bugs: 'events',
    });
    expect(sources.list).toEqual([
      expect.objectContaining({ name: 'events', type: 'jsonl', files: undefined, url: undefined }),
    ]);
  });

  it("the reference's commented Prometheus + GitHub example compiles into the routing it describes", () => {
    const text = referenceFiles()['rollout.yaml']!;
    const block = text.slice(text.indexOf('# sources:'));
    const uncommented = block
      .split('\n')
      .map((l) => l.replace(/^# ?/, ''))
      .join('\n');
    const policy = referencePolicy((f) => {
      f['rollout.yaml'] = text.replace(/^sources:\n(?: {2}.*\n)*/m, '').replace(block, uncommented);
    });
    expect(policy.sources.bySli).toEqual({
      save_latency: 'metrics',
      restore_success: 'metrics',
      crash_rate: 'metrics',
      auto_merge_rate: 'metrics',
      critical_bugs: 'bugs',
    });
    const metrics = policy.sources.list.find((s) => s.name === 'metrics')!;
    expect(metrics).toMatchObject({
      type: 'prometheus',
      url: envRef('PROMETHEUS_URL'),
      auth: { bearer: envRef('PROMETHEUS_TOKEN') },
      timeoutMs: 30_000,
      queries: {
        save_latency: {
          kind: 'latency',
          buckets: 'sum by (le) (increase(autosave_save_duration_seconds_bucket[$window]))',
          sum: 'sum(increase(autosave_save_duration_seconds_sum[$window]))',
          unit: 's',
        },
        restore_success: {
          kind: 'ratio',
          numerator: 'sum(increase(autosave_restore_total{result="success"}[$window]))',
          denominator: 'sum(increase(autosave_restore_total[$window]))',
        },
      },
    });
    expect(policy.sources.list.find((s) => s.name === 'bugs')).toMatchObject({
      type: 'github-issues',
      token: envRef('GITHUB_TOKEN'),
      searches: { critical_bugs: { labels: ['critical'] } },
    });
    // Nothing falls back to --source, so no implicit "events" source.
    expect(policy.sources.list.map((s) => s.name)).toEqual(['metrics', 'bugs']);
  });

  it('a counter name becomes its increase per window; PromQL is kept as written', () => {
    expect(counterQuery('app_crashes_total')).toBe('sum(increase(app_crashes_total[$window]))');
    expect(counterQuery(' x_total{a="b", c=~"d|e"} ')).toBe(
      'sum(increase(x_total{a="b", c=~"d|e"}[$window]))',
    );
    expect(counterQuery('sum(rate(x[5m])) * 900')).toBe('sum(rate(x[5m])) * 900');
  });

  it('SLIs not named by any source fall back to the JSONL events', () => {
    const policy = referencePolicy(
      withSources(
        '  bugs:\n    type: github-issues\n    repo: acme/app\n    slis:\n      critical_bugs: { label: [critical, customer] }\n',
      ),
    );
    expect(policy.sources.bySli.critical_bugs).toBe('bugs');
    expect(policy.sources.bySli.save_latency).toBe('events');
    expect(policy.sources.list[0]).toMatchObject({
      name: 'events',
      slis: ['save_latency', 'restore_success', 'crash_rate', 'auto_merge_rate'],
    });
  });

  it('every mistake is located, with the fix', () => {
    expect(
      errors(
        [
          '  m:',
          '    type: prometheus',
          '    url: http://p:9090',
          '    slis:',
          '      save_latencyy: { histogram: x_seconds }',
          '      restore_success: { histogram: x_seconds }',
          '      crash_rate: { counter: c_total }',
          '      auto_merge_rate: { numerator: a_total, denominator: b_total }',
          '  again:',
          '    type: jsonl',
          '    url: http://e/export',
          '    files: a.jsonl',
          '    slis: [auto_merge_rate]',
          '  one:',
          '    type: jsonl',
          '  two:',
          '    type: jsonl',
          '    timeout: 30',
          '',
        ].join('\n'),
      ),
    ).toEqual(['+18: sources.two.timeout: expected string']);
    expect(
      errors(
        [
          '  m:',
          '    type: prometheus',
          '    url: http://p:9090',
          '    slis:',
          '      save_latencyy: { histogram: x_seconds }',
          '      restore_success: { histogram: x_seconds }',
          '      crash_rate: { counter: c_total }',
          '      auto_merge_rate: { numerator: a_total, denominator: b_total }',
          '      save_latency: { histogram: "sum(x)" }',
          '  again:',
          '    type: jsonl',
          '    url: http://e/export',
          '    files: a.jsonl',
          '    slis: [auto_merge_rate]',
          '  one:',
          '    type: jsonl',
          '  two:',
          '    type: jsonl',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '+5: sources.m.slis.save_latencyy: unknown SLI "save_latencyy"; rollout.yaml defines: save_latency, restore_success, crash_rate, auto_merge_rate, critical_bugs',
      '+6: sources.m.slis.restore_success: SLI "restore_success" is a ratio SLI, not latency; for a ratio SLI give `numerator:` and `denominator:`',
      '+7: sources.m.slis.crash_rate: SLI "crash_rate" is a ratio SLI, not count; for a ratio SLI give `numerator:` and `denominator:`',
      '+9: sources.m.slis.save_latency.histogram: give the histogram\'s metric name, e.g. http_duration_seconds{job="app"}; for PromQL use `buckets:` and `sum:`',
      '+12: sources.again.url: give `files` or `url`, not both; use two sources for both',
      '+14: sources.again.slis[0]: SLI "auto_merge_rate" already comes from source "m"; give each SLI one source',
      '+18: sources.two: only one jsonl source may leave out `slis` ("one" does too)',
    ]);
  });

  it('--sli-source reroutes, and refuses a source that cannot give the SLI', () => {
    const policy = referencePolicy(
      withSources(
        '  m:\n    type: prometheus\n    url: http://p\n    slis:\n      crash_rate: { numerator: a_total, denominator: b_total }\n',
      ),
    );
    const all = rerouteSources(policy.sources, [['*', 'events']], policy.slis);
    expect(typeof all !== 'string' && all.bySli.crash_rate).toBe('events');
    const one = rerouteSources(policy.sources, [['save_latency', 'm']], policy.slis);
    expect(one).toBe('source "m" has no query for SLI "save_latency"; add it under sources.m.slis');
    expect(rerouteSources(policy.sources, [['nope', 'events']], policy.slis)).toMatch(/^unknown SLI "nope"/);
    expect(rerouteSources(policy.sources, [['crash_rate', 'x']], policy.slis)).toBe(
      'unknown source "x"; rollout.yaml defines: events, m',
    );
    // the policy's own routing is left as it was
    expect(policy.sources.bySli.crash_rate).toBe('m');
  });

  it('an SLI with a control cohort: a jsonl export splits it, a prometheus source is refused, naming both', () => {
    const control = (f: Record<string, string>) => {
      withCrashControl(f);
      withControlBaseline(f);
    };
    const exported = referencePolicy((f) => {
      control(f);
      withSources(
        '  export:\n    type: jsonl\n    url: "http://e/export?from={from}"\n    slis: [crash_rate]\n',
      )(f);
    });
    expect(exported.sources.bySli.crash_rate).toBe('export');
    expect(
      errors(
        '  metrics:\n    type: prometheus\n    url: http://p\n    slis:\n      crash_rate: { numerator: a_total, denominator: b_total }\n',
        control,
      ),
    ).toEqual([
      '+5: sources.metrics.slis.crash_rate: SLI "crash_rate" splits a control cohort off its events (control: under slis.crash_rate), which prometheus source "metrics" cannot: a counter carries no event\'s cohort; read crash_rate from a jsonl source, or remove its control: (and any baseline: control on it)',
    ]);
  });
});
