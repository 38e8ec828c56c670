/**
 * The generic policy `phasegate init` writes: a canary, a beta, then general availability, judged
 * on one latency and one error-rate SLI of a generic `request.completed` event. Small and plainly
 * a starting point, with the user's names filled in; the reference rollout of the operating plan
 * stays `--example autosave`. Pure.
 */
import { yamlList, yamlScalar } from './yaml-text.js';

export interface PolicySettings {
  rollout: string;
  timezone: string;
  /** ISO 3166-1 code whose public holidays are not business days; none: weekends only. */
  holidayCountry?: string;
  approvers: readonly string[];
  reviewers: readonly string[];
  reporter?: string;
  slackChannel?: string;
  /** The policy folder, repository-relative (the checklist's path names it). */
  config: string;
  /** When the first phase begins (current.yaml `since`). */
  now: number;
  /** Where the JSON Schemas live, for editors; none: no modeline. */
  schemaBase?: string;
}

export const GENERIC_PHASES = ['canary', 'beta', 'ga'] as const;
export const GENERIC_EVENT =
  '{"ts":"2026-11-20T10:03:12.345Z","event":"request.completed","duration_ms":182,"ok":true}';

const modeline = (s: PolicySettings, schema: string) =>
  s.schemaBase ? `# yaml-language-server: $schema=${s.schemaBase}/${schema}\n` : '';

/** The policy folder's files: name (relative to the folder) → text. */
export function genericPolicy(s: PolicySettings): Record<string, string> {
  return {
    'rollout.yaml': rolloutYaml(s),
    'canary.yaml': phaseYaml(s, CANARY),
    'beta.yaml': phaseYaml(s, BETA),
    'ga.yaml': phaseYaml(s, GA),
    'current.yaml': currentYaml(s),
    'CHECKLIST.md': checklistMd(s),
  };
}

function rolloutYaml(s: PolicySettings): string {
  const r = s.rollout;
  const holidays = s.holidayCountry
    ? `holidays:\n  country: ${yamlScalar(s.holidayCountry)}\n  extra: [] # your company's own days off, e.g. [2026-12-24]\n`
    : "# holidays:\n#   country: US # a country's public holidays (ISO 3166-1 code)\n#   extra: [2026-12-24] # your company's own days off\n";
  const slack = s.slackChannel
    ? `notify:\n  slack:\n    channel: ${yamlScalar(s.slackChannel)} # the messages go to the secret SLACK_WEBHOOK_URL's channel\n`
    : '# notify:\n#   slack:\n#     channel: "#releases" # set the secret SLACK_WEBHOOK_URL too\n';
  const reviewers = s.reviewers.length
    ? `  reviewers: ${yamlList(s.reviewers)} # asked to review every phase PR\n`
    : '  # reviewers: [octocat] # asked to review every phase PR\n';
  const reporter = s.reporter
    ? `  reporter: ${yamlScalar(s.reporter)} # owns the root-cause-analysis issue after a rollback\n`
    : '  # reporter: octocat # owns the root-cause-analysis issue after a rollback\n';
  return `${modeline(s, 'rollout.schema.json')}# The ${r} rollout, written by \`phasegate init\`: a canary, a beta, then general availability,
# each phase judged on request latency and error rate. Every number is yours to change;
# \`npx phasegate validate\` checks this folder, \`npx phasegate doctor\` the whole setup.
rollout: ${yamlScalar(r)}
description: ${yamlScalar(`${r} rolled out to a canary, a beta, then everyone.`)}
timezone: ${yamlScalar(s.timezone)} # calendar days ("3 days in a row") are days here
window: 15m
phases: ${yamlList(GENERIC_PHASES)}

# How events become SLIs. The events are JSON Lines, one object a line, e.g.
#   ${GENERIC_EVENT}
# Map your own event names and fields here: no code changes.
slis:
  latency:
    kind: latency
    description: time to serve a request
    event: request.completed
    field: duration_ms
    unit: ms
  error_rate:
    kind: ratio
    description: share of requests that fail
    numerator: { event: request.completed, where: { ok: false } }
    denominator: { event: request.completed }

# Days that are not business days besides weekends (a rollback's root-cause issue is due one
# business day later).
${holidays}
# Who approves phase pull requests: logins, org/team, or codeowners (the CODEOWNERS of this folder).
github:
  approvers:
    advance: ${yamlList(s.approvers)}
  approvals: 1
${reviewers}${reporter}  checklist: ${yamlScalar(`${s.config}/CHECKLIST.md`)} # QA items per phase, copied into each phase PR

# After a rollback: both SLOs healthy for an hour, then the rollout restarts from the canary.
recovery:
  watch: [latency-p95, error-rate]
  for: 1h
  restart: canary

${slack}`;
}

