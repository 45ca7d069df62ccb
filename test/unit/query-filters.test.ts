import { describe, expect, it } from 'vitest';
import { logqlFilter, traceqlFilter } from '../support/query-filters.ts';
import type { ExportedSpan } from '../support/telemetry-receiver.ts';

const span = (attributes: ExportedSpan['attributes'], more: Partial<ExportedSpan> = {}): ExportedSpan => ({
  traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), parentSpanId: '', name: 'GET /:endpoint', kind: 'SERVER',
  attributes, resource: { 'service.name': 'mythical-server' }, durationMs: 12, status: 'unset', ...more,
});

describe('the TraceQL and LogQL filters the link tests read queries with', () => {
  it('TraceQL: every term must hold; a missing attribute or another type never matches; regexes are anchored', () => {
    const filter = traceqlFilter('{ resource.service.name = "mythical-server" && kind = server && span.http.status_code != 204 && span.http.user_agent =~ ".*[(]testid=t[.]1; journey=.*" && duration >= 10ms }');
    const agent = 'mythical-k6/0.1.0 (testid=t.1; journey=0a1b2c3d4e5f)';
    expect(filter(span({ 'http.status_code': 500, 'http.user_agent': agent }))).toBe(true);
    expect(filter(span({ 'http.status_code': 204, 'http.user_agent': agent }))).toBe(false);
    expect(filter(span({ 'http.user_agent': agent }))).toBe(false);
    expect(filter(span({ 'http.status_code': '500', 'http.user_agent': agent }))).toBe(false);
    expect(filter(span({ 'http.status_code': 500, 'http.user_agent': agent.replace('t.1', 'tx1') }))).toBe(false);
    expect(filter(span({ 'http.status_code': 500, 'http.user_agent': agent }, { kind: 'INTERNAL' }))).toBe(false);
    expect(filter(span({ 'http.status_code': 500, 'http.user_agent': agent }, { durationMs: 9.9 }))).toBe(false);
    expect(traceqlFilter('a'.repeat(32))(span({}))).toBe(true);
  });

  it('LogQL: label matchers (a missing label is empty) and line filters in order', () => {
    const filter = logqlFilter('{service_name="mythical-server", beast="owlbear", level="error"} |= "traceID=1234abcd2" |~ "status=(FAILURE)"');
    const labels = { service_name: 'mythical-server', beast: 'owlbear', level: 'error' };
    expect(filter({ labels, line: 'traceID=1234abcd2ffff http.method=GET endpoint=owlbear status=FAILURE error="x"' })).toBe(true);
    expect(filter({ labels, line: 'traceID=1234abcd1ffff http.method=GET endpoint=owlbear status=FAILURE error="x"' })).toBe(false);
    expect(filter({ labels: { ...labels, level: 'info' }, line: 'traceID=1234abcd2ffff status=FAILURE' })).toBe(false);
    expect(logqlFilter('{job!=""}')({ labels: {}, line: '' })).toBe(false);
  });

  it('refuses what it does not understand instead of matching by accident', () => {
    expect(() => traceqlFilter('{ span.a = "x" || span.b = "y" }')).toThrow(/unsupported/);
    expect(() => traceqlFilter('{ (span.a = "x") }')).toThrow(/unsupported/);
    expect(() => logqlFilter('{job="x"} | json')).toThrow(/unsupported/);
    expect(() => logqlFilter('sum(rate({job="x"}[1m]))')).toThrow(/not a LogQL log query/);
  });
});
