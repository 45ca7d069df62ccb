import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDist } from '../../tools/build/bundle.ts';
import { K6_VERSION } from '../../tools/k6-binary.ts';
import { dashboardPeriodMs, formatPeriod, plannedSeconds } from '../../tools/web-dashboard.ts';
import { CONFIGMAP_LIMIT_BYTES, ConfigMapTooLarge, configMapKey, renderConfigMap } from '../../tools/k8s/configmap.ts';

/** What the ConfigMap of the load and soak TestRuns ships: each bundle and map, the options stage, the names. */
const SHIPPED = [
  'load.js', 'load.js.map', 'soak.js', 'soak.js.map', 'data/names.json',
  'lib/options-stage.js', 'lib/options-stage.js.map', 'lib/report-stage.js', 'lib/report-stage.js.map',
];

let files: Map<string, string>;
beforeAll(async () => {
  const built = await buildDist();
  files = new Map([...built].filter(([path]) => SHIPPED.includes(path)).map(([p, b]) => [p, b.toString('utf8')]));
});

describe('ConfigMap generator', () => {
  it('holds the bundles and the names data, byte for byte, and parses as YAML', () => {
    expect([...files.keys()].sort()).toEqual([...SHIPPED].sort());
    const manifest = parse(renderConfigMap(files, { name: 'mythical-k6-scripts', namespace: 'load' }));
    expect(manifest).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'mythical-k6-scripts', namespace: 'load' } });
    expect(Object.keys(manifest.data)).toEqual(SHIPPED.map(configMapKey).sort());
    for (const [path, text] of files) expect(manifest.data[configMapKey(path)]).toBe(text);
    expect(manifest.metadata.annotations['mythical-k6/content-sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic and refuses more than a ConfigMap can hold', () => {
    const reversed = new Map([...files].reverse());
    expect(renderConfigMap(reversed, { name: 'x' })).toBe(renderConfigMap(files, { name: 'x' }));
    expect(() => renderConfigMap(new Map([['big.js', 'x'.repeat(CONFIGMAP_LIMIT_BYTES + 1)]]), { name: 'x' })).toThrow(ConfigMapTooLarge);
  });
});

describe.each(['load', 'soak'])('deploy/k8s/testrun-%s.yaml', (scenario) => {
  const testRun = parse(readFileSync(`deploy/k8s/testrun-${scenario}.yaml`, 'utf8'));
  const env = Object.fromEntries(testRun.spec.runner.env.map((e: { name: string; value?: string }) => [e.name, e.value]));

  it('splits the run over several runners under one testid, remote-writing with a per-runner label', () => {
    expect(testRun).toMatchObject({ apiVersion: 'k6.io/v1alpha1', kind: 'TestRun' });
    expect(testRun.spec.parallelism).toBeGreaterThanOrEqual(2);
    expect(env.TESTID).toMatch(new RegExp(`^${scenario}-distributed-`));
    expect(testRun.spec.arguments).toContain('--out experimental-prometheus-rw');
    // CLI tags would replace the script's options.tags whole (testid and TAGS with them).
    expect(testRun.spec.arguments).not.toContain('--tag');
    // k6's remote-write output reads no extra-label variable: the runner label is a k6 tag.
    expect(env.TAGS).toBe('runner=$(POD_NAME)');
    expect(env).not.toHaveProperty('K6_PROMETHEUS_RW_LABELS');
    expect(testRun.spec.runner.envFrom).toEqual([{ secretRef: { name: 'mythical-k6-remote-write' } }]);
    expect(testRun.spec.runner.image).toBe(`grafana/k6:${K6_VERSION}`);
  });

  it('mounts the generated ConfigMap keys where the bundle opens them', () => {
    const keys = Object.keys(parse(renderConfigMap(files, { name: 'mythical-k6-scripts' })).data);
    const volume = testRun.spec.runner.volumes[0];
    expect(volume.configMap.name).toBe('mythical-k6-scripts');
    for (const item of volume.configMap.items) {
      expect(keys).toContain(item.key);
      expect(item.key).toBe(configMapKey(item.path));
    }
    const mount = testRun.spec.runner.volumeMounts[0].mountPath;
    expect(testRun.spec.script.localFile).toBe(`${mount}/${scenario}.js`);
    expect(volume.configMap.items.map((i: { path: string }) => i.path)).toEqual([
      `${scenario}.js`,
      `${scenario}.js.map`,
      'data/names.json',
      'lib/options-stage.js',
      'lib/options-stage.js.map',
      'lib/report-stage.js',
      'lib/report-stage.js.map',
    ]);
  });

  it("keeps each runner's reports, k6's HTML report among them, in a folder of its own on the reports claim", () => {
    const names = testRun.spec.runner.env.map((e: { name: string }) => e.name);
    // Kubernetes expands $(VAR) only from variables listed earlier.
    const before = (a: string, b: string) => expect(names.indexOf(a)).toBeLessThan(names.indexOf(b));
    expect(env.REPORT_DIR).toBe('/reports/$(TESTID)/$(POD_NAME)');
    before('TESTID', 'REPORT_DIR');
    before('POD_NAME', 'REPORT_DIR');
    expect(env).toMatchObject({ K6_WEB_DASHBOARD: 'true', K6_WEB_DASHBOARD_PORT: '-1', K6_WEB_DASHBOARD_EXPORT: '$(REPORT_DIR)/report.html' });
    before('REPORT_DIR', 'K6_WEB_DASHBOARD_EXPORT');
    // The period the run tool would choose for this plan (RATE, DURATION as set here).
    expect(env.K6_WEB_DASHBOARD_PERIOD).toBe(formatPeriod(dashboardPeriodMs(plannedSeconds(scenario, env))));

    const claim = parse(readFileSync('deploy/k8s/reports-pvc.yaml', 'utf8'));
    expect(claim).toMatchObject({ kind: 'PersistentVolumeClaim', spec: { accessModes: ['ReadWriteMany'] } });
    const volume = testRun.spec.runner.volumes.find((v: { persistentVolumeClaim?: unknown }) => v.persistentVolumeClaim);
    expect(volume.persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    const mount = testRun.spec.runner.volumeMounts.find((m: { name: string }) => m.name === volume.name);
    expect(env.REPORT_DIR.startsWith(`${mount.mountPath}/`)).toBe(true);
    // k6 creates no folder: an init container makes it, as the k6 user the fsGroup lets write.
    const [init] = testRun.spec.runner.initContainers;
    expect(init).toMatchObject({ image: testRun.spec.runner.image, command: ['sh', '-c', 'mkdir -p "$REPORT_DIR"'], env: testRun.spec.runner.env });
    expect(init.volumeMounts).toContainEqual(mount);
    expect(testRun.spec.runner.securityContext).toEqual({ fsGroup: 12345 });
  });

  it('gives the initializer pod (k6 archive + inspect) the same k6, settings and files as the runners', () => {
    // k6-operator builds the initializer from spec.initializer alone, not from spec.runner.
    const { image, env: initEnv, volumes, volumeMounts } = testRun.spec.initializer;
    expect(image).toBe(testRun.spec.runner.image);
    expect(initEnv).toEqual(testRun.spec.runner.env);
    expect(volumes).toEqual(testRun.spec.runner.volumes);
    expect(volumeMounts).toEqual(testRun.spec.runner.volumeMounts);
  });
});
