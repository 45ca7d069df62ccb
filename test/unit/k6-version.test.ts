import { describe, expect, it } from 'vitest';
import { HOW_TO_GET_K6, K6_MIN_VERSION, K6NotFoundError, versionAtLeast } from '../../tools/k6-binary.ts';

describe('versionAtLeast', () => {
  it('compares numerically, part by part', () => {
    expect(versionAtLeast('2.3.0', '2.3.0')).toBe(true);
    expect(versionAtLeast('2.10.0', '2.3.0')).toBe(true);
    expect(versionAtLeast('3.0.0', '2.3.0')).toBe(true);
    expect(versionAtLeast('2.2.9', '2.3.0')).toBe(false);
    expect(versionAtLeast('1.99.99', '2.3.0')).toBe(false);
    expect(versionAtLeast('2.3.0-rc1', '2.3.0')).toBe(true);
  });
});

describe('K6NotFoundError', () => {
  it('is one line naming every way to get k6', () => {
    const message = new K6NotFoundError('no Go toolchain to build it').message;
    expect(message).not.toContain('\n');
    expect(message).toContain(`k6 >= ${K6_MIN_VERSION}`);
    for (const way of ['K6_BIN', 'PATH', 'go install go.k6.io/k6/v2@v2.3.0', 'grafana/k6:2.3.0']) {
      expect(message).toContain(way);
      expect(HOW_TO_GET_K6).toContain(way);
    }
  });
});
