import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PolicyError } from '../../../src/policy/errors.js';
import { phaseById } from '../../../src/policy/model.js';
import { controlPolicy, withControlBaseline, withCrashControl } from '../../support/cohorts.js';
import { REPO_ROOT, referenceFiles, referencePolicy } from '../../support/policy.js';

/** Compile the reference rollout after an edit, and return the error lines it produces. */
function errorsAfter(edit: (files: Record<string, string>) => void): string[] {
  try {
    referencePolicy(edit);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as Error).message
      .split('\n')
      .filter((l) => !/^invalid policy \(\d+ problems\):$/.test(l))
      .map((l) => l.replace(/^invalid policy: |^\s+/, ''));
  }
  throw new Error('expected the policy to be rejected');
}

function replaceIn(file: string, from: string | RegExp, to: string) {
  return (files: Record<string, string>) => {
    const before = files[file]!;
    files[file] = before.replace(from, to);
    expect(files[file]).not.toBe(before);
  };
}

describe('the reference rollout (SPEC.md section 1)', () => {
  const policy = referencePolicy();

  it('has the five phases in order, in Asia/Tokyo, judged every 15 minutes', () => {
    expect(policy.phases.map((p) => p.id)).toEqual(['A-0', 'A-1', 'A-2', 'B-0', 'B-1']);
    expect(policy.timezone).toBe('Asia/Tokyo');
    expect(policy.windowMs).toBe(15 * 60_000);
  });

  it('carries every flag value of the phase table', () => {
    const flags = Object.fromEntries(policy.phases.map((p) => [p.id, p.flags]));
    expect(flags).toEqual({
      'A-0': { 'autosave.enabled': false, 'merge.precision': 'legacy' },
      'A-1': { 'autosave.enabled': true, 'merge.precision': 'legacy' },
      'A-2': { 'autosave.enabled': true, 'merge.precision': 'legacy' },
      'B-0': { 'autosave.enabled': true, 'merge.precision': 'beta' },
      'B-1': { 'autosave.enabled': true, 'merge.precision': 'stable' },
    });
  });

  it('compiles thresholds to base units', () => {
    const a1 = phaseById(policy, 'A-1')!;
    expect(a1.slos.map((s) => [s.id, s.objective.op, s.objective.threshold, s.window])).toEqual([
      ['save-latency-p95', '<=', 2500, 2 * 3_600_000],
      ['restore-success', '>=', 0.995, 24 * 3_600_000],
    ]);
    expect(a1.slos[0]!.stat).toEqual({ kind: 'quantile', q: 0.95 });
    const a2 = phaseById(policy, 'A-2')!;
    expect(a2.slos[1]!.baseline).toEqual({ kind: 'before_rollout', windowMs: 7 * 86_400_000 });
    expect(a2.rollback.when[0]).toEqual({
      rule: 'immediate',
      slo: 'restore-success',
      breach: { op: '<=', threshold: 0.995, text: '99.5%' },
    });
    const b0 = phaseById(policy, 'B-0')!;
    expect(b0.slos.map((s) => [s.id, s.objective.threshold, s.window])).toEqual([
      ['auto-merge-rate', 0.8, 15 * 60_000],
      ['critical-bugs', 3, 'day'],
    ]);
  });

  it('rolls each phase back to the one before it; A-0 has none', () => {
    expect(policy.phases.map((p) => [p.id, p.rollback.to, p.rollback.approval])).toEqual([
      ['A-0', null, 'required'],
      ['A-1', 'A-0', 'none'],
      // The plan: rollbacks run at once (即時実行); approval stays an option a policy can choose.
      ['A-2', 'A-1', 'none'],
      ['B-0', 'A-2', 'none'],
      ['B-1', 'B-0', 'none'],
    ]);
    expect(phaseById(policy, 'A-0')!.rollback.when).toEqual([
      { rule: 'breaches_per_day', slo: 'save-latency-p95', count: 3, breach: undefined },
    ]);
    expect(phaseById(policy, 'B-1')!.rollback.when).toEqual([
      { rule: 'sustained', slo: 'any', forMs: 24 * 3_600_000, breach: undefined },
    ]);
    expect(phaseById(policy, 'B-1')!.advance).toEqual({ rule: 'consecutive_days', days: 5 });
  });
});

