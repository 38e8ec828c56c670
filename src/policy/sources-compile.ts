/**
 * Compiling the `sources:` section (schema in sources.ts): each SLI gets exactly one source,
 * Prometheus shorthands become PromQL templates, and SLIs no source claims fall back to the
 * JSONL events of `collect --source`. `rerouteSources` applies `collect --sli-source`.
 */
import type { PolicyIssue } from './errors.js';
import {
  DEFAULT_SOURCE,
  DEFAULT_TIMEOUT_MS,
  envRef,
  type PromQuerySpec,
  type SliKind,
  type SourceSpec,
  type SourcesSection,
  type SourcesSpec,
} from './sources.js';
import { parseDuration } from './units.js';

type Report = (path: (string | number)[], message: string) => PolicyIssue;

/** `name{labels}`: a counter or histogram given by name, turned into the standard query. */
const SELECTOR = /^\s*([A-Za-z_:][A-Za-z0-9_:]*)\s*(\{.*\})?\s*$/s;

/** A counter's increase per window, or the PromQL as written. */
export function counterQuery(text: string): string {
  const m = SELECTOR.exec(text);
  return m ? `sum(increase(${m[1]}${m[2] ?? ''}[$window]))` : text.trim();
}

function histogramQueries(text: string): { buckets: string; sum: string } | undefined {
  const m = SELECTOR.exec(text);
  if (!m) return undefined;
  const [name, labels = ''] = [m[1]!.replace(/_bucket$/, ''), m[2]];
  return {
    buckets: `sum by (le) (increase(${name}_bucket${labels}[$window]))`,
    sum: `sum(increase(${name}_sum${labels}[$window]))`,
  };
}

const list = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : typeof v === 'string' ? [v] : v;

/** An SLI as sources see it: its kind, and whether it splits a control cohort off its events. */
type SliShape = { kind: SliKind; control?: unknown };

/** Which source each SLI comes from; refuses unknown SLIs, the wrong kind, and a second source. */
class Claims {
  readonly bySli: Record<string, string> = {};

  constructor(
    readonly slis: Record<string, SliShape>,
    private readonly report: Report,
    private readonly issues: PolicyIssue[],
  ) {}

  claim(sli: string, name: string, path: (string | number)[], kind?: SliKind[], source?: string): boolean {
    const def = this.slis[sli];
    const problem = !def
      ? `unknown SLI "${sli}"; rollout.yaml defines: ${Object.keys(this.slis).join(', ')}`
      : kind && !kind.includes(def.kind)
        ? `SLI "${sli}" is a ${def.kind} SLI, not ${kind.join(' or ')}; ${kindFix(def.kind, source)}`
        : this.bySli[sli] !== undefined
          ? `SLI "${sli}" already comes from source "${this.bySli[sli]}"; give each SLI one source`
          : null;
    if (problem) {
      this.issues.push(this.report(path, problem));
      return false;
    }
    this.bySli[sli] = name;
    return true;
  }
}

function kindFix(kind: SliKind, source: string | undefined): string {
  if (source === 'github-issues') return 'github-issues gives counts only; read this SLI from another source';
  const give = { latency: '`histogram:`', ratio: '`numerator:` and `denominator:`', count: '`counter:`' }[
    kind
  ];
  return `for a ${kind} SLI give ${give}`;
}

type Section = SourcesSection[string];
type JsonlSpec = Extract<SourceSpec, { type: 'jsonl' }>;

export function compileSources(
  section: SourcesSection | undefined,
  slis: Record<string, SliShape>,
  report: Report,
  issues: PolicyIssue[],
): SourcesSpec {
  const out: SourceSpec[] = [];
  const claims = new Claims(slis, report, issues);
  let catchAll: JsonlSpec | undefined;
  for (const [name, s] of Object.entries(section ?? {})) {
    const http = {
      headers: 'headers' in s ? { ...s.headers } : {},
      auth: 'auth' in s ? s.auth : undefined,
      timeoutMs: s.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration(s.timeout)!,
    };
    if (s.type === 'jsonl') {
      const spec = jsonlSource(name, s, http, claims, report, issues);
      if (s.slis === undefined) {
        if (catchAll)
          issues.push(
            report([name], `only one jsonl source may leave out \`slis\` ("${catchAll.name}" does too)`),
          );
        catchAll = spec;
      }
      out.push(spec);
    } else if (s.type === 'prometheus') out.push(prometheusSource(name, s, http, claims, report, issues));
    else out.push(githubIssuesSource(name, s, http, claims));
  }
  // SLIs no source claims: the jsonl source without `slis`, else the events of `collect --source`.
  const rest = Object.keys(slis).filter((id) => claims.bySli[id] === undefined);
  if (rest.length > 0) {
    let target = catchAll;
    if (!target) {
      if (section?.[DEFAULT_SOURCE] !== undefined) {
        // A source named "events" that lists its SLIs: the others have nowhere to go.
        issues.push(
          report(
            [DEFAULT_SOURCE],
            `SLIs ${rest.join(', ')} have no source; list them in a source's \`slis\``,
          ),
        );
      }
      target = { name: DEFAULT_SOURCE, type: 'jsonl', slis: [], headers: {}, timeoutMs: DEFAULT_TIMEOUT_MS };
      out.unshift(target);
    }
    for (const id of rest) {
      target.slis.push(id);
      claims.bySli[id] = target.name;
    }
  }
  return { list: out, bySli: claims.bySli };
}

type Http = { headers: Record<string, string>; auth: JsonlSpec['auth']; timeoutMs: number };

