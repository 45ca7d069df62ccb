import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NAME_MAX_LENGTH,
  composeName,
  parseNameList,
  parseRunRows,
  randomRunId,
  runRows,
  slugify,
  sweepable,
} from '../../lib/row-names.ts';

const slugs: string[] = JSON.parse(readFileSync(new URL('../../dist/data/names.json', import.meta.url), 'utf8'));
const longestSlug = slugs.reduce((a, b) => (b.length > a.length ? b : a));

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
  it('stays within 50 characters at the extremes (longest prefix, vu 100000, iteration 10^9, longest faker name)', () => {
    const name = composeName(prefix, [longestSlug], 100_000, 1e9);
    expect(name.length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
    expect(name).toMatch(/^mk6\.[0-9a-z.]+-[a-z0-9-]+-255s-gjdgxs$/);
    expect(parseRunRows(name)?.prefix).toBe(prefix);
    expect(composeName(prefix, ['x'.repeat(500)], Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
  });

  it('is unique across VUs and iterations, even with the same slug', () => {
    const names = new Set<string>();
    for (const vu of [1, 2, 10, 35, 36, 1295, 1296, 99_999, 100_000]) {
      for (const iteration of [0, 1, 35, 36, 1_000_000, 1e9 - 1, 1e9]) names.add(composeName(prefix, [longestSlug], vu, iteration));
    }
    expect(names.size).toBe(9 * 7);
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

  it('drops the slug when no room is left, never the unique part', () => {
    expect(composeName(prefix, [''], 1, 1)).toBe(`${prefix}-1-1`);
  });
});

describe('the shipped name data', () => {
  it('holds distinct, non-empty lowercase slugs', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
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
    for (const body of ['Table is not available', '{"code":"23505"}', '[{"name":1}]', '[null]', '']) {
      expect(parseNameList(body)).toBeUndefined();
    }
  });
});
