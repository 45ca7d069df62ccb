import type { Env } from './settings/forms.ts';

/** The file name of k6's HTML report in a run's report folder, next to report.md. */
export const HTML_REPORT_FILE = 'report.html';

/** What k6 reads as true for `K6_WEB_DASHBOARD` (Go's strconv.ParseBool), lower-cased. */
const K6_TRUE = ['1', 't', 'true'];

/**
 * Where k6's web dashboard exports this run's HTML report, as k6 was told it
 * (`K6_WEB_DASHBOARD=true` with `K6_WEB_DASHBOARD_EXPORT`, or its older name
 * `K6_WEB_DASHBOARD_REPORT`), or null when the run exports none. A dashboard asked for with
 * `--out web-dashboard=export=…` is not visible to the script, so it is not linked.
 */
export function htmlReportPath(env: Env): string | null {
  const on = K6_TRUE.includes(env.K6_WEB_DASHBOARD?.trim().toLowerCase() ?? '');
  const file = (env.K6_WEB_DASHBOARD_EXPORT?.trim() || env.K6_WEB_DASHBOARD_REPORT?.trim()) ?? '';
  return on && file !== '' ? file : null;
}
