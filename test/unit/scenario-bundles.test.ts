import { transform } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_KNOBS } from '../../lib/config/scenarios.ts';
import { SCENARIO_PLANS } from '../../lib/plans/index.ts';
import { buildDist } from '../../tools/build/bundle.ts';

let built: Map<string, Buffer>;
beforeAll(async () => {
  built = await buildDist();
});

describe.each(Object.keys(SCENARIO_PLANS))('dist/%s.js', (scenario) => {
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

  it('is registered with the load knobs it honours', () => {
    expect(SCENARIO_KNOBS[scenario]).toBeDefined();
  });
});

it('dist/data/names.json ships with the bundles', () => {
  expect(JSON.parse(built.get('data/names.json')!.toString('utf8')).length).toBeGreaterThan(100);
});
