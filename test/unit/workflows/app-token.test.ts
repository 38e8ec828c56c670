/** actions/create-github-app-token under the workflow runner: scoped to what the step asks for. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../../src/emulator/index.js';
import { appToken } from '../../support/workflows/app-token.js';

let gh: Emulator;
const app = { token: 'ghs_install', slug: 'phasegate' };
beforeAll(async () => {
  gh = await startEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: {
      ghs_install: { kind: 'app', slug: 'phasegate', permissions: { contents: 'write', issues: 'read' } },
    },
  });
});
afterAll(() => gh.close());

it('gives the installation token when the step asks for no permission (an empty input asks for none)', () => {
  expect(appToken(gh, app, { 'app-id': '1', 'permission-members': '' })).toEqual({ token: 'ghs_install' });
});

it('mints a token with only the permissions asked for', async () => {
  const minted = appToken(gh, app, { 'permission-contents': 'read', 'permission-metadata': 'read' });
  if (!('token' in minted)) throw new Error(minted.error);
  expect(gh.tokenPermissions(minted.token)).toEqual({ contents: 'read', metadata: 'read' });
  // The emulator holds the scoped token to it: an issue write is refused.
  const res = await fetch(`${gh.url}/repos/acme/app/issues`, {
    method: 'POST',
    headers: { authorization: `token ${minted.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'x' }),
  });
  expect(res.status).toBe(403);
});

it('refuses to mint more than the installation has, as GitHub does', () => {
  expect(appToken(gh, app, { 'permission-contents': 'write', 'permission-issues': 'write' })).toEqual({
    error: 'The permissions requested are not granted to this installation.',
  });
  expect(appToken(gh, app, { 'permission-pull-requests': 'read' })).toHaveProperty('error');
});
