import { expect, it } from 'vitest';
import { SYSTEM_TAGS, UNBOUNDED_TAGS } from '../../lib/system-tags.ts';

// k6's DefaultSystemTagSet (metrics/system_tag.go).
const K6_DEFAULT_SYSTEM_TAGS = [
  'proto', 'subproto', 'status', 'method', 'url', 'name', 'group', 'check', 'error', 'error_code',
  'tls_version', 'scenario', 'service', 'expected_response',
];

it('keeps every bounded default system tag and none of the unbounded ones', () => {
  const unbounded: readonly string[] = UNBOUNDED_TAGS;
  expect([...SYSTEM_TAGS].sort()).toEqual(K6_DEFAULT_SYSTEM_TAGS.filter((tag) => !unbounded.includes(tag)).sort());
  for (const tag of UNBOUNDED_TAGS) expect(SYSTEM_TAGS).not.toContain(tag);
});
