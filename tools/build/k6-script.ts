import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST, NAMES_FILE, ROOT, STAGE_FILES, keepOptionsStageApart } from './bundle.ts';

/**
 * Bundles `entry`, a k6 script in TypeScript that imports the suite's modules (a benchmark's or
 * a test's), into `dir` as `name` the way the scenarios are bundled, with what a bundle of dist/
 * finds beside it: the name data its names `SharedArray` opens and the stages its `__VU` 0 init
 * requires (copied from dist/). Returns the script's path.
 */
export async function bundleK6Script(entry: string, dir: string, name: string): Promise<string> {
  const script = join(dir, name);
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['k6', 'k6/*'],
    plugins: [keepOptionsStageApart],
    logLevel: 'error',
  });
  for (const file of [NAMES_FILE, ...STAGE_FILES]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(DIST, file), join(dir, file));
  }
  return script;
}
