/** Shared set-up for the emulator's own tests: an emulator and Octokit clients per identity. */
import { Octokit } from '@octokit/rest';
import type { Emulator } from '../../../src/emulator/index.js';
import { startCheckedEmulator } from '../../support/github-validator/index.js';

export const TOKENS = {
  'tok-bot': { login: 'github-actions[bot]', type: 'Bot' as const },
  'tok-alice': { login: 'alice' },
  'tok-bob': { login: 'bob' },
};

export async function setup(extra: Partial<Parameters<typeof startCheckedEmulator>[0]> = {}) {
  const gh = await startCheckedEmulator({
    owner: 'acme',
    repo: 'app',
    tokens: TOKENS,
    teams: { 'acme/data-qa': ['carol'] },
    ...extra,
  });
  const client = (token: keyof typeof TOKENS | string) =>
    new Octokit({ auth: token, baseUrl: gh.url, log: quiet });
  return { gh, bot: client('tok-bot'), alice: client('tok-alice'), bob: client('tok-bob'), client };
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** The HTTP status of a rejected Octokit call. */
export async function statusOf(
  p: Promise<unknown>,
): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (err) {
    const e = err as { status: number; response?: { data: Record<string, unknown> } };
    return { status: e.status, data: e.response?.data ?? {} };
  }
  throw new Error('expected the request to fail');
}

export type { Emulator };
