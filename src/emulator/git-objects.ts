/**
 * Reads git objects through one long-running `git cat-file --batch` per repository instead of
 * a process per lookup (the emulator looks objects up on almost every request). Objects are
 * immutable, so what was read once is kept.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface Signature {
  name: string;
  email: string;
  /** ISO 8601 */
  date: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

export interface GitObject {
  type: string;
  data: Buffer;
}

interface Pending {
  resolve: (o: GitObject | null) => void;
  reject: (e: Error) => void;
}

export class ObjectReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private readonly cache = new Map<string, GitObject>();

  constructor(private readonly dir: string) {}

  /** The object a full 40-hex sha names, or null when the repository does not hold it. */
  read(sha: string): Promise<GitObject | null> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return Promise.resolve(null);
    const hit = this.cache.get(sha);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      this.pending.push({
        resolve: (o) => {
          if (o) this.cache.set(sha, o);
          resolve(o);
        },
        reject,
      });
      this.process().stdin.write(`${sha}\n`);
    });
  }

  close(): void {
    this.child?.kill();
    this.child = undefined;
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LC_ALL: 'C' },
    });
    child.stdout.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.drain();
    });
    const fail = (err: Error) => {
      for (const p of this.pending.splice(0)) p.reject(err);
      this.child = undefined;
    };
    child.on('error', fail);
    child.on('exit', () => fail(new Error('git cat-file --batch exited')));
    child.stdin.on('error', () => undefined);
    this.child = child;
    return child;
  }

  /** Answers are `<sha> <type> <size>\n<data>\n` or `<name> missing\n`, in request order. */
  private drain(): void {
    while (this.pending.length) {
      const eol = this.buffer.indexOf(10);
      if (eol < 0) return;
      const header = this.buffer.subarray(0, eol).toString();
      if (header.endsWith(' missing')) {
        this.buffer = this.buffer.subarray(eol + 1);
        this.pending.shift()!.resolve(null);
        continue;
      }
      const [, type, size] = header.split(' ') as [string, string, string];
      const end = eol + 1 + Number(size);
      if (this.buffer.length < end + 1) return;
      const data = Buffer.from(this.buffer.subarray(eol + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.pending.shift()!.resolve({ type, data });
    }
  }
}

/** A raw commit object (headers, blank line, message) as fields. */
export function parseCommit(sha: string, raw: string): CommitInfo {
  const split = raw.indexOf('\n\n');
  const info: CommitInfo = { sha, tree: '', parents: [], author: sig(''), committer: sig(''), message: '' };
  for (const h of raw.slice(0, split < 0 ? raw.length : split).split('\n')) {
    const sp = h.indexOf(' ');
    const [key, value] = [h.slice(0, sp), h.slice(sp + 1)];
    if (key === 'tree') info.tree = value;
    else if (key === 'parent') info.parents.push(value);
    else if (key === 'author') info.author = sig(value);
    else if (key === 'committer') info.committer = sig(value);
  }
  info.message = split < 0 ? '' : raw.slice(split + 2);
  return info;
}

/** Parses `Name <email> 1700000000 +0000` into a signature with an ISO date. */
function sig(value: string): Signature {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!m) return { name: '', email: '', date: new Date(0).toISOString() };
  return {
    name: m[1]!,
    email: m[2]!,
    date: new Date(Number(m[3]) * 1000).toISOString().replace('.000Z', 'Z'),
  };
}
