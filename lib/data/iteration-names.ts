import { SharedArray } from 'k6/data';
import { composeName } from '../row-names.ts';
import type { RunId } from '../run-id.ts';
import { vuIdInTest, vuIteration } from '../vu.ts';

/**
 * Name slugs generated at build time from faker (`dist/data/names.json`), loaded once and
 * shared by every VU: faker itself never runs in a VU. The path is relative to the bundle.
 */
const slugs = new SharedArray('mythical-k6 names', (): string[] => JSON.parse(open('./data/names.json')));

/**
 * The name this VU's current iteration creates: unique per VU and iteration (the test-wide VU
 * id keeps it unique across the instances of a distributed run), and per run by the prefix.
 */
export function iterationName(run: RunId): string {
  const vu = vuIdInTest();
  const iteration = vuIteration();
  // A prime stride spreads neighbouring VUs over the list, so rows read like different people.
  const slug = slugs[(vu * 7919 + iteration) % slugs.length];
  return composeName(run.prefix, slug, vu, iteration);
}
