import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/index.ts';
import { findK6 } from '../../tools/k6-binary.ts';
import { points } from '../support/k6-json.ts';
import { runProcess } from '../support/run-process.ts';
import { archiveArgs, readTestRun, tarEntries } from '../support/testrun.ts';

const k6Path = await findK6();
const { testRun, archive } = readTestRun('deploy/k8s/testrun-load.yaml');
const soak = readTestRun('deploy/k8s/testrun-soak.yaml').archive;

/** A ConfigMap holds at most 1 MiB (data and binaryData together). */
const CONFIGMAP_LIMIT_BYTES = 1_048_576;

describe.skipIf(!k6Path)('k6 archive of a TestRun script, run as k6-operator runs it (needs the k6 binary)', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'mythical-k6-archive-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function k6Archive(name: string, env: Record<string, string> = {}, step = archive): Promise<string> {
    const out = path.join(scratch, name);
    const result = await runProcess(k6Path!, archiveArgs(step, out, env));
    expect(result.code, result.stderr).toBe(0);
    return out;
  }

  it.each([archive, soak])('of $script holds the bundle, the stage bundles it requires and the names it opens, and fixes the plan', async (step) => {
    const out = await k6Archive(`${path.basename(step.script)}.tar`, {}, step);
    expect(statSync(out).size).toBeLessThan(CONFIGMAP_LIMIT_BYTES);
    const entries = tarEntries(readFileSync(out));
    // k6 stores the main script as `data` and every other file under file/<absolute path>.
    expect(entries.get('data')).toEqual(readFileSync(step.script));
    // What the bundle loads beside itself: the stage bundles it requires (dist/lib/) and the data
    // it opens (dist/data/), with their source maps.
    const loaded = ['dist/lib', 'dist/data'].flatMap((dir) => readdirSync(dir).map((file) => `${dir}/${file}`));
    expect(loaded).toContain('dist/lib/options-stage.js');
    for (const file of loaded) {
      const stored = [...entries].find(([name]) => name.endsWith(`/${file}`));
      expect(stored?.[1], file).toEqual(readFileSync(file));
    }
    const metadata = JSON.parse(entries.get('metadata.json')!.toString('utf8'));
    expect(metadata.env).toEqual(step.env);
    expect(metadata.options.tags.testid).toBe(step.env.TESTID);

    // A runner's env reaches __ENV, never the archived options: the plan stays the archive's.
    const inspect = await runProcess(k6Path!, ['inspect', out], { ...process.env, RATE: '1', DURATION: '1s', TESTID: 'other' });
    expect(inspect.code, inspect.stderr).toBe(0);
    const inspected = JSON.parse(inspect.stdout);
    expect(inspected.scenarios).toEqual(metadata.options.scenarios);
    expect(inspected.tags).toEqual(metadata.options.tags);
  });

  it('runs as runner 0 of 2 against the sandbox: exit 0, testid and runner tags on every sample, reports written', async () => {
    // The TestRun's archive step with a plan of seconds, and no SLO gate on so few requests.
    const out = await k6Archive('tiny.tar', { RATE: '2', RAMP_UP: '1s', DURATION: '2s', RAMP_DOWN: '1s', SLO_MODE: 'report' });
    const sandbox = await startSandbox({ logs: 'silent', alwaysSucceed: true });
    try {
      const samples = path.join(scratch, 'samples.json');
      const runnerEnv = Object.fromEntries(
        testRun.spec.runner.env.filter((e: { value?: string }) => e.value !== undefined && !e.value.includes('$(')).map((e: { name: string; value: string }) => [e.name, e.value]),
      );
      // k6-operator's runner command, with --out json for the remote-write output of `arguments`.
      const result = await runProcess(
        k6Path!,
        ['run', '--quiet', '--execution-segment=0:1/2', '--execution-segment-sequence=0,1/2,1', `--out=json=${samples}`, out,
          '--tag', 'instance_id=0', '--tag', `testrun_name=${testRun.metadata.name}`],
        { ...process.env, ...runnerEnv, K6_WEB_DASHBOARD: 'false', BASE_URL: sandbox.url, REPORT_DIR: scratch },
      );
      expect(result.code, result.stderr).toBe(0);

      const requests = points(samples).filter((point) => point.metric === 'http_reqs');
      expect(requests.length).toBeGreaterThan(0);
      for (const { data } of requests) {
        expect(data.tags).toMatchObject({ testid: archive.env.TESTID, instance_id: '0', testrun_name: testRun.metadata.name });
      }
      expect(existsSync(path.join(scratch, 'summary.json'))).toBe(true);
    } finally {
      await sandbox.stop();
    }
  });
});
