/**
 * The `sources:` section of rollout.yaml: where each SLI's numbers come from. Named sources of
 * three types: `jsonl` (event lines from files, globs or an HTTP export), `prometheus` (any
 * Prometheus-compatible query API) and `github-issues` (a search count per window). An SLI no
 * source claims reads the JSONL events given to `collect --source` (the implicit source
 * "events"), so a policy without this section works as before.
 *
 * Values may hold `${ENV_VAR}` (tokens, passwords, hosts): they are expanded when collecting,
 * never here, so the policy stays pure and secrets stay out of git. Compiled in sources-compile.ts.
 */
import { z } from 'zod';

const NameId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'a lower-case id such as "save_latency" (letters, digits, "_", "-")');
const Duration = z
  .string()
  .regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$/, 'a duration with a unit, such as "30s"');
const Text = z.string().min(1);

/** `${NAME}`: how the policy refers to an environment variable (a secret). */
export const envRef = (name: string): string => `\${${name}}`;

/** The implicit source of SLIs no source claims: `collect --source` files. */
export const DEFAULT_SOURCE = 'events';
export const DEFAULT_TIMEOUT_MS = 30_000;

const Auth = z
  .union([
    z.strictObject({ bearer: Text.describe(`token, e.g. "${envRef('PROMETHEUS_TOKEN')}"`) }),
    z.strictObject({
      basic: z.strictObject({
        username: Text,
        password: Text.describe(`e.g. "${envRef('PROMETHEUS_PASSWORD')}"`),
      }),
    }),
  ])
  .describe('HTTP authentication: { bearer: token } or { basic: { username, password } }');
const Headers = z
  .record(z.string().min(1), z.string())
  .describe(`extra request headers, e.g. { X-Scope-OrgID: tenant-1 }; values may use ${envRef('ENV_VAR')}`);
const Timeout = Duration.describe(
  'per request: no answer (or no byte of the body) for this long is a retryable failure; default 30s',
);

const JsonlSource = z.strictObject({
  type: z.literal('jsonl'),
  description: z.string().optional(),
  files: z
    .union([Text, z.array(Text).min(1)])
    .optional()
    .describe('file(s) or glob(s) of event lines; default: what `collect --source` gives'),
  url: Text.optional().describe(
    'an NDJSON export for one window: {from} and {to} are replaced by the window (ISO 8601), {from_ms}/{to_ms} by epoch ms',
  ),
  headers: Headers.optional(),
  auth: Auth.optional(),
  timeout: Timeout.optional(),
  pagination: z
    .union([
      z.literal('link').describe('follow the `Link: <…>; rel="next"` header'),
      z.strictObject({
        cursor: z.strictObject({
          header: Text.describe('response header holding the next cursor, e.g. X-Next-Cursor'),
          param: Text.describe('query parameter the cursor goes back in, e.g. cursor'),
        }),
      }),
    ])
    .optional(),
  slis: z
    .array(NameId)
    .min(1)
    .optional()
    .describe(
      'SLIs this source feeds (mapped from events by `slis:`); default: every SLI no other source claims',
    ),
});

const PromLatency = z.strictObject({
  histogram: Text.describe(
    'a classic histogram: metric name and optional labels, e.g. autosave_save_duration_seconds{job="app"}',
  ),
  unit: z.enum(['s', 'ms']).default('s').describe('unit of the `le` bounds and of _sum; default s'),
});
const PromLatencyQuery = z.strictObject({
  buckets: Text.describe("PromQL giving each `le` bucket's increase over $window, e.g. sum by (le) (…)"),
  sum: Text.optional().describe('PromQL giving the sum of the values over $window'),
  unit: z.enum(['s', 'ms']).default('s'),
});
const PromRatio = z.strictObject({
  numerator: Text.describe('a counter (name{labels}) or PromQL over $window'),
  denominator: Text.describe('a counter (name{labels}) or PromQL over $window'),
});
const PromCount = z.strictObject({
  counter: Text.describe('a counter (name{labels}) or PromQL over $window'),
});

const PrometheusSource = z.strictObject({
  type: z.literal('prometheus'),
  description: z.string().optional(),
  url: Text.describe('base URL of the query API, e.g. http://prometheus:9090 or https://mimir/prometheus'),
  headers: Headers.optional(),
  auth: Auth.optional(),
  timeout: Timeout.optional(),
  slis: z
    .record(NameId, z.union([PromLatency, PromLatencyQuery, PromRatio, PromCount]))
    .describe('SLI id → its queries; $window is the window length (e.g. 900s)'),
});

const GithubIssuesSource = z.strictObject({
  type: z.literal('github-issues'),
  description: z.string().optional(),
  repo: z
    .string()
    .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'a repository as "owner/name"')
    .optional()
    .describe("default: the workflow's repository (GITHUB_REPOSITORY)"),
  token: Text.optional().describe(`default "${envRef('GITHUB_TOKEN')}"`),
  api_url: Text.optional().describe('default: GITHUB_API_URL, else https://api.github.com'),
  timeout: Timeout.optional(),
  slis: z.record(
    NameId,
    z.strictObject({
      label: z.union([Text, z.array(Text).min(1)]).describe('label(s) the issues carry, e.g. critical'),
      query: z.string().optional().describe('more search qualifiers, e.g. "-label:duplicate"'),
    }),
  ),
});

export const SourcesSection = z
  .record(NameId, z.discriminatedUnion('type', [JsonlSource, PrometheusSource, GithubIssuesSource]))
  .describe('where each SLI comes from; SLIs no source claims read `collect --source` (docs/sources.md)');
export type SourcesSection = z.infer<typeof SourcesSection>;

export type AuthSpec = { bearer: string } | { basic: { username: string; password: string } };

export type PromQuerySpec =
  | { kind: 'latency'; buckets: string; sum?: string; unit: 's' | 'ms' }
  | { kind: 'ratio'; numerator: string; denominator: string }
  | { kind: 'count'; count: string };

interface HttpOptions {
  headers: Record<string, string>;
  auth?: AuthSpec;
  timeoutMs: number;
}

export type SourceSpec =
  | ({
      name: string;
      type: 'jsonl';
      /** Undefined: the files `collect --source` names. */
      files?: string[];
      url?: string;
      pagination?: 'link' | { cursor: { header: string; param: string } };
      slis: string[];
    } & HttpOptions)
  | ({
      name: string;
      type: 'prometheus';
      url: string;
      slis: string[];
      queries: Record<string, PromQuerySpec>;
    } & HttpOptions)
  | ({
      name: string;
      type: 'github-issues';
      repo?: string;
      token: string;
      apiUrl?: string;
      slis: string[];
      searches: Record<string, { labels: string[]; query?: string }>;
    } & HttpOptions);

export interface SourcesSpec {
  /** Every source, the implicit "events" one included when some SLI falls back to it. */
  list: SourceSpec[];
  /** SLI id → the name of its source. */
  bySli: Record<string, string>;
}

export type SliKind = 'latency' | 'ratio' | 'count';
