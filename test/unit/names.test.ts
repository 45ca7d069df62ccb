import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTestId } from '../../lib/config/parse.ts';
import {
  NAME_MAX_LENGTH,
  RUN_PREFIX_LENGTH,
  belongsToRun,
  composeName,
  parseNameList,
  runPrefix,
  slugify,
} from '../../lib/names.ts';

const slugs: string[] = JSON.parse(readFileSync(new URL('../../dist/data/names.json', import.meta.url), 'utf8'));
const longestSlug = slugs.reduce((a, b) => (b.length > a.length ? b : a));

describe('runPrefix', () => {
  it('is k6 and 6 base36 characters, the same for the same testid', () => {
    expect(runPrefix('smoke-20250102T030405Z-abc123')).toMatch(/^k6[0-9a-z]{6}$/);
    expect(runPrefix('x')).toHaveLength(RUN_PREFIX_LENGTH);
    expect(runPrefix('same')).toBe(runPrefix('same'));
  });

  it('differs between concurrent runs (10 000 default testids, no collision)', () => {
    const now = new Date();
    const prefixes = new Set(Array.from({ length: 10_000 }, () => runPrefix(defaultTestId('smoke', now, Math.random))));
    expect(prefixes.size).toBeGreaterThan(9_990);
  });
});

describe('composeName', () => {
  it('stays within 50 characters at the extremes (vu 100000, iteration 10^9, longest faker name)', () => {
    const name = composeName(runPrefix('t'), longestSlug, 100_000, 1e9);
    expect(name.length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
    expect(name).toMatch(/^k6[0-9a-z]{6}-[a-z0-9-]+-255s-gjdgxs$/);
    expect(composeName('k6abcdef', 'x'.repeat(500), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
  });

  it('is unique across VUs and iterations, even with the same slug', () => {
    const prefix = runPrefix('run');
    const names = new Set<string>();
    for (const vu of [1, 2, 10, 35, 36, 1295, 1296, 99_999, 100_000]) {
      for (const iteration of [0, 1, 35, 36, 1_000_000, 1e9 - 1, 1e9]) names.add(composeName(prefix, longestSlug, vu, iteration));
    }
    expect(names.size).toBe(9 * 7);
  });

  it('is unique when the slug itself ends in digits that look like a vu', () => {
    expect(composeName('k6aaaaaa', 'ann-1', 2, 3)).not.toBe(composeName('k6aaaaaa', 'ann', 1, 2));
  });

  it('is unique across runs: the prefix differs', () => {
    const a = composeName(runPrefix('run-a'), 'ann', 1, 1);
    const b = composeName(runPrefix('run-b'), 'ann', 1, 1);
    expect(a).not.toBe(b);
    expect(belongsToRun(a, runPrefix('run-a'))).toBe(true);
    expect(belongsToRun(a, runPrefix('run-b'))).toBe(false);
  });

  it('drops the slug when no room is left, never the unique part', () => {
    expect(composeName('k6abcdef', '', 1, 1)).toBe('k6abcdef-1-1');
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
