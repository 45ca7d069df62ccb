import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from '../../tools/build.ts';
import { DIST, STAGE_FILES } from '../../tools/build/bundle.ts';

/** The most a scenario bundle may weigh: every VU compiles and holds its code. */
const AIM_KIB = 50;

/**
 * The size of each bundle in `dist/`, the scenarios and the stages their `__VU` 0 inits require
 * (code only; each source map sits beside its bundle and k6 reads it only to map a stack trace),
 * against the aim of at most 50 KiB each.
 */
export async function bundleSize(): Promise<string[]> {
  const rebuilt = await buildIfStale();
  const bundles = [...readdirSync(DIST).filter((file) => file.endsWith('.js')).sort(), ...STAGE_FILES];
  const kib = (file: string) => statSync(join(DIST, file)).size / 1024;
  return [
    ...(rebuilt.length > 0 ? ['dist/ was stale and has been rebuilt'] : []),
    ...bundles.map((file) => {
      const size = kib(file);
      return `dist/${file.padEnd(22)} ${size.toFixed(1).padStart(6)} KiB  ${size <= AIM_KIB ? 'met' : 'NOT met'} (aim ≤ ${AIM_KIB} KiB)`;
    }),
  ];
}
