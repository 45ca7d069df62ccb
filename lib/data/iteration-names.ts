
/**
 * Name slugs generated at build time from faker (`dist/data/names.json`), loaded once and
 * shared by every VU: faker itself never runs in a VU. The path is relative to the bundle.
 * `composeName` (lib/row-names.ts) picks an iteration's slug from it.
 */
export const slugs = new SharedArray('mythical-k6 names', (): string[] => JSON.parse(open('./data/names.json')));import { SharedArray } from '../k6-modules.ts';

