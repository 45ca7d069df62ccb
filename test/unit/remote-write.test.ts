import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/settings/error.ts';
import { DEFAULT_RECEIVER_URL, LEAN_TREND_STATS, OUTPUT, receiverFromEnv, remoteWriteFromEnv } from '../../tools/remote-write.ts';

const testid = 'smoke-20250101-abc';
const MIMIR = 'http://mimir:9009/api/v1/push';

describe('remoteWriteFromEnv', () => {
  it('is off unless the receiver URL is set or k6 is already asked for the output', () => {
    expect(remoteWriteFromEnv({}, { testid })).toBeUndefined();
    expect(remoteWriteFromEnv({ K6_PROMETHEUS_RW_SERVER_URL: '  ' }, { testid, k6Flags: ['-o', 'json=x.json'] })).toBeUndefined();
    for (const k6Flags of [['-o', OUTPUT], [`-o${OUTPUT}`], ['--out', OUTPUT], [`--out=${OUTPUT}`], ['-o=' + OUTPUT]]) {
      const remoteWrite = remoteWriteFromEnv({}, { testid, k6Flags });
      expect(remoteWrite?.k6Env.K6_PROMETHEUS_RW_SERVER_URL).toBe(DEFAULT_RECEIVER_URL);
      // The user's own --out stays the only one: a second would write every sample twice.
      expect(remoteWrite?.k6Args).toEqual(['--tag', `testid=${testid}`]);
    }
    expect(remoteWriteFromEnv({ K6_OUT: `json=a.json,${OUTPUT}` }, { testid })?.k6Args).toEqual(['--tag', `testid=${testid}`]);
  });

  it('adds the output and the testid tag, and defaults to native histograms with stale markers', () => {
    const remoteWrite = remoteWriteFromEnv({ K6_PROMETHEUS_RW_SERVER_URL: MIMIR }, { testid });
    expect(remoteWrite).toEqual({
      mode: 'native-histograms',
      k6Args: ['--out', 'experimental-prometheus-rw', '--tag', `testid=${testid}`],
      k6Env: {
        K6_PROMETHEUS_RW_SERVER_URL: MIMIR,
        K6_PROMETHEUS_RW_STALE_MARKERS: 'true',
        K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'true',
      },
      receiver: { url: MIMIR, headers: {} },
    });
  });

  it('repeats the run\'s TAGS as --tag flags, since k6 lets CLI tags replace the script\'s', () => {
    const remoteWrite = remoteWriteFromEnv({ K6_PROMETHEUS_RW_SERVER_URL: MIMIR }, { testid, tags: { team: 'beasts', env: 'ci' } });
    expect(remoteWrite?.k6Args).toEqual(['--out', OUTPUT, '--tag', `testid=${testid}`, '--tag', 'team=beasts', '--tag', 'env=ci']);
  });

  it('switches to lean trend stats when native histograms are turned off', () => {
    const remoteWrite = remoteWriteFromEnv(
      { K6_PROMETHEUS_RW_SERVER_URL: MIMIR, K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'false' },
      { testid },
    );
    expect(remoteWrite?.mode).toBe('trend-stats');
    expect(remoteWrite?.k6Env).toMatchObject({
      K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'false',
      K6_PROMETHEUS_RW_TREND_STATS: LEAN_TREND_STATS,
    });
    expect(LEAN_TREND_STATS).toBe('p(95),p(99)');
  });

  it('treats explicit trend stats as asking for trend-stats mode and keeps them', () => {
    const remoteWrite = remoteWriteFromEnv(
      { K6_PROMETHEUS_RW_SERVER_URL: MIMIR, K6_PROMETHEUS_RW_TREND_STATS: 'p(90),avg,max' },
      { testid },
    );
    expect(remoteWrite?.mode).toBe('trend-stats');
    expect(remoteWrite?.k6Env.K6_PROMETHEUS_RW_TREND_STATS).toBe('p(90),avg,max');
  });

  it('honours the native-histograms feature flag and the user\'s stale-marker choice', () => {
    const remoteWrite = remoteWriteFromEnv(
      {
        K6_PROMETHEUS_RW_SERVER_URL: MIMIR,
        K6_FEATURES: 'something, native-histograms',
        K6_PROMETHEUS_RW_TREND_STATS: 'p(90)',
        K6_PROMETHEUS_RW_STALE_MARKERS: 'false',
      },
      { testid },
    );
    expect(remoteWrite?.mode).toBe('native-histograms');
    expect(remoteWrite?.k6Env.K6_PROMETHEUS_RW_STALE_MARKERS).toBe('false');
    expect(remoteWrite?.k6Env).not.toHaveProperty('K6_PROMETHEUS_RW_TREND_STATS');
  });

  it('refuses bad input with one line naming the variable and the accepted form', () => {
    const attempt = (env: Record<string, string>) => () => remoteWriteFromEnv(env, { testid });
    expect(attempt({ K6_PROMETHEUS_RW_SERVER_URL: 'mimir:9009' })).toThrow(
      new ConfigError('K6_PROMETHEUS_RW_SERVER_URL', 'mimir:9009', 'an http(s) URL without query or fragment, such as http://localhost:4000'),
    );
    expect(attempt({ K6_PROMETHEUS_RW_SERVER_URL: MIMIR, K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'maybe' })).toThrow(
      /^K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM=maybe is not valid: expected true or false$/,
    );
    expect(
      attempt({
        K6_PROMETHEUS_RW_SERVER_URL: MIMIR,
        K6_FEATURES: 'native-histograms',
        K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'false',
      }),
    ).toThrow(/native-histograms from K6_FEATURES/);
  });

  it('never puts a credential into the k6 arguments or the printable receiver URL', () => {
    const remoteWrite = remoteWriteFromEnv(
      { K6_PROMETHEUS_RW_SERVER_URL: 'https://1234:glc_secret@prom.example.net/api/prom/push' },
      { testid },
    );
    expect(remoteWrite?.k6Args.join(' ')).not.toContain('glc_secret');
    expect(remoteWrite?.receiver).toEqual({
      url: 'https://prom.example.net/api/prom/push',
      headers: { Authorization: `Basic ${Buffer.from('1234:glc_secret').toString('base64')}` },
    });
    // k6 prints the URL in its banner: the credentials reach it through its own variables instead.
    expect(remoteWrite?.k6Env).toMatchObject({
      K6_PROMETHEUS_RW_SERVER_URL: 'https://prom.example.net/api/prom/push',
      K6_PROMETHEUS_RW_USERNAME: '1234',
      K6_PROMETHEUS_RW_PASSWORD: 'glc_secret',
    });
  });

  it('refuses credentials both in the URL and in the variables, without printing either', () => {
    const attempt = () =>
      remoteWriteFromEnv({ K6_PROMETHEUS_RW_SERVER_URL: 'https://bob:secret@mimir/push', K6_PROMETHEUS_RW_BEARER_TOKEN: 'tok' }, { testid });
    expect(attempt).toThrow(/^K6_PROMETHEUS_RW_SERVER_URL=https:\/\/\*\*\*@mimir\/push is not valid: expected credentials either in the URL or in/);
  });

  it('refuses the output settings k6 would refuse once started, and normalizes what it would misread', () => {
    const attempt = (extra: Record<string, string>) => () => remoteWriteFromEnv({ K6_PROMETHEUS_RW_SERVER_URL: MIMIR, ...extra }, { testid });
    expect(attempt({ K6_PROMETHEUS_RW_PUSH_INTERVAL: 'abc' })).toThrow(/^K6_PROMETHEUS_RW_PUSH_INTERVAL=abc is not valid: expected a positive duration/);
    expect(attempt({ K6_PROMETHEUS_RW_PUSH_INTERVAL: '0s' })).toThrow(/PUSH_INTERVAL=0s is not valid/);
    expect(attempt({ K6_PROMETHEUS_RW_TREND_STATS: 'p(200)' })).toThrow(/^K6_PROMETHEUS_RW_TREND_STATS=p\(200\) is not valid: expected a comma-separated list/);
    expect(attempt({ K6_PROMETHEUS_RW_TREND_STATS: 'p(95),' })).toThrow(/TREND_STATS=p\(95\), is not valid/);
    expect(attempt({ K6_PROMETHEUS_RW_STALE_MARKERS: 'maybe' })).toThrow(/STALE_MARKERS=maybe is not valid: expected true or false/);
    const normalized = remoteWriteFromEnv(
      {
        K6_PROMETHEUS_RW_SERVER_URL: MIMIR,
        K6_PROMETHEUS_RW_TREND_STATS: 'p(95), p(99.9) ,avg',
        K6_PROMETHEUS_RW_STALE_MARKERS: 'yes',
        K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY: '1',
        K6_PROMETHEUS_RW_PUSH_INTERVAL: '1m30s',
      },
      { testid },
    )?.k6Env;
    expect(normalized).toMatchObject({
      K6_PROMETHEUS_RW_TREND_STATS: 'p(95),p(99.9),avg',
      K6_PROMETHEUS_RW_STALE_MARKERS: 'true',
      K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY: 'true',
      K6_PROMETHEUS_RW_PUSH_INTERVAL: '1m30s',
    });
  });
});

