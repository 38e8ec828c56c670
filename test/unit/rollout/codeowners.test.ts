import { describe, expect, it } from 'vitest';
import {
  CODEOWNERS_LOCATIONS,
  compilePattern,
  matchingRule,
  ownersOf,
  ownersOfAll,
  parseCodeowners,
} from '../../../src/rollout/codeowners.js';

// The example file of GitHub's "About code owners" page, section by section.
const GITHUB_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

# These owners will be the default owners for everything in
# the repo. Unless a later match takes precedence,
# @global-owner1 and @global-owner2 will be requested for
# review when someone opens a pull request.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most
# precedence. When someone opens a pull request that only
# modifies JS files, only @js-owner and not the global
# owner(s) will be requested for a review.
*.js    @js-owner #This is an inline comment.

# You can also use email addresses if you prefer. They'll be
# used to look up users just like we do for commit author
# emails.
*.go docs@example.com

# Teams can be specified as code owners as well. Teams should
# be identified in the format @org/team-name.
*.txt @octo-org/octocats

# In this example, @doctocat owns any files in the build/logs
# directory at the root of the repository and any of its
# subdirectories.
/build/logs/ @doctocat

# The \`docs/*\` pattern will match files like
# \`docs/getting-started.md\` but not further nested files like
# \`docs/build-app/troubleshooting.md\`.
docs/*  docs@example.com

# In this example, @octocat owns any file in an apps directory
# anywhere in your repository.
apps/ @octocat

# In this example, @doctocat owns any file in the \`/docs\`
# directory in the root of your repository and any of its
# subdirectories.
/docs/ @doctocat

# In this example, any change inside the \`/scripts\` directory
# will require approval from @doctocat or @octocat.
/scripts/ @doctocat @octocat

# In this example, @octocat owns any file in a \`/logs\` directory such as
# \`/build/logs\`, \`/scripts/logs\`, and \`/deeply/nested/logs\`.
**/logs @octocat

