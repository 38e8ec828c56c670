/** GitHub's filter patterns: the rows of the "Filter pattern cheat sheet" (workflow-syntax.md). */
import { describe, expect, it } from 'vitest';
import { cronMatches } from '../../support/workflows/cron.js';
import { patternRegExp, selects } from '../../support/workflows/glob.js';

const matches = (pattern: string, name: string) => patternRegExp(pattern).test(name);

describe('filter patterns', () => {
  it.each([
    ['feature/*', 'feature/my-branch', true],
    ['feature/*', 'feature/beta-a/my-branch', false],
    ['feature/**', 'feature/beta-a/my-branch', true],
    ['*', 'main', true],
    ['*', 'releases/x', false],
    ['**', 'all/the/branches', true],
    ['*feature', 'mona-feature', true],
    ['v2*', 'v2.9', true],
    ['v[12].[0-9]+.[0-9]+', 'v1.10.1', true],
    ['v[12].[0-9]+.[0-9]+', 'v3.0.0', false],
    ['*.jsx?', 'page.js', true],
    ['*.jsx?', 'page.jsx', true],
    ['*.js', 'js/index.js', false],
    ['**.js', 'src/js/app.js', true],
    ['docs/*', 'docs/mona/octocat.txt', false],
    ['docs/**', 'docs/mona/octocat.txt', true],
    ['docs/**/*.md', 'docs/README.md', true],
    ['docs/**/*.md', 'docs/a/markdown/file.md', true],
    ['**/docs/**', 'docs/hello.md', true],
    ['**/docs/**', 'space/docs/plan/space.doc', true],
    ['**/README.md', 'README.md', true],
    ['**/README.md', 'js/README.md', true],
    ['**/*src/**', 'my-src/code/js/app.js', true],
    ['**/migrate-*.sql', 'db/sept/migrate-v1.sql', true],
    ['phases/current.yaml', 'phases/current.yaml', true],
    ['phases/current.yaml', 'phases/currentxyaml', false],
    ['release\\*', 'release*', true],
    ['release\\*', 'release1', false],
  ])('%s on %s: %s', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected);
  });

  it('reads negations in order: a later pattern wins', () => {
    expect(selects(['*.md', '!README.md'], 'hello.md')).toBe(true);
    expect(selects(['*.md', '!README.md'], 'README.md')).toBe(false);
    expect(selects(['*.md', '!README.md', 'README*'], 'README.md')).toBe(true);
    expect(selects(['releases/**', '!releases/**-alpha'], 'releases/beta/3-alpha')).toBe(false);
    expect(selects(['releases/**', '!releases/**-alpha'], 'releases/beta/mona')).toBe(true);
    expect(selects(['!releases/**-alpha', 'releases/**'], 'releases/10-alpha')).toBe(true);
  });
});

describe('cron (UTC, POSIX)', () => {
  const at = (iso: string) => new Date(iso);
  it("fires phasegate's rollout schedule at :07, :22, :37 and :52 only", () => {
    const fired = Array.from({ length: 60 }, (_, m) => m).filter((m) =>
      cronMatches('7-59/15 * * * *', at(`2026-03-02T10:${String(m).padStart(2, '0')}:00Z`)),
    );
    expect(fired).toEqual([7, 22, 37, 52]);
  });

  it('reads lists, names, and a restricted day-of-month OR day-of-week', () => {
    expect(cronMatches('30 5,17 * * *', at('2026-03-02T17:30:00Z'))).toBe(true);
    expect(cronMatches('30 5 * * MON', at('2026-03-02T05:30:00Z'))).toBe(true); // a Monday
    expect(cronMatches('30 5 * * 2', at('2026-03-02T05:30:00Z'))).toBe(false);
    expect(cronMatches('0 0 15 * 1', at('2026-03-02T00:00:00Z'))).toBe(true); // Monday, not the 15th
    expect(cronMatches('0 0 15 * 1', at('2026-03-03T00:00:00Z'))).toBe(false);
  });

  it('refuses what GitHub refuses', () => {
    expect(() => cronMatches('@daily', at('2026-03-02T00:00:00Z'))).toThrow(/five fields/);
    expect(() => cronMatches('61 * * * *', at('2026-03-02T00:00:00Z'))).toThrow(/out of range/);
  });
});
