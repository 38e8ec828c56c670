/**
 * Who holds which token: the identity a token acts as (identity.ts), its user in the store, and,
 * for a person, a repository role (write unless the emulator was given one).
 */
import type { Role, TokenSpec } from './identity.js';
import { identityOf } from './identity.js';
import type { Caller } from './server.js';
import type { Store } from './store.js';

export function grant(
  store: Store,
  tokens: Map<string, Caller>,
  roles: Map<string, Role>,
  token: string,
  spec: TokenSpec,
) {
  const who = identityOf(spec);
  const type = who.kind === 'person' ? 'User' : 'Bot';
  tokens.set(token, { who, user: store.user(who.login, { type, name: who.name, email: who.email }) });
  if (who.kind === 'person' && !roles.has(who.login.toLowerCase()))
    roles.set(who.login.toLowerCase(), 'write');
}
