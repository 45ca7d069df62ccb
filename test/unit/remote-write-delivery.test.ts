import { describe, expect, it } from 'vitest';
import { deliveryFailures, deliveryWarning } from '../../tools/remote-write/delivery.ts';

const line = (fields: Record<string, string>) => JSON.stringify({ time: '2025-01-02T03:04:05Z', ...fields });

describe('deliveryFailures (k6 JSON log)', () => {
  it('counts the remote-write output\'s error lines and keeps the first reason without credentials', () => {
    const log = [
      line({ level: 'info', msg: 'mythical-k6.exemplar {}', source: 'console' }),
      line({
        level: 'error',
        msg: 'Failed to send the time series data to the endpoint',
        error: 'Post "https://user:pw@mimir.example/api/v1/push": dial tcp 127.0.0.1:1: connect: connection refused',
        output: 'Prometheus remote write',
      }),
      line({ level: 'debug', msg: 'Successful flushed time series', output: 'Prometheus remote write' }),
      'not json Prometheus remote write',
      line({
        level: 'error',
        msg: 'Failed to send the time series data to the endpoint',
        error: 'got status code: 500 instead expected a 2xx successful status code',
        output: 'Prometheus remote write',
      }),
      line({ level: 'error', msg: 'some other output failed', output: 'json' }),
    ].join('\n');
    const failures = deliveryFailures(log);
    expect(failures).toEqual({
      count: 2,
      firstReason:
        'Failed to send the time series data to the endpoint: Post "https://mimir.example/api/v1/push": dial tcp 127.0.0.1:1: connect: connection refused',
    });
    expect(deliveryWarning(failures, 'https://mimir.example/api/v1/push')).toBe(
      `k6 metrics were not delivered to https://mimir.example/api/v1/push (2 pushes failed; dashboards miss those intervals): ${failures.firstReason}`,
    );
  });

  it('counts a failed stale-marker push, which k6\'s output manager logs without the output field', () => {
    const failures = deliveryFailures(
      line({
        level: 'error',
        msg: 'Stopping output 0 failed',
        error: 'marking time series as stale failed: got status code: 500 instead expected a 2xx successful status code',
        component: 'output-manager',
      }),
    );
    expect(failures).toEqual({
      count: 1,
      firstReason: 'Stopping output 0 failed: marking time series as stale failed: got status code: 500 instead expected a 2xx successful status code',
    });
  });

  it('is silent when every push went through', () => {
    const failures = deliveryFailures(line({ level: 'info', msg: 'ok', output: 'Prometheus remote write' }));
    expect(failures).toEqual({ count: 0 });
    expect(deliveryWarning(failures, 'http://x')).toBeUndefined();
  });
});
