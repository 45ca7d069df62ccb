/**
 * The variables only the Node tools read (the run tool, remote-write, the web dashboard, the
 * k6 binary), each declared once with its accepted form, default and meaning, like the k6
 * scripts' own (lib/settings/declarations.ts). docs/settings.md is generated from both
 * (`npm run docs:settings`).
 */
import { declare } from '../lib/settings/declarations.ts';
import { boolean, durationMs, optionalSetting, validator, type Env, type Validator } from '../lib/settings/forms.ts';

const PERCENTILE = /^p\((\d+(\.\d+)?)\)$/;

/** What k6's output takes for `K6_PROMETHEUS_RW_TREND_STATS`, without the blanks it would refuse. */
const trendStats: Validator<string> = validator(
  'a comma-separated list of avg, min, med, max, count, sum or p(N) with N from 0 to 100, e.g. p(95),p(99)',
  (raw) => {
    const stats = raw.split(',').map((stat) => stat.trim());
    const known = (stat: string) => ['avg', 'min', 'med', 'max', 'count', 'sum'].includes(stat) || Number(PERCENTILE.exec(stat)?.[1] ?? NaN) <= 100;
    return stats.every(known) ? stats.join(',') : undefined;
  },
);

/** A push interval k6 accepts: a positive Go duration (`5s`, `1m30s`, `500ms`, `1d`) or milliseconds. */
const pushInterval: Validator<string> = validator('a positive duration such as 5s, 500ms or 1m', (raw) => {
  const number = /^\d+(\.\d+)?$/.test(raw) && Number(raw) > 0;
  const goDuration = /^(\d+d)?((\d+(\.\d+)?)(ns|us|µs|ms|s|m|h))*$/.test(raw) && /[1-9]/.test(raw) && raw !== '';
  return number || goDuration ? raw : undefined;
});

/** `true` or `false` only: what the suite and k6 (Go's ParseBool) both read the same. */
const onOff = validator('true or false', (raw) => (['true', 'false'].includes(raw.toLowerCase()) ? raw.toLowerCase() === 'true' : undefined));

/** A period such as `500ms`, `1s`, `10s`. */
const period = validator('a duration such as 500ms, 1s or 10s', (raw) => durationMs(raw));

/** -1 (serve nothing) or a TCP port; 0 picks a free one. */
const port = validator('-1 (no HTTP server) or a port from 0 to 65535', (raw) => {
  const value = /^(-1|\d{1,5})$/.test(raw) ? Number(raw) : NaN;
  return value >= -1 && value <= 65535 ? value : undefined;
});

/** Any text; a credential, never printed. */
const secret = validator('any text (a credential: never printed)', (raw) => raw);

/** `name:value` pairs; the value may be a credential. */
const headerList = validator('name:value pairs separated by commas', (raw) => raw);

/** A path to an executable file. */
const executablePath = validator('the path of a k6 binary', (raw) => raw);

/** Every variable only the Node tools read, grouped as docs/settings.md shows them. */
export const NODE_SETTINGS = {
  K6_BIN: declare(executablePath, { default: 'k6 on PATH, then the project cache', computed: true, meaning: 'The k6 binary the run tool, the gate and the tests use (k6 ≥ 2.2).' }),
  K6_PROMETHEUS_RW_STALE_MARKERS: declare(boolean, { default: 'true', meaning: "Stale markers at the end of the run, so a finished run's series stop at once (k6's own default is false)." }),
  K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: declare(boolean, {
    default: 'true, unless K6_PROMETHEUS_RW_TREND_STATS is set',
    computed: true,
    meaning: 'Trends as native histograms (the receiver must accept them); false: one gauge per trend stat.',
  }),
  K6_PROMETHEUS_RW_TREND_STATS: declare(trendStats, { default: 'p(95),p(99)', meaning: 'The trend stats written in trend-stats mode: each is one more series per metric and tag set.' }),
  K6_PROMETHEUS_RW_PUSH_INTERVAL: declare(pushInterval, { default: "k6's (5s)", computed: true, meaning: 'How often k6 pushes; checked before k6 starts.' }),
  K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY: declare(boolean, { default: 'false', meaning: "Skip the receiver's TLS verification." }),
  K6_PROMETHEUS_RW_USERNAME: declare(secret, { default: 'none', computed: true, meaning: 'Basic auth user of the receiver (the run tool moves a user:password@ out of the URL here).' }),
  K6_PROMETHEUS_RW_PASSWORD: declare(secret, { default: 'none', computed: true, meaning: 'Basic auth password of the receiver.' }),
  K6_PROMETHEUS_RW_BEARER_TOKEN: declare(secret, { default: 'none', computed: true, meaning: 'Bearer token of the receiver (wins over Basic auth).' }),
  K6_PROMETHEUS_RW_HTTP_HEADERS: declare(headerList, { default: 'none', computed: true, meaning: 'Extra headers of every push (e.g. X-Scope-OrgID:tenant); `K6_PROMETHEUS_RW_HEADERS_<Name>` sets one.' }),
  K6_WEB_DASHBOARD: declare(onOff, { default: 'true', meaning: "k6's web dashboard, its HTML report exported next to the SLO report." }),
  K6_WEB_DASHBOARD_PERIOD: declare(period, { default: "from the executor's planned length (about 100 points)", computed: true, meaning: 'The dashboard period.' }),
  K6_WEB_DASHBOARD_PORT: declare(port, { default: '-1', meaning: 'Serve the dashboard live on this port (on 127.0.0.1 unless K6_WEB_DASHBOARD_HOST says otherwise); -1 serves none.' }),
  K6_WEB_DASHBOARD_EXPORT: declare(validator('a file path in an existing folder', (raw) => raw), {
    default: "report.html in the run's report folder",
    computed: true,
    meaning: 'Where the HTML report is written.',
  }),
} as const;

/** The name of a variable only the Node tools read. */
export type NodeSettingName = keyof typeof NODE_SETTINGS;

/** The value a Node-side variable's form gives. */
export type NodeSettingValue<N extends NodeSettingName> = (typeof NODE_SETTINGS)[N] extends { form: Validator<infer T> } ? T : never;

/** The value of a Node-side variable in its declared form, `undefined` when unset; a bad one throws the one-line `ConfigError`. */
export function nodeSetting<N extends NodeSettingName>(env: Env, name: N): NodeSettingValue<N> | undefined {
  return optionalSetting(env, name, NODE_SETTINGS[name].form as Validator<NodeSettingValue<N>>);
}
