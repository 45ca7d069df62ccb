import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SummaryV1 } from '../../lib/report/summary-schema.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { findChromium, renderedDom, screenshot } from '../support/chromium.ts';
import { ROOT, runTool } from '../support/run-process.ts';

const k6Path = await findK6();
const chromium = findChromium();
if (k6Path && !chromium) console.warn('html report test skipped: no Chromium (apt-get install chromium, or CHROMIUM_BIN=/path/to/chromium)');

/** The test's output folder: the run's report with its HTML report and the screenshot, kept for a look afterwards. */
const OUT = path.join(ROOT, 'reports', 'it-html-report');

/** A `<table>` of the rendered page found by its caption: header cells and body rows, as text. */
function captionedTable(dom: string, caption: string): { header: string[]; rows: string[][] } {
  const table = [...dom.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1]).find((body) => text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '') === caption);
  if (!table) throw new Error(`the page shows no table captioned "${caption}"`);
  const cells = (row: string, tag: 'th' | 'td') => [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => text(m[1]));
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
  return { header: cells(rows[0], 'th'), rows: rows.slice(1).map((row) => cells(row, 'td')) };
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim();
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, 'µs': 1e-3, ms: 1, s: 1000 };

/** A duration as the report prints it (`344µs`, `3ms`, `1.2s`) in milliseconds, with the size of its last printed digit. */
function displayedMs(value: string): { ms: number; precisionMs: number } {
  const match = /^(\d+)(?:\.(\d+))?(ns|µs|ms|s)$/.exec(value);
  if (!match) throw new Error(`"${value}" is not a duration`);
  const unit = UNIT_MS[match[3]];
  return { ms: Number(`${match[1]}.${match[2] ?? 0}`) * unit, precisionMs: unit / 10 ** (match[2]?.length ?? 0) };
}

describe.skipIf(!k6Path || !chromium)('k6 HTML report of a smoke run, rendered in headless Chromium (needs k6 and chromium)', () => {
  it("shows this run's request count and latency, as k6 counted them", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, REPORT_DIR: OUT, SLO_MODE: 'report' };
    for (const name of Object.keys(env)) if (name === 'BASE_URL' || name.startsWith('K6_WEB_DASHBOARD')) delete env[name];

    const run = await runTool('tools/run.ts', ['smoke'], env);
    expect(run.code, run.stderr).toBe(0);
    const html = path.join(OUT, 'report.html');
    expect(existsSync(html), `k6 exported no report: ${readFileSync(path.join(OUT, 'k6.log'), 'utf8')}`).toBe(true);
    const summary = JSON.parse(readFileSync(path.join(OUT, 'summary.json'), 'utf8')) as SummaryV1;
    expect(summary.htmlReport).toBe(html);
    expect(readFileSync(path.join(OUT, 'report.md'), 'utf8')).toContain(`HTML report (web dashboard: request rate, latency, errors and VUs over time): \`${html}\``);
    expect(run.stdout).toContain(`    ${html}\n`);

    const dom = await renderedDom(chromium!, html);
    expect(dom).toContain('Report:');
    const counters = captionedTable(dom, 'Counters');
    expect(counters.header.slice(0, 2)).toEqual(['metric', 'count']);
    const requests = counters.rows.find((row) => row[0] === 'http_reqs');
    expect(requests?.[1]).toBe(String(summary.totals.requests));
    expect(summary.totals.requests).toBeGreaterThan(0);

    const trends = captionedTable(dom, 'Trends');
    const duration = trends.rows.find((row) => row[0] === 'http_req_duration');
    expect(duration, 'no http_req_duration row').toBeDefined();
    const p95 = displayedMs(duration![trends.header.indexOf('p95')]);
    // The page prints whole units (3ms, 344µs); k6's own p(95) of every request must round to it.
    expect(Math.abs(p95.ms - summary.slis.all.p95Ms!)).toBeLessThanOrEqual(p95.precisionMs);

    const png = path.join(OUT, 'report.png');
    await screenshot(chromium!, html, png);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});