# @octocat owns any file in /apps except /apps/github, whose owners are left empty.
/apps/ @octocat
/apps/github
`;

describe('parseCodeowners on GitHub’s documented example', () => {
  const co = parseCodeowners(GITHUB_EXAMPLE);

  it('parses every rule without problems, stripping the inline comment', () => {
    expect(co.problems).toEqual([]);
    expect(co.rules.map((r) => r.pattern)).toEqual([
      '*',
      '*.js',
      '*.go',
      '*.txt',
      '/build/logs/',
      'docs/*',
      'apps/',
      '/docs/',
      '/scripts/',
      '**/logs',
      '/apps/',
      '/apps/github',
    ]);
    expect(co.rules[1]!.owners).toEqual(['js-owner']);
    expect(co.rules[2]).toMatchObject({ owners: [], emails: ['docs@example.com'] });
    expect(co.rules[0]!.line).toBe(8);
  });

  it.each([
    ['README.md', ['global-owner1', 'global-owner2']],
    ['src/index.js', ['js-owner']],
    ['notes.txt', ['octo-org/octocats']],
    ['main.go', []], // an email owner: matched, but no login to count
    ['build/logs/today.log', ['octocat']], // **/logs comes later and wins
    ['build/logs/deep/x.txt', ['octocat']],
    ['scripts/deploy.sh', ['doctocat', 'octocat']],
    ['deeply/nested/logs/x.js', ['octocat']],
    ['apps/main/index.ts', ['octocat']],
    ['apps/github/index.ts', []], // no owners: ownership cleared
    ['nested/apps/thing.ts', ['octocat']], // apps/ anywhere
  ])('%s is owned by %j', (path, owners) => {
    expect(ownersOf(co, path)).toEqual(owners);
  });

  it('docs/* covers direct children only; /docs/ covers the whole tree', () => {
    const only = parseCodeowners('docs/* @direct\n');
    expect(ownersOf(only, 'docs/getting-started.md')).toEqual(['direct']);
    expect(ownersOf(only, 'docs/build-app/troubleshooting.md')).toEqual([]);
    // In the full example /docs/ comes after docs/*, so it wins for both.
    expect(ownersOf(co, 'docs/getting-started.md')).toEqual(['doctocat']);
    expect(ownersOf(co, 'docs/build-app/troubleshooting.md')).toEqual(['doctocat']);
  });

  it('tells unmatched from unowned through matchingRule', () => {
    expect(matchingRule(co, 'apps/github/x')?.pattern).toBe('/apps/github');
    expect(matchingRule(parseCodeowners('*.md @a\n'), 'x.ts')).toBeUndefined();
  });
});

describe('patterns', () => {
  const m = (pattern: string, path: string) => compilePattern(pattern).test(path);

  it('anchors a pattern with a leading or middle slash to the root', () => {
    expect(m('/build/logs/', 'build/logs/a')).toBe(true);
    expect(m('/build/logs/', 'x/build/logs/a')).toBe(false);
    expect(m('phases/current.yaml', 'phases/current.yaml')).toBe(true);
    expect(m('phases/current.yaml', 'other/phases/current.yaml')).toBe(false);
  });

  it('lets a pattern without a slash match at any depth, file or directory', () => {
    expect(m('current.yaml', 'phases/current.yaml')).toBe(true);
    expect(m('phases', 'phases/current.yaml')).toBe(true);
    expect(m('*.yaml', 'a/b/c.yaml')).toBe(true);
    expect(m('*.yaml', 'a/b/c.yml')).toBe(false);
  });

  it('matches a trailing-slash pattern against directories only', () => {
    expect(m('apps/', 'apps/x')).toBe(true);
    expect(m('apps/', 'a/b/apps/x/y')).toBe(true);
    expect(m('apps/', 'apps')).toBe(false); // a file named apps
  });

  it('handles ** at the start, middle and end', () => {
    expect(m('**/logs', 'logs/a')).toBe(true);
    expect(m('**/logs', 'a/b/logs/c')).toBe(true);
    expect(m('a/**/b', 'a/b')).toBe(true);
    expect(m('a/**/b', 'a/x/y/b')).toBe(true);
    expect(m('a/**/b', 'c/a/x/b')).toBe(false);
    expect(m('docs/**', 'docs/a/b/c.md')).toBe(true);
    expect(m('docs/**', 'other/docs/a')).toBe(false);
    expect(m('**', 'anything/at/all')).toBe(true);
  });

  it('keeps * and ? within one path segment', () => {
    expect(m('/phases/*.yaml', 'phases/A-1.yaml')).toBe(true);
    expect(m('/phases/*.yaml', 'phases/sub/A-1.yaml')).toBe(false);
    expect(m('/phases/?-1.yaml', 'phases/A-1.yaml')).toBe(true);
    expect(m('/phases/?-1.yaml', 'phases/AB-1.yaml')).toBe(false);
  });

  it('is case-sensitive and treats regex characters literally', () => {
    expect(m('/Phases/', 'phases/a')).toBe(false);
    expect(m('a+b.(c)', 'a+b.(c)')).toBe(true);
    expect(m('a.c', 'abc')).toBe(false);
  });

  it('keeps an escaped space inside a pattern', () => {
    const co = parseCodeowners('/my\\ dir/ @spacey\n');
    expect(co.problems).toEqual([]);
    expect(ownersOf(co, 'my dir/file')).toEqual(['spacey']);
  });

  it('ignores a leading slash on the queried path', () => {
    expect(ownersOf(parseCodeowners('/phases/ @qa\n'), '/phases/current.yaml')).toEqual(['qa']);
  });
});

describe('lines GitHub skips', () => {
  const co = parseCodeowners(
    [
      '* @base',
      '!phases/ @neg',
      'phases/[ab].yaml @range',
      '\\#x @hash',
      'phases/ alice',
      '/ @root',
      '*.md @ok',
    ].join('\n'),
    '.github/CODEOWNERS',
  );

  it('reports each with its file, line and a fix, and keeps the valid ones', () => {
    expect(co.rules.map((r) => r.pattern)).toEqual(['*', '*.md']);
    expect(co.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(co.problems[0]!.message).toMatch(/^\.github\/CODEOWNERS:2: .*negation/);
    expect(co.problems[1]!.message).toMatch(/character ranges/);
    expect(co.problems[3]!.message).toMatch(/invalid owner "alice"; write @user/);
    expect(co.problems[4]!.message).toMatch(/did you mean \*/);
  });

  it('falls back to the earlier rule for a skipped line’s files', () => {
    expect(ownersOf(co, 'phases/current.yaml')).toEqual(['base']);
  });

  it('handles CRLF line endings and blank lines', () => {
    const crlf = parseCodeowners('# c\r\n\r\n/phases/ @qa @acme/data-qa\r\n');
    expect(crlf.rules).toHaveLength(1);
    expect(ownersOf(crlf, 'phases/A-1.yaml')).toEqual(['qa', 'acme/data-qa']);
  });
});

describe('ownersOfAll', () => {
  it('unions the owners of several paths, case-insensitively, in first-seen order', () => {
    const co = parseCodeowners('/phases/ @Alice @acme/qa\n/phases/current.yaml @alice @bob\n');
    expect(ownersOfAll(co, ['phases/A-1.yaml', 'phases/current.yaml', 'README.md'])).toEqual([
      'Alice',
      'acme/qa',
      'bob',
    ]);
    expect(ownersOfAll(co, [])).toEqual([]);
  });

  it('lists where GitHub looks for the file, in order', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
  });
});
