import { describe, expect, it } from 'vitest';
import { renderDashboards, staleDashboards } from '../../tools/dashboards.ts';
import { loadDashboard, panelQueries, variableSelectors } from '../support/dashboard-expressions.ts';

const FILES = Object.keys(renderDashboards());

describe('shipped dashboards', () => {
  it('are exactly what tools/dashboards.ts generates (run npm run dashboards after a change)', () => {
    expect(FILES).toEqual(['mythical-k6-results.json', 'mythical-k6-slos.json']);
    expect(staleDashboards()).toEqual([]);
    expect(renderDashboards()).toEqual(renderDashboards());
  });

  describe.each(FILES)('%s', (file) => {
    const dashboard = loadDashboard(file) as unknown as Record<string, any>;

    it('has a stable uid and unique panel ids', () => {
      expect(dashboard.uid).toBe(file.replace(/\.json$/, ''));
      const ids = dashboard.panels.map((panel: { id: number }) => panel.id);
      expect(ids.every((id: unknown) => Number.isInteger(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('queries only the declared datasource variable, whose default is the stack\'s Mimir', () => {
      const declared = dashboard.templating.list.filter((variable: { type: string }) => variable.type === 'datasource');
      expect(declared).toHaveLength(1);
      expect(declared[0]).toMatchObject({ name: 'datasource', query: 'prometheus', current: { value: 'mimir' } });
      const references: unknown[] = [];
      for (const panel of dashboard.panels) {
        if (panel.type === 'row') continue;
        references.push(panel.datasource, ...(panel.targets ?? []).map((target: { datasource: unknown }) => target.datasource));
      }
      for (const variable of dashboard.templating.list) if (variable.type === 'query') references.push(variable.datasource);
      expect(references.length).toBeGreaterThan(5);
      for (const reference of references) expect(reference).toEqual({ type: 'prometheus', uid: '${datasource}' });
    });

    it('scopes every query to the selected runs and lays panels inside the 24-column grid', () => {
      for (const { where, expr } of panelQueries(dashboard as never)) {
        expect(expr, where).toContain('testid=~"$testid"');
      }
      for (const { where, expr } of variableSelectors(dashboard as never)) expect(expr, where).toMatch(/^[a-z_0-9]+(\{.*\})?$/);
      for (const panel of dashboard.panels) {
        expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
      }
    });
  });

  it('links each run of the SLO dashboard to its results, traces and logs for the run window', () => {
    const slos = loadDashboard('mythical-k6-slos.json') as unknown as Record<string, any>;
    const runs = slos.panels.find((panel: { type: string; title: string }) => panel.type === 'table' && panel.title === 'Runs');
    const testidColumn = runs.fieldConfig.overrides.find((o: { matcher: { options: string } }) => o.matcher.options === 'testid');
    const links: { title: string; url: string }[] = testidColumn.properties[0].value;
    expect(links.map((link) => link.title)).toEqual([
      'k6 results of this run',
      'Error traces of this run in Tempo',
      'Server error logs in Loki (run window)',
      'k6 logs of this run in Loki',
    ]);
    expect(links[0].url).toBe(
      '/d/mythical-k6-results/mythical-k6-results?var-testid=${__data.fields.testid}&from=${__data.fields.window_start}&to=${__data.fields.window_end}',
    );
    const panes = (url: string) => {
      const raw = new URL(url, 'http://grafana').searchParams.get('panes') ?? '';
      return JSON.parse(raw) as { a: { datasource: string; queries: Record<string, string>[]; range: Record<string, string> } };
    };
    const tempo = panes(links[1].url);
    expect(tempo.a.datasource).toBe('tempo');
    expect(tempo.a.queries[0].query).toBe(
      '{ resource.service.name = "mythical-server" && kind = server && span.http.user_agent =~ ".*[(]testid=${__data.fields.testid}; journey=.*" && status = error }',
    );
    expect(tempo.a.range).toEqual({ from: '${__data.fields.window_start}', to: '${__data.fields.window_end}' });
    expect(panes(links[2].url).a.queries[0].expr).toBe('{service_name="mythical-server", level="error"}');
    expect(panes(links[3].url).a.queries[0].expr).toBe('{testid="${__data.fields.testid}"}');
  });
});
