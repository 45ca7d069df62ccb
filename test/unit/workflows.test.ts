import { validateWorkflow } from '@action-validator/core';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { USAGE } from '../../tools/gate/args.ts';
import { K6_VERSION } from '../../tools/k6-binary.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string>; 'timeout-minutes'?: number }>;
}

const WORKFLOWS = ['perf-gate.yml', 'soak.yml'];
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const load = (file: string) => {
  const text = readFileSync(`.github/workflows/${file}`, 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe.each(WORKFLOWS)('%s', (file) => {
  const { text, workflow } = load(file);

  it('is a valid workflow for the action-validator schema', () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('pins every action to a release, grafana/setup-k6-action to the suite k6 version', () => {
    const uses = steps(workflow).flatMap((step) => (step.uses ? [step.uses] : []));
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
    const setups = steps(workflow).filter((step) => step.uses?.startsWith('grafana/setup-k6-action@'));
    expect(setups).toHaveLength(1);
    expect(setups[0].with?.['k6-version']).toBe(K6_VERSION);
    expect(uses.some((ref) => ref.startsWith('grafana/run-k6-action@v1'))).toBe(true);
  });

  it('runs only bundles the build makes and npm scripts that exist', () => {
    for (const step of steps(workflow).filter((s) => s.uses?.startsWith('grafana/run-k6-action@'))) {
      const path = String(step.with?.path);
      expect(path).toMatch(/^dist\/[a-z]+\.js$/);
      expect(existsSync(path.replace(/^dist\/(.*)\.js$/, 'scenarios/$1.ts'))).toBe(true);
      expect(step.with?.['cloud-comment-on-pr']).toBe(false);
    }
    for (const [, script] of text.matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(script);
  });

  it("exports k6's HTML report of every run into that run's report folder, and uploads it", () => {
    const all = steps(workflow);
    const jobEnv = { ...workflow.env, ...Object.values(workflow.jobs)[0].env };
    const runs = all.map((step, index) => ({ step, index })).filter(({ step }) => step.uses?.startsWith('grafana/run-k6-action@'));
    expect(runs.length).toBeGreaterThan(0);
    for (const { step, index } of runs) {
      const scenario = /^dist\/([a-z]+)\.js$/.exec(String(step.with?.path))![1];
      const reportDir = step.env?.REPORT_DIR ?? jobEnv.REPORT_DIR;
      // The last dashboard settings written to $GITHUB_ENV before this run are this run's; after
      // an earlier run's, its period and file must not pass for the user's own.
      const written = all.slice(0, index).filter((s) => s.run?.includes('npm run --silent web-dashboard'));
      const unset = written.length > 1 ? 'env -u K6_WEB_DASHBOARD_PERIOD -u K6_WEB_DASHBOARD_EXPORT ' : '';
      const settings = written.pop();
      expect(settings?.run?.trim()).toBe(`${unset}npm run --silent web-dashboard -- ${scenario} ${reportDir} >> "$GITHUB_ENV"`);
      // The plan the period is chosen from is the plan k6 runs: the same load knobs.
      for (const knob of ['RATE', 'DURATION']) expect(settings?.env?.[knob]).toBe(step.env?.[knob]);
    }
    const upload = all.find((s) => s.uses?.startsWith('actions/upload-artifact@') && String(s.with?.path).includes('reports/'));
    expect(upload).toMatchObject({ id: 'upload' });
    expect(text).toContain('steps.upload.outputs.artifact-url');
    expect(text).toMatch(/reports\/(\$scenario|soak)\/report\.html/);
  });

  it('has a time limit', () => {
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });
});

describe('perf-gate.yml', () => {
  const { text, workflow } = load('perf-gate.yml');

  it('runs on pull requests and refreshes the baseline on main', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(text).toContain('name: perf-baseline');
  });

  it('calls the gate with flags it accepts, and posts its Markdown', () => {
    const call = /npm run --silent gate -- ([^\n]*\\\n[^\n]*)/.exec(text)?.[1] ?? '';
    const flags = [...call.matchAll(/(--[a-z-]+)/g)].map((m) => m[1]);
    expect(flags).toEqual(['--baseline', '--current', '--tolerance']);
    for (const flag of flags) expect(USAGE).toContain(flag);
    expect(text).toContain('gate.md');
    expect(text).toContain('github.rest.issues.createComment');
  });
});

describe('soak.yml', () => {
  const { workflow } = load('soak.yml');

  it('runs nightly and by hand, with credentials only from secrets', () => {
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
    const env = workflow.jobs.soak.env ?? {};
    for (const name of ['K6_PROMETHEUS_RW_USERNAME', 'K6_PROMETHEUS_RW_PASSWORD', 'K6_PROMETHEUS_RW_BEARER_TOKEN']) {
      expect(env[name]).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
    }
    expect(env.K6_PROMETHEUS_RW_SERVER_URL).toMatch(/vars\./);
  });
});
