import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultSpec } from '../../sandbox/index.ts';
import { clopperPearson } from '../../thresholds/statistics.ts';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { buildIfStale } from '../../tools/build.ts';
import { DIST } from '../../tools/build/bundle.ts';
import { K6_MIN_VERSION, findK6, k6Version } from '../../tools/k6-binary.ts';
import { runChild } from '../child.ts';
import { inTempDir } from '../temp-dir.ts';

/** One kind of run: a scenario against a sandbox with `faults`, and the one SLO it must breach (null: none). */
export interface VerdictCase {
  name: string;
  scenario: 'smoke' | 'load';
  faults: FaultSpec;
  env: Record<string, string>;
  expected: string | null;
}

/** How one run ended: k6's exit code, the SLOs its report says breached, and those without data. */
interface Outcome {
  code: number | null;
  breached: string[];
  noData: string[];
}

const BEAST = 'owlbear';

/**
 * The smoke's cases: clean (the sandbox's designed 10% POST failures on) and the faults the
 * smoke is sized to catch with probability ≥ 0.99, each on one route of one beast.
 */
export const SMOKE_CASES: VerdictCase[] = [
  { name: 'clean', scenario: 'smoke', faults: {}, env: {}, expected: null },
  { name: `POST /${BEAST} failing 60%`, scenario: 'smoke', faults: { errors: [{ beast: BEAST, method: 'POST', rate: 0.6 }] }, env: {}, expected: `availability-post-${BEAST}` },
  { name: `GET /${BEAST} failing 30%`, scenario: 'smoke', faults: { errors: [{ beast: BEAST, method: 'GET', rate: 0.3 }] }, env: {}, expected: `availability-get-${BEAST}` },
  { name: `DELETE /${BEAST} failing 30%`, scenario: 'smoke', faults: { errors: [{ beast: BEAST, method: 'DELETE', rate: 0.3 }] }, env: {}, expected: `availability-delete-${BEAST}` },
  { name: `GET /${BEAST} +600 ms`, scenario: 'smoke', faults: { latency: [{ beast: BEAST, method: 'GET', fixedMs: 600 }] }, env: {}, expected: `latency-p95-get-${BEAST}` },
  { name: `DELETE /${BEAST} +600 ms`, scenario: 'smoke', faults: { latency: [{ beast: BEAST, method: 'DELETE', fixedMs: 600 }] }, env: {}, expected: `latency-p95-delete-${BEAST}` },
];

/**
 * A 60 s load at 20/s. Its p95 objective is 150 ms, so that +200 ms on one beast's GETs is a
 * breach (with the default 300 ms, a 5 ms route slowed by 200 ms still meets its SLO). The
 * undeliverable case asks for a rate no 2-core machine sends.
 */
const LOAD_ENV = { RATE: '20', DURATION: '60s', RAMP_UP: '0s', RAMP_DOWN: '0s', SLO_P95_MS: '150' };
export const LOAD_CASES: VerdictCase[] = [
  { name: 'clean', scenario: 'load', faults: {}, env: LOAD_ENV, expected: null },
  { name: `GET /${BEAST} +200 ms`, scenario: 'load', faults: { latency: [{ beast: BEAST, method: 'GET', fixedMs: 200 }] }, env: LOAD_ENV, expected: `latency-p95-get-${BEAST}` },
  { name: 'undeliverable rate (20000/s)', scenario: 'load', faults: {}, env: { ...LOAD_ENV, RATE: '20000' }, expected: 'delivered-load' },
];

/** What the benchmark reads from the environment. */
export interface VerdictSettings {
  /** `smoke` or `load` (VERDICT_SCENARIO). */
  scenario: 'smoke' | 'load';
  /** Clean runs (VERDICT_CLEAN_RUNS; smoke 100, load 20). */
  cleanRuns: number;
  /** Runs per fault (VERDICT_FAULT_RUNS; smoke 30, load 20). */
  faultRuns: number;
  /** Runs at once, each against its own sandbox (VERDICT_CONCURRENCY, 2). */
  concurrency: number;
  /** Only the cases whose name contains this (VERDICT_CASE), e.g. `clean`. */
  only?: string;
}

/**
 * The verdict benchmark: the real k6 runs a scenario's bundle many times against fresh
 * sandboxes, clean and with each fault injected by the sandbox's fault engine, and counts
 * false alarms (a clean run that exits non-zero) and detections (a faulty run that exits 99
 * naming the fault's SLO), each with its 95% Clopper–Pearson interval. Nothing is asserted.
 */
