import { ConfigError } from '../lib/settings/error.ts';
import { RECEIVER_URL, splitCredentials } from '../lib/settings/url-credentials.ts';
import { optionalSetting, url, type Env } from '../lib/settings/forms.ts';
import { nodeSetting } from './node-settings.ts';

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

const NATIVE_FLAG = 'K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM' as const;
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
  const mode = trendMode(env);
  // k6 would print credentials inside the URL in its start banner: they move to the variables it also reads.
  const { url: receiverUrl, ...credentials } = splitCredentials(configured ?? DEFAULT_RECEIVER_URL);
  const moved = movedCredentials(env, credentials, configured ?? '');

  const k6Env: Record<string, string> = {
    [RECEIVER_URL]: receiverUrl,
    ...moved,
    // Without stale markers a finished run's series stay "live" for 5 minutes in every panel.
    K6_PROMETHEUS_RW_STALE_MARKERS: String(nodeSetting(env, 'K6_PROMETHEUS_RW_STALE_MARKERS') ?? true),
    ...k6OutputSettings(env),
  };
  if (mode === 'native-histograms') {
    k6Env[NATIVE_FLAG] = 'true';
  } else {
    k6Env[NATIVE_FLAG] = 'false';
    k6Env.K6_PROMETHEUS_RW_TREND_STATS = nodeSetting(env, TREND_STATS) ?? LEAN_TREND_STATS;
  }

  return {
    mode,
    // A second `--out` of the same output would make k6 write every sample twice. CLI tags
    // replace the script's `options.tags` whole (k6's Options.Apply), so the run's TAGS go too.
    k6Args: [...(alreadyAsked ? [] : ['--out', OUTPUT]), ...tagFlags({ testid: options.testid, ...options.tags })],
    k6Env,
    receiver: receiverTarget(receiverUrl, { ...env, ...moved }),
  };
}

const TREND_STATS = 'K6_PROMETHEUS_RW_TREND_STATS' as const;

/**
 * The output's other settings k6 would refuse only after it started (exit 255 and a line in
 * its log): checked here, and booleans normalized to the `true`/`false` k6 alone accepts.
 */
function k6OutputSettings(env: Env): Record<string, string> {
  const settings: Record<string, string> = {};
  const interval = nodeSetting(env, 'K6_PROMETHEUS_RW_PUSH_INTERVAL');
  if (interval !== undefined) settings.K6_PROMETHEUS_RW_PUSH_INTERVAL = interval;
  const insecure = nodeSetting(env, 'K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY');
  if (insecure !== undefined) settings.K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY = String(insecure);
  nodeSetting(env, TREND_STATS);
  return settings;
}

/** Credentials taken out of the URL, as k6's variables; refused when those are set too. */
function movedCredentials(env: Env, credentials: { username?: string; password?: string }, rawUrl: string): Record<string, string> {
  if (credentials.username === undefined) return {};
  if (env.K6_PROMETHEUS_RW_USERNAME || env.K6_PROMETHEUS_RW_PASSWORD || env.K6_PROMETHEUS_RW_BEARER_TOKEN) {
    throw new ConfigError(
      RECEIVER_URL,
      rawUrl.replace(/^(https?:\/\/)[^/@?#]*@/, '$1***@'),
      'credentials either in the URL or in K6_PROMETHEUS_RW_USERNAME/_PASSWORD/_BEARER_TOKEN, not both',
    );
  }
  return { K6_PROMETHEUS_RW_USERNAME: credentials.username, K6_PROMETHEUS_RW_PASSWORD: credentials.password ?? '' };
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
  const { url: bare, username, password } = splitCredentials(receiverUrl);
  const moved = username === undefined ? {} : { K6_PROMETHEUS_RW_USERNAME: username, K6_PROMETHEUS_RW_PASSWORD: password ?? '' };
  return { url: bare, headers: receiverHeaders({ ...moved, ...env }) };
}

/**
 * Native histograms unless the user asks for trend stats: by
 * `K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM=false`, or by setting `K6_PROMETHEUS_RW_TREND_STATS`
 * alone (k6 ignores trend stats in native mode, so asking for them means that mode).
 */
function trendMode(env: Env): TrendMode {
  const native = nodeSetting(env, NATIVE_FLAG);
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
