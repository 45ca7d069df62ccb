import { ConfigError } from '../lib/config/error.ts';
import { boolean, optionalSetting, url, type Env } from '../lib/config/validators.ts';

/** How k6 maps its Trend metrics (`http_req_duration`, …) to Prometheus series. */
export type TrendMode = 'native-histograms' | 'trend-stats';

/** Where the SLO series go, with the same credentials k6 uses; never print `headers`. */
export interface ReceiverTarget {
  /** The remote-write endpoint without any `user:password@`: safe to print. */
  url: string;
  /** Authorization and the extra `K6_PROMETHEUS_RW_HEADERS_*` / `_HTTP_HEADERS` headers. */
  headers: Record<string, string>;
}

/** What `tools/run.ts` adds to `k6 run` when remote-write is on. */
export interface RemoteWrite {
  mode: TrendMode;
  /** `--out experimental-prometheus-rw --tag testid=<id>` and a `--tag` per TAGS entry; never a credential. */
  k6Args: string[];
  /** Defaults merged over the inherited environment; credentials stay in that environment. */
  k6Env: Record<string, string>;
  receiver: ReceiverTarget;
}

/** The stack's Mimir as published on the host by intro-to-mltp's compose file. */
export const DEFAULT_RECEIVER_URL = 'http://localhost:9009/api/v1/push';

/**
 * Trend stats in trend-stats mode: the two percentiles the SLOs judge, nothing else. Each stat
 * is one more series per trend metric and tag set, so the default stays lean; set
 * `K6_PROMETHEUS_RW_TREND_STATS` for more (e.g. `p(90),avg,max`).
 */
export const LEAN_TREND_STATS = 'p(95),p(99)';

const RECEIVER_URL = 'K6_PROMETHEUS_RW_SERVER_URL';
const NATIVE_FLAG = 'K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM';
const HEADER_PREFIX = 'K6_PROMETHEUS_RW_HEADERS_';
const HEADER_LIST = 'K6_PROMETHEUS_RW_HTTP_HEADERS';

/** k6's name for the Prometheus remote-write output. */
export const OUTPUT = 'experimental-prometheus-rw';

/**
 * Decides whether the run writes to Prometheus/Mimir and how: on when
 * `K6_PROMETHEUS_RW_SERVER_URL` is set, or when the user already asks k6 for the output
 * (`-o experimental-prometheus-rw` among `k6Flags`, or in `K6_OUT`), then towards
 * {@link DEFAULT_RECEIVER_URL}. Returns `undefined` when off. Throws a one-line
 * {@link ConfigError} for a bad URL, flag or header list, before anything is sent.
 */
export function remoteWriteFromEnv(
  env: Env,
  options: { testid: string; tags?: Readonly<Record<string, string>>; k6Flags?: readonly string[] },
): RemoteWrite | undefined {
  const configured = optionalSetting(env, RECEIVER_URL, url);
  const alreadyAsked = asksForOutput(options.k6Flags ?? [], env);
  if (configured === undefined && !alreadyAsked) return undefined;
  const receiverUrl = configured ?? DEFAULT_RECEIVER_URL;
  const mode = trendMode(env);

  const k6Env: Record<string, string> = {
    [RECEIVER_URL]: receiverUrl,
    // Without stale markers a finished run's series stay "live" for 5 minutes in every panel.
    K6_PROMETHEUS_RW_STALE_MARKERS: env.K6_PROMETHEUS_RW_STALE_MARKERS?.trim() || 'true',
  };
  if (mode === 'native-histograms') {
    k6Env[NATIVE_FLAG] = 'true';
  } else {
    k6Env[NATIVE_FLAG] = 'false';
    k6Env.K6_PROMETHEUS_RW_TREND_STATS = env.K6_PROMETHEUS_RW_TREND_STATS?.trim() || LEAN_TREND_STATS;
  }

  return {
    mode,
    // A second `--out` of the same output would make k6 write every sample twice. CLI tags
    // replace the script's `options.tags` whole (k6's Options.Apply), so the run's TAGS go too.
    k6Args: [...(alreadyAsked ? [] : ['--out', OUTPUT]), ...tagFlags({ testid: options.testid, ...options.tags })],
    k6Env,
    receiver: receiverTarget(receiverUrl, env),
  };
}

