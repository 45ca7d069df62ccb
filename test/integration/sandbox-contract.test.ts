import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import { startPostgres, type StartedPostgres } from '../support/postgres-server.ts';
import { call } from './sandbox-http.ts';

const BEASTS = ['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'];

describe.each(['memory', 'postgres'] as const)('sandbox contract, %s store', (store) => {
  let postgres: StartedPostgres | undefined;
  let sandbox: Sandbox;
  let url: string;

  beforeAll(async () => {
    if (store === 'postgres') postgres = await startPostgres();
    sandbox = await startSandbox({ databaseUrl: postgres?.url, alwaysSucceed: true, logs: 'silent', captureTelemetry: true, teardownWindowMs: 0 });
    url = sandbox.url;
  });
  afterAll(async () => {
    await sandbox?.stop();
    await postgres?.stop();
  });
  beforeEach(async () => {
    await sandbox.startTeardown(0);
  });

  it('GET of every default beast answers 200 with a JSON array', async () => {
    for (const beast of BEASTS) {
      const reply = await call(url, 'GET', `/${beast}`);
      expect(reply.status).toBe(200);
      expect(reply.contentType).toMatch(/^application\/json/);
      expect(JSON.parse(reply.text)).toEqual([]);
    }
  });

  it('POST 201 stores the name and GET returns every stored row as {name}', async () => {
    expect((await call(url, 'POST', '/owlbear', { name: 'first' })).status).toBe(201);
    expect((await call(url, 'POST', '/owlbear', { name: 'second' })).status).toBe(201);
    const reply = await call(url, 'GET', '/owlbear');
    expect(JSON.parse(reply.text)).toEqual([{ name: 'first' }, { name: 'second' }]);
    expect(await sandbox.rows('owlbear')).toEqual(['first', 'second']);
    expect(await sandbox.rows('unicorn')).toEqual([]);
  });

  it('a 50-character name is stored; 51 characters is a 500 with PostgreSQL code 22001', async () => {
    expect((await call(url, 'POST', '/unicorn', { name: 'x'.repeat(50) })).status).toBe(201);
    const reply = await call(url, 'POST', '/unicorn', { name: 'y'.repeat(51) });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.text)).toMatchObject({ name: 'error', severity: 'ERROR', code: '22001', routine: 'varchar' });
    expect(await sandbox.rows('unicorn')).toEqual(['x'.repeat(50)]);
  });

  it('length counts characters, not bytes, and trailing spaces past 50 are cut as PostgreSQL does', async () => {
    expect((await call(url, 'POST', '/unicorn', { name: 'é'.repeat(50) })).status).toBe(201);
    expect((await call(url, 'POST', '/unicorn', { name: `${'z'.repeat(50)}   ` })).status).toBe(201);
    expect(await sandbox.rows('unicorn')).toEqual(['é'.repeat(50), 'z'.repeat(50)]);
  });

  it('a duplicate name is a 500 with code 23505 naming the unique constraint', async () => {
    await call(url, 'POST', '/manticore', { name: 'twice' });
    const reply = await call(url, 'POST', '/manticore', { name: 'twice' });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.text)).toMatchObject({
      code: '23505',
      table: 'manticore',
      constraint: 'manticore_name_key',
      detail: 'Key (name)=(twice) already exists.',
    });
  });

  it('a missing name is a 500 with code 23502, also when the content type is not JSON', async () => {
    const missing = await call(url, 'POST', '/illithid', {});
    expect(missing.status).toBe(500);
    expect(JSON.parse(missing.text)).toMatchObject({ code: '23502', table: 'illithid', column: 'name' });
    const plain = await call(url, 'POST', '/illithid', '{"name":"ignored"}', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(500);
    expect(JSON.parse(plain.text)).toMatchObject({ code: '23502' });
    const none = await call(url, 'POST', '/illithid');
    expect(JSON.parse(none.text)).toMatchObject({ code: '23502' });
    expect(await sandbox.rows('illithid')).toEqual([]);
  });

  it('non-string names are stored as node-postgres converts them', async () => {
    for (const name of [12, true, { k: 1 }, ['a', 'b"c']]) expect((await call(url, 'POST', '/beholder', { name })).status).toBe(201);
    expect(await sandbox.rows('beholder')).toEqual(['12', 'true', '{"k":1}', '{"a","b\\"c"}']);
  });

  it('a NUL character is refused with code 22021 instead of crashing', async () => {
    const reply = await call(url, 'POST', '/beholder', { name: 'a\u0000b' });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.text)).toMatchObject({ code: '22021' });
  });

  it('DELETE answers 204, removes the name, and is 204 for an absent name too', async () => {
    await call(url, 'POST', '/unicorn', { name: 'gone' });
    await call(url, 'POST', '/unicorn', { name: 'kept' });
    const deleted = await call(url, 'DELETE', '/unicorn', { name: 'gone' });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await call(url, 'DELETE', '/unicorn', { name: 'never-there' })).status).toBe(204);
    expect((await call(url, 'DELETE', '/unicorn', {})).status).toBe(204);
    expect(JSON.parse((await call(url, 'GET', '/unicorn')).text)).toEqual([{ name: 'kept' }]);
  });

  it('any method on an unknown segment is a 404 with the contract text', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const reply = await call(url, method, '/dragon', method === 'GET' ? undefined : { name: 'x' });
      expect(reply.status).toBe(404);
      expect(reply.text).toBe('dragon is not a valid endpoint');
    }
    expect((await call(url, 'GET', '/unicorn/deeper')).status).toBe(404);
    expect((await call(url, 'PUT', '/unicorn', { name: 'x' })).status).toBe(404);
  });

  it('GET /metrics is OpenMetrics and GET /config is a JSON document', async () => {
    const metrics = await call(url, 'GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.contentType).toBe('application/openmetrics-text; version=1.0.0; charset=utf-8');
    expect(metrics.text).toContain('# TYPE mythical_request_times histogram');
    const config = await call(url, 'GET', '/config');
    expect(config.status).toBe(200);
    expect(JSON.parse(config.text)).toEqual({ nameSet: BEASTS, servicePrefix: 'mythical-beasts', spanTag: 'beast' });
  });

  it('malformed JSON is a 400, an oversized body a 413, and neither is stored', async () => {
    const malformed = await call(url, 'POST', '/unicorn', '{"name": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    const scalar = await call(url, 'POST', '/unicorn', '"just a string"', { 'content-type': 'application/json' });
    expect(scalar.status).toBe(400);
    const oversized = await call(url, 'POST', '/unicorn', { name: 'big', padding: 'p'.repeat(200_000) });
    expect(oversized.status).toBe(413);
    expect(await sandbox.rows('unicorn')).toEqual([]);
  });

  it('survives garbage on the wire and keeps serving', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(url).port), '127.0.0.1', () => socket.end('NOT HTTP AT ALL\r\n\r\n\u0000\u0001'));
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    const latin1 = await call(url, 'POST', '/unicorn', '{"name":"%E0"}', { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect((await call(url, 'GET', '/%E0')).status).toBe(400);
    expect((await call(url, 'GET', '/unicorn')).status).toBe(200);
  });

  it('a teardown empties every table and answers 500 "Table is not available" while it runs', async () => {
    await call(url, 'POST', '/unicorn', { name: 'doomed' });
    const window = sandbox.startTeardown(400);
    const during = await call(url, 'GET', '/unicorn');
    expect(during.status).toBe(500);
    expect(during.text).toBe('Table is not available');
    expect((await call(url, 'POST', '/owlbear', { name: 'x' })).status).toBe(500);
    expect((await call(url, 'GET', '/dragon')).status).toBe(404);
    await window;
    expect(JSON.parse((await call(url, 'GET', '/unicorn')).text)).toEqual([]);
    expect(sandbox.logLines().some((line) => line.endsWith('endpoint=unicorn status=FAILURE error="Table is not available"'))).toBe(true);
  });
});

