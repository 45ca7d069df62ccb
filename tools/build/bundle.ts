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

/**
 * Path of the options stage bundle inside `dist/` (entry `lib/options-stage.ts`): the settings
 * parsers, plans, SLO catalog and report, which only the init runs with `__VU` 0 load (see
 * lib/init-stage.ts, which requires it by this path relative to the scenario bundle).
 */
export const OPTIONS_STAGE_FILE = 'lib/options-stage.js';

/** Path of the report stage bundle inside `dist/` (entry `lib/report-stage.ts`): the end-of-test report, `__VU` 0 only. */
export const REPORT_STAGE_FILE = 'lib/report-stage.js';

/** Path of the run stage bundle inside `dist/` (entry `lib/run-stage.ts`): setup's probe and teardown's sweep, `__VU` 0 only. */
export const RUN_STAGE_FILE = 'lib/run-stage.js';

/** The stage bundles a scenario bundle requires in its `__VU` 0 inits. */
export const STAGE_FILES = [OPTIONS_STAGE_FILE, REPORT_STAGE_FILE, RUN_STAGE_FILE];

/** The most a bundle may weigh: every VU instantiates its code, so a VU pays for every byte of it. */
export const BUNDLE_LIMIT_BYTES = 50 * 1024;

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

/**
 * Leaves the options stage bundle out of the scenario bundles: they `require` it at run time,
 * in the init runs with `__VU` 0 only, so the VUs never instantiate its code.
 */
export const keepOptionsStageApart: Plugin = {
  name: 'keep-options-stage-apart',
  setup(builder) {
    builder.onResolve({ filter: /-stage\.js$/ }, (args) =>
      STAGE_FILES.some((file) => args.path === `./${file}`) ? { path: args.path, external: true } : undefined,
    );
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
 * scenario, the options stage bundle they require in the `__VU` 0 init runs, each with its source
 * map beside it (`<bundle>.js.map`, named by the bundle's `sourceMappingURL` comment: k6 reads it
 * to map a stack trace back to the TypeScript; source paths are relative, contents left out), and
 * the name data. A bundle holds code only, so every VU compiles and holds no map.
 */
export async function buildDist(): Promise<Map<string, Buffer>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [
      ...scenarioNames().map((name) => ({ in: path.join('scenarios', `${name}.ts`), out: name })),
      ...STAGE_FILES.map((file) => ({ in: file.replace(/\.js$/, '.ts'), out: file.replace(/\.js$/, '') })),
    ],
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // k6's runtime runs ES2022 (class fields, ??=) natively: lowering them would add helpers
    // that build Object's static methods in every VU.
    target: 'es2022',
    external: ['k6', 'k6/*'],
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: BANNER },
    plugins: [refuseRemoteImports, keepOptionsStageApart],
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