describe('receiverFromEnv (the SLO push target)', () => {
  it('builds the same headers k6 sends: extra headers, bearer token over basic auth', () => {
    const receiver = receiverFromEnv({
      K6_PROMETHEUS_RW_SERVER_URL: MIMIR,
      'K6_PROMETHEUS_RW_HEADERS_X-Scope-OrgID': 'team-a',
      K6_PROMETHEUS_RW_HTTP_HEADERS: 'X-Env: ci,X-Run:42',
      K6_PROMETHEUS_RW_USERNAME: 'user',
      K6_PROMETHEUS_RW_PASSWORD: 'pass',
    });
    expect(receiver).toEqual({
      url: MIMIR,
      headers: {
        'X-Scope-OrgID': 'team-a',
        'X-Env': 'ci',
        'X-Run': '42',
        Authorization: `Basic ${Buffer.from('user:pass').toString('base64')}`,
      },
    });
    expect(receiverFromEnv({ K6_PROMETHEUS_RW_BEARER_TOKEN: 'tok', K6_PROMETHEUS_RW_USERNAME: 'u' })).toEqual({
      url: DEFAULT_RECEIVER_URL,
      headers: { Authorization: 'Bearer tok' },
    });
  });

  it('refuses a malformed header list without echoing it', () => {
    expect(() => receiverFromEnv({ K6_PROMETHEUS_RW_HTTP_HEADERS: 'Authorization=Bearer hunter2' })).toThrow(ConfigError);
    try {
      receiverFromEnv({ K6_PROMETHEUS_RW_HTTP_HEADERS: 'Authorization=Bearer hunter2' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message).toContain('K6_PROMETHEUS_RW_HTTP_HEADERS=');
    }
  });
});