describe('sandbox built-in faults of the real server', () => {
  it('about 10% of POSTs fail with a 23502 500 unless alwaysSucceed, the same ones for the same seed', async () => {
    const outcomes = async (options: { seed: number; alwaysSucceed?: boolean }): Promise<number[]> => {
      const sandbox = await startSandbox({ ...options, logs: 'silent' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 200; i += 1) statuses.push((await call(sandbox.url, 'POST', '/unicorn', { name: `n${i}` })).status);
        return statuses;
      } finally {
        await sandbox.stop();
      }
    };
    const first = await outcomes({ seed: 42 });
    const failures = first.filter((status) => status === 500).length;
    expect(failures).toBeGreaterThanOrEqual(8);
    expect(failures).toBeLessThanOrEqual(35);
    expect(first.filter((status) => status !== 500).every((status) => status === 201)).toBe(true);
    expect(await outcomes({ seed: 42 })).toEqual(first);
    expect((await outcomes({ seed: 42, alwaysSucceed: true })).every((status) => status === 201)).toBe(true);
  });

  it('the periodic teardown (teardownTimeoutMs) empties the tables by itself', async () => {
    const sandbox = await startSandbox({ alwaysSucceed: true, logs: 'silent', teardownTimeoutMs: 150, teardownWindowMs: 0 });
    try {
      await call(sandbox.url, 'POST', '/unicorn', { name: 'short-lived' });
      const deadline = Date.now() + 10_000;
      while ((await sandbox.rows('unicorn')).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await sandbox.rows('unicorn')).toEqual([]);
    } finally {
      await sandbox.stop();
    }
  });

  it('ENDPOINT_TYPE=BORING serves the e-store set and 404s the beasts', async () => {
    const sandbox = await startSandbox({ endpointType: 'BORING', alwaysSucceed: true, logs: 'silent' });
    try {
      for (const endpoint of ['login', 'payment', 'account', 'cart', 'health', 'fastcache']) {
        expect((await call(sandbox.url, 'POST', `/${endpoint}`, { name: 'n' })).status).toBe(201);
        expect(JSON.parse((await call(sandbox.url, 'GET', `/${endpoint}`)).text)).toEqual([{ name: 'n' }]);
      }
      expect((await call(sandbox.url, 'GET', '/unicorn')).text).toBe('unicorn is not a valid endpoint');
      expect(JSON.parse((await call(sandbox.url, 'GET', '/config')).text).spanTag).toBe('endpoint');
    } finally {
      await sandbox.stop();
    }
  });
});
