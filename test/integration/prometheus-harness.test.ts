import { existsSync } from 'node:fs';
import { pushTimeseries } from 'prometheus-remote-write';
import { describe, expect, it } from 'vitest';
import { startPrometheus, usePrometheus } from '../support/prometheus.ts';

describe('Prometheus harness (the Mimir stand-in)', () => {
  const harness = usePrometheus();

  it('is ready on a loopback port with the receiver and native histograms switched on', async () => {
    const prometheus = harness();
    expect(prometheus.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(prometheus.remoteWriteUrl).toBe(`${prometheus.url}/api/v1/write`);
    const flags = (await (await fetch(`${prometheus.url}/api/v1/status/flags`)).json()) as {
      data: Record<string, string>;
    };
    expect(flags.data['web.enable-remote-write-receiver']).toBe('true');
    expect(flags.data['enable-feature']).toContain('native-histograms');
    expect(flags.data['storage.tsdb.path']).toContain('mythical-k6-prometheus-');
  });

  it('stores what is remote-written and answers instant queries and series look-ups', async () => {
    const prometheus = harness();
    const now = Date.now();
    const result = await pushTimeseries(
      [{ labels: { __name__: 'harness_probe', testid: 'harness-1' }, samples: [{ value: 42, timestamp: now }] }],
      { url: prometheus.remoteWriteUrl, fetch: fetch as never },
    );
    expect(result.status).toBe(204);
    const vector = await prometheus.query('harness_probe{testid="harness-1"}');
    expect(vector).toHaveLength(1);
    expect(vector[0].metric).toEqual({ __name__: 'harness_probe', testid: 'harness-1' });
    expect(Number(vector[0].value[1])).toBe(42);
    expect(await prometheus.query('harness_probe', new Date(now - 600_000))).toEqual([]);
    expect(await prometheus.series('{testid="harness-1"}')).toEqual([
      { __name__: 'harness_probe', testid: 'harness-1' },
    ]);
  });

  it('rejects a malformed query with Prometheus\' own error', async () => {
    await expect(harness().query('sum(')).rejects.toThrow(/bad_data/);
  });

  it('stops the server and removes its temp dir', async () => {
    const other = await startPrometheus();
    try {
      const flags = (await (await fetch(`${other.url}/api/v1/status/flags`)).json()) as {
        data: Record<string, string>;
      };
      const dataDir = flags.data['storage.tsdb.path'];
      await other.stop();
      expect(existsSync(dataDir)).toBe(false);
      await expect(fetch(`${other.url}/-/ready`)).rejects.toThrow();
    } finally {
      // A second stop is a no-op (also proven here); it ends the server when a step above failed.
      await other.stop();
    }
  });
});
