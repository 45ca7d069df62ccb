import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/settings/error.ts';
import { htmlReportPath } from '../../lib/web-dashboard.ts';
import { dashboardPeriodMs, formatPeriod, plannedSeconds, POINTS, webDashboardEnv, webDashboardFromEnv } from '../../tools/web-dashboard.ts';

describe('the dashboard period, from the planned length', () => {
  it('gives a run about 100 points, at least 1 s each while it holds five, between 50 ms and k6\'s 10 s', () => {
    expect(dashboardPeriodMs(undefined)).toBe(50);
    expect(dashboardPeriodMs(0.5)).toBe(100);
    expect(dashboardPeriodMs(3)).toBe(500);
    expect(dashboardPeriodMs(30)).toBe(1000);
    expect(dashboardPeriodMs(210)).toBe(2000);
    expect(dashboardPeriodMs(690)).toBe(5000);
    expect(dashboardPeriodMs(4 * 3600)).toBe(10_000);
    for (const seconds of [0.3, 1, 7, 45, 100, 333, 999, 5000, 100_000]) {
      const points = seconds / (dashboardPeriodMs(seconds) / 1000);
      // Two points make a report; a long run never gets fewer than POINTS until k6's 10 s cap.
      expect(points).toBeGreaterThanOrEqual(5);
      if (seconds <= POINTS * 10) expect(points).toBeGreaterThanOrEqual(Math.min(POINTS, seconds));
    }
  });

  it('reads the plan k6 runs: ramps and holds of load, DURATION of soak; nothing for the iteration-based smoke', () => {
    expect(plannedSeconds('load', { RATE: '20', DURATION: '2m' })).toBe(60 + 120 + 30);
    expect(plannedSeconds('soak', { DURATION: '90s' })).toBe(90);
    expect(plannedSeconds('smoke', {})).toBeUndefined();
  });

  it('prints periods as k6 parses them', () => {
    expect([50, 500, 1000, 10_000].map(formatPeriod)).toEqual(['50ms', '500ms', '1s', '10s']);
  });
});

describe('webDashboardFromEnv', () => {
  it('is on by default: no port, the HTML report in the report folder, the period of the plan', () => {
    const dashboard = webDashboardFromEnv({ DURATION: '5m' }, 'soak');
    expect(dashboard).toEqual({ periodMs: 2000, port: -1, exportPath: undefined });
    expect(webDashboardEnv(dashboard!, '/r/soak-1', {})).toEqual({
      K6_WEB_DASHBOARD: 'true',
      K6_WEB_DASHBOARD_PORT: '-1',
      K6_WEB_DASHBOARD_PERIOD: '2s',
      K6_WEB_DASHBOARD_EXPORT: '/r/soak-1/report.html',
    });
  });

  it('is off with K6_WEB_DASHBOARD=false, and takes the user\'s period, export and port, served on loopback', () => {
    expect(webDashboardFromEnv({ K6_WEB_DASHBOARD: 'false' }, 'smoke')).toBeUndefined();
    const dashboard = webDashboardFromEnv({ K6_WEB_DASHBOARD_PERIOD: '3s', K6_WEB_DASHBOARD_EXPORT: 'mine.html', K6_WEB_DASHBOARD_PORT: '0' }, 'smoke')!;
    expect(webDashboardEnv(dashboard, '/r', {})).toMatchObject({
      K6_WEB_DASHBOARD_PERIOD: '3s',
      K6_WEB_DASHBOARD_EXPORT: 'mine.html',
      K6_WEB_DASHBOARD_PORT: '0',
      K6_WEB_DASHBOARD_HOST: '127.0.0.1',
    });
  });

  it.each([
    [{ K6_WEB_DASHBOARD: 'yes' }, 'K6_WEB_DASHBOARD=yes is not valid: expected true or false'],
    [{ K6_WEB_DASHBOARD_PERIOD: '0s' }, 'K6_WEB_DASHBOARD_PERIOD=0s is not valid: expected a duration such as 500ms, 1s or 10s'],
    [{ K6_WEB_DASHBOARD_PORT: '70000' }, 'K6_WEB_DASHBOARD_PORT=70000 is not valid: expected -1 (no HTTP server) or a port from 0 to 65535'],
    [{ K6_WEB_DASHBOARD_EXPORT: '/no/such/dir/r.html' }, 'K6_WEB_DASHBOARD_EXPORT=/no/such/dir/r.html is not valid: expected a file path in an existing folder (k6 creates none)'],
  ])('%j: one line naming the setting and its form', (env, message) => {
    expect(() => webDashboardFromEnv(env, 'smoke')).toThrow(ConfigError);
    expect(() => webDashboardFromEnv(env, 'smoke')).toThrow(message);
  });
});

describe('htmlReportPath (what handleSummary records in summary.json)', () => {
  it('is the export path when k6 runs the dashboard with one, null otherwise', () => {
    expect(htmlReportPath({ K6_WEB_DASHBOARD: 'true', K6_WEB_DASHBOARD_EXPORT: 'reports/x/report.html' })).toBe('reports/x/report.html');
    expect(htmlReportPath({ K6_WEB_DASHBOARD: 'TRUE', K6_WEB_DASHBOARD_REPORT: 'old.html' })).toBe('old.html');
    expect(htmlReportPath({ K6_WEB_DASHBOARD: 'false', K6_WEB_DASHBOARD_EXPORT: 'r.html' })).toBeNull();
    expect(htmlReportPath({ K6_WEB_DASHBOARD: 'true' })).toBeNull();
    expect(htmlReportPath({ K6_WEB_DASHBOARD_EXPORT: 'r.html' })).toBeNull();
  });
});