export async function verdicts(settings: VerdictSettings): Promise<string[]> {
  const k6 = await findK6();
  if (!k6) return [`verdicts: skipped (k6 not found: set K6_BIN or put k6 >= ${K6_MIN_VERSION} on PATH)`];
  await buildIfStale();
  const cases = (settings.scenario === 'smoke' ? SMOKE_CASES : LOAD_CASES).filter((c) => !settings.only || c.name.includes(settings.only));
  // Printed as each case ends (a full benchmark runs for an hour or more), so nothing is returned.
  process.stdout.write(`verdicts: ${settings.scenario} with k6 ${(await k6Version(k6)) ?? '?'}, ${settings.concurrency} at once, each run against its own sandbox\n`);
  for (const verdictCase of cases) {
    const runs = verdictCase.expected === null ? settings.cleanRuns : settings.faultRuns;
    const started = Date.now();
    const outcomes = await pool(runs, settings.concurrency, (i) => runOnce(k6, verdictCase, i));
    process.stdout.write(`${describe(verdictCase, outcomes, (Date.now() - started) / 1000)}\n`);
  }
  return [];
}

/** One run: a sandbox with the case's faults in its own process, k6 on the bundle, the report read back. */
async function runOnce(k6: string, verdictCase: VerdictCase, index: number): Promise<Outcome> {
  const server = runChild<{ url: string }>('targets/faulty-sandbox.ts', [], { BENCH_FAULTS: JSON.stringify(verdictCase.faults) });
  try {
    const { url } = await server.message;
    return await inTempDir(async (dir) => {
      const testid = `verdict-${verdictCase.scenario}-${Date.now().toString(36)}-${index}`;
      const code = await exitCode(k6, ['run', '--quiet', join(DIST, `${verdictCase.scenario}.js`)], {
        ...process.env,
        ...verdictCase.env,
        BASE_URL: url,
        TESTID: testid,
        REPORT_DIR: dir,
      });
      try {
        const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as SummaryV1;
        const ids = (verdict: string) => summary.slos.filter((slo) => slo.verdict === verdict).map((slo) => slo.id);
        return { code, breached: ids('fail'), noData: ids('no-data') };
      } catch {
        return { code, breached: ['(no summary.json)'], noData: [] };
      }
    });
  } finally {
    await server.stop();
  }
}

/** k6's exit code; its output is not kept (the report files are). */
function exitCode(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'ignore', timeout: 300_000 });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
}

/** Runs `task(0..count-1)` with at most `concurrency` at once, results in index order. */
async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** One line per case: the counts that matter, with their 95% interval, and what else went wrong. */
function describe(verdictCase: VerdictCase, outcomes: Outcome[], seconds: number): string {
  const n = outcomes.length;
  const codes = tally(outcomes.map((o) => String(o.code)));
  const head = `${verdictCase.scenario} · ${verdictCase.name}: ${n} runs in ${seconds.toFixed(0)} s, exit codes ${codes}`;
  // A run aborted by a breach can end before some group got a request: those show as no data.
  const noData = tally(outcomes.flatMap((o) => o.noData));
  const aborted = noData ? `; no data (groups not reached before the abort): ${noData}` : '';
  if (verdictCase.expected === null) {
    const alarms = outcomes.filter((o) => o.code !== 0);
    const named = tally(alarms.flatMap((o) => o.breached));
    return `${head}; false alarms ${ratio(alarms.length, n)}${alarms.length ? ` (breached: ${named})` : ''}${aborted}`;
  }
  const expected = verdictCase.expected;
  const detected = outcomes.filter((o) => o.code === 99 && o.breached.includes(expected));
  const only = detected.filter((o) => o.breached.length === 1);
  const others = tally(outcomes.flatMap((o) => o.breached.filter((id) => id !== expected)));
  return `${head}; detected (exit 99, ${expected} breached) ${ratio(detected.length, n)}, the only breach ${ratio(only.length, n)}${others ? `; also breached: ${others}` : ''}${aborted}`;
}

/** `k/n (x%, 95% CI a–b%)`. */
function ratio(k: number, n: number): string {
  const [low, high] = clopperPearson(k, n, 0.95);
  const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
  return `${k}/${n} (${pct(k / Math.max(n, 1))}, 95% CI ${pct(low)}–${pct(high)})`;
}

/** `a×3, b×1`, most frequent first. */
function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => `${value}×${count}`).join(', ');
}
