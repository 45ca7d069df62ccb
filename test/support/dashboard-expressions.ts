import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DASHBOARDS_DIR } from '../../tools/dashboards.ts';

/** One PromQL expression of a shipped dashboard, named for test output. */
export interface DashboardQuery {
  where: string;
  expr: string;
}

interface Dashboard {
  panels: { title: string; targets?: { refId: string; expr: string }[] }[];
  templating: { list: { name: string; type: string; definition?: string }[] };
}

/** The shipped dashboard JSON as Grafana reads it from disk. */
export function loadDashboard(file: string): Dashboard {
  return JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, file), 'utf8')) as Dashboard;
}

/** Every panel target's PromQL. */
export function panelQueries(dashboard: Dashboard): DashboardQuery[] {
  return dashboard.panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => ({ where: `${panel.title} / ${target.refId}`, expr: target.expr })),
  );
}

/** The series selector inside each `label_values(<selector>, <label>)` variable, with its label. */
export function variableSelectors(dashboard: Dashboard): (DashboardQuery & { label: string })[] {
  return dashboard.templating.list
    .filter((variable) => variable.type === 'query')
    .map((variable) => {
      const match = /^label_values\((.+), (\w+)\)$/.exec(variable.definition ?? '');
      if (!match) throw new Error(`variable ${variable.name}: not a label_values(<selector>, <label>) query`);
      return { where: `variable ${variable.name}`, expr: match[1], label: match[2] };
    });
}

/**
 * Fills in the Grafana variables as Grafana would for one run: `$testid` the run, the other
 * multi-value variables "All" (`.+`), `$__range` and `$__rate_interval` the given windows.
 */
export function forRun(expr: string, testid: string, windows = { range: '1h', rateInterval: '1m' }): string {
  return expr
    .replaceAll('$testid', testid)
    .replaceAll('$beast', '.+')
    .replaceAll('$scenario', '.+')
    .replaceAll('$__rate_interval', windows.rateInterval)
    .replaceAll('$__range', windows.range);
}
