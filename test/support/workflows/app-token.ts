/**
 * `actions/create-github-app-token` as GitHub answers it: without `permission-*` inputs the token
 * has all the installation's permissions; with them, only those asked for ("If no permissions are
 * specified, the token will have all of the installation's permissions"; actions/create-github-app-token
 * README), and asking for more than the installation has fails the step (GitHub refuses to mint it:
 * 422 "The permissions requested are not granted to this installation."). An input left empty
 * (`permission-members: ''` when a variable is unset) asks for nothing.
 */
import type { AppPermission, Level, TokenSpec } from '../../../src/emulator/index.js';

export interface AppTokenIssuer {
  grantToken(token: string, spec: TokenSpec): void;
  tokenPermissions(token: string): Partial<Record<AppPermission, Level>> | undefined;
}

const RANK: Record<string, number> = { none: 0, read: 1, write: 2, admin: 3 };
let minted = 0;

/** The token the step outputs, or GitHub's refusal. */
export function appToken(
  gh: AppTokenIssuer,
  app: { token: string; slug: string },
  inputs: Record<string, string>,
): { token: string } | { error: string } {
  const asked = Object.entries(inputs)
    .filter(([k, v]) => k.startsWith('permission-') && v !== '')
    .map(([k, v]) => [k.slice('permission-'.length).replace(/-/g, '_'), v] as [AppPermission, Level]);
  if (!asked.length) return { token: app.token };
  const has = gh.tokenPermissions(app.token) ?? {};
  // metadata: read comes with every installation.
  const granted = (p: AppPermission) => RANK[has[p] ?? (p === 'metadata' ? 'read' : 'none')]!;
  if (asked.some(([p, level]) => (RANK[level] ?? Number.POSITIVE_INFINITY) > granted(p)))
    return { error: 'The permissions requested are not granted to this installation.' };
  const token = `${app.token}.scoped.${++minted}`;
  gh.grantToken(token, { kind: 'app', slug: app.slug, permissions: Object.fromEntries(asked) });
  return { token };
}