/** `--tag k=v` for every tag, testid first. */
function tagFlags(tags: Record<string, string>): string[] {
  return Object.entries(tags).flatMap(([key, value]) => ['--tag', `${key}=${value}`]);
}

/** True when the k6 flags (`-o x`, `-ox`, `--out x`, `--out=x`) or `K6_OUT` already name the output. */
function asksForOutput(k6Flags: readonly string[], env: Env): boolean {
  const outputs = (env.K6_OUT ?? '').split(',').map((output) => output.trim());
  k6Flags.forEach((flag, i) => {
    if (flag === '-o' || flag === '--out') outputs.push(k6Flags[i + 1] ?? '');
    else if (flag.startsWith('--out=')) outputs.push(flag.slice('--out='.length));
    else if (flag.startsWith('-o')) outputs.push(flag.slice(2).replace(/^=/, ''));
  });
  return outputs.some((output) => output === OUTPUT || output.startsWith(`${OUTPUT}=`));
}

/** The receiver the variables name, {@link DEFAULT_RECEIVER_URL} when none; for pushes outside a run. */
export function receiverFromEnv(env: Env): ReceiverTarget {
  return receiverTarget(optionalSetting(env, RECEIVER_URL, url) ?? DEFAULT_RECEIVER_URL, env);
}

/**
 * The endpoint and headers k6's output uses, built from the same variables, so the SLO push
 * reaches a receiver that needs auth or a tenant header (`X-Scope-OrgID`) exactly as k6 does.
 * Credentials in the URL become a Basic header (fetch refuses URLs that carry them).
 */
function receiverTarget(receiverUrl: string, env: Env): ReceiverTarget {
  const headers = receiverHeaders(env);
  const userinfo = /^https?:\/\/([^/@]*)@/.exec(receiverUrl)?.[1];
  if (userinfo && !headers.Authorization) {
    headers.Authorization = `Basic ${Buffer.from(decodeURIComponent(userinfo)).toString('base64')}`;
  }
  return { url: receiverUrl.replace(/^(https?:\/\/)[^/@]*@/, '$1'), headers };
}

/**
 * Native histograms unless the user asks for trend stats: by
 * `K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM=false`, or by setting `K6_PROMETHEUS_RW_TREND_STATS`
 * alone (k6 ignores trend stats in native mode, so asking for them means that mode).
 */
function trendMode(env: Env): TrendMode {
  const native = optionalSetting(env, NATIVE_FLAG, boolean);
  const features = (env.K6_FEATURES ?? '').split(',').map((feature) => feature.trim());
  const featureOn = features.includes('native-histograms');
  if (native === false && featureOn) {
    // k6 lets the feature flag win; refusing the contradiction beats a silent surprise.
    throw new ConfigError(NATIVE_FLAG, env[NATIVE_FLAG] ?? '', 'true (or drop native-histograms from K6_FEATURES)');
  }
  if (native !== undefined) return native ? 'native-histograms' : 'trend-stats';
  if (featureOn) return 'native-histograms';
  return env.K6_PROMETHEUS_RW_TREND_STATS?.trim() ? 'trend-stats' : 'native-histograms';
}

/** The headers k6's output sends: extra headers, then a bearer token or Basic credentials. */
function receiverHeaders(env: Env): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [variable, value] of Object.entries(env)) {
    if (variable.startsWith(HEADER_PREFIX) && value !== undefined) headers[variable.slice(HEADER_PREFIX.length)] = value;
  }
  const list = env[HEADER_LIST]?.trim();
  if (list) {
    for (const pair of list.split(',')) {
      const parts = pair.split(':');
      if (parts.length !== 2 || parts[0].trim() === '') {
        throw new ConfigError(HEADER_LIST, '<not shown: may hold a credential>', 'name:value pairs separated by commas');
      }
      headers[parts[0].trim()] = parts[1].trim();
    }
  }
  const { K6_PROMETHEUS_RW_USERNAME: username, K6_PROMETHEUS_RW_PASSWORD: password } = env;
  const bearer = env.K6_PROMETHEUS_RW_BEARER_TOKEN;
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  else if (username) headers.Authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;
  return headers;
}
