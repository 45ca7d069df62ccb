/**
 * `npm run configmap -- [--scenario load ...] [--name mythical-k6-scripts] [--namespace ns]`:
 * prints the ConfigMap of the built bundles (dist/<scenario>.js and dist/data/names.json, which
 * every bundle opens) for the k6-operator TestRuns in deploy/k8s/. Pipe it to `kubectl apply -f -`.
 * Builds dist/ first when it is stale. Exit 2 on a bad flag or an unknown scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale, readTree } from './build.ts';
import { DIST } from './build/bundle.ts';
import { ConfigMapTooLarge, renderConfigMap } from './k8s/configmap.ts';

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { scenario: { type: 'string', multiple: true }, name: { type: 'string' }, namespace: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dns = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
  const name = values.name ?? 'mythical-k6-scripts';
  if (!dns.test(name)) throw new UsageError(`--name ${name}: expected a DNS label (lowercase letters, digits, -)`);
  if (values.namespace !== undefined && !dns.test(values.namespace)) {
    throw new UsageError(`--namespace ${values.namespace}: expected a DNS label (lowercase letters, digits, -)`);
  }
  await buildIfStale();
  const built = [...readTree(DIST).keys()];
  const bundles = built.filter((path) => /^[a-z]+\.js$/.test(path));
  const wanted = values.scenario ?? bundles.map((path) => path.slice(0, -3));
  for (const scenario of wanted) {
    if (!bundles.includes(`${scenario}.js`)) {
      throw new UsageError(`--scenario ${scenario}: no such bundle; expected one of ${bundles.map((b) => b.slice(0, -3)).join(', ')}`);
    }
  }
  // Each bundle with its source map, plus what every bundle loads beside it: the options stage
  // (lib/) and the name data (data/).
  const shared = built.filter((path) => path.startsWith('data/') || path.startsWith('lib/'));
  const paths = [...wanted.flatMap((scenario) => [`${scenario}.js`, `${scenario}.js.map`]), ...shared];
  const files = new Map(paths.map((path) => [path, readFileSync(join(DIST, path), 'utf8')]));
  process.stdout.write(renderConfigMap(files, { name, namespace: values.namespace }));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof ConfigMapTooLarge;
  process.stderr.write(`configmap: ${known ? (error as Error).message : (error as Error).stack}\n`);
  process.exitCode = 2;
});