interface PhaseText {
  id: string;
  name: string;
  audience: string;
  window: string;
  samples: [number, number];
  advance: string;
  rollback: string;
}

const CANARY: PhaseText = {
  id: 'canary',
  name: 'Canary',
  audience: 'internal users and a small share of traffic',
  window: '1h',
  samples: [50, 100],
  advance: 'advance:\n  rule: soak # every SLO passes now and none failed for this long\n  for: 24h\n',
  rollback: `rollback:
  to: null # the first phase: nowhere earlier to go; a fired rule alerts and blocks advancing
  when:
    - rule: immediate
      slo: any
  note: Turn the feature off by hand if the canary hurts users, and find the cause before advancing.
`,
};

const BETA: PhaseText = {
  id: 'beta',
  name: 'Beta',
  audience: 'opted-in beta users',
  window: '2h',
  samples: [200, 500],
  advance: 'advance:\n  rule: soak\n  for: 72h\n',
  rollback: `rollback:
  to: canary
  approval: none # at once: phasegate merges the rollback PR in the run that opens it
  when:
    - rule: immediate
      slo: any
`,
};

const GA: PhaseText = {
  id: 'ga',
  name: 'General availability',
  audience: 'all users',
  window: '1h',
  samples: [200, 500],
  advance:
    'advance:\n  rule: consecutive_days # the last phase: complete after this many healthy days\n  days: 5\n',
  rollback: `rollback:
  to: beta
  approval: none
  when:
    - rule: sustained # any SLO failing for an hour on end
      slo: any
      for: 1h
`,
};

function flags(s: PolicySettings, audience: string): string {
  const r = s.rollout;
  return `flags:\n  ${r}.enabled: true\n  ${r}.audience: ${audience}\n`;
}

function phaseYaml(s: PolicySettings, p: PhaseText): string {
  return `${modeline(s, 'phase.schema.json')}id: ${p.id}
name: ${p.name}
audience: ${p.audience}
# The flag values your application reads while this phase is live (current.yaml carries them).
${flags(s, p.id)}slos:
  - id: latency-p95
    sli: latency
    stat: p95
    max: 1s
    window: ${p.window}
    min_samples: ${p.samples[0]}
  - id: error-rate
    sli: error_rate
    stat: ratio
    max: 1%
    window: ${p.window}
    min_samples: ${p.samples[1]}
${p.advance}${p.rollback}`;
}

function currentYaml(s: PolicySettings): string {
  return `${modeline(s, 'current.schema.json')}# The live phase of this rollout and the flag values the application reads.
# phasegate rewrites this file; a phase change is a pull request that edits it.
rollout: ${yamlScalar(s.rollout)}
phase: canary
since: ${new Date(s.now).toISOString()}
${flags(s, 'canary')}`;
}

function checklistMd(s: PolicySettings): string {
  const r = s.rollout;
  return `# QA checklist for the ${r} rollout

What QA confirms before the rollout enters each phase. When phasegate opens a pull request that
moves the rollout to a phase, it copies that phase's items into the description as task boxes;
the \`phasegate/verdict\` check stays red until every box is ticked (and the SLOs hold and the
approvals are in). Rollback PRs do not wait for it.

- One \`## <phase id>\` section per phase (the rest of the heading is free text), holding
  \`- [ ] item\` lines. A phase without a section has no items.
- Items are matched by their text: rewording one means an open PR's box must be ticked again.

## canary (internal users, a small share of traffic)

The first phase: no pull request advances into it, so confirm these before the rollout starts.

- [ ] The application reads \`${r}.enabled\` and \`${r}.audience\`, and the feature is off without them
- [ ] \`request.completed\` events reach the files phasegate reads (\`npx phasegate doctor\` counts them)
- [ ] Turning the feature off by hand was rehearsed on staging

## beta (opted-in beta users)

- [ ] The beta audience is confirmed and \`${r}.audience: beta\` targets only it
- [ ] Support knows the feature and how to report a problem with it
- [ ] The rollback workflow was run once with a dry run

## ga (all users)

- [ ] Release notes and help pages are published
- [ ] Dashboards and on-call alerts cover the feature
`;
}
