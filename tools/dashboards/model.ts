/**
 * Small builders for Grafana dashboard JSON (schema 39, Grafana 10.3 as in intro-to-mltp).
 * Every panel and variable queries the one templated metrics datasource, `${datasource}`,
 * whose default is the stack's Mimir (uid `mimir`).
 */

/** The datasource reference every panel, target and query variable uses. */
export const DATASOURCE = { type: 'prometheus', uid: '${datasource}' } as const;
/** The stack's Mimir datasource uid, the default of the `datasource` variable. */
export const MIMIR_UID = 'mimir';

/** One PromQL query of a panel. */
export interface Target {
  expr: string;
  legendFormat?: string;
  /** Instant query at the end of the dashboard range (stats and tables). */
  instant?: boolean;
  format?: 'table' | 'time_series';
}

/** A panel before layout: `id` and `gridPos` are assigned by {@link dashboard}. */
export type PanelSpec = Record<string, unknown> & { type: string; title: string; w: number; h: number };

/** A single-value panel over one instant query (a PromQL string, or a target with a legend). */
export function stat(title: string, description: string, query: string | Target, unit: string, extra: Record<string, unknown> = {}): PanelSpec {
  const target = typeof query === 'string' ? { expr: query } : query;
  return {
    type: 'stat',
    title,
    description,
    w: 4,
    h: 4,
    targets: targets([{ ...target, instant: true }]),
    fieldConfig: { defaults: { unit, ...extra }, overrides: [] },
    options: { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false }, colorMode: 'value', graphMode: 'none', textMode: 'auto' },
  };
}

/** A graph of range queries over `$__rate_interval`-style windows. */
export function timeseries(title: string, description: string, queries: Target[], unit: string, w = 12): PanelSpec {
  return {
    type: 'timeseries',
    title,
    description,
    w,
    h: 8,
    targets: targets(queries),
    fieldConfig: { defaults: { unit, custom: { lineWidth: 1, fillOpacity: 10, showPoints: 'never', spanNulls: false } }, overrides: [] },
    options: { legend: { displayMode: 'table', placement: 'bottom', calcs: ['mean', 'max', 'lastNotNull'] }, tooltip: { mode: 'multi', sort: 'desc' } },
  };
}

/** A table of instant queries merged on their shared labels, `Value #<refId>` renamed by `columns`. */
export function table(
  title: string,
  description: string,
  queries: Target[],
  columns: Record<string, string>,
  fieldConfig: Record<string, unknown>,
  w = 24,
  h = 8,
): PanelSpec {
  return {
    type: 'table',
    title,
    description,
    w,
    h,
    targets: targets(queries.map((query) => ({ ...query, instant: true, format: 'table' }))),
    transformations: [
      { id: 'merge', options: {} },
      { id: 'organize', options: { excludeByName: { Time: true }, renameByName: columns, indexByName: {} } },
    ],
    fieldConfig,
    options: { showHeader: true, cellHeight: 'sm', footer: { show: false, reducer: ['sum'], fields: '' } },
  };
}

/** A full-width section header. */
export function row(title: string): PanelSpec {
  return { type: 'row', title, w: 24, h: 1, collapsed: false, panels: [] };
}

function targets(queries: Target[]): Record<string, unknown>[] {
  return queries.map((query, i) => ({
    refId: String.fromCharCode(65 + i),
    datasource: DATASOURCE,
    expr: query.expr,
    legendFormat: query.legendFormat ?? '__auto',
    instant: query.instant ?? false,
    range: !(query.instant ?? false),
    format: query.format ?? 'time_series',
    editorMode: 'code',
  }));
}

/** The datasource variable (default Mimir) and query variables over it. */
export function datasourceVariable(): Record<string, unknown> {
  return {
    type: 'datasource',
    name: 'datasource',
    label: 'Metrics',
    query: 'prometheus',
    current: { selected: true, text: 'Mimir', value: MIMIR_UID },
    hide: 0,
    regex: '',
    refresh: 1,
    options: [],
  };
}

/** A `label_values(<selector>, <label>)` variable, refreshed when the time range changes. */
export function labelVariable(
  name: string,
  label: string,
  selector: string,
  options: { multi: boolean; allValue?: string; sort?: number },
): Record<string, unknown> {
  const query = `label_values(${selector}, ${name})`;
  return {
    type: 'query',
    name,
    label,
    datasource: DATASOURCE,
    definition: query,
    query: { query, refId: 'PrometheusVariableQueryEditor-VariableQuery' },
    refresh: 2,
    multi: options.multi,
    includeAll: options.allValue !== undefined,
    ...(options.allValue !== undefined ? { allValue: options.allValue, current: { selected: true, text: ['All'], value: ['$__all'] } } : { current: {} }),
    sort: options.sort ?? 0,
    hide: 0,
    regex: '',
    options: [],
  };
}

/** Lays panels out left to right, top to bottom, with ids 1, 2, … in order. */
export function dashboard(spec: {
  uid: string;
  title: string;
  description: string;
  variables: Record<string, unknown>[];
  panels: PanelSpec[];
  links: Record<string, unknown>[];
}): Record<string, unknown> {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  const panels = spec.panels.map((panel, i) => {
    const { w, h, ...rest } = panel;
    if (x + w > 24 || panel.type === 'row') {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    const placed = { id: i + 1, ...rest, ...(panel.type === 'row' ? {} : { datasource: DATASOURCE }), gridPos: { h, w, x, y } };
    x += w;
    rowHeight = Math.max(rowHeight, h);
    return placed;
  });
  return {
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: ['k6', 'mythical-k6'],
    editable: true,
    graphTooltip: 1,
    schemaVersion: 39,
    version: 1,
    refresh: '10s',
    time: { from: 'now-1h', to: 'now' },
    timepicker: {},
    timezone: '',
    fiscalYearStartMonth: 0,
    liveNow: false,
    annotations: { list: [] },
    links: spec.links,
    templating: { list: spec.variables },
    panels,
  };
}
