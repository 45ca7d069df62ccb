/**
 * `npm run dashboards` writes the Grafana dashboards of `dashboards/` from their TypeScript
 * definitions; `--check` only compares and exits 1 naming the files that differ (CI, tests).
 * The output is deterministic: the same definitions give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDashboard } from './dashboards/results.ts';
import { sloDashboard } from './dashboards/slos.ts';

/** Where the JSON lives, also mounted into Grafana by docker-compose.k6.yml. */
export const DASHBOARDS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dashboards');

/** File name → the JSON text it must hold. */
export function renderDashboards(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'mythical-k6-results.json': json(resultsDashboard()),
    'mythical-k6-slos.json': json(sloDashboard()),
  };
}

/** The files under `dir` whose content differs from {@link renderDashboards}. */
export function staleDashboards(dir = DASHBOARDS_DIR): string[] {
  return Object.entries(renderDashboards())
    .filter(([file, text]) => {
      try {
        return readFileSync(path.join(dir, file), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleDashboards();
    if (stale.length > 0) console.error(`dashboards: out of date, run npm run dashboards: ${stale.join(', ')}`);
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const [file, text] of Object.entries(renderDashboards())) writeFileSync(path.join(DASHBOARDS_DIR, file), text);
  }
}