describe('policy errors name the file, line, column, field and the fix', () => {
  it('a threshold without a unit', () => {
    expect(errorsAfter(replaceIn('A-1.yaml', 'max: 2.5s', 'max: 2.5'))).toEqual([
      'phases/A-1.yaml:12:10: slos[0].max: "2.5" is not a latency with a unit, such as "2.5s" or "800ms"',
    ]);
  });

  it('a percentage written as a fraction', () => {
    expect(errorsAfter(replaceIn('A-1.yaml', 'min: 99.5%', 'min: 0.995'))).toEqual([
      'phases/A-1.yaml:18:10: slos[1].min: "0.995" is not a percentage, such as "99.5%" or "+5%"',
    ]);
  });

  it('an unknown phase as a rollback target lists the valid ones', () => {
    expect(errorsAfter(replaceIn('A-2.yaml', 'to: A-1', 'to: A-9'))).toEqual([
      'phases/A-2.yaml:27:7: rollback.to: unknown phase "A-9"; valid phases: A-0, A-1, A-2, B-0, B-1',
    ]);
  });

  it('a rollback target that is not earlier', () => {
    expect(errorsAfter(replaceIn('A-2.yaml', 'to: A-1', 'to: B-0'))).toEqual([
      'phases/A-2.yaml:27:7: rollback.to: "B-0" is not earlier than A-2 in the rollout order',
    ]);
  });

  it('a duplicate phase id', () => {
    expect(
      errorsAfter(
        replaceIn('rollout.yaml', 'phases: [A-0, A-1, A-2, B-0, B-1]', 'phases: [A-0, A-1, A-1, B-0, B-1]'),
      ),
    ).toEqual(['phases/rollout.yaml:7:20: phases[2]: duplicate phase id "A-1" (also phases[1])']);
  });

  it('a phase listed without its file', () => {
    expect(
      errorsAfter((f) => {
        delete f['B-1.yaml'];
      }),
    ).toEqual(['phases/rollout.yaml:7:30: phases[4]: phase "B-1" has no file phases/B-1.yaml; create it']);
  });

  it('a misspelt field', () => {
    expect(errorsAfter(replaceIn('B-0.yaml', 'min_samples: 20', 'min_sample: 20'))).toEqual([
      'phases/B-0.yaml:14:5: slos[0].min_sample: unknown field "min_sample"; remove it or check its spelling',
    ]);
  });

  it('an unknown SLI and an unknown SLO in a rule, together', () => {
    expect(
      errorsAfter((f) => {
        replaceIn('B-0.yaml', 'sli: auto_merge_rate', 'sli: automerge')(f);
        replaceIn('B-0.yaml', 'slo: critical-bugs\n', 'slo: critical-bug\n')(f);
      }),
    ).toEqual([
      'phases/B-0.yaml:10:10: slos[0].sli: unknown SLI "automerge"; rollout.yaml defines: save_latency, restore_success, crash_rate, auto_merge_rate, critical_bugs',
      'phases/B-0.yaml:29:12: rollback.when[1].slo: unknown SLO "critical-bug"; this phase defines: auto-merge-rate, critical-bugs',
    ]);
  });

  it('a statistic that does not fit the SLI', () => {
    expect(errorsAfter(replaceIn('A-1.yaml', 'stat: ratio', 'stat: p95'))).toEqual([
      'phases/A-1.yaml:17:11: slos[1].stat: "p95" does not apply to a ratio SLI; use ratio or increase',
    ]);
  });

  it('a wrong type', () => {
    expect(errorsAfter(replaceIn('A-1.yaml', 'min_samples: 50', 'min_samples: many'))).toEqual([
      'phases/A-1.yaml:14:18: slos[0].min_samples: expected number',
    ]);
  });

  it('a rule kind that does not exist', () => {
    const lines = errorsAfter(replaceIn('A-1.yaml', 'rule: immediate', 'rule: instant'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^phases\/A-1\.yaml:28:13: rollback\.when\[0\]\.rule: .*"immediate"/);
  });

  it('a YAML syntax error', () => {
    const lines = errorsAfter(replaceIn('A-1.yaml', 'flags:\n', 'flags: [\n'));
    expect(lines[0]).toMatch(/^phases\/A-1\.yaml:\d+:\d+: /);
  });

  it('an unknown time zone', () => {
    expect(errorsAfter(replaceIn('rollout.yaml', 'timezone: Asia/Tokyo', 'timezone: Asia/Tokio'))).toEqual([
      'phases/rollout.yaml:5:11: timezone: unknown time zone "Asia/Tokio"; use an IANA name such as "Asia/Tokyo" or "UTC"',
    ]);
  });

  it('time zones outside the canonical list that ICU knows: UTC and aliases are accepted', () => {
    for (const tz of ['UTC', 'Etc/UTC', 'US/Pacific', 'Asia/Calcutta'])
      expect(
        referencePolicy(replaceIn('rollout.yaml', 'timezone: Asia/Tokyo', `timezone: ${tz}`)).timezone,
      ).toBe(tz);
  });

  it('a phase file whose id does not match its name', () => {
    expect(errorsAfter(replaceIn('A-2.yaml', 'id: A-2', 'id: A-3'))).toEqual([
      'phases/A-2.yaml:2:5: id: "A-3" does not match the file name; rename the file or set id: A-2',
    ]);
  });

  it('both min and max on one SLO', () => {
    expect(errorsAfter(replaceIn('A-1.yaml', 'max: 2.5s', 'max: 2.5s\n    min: 1s'))).toEqual([
      'phases/A-1.yaml:12:10: slos[0].max: give exactly one of `max` or `min`',
    ]);
  });

  it('a value that does not match its pattern shows the value and the form expected', () => {
    expect(errorsAfter(replaceIn('A-0.yaml', 'window: 2h', 'window: two hours'))).toEqual([
      'phases/A-0.yaml:14:13: slos[0].window: "two hours" is not a duration with a unit, such as "15m", "2h", "2.5s" or "5d"',
    ]);
    expect(errorsAfter(replaceIn('A-0.yaml', 'stat: p95', 'stat: p95x'))).toEqual([
      'phases/A-0.yaml:12:11: slos[0].stat: "p95x" is not a statistic: p50…p99.9, mean, max, ratio, count or increase',
    ]);
  });

  it('an unknown SLI kind', () => {
    expect(errorsAfter(replaceIn('rollout.yaml', 'kind: ratio', 'kind: rate'))).toEqual([
      'phases/rollout.yaml:18:11: slis.restore_success.kind: "rate" is not one of "latency", "ratio", "count"',
    ]);
  });
});

describe('baseline: control (a concurrent control cohort)', () => {
  it('compiles when the SLI says which events are the control cohort', () => {
    const a2 = phaseById(controlPolicy(), 'A-2')!;
    expect(a2.slos[1]).toMatchObject({ id: 'crash-rate-increase', baseline: { kind: 'control' } });
  });

  it("the README's example is the policy these tests use", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const shown = Object.fromEntries(
      [...readme.matchAll(/```yaml\n# (rollout\.yaml|A-2\.yaml)\n([\s\S]*?)```/g)].map((m) => [
        m[1],
        parse(m[2]!),
      ]),
    );
    const files = referenceFiles();
    withCrashControl(files);
    withControlBaseline(files);
    expect(parse(files['rollout.yaml']!).slis.crash_rate).toMatchObject(
      shown['rollout.yaml'].slis.crash_rate,
    );
    expect(parse(files['A-2.yaml']!).slos[1]).toEqual(shown['A-2.yaml'].slos[0]);
  });

  it('on an SLI without control: is an error naming the phase file, the SLO and the fix', () => {
    expect(errorsAfter(withControlBaseline)).toEqual([
      'phases/A-2.yaml:21:15: slos[1].baseline: SLO "crash-rate-increase": baseline "control" compares with the control cohort of SLI "crash_rate", which declares none; add `control: { cohort: control }` (the field and value of control-cohort events) under slis.crash_rate in rollout.yaml, or use baseline "before_rollout"',
    ]);
  });

  it('with a baseline_window is an error: the control is measured over the SLO window itself', () => {
    expect(
      errorsAfter((f) => {
        withCrashControl(f);
        replaceIn('A-2.yaml', 'baseline: before_rollout', 'baseline: control')(f);
      }),
    ).toEqual([
      'phases/A-2.yaml:22:22: slos[1].baseline_window: SLO "crash-rate-increase": baseline "control" is measured over the SLO\'s own window (24h), at the same time; remove baseline_window',
    ]);
  });

  it('control: names one field and its value', () => {
    expect(errorsAfter((f) => withCrashControl(f, '{ cohort: control, app: web }'))).toEqual([
      'phases/rollout.yaml:27:14: slis.crash_rate.control: give one field and the value that marks the control cohort, e.g. { cohort: control }',
    ]);
    expect(errorsAfter((f) => withCrashControl(f, '{}'))).toEqual([
      'phases/rollout.yaml:27:14: slis.crash_rate.control: give one field and the value that marks the control cohort, e.g. { cohort: control }',
    ]);
  });
});
