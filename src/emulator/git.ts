/**
 * The emulator's storage: a real bare git repository driven with plumbing (no working tree).
 * Every git call is spawned asynchronously: request handlers run in the test's own process,
 * beside the action under test, and a synchronous spawn would stall them.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { type CommitInfo, ObjectReader, parseCommit, type Signature } from './git-objects.js';

export type { CommitInfo, Signature } from './git-objects.js';

const deflateAsync = promisify(deflate);

export const ZERO_SHA = '0000000000000000000000000000000000000000';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** One file of a pull request's diff. */
export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  sha: string | null;
  additions: number;
  deletions: number;
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

/** One entry of a tree change: content or sha to write, or null sha to delete. */
export interface TreeChange {
  path: string;
  mode: string;
  type?: string;
  sha?: string | null;
  content?: string;
}

export class GitRepo {
  private readonly objects: ObjectReader;

  private constructor(readonly dir: string) {
    this.objects = new ObjectReader(dir);
  }

  static async init(defaultBranch: string): Promise<GitRepo> {
    const dir = await mkdtemp(join(tmpdir(), 'gh-emulator-'));
    const repo = new GitRepo(join(dir, 'repo.git'));
    await repo.git(['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, repo.dir], {}, dir);
    return repo;
  }

  /** Runs git in the bare repository; rejects on a non-zero exit unless `allowFail`. */
  git(
    args: string[],
    opts: { input?: string | Buffer; env?: Record<string, string>; allowFail?: boolean } = {},
    cwd = this.dir,
  ): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LC_ALL: 'C', ...opts.env },
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout!.on('data', (d: Buffer) => out.push(d));
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => {
        const result = { code: code ?? -1, stdout: Buffer.concat(out), stderr };
        if (result.code !== 0 && !opts.allowFail) {
          reject(new Error(`git ${args.join(' ')} failed (${result.code}): ${stderr.trim()}`));
        } else resolve(result);
      });
      if (child.stdin) {
        // git may exit before reading its input (a failing command); the exit code tells.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input);
      }
    });
  }

  private async text(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
    return (await this.git(args, opts)).stdout.toString('utf8').trim();
  }

  /** The commit a full ref name (refs/heads/main) points to, or null. */
  async refSha(ref: string): Promise<string | null> {
    if (ref.startsWith('refs/heads/')) {
      if (!validRefName(ref)) return null;
      // Branches are loose files (update-ref writes them; nothing packs them here): read the file.
      const loose = await readFile(join(this.dir, ref), 'utf8').catch(() => '');
      if (/^[0-9a-f]{40}\n?$/.test(loose)) return loose.trim();
      const packed = await readFile(join(this.dir, 'packed-refs'), 'utf8').catch(() => '');
      if (!packed.includes(ref)) return null;
    }
    const r = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
    return r.code === 0 ? r.stdout.toString().trim() : null;
  }

  /** Resolves a branch, tag, full ref or sha to a commit sha, or null. */
  async resolveCommit(ref: string): Promise<string | null> {
    if (/^[0-9a-f]{40}$/.test(ref)) return (await this.objectType(ref)) === 'commit' ? ref : null;
    if (ref.startsWith('-')) return null;
    if (ref.startsWith('refs/')) return this.refSha(ref);
    // rev-parse's own lookup tries refs/tags/ and the rest after refs/heads/.
    return (await this.refSha(`refs/heads/${ref}`)) ?? this.refSha(ref);
  }

  async objectType(sha: string): Promise<string | null> {
    return (await this.objects.read(sha))?.type ?? null;
  }

  /**
   * Stores a blob as a loose object, in git's own format (zlib of `blob <size>\0<data>`, named
   * by its SHA-1): the same result as `git hash-object -w`, without a process per file.
   */
  async writeBlob(content: Buffer): Promise<string> {
    const data = Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]);
    const sha = createHash('sha1').update(data).digest('hex');
    const dir = join(this.dir, 'objects', sha.slice(0, 2));
    const file = join(dir, sha.slice(2));
    if (!existsSync(file)) {
      await mkdir(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      await writeFile(tmp, await deflateAsync(data));
      await rename(tmp, file);
    }
    return sha;
  }

  async readBlob(sha: string): Promise<Buffer> {
    const o = await this.objects.read(sha);
    if (o?.type !== 'blob') throw new Error(`${sha} is not a blob`);
    return o.data;
  }

  /**
   * Writes a tree: `base` (or empty) with the changes applied, through a temporary index. Deleting
   * a path the tree lacks throws MissingTreePathError when `strict` (the API; a person's push has
   * nothing to refuse there).
   */
  async writeTree(base: string | null, changes: TreeChange[], strict = false): Promise<string> {
    const tmp = await mkdtemp(join(tmpdir(), 'gh-index-'));
    const env = { GIT_INDEX_FILE: join(tmp, 'index') };
    const indexInfo = (lines: string[]) =>
      lines.length
        ? this.git(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` })
        : null;
    try {
      if (base) await this.git(['read-tree', base], { env });
      // Deleting or replacing a folder removes every file under it: list the index once.
      const needsList = changes.some((c) => c.sha === null || c.mode === '040000' || c.type === 'tree');
      const files = needsList
        ? (await this.text(['ls-files', '-z'], { env })).split('\0').filter(Boolean)
        : [];
      const under = (path: string) => files.filter((f) => f === path || f.startsWith(`${path}/`));
      const shas = await Promise.all(
        changes.map((c) =>
          c.content !== undefined ? this.writeBlob(Buffer.from(c.content, 'utf8')) : c.sha,
        ),
      );
      const lines: string[] = [];
      const grafts: Array<{ path: string; sha: string }> = [];
      changes.forEach((c, i) => {
        const sha = shas[i];
        if (sha === null || sha === undefined) {
          if (strict && under(c.path).length === 0) throw new MissingTreePathError(c.path);
          for (const f of under(c.path)) lines.push(`0 ${ZERO_SHA}\t${f}`);
        } else if (c.mode === '040000' || c.type === 'tree') {
          for (const f of under(c.path)) lines.push(`0 ${ZERO_SHA}\t${f}`);
          grafts.push({ path: c.path, sha });
        } else {
          lines.push(`${c.mode} ${sha}\t${c.path}`);
        }
      });
      await indexInfo(lines);
      for (const g of grafts) await this.git(['read-tree', `--prefix=${g.path}/`, g.sha], { env });
      return await this.text(['write-tree'], { env });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  /**
   * Objects never change, so what git says about given object ids never changes either: asked
   * again (every run reads the same commits), it is answered from memory, not by another git.
   */
  private readonly answers = new Map<string, Promise<unknown>>();
  private remember<T>(key: string, ids: readonly (string | null)[], ask: () => Promise<T>): Promise<T> {
    if (!ids.every((id) => id === null || /^[0-9a-f]{40}$/.test(id))) return ask();
    let answer = this.answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = ask();
      this.answers.set(key, answer);
      answer.catch(() => this.answers.delete(key));
    }
    return answer;
  }

  /** The direct entries of a tree (GitHub's create-tree answer is not recursive). */
  async lsTree(tree: string, path?: string): Promise<TreeEntry[]> {
    const spec = path ? `${tree}:${path}` : tree;
    const out = await this.remember(`ls-tree ${spec}`, [tree], () =>
      this.text(['ls-tree', '-l', '-z', spec]),
    );
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, name] = line.split('\t') as [string, string];
        const [mode, type, sha, size] = meta.split(/\s+/) as [string, TreeEntry['type'], string, string];
        return { path: name, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}) };
      });
  }

  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: Signature,
    committer: Signature = author,
  ): Promise<string> {
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: gitDate(author.date),
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: gitDate(committer.date),
    };
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
    return this.text(args, { env, input: message });
  }

  async readCommit(sha: string): Promise<CommitInfo> {
    const o = await this.objects.read(sha);
    if (o?.type !== 'commit') throw new Error(`${sha} is not a commit`);
    return parseCommit(sha, o.data.toString('utf8'));
  }

  /** Compare-and-swap: moves `ref` to `sha` only if it still points at `old` (ZERO_SHA: absent). */
  async casRef(ref: string, sha: string, old: string): Promise<boolean> {
    return (await this.git(['update-ref', ref, sha, old], { allowFail: true })).code === 0;
  }

  async deleteRef(ref: string, old: string): Promise<boolean> {
    return (await this.git(['update-ref', '-d', ref, old], { allowFail: true })).code === 0;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.remember(`is-ancestor ${ancestor} ${descendant}`, [ancestor, descendant], () =>
      this.git(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true }),
    );
    return r.code === 0;
  }

  /** Commits reachable from `head` but not `base`, newest first. */
  async revList(base: string | null, head: string): Promise<string[]> {
    const range = base ? `${base}..${head}` : head;
    const out = await this.remember(`rev-list ${range}`, [base, head], () => this.text(['rev-list', range]));
    return out.split('\n').filter(Boolean);
  }

  /** The object at `path` in the commit, or null. */
  async objectAt(commit: string, path: string): Promise<string | null> {
    const spec = `${commit}:${path}`;
    const r = await this.remember(`rev-parse ${spec}`, [commit], () =>
      this.git(['rev-parse', '--verify', '--quiet', spec], { allowFail: true }),
    );
    return r.code === 0 ? r.stdout.toString().trim() : null;
  }

  /** Commits reachable from the commit `start`, newest first, filtered by rev-list options. */
  async commitsFrom(start: string, options: string[] = []): Promise<string[]> {
    const args = ['rev-list', start, ...options];
    const out = await this.remember(args.join(' '), [start], () => this.text(args));
    return out.split('\n').filter(Boolean);
  }

  /**
   * The files a pull request changes: the diff from the merge base of `base` and `head` to `head`
   * (GitHub's three-dot diff), with each file's new blob (null when removed) and line counts.
   */
  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    return this.remember(`diff ${base}...${head}`, [base, head], async () => {
      const range = `${base}...${head}`;
      const raw = await this.text(['diff', '--raw', '--no-renames', '--abbrev=40', range]);
      const num = await this.text(['diff', '--numstat', '--no-renames', range]);
      const counts = new Map(
        num
          .split('\n')
          .filter(Boolean)
          .map((l) => {
            const [a, d, path] = l.split('\t') as [string, string, string];
            return [path, { additions: Number(a) || 0, deletions: Number(d) || 0 }] as const;
          }),
      );
      return raw
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [meta, filename] = line.split('\t') as [string, string];
          const [, , , sha, code] = meta.split(' ') as [string, string, string, string, string];
          const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
          const c = counts.get(filename) ?? { additions: 0, deletions: 0 };
          return { filename, status, sha: code === 'D' ? null : sha, ...c };
        });
    });
  }

  /** The tree a three-way merge of the two commits yields, or null on conflicts. */
  async mergeTree(ours: string, theirs: string): Promise<string | null> {
    const r = await this.remember(`merge-tree ${ours} ${theirs}`, [ours, theirs], () =>
      this.git(['merge-tree', '--write-tree', '--no-messages', ours, theirs], { allowFail: true }),
    );
    if (r.code === 0) return r.stdout.toString().split('\n')[0]!.trim();
    if (r.code === 1) return null;
    throw new Error(`git merge-tree failed: ${r.stderr}`);
  }

  async dispose(): Promise<void> {
    this.objects.close();
    await rm(join(this.dir, '..'), { recursive: true, force: true });
  }
}

/** git check-ref-format's rules, enough to keep a requested name inside refs/. */
function validRefName(ref: string): boolean {
  return !/(\.\.|\/\/|@\{|[\x00-\x20~^:?*[\\\x7f]|\/\.|\.lock$|\.$|\/$)/.test(ref);
}

function gitDate(iso: string): string {
  return `@${Math.floor(Date.parse(iso) / 1000)} +0000`;
}

/**
 * A tree entry deleting (sha null) a path the base tree lacks: GitHub's "Create a tree" "returns an
 * error if you try to delete a file that does not exist" (a 422).
 */
export class MissingTreePathError extends Error {
  constructor(readonly path: string) {
    super(`no ${path} in the base tree to delete`);
  }
}
