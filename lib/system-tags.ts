/** Tags whose values are unbounded (full URLs, VU and iteration numbers, IPs, error texts). */
export const UNBOUNDED_TAGS = ['url', 'vu', 'iter', 'ip', 'error'] as const;

/**
 * k6's default system tags without {@link UNBOUNDED_TAGS}: every tag becomes a label of the
 * remote-written series, and each of those would grow the series count with the run.
 */
export const SYSTEM_TAGS = [
  'proto', 'subproto', 'status', 'method', 'name', 'group', 'check', 'error_code',
  'tls_version', 'scenario', 'service', 'expected_response',
];
