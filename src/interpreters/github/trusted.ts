/**
 * Where a run takes its rules from: the policy, CODEOWNERS, the QA checklist and the Slack
 * templates. A scheduled run, an apply on a push and a manual rollback check out the default
 * branch, so the checkout is trusted. The gate is different: on pull_request events the checkout
 * is the PR's merge, written by whoever opened it, so a PR that relaxes the policy (approvals: 0,
 * an empty checklist) in the same change would judge itself. The gate reads them from the base
 * branch through the API instead, whatever the checkout holds.
 */
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { withPublicHolidays } from '../../holidays/date-holidays.js';
import { InputError } from '../../input.js';
import type { PolicyTemplates } from '../../notify/compose.js';
import { loadRunbookTemplate, loadTemplates } from '../../notify/load.js';
import type { RepoFile, Trigger } from '../../plan/facts.js';
import { CURRENT_FILE, compilePolicy, ROLLOUT_FILE } from '../../policy/compile.js';
import type { Policy } from '../../policy/model.js';
import type { RunContext } from '../../ports/context.js';
import type { LoadedPolicy } from '../../ports/workspace.js';
import { CODEOWNERS_LOCATIONS } from '../../rollout/codeowners.js';

export interface Trusted {
  policy: Policy;
  /** Repository path of current.yaml. */
  file: string;
  codeowners: RepoFile | null;
  checklist: RepoFile | null;
  templates: PolicyTemplates;
}

/** The policy folder of the checkout, with the time-zone setting applied. */
export function loadRunPolicy(ctx: RunContext): LoadedPolicy {
  const loaded = ctx.workspace.policy(ctx.config);
  return { ...loaded, policy: withTimezone(ctx, loaded.policy) };
}

export async function trustedRules(ctx: RunContext, trigger: Trigger): Promise<Trusted> {
  if (trigger.command === 'gate') return fromBranch(ctx, await ctx.forge.defaultBranch());
  const loaded = loadRunPolicy(ctx);
  const { policy } = loaded;
  const read = (path: string) => {
    const text = ctx.workspace.read(path);
    return text === undefined ? null : { path, text };
  };
  return {
    policy,
    file: relative(ctx.workspace.root, loaded.currentPath).split('\\').join('/'),
    codeowners: CODEOWNERS_LOCATIONS.map(read).find((f) => f !== null) ?? null,
    checklist: read(policy.github.checklist),
    // Read and checked on every run, so a broken template fails the first run, not the first rollback.
    templates: {
      ...loadTemplates(loaded.dir, policy.notify, ctx.config),
      ...runbookTemplate(loadRunbookTemplate(loaded.dir, policy.runbook, ctx.config)),
    },
  };
}

/** The rules as the branch `ref` holds them, read through the API. */
async function fromBranch(ctx: RunContext, ref: string): Promise<Trusted> {
  const read = async (path: string) => {
    const text = await ctx.forge.readFile(path, ref);
    return text === null ? null : { path, text };
  };
  const dir = ctx.config.replace(/\/+$/, '');
  const rollout = await read(join(dir, ROLLOUT_FILE));
  if (!rollout)
    throw new InputError(
      `${dir}/${ROLLOUT_FILE} is missing on ${ref}; the gate judges with the policy of the branch a PR merges into`,
    );
  const files: Record<string, string> = { [ROLLOUT_FILE]: rollout.text };
  const phases = (parse(rollout.text) as { phases?: unknown } | null)?.phases;
  for (const id of Array.isArray(phases) ? phases : []) {
    if (typeof id !== 'string') continue;
    const phase = await read(join(dir, `${id}.yaml`));
    if (phase) files[`${id}.yaml`] = phase.text;
  }
  const policy = withTimezone(ctx, withPublicHolidays(compilePolicy({ dir, files })));
  let codeowners: RepoFile | null = null;
  for (const path of CODEOWNERS_LOCATIONS) {
    codeowners = await read(path);
    if (codeowners) break;
  }
  return {
    policy,
    file: join(dir, CURRENT_FILE),
    codeowners,
    checklist: await read(policy.github.checklist),
    templates: {},
  };
}

function runbookTemplate(t: PolicyTemplates['runbookDaily']): PolicyTemplates {
  return t ? { runbookDaily: t } : {};
}

function withTimezone(ctx: RunContext, policy: Policy): Policy {
  const tz = ctx.timezone?.trim();
  if (!tz) return policy;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new InputError(`input "timezone": "${tz}" is not an IANA time zone such as Asia/Tokyo or UTC`);
  }
  return { ...policy, timezone: tz };
}
