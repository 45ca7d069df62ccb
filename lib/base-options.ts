import type { Options } from 'k6/options';
import type { SuiteConfig } from './settings/suite.ts';
import { SYSTEM_TAGS } from './system-tags.ts';
import { loadMarkers } from './tracing/traceparent.ts';
import { SUITE_VERSION } from './version.ts';

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
