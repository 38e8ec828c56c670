/**
 * A real Prometheus on loopback for source tests. Debian's `prometheus` package (it brings
 * `promtool`) is installed here when missing: `apt-get install` as root takes ~11 s and starts no
 * service. A known history is loaded with `promtool tsdb create-blocks-from openmetrics`, then
 * `prometheus` serves it from that folder on 127.0.0.1.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = { prometheus: '/usr/bin/prometheus', promtool: '/usr/bin/promtool' };

/** Installs Debian's prometheus when the binaries are missing (one apt at a time, machine-wide). */
export async function ensurePrometheus(): Promise<typeof BIN> {
  if (existsSync(BIN.prometheus) && existsSync(BIN.promtool)) return BIN;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'prometheus is not installed and this is not root: run `sudo apt-get install -y prometheus` once',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) =>
    run('flock', ['/tmp/phasegate-apt.lock', 'apt-get', ...args], {
      env,
      maxBuffer: 1 << 26,
      timeout: 600_000,
    });
  try {
    await apt(['install', '-y', '--no-install-recommends', 'prometheus']);
  } catch {
    // Fresh images have no package lists yet.
    await apt(['update']);
    await apt(['install', '-y', '--no-install-recommends', 'prometheus']);
  }
  if (!existsSync(BIN.prometheus) || !existsSync(BIN.promtool)) {
    throw new Error('apt-get install prometheus finished but /usr/bin/prometheus or promtool is missing');
  }
  return BIN;
}

