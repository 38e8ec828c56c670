/**
 * What `phasegate init` prints after writing: the steps that only the repository's owner can
 * take (the App, secrets, variables, the ruleset), each pointing at its section of docs/setup.md.
 * Pure.
 */
import type { Policy } from '../policy/model.js';
import { GENERIC_EVENT } from './generic.js';
import { setupDocOf } from './scaffold.js';

export interface NextStepsInput {
  policy: Policy;
  config: string;
  events: string;
  actionRef: string;
  branch: string;
  generic: boolean;
  /** The CODEOWNERS line, and what init did with it. */
  codeowners: { line: string; done: 'written' | 'present' | 'print'; file: string; placeholder: boolean };
}

export function nextSteps(o: NextStepsInput): string {
  const doc = setupDocOf(o.actionRef);
  const first = o.policy.phases[0]!.id;
  const steps: string[] = [
    `Review and commit these files. ${o.config}/current.yaml makes ${first} live from now: set \`since\` to when it really begins.`,
    codeownersStep(o),
    `Events: before each run, put the telemetry events in ${o.events} (rollout.yml has a commented "Fetch telemetry events" step for it), or set the repository variable PHASEGATE_EVENTS to another glob.${o.generic ? ` One JSON object a line, as ${o.config}/rollout.yaml maps them:\n       ${GENERIC_EVENT}` : ''}\n     ${doc}#2-the-workflows`,
    `A GitHub App with Contents, Pull requests, Issues and Commit statuses (read and write), installed on this repository; then the variable PHASEGATE_APP_ID and the secret PHASEGATE_APP_PRIVATE_KEY. Without it GITHUB_TOKEN is used, and the PRs it opens start no workflows.\n     ${doc}#4-the-token-a-github-app`,
    `A ruleset on ${o.branch}: a pull request with 1 approval and review from Code Owners, the status check phasegate/verdict, the App in the bypass list; and a branch for the window records (e.g. phasegate-data) named in the variable PHASEGATE_RECORDS_BRANCH.\n     ${doc}#5-branch-protection`,
    `${secretsLine(o.policy)}\n     ${doc}#6-secrets-and-variables`,
    `Check it: \`npx phasegate doctor\`, then run "phasegate rollout" from the Actions tab with dry-run ticked.\n     ${doc}#8-try-it`,
  ];
  return `\nNext, in your repository:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`;
}

function codeownersStep(o: NextStepsInput): string {
  const c = o.codeowners;
  const who = `approvers "codeowners" are its owners, and the ruleset's "Require review from Code Owners" asks them`;
  if (c.done === 'written') return `CODEOWNERS: added \`${c.line}\` to ${c.file}: ${who}.`;
  if (c.done === 'present') return `CODEOWNERS: ${c.file} already names owners for ${o.config}/: ${who}.`;
  const owners = c.placeholder ? ' (with your analysts for the placeholder, or pass --owners)' : '';
  return `CODEOWNERS: add this line to ${c.file}${owners}, or run init again with --codeowners; ${who}:\n       ${c.line}`;
}

function secretsLine(policy: Policy): string {
  const secrets = [
    policy.notify.slack
      ? `SLACK_WEBHOOK_URL (an incoming webhook for ${policy.notify.slack.channel ?? 'your channel'})`
      : 'SLACK_WEBHOOK_URL, once rollout.yaml names a Slack channel',
  ];
  if (policy.notify.lock)
    secrets.push(`LOCK_WEBHOOK_URL and LOCK_WEBHOOK_SECRET (the ${policy.notify.lock.event} notice)`);
  return `Secrets: ${secrets.join('; ')}. Any left unset is skipped.`;
}
