import { transform } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { knobsOf } from '../../lib/settings/declarations.ts';
import { STAGE_FILES, buildDist, scenarioNames } from '../../tools/build/bundle.ts';

/**
 * Functions that only the inits with `__VU` 0 call: options, settings and knobs, the SLO
 * catalog, the report, setup's probe and row naming, teardown's sweep.
 */
const STAGE_ONLY = [
  'parseConfig', 'parseSloSettings', 'validator', 'knobReader', 'baseOptions', 'buildCatalog', 'compileThresholds', 'endOfTestOutputs',
  'probeTarget', 'runRows', 'runLifeMs', 'sweepRun',
];

let built: Map<string, Buffer>;
beforeAll(async () => {
  built = await buildDist();
});

describe.each(scenarioNames())('dist/%s.js', (scenario) => {
  it('builds, parses, and sends every request through the named, traced client', async () => {
    const bundle = built.get(`${scenario}.js`)?.toString('utf8');
    expect(bundle).toBeDefined();
    await expect(transform(bundle as string, { format: 'esm', loader: 'js' })).resolves.toBeDefined();
    // One request call site: the client's, which tags `name` (and `beast` or `op`) on every request.
    expect(bundle!.match(/\bhttp\.(request|get|post|del|batch)\(/g)).toEqual(['http.request(']);
    expect(bundle).toContain('./data/names.json');
    expect(bundle).toMatch(/export\s*\{[^}]*\boptions\b/);
    expect(bundle).toMatch(/export\s*\{[^}]*\bhandleSummary\b/);
  });

  it('leaves to the stage bundles what only the __VU 0 inits run: no per-VU parser, catalog, report, probe or sweep', () => {
    const bundle = built.get(`${scenario}.js`)!.toString('utf8');
    for (const stageOnly of STAGE_ONLY) expect(bundle).not.toMatch(new RegExp(`function ${stageOnly}\\b`));
  });

  it('has its knobs declared (lib/settings/declarations.ts)', () => {
    expect(knobsOf(scenario).length).toBeGreaterThan(0);
  });
});

it('the stage bundles hold what the scenario bundles leave out', () => {
  const stage = STAGE_FILES.map((file) => built.get(file)!.toString('utf8')).join('\n');
  for (const stageOnly of STAGE_ONLY) expect(stage).toMatch(new RegExp(`function ${stageOnly}\\b`));
});

it('dist/data/names.json ships with the bundles', () => {
  expect(JSON.parse(built.get('data/names.json')!.toString('utf8')).length).toBeGreaterThan(100);
});