function jsonlSource(
  name: string,
  s: Extract<Section, { type: 'jsonl' }>,
  http: Http,
  claims: Claims,
  report: Report,
  issues: PolicyIssue[],
): JsonlSpec {
  if (s.files !== undefined && s.url !== undefined) {
    issues.push(report([name, 'url'], 'give `files` or `url`, not both; use two sources for both'));
  }
  const spec: JsonlSpec = {
    name,
    type: 'jsonl',
    files: list(s.files),
    url: s.url,
    pagination: s.pagination,
    slis: [],
    ...http,
  };
  s.slis?.forEach((sli, i) => {
    if (claims.claim(sli, name, [name, 'slis', i])) spec.slis.push(sli);
  });
  return spec;
}

function prometheusSource(
  name: string,
  s: Extract<Section, { type: 'prometheus' }>,
  http: Http,
  claims: Claims,
  report: Report,
  issues: PolicyIssue[],
): SourceSpec {
  const queries: Record<string, PromQuerySpec> = {};
  for (const [sli, q] of Object.entries(s.slis)) {
    const path = [name, 'slis', sli];
    if ('histogram' in q || 'buckets' in q) {
      if (!claims.claim(sli, name, path, ['latency'])) continue;
      const h = 'histogram' in q ? histogramQueries(q.histogram) : { buckets: q.buckets, sum: q.sum };
      if (!h) {
        issues.push(
          report(
            [...path, 'histogram'],
            'give the histogram\'s metric name, e.g. http_duration_seconds{job="app"}; for PromQL use `buckets:` and `sum:`',
          ),
        );
        continue;
      }
      queries[sli] = { kind: 'latency', buckets: h.buckets, sum: h.sum, unit: q.unit };
    } else if ('numerator' in q) {
      if (!claims.claim(sli, name, path, ['ratio'])) continue;
      if (claims.slis[sli]?.control !== undefined) {
        // A counter carries no event's cohort: the control events would count in the rate itself.
        issues.push(
          report(
            path,
            `SLI "${sli}" splits a control cohort off its events (control: under slis.${sli}), which prometheus source "${name}" cannot: a counter carries no event's cohort; read ${sli} from a jsonl source, or remove its control: (and any baseline: control on it)`,
          ),
        );
        continue;
      }
      queries[sli] = {
        kind: 'ratio',
        numerator: counterQuery(q.numerator),
        denominator: counterQuery(q.denominator),
      };
    } else {
      if (!claims.claim(sli, name, path, ['count'])) continue;
      queries[sli] = { kind: 'count', count: counterQuery(q.counter) };
    }
  }
  return { name, type: 'prometheus', url: s.url, slis: Object.keys(queries), queries, ...http };
}

function githubIssuesSource(
  name: string,
  s: Extract<Section, { type: 'github-issues' }>,
  http: Http,
  claims: Claims,
): SourceSpec {
  const searches: Record<string, { labels: string[]; query?: string }> = {};
  for (const [sli, q] of Object.entries(s.slis)) {
    if (!claims.claim(sli, name, [name, 'slis', sli], ['count'], 'github-issues')) continue;
    searches[sli] = { labels: list(q.label)!, query: q.query };
  }
  return {
    name,
    type: 'github-issues',
    repo: s.repo,
    token: s.token ?? envRef('GITHUB_TOKEN'),
    apiUrl: s.api_url,
    slis: Object.keys(searches),
    searches,
    ...http,
  };
}

/**
 * The routing with `collect --sli-source sli=source` applied (`*=source` routes every SLI). The
 * target must be able to give the SLI: any jsonl source can; prometheus and github-issues only
 * for SLIs they have queries or labels for. Returns an error message instead of throwing.
 */
export function rerouteSources(
  spec: SourcesSpec,
  overrides: readonly (readonly [string, string])[],
  slis: Record<string, { kind: SliKind }>,
): SourcesSpec | string {
  const bySli = { ...spec.bySli };
  const list = spec.list.map((s) => ({ ...s, slis: [...s.slis] }));
  for (const [sli, target] of overrides) {
    const ids = sli === '*' ? Object.keys(slis) : [sli];
    if (sli !== '*' && !slis[sli])
      return `unknown SLI "${sli}"; the policy defines: ${Object.keys(slis).join(', ')}`;
    let to = list.find((s) => s.name === target);
    if (!to && target === DEFAULT_SOURCE) {
      to = { name: DEFAULT_SOURCE, type: 'jsonl', slis: [], headers: {}, timeoutMs: DEFAULT_TIMEOUT_MS };
      list.unshift(to);
    }
    if (!to)
      return `unknown source "${target}"; rollout.yaml defines: ${[DEFAULT_SOURCE, ...list.map((s) => s.name).filter((n) => n !== DEFAULT_SOURCE)].join(', ')}`;
    for (const id of ids) {
      const can =
        to.type === 'jsonl' ||
        (to.type === 'prometheus' && to.queries[id] !== undefined) ||
        (to.type === 'github-issues' && to.searches[id] !== undefined);
      if (!can) {
        if (sli === '*') continue;
        return `source "${target}" has no ${to.type === 'prometheus' ? 'query' : 'label'} for SLI "${id}"; add it under sources.${target}.slis`;
      }
      const from = list.find((s) => s.name === bySli[id]);
      if (from) from.slis = from.slis.filter((x) => x !== id);
      if (!to.slis.includes(id)) to.slis.push(id);
      bySli[id] = to.name;
    }
  }
  return { list, bySli };
}
