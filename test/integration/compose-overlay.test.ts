import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { K6_VERSION } from '../../tools/k6-binary.ts';
import { dashboardPeriodMs, formatPeriod, plannedSeconds } from '../../tools/web-dashboard.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCKER_COMPOSE = process.env.DOCKER_COMPOSE_BIN ?? '/usr/bin/docker-compose';

type Service = {
  image?: string;
  profiles?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  entrypoint?: string[];
  command?: string[];
  depends_on?: Record<string, unknown>;
  restart?: string;
};

/**
 * Renders intro-to-mltp's compose file (a stub in test/fixtures) with the overlay, as a user
 * runs it from a checkout next to this one: `docker-compose config` merges and interpolates
 * without a Docker daemon.
 */
describe('docker-compose.k6.yml over the intro-to-mltp stack', () => {
  let workspace: string;
  let services: Record<string, Service>;

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'compose-overlay-'));
    const stack = path.join(workspace, 'intro-to-mltp');
    await mkdir(stack);
    await copyFile(path.join(ROOT, 'test/fixtures/compose/intro-to-mltp.yml'), path.join(stack, 'docker-compose.yml'));
    const env = { ...process.env, MYTHICAL_K6_DIR: ROOT, TESTID: '', VUS: '', ITERATIONS: '', RATE: '', DURATION: '', TAGS: '', K6_WEB_DASHBOARD: '', K6_WEB_DASHBOARD_PERIOD: '' };
    const { stdout } = await run(DOCKER_COMPOSE, ['-f', 'docker-compose.yml', '-f', path.join(ROOT, 'docker-compose.k6.yml'), 'config'], {
      cwd: stack,
      env,
    });
    services = (parse(stdout) as { services: Record<string, Service> }).services;
  });
  afterAll(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it('adds a one-shot smoke and a soak service, each behind its profile, on the pinned k6 image', () => {
    for (const [name, scenario] of [['mythical-k6-smoke', 'smoke'], ['mythical-k6-soak', 'soak']] as const) {
      const service = services[name];
      expect(service.image).toBe(`grafana/k6:${K6_VERSION}`);
      expect(service.profiles).toEqual([scenario]);
      expect(service.restart).toBe('no');
      expect(Object.keys(service.depends_on ?? {}).sort()).toEqual(['loki', 'mimir', 'mythical-server']);
      expect(service.entrypoint).toEqual(['/bin/sh', '-c']);
      expect(service.command?.slice(1)).toEqual(['mythical-k6', scenario]);
    }
  });

  it('mounts the built bundles read-only and the reports writable', () => {
    for (const name of ['mythical-k6-smoke', 'mythical-k6-soak']) {
      expect(services[name].volumes?.sort()).toEqual([`${ROOT}/dist:/scripts:ro`, `${ROOT}/reports:/reports:rw`]);
    }
  });

  it('writes native histograms to the stack\'s Mimir with stale markers and targets the stack\'s server', () => {
    for (const name of ['mythical-k6-smoke', 'mythical-k6-soak']) {
      expect(services[name].environment).toMatchObject({
        BASE_URL: 'http://mythical-server:4000',
        K6_PROMETHEUS_RW_SERVER_URL: 'http://mimir:9009/api/v1/push',
        K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: 'true',
        K6_PROMETHEUS_RW_STALE_MARKERS: 'true',
      });
    }
    expect(Object.keys(services['mythical-k6-smoke'].environment ?? {})).toEqual(expect.arrayContaining(['VUS', 'ITERATIONS']));
    expect(Object.keys(services['mythical-k6-soak'].environment ?? {})).toEqual(expect.arrayContaining(['RATE', 'DURATION']));
  });

  it('runs k6 with one testid for tags, report dir and Loki log labels', () => {
    // `config` keeps compose's `$$` escapes; the container's shell sees single `$`.
    const script = services['mythical-k6-smoke'].command?.[0].replaceAll('$$', '$') ?? '';
    expect(script).toContain('exec k6 run');
    // CLI tags replace the script's options.tags (TESTID and TAGS) whole: none here.
    expect(script).not.toContain('--tag');
    expect(script).toContain('export TESTID REPORT_DIR');
    expect(script).toContain('--out experimental-prometheus-rw');
    // The exemplar lines are debug-level: without --verbose they would not reach Loki.
    expect(script).toContain('--verbose');
    expect(script).toContain(
      '--log-output "loki=http://loki:3100/loki/api/v1/push,label.testid=$TESTID,label.service_name=mythical-k6,allowedLabels=[level,source,testid,service_name]"',
    );
    expect(script).toContain('REPORT_DIR="/reports/$TESTID"');
    // k6 creates no folder for handleSummary's files.
    expect(script.indexOf('mkdir -p "$REPORT_DIR"')).toBeGreaterThan(script.indexOf('REPORT_DIR='));
    expect(script.indexOf('mkdir -p "$REPORT_DIR"')).toBeLessThan(script.indexOf('exec k6 run'));
    expect(script).toContain('"/scripts/$scenario.js"');
  });

  it("exports k6's HTML report into the run's report folder, serving no port, with the suite's period for each scenario", () => {
    for (const [name, scenario] of [['mythical-k6-smoke', 'smoke'], ['mythical-k6-soak', 'soak']] as const) {
      const script = services[name].command?.[0].replaceAll('$$', '$') ?? '';
      expect(script).toContain('K6_WEB_DASHBOARD_EXPORT="$REPORT_DIR/report.html"');
      expect(script).toContain('export TESTID REPORT_DIR K6_WEB_DASHBOARD_EXPORT');
      expect(services[name].environment).toMatchObject({
        K6_WEB_DASHBOARD: 'true',
        K6_WEB_DASHBOARD_PORT: '-1',
        // What the run tool would choose for the scenario's default plan.
        K6_WEB_DASHBOARD_PERIOD: formatPeriod(dashboardPeriodMs(plannedSeconds(scenario, {}))),
      });
    }
  });

  it('hands the container a script the shell parses', async () => {
    const script = services['mythical-k6-smoke'].command?.[0].replaceAll('$$', '$') ?? '';
    await expect(run('/bin/sh', ['-n', '-c', script])).resolves.toMatchObject({ stderr: '' });
    await expect(run('/bin/sh', ['-n', '-c', `${script}\nfi`])).rejects.toThrow();
  });

  it('keeps the stack\'s always-on k6 off unless asked for, and provisions the dashboards into its Grafana', () => {
    expect(services.k6.profiles).toEqual(['stack-k6']);
    expect(services.k6.image).toBe('grafana/k6');
    const volumes = services.grafana.volumes ?? [];
    expect(volumes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/grafana\/provisioning:\/etc\/grafana\/provisioning:rw$/),
        `${ROOT}/deploy/grafana/mythical-k6-dashboards.yaml:/etc/grafana/provisioning/dashboards/mythical-k6.yaml:ro`,
        `${ROOT}/dashboards:/etc/mythical-k6/dashboards:ro`,
      ]),
    );
    // The stack's own services are otherwise untouched.
    expect(services['mythical-server'].image).toBe('grafana/intro-to-mltp:mythical-beasts-server-latest');
    expect(services['mythical-server'].profiles).toBeUndefined();
  });

  it('resolves the checkout next to the stack by default', async () => {
    const stack = path.join(workspace, 'intro-to-mltp');
    const { MYTHICAL_K6_DIR: _unset, ...env } = process.env;
    const { stdout } = await run(DOCKER_COMPOSE, ['-f', 'docker-compose.yml', '-f', path.join(ROOT, 'docker-compose.k6.yml'), 'config'], { cwd: stack, env });
    const smoke = (parse(stdout) as { services: Record<string, Service> }).services['mythical-k6-smoke'];
    expect(smoke.volumes).toContain(`${path.join(workspace, 'mythical-k6')}/dist:/scripts:ro`);
  });
});

describe('the Grafana dashboard provider', () => {
  it('reads the mounted dashboards into their own folder', async () => {
    const provider = parse(await readFile(path.join(ROOT, 'deploy/grafana/mythical-k6-dashboards.yaml'), 'utf8'));
    expect(provider).toMatchObject({
      apiVersion: 1,
      providers: [{ name: 'mythical-k6', type: 'file', folder: 'mythical-k6', options: { path: '/etc/mythical-k6/dashboards' } }],
    });
  });
});
