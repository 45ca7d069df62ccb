/**
 * The client's exemplars and trace headers in the real k6 against the sandbox: which requests
 * print an exemplar line, with which fields, and the traceparent the server's span is a child of.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExemplarMessage, type ExemplarLine } from '../../lib/exemplars.ts';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import { bundleK6Script } from '../../tools/build/k6-script.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { lines, runProcess } from '../support/run-process.ts';

const k6Path = await findK6();

describe.skipIf(!k6Path)('the client in k6 (needs the k6 binary)', () => {
  let scratch: string;
  let sandbox: Sandbox | undefined;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-client-'));
  });
  afterAll(async () => {
    await sandbox?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('prints an exemplar for a failed check and a failed request only, each with its own trace', async () => {
    sandbox = await startSandbox({ logs: 'silent', captureTelemetry: true, alwaysSucceed: true, faults: { errors: [{ beast: 'owlbear', method: 'GET', rate: 1, status: 500 }] } });
    const script = await bundleK6Script(path.resolve('test/fixtures/client-exemplars.k6.ts'), scratch, 'client-exemplars.js');
    const result = await runProcess(k6Path!, ['run', '--quiet', '--log-format=json', script], { ...process.env, BASE_URL: sandbox.url });
    expect(result.code, result.stderr).toBe(0);
    const messages = lines(result.stderr).map((line) => (JSON.parse(line) as { msg: string }).msg);
    const sent = JSON.parse(messages.find((message) => message.startsWith('sent '))!.slice('sent '.length)) as Record<'refused' | 'failed' | 'passed', string>;
    const exemplars = messages.map(parseExemplarMessage).filter((line): line is ExemplarLine => line !== undefined);

    expect(exemplars.map((line) => line.traceId)).toEqual([sent.refused, sent.failed]);
    expect(exemplars[0]).toMatchObject({ journey: '1-0', beast: 'unicorn', method: 'GET', name: '/unicorn', status: 200, reached: true, checkFailed: true });
    expect(exemplars[1]).toMatchObject({ journey: '1-0', beast: 'owlbear', method: 'GET', name: '/owlbear', status: 500, reached: true, checkFailed: false });
    // Run tag, then the GET digit, as every judged trace id of the run.
    for (const traceId of Object.values(sent)) expect(traceId).toMatch(/^0123abcd1[0-9a-f]{23}$/);

    // Each request's server span is a child of the parent id it was sent with: the trace id's last 16 hex.
    const spans = sandbox.spans().filter((span) => span.kind === 'SERVER');
    for (const traceId of Object.values(sent)) {
      const span = spans.find((candidate) => candidate.traceId === traceId);
      expect(span?.parentSpanId, traceId).toBe(traceId.slice(16));
      expect(span?.attributes['http.user_agent']).toMatch(/ \(testid=it-client; journey=1-0\)$/);
    }
  });
});
