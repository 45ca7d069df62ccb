import { describe, expect, it } from 'vitest';
import { FaultSpecError } from '../../sandbox/index.ts';
import { useSandboxes } from '../support/sandbox-per-test.ts';
import { call } from './sandbox-http.ts';

const sandbox = useSandboxes({ alwaysSucceed: true, logs: 'silent', captureTelemetry: true, seed: 7 });

/** The status, or `reset` when the connection was reset before any response. */
async function outcome(base: string, method: string, path: string, body?: unknown): Promise<number | 'reset'> {
  try {
    return (await call(base, method, path, body)).status;
  } catch (error) {
    expect(String((error as Error & { cause?: unknown }).cause ?? error)).toMatch(/ECONNRESET|other side closed|socket/i);
    return 'reset';
  }
}

describe('sandbox fault injection', () => {
  it('adds latency per beast and method (fixed + jitter), leaving other routes alone', async () => {
    const sb = await sandbox({ faults: { latency: [{ beast: 'unicorn', method: 'GET', fixedMs: 300, jitterMs: 50 }] } });
    const started = performance.now();
    expect((await call(sb.url, 'GET', '/unicorn')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    await call(sb.url, 'POST', '/unicorn', { name: 'fast' });
    await call(sb.url, 'GET', '/owlbear');
    const servers = sb.spans().filter((span) => span.kind === 'SERVER');
    expect(servers[0].durationMs).toBeGreaterThanOrEqual(295);
    expect(servers.slice(1).every((span) => span.durationMs < 295)).toBe(true);
  });

  it('answers a chosen status at a rate per beast and method, logged and counted as a failure', async () => {
    const sb = await sandbox({ faults: { errors: [{ beast: 'owlbear', method: 'POST', rate: 1, status: 502 }, { beast: '*', method: 'DELETE', rate: 1 }] } });
    expect(await outcome(sb.url, 'POST', '/owlbear', { name: 'x' })).toBe(502);
    expect(await outcome(sb.url, 'DELETE', '/beholder', { name: 'x' })).toBe(500);
    expect(await outcome(sb.url, 'POST', '/unicorn', { name: 'x' })).toBe(201);
    expect(await sb.rows('owlbear')).toEqual([]);
    expect(sb.logLines()[0]).toMatch(/http\.method=POST endpoint=owlbear status=FAILURE error="injected fault: errors"$/);
    expect((await call(sb.url, 'GET', '/metrics')).text).toContain('mythical_request_times_count{method="POST",beast="owlbear",status="502"} 1');
  });

  it('a rate between 0 and 1 hits about that share, the same requests for the same seed', async () => {
    const run = async (): Promise<(number | 'reset')[]> => {
      const sb = await sandbox({ faults: { errors: [{ rate: 0.3, status: 503 }] } });
      const results: (number | 'reset')[] = [];
      for (let i = 0; i < 100; i += 1) results.push(await outcome(sb.url, 'GET', '/manticore'));
      return results;
    };
    const first = await run();
    const failed = first.filter((status) => status === 503).length;
    expect(failed).toBeGreaterThan(15);
    expect(failed).toBeLessThan(45);
    expect(await run()).toEqual(first);
  });

  it('resets connections at a rate per beast and method', async () => {
    const sb = await sandbox({ faults: { resets: [{ beast: 'illithid', method: '*', rate: 1 }] } });
    expect(await outcome(sb.url, 'GET', '/illithid')).toBe('reset');
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(200);
    expect(sb.logLines()[0]).toMatch(/endpoint=illithid status=FAILURE error="connection reset \(injected fault: resets\)"$/);
  });

  it('a full outage answers every request 503 (or resets it) for its window; the admin endpoint stays up', async () => {
    const sb = await sandbox({ faults: { outage: { durationMs: 400 } } });
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(503);
    // Answered as a proxy would for a server that is gone: without the server's X-Powered-By.
    expect((await fetch(`${sb.url}/unicorn`)).headers.get('x-powered-by')).toBeNull();
    expect(await outcome(sb.url, 'GET', '/metrics')).toBe(503);
    expect((await call(sb.url, 'GET', '/__sandbox/faults')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(200);
    sb.setFaults({ outage: { durationMs: 60_000, mode: 'reset' } });
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe('reset');
    sb.setFaults({ outage: { durationMs: 60_000, startAfterMs: 60_000 } });
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(200);
  });

  it('degrades past a capacity knee: over N requests in the last second fail (all routes or per beast)', async () => {
    const sb = await sandbox({ faults: { capacity: [{ rps: 5, errorRate: 1, status: 503 }] } });
    const results: (number | 'reset')[] = [];
    for (let i = 0; i < 8; i += 1) results.push(await outcome(sb.url, 'GET', i % 2 ? '/unicorn' : '/owlbear'));
    expect(results.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(results.slice(5)).toEqual([503, 503, 503]);

    sb.setFaults({ capacity: [{ rps: 3, scope: 'beast', errorRate: 1 }] });
    for (let i = 0; i < 3; i += 1) expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(200);
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(503);
    expect(await outcome(sb.url, 'GET', '/owlbear')).toBe(200);

    sb.setFaults({ capacity: [{ rps: 1, latencyMs: 250 }] });
    await call(sb.url, 'GET', '/unicorn');
    const started = performance.now();
    expect(await outcome(sb.url, 'GET', '/unicorn')).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(245);
  });

  it('the admin endpoint reads, replaces and clears the fault spec and rejects a bad one in one line', async () => {
    const sb = await sandbox();
    const put = await call(sb.url, 'PUT', '/__sandbox/faults', { errors: [{ beast: 'cart', rate: 1 }] });
    expect(put.status).toBe(200);
    expect(JSON.parse(put.text)).toEqual({ errors: [{ beast: 'cart', method: '*', rate: 1, status: 500 }] });
    const bad = await call(sb.url, 'PUT', '/__sandbox/faults', { errors: [{ rate: 1.5 }] });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toEqual({ error: 'faults.errors[0].rate must be a share from 0 to 1' });
    expect(JSON.parse((await call(sb.url, 'GET', '/__sandbox/faults')).text).errors[0].beast).toBe('cart');
    expect((await call(sb.url, 'DELETE', '/__sandbox/faults')).status).toBe(204);
    expect(JSON.parse((await call(sb.url, 'GET', '/__sandbox/faults')).text)).toEqual({});
    expect(() => sb.setFaults({ latency: [{ fixedMs: -1 }] })).toThrow(FaultSpecError);
  });

  it('the admin endpoint starts a teardown now and reads rows', async () => {
    const sb = await sandbox();
    await call(sb.url, 'POST', '/unicorn', { name: 'r' });
    expect(JSON.parse((await call(sb.url, 'GET', '/__sandbox/rows/unicorn')).text)).toEqual(['r']);
    expect((await call(sb.url, 'POST', '/__sandbox/teardown', { durationMs: 300 })).status).toBe(202);
    const during = await call(sb.url, 'GET', '/unicorn');
    expect([during.status, during.text]).toEqual([500, 'Table is not available']);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(JSON.parse((await call(sb.url, 'GET', '/unicorn')).text)).toEqual([]);
  });

  it('counts requests per route, readable and resettable programmatically and through the admin endpoint', async () => {
    const sb = await sandbox();
    await call(sb.url, 'GET', '/owlbear');
    await call(sb.url, 'GET', '/owlbear?x=1');
    await call(sb.url, 'POST', '/owlbear', { name: 'o' });
    await call(sb.url, 'GET', '/dragon/');
    await call(sb.url, 'GET', '/metrics');
    const expected = { 'GET /owlbear': 2, 'POST /owlbear': 1, 'GET /dragon': 1, 'GET /metrics': 1 };
    expect(sb.requestCounts()).toEqual(expected);
    expect(JSON.parse((await call(sb.url, 'GET', '/__sandbox/requests')).text)).toEqual(expected);
    sb.resetRequestCounts();
    expect(sb.requestCounts()).toEqual({});
    await call(sb.url, 'DELETE', '/unicorn', { name: 'x' });
    expect((await call(sb.url, 'DELETE', '/__sandbox/requests')).status).toBe(204);
    expect(sb.requestCounts()).toEqual({});
  });
});
