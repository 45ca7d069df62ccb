import { describe, expect, it } from 'vitest';
import { renderJUnit, type JUnitSuite } from '../../../lib/report/junit-xml.ts';

const suite: JUnitSuite = {
  name: 'slo smoke-1',
  timestamp: '2025-01-02T03:04:05.000Z',
  time: 12.5,
  properties: { testid: 'smoke-1' },
  cases: [
    { name: 'latency-p95-get-owlbear', classname: 'mythical-k6.slo.latency', systemOut: 'observed 120 ms' },
    {
      name: 'availability-delete-owlbear',
      classname: 'mythical-k6.slo.availability',
      failure: { message: 'rate 0.2 breaches <0.01 "A&B"', type: 'fail', body: 'trace <abc>\nline 2' },
    },
    { name: 'checks-get-unicorn', classname: 'mythical-k6.slo.checks', skipped: 'no data' },
  ],
};

describe('renderJUnit', () => {
  const xml = renderJUnit([suite]);

  it('counts tests, failures and skipped cases at both levels', () => {
    expect(xml).toContain('<testsuites name="mythical-k6" tests="3" failures="1" errors="0" skipped="1" time="12.500">');
    expect(xml).toContain('<testsuite name="slo smoke-1" tests="3" failures="1" errors="0" skipped="1" time="12.500" timestamp="2025-01-02T03:04:05.000Z">');
  });

  it('escapes attribute and text content', () => {
    expect(xml).toContain('message="rate 0.2 breaches &lt;0.01 &quot;A&amp;B&quot;"');
    expect(xml).toContain('>trace &lt;abc&gt;\nline 2</failure>');
  });

  it('renders one testcase element per case, passing cases with their output', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<system-out>observed 120 ms</system-out>');
    expect(xml).toContain('<skipped message="no data"/>');
    expect(xml).toContain('<property name="testid" value="smoke-1"/>');
  });

  it('drops characters XML cannot carry and keeps the document well nested', () => {
    const out = renderJUnit([{ name: 'x\u0001y', cases: [{ name: 'a', classname: 'b' }] }]);
    expect(out).toContain('name="xy"');
    const opens = (out.match(/<testsuite /g) ?? []).length;
    const closes = (out.match(/<\/testsuite>/g) ?? []).length;
    expect(opens).toBe(closes);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('renders an empty suite list as an empty, valid document', () => {
    expect(renderJUnit([])).toContain('tests="0" failures="0" errors="0" skipped="0"');
  });
});