/** Writes a TSDB block folder holding the OpenMetrics text (which must end with "# EOF"). */
export async function createBlocks(openMetrics: string, dataDir: string): Promise<void> {
  const file = join(dataDir, '..', `history-${process.pid}.om`);
  writeFileSync(file, openMetrics);
  try {
    await run(BIN.promtool, ['tsdb', 'create-blocks-from', 'openmetrics', file, dataDir], {
      maxBuffer: 1 << 26,
    });
  } finally {
    rmSync(file, { force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  url: string;
  dir: string;
  stop: () => Promise<void>;
}

/** Basic auth for the API (Prometheus's --web.config.file): the password and its bcrypt hash. */
export interface PrometheusAuth {
  user: string;
  password: string;
  bcrypt: string;
}

/** Loads `openMetrics` and starts Prometheus over it; resolves once /-/ready answers 200. */
export async function startPrometheus(
  openMetrics: string,
  auth?: PrometheusAuth,
): Promise<RunningPrometheus> {
  await ensurePrometheus();
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-prom-'));
  const data = join(dir, 'data');
  await createBlocks(openMetrics, data);
  const config = join(dir, 'prometheus.yml');
  writeFileSync(config, 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
  const web = join(dir, 'web.yml');
  if (auth) writeFileSync(web, `basic_auth_users:\n  ${auth.user}: "${auth.bcrypt}"\n`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    BIN.prometheus,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      ...(auth ? [`--web.config.file=${web}`] : []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${stderr}`);
    try {
      const headers: Record<string, string> = auth
        ? { authorization: `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` }
        : {};
      const r = await fetch(`${url}/-/ready`, { headers });
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus did not become ready in 60 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, dir, stop };
}

/** A counter family: series label sets → how to tell which events (by value) it counts. */
export interface HistoryEvent {
  ts: number;
  event: string;
  [field: string]: unknown;
}

export interface HistoryOptions {
  from: number;
  to: number;
  /** Sample spacing; window boundaries must fall on samples for exact increases. */
  stepMs: number;
  /** Histogram upper bounds in seconds (a +Inf bucket is added). */
  buckets: readonly number[];
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
}

/**
 * The OpenMetrics history a scraper would have recorded from these events (reference SLIs):
 * at every step T, each counter is the number of events with ts < T, so increase() over a
 * window [S, E) is exactly the events of that window when S and E fall on steps. Events must
 * come in time order; they are read once (an iterator over a big file will do).
 */
export function openMetricsFromEvents(events: Iterable<HistoryEvent>, o: HistoryOptions): string {
  const les = [...o.buckets, Number.POSITIVE_INFINITY];
  type Series = {
    name: string;
    labels: string;
    test: (e: HistoryEvent) => boolean;
    value: (e: HistoryEvent) => number;
  };
  const save = (e: HistoryEvent) => e.event === 'autosave.save.completed';
  const seconds = (e: HistoryEvent) => Number(e.duration_ms) / 1000;
  const counter = (family: string, labels: string, test: (e: HistoryEvent) => boolean): Series => ({
    name: `${family}_total`,
    labels,
    test,
    value: () => 1,
  });
  const restore = (e: HistoryEvent) => e.event === 'autosave.restore.result';
  const merge = (e: HistoryEvent) => e.event === 'merge.diff.apply';
  const bug = (e: HistoryEvent) => e.event === 'bug.reported';
  const families: { name: string; type: string; series: Series[] }[] = [
    {
      name: 'autosave_save_duration_seconds',
      type: 'histogram',
      series: [
        ...les.map((le) => ({
          name: 'autosave_save_duration_seconds_bucket',
          labels: `{le="${Number.isFinite(le) ? fmt(le) : '+Inf'}"}`,
          test: (e: HistoryEvent) => save(e) && seconds(e) <= le,
          value: () => 1,
        })),
        { name: 'autosave_save_duration_seconds_sum', labels: '', test: save, value: seconds },
        { name: 'autosave_save_duration_seconds_count', labels: '', test: save, value: () => 1 },
      ],
    },
    {
      name: 'autosave_restore',
      type: 'counter',
      series: [
        counter('autosave_restore', '{result="success"}', (e) => restore(e) && e.success === true),
        counter('autosave_restore', '{result="failure"}', (e) => restore(e) && e.success !== true),
      ],
    },
    {
      name: 'app_crashes',
      type: 'counter',
      series: [counter('app_crashes', '', (e) => e.event === 'app.crash')],
    },
    {
      name: 'app_sessions',
      type: 'counter',
      series: [counter('app_sessions', '', (e) => e.event === 'app.session.start')],
    },
    {
      name: 'merge_diff_apply',
      type: 'counter',
      series: [
        counter('merge_diff_apply', '{mode="auto"}', (e) => merge(e) && e.mode === 'auto'),
        counter('merge_diff_apply', '{mode="manual"}', (e) => merge(e) && e.mode !== 'auto'),
      ],
    },
    {
      name: 'bugs_reported',
      type: 'counter',
      series: [
        counter('bugs_reported', '{severity="critical"}', (e) => bug(e) && e.severity === 'critical'),
        counter('bugs_reported', '{severity="major"}', (e) => bug(e) && e.severity !== 'critical'),
      ],
    },
  ];
  const all = families.flatMap((f) => f.series);
  const totals = all.map(() => 0);
  const steps: number[][] = []; // per step, the totals of every series
  const iterator = events[Symbol.iterator]();
  let next = iterator.next();
  for (let t = o.from; t <= o.to; t += o.stepMs) {
    for (; !next.done && next.value.ts < t; next = iterator.next()) {
      const e = next.value;
      all.forEach((s, k) => {
        if (s.test(e)) totals[k]! += s.value(e);
      });
    }
    steps.push([...totals]);
  }
  const out: string[] = [];
  let k = 0;
  for (const f of families) {
    out.push(`# TYPE ${f.name} ${f.type}`);
    steps.forEach((values, i) => {
      const t = (o.from + i * o.stepMs) / 1000;
      f.series.forEach((s, j) => {
        out.push(`${s.name}${s.labels} ${fmt(values[k + j]!)} ${t}`);
      });
    });
    k += f.series.length;
  }
  out.push('# EOF', '');
  return out.join('\n');
}
