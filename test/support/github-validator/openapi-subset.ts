/**
 * The part of GitHub's OpenAPI description the emulator needs: its operations, the webhook
 * schemas of the events it builds, and every schema those reach. Parsing the whole 13 MB file
 * costs about a second per test process, so the subset is cached under node_modules/.cache,
 * keyed by the description file and the operation list.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OperationKey } from '../../../src/emulator/index.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = { [k: string]: Json };

export interface Operation {
  responses?: Record<string, Obj>;
}

export interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Obj; responses: Record<string, Obj> };
}

function packageDir(): string {
  // Resolve the package folder without loading the package (its entry loads every variant).
  return dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json'));
}

export async function loadSpec(ops: OperationKey[], webhooks: string[]): Promise<Spec> {
  const file = join(packageDir(), 'generated', 'api.github.com.json');
  const info = await stat(file);
  const wanted = JSON.stringify([[...ops].sort(), [...webhooks].sort()]);
  const key = createHash('sha1').update(`${info.size}:${info.mtimeMs}:${wanted}`).digest('hex').slice(0, 16);
  const cacheDir = join(packageDir(), '..', '..', '.cache', 'phasegate-github-emulator');
  const cached = join(cacheDir, `openapi-${key}.json`);
  const hit = await readFile(cached, 'utf8').catch(() => null);
  if (hit) return JSON.parse(hit) as Spec;
  const subset = prune(JSON.parse(await readFile(file, 'utf8')) as Spec, ops, webhooks);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(subset));
  await rename(tmp, cached); // atomic: parallel test processes may race here
  return subset;
}

function prune(spec: Spec, ops: OperationKey[], webhooks: string[]): Spec {
  const out: Spec = { paths: {}, components: { schemas: {}, responses: {} } };
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const ref = node.$ref;
    if (typeof ref === 'string') include(ref);
    for (const v of Object.values(node)) walk(v);
  };
  const include = (ref: string): void => {
    const m = /^#\/components\/(schemas|responses)\/(.+)$/.exec(ref);
    if (!m) return;
    const [kind, name] = [m[1] as 'schemas' | 'responses', m[2]!];
    const target = out.components[kind] as Record<string, Json>;
    if (name in target) return;
    const source = spec.components[kind] as Record<string, Json>;
    target[name] = source[name] ?? null;
    walk(target[name]!);
  };
  for (const [method, template] of ops) {
    const op = spec.paths[template]?.[method.toLowerCase()];
    if (!op) continue;
    out.paths[template] ??= {};
    out.paths[template]![method.toLowerCase()] = { responses: op.responses ?? {} };
    walk((op.responses ?? {}) as Json);
  }
  include('#/components/schemas/basic-error');
  for (const w of webhooks) include(`#/components/schemas/${w}`);
  return out;
}
