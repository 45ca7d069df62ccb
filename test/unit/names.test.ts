import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NAME_MAX_LENGTH,
  SLUG_MAX_LENGTH,
  composeName,
  parseNameList,
  parseRunRows,
  randomRunId,
  runRows,
  slugify,
  sweepable,
} from '../../lib/row-names.ts';

const slugs: string[] = JSON.parse(readFileSync(new URL('../../dist/data/names.json', import.meta.url), 'utf8'));

const START = Date.UTC(2026, 10, 27, 10, 0, 0);
const HOUR = 3_600_000;

describe('runRows', () => {
  it('states the start and the end in the prefix, start rounded down and end up', () => {
    const run = runRows(START + 999, 285_000 + 1, 'k3x9q1');
    expect(run.prefix).toMatch(/^mk6\.[0-9a-z]{7}\.[0-9a-z]{1,5}\.k3x9q1$/);
    expect(run.startMs).toBe(START);
    expect(run.endMs).toBe(START + 286_000);
    expect(parseRunRows(`${run.prefix}-ann-1-0`)).toEqual(run);
  });

  it('keeps a fixed width start far past 2038, and caps the life at 5 base36 digits', () => {
    expect(runRows(Date.UTC(2300, 0, 1), 1000, 'aaaaaa').prefix).toMatch(/^mk6\.[0-9a-z]{7}\./);
    expect(runRows(START, 10 * 365 * 24 * HOUR, 'aaaaaa').prefix.split('.')[2]).toHaveLength(5);
  });

  it('draws distinct ids for concurrent runs (10 000 draws, almost no collision)', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => randomRunId(Math.random)));
    expect(ids.size).toBeGreaterThan(9_990);
  });
});

describe('parseRunRows', () => {
  it('refuses names the suite did not create', () => {
    for (const name of ['ann', 'k6abcdef-ann-1-1', 'mk6-ann', 'mk6.0tp5p19.7x.1gac4-ann', 'mk6.0tp5p19.7x.1gac48x', 'MK6.0tp5p19.7x.1gac48']) {
      expect(parseRunRows(name), name).toBeUndefined();
    }
  });
});

describe('sweepable', () => {
  const ended = runRows(START - 2 * HOUR, HOUR, 'ended1').prefix;
  const going = runRows(START - 60_000, HOUR, 'going1').prefix;
  it('takes rows of runs past their stated end, and the sweeping run\'s own', () => {
    expect(sweepable(`${ended}-ann-1-0`, START)).toBe(true);
    expect(sweepable(`${going}-ann-1-0`, START)).toBe(false);
    expect(sweepable(`${going}-ann-1-0`, START, going)).toBe(true);
  });

  it('never takes a row the suite did not create', () => {
    expect(sweepable('alice', START)).toBe(false);
    expect(sweepable('k6abcdef-ann-1-1', START, 'k6abcdef')).toBe(false);
  });
});

describe('composeName', () => {
  const prefix = runRows(START, 10 * 365 * 24 * HOUR, 'k3x9q1').prefix;
  const fullSlug = 'x'.repeat(SLUG_MAX_LENGTH);
  it('stays within 50 characters with the longest prefix and slug, up to the slug limits (46 655 VUs, 60 466 175 iterations)', () => {
    expect(prefix).toHaveLength(24);
    const name = composeName(prefix, [fullSlug], 36 ** 3 - 1, 36 ** 5 - 1);
    expect(name).toBe(`${prefix}-${fullSlug}-zzz-zzzzz`);
    expect(name).toHaveLength(NAME_MAX_LENGTH);
    expect(parseRunRows(name)?.prefix).toBe(prefix);
  });

  it('leaves the slug out past those limits, and fits with the largest safe integers', () => {
    expect(composeName(prefix, [fullSlug], 36 ** 3, 0)).toBe(`${prefix}-1000-0`);
    expect(composeName(prefix, [fullSlug], 1, 36 ** 5)).toBe(`${prefix}-1-100000`);
    const largest = composeName(prefix, [fullSlug], Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    expect(largest).toBe(`${prefix}-${Number.MAX_SAFE_INTEGER.toString(36)}-${Number.MAX_SAFE_INTEGER.toString(36)}`);
    expect(largest.length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
  });

  it('spells vu and iteration in base36', () => {
    expect(composeName(prefix, ['ann'], 1295, 36)).toBe(`${prefix}-ann-zz-10`);
    expect(composeName(prefix, ['ann'], 0, 0)).toBe(`${prefix}-ann-0-0`);
  });

  it('is unique across VUs and iterations, with the same slug or none', () => {
    const names = new Set<string>();
    const vus = [1, 2, 10, 35, 36, 1295, 1296, 36 ** 3 - 1, 36 ** 3, 99_999];
    const iterations = [0, 1, 35, 36, 1_000_000, 36 ** 5 - 1, 36 ** 5, 1e9];
    for (const vu of vus) for (const iteration of iterations) names.add(composeName(prefix, [fullSlug], vu, iteration));
    expect(names.size).toBe(vus.length * iterations.length);
  });

  it('is unique when the slug itself ends in digits that look like a vu', () => {
    expect(composeName(prefix, ['ann-1'], 2, 3)).not.toBe(composeName(prefix, ['ann'], 1, 2));
  });

  it('draws neighbouring VUs\' slugs far apart in the list, one per iteration', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const slugOf = (vu: number, iteration: number) => composeName(prefix, list, vu, iteration).slice(prefix.length + 1, prefix.length + 2);
    expect(slugOf(1, 0)).not.toBe(slugOf(2, 0));
    expect(slugOf(1, 0)).not.toBe(slugOf(1, 1));
  });
});

describe('the shipped name data', () => {
  it('holds distinct, non-empty lowercase slugs no longer than SLUG_MAX_LENGTH', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    }
  });
});

describe('slugify', () => {
  it('drops accents and symbols', () => {
    expect(slugify("José O'Hara-Núñez Jr.")).toBe('jose-o-hara-nunez-jr');
    expect(slugify('  ')).toBe('');
  });
});

describe('parseNameList', () => {
  it('reads the GET array', () => {
    expect(parseNameList('[{"name":"a"},{"name":"b"}]')).toEqual(['a', 'b']);
    expect(parseNameList('[]')).toEqual([]);
  });

  it('refuses anything else without throwing', () => {
    for (const body of ['Table is not available', '{"code":"23505"}', '{"push":1,"length":0}', '"[]"', 'null', '7', '[{"name":1}]', '[null]', '[7]', '']) {
      expect(parseNameList(body)).toBeUndefined();
    }
  });
});
