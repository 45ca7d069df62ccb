import { describe, expect, it } from 'vitest';
import { runRows } from '../../lib/row-names.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { freePort } from '../support/free-port.ts';
import { lines, runTool } from '../support/run-process.ts';
import { useSandboxes } from '../support/sandbox.ts';

const HOUR = 3_600_000;

async function post(sandbox: Sandbox, beast: string, name: string): Promise<void> {
  const response = await fetch(`${sandbox.url}/${beast}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
  expect(response.status).toBe(201);
}

describe('npm run sweep', () => {
  const sandboxFor = useSandboxes({ logs: 'silent', alwaysSucceed: true });

  it('deletes rows of runs that ended or died, keeps those of runs still going and everyone else\'s', async () => {
    const sandbox = await sandboxFor();
    const dead = runRows(Date.now() - 5 * HOUR, HOUR, 'dead01').prefix;
    const going = runRows(Date.now() - 60_000, HOUR, 'going1').prefix;
    await post(sandbox, 'unicorn', `${dead}-ann-1-0`);
    await post(sandbox, 'owlbear', `${dead}-bob-2-0`);
    await post(sandbox, 'unicorn', `${going}-cid-1-0`);
    await post(sandbox, 'unicorn', 'alice');

    const swept = await runTool('tools/sweep.ts', [], { ...process.env, BASE_URL: sandbox.url });
    expect(swept.code, swept.stderr).toBe(0);
    expect(lines(swept.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^sweep: ${sandbox.url}: deleted 2 rows of runs that ended or died; kept 1 rows of runs still going \\(the last may run until \\S+Z\\)$`)),
    ]);
    expect((await sandbox.rows('unicorn')).sort()).toEqual(['alice', `${going}-cid-1-0`]);
    expect(await sandbox.rows('owlbear')).toEqual([]);

    const named = await runTool('tools/sweep.ts', ['--run', going], { ...process.env, BASE_URL: sandbox.url });
    expect(named.code, named.stderr).toBe(0);
    expect(await sandbox.rows('unicorn')).toEqual(['alice']);
  });

  it('bad input: one line, exit 2; a target that does not answer: one line, exit 1', async () => {
    const badRun = await runTool('tools/sweep.ts', ['--run', 'k6abcdef'], process.env);
    expect(badRun.code).toBe(2);
    expect(lines(badRun.stderr)).toEqual([expect.stringMatching(/^--run=k6abcdef is not valid: expected a run prefix such as mk6\./)]);

    const closed = `http://127.0.0.1:${await freePort()}`;
    const refused = await runTool('tools/sweep.ts', [], { ...process.env, BASE_URL: closed });
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([`sweep: ${closed}: deleted 0 rows of runs that ended or died; stopped: GET /unicorn got no answer (connection refused)`]);
  });
});
