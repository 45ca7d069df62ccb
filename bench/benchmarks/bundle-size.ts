import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from '../../tools/build.ts';
import { DIST } from '../../tools/build/bundle.ts';

/** The most a scenario bundle may weigh: every VU compiles and holds its code. */
const AIM_KIB = 50;

/**
 * The size of each scenario bundle in `dist/` (code only; its source map sits beside it and
 * k6 reads it only to map a stack trace), against the aim of at most 50 KiB each.
 */
export async function bundleSize(): Promise<string[]> {
  const rebuilt = await buildIfStale();
  const bundles = readdirSync(DIST).filter((file) => file.endsWith('.js')).sort();
  const kib = (file: string) => statSync(join(DIST, file)).size / 1024;
  return [
    ...(rebuilt.length > 0 ? ['dist/ was stale and has been rebuilt'] : []),
    ...bundles.map((file) => {
      const size = kib(file);
      return `dist/${file.padEnd(14)} ${size.toFixed(1).padStart(6)} KiB  ${size <= AIM_KIB ? 'met' : 'NOT met'} (aim ≤ ${AIM_KIB} KiB)`;
    }),
  ];
}
