import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { K6_VERSION } from '../../tools/k6-binary.ts';
import { dashboardPeriodMs, formatPeriod, plannedSeconds } from '../../tools/web-dashboard.ts';
import { readTestRun } from '../support/testrun.ts';

/**
 * What a runner's env may set. k6 fixes a run's options (plan, thresholds, tags) when it
 * archives, so every other setting of the script belongs to the `k6 archive` step: set here, it
 * would reach `__ENV` but not the options, and the run would disagree with itself.
 */
const RUNNER_SETTINGS = /^(K6_[A-Z0-9_]+|TESTID|BASE_URL|POD_NAME|REPORT_DIR)$/;

describe.each(['load', 'soak'])('deploy/k8s/testrun-%s.yaml', (scenario) => {
  const { testRun, archive } = readTestRun(`deploy/k8s/testrun-${scenario}.yaml`);
  const runner = testRun.spec.runner;
  const env = Object.fromEntries(runner.env.map((e: { name: string; value?: string }) => [e.name, e.value]));

  it('runs the archive of the built scenario from the one ConfigMap its header makes', () => {
    expect(testRun).toMatchObject({ apiVersion: 'k6.io/v1alpha1', kind: 'TestRun' });
    expect(archive.script).toBe(`dist/${scenario}.js`);
    expect(existsSync(archive.script)).toBe(true);
    expect(archive.configMap.file).toBe(archive.out);
    expect(testRun.spec.script).toEqual({ configMap: { name: archive.configMap.name, file: archive.out } });
    // k6-operator copies the runner into the initializer pod (k6 archive + inspect) when the
    // TestRun has no initializer section: same image, env and volumes.
    expect(testRun.spec).not.toHaveProperty('initializer');
    expect(runner.image).toBe(`grafana/k6:${K6_VERSION}`);
  });

  it('keeps the plan in the archive and only what differs per cluster or pod in the runner env', () => {
    expect(archive.env.TESTID).toMatch(new RegExp(`^${scenario}-distributed-`));
    for (const name of Object.keys(env)) expect(name).toMatch(RUNNER_SETTINGS);
    // Repeated only to name the report folder; a different value would split the run's testid.
    expect(env.TESTID).toBe(archive.env.TESTID);
    expect(Object.keys(archive.env)).not.toContain('REPORT_DIR');
  });

  it('splits the run over several runners, remote-writing under one testid with the runner index', () => {
    expect(testRun.spec.parallelism).toBeGreaterThanOrEqual(2);
    expect(testRun.spec.arguments).toContain('--out experimental-prometheus-rw');
    // k6-operator adds --tag instance_id and testrun_name; CLI tags replace the archive's tags
    // (testid) whole unless k6 merges them (a k6 >= 2.2 feature).
    expect(testRun.spec.arguments).not.toContain('--tag');
    expect(env.K6_FEATURES.split(',')).toEqual(['merge-run-tags', 'native-histograms']);
    expect(runner.envFrom).toEqual([{ secretRef: { name: 'mythical-k6-remote-write' } }]);
    const secret = parse(readFileSync('deploy/k8s/remote-write-secret.example.yaml', 'utf8'));
    expect(secret.metadata.name).toBe('mythical-k6-remote-write');
    for (const name of Object.keys(secret.stringData)) expect(name).toMatch(/^K6_PROMETHEUS_RW_/);
  });

  it("keeps each runner's reports, k6's HTML report among them, in a folder of its own on the reports claim", () => {
    const names = runner.env.map((e: { name: string }) => e.name);
    // Kubernetes expands $(VAR) only from variables listed earlier.
    const before = (a: string, b: string) => expect(names.indexOf(a)).toBeLessThan(names.indexOf(b));
    expect(env.REPORT_DIR).toBe('/reports/$(TESTID)/$(POD_NAME)');
    before('TESTID', 'REPORT_DIR');
    before('POD_NAME', 'REPORT_DIR');
    expect(env).toMatchObject({ K6_WEB_DASHBOARD: 'true', K6_WEB_DASHBOARD_PORT: '-1', K6_WEB_DASHBOARD_EXPORT: '$(REPORT_DIR)/report.html' });
    before('REPORT_DIR', 'K6_WEB_DASHBOARD_EXPORT');
    // The period the run tool would choose for the archived plan.
    expect(env.K6_WEB_DASHBOARD_PERIOD).toBe(formatPeriod(dashboardPeriodMs(plannedSeconds(scenario, archive.env))));

    const claim = parse(readFileSync('deploy/k8s/reports-pvc.yaml', 'utf8'));
    expect(claim).toMatchObject({ kind: 'PersistentVolumeClaim', spec: { accessModes: ['ReadWriteMany'] } });
    const volume = runner.volumes.find((v: { persistentVolumeClaim?: unknown }) => v.persistentVolumeClaim);
    expect(volume.persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    const mount = runner.volumeMounts.find((m: { name: string }) => m.name === volume.name);
    expect(env.REPORT_DIR.startsWith(`${mount.mountPath}/`)).toBe(true);
    // k6 creates no folder: an init container makes it, as the k6 user the fsGroup lets write.
    const [init] = runner.initContainers;
    expect(init).toMatchObject({ image: runner.image, command: ['sh', '-c', 'mkdir -p "$REPORT_DIR"'], env: runner.env });
    expect(init.volumeMounts).toContainEqual(mount);
    expect(runner.securityContext).toEqual({ fsGroup: 12345 });
  });
});
