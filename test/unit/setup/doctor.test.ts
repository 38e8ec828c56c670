/**
 * `phasegate doctor`: green on what `init` writes once events and CODEOWNERS are there, and each
 * check red, with its fix, on a repository built to fail it.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type DoctorCommandOptions, doctorCommand } from '../../../src/commands/doctor.js';
import { initCommand } from '../../../src/commands/init.js';
import { formatCheck } from '../../../src/doctor/check.js';

const NOW = Date.parse('2026-11-20T00:00:00Z');

/** A day of healthy generic events, one request every 30 s. */
function events(event = 'request.completed'): string {
  const lines: string[] = [];
  for (let t = NOW; t < NOW + 86_400_000; t += 30_000) {
    const ok = (t / 30_000) % 500 !== 0;
    lines.push(
      JSON.stringify({ ts: new Date(t).toISOString(), event, duration_ms: 120 + ((t / 1000) % 300), ok }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function setup(o: { example?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'phasegate-doctor-'));
  mkdirSync(join(root, '.git'));
  initCommand(
    o.example
      ? { repo: root, example: 'autosave', now: NOW, version: '1.0.0', owners: ['alice'], codeowners: true }
      : { repo: root, approvers: ['alice'], codeowners: true, now: NOW, version: '1.0.0' },
  );
  mkdirSync(join(root, 'telemetry'));
  writeFileSync(join(root, 'telemetry', 'events.jsonl'), events());
  return root;
}

/** Edits a file of the repository; the edit must change it. */
function edit(root: string, path: string, from: string | RegExp, to: string): void {
  const before = readFileSync(join(root, path), 'utf8');
  const after = before.replace(from, to);
  expect(after, `${path}: ${from}`).not.toBe(before);
  writeFileSync(join(root, path), after);
}

async function doctor(root: string, o: DoctorCommandOptions = {}) {
  const r = await doctorCommand({ repo: root, ...o });
  const lines = r.checks.map(formatCheck);
  return { ...r, lines, problems: lines.filter((l) => l.startsWith('problem')) };
}

const GATE = '.github/workflows/phase-gate.yml';
const ROLLOUT = '.github/workflows/rollout.yml';
const ROLLBACK = '.github/workflows/rollback.yml';
const APPLY = '.github/workflows/apply.yml';

describe('phasegate doctor', () => {
  it("is green on init's scaffold once events and CODEOWNERS are there, one line per check", async () => {
    const root = setup();
    const r = await doctor(root);
    expect(r.problems).toEqual([]);
    expect(r.lines.map((l) => l.split(':')[0])).toEqual([
      'ok       policy',
      'ok       workflows',
      'ok       apply.yml',
      'ok       phase-gate.yml',
      'ok       rollback.yml',
      'ok       rollout.yml',
      'ok       records',
      'ok       checklist',
      'ok       CODEOWNERS',
      'ok       events',
      'ok       events sample',
    ]);
    expect(r.text).toMatch(/\nall 11 checks ok\n$/);
    expect(r.lines).toContain(
      'ok       checklist: phases/CHECKLIST.md: QA items per phase: canary 3, beta 3, ga 2.',
    );
    expect(r.lines).toContain('ok       CODEOWNERS: .github/CODEOWNERS:1 gives phases/ to @alice.');
    expect(r.lines).toContain(
      "ok       events: telemetry/*.jsonl (rollout.yml's default; a repository variable may override it) matches 1 file(s).",
    );
    expect(r.lines).toContain(
      'ok       events sample: 2880 lines of telemetry/events.jsonl: valid events per SLI: latency 2880, error_rate 2880 (0 malformed, 0 invalid, 0 of events no SLI maps).',
    );
  });

  it('is green on the autosave example too (its count SLI may be zero in a sample)', async () => {
    const root = setup({ example: true });
    writeFileSync(
      join(root, 'telemetry', 'events.jsonl'),
      events('autosave.save.completed') +
        events('autosave.restore.result').replaceAll('"ok"', '"success"') +
        events('app.session.start') +
        events('merge.diff.apply').replaceAll('"ok":true', '"mode":"auto"'),
    );
    expect((await doctor(root)).problems).toEqual([]);
  });

  it('a policy that does not validate: the problem, and the checks that need it are skipped', async () => {
    const root = setup();
    edit(root, 'phases/rollout.yaml', 'timezone: UTC', 'timezone: Mars/Olympus');
    const r = await doctor(root);
    expect(r.problems).toEqual([
      expect.stringMatching(
        /^problem {2}policy: phases: invalid policy: phases\/rollout\.yaml:\d+:\d+: timezone: .*Fix: run `npx phasegate validate --config phases` and fix what it names\.$/,
      ),
    ]);
    expect(r.lines.filter((l) => l.startsWith('skipped'))).toEqual([
      'skipped  checklist: not checked: the policy does not load.',
      'skipped  CODEOWNERS: not checked: the policy does not load.',
      'skipped  events: not checked: the policy does not load.',
    ]);
    expect(r.problems).toHaveLength(1);
  });

  it('a command without a workflow', async () => {
    const root = setup();
    rmSync(join(root, GATE));
    expect((await doctor(root)).problems).toEqual([
      'problem  workflows: no workflow runs `gate` (found list, apply in apply.yml; list, rollback in rollback.yml; collect, list, evaluate, propose, status, index in rollout.yml). Fix: add phase-gate.yml as `phasegate init` writes it (https://github.com/phasegate/phasegate/blob/v1/docs/setup.md#2-the-workflows).',
    ]);
  });

  it('a step reading the policy from another folder', async () => {
    const root = setup();
    edit(root, ROLLBACK, /(command: rollback\n\s+)config: phases/, '$1config: policy');
    expect((await doctor(root)).problems).toEqual([
      'problem  rollback.yml: the rollback step reads the policy from config: policy, but it is in phases. Fix: set `config: phases` in its `with:`.',
    ]);
  });

  it('a job whose token may not do what its steps do, or has no permissions: block', async () => {
    const root = setup();
    edit(root, GATE, /^ {2}statuses: write.*\n/m, '');
    edit(root, APPLY, /^permissions:\n(?: {2}.*\n)+/m, '');
    expect((await doctor(root)).problems).toEqual([
      "problem  apply.yml: job apply has no permissions: block, so its GITHUB_TOKEN gets the repository's default (read-only in new repositories). Fix: add `permissions: { contents: read, pull-requests: read, issues: write }` (https://github.com/phasegate/phasegate/blob/v1/docs/setup.md#3-permissions).",
      'problem  phase-gate.yml: job gate (gate) may not statuses: write. Fix: add `statuses: write` to its permissions: (https://github.com/phasegate/phasegate/blob/v1/docs/setup.md#3-permissions).',
    ]);
  });

  it('an App token that asks for too little', async () => {
    const root = setup();
    edit(root, ROLLOUT, /^ {10}permission-issues: write.*\n/m, '');
    expect((await doctor(root)).problems).toEqual([
      "problem  rollout.yml: job rollout's App token asks for too little: permission-issues: write missing. Fix: add `permission-issues: write` to its actions/create-github-app-token step.",
    ]);
  });

  it('a job outside its rollout’s concurrency group, or one that cancels runs', async () => {
    const root = setup();
    edit(root, ROLLBACK, /^ {4}concurrency:\n(?: {6}.*\n)+/m, '');
    edit(root, APPLY, /group: phasegate-rollout-\$\{\{ matrix\.rollout \}\}/, 'group: apply');
    edit(root, APPLY, 'cancel-in-progress: false', 'cancel-in-progress: true');
    expect((await doctor(root)).problems).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
      "problem  apply.yml: job apply's concurrency group is apply, not the rollout's phasegate-rollout-${{ matrix.rollout }}: the two can run at once. Fix: use `group: phasegate-rollout-${{ matrix.rollout }}` in every phasegate job that handles a rollout.",
      'problem  apply.yml: cancel-in-progress: true can stop a run half-way through a commit or a PR update. Fix: set `cancel-in-progress: false`.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
      "problem  rollback.yml: job rollback has no concurrency group: its runs can overlap the rollout's and race it into two PRs or two messages. Fix: add `concurrency: { group: phasegate-rollout-${{ matrix.rollout }}, queue: max, cancel-in-progress: false }` to the job (https://github.com/phasegate/phasegate/blob/v1/docs/setup.md#7-the-schedule).",
    ]);
  });

  it("a job in one rollout's group whose step runs every rollout; the older one group for all still passes", async () => {
    const root = setup();
    edit(
      root,
      ROLLOUT,
      /(command: propose\n(?:\s+config: .*\n)?)\s+rollout: \$\{\{ matrix\.rollout \}\}\n/,
      '$1',
    );
    expect((await doctor(root)).problems).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
      "problem  rollout.yml: job rollout holds one rollout's group, but its propose step runs every rollout. Fix: pass `rollout: ${{ matrix.rollout }}` to every phasegate step of the job.",
    ]);
    // Collect may run every rollout in a job of its own, but not in a rollout's job.
    const collecting = setup();
    edit(
      collecting,
      ROLLOUT,
      /command: evaluate(\n(?:\s+config: .*\n)?)\s+rollout: \$\{\{ matrix\.rollout \}\}\n/,
      'command: collect$1',
    );
    expect((await doctor(collecting)).problems).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
      "problem  rollout.yml: job rollout holds one rollout's group, but its collect step runs every rollout. Fix: pass `rollout: ${{ matrix.rollout }}` to every phasegate step of the job.",
    ]);
    // One group for every job of every workflow (phasegate's workflows before per-rollout groups).
    const older = setup();
    for (const file of [ROLLOUT, ROLLBACK, APPLY])
      edit(older, file, /phasegate-rollout-\$\{\{ matrix\.rollout \}\}/g, 'phasegate-rollout');
    edit(older, GATE, "format('phasegate-rollout-{0}', matrix.rollout)", "'phasegate-rollout'");
    for (const file of [ROLLOUT, ROLLBACK, APPLY, GATE])
      edit(older, file, /^\s+rollout: \$\{\{ matrix\.rollout \}\}\n/gm, '');
    expect((await doctor(older)).problems).toEqual([]);
  });

  it('steps that disagree on where the window records are', async () => {
    const root = setup();
    edit(root, GATE, /records: \$\{\{.*\}\}/, 'records: data/windows');
    const [line] = (await doctor(root)).problems;
    expect(line).toMatch(/^problem {2}records: the steps disagree on where the window records are: /);
    expect(line).toContain('data/windows in phase-gate.yml gate;');
    expect(line).toContain(
      "|| 'reports/monitoring' }} in rollback.yml rollback, rollout.yml collect, rollout.yml evaluate, rollout.yml propose, rollout.yml status.",
    );
    expect(line).toMatch(
      /Fix: give every collect, evaluate, propose, status, gate and rollback step the same `records:`\.$/,
    );
  });

  it('`uses: ./`, a job without a checkout, apply that never sees current.yaml, rollback choices that are not phases', async () => {
    const root = setup();
    edit(root, ROLLOUT, /uses: phasegate\/phasegate@v1/g, 'uses: ./');
    edit(root, GATE, /actions\/checkout@/g, 'actions/cache@');
    edit(root, APPLY, /paths: \[[^\]]*\]/, 'paths: [policy/**]');
    edit(root, ROLLBACK, 'options: [canary, beta, ga]', 'options: [canary, A-1]');
    expect((await doctor(root)).problems).toEqual([
      'problem  apply.yml: it runs on pushes to policy/**, never to phases/current.yaml: a merged phase change would not be announced. Fix: set `paths: [phases/current.yaml]` under on.push.',
      'problem  phase-gate.yml: job route runs phasegate without an actions/checkout step before it: the policy and the window records are read from the checkout. Fix: add `- uses: actions/checkout@<sha> # v5` (with persist-credentials: false) before the first phasegate step.',
      'problem  phase-gate.yml: job gate runs phasegate without an actions/checkout step before it: the policy and the window records are read from the checkout. Fix: add `- uses: actions/checkout@<sha> # v5` (with persist-credentials: false) before the first phasegate step.',
      'problem  rollback.yml: its phase choices A-1 are not phases of the policy (canary, beta, ga). Fix: set `options: [canary, beta, ga]`.',
      "problem  rollout.yml: the collect step says `uses: ./`, which runs this repository's own code, not phasegate. Fix: write `uses: phasegate/phasegate@v1` in every phasegate step.",
    ]);
  });

  it('a missing QA checklist, and no CODEOWNERS for the policy folder', async () => {
    const root = setup();
    rmSync(join(root, 'phases/CHECKLIST.md'));
    writeFileSync(join(root, '.github/CODEOWNERS'), '/src/ @alice\n');
    expect((await doctor(root)).problems).toEqual([
      expect.stringMatching(
        /^problem {2}checklist: github\.checklist: phases\/CHECKLIST\.md does not exist in the repository .*Fix: write phases\/CHECKLIST\.md \(`phasegate init` writes one\) and set github\.checklist: phases\/CHECKLIST\.md in rollout\.yaml\.$/,
      ),
      'problem  CODEOWNERS: .github/CODEOWNERS gives phases/current.yaml and phases/rollout.yaml no owner: the ruleset\'s "Require review from Code Owners" cannot ask anyone. Fix: add `/phases/ @alice` at the end of .github/CODEOWNERS.',
    ]);
    rmSync(join(root, '.github/CODEOWNERS'));
    expect((await doctor(root)).problems[1]).toBe(
      'problem  CODEOWNERS: no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS): the ruleset\'s "Require review from Code Owners" cannot ask anyone. Fix: add `/phases/ @alice` to .github/CODEOWNERS (or run `phasegate init --codeowners`).',
    );
  });

  it('an events glob that matches nothing', async () => {
    const root = setup();
    rmSync(join(root, 'telemetry'), { recursive: true });
    expect((await doctor(root)).problems).toEqual([
      'problem  events: telemetry/*.jsonl (rollout.yml\'s default; a repository variable may override it) matches no file: collect fails until events are there. Fix: put the events there before collect runs (rollout.yml\'s "Fetch telemetry events" step), or pass --events <glob> (https://github.com/phasegate/phasegate/blob/v1/docs/setup.md#2-the-workflows).',
    ]);
  });

  it('events that no SLI can read: zero valid events is a problem, not ok', async () => {
    const root = setup();
    writeFileSync(join(root, 'telemetry', 'events.jsonl'), `${events('http.request')}{not json\n`);
    expect((await doctor(root)).problems).toEqual([
      'problem  events sample: 2881 lines of telemetry/events.jsonl: valid events per SLI: latency 0, error_rate 0 (1 malformed, 0 invalid, 2880 of events no SLI maps). No valid event for latency, error_rate: every verdict would be "no data". Fix: make phases/rollout.yaml\'s slis match the events (latency reads "request.completed" events with a number in "duration_ms"; error_rate reads "request.completed" events); each line needs "ts" (ISO 8601 with a zone) and "event".',
    ]);
  });

  it('an events file that is not JSONL text', async () => {
    const root = setup();
    writeFileSync(join(root, 'telemetry', 'events.jsonl'), gzipSync(events()));
    expect((await doctor(root)).problems).toEqual([
      'problem  events sample: telemetry/events.jsonl is gzip-compressed (magic bytes 1f 8b). Fix: gunzip it first.',
    ]);
  });

  it('events named only by an expression: --events gives the glob', async () => {
    const root = setup();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
    edit(root, ROLLOUT, /events: \$\{\{.*\}\}/, 'events: ${{ vars.PHASEGATE_EVENTS }}');
    expect((await doctor(root)).problems).toEqual([
      "problem  events: latency, error_rate read the events of collect's events: input, which doctor cannot read (rollout.yml gives events as an expression with no default). Fix: pass --events <glob> to doctor.",
    ]);
    const r = await doctor(root, { events: 'telemetry/events.jsonl' });
    expect(r.problems).toEqual([]);
    expect(r.lines).toContain('ok       events: telemetry/events.jsonl (--events) matches 1 file(s).');
  });
});
