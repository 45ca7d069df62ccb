/**
 * Bundles the scenarios into the files of `dist/`, in memory, so the build and the dist check
 * share one deterministic step: same sources, same bytes.
 */
import { build, type Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { namesJson } from './names-data.ts';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `dist/`, where k6 runs the bundles from. */
export const DIST = path.join(ROOT, 'dist');

/** Path of the name data inside `dist/`. */
export const NAMES_FILE = 'data/names.json';

const BANNER = '// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.';

/** k6 would fetch a remote import at run time; the suite ships everything in its bundles. */
export const refuseRemoteImports: Plugin = {
  name: 'refuse-remote-imports',
  setup(builder) {
    builder.onResolve({ filter: /^https?:\/\// }, (args) => ({
      errors: [{ text: `remote import ${args.path} is not allowed: vendor it under lib/ instead` }],
    }));
  },
};

/** esbuild refused the sources; it has printed each error, with its file and line, above. */
export class BuildError extends Error {}

/** The scenario names: every `scenarios/*.ts`, sorted. */
export function scenarioNames(): string[] {
  return readdirSync(path.join(ROOT, 'scenarios'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

/**
 * Every file of `dist/`, keyed by its path inside `dist/` (POSIX separators): one ESM bundle per
 * scenario with an inline source map (k6 maps stack traces through it back to the TypeScript;
 * source paths are relative, contents left out), plus the name data.
 */
export async function buildDist(): Promise<Map<string, Buffer>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: scenarioNames().map((name) => path.join('scenarios', `${name}.ts`)),
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    external: ['k6', 'k6/*'],
    sourcemap: 'inline',
    sourcesContent: false,
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: BANNER },
    plugins: [refuseRemoteImports],
    write: false,
    logLevel: 'error',
  }).catch((error: { errors?: unknown[] }) => {
    throw new BuildError(`build: ${error.errors?.length ?? 1} error(s) in scenarios/ or lib/ (shown above); dist/ is unchanged`);
  });
  const files = new Map<string, Buffer>();
  for (const output of result.outputFiles) {
    files.set(path.relative(DIST, output.path).split(path.sep).join('/'), Buffer.from(output.contents));
  }
  files.set(NAMES_FILE, Buffer.from(namesJson()));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
