import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from '../../tools/build.ts';
import { DIST, STAGE_FILES } from '../../tools/build/bundle.ts';

/** The most a scenario bundle may weigh: every VU compiles and holds its code. */
export const BUNDLE_AIM_KIB = 50;

/** One bundle of a `dist/` and its size. */
export interface BundleSize {
  /** Path inside `dist/`, e.g. `load.js` or `lib/options-stage.js`. */
  file: string;
  kib: number;
}

/** The scenario bundles of `dist` and the stages their `__VU` 0 inits require, with their sizes (code only). */
export function bundleSizes(dist: string): BundleSize[] {
  const files = [...readdirSync(dist).filter((file) => file.endsWith('.js')).sort(), ...STAGE_FILES];
  return files.map((file) => ({ file, kib: statSync(join(dist, file)).size / 1024 }));
}

/**
 * The size of each bundle in `dist/`, the scenarios and the stages their `__VU` 0 inits require
 * (code only; each source map sits beside its bundle and k6 reads it only to map a stack trace),
 * against the aim of at most 50 KiB each.
 */
export async function bundleSize(): Promise<string[]> {
  const rebuilt = await buildIfStale();
  return [
    ...(rebuilt.length > 0 ? ['dist/ was stale and has been rebuilt'] : []),
    ...bundleSizes(DIST).map(
      ({ file, kib }) => `dist/${file.padEnd(22)} ${kib.toFixed(1).padStart(6)} KiB  ${kib <= BUNDLE_AIM_KIB ? 'met' : 'NOT met'} (aim ≤ ${BUNDLE_AIM_KIB} KiB)`,
    ),
  ];
}
