import type { Options } from 'k6/options';
import type { SuiteConfig } from './config/parse.ts';
import { loadMarkers } from './tracing/traceparent.ts';
import { SUITE_VERSION } from './version.ts';

/**
 * k6's default system tags without `url`, `vu`, `iter`, `ip` and `error`: each of those has
 * unbounded values and would explode the label set of the remote-written series.
 */
export const SYSTEM_TAGS = [
  'proto', 'subproto', 'status', 'method', 'name', 'group', 'check', 'error_code',
  'tls_version', 'scenario', 'service', 'expected_response',
];

/** The options every scenario spreads first: tags, system tags, User-Agent, discarded bodies. */
export function baseOptions(config: SuiteConfig): Options {
  return {
    tags: { ...config.tags, testid: config.testid },
    systemTags: SYSTEM_TAGS,
    userAgent: loadMarkers(config.testid, SUITE_VERSION).userAgent,
    // Bodies are read only where a check needs them; those requests ask for `text` themselves.
    discardResponseBodies: true,
    setupTimeout: '30s',
    teardownTimeout: '60s',
  };
}
