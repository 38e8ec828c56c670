/**
 * A source's settings as the policy gives them, made ready to use: `${ENV_VAR}` expanded from the
 * environment (secrets live there, never in rollout.yaml), auth turned into a header.
 */
import type { AuthSpec, SourceSpec } from '../../policy/sources.js';
import { SourceError } from './http.js';

export type Env = Record<string, string | undefined>;

/** Replaces `${NAME}` by the environment's value; a variable that is not set is a fatal error. */
export function expandEnv(text: string, env: Env, field: string): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const v = env[name];
    if (v === undefined || v === '') {
      throw new SourceError(
        `${field} uses \${${name}}, which is not set; set ${name} (in a workflow: env: { ${name}: \${{ secrets.${name} }} })`,
        false,
        undefined,
        true,
      );
    }
    return v;
  });
}

/** Request headers of an HTTP source: its `headers` and its `auth`, expanded. */
export function sourceHeaders(
  spec: { name: string; headers: Record<string, string>; auth?: AuthSpec },
  env: Env,
): Record<string, string> {
  const at = `sources.${spec.name}`;
  const out: Record<string, string> = { 'user-agent': 'phasegate' };
  for (const [k, v] of Object.entries(spec.headers))
    out[k.toLowerCase()] = expandEnv(v, env, `${at}.headers.${k}`);
  if (spec.auth && 'bearer' in spec.auth) {
    out.authorization = `Bearer ${expandEnv(spec.auth.bearer, env, `${at}.auth.bearer`)}`;
  } else if (spec.auth) {
    const user = expandEnv(spec.auth.basic.username, env, `${at}.auth.basic.username`);
    const pass = expandEnv(spec.auth.basic.password, env, `${at}.auth.basic.password`);
    out.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  return out;
}

/** How the source is named in messages. */
export function sourceLabel(spec: SourceSpec): string {
  const kind = spec.type === 'jsonl' ? (spec.url ? 'jsonl export' : 'jsonl') : spec.type;
  return `${kind} source "${spec.name}"`;
}
