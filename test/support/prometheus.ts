import { afterAll, beforeAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

/** One element of an instant-vector answer: the series labels and its `[unix seconds, "value"]`. */
export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** The `data.result` of an instant query whose `resultType` is `vector`. */
export type PromVector = PromSample[];

/** A real Prometheus started for one test file; `stop()` kills it and removes its temp dir. */
export interface PrometheusHarness {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** The remote-write receiver endpoint (`<url>/api/v1/write`). */
  remoteWriteUrl: string;
  /** Instant query at `time` (default now); throws with Prometheus' own error text on a bad query. */
  query(promql: string, time?: Date): Promise<PromVector>;
  /** Label sets of every series matching `match` with samples in [start, end] (default: the last hour), stale or not. */
  series(match: string, start?: Date, end?: Date): Promise<Record<string, string>[]>;
  stop(): Promise<void>;
}

/** The binary Debian's `prometheus` package installs; `PROMETHEUS_BIN` overrides it. */
const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** Children still running, killed if the test process exits without calling `stop()`. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts a real Prometheus as the Mimir stand-in: remote-write receiver and native histograms
 * on, a free loopback port, config and TSDB in a fresh temp dir. Resolves once `/-/ready`
 * answers 200; the caller must `stop()` it (in `afterAll`/`finally`), which also removes the dir.
 */
export async function startPrometheus(): Promise<PrometheusHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'mythical-k6-prometheus-'));
  const configFile = join(dir, 'prometheus.yml');
  // No scrape jobs: the only samples are the ones a test writes, so every assertion is exact.
  await writeFile(configFile, 'global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
      '--enable-feature=native-histograms',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await waitReady(url, exited, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    remoteWriteUrl: `${url}/api/v1/write`,
    query: async (promql, time = new Date()) => {
      const params = new URLSearchParams({ query: promql, time: String(time.getTime() / 1000) });
      const data = await apiGet<{ resultType: string; result: unknown }>(`${url}/api/v1/query?${params}`);
      if (data.resultType !== 'vector') {
        throw new Error(`expected an instant vector from ${promql}, got ${data.resultType}`);
      }
      return data.result as PromVector;
    },
    series: async (match, start = new Date(Date.now() - 3_600_000), end = new Date()) => {
      const params = new URLSearchParams({
        'match[]': match,
        start: String(start.getTime() / 1000),
        end: String(end.getTime() / 1000),
      });
      return apiGet<Record<string, string>[]>(`${url}/api/v1/series?${params}`);
    },
    stop,
  };
}

async function waitReady(url: string, exited: Promise<void>, stderr: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`prometheus exited before it was ready:\n${stderr()}`);
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`prometheus not ready within ${READY_TIMEOUT_MS} ms:\n${stderr()}`);
}

async function apiGet<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json()) as { status: string; data?: T; error?: string; errorType?: string };
  if (body.status !== 'success') {
    throw new Error(`prometheus ${body.errorType ?? response.status}: ${body.error ?? 'unknown error'}`);
  }
  return body.data as T;
}

/**
 * For a `describe` block: starts one Prometheus before its tests and stops it after them, also
 * when one fails. Call the returned function inside a test to get the running harness.
 */
export function usePrometheus(): () => PrometheusHarness {
  let harness: PrometheusHarness | undefined;
  beforeAll(async () => {
    harness = await startPrometheus();
  });
  afterAll(async () => {
    await harness?.stop();
  });
  return () => {
    if (!harness) throw new Error('usePrometheus: Prometheus is not running (beforeAll failed?)');
    return harness;
  };
}
