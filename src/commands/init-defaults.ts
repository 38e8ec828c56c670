/**
 * What `phasegate init` writes when a flag is not given. Apart from init.ts so the CLI can name
 * them in its help without loading init (the CLI imports each command when it runs).
 */
export const INIT_DEFAULTS = {
  config: 'phases',
  timezone: 'UTC',
  approvers: ['codeowners'],
  events: 'telemetry/*.jsonl',
  actionRef: 'phasegate/phasegate@v1',
  branch: 'main',
} as const;
