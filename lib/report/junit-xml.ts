/**
 * A small JUnit XML renderer, pure so that k6's `handleSummary`, the report tool and the gate
 * write the same format. It covers what CI systems read (GitLab, Jenkins, GitHub test
 * reporters): suites, cases, failures with a message and a body, skipped cases and properties.
 */

/** One test case: passes unless it carries a `failure` or is `skipped`. */
export interface JUnitCase {
  name: string;
  /** Grouping shown by CI next to the name, e.g. `mythical-k6.slo.latency`. */
  classname: string;
  /** Seconds the case took; 0 when not meaningful. */
  time?: number;
  failure?: { message: string; type: string; body: string };
  /** A case that could not be judged and must not count as a pass or a failure. */
  skipped?: string;
  /** Free text CI shows next to the case, e.g. observed values and links. */
  systemOut?: string;
}

/** One suite of cases, e.g. the SLOs of one run. */
export interface JUnitSuite {
  name: string;
  /** ISO 8601 start of the suite. */
  timestamp?: string;
  /** Seconds the suite took. */
  time?: number;
  properties?: Record<string, string>;
  cases: JUnitCase[];
}

/** Renders suites as one `<testsuites>` document, counts computed from the cases. */
export function renderJUnit(suites: JUnitSuite[], name = 'mythical-k6'): string {
  const totals = suites.map(count).reduce(add, { tests: 0, failures: 0, skipped: 0 });
  const time = suites.reduce((sum, suite) => sum + (suite.time ?? 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds(time)}">`,
    ...suites.map(renderSuite),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

function count(suite: JUnitSuite): Counts {
  return {
    tests: suite.cases.length,
    failures: suite.cases.filter((c) => c.failure).length,
    skipped: suite.cases.filter((c) => !c.failure && c.skipped !== undefined).length,
  };
}

function add(a: Counts, b: Counts): Counts {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, skipped: a.skipped + b.skipped };
}

function renderSuite(suite: JUnitSuite): string {
  const counts = count(suite);
  const timestamp = suite.timestamp ? ` timestamp="${attr(suite.timestamp)}"` : '';
  const open = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length
    ? ['    <properties>', ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), '    </properties>']
    : [];
  return [open, ...propertyLines, ...suite.cases.map(renderCase), '  </testsuite>'].join('\n');
}

function renderCase(testCase: JUnitCase): string {
  const open = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds(testCase.time ?? 0)}"`;
  const children: string[] = [];
  if (testCase.failure) {
    const { message, type, body } = testCase.failure;
    children.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  } else if (testCase.skipped !== undefined) {
    children.push(`      <skipped message="${attr(testCase.skipped)}"/>`);
  }
  if (testCase.systemOut) children.push(`      <system-out>${text(testCase.systemOut)}</system-out>`);
  return children.length ? [`${open}>`, ...children, '    </testcase>'].join('\n') : `${open}/>`;
}

function seconds(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '0.000';
}

/** XML 1.0 cannot carry most control characters at all, escaped or not: drop them. */
function clean(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
