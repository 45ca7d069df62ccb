// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// lib/options-stage.ts
var options_stage_exports = {};
__export(options_stage_exports, {
  arrivalOptions: () => arrivalOptions,
  arrivalSloPlan: () => arrivalSloPlan,
  breakpointPlan: () => breakpointPlan,
  crudSample: () => crudSample,
  knobReader: () => knobReader,
  mixFromKnobs: () => mixFromKnobs,
  parseSloSettings: () => parseSloSettings,
  perSecond: () => perSecond,
  readSettings: () => readSettings,
  requestPlan: () => requestPlan,
  scenarioOptions: () => scenarioOptions,
  scenarioSlos: () => scenarioSlos,
  stepThresholds: () => stepThresholds,
  vusFor: () => vusFor
});

// lib/beasts.ts
var ENDPOINTS = {
  DEFAULT: ["unicorn", "manticore", "illithid", "owlbear", "beholder"],
  BORING: ["login", "payment", "account", "cart", "health", "fastcache"]
};
var ENDPOINT_TYPES = Object.keys(ENDPOINTS);

// lib/settings/error.ts
var ConfigError = class extends Error {
  /** The environment variable at fault, e.g. `BASE_URL`. */
  variable;
  constructor(variable, value, expected) {
    super(`${variable}=${printable(value)} is not valid: expected ${expected}`);
    this.name = "ConfigError";
    this.variable = variable;
  }
};
function printable(value) {
  const redacted = value.replace(/(\/\/[^/@\s:]*:)[^/@\s]*@/, "$1***@");
  return /^[\x21-\x7e]+$/.test(redacted) ? redacted : JSON.stringify(redacted);
}
function isConfigError(error) {
  return error instanceof Error && error.name === "ConfigError";
}

// lib/settings/forms.ts
function validator(accepts, parse) {
  const validate = (raw, variable) => {
    const value = parse(raw);
    if (value === void 0) throw new ConfigError(variable, raw, accepts);
    return value;
  };
  return Object.assign(validate, { accepts });
}
function setting(env, variable, validate, fallback) {
  const raw = env[variable];
  return raw === void 0 || raw.trim() === "" ? fallback : validate(raw.trim(), variable);
}
var URL_FORM = /^(https?):\/\/(?:[^\s/@]+@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s?#]*)?$/;
var url = validator("an http(s) URL without query or fragment, such as http://localhost:4000", (raw) => {
  const match = URL_FORM.exec(raw);
  if (!match || match[3] !== void 0 && Number(match[3]) > 65535) return void 0;
  return raw.replace(/\/+$/, "");
});
var positiveInteger = validator("a whole number from 1 to 2147483647", (raw) => {
  if (!/^\d{1,10}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value >= 1 && value <= 2 ** 31 - 1 ? value : void 0;
});
var DURATION_UNITS_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var DURATION_FORM = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
function durationMs(text) {
  const match = DURATION_FORM.exec(text);
  if (!match) return void 0;
  const [, h, m, s, ms] = match;
  const total = Number(h ?? 0) * DURATION_UNITS_MS.h + Number(m ?? 0) * DURATION_UNITS_MS.m + Number(s ?? 0) * DURATION_UNITS_MS.s + Number(ms ?? 0);
  return total > 0 ? total : void 0;
}
var duration = validator(
  "a duration such as 250ms, 30s, 5m or 1h30m",
  (raw) => durationMs(raw) === void 0 ? void 0 : raw
);
var rate = validator("iterations per time unit from 1 to 9999999, such as 20, 20/s, 600/m or 100/h", (raw) => {
  const match = /^(\d{1,7})(?:\/(s|m|h))?$/.exec(raw);
  if (!match || Number(match[1]) < 1) return void 0;
  return { rate: Number(match[1]), timeUnit: `1${match[2] ?? "s"}` };
});
function oneOf(values) {
  return validator(
    `one of ${values.join(", ")}`,
    (raw) => values.find((value) => value.toLowerCase() === raw.toLowerCase())
  );
}
function listOf(item) {
  return validator(`a comma-separated list of ${item.accepts}`, (raw) => {
    const parts = raw.split(",").map((part) => part.trim());
    if (parts.some((part) => part === "") || new Set(parts).size !== parts.length) return void 0;
    try {
      return parts.map((part) => item(part, ""));
    } catch {
      return void 0;
    }
  });
}
var boolean = validator("true or false", (raw) => {
  const word = raw.toLowerCase();
  if (["true", "1", "yes", "on"].includes(word)) return true;
  if (["false", "0", "no", "off"].includes(word)) return false;
  return void 0;
});
function matching(form, accepts) {
  return validator(accepts, (raw) => form.test(raw) ? raw : void 0);
}
var LABEL_NAME = /^(?!__)[A-Za-z_][A-Za-z0-9_]{0,62}$/;
var SAFE_VALUE = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
function tags(reserved) {
  const accepts = `key=value pairs separated by commas, keys label names (not starting with __) other than ${reserved.join(", ")}, values of at most 128 letters, digits, . _ ~ -`;
  return validator(accepts, (raw) => {
    const pairs = raw.split(",").map((pair) => pair.trim().split("="));
    const result = {};
    for (const pair of pairs) {
      if (pair.length !== 2) return void 0;
      const [key, value] = pair;
      const valid = LABEL_NAME.test(key) && !reserved.includes(key) && SAFE_VALUE.test(value) && value.length <= 128;
      if (!valid || key in result) return void 0;
      result[key] = value;
    }
    return result;
  });
}
var factor = /* @__PURE__ */ validator("a number above 1 and at most 100, such as 1.5 or 3", (raw) => {
  const value = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
  return value > 1 && value <= 100 ? value : void 0;
});
function share(example, comma = ",") {
  return validator(`a number from 0 to 1${comma} such as ${example}`, (raw) => {
    const value = /^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/.test(raw) ? Number(raw) : NaN;
    return value >= 0 && value <= 1 ? value : void 0;
  });
}
var ratio = /* @__PURE__ */ validator("a ratio between 0 and 1 such as 0.99", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : void 0;
});
var falseAlarm = /* @__PURE__ */ validator("a probability above 0 and at most 0.5 such as 0.01", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value <= 0.5 ? value : void 0;
});
function upTo(max) {
  return validator(`a whole number from 1 to ${max}`, (raw) => {
    const value = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    return value >= 1 && value <= max ? value : void 0;
  });
}
function atLeast(floor, floorName) {
  return validator(`a whole number of at least ${floor} (${floorName})`, (raw) => {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    return value >= floor && value <= 2 ** 31 - 1 ? value : void 0;
  });
}
var rampDuration = /* @__PURE__ */ validator(
  "a duration such as 0s, 30s, 5m or 1h30m",
  (raw) => /^0+(ms|s|m|h)$/.test(raw) || durationMs(raw) !== void 0 ? raw : void 0
);
var datasourceUid = /* @__PURE__ */ matching(/^[A-Za-z0-9_-]{1,40}$/, "a datasource uid of letters, digits, - and _");

// lib/settings/declarations.ts
function declare(form, declaration2) {
  return { form, ...declaration2 };
}
var ARRIVAL = ["load", "stress", "spike", "soak", "breakpoint"];
var TESTID_MAX_LENGTH = 64;
var RESERVED_TAG_KEYS = [
  "testid",
  "name",
  "beast",
  "op",
  "method",
  "status",
  "url",
  "group",
  "check",
  "scenario",
  "expected_response",
  "error",
  "error_code",
  "proto",
  "tls_version",
  "subproto",
  "service",
  "rpc_type",
  "resource_type",
  "vu",
  "iter",
  "ip"
];
var MAX_VUS_LIMIT = 5e3;
var MAX_BREAKPOINT_STEPS = 50;
var SLO_MODES = ["gate", "soak", "report"];
var SLO_PROFILES = ["default", "always-succeed"];
var K6_SETTINGS = {
  BASE_URL: declare(url, { default: "http://localhost:4000", meaning: "The Mythical server the load goes to (the run tool starts a sandbox when unset)." }),
  ENDPOINT_TYPE: declare(oneOf(ENDPOINT_TYPES), { default: "DEFAULT", meaning: "Which of the server's endpoint sets to load (DEFAULT beasts or BORING ones)." }),
  BEASTS: declare(listOf(oneOf([...ENDPOINTS.DEFAULT, ...ENDPOINTS.BORING])), {
    default: "every endpoint of ENDPOINT_TYPE",
    computed: true,
    meaning: "The beasts the run loads; each must belong to ENDPOINT_TYPE."
  }),
  TESTID: declare(
    matching(new RegExp(`^(?=.{1,${TESTID_MAX_LENGTH}}$)${SAFE_VALUE.source.slice(1)}`), `at most ${TESTID_MAX_LENGTH} letters, digits, . _ ~ - starting with a letter or digit`),
    { default: "the scenario name, the UTC time and 6 random characters", computed: true, meaning: "The run id: the `testid` tag of every series and the base of every row name." }
  ),
  TAGS: declare(tags(RESERVED_TAG_KEYS), { default: "none", computed: true, meaning: "Extra k6 tags (`k=v,k=v`) on every sample, hence labels on every series." }),
  REPORT_DIR: declare(matching(/^[^\0\r\n]+$/, "a directory path"), {
    default: "reports",
    meaning: "An existing folder for summary.json, junit.xml and report.md (k6 creates none; the run tool makes one per run)."
  }),
  K6_PROMETHEUS_RW_SERVER_URL: declare(url, {
    default: "unset (no remote-write)",
    computed: true,
    meaning: "k6's remote-write endpoint; credentials go in K6_PROMETHEUS_RW_USERNAME/_PASSWORD, never in the URL."
  }),
  VUS: declare(positiveInteger, { scenarios: ["smoke"], override: true, meaning: "VUs of the smoke scenario." }),
  ITERATIONS: declare(positiveInteger, { scenarios: ["smoke"], override: true, meaning: "Iterations each smoke VU runs (each walks every beast once)." }),
  RATE: declare(rate, { scenarios: ["load", "stress", "spike", "soak"], override: true, meaning: "The target arrival rate (one iteration is one request)." }),
  DURATION: declare(duration, { scenarios: ["load", "soak"], override: true, meaning: "How long the target rate is held." }),
  RAMP_UP: declare(rampDuration, { scenarios: ["load"], meaning: "Ramp from 0 to RATE; 0s jumps." }),
  RAMP_DOWN: declare(rampDuration, { scenarios: ["load"], meaning: "Ramp from RATE to 0 at the end; 0s stops at once." }),
  MAX_VUS: declare(upTo(MAX_VUS_LIMIT), { scenarios: ARRIVAL, meaning: "Cap on the VUs an arrival-rate executor allocates; past it k6 drops iterations (dropped_iterations)." }),
  WARM_UP: declare(duration, { scenarios: ["spike"], meaning: "Time at the baseline RATE before the spike." }),
  SPIKE_FACTOR: declare(factor, { scenarios: ["spike"], meaning: "The spike rate as a multiple of RATE." }),
  SPIKE_RAMP: declare(rampDuration, { scenarios: ["spike"], meaning: "Time to jump to the spike rate and to drop back." }),
  SPIKE_DURATION: declare(duration, { scenarios: ["spike"], meaning: "How long the spike rate is held." }),
  RECOVERY: declare(duration, { scenarios: ["spike"], meaning: "Time at the baseline after the spike: does the target recover?" }),
  STRESS_PEAK: declare(factor, { scenarios: ["stress"], meaning: "The last step as a multiple of RATE." }),
  STRESS_STEPS: declare(upTo(20), { scenarios: ["stress"], meaning: "Equal steps from RATE to the peak." }),
  STEP_DURATION: declare(duration, { scenarios: ["stress", "breakpoint"], meaning: "How long each step is held." }),
  STEP_RAMP: declare(rampDuration, { scenarios: ["stress", "breakpoint"], meaning: "Ramp into each step." }),
  BREAK_START: declare(rate, { scenarios: ["breakpoint"], meaning: "Rate of the first breakpoint step." }),
  BREAK_STEP: declare(upTo(1e6), { scenarios: ["breakpoint"], meaning: "Rate added per step, in BREAK_START's time unit." }),
  BREAK_STEPS: declare(upTo(MAX_BREAKPOINT_STEPS), { scenarios: ["breakpoint"], meaning: "Number of steps (each is one more `step` series per metric)." }),
  BREAK_ERROR_RATE: declare(share("0.05"), { scenarios: ["breakpoint"], meaning: "A step breaks when its own error rate passes this (or its p95 passes SLO_P95_MS)." }),
  MIX_READ: declare(share("0.6"), { default: "0.6", scenarios: ARRIVAL, meaning: "Share of visits that are GET /{beast}; the rest split between POST and DELETE." }),
  MIX_MAX_PENDING: declare(upTo(100), { default: "5", scenarios: ARRIVAL, meaning: "Rows one VU may hold before it must delete one: bounds table size and GET bodies." }),
  SLO_MODE: declare(oneOf(SLO_MODES), {
    default: "per scenario: gate (smoke, load), soak (soak), report (stress, spike, breakpoint)",
    computed: true,
    meaning: "gate aborts at the first breach (CI), soak judges the whole run, report only reports (exit 0)."
  }),
  SLO_PROFILE: declare(oneOf(SLO_PROFILES), { default: "default", meaning: "Which failures the availability objectives budget for (always-succeed: a target without the server's designed 500s)." }),
  SLO_P95_MS: declare(positiveInteger, { default: "300", meaning: "p95 latency objective of every request group, ms; also what breaks a breakpoint step." }),
  SLO_P99_MS: declare(validator("a whole number of at least SLO_P95_MS", (raw) => /^\d{1,10}$/.test(raw) ? Number(raw) : void 0), {
    default: "the larger of 1000 and SLO_P95_MS",
    computed: true,
    meaning: "p99 latency objective, ms (at least SLO_P95_MS); every request times out after 5 × it, within 2–60 s."
  }),
  SLO_AVAILABILITY: declare(ratio, { default: "0.99", meaning: "Share of requests that must succeed where no failure is designed in." }),
  SLO_CHECKS: declare(ratio, { default: "0.99", meaning: "Share of checks that must pass where no failure is designed in." }),
  SLO_FALSE_ALARM: declare(falseAlarm, { default: "0.01", meaning: "Probability that a run meeting every objective still fails, split over the SLOs." }),
  SLO_MAX_DROPPED: declare(share("0.01", ""), { default: "0.01", meaning: 'Share of planned iterations an arrival-rate run may drop before "delivered load" breaches.' }),
  GRAFANA_URL: declare(url, { default: "http://localhost:3000", meaning: "Grafana base URL of the report's Explore links." }),
  GRAFANA_TEMPO_UID: declare(datasourceUid, { default: "tempo", meaning: "Tempo datasource uid in those links." }),
  GRAFANA_LOKI_UID: declare(datasourceUid, { default: "loki", meaning: "Loki datasource uid in those links." }),
  GRAFANA_MIMIR_UID: declare(datasourceUid, { default: "mimir", meaning: "Mimir datasource uid in those links." })
};
function declaration(name) {
  return K6_SETTINGS[name];
}
function knobsOf(scenario) {
  return Object.keys(K6_SETTINGS).filter((name) => declaration(name).scenarios?.includes(scenario));
}

// lib/settings/read.ts
function read(env, name, overrides = {}) {
  const declared = K6_SETTINGS[name];
  const form = overrides.form ?? declared.form;
  if ("fallback" in overrides) return setting(env, name, form, overrides.fallback);
  if (!("default" in declared) || "computed" in declared && declared.computed) {
    throw new Error(`read(${name}): no default to fall back to; pass one`);
  }
  return setting(env, name, form, form(declared.default, name));
}
function readOptional(env, name, form) {
  return read(env, name, { fallback: void 0, form });
}
function knobReader(env, scenario) {
  return (name, fallback) => {
    const declared = K6_SETTINGS[name];
    if (!declared.scenarios.includes(scenario)) throw new Error(`knob(${name}): not declared for the ${scenario} scenario (lib/settings/declarations.ts)`);
    if (fallback === void 0) return read(env, name);
    return read(env, name, { fallback: declared.form(fallback, name) });
  };
}
function refuseIgnoredOverrides(env, scenario) {
  const overrides = Object.keys(K6_SETTINGS).filter((name) => declaration(name).override);
  const honoured = knobsOf(scenario).filter((name) => declaration(name).override);
  for (const name of overrides) {
    if (readOptional(env, name) === void 0 || honoured.includes(name)) continue;
    const takes = honoured.length > 0 ? `only ${honoured.join(", ")}` : "no load override";
    throw new ConfigError(name, String(env[name]).trim(), `it unset: the ${scenario} scenario takes ${takes}`);
  }
}

// lib/k6-modules.ts
import exec from "k6/execution";
import http from "k6/http";
import { check as k6Check } from "k6";
import { SharedArray } from "k6/data";
import { Counter } from "k6/metrics";

// lib/settings/read-settings.ts
function readSettings(read2) {
  try {
    return read2(__ENV);
  } catch (error) {
    if (!isConfigError(error)) throw error;
    console.error(error.message);
    exec.test.abort(error.message);
    throw error;
  }
}

// lib/system-tags.ts
var SYSTEM_TAGS = [
  "proto",
  "subproto",
  "status",
  "method",
  "name",
  "group",
  "check",
  "error_code",
  "tls_version",
  "scenario",
  "service",
  "expected_response"
];

// lib/tracing/traceparent.ts
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function runTraceTag(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
function traceIdPrefix(testid, method) {
  return `${runTraceTag(testid)}${method !== void 0 && METHOD_DIGIT[method] || "0"}`;
}
function userAgent(testid, version, sender = void 0) {
  const role = sender === void 0 ? "" : sender === "sweep" ? "; sweep" : `; journey=${sender.journey}`;
  return `mythical-k6/${version} (testid=${testid}${role})`;
}
function loadMarkers(testid, version) {
  return { baggage: `testid=${testid}`, userAgent: userAgent(testid, version) };
}

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/base-options.ts
function baseOptions(config) {
  return {
    tags: { ...config.tags, testid: config.testid },
    systemTags: SYSTEM_TAGS,
    userAgent: loadMarkers(config.testid, SUITE_VERSION).userAgent,
    // Bodies are read only where a check needs them; those requests ask for `text` themselves.
    discardResponseBodies: true,
    setupTimeout: "30s",
    teardownTimeout: "60s"
  };
}

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

// thresholds/queries/selectors.ts
var SERVICE_NAME = "mythical-server";
function promSelector(labels) {
  const terms = Object.entries(labels).map(([key, match]) => typeof match === "string" ? `${key}="${match}"` : `${key}${match.op}"${match.value}"`);
  return `{${terms.join(", ")}}`;
}
function journeyAgentPattern(testid) {
  return `.*[(]testid=${testid.replaceAll(".", "[.]")}; journey=.*`;
}
function runSpans(testid, group, condition) {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    "kind = server",
    ...group ? [`span.http.method = "${group.method}"`, `span.http.target = "/${group.beast}"`] : [],
    `span.http.user_agent =~ "${journeyAgentPattern(testid)}"`,
    ...condition ? [condition] : []
  ];
  return `{ ${terms.join(" && ")} }`;
}
function serverLogs(labels = {}) {
  return `{service_name="${SERVICE_NAME}"${Object.entries(labels).map(([key, value]) => `, ${key}="${value}"`).join("")}}`;
}
function groupLogs(testid, method, labels) {
  return `${serverLogs(labels)} |= "traceID=${traceIdPrefix(testid, method)}"`;
}

// thresholds/queries/slo-queries.ts
function sloQueries(kind, quantile, thresholdMs, scope) {
  const condition = kind === "availability" ? `span.http.status_code != ${EXPECTED_STATUS[scope.method]}` : kind === "latency" ? `duration >= ${thresholdMs}ms` : void 0;
  const traceql = runSpans(scope.testid, scope, condition);
  const logql = groupLogs(scope.testid, scope.method, { [scope.key]: scope.beast, ...kind === "availability" ? { level: "error" } : {} });
  const group = { testid: scope.testid, beast: scope.beast, method: scope.method };
  if (kind === "latency") {
    const { promql: promql2, promqlTrendStats } = latencyQueries(quantile ?? 0.95, group);
    return { promql: promql2, promqlTrendStats, traceql, logql };
  }
  const promql = kind === "availability" ? ratioQuery("k6_http_reqs_total", group, { expected_response: "false" }) : ratioQuery("k6_mythical_checks_total", group, { passed: "true" });
  return { promql, promqlTrendStats: promql, traceql, logql };
}
function latencyQueries(quantile, labels) {
  const selector = promSelector(labels);
  return {
    promql: `histogram_quantile(${quantile}, sum(k6_http_req_duration_seconds${selector})) * 1000`,
    promqlTrendStats: `max(k6_http_req_duration_p${Math.round(quantile * 100)}${selector}) * 1000`
  };
}
function ratioQuery(counter, labels, part) {
  return `(sum(${counter}${promSelector({ ...labels, ...part })}) or vector(0)) / sum(${counter}${promSelector(labels)})`;
}

// thresholds/statistics.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function logPmf(n, p, k) {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}
function walkTail(n, p, from, step) {
  const odds = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let i = from; step === 1 ? i < n : i > 0; i += step) {
    term *= step === 1 ? (n - i) / (i + 1) * odds : i / (n - i + 1) / odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logPmf(n, p, from) + Math.log(sum));
}
function upperTail(n, p, k) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const mode = Math.floor((n + 1) * p);
  return k > mode ? Math.min(1, walkTail(n, p, k, 1)) : Math.max(0, 1 - lowerTail(n, p, k - 1));
}
function lowerTail(n, p, k) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const mode = Math.floor((n + 1) * p);
  return k < mode ? Math.min(1, walkTail(n, p, k, -1)) : Math.max(0, 1 - upperTail(n, p, k + 1));
}
function criticalCount(n, p0, alpha) {
  let low = 0;
  let high = n + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (upperTail(n, p0, mid) <= alpha) high = mid;
    else low = mid + 1;
  }
  return low;
}
function upperQuantile(n, p, alpha) {
  return Math.max(0, criticalCount(n, p, alpha) - 1);
}

// thresholds/sample-bound.ts
function fixedBound(events) {
  return { fixed: events, trials: 0, share: 0 };
}
function sampleCap(bound, failureShare, alpha) {
  if (bound.trials === 0) return bound.fixed;
  const share2 = bound.share === "retries" ? failureShare : bound.share;
  return bound.fixed + upperQuantile(bound.trials, share2, alpha);
}
function isRandom(bound) {
  return bound.trials > 0 && bound.share !== 0;
}

// thresholds/catalog.ts
var METHODS = ["GET", "POST", "DELETE"];
var CHECKS_COUNTER = "mythical_checks";
var BAD_EVENTS_COUNTER = "mythical_slo_bad_events";
var DESIGNED_POST_FAILURE_SHARE = 0.1;
var SIZE_ALPHA_SHARE = 0.1;
function buildCatalog(input) {
  const templates = sloTemplates(input.slo);
  const key = input.endpointType === "BORING" ? "endpoint" : "beast";
  const slos = [];
  for (const beast of input.beasts) {
    for (const method of input.methods ?? METHODS) {
      const group = `${method} /${beast}`;
      const scope = { testid: input.testid, beast, method, key };
      for (const template of templates.filter((candidate) => candidate.methods?.includes(method) ?? true)) {
        const objective = template.objective(method);
        const allowedShare = template.allowedShare(method);
        slos.push({
          id: `${template.idPrefix}-${method.toLowerCase()}-${beast}`,
          description: template.description(group, method),
          kind: template.kind,
          metric: template.metric,
          tags: { beast, method },
          stat: template.stat,
          objective,
          queries: sloQueries(template.kind, quantileOf(template.stat), objective.value, scope),
          group,
          guard: template.guard,
          allowedShare,
          badTags: { beast, method, sli: template.idPrefix }
        });
      }
    }
  }
  const alpha = input.slo.falseAlarm / slos.length;
  const sample = input.sample;
  if (!sample) return slos;
  const failureShare = (group) => slos.find((slo) => slo.kind === "availability" && slo.group === group)?.allowedShare ?? 0;
  const remember = memo();
  return slos.map((slo) => {
    const bound = slo.kind === "checks" ? sample.checks : sample.requests[slo.tags.method];
    const sizeAlpha = isRandom(bound) ? alpha * SIZE_ALPHA_SHARE : 0;
    const share2 = failureShare(slo.group);
    const plannedSample = remember(`cap ${JSON.stringify(bound)} ${share2}`, () => sampleCap(bound, share2, sizeAlpha));
    const breachAt = remember(`K ${plannedSample} ${slo.allowedShare} ${sizeAlpha}`, () => criticalCount(plannedSample, slo.allowedShare, alpha - sizeAlpha));
    return { ...slo, gate: { plannedSample, breachAt, alpha, sizeAlpha } };
  });
}
function memo() {
  const values = /* @__PURE__ */ new Map();
  return (key, compute) => {
    let value = values.get(key);
    if (value === void 0) {
      value = compute();
      values.set(key, value);
    }
    return value;
  };
}
function sloTemplates(slo) {
  const requestFailure = (method) => failureBudget(slo.profile, method, slo.availability);
  const designed = (method) => slo.profile === "default" && method === "POST" ? " (the server fails about 10% of POSTs by design)" : "";
  const latency = (stat, ms) => ({
    kind: "latency",
    idPrefix: `latency-${stat.replace(/[()]/g, "")}`,
    metric: "http_req_duration",
    stat,
    guard: "http_reqs",
    allowedShare: () => round(1 - Number(stat.slice(2, -1)) / 100),
    objective: () => ({ op: "<", value: ms, unit: "ms" }),
    description: (group) => `${stat.slice(2, -1)}% of ${group} requests answer within ${ms} ms`
  });
  return [
    {
      kind: "availability",
      idPrefix: "availability",
      metric: "http_req_failed",
      stat: "rate",
      guard: "http_reqs",
      allowedShare: requestFailure,
      objective: (method) => ({ op: "<", value: requestFailure(method), unit: "ratio" }),
      description: (group, method) => `${percent(1 - requestFailure(method))} of ${group} requests succeed${designed(method)}`
    },
    latency("p(95)", slo.p95Ms),
    latency("p(99)", slo.p99Ms),
    {
      // Checks judge what a body says; a POST's or DELETE's outcome is its status, which
      // availability already judges, so one fault breaches one SLO, not two.
      kind: "checks",
      methods: ["GET"],
      idPrefix: "checks",
      metric: "checks",
      stat: "rate",
      guard: CHECKS_COUNTER,
      allowedShare: () => round(1 - slo.checks),
      objective: () => ({ op: ">", value: round(slo.checks), unit: "ratio" }),
      description: (group) => `${percent(slo.checks)} of the checks on ${group} responses pass`
    }
  ];
}
function failureBudget(profile, method, objective) {
  const strict = round(1 - objective);
  return profile === "default" && method === "POST" ? Math.max(strict, DESIGNED_POST_FAILURE_SHARE) : strict;
}
function quantileOf(stat) {
  return stat === "rate" ? null : Number(stat.slice(2, -1)) / 100;
}
function round(value) {
  return Math.round(value * 1e9) / 1e9;
}
function percent(share2) {
  return `${round(share2 * 100)}%`;
}

// thresholds/compile.ts
function submetricKey(metric, tags2) {
  const filter = Object.entries(tags2).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(",")}}` : metric;
}
function badEventsKey(slo) {
  return submetricKey(BAD_EVENTS_COUNTER, slo.badTags);
}
function verdictExpression(slo) {
  if (!slo.gate) throw new Error("an SLO judged by k6 needs the planned sample of its group");
  return `count<${slo.gate.breachAt}`;
}
var GUARD_EXPRESSION = "count>0";
function scenarioTags(scenario) {
  return { scenario };
}
function compileThresholds(catalog, input) {
  const thresholds = {};
  const add = (key, threshold) => {
    const list = thresholds[key] ??= [];
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  const judged = (expression) => input.mode === "report" ? "count>=0" : input.mode === "gate" ? { threshold: expression, abortOnFail: true } : expression;
  for (const slo of catalog) {
    add(badEventsKey(slo), judged(verdictExpression(slo)));
    add(submetricKey(slo.metric, slo.tags), `${slo.stat}>=0`);
    add(submetricKey(slo.guard, slo.tags), input.mode === "report" ? "count>=0" : GUARD_EXPRESSION);
  }
  const run = scenarioTags(input.scenario);
  add(submetricKey("http_reqs", run), "count>=0");
  add(submetricKey("http_req_failed", run), "rate>=0");
  add(submetricKey("http_req_duration", run), "p(95)>=0");
  add(submetricKey("http_req_duration", run), "p(99)>=0");
  if (input.maxDroppedIterations !== void 0) add(DROPPED_ITERATIONS, judged(droppedExpression(input.maxDroppedIterations)));
  return thresholds;
}
var DROPPED_ITERATIONS = "dropped_iterations";
function droppedExpression(maxDropped) {
  return `count<=${maxDropped}`;
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// thresholds/setup.ts
function sloSetup(config, settings, plan) {
  return buildCatalog({
    testid: config.testid,
    endpointType: config.endpointType,
    beasts: config.beasts,
    methods: plan.methods,
    slo: settings,
    sample: plan.sample
  });
}
function maxDroppedIterations(plan, settings) {
  return plan.plannedIterations === void 0 ? void 0 : Math.floor(settings.maxDropped * plan.plannedIterations);
}

// thresholds/slo-options.ts
function sloOptions(slos, plan) {
  slos.plan = plan;
  const { config, settings } = slos;
  const catalog = sloSetup(config, settings, plan);
  const thresholds = compileThresholds(catalog, {
    mode: settings.mode,
    scenario: config.scenario,
    maxDroppedIterations: maxDroppedIterations(plan, settings)
  });
  return { thresholds, summaryTrendStats: SUMMARY_TREND_STATS };
}

// lib/scenario-options.ts
function scenarioOptions(slos, plan) {
  const { config } = slos;
  return readSettings((env) => {
    const { executor, slo, thresholds } = plan({ knob: knobReader(env, config.scenario), stage: options_stage_exports });
    const catalog = sloOptions(slos, slo);
    return {
      ...baseOptions(config),
      scenarios: { [config.scenario]: executor },
      summaryTrendStats: catalog.summaryTrendStats,
      thresholds: { ...catalog.thresholds, ...thresholds }
    };
  });
}
function arrivalOptions(slos, shape, mix) {
  return scenarioOptions(slos, (tools) => {
    const executor = shape.executor(tools);
    return {
      executor,
      slo: tools.stage.arrivalSloPlan(executor, mix, slos.config.beasts.length),
      thresholds: shape.thresholds?.(tools)
    };
  });
}

// lib/settings/report-dir-check.ts
function reportDirPath(reportDir, pwd) {
  if (reportDir.startsWith("/")) return reportDir;
  if (!pwd?.startsWith("/")) return void 0;
  return `${pwd.replace(/\/+$/, "")}/${reportDir.replace(/^\.\/+/, "")}`;
}
function checkReportDir(reportDir, pwd, read2) {
  const path = reportDirPath(reportDir, pwd);
  if (path === void 0) return;
  let problem;
  try {
    read2(path);
    problem = `${path} is a file`;
  } catch (error) {
    const message = String(error);
    if (/can't be used with directories/.test(message)) return;
    if (!/no such file or directory/.test(message)) return;
    problem = `${path} does not exist`;
  }
  throw new ConfigError("REPORT_DIR", reportDir, `an existing folder; k6 creates none (${problem})`);
}

// lib/settings/suite.ts
var DEFAULT_BASE_URL = K6_SETTINGS.BASE_URL.default;
var DEFAULT_REPORT_DIR = K6_SETTINGS.REPORT_DIR.default;
function defaultTestId(scenario, now, random) {
  const time = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
  return `${scenario.slice(0, 40)}-${time}-${suffix}`;
}
function parseTarget(env) {
  const baseUrl = read(env, "BASE_URL");
  const endpointType = read(env, "ENDPOINT_TYPE");
  const known = ENDPOINTS[endpointType];
  const chosen = readOptional(env, "BEASTS", listOf(oneOf(known)));
  const beasts = chosen ? known.filter((beast) => chosen.includes(beast)) : known;
  return { baseUrl, endpointType, beasts };
}
function parseConfig(env, context) {
  const { baseUrl, endpointType, beasts } = parseTarget(env);
  refuseIgnoredOverrides(env, context.scenario);
  const testid = read(env, "TESTID", { fallback: defaultTestId(context.scenario, context.now, context.random) });
  const extraTags = read(env, "TAGS", { fallback: {} });
  const reportDir = read(env, "REPORT_DIR");
  return { scenario: context.scenario, baseUrl, endpointType, beasts, testid, tags: extraTags, reportDir };
}

// lib/settings/url-credentials.ts
var RECEIVER_URL = "K6_PROMETHEUS_RW_SERVER_URL";
var USERINFO = /^(https?:\/\/)([^/@?#]*)@/;
function refuseUrlCredentials(env) {
  const raw = env[RECEIVER_URL]?.trim();
  if (!raw || !USERINFO.test(raw)) return;
  throw new ConfigError(
    RECEIVER_URL,
    raw.replace(USERINFO, "$1***@"),
    "a URL without credentials: put them in K6_PROMETHEUS_RW_USERNAME and K6_PROMETHEUS_RW_PASSWORD (k6 prints the URL)"
  );
}

// thresholds/settings.ts
var DEFAULT_P99_MS = 1e3;
function parseSloSettings(env, defaultMode) {
  const p95Ms = read(env, "SLO_P95_MS");
  return {
    profile: read(env, "SLO_PROFILE"),
    mode: read(env, "SLO_MODE", { fallback: defaultMode }),
    p95Ms,
    p99Ms: read(env, "SLO_P99_MS", { fallback: Math.max(DEFAULT_P99_MS, p95Ms), form: atLeast(p95Ms, "SLO_P95_MS") }),
    availability: read(env, "SLO_AVAILABILITY"),
    checks: read(env, "SLO_CHECKS"),
    falseAlarm: read(env, "SLO_FALSE_ALARM"),
    maxDropped: read(env, "SLO_MAX_DROPPED"),
    grafana: {
      url: read(env, "GRAFANA_URL"),
      tempoUid: read(env, "GRAFANA_TEMPO_UID"),
      lokiUid: read(env, "GRAFANA_LOKI_UID"),
      mimirUid: read(env, "GRAFANA_MIMIR_UID")
    }
  };
}

// thresholds/active-slos.ts
function scenarioSlos(env, scenario, mode) {
  const config = parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random });
  checkReportDir(config.reportDir, env.PWD, (path) => open(path));
  refuseUrlCredentials(env);
  const settings = parseSloSettings(env, mode);
  return {
    config,
    settings,
    exemplarLevel: env.REPORT_FINALIZE === "run-tool" ? "info" : "debug"
  };
}

// lib/request-timeout.ts
var TIMEOUT_P99_MULTIPLE = 5;
var MIN_TIMEOUT_MS = 2e3;
var MAX_TIMEOUT_MS = 6e4;
function requestTimeoutMs(p99Ms) {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms));
}

// lib/client.ts
var EXPECTED = {
  GET: http.expectedStatuses({ min: EXPECTED_STATUS.GET, max: EXPECTED_STATUS.GET }),
  POST: http.expectedStatuses({ min: EXPECTED_STATUS.POST, max: EXPECTED_STATUS.POST }),
  DELETE: http.expectedStatuses({ min: EXPECTED_STATUS.DELETE, max: EXPECTED_STATUS.DELETE })
};
function requestPlan(slos) {
  const { config, settings } = slos;
  return {
    baseUrl: config.baseUrl,
    beasts: config.beasts,
    p95Ms: settings.p95Ms,
    p99Ms: settings.p99Ms,
    requestTimeout: `${requestTimeoutMs(settings.p99Ms)}ms`,
    exemplarLevel: slos.exemplarLevel
  };
}

// lib/plans/mix-choice.ts
function mixFromKnobs(knob) {
  return { readShare: knob("MIX_READ"), maxPending: knob("MIX_MAX_PENDING") };
}

// lib/run-life.ts
var UNKNOWN_MS = 24 * 36e5;
var UNIT_MS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function goDurationMs(text) {
  if (typeof text === "number") return text;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/^((\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d))+$/.test(text)) return Number.NaN;
  let total = 0;
  for (const [, value, , unit] of text.matchAll(/(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d)/g)) total += Number(value) * UNIT_MS[unit];
  return total;
}

// lib/plans/arrival.ts
var TIME_UNIT_SECONDS = { "1s": 1, "1m": 60, "1h": 3600 };
function seconds(duration2) {
  const ms = goDurationMs(duration2);
  return Number.isFinite(ms) ? ms / 1e3 : 0;
}
function plannedIterations(executor) {
  const perSecond2 = 1 / seconds(executor.timeUnit);
  if (executor.executor === "constant-arrival-rate") return executor.rate * perSecond2 * seconds(executor.duration);
  let rate2 = executor.startRate;
  let total = 0;
  for (const stage of executor.stages) {
    total += (rate2 + stage.target) / 2 * perSecond2 * seconds(stage.duration);
    rate2 = stage.target;
  }
  return total;
}
var ITERATION_SECONDS = 0.5;
function vusFor(peakPerSecond, maxVUs) {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}
function perSecond(rate2) {
  return rate2.rate / TIME_UNIT_SECONDS[rate2.timeUnit];
}

// lib/plans/sample.ts
function crudSample(iterations) {
  return {
    requests: {
      GET: fixedBound(2 * iterations),
      POST: { fixed: iterations, trials: iterations, share: "retries" },
      DELETE: fixedBound(iterations)
    },
    checks: fixedBound(2 * iterations)
  };
}
function mixSample(executor, mix, beasts) {
  const iterations = plannedIterationCount(executor);
  const reads = { fixed: 0, trials: iterations, share: mix.readShare / beasts };
  const writes = { fixed: 0, trials: iterations, share: (1 - mix.readShare) / beasts };
  return { requests: { GET: reads, POST: writes, DELETE: writes }, checks: reads };
}
function plannedIterationCount(executor) {
  return Math.ceil(plannedIterations(executor) - 1e-9);
}
function arrivalSloPlan(executor, mix, beasts) {
  return { sample: mixSample(executor, mix, beasts), plannedIterations: plannedIterationCount(executor) };
}

// lib/plans/breakpoint-steps.ts
function breakpointPlan(knobs, p95Ms) {
  const { start, increment, steps, hold, ramp, maxVUs, maxErrorRate } = knobs;
  const stepRates = Array.from({ length: steps }, (_, i) => start.rate + i * increment);
  const stages = [{ duration: hold, target: stepRates[0] }];
  for (const target of stepRates.slice(1)) stages.push({ duration: ramp, target }, { duration: hold, target });
  const peak = perSecond({ rate: stepRates[steps - 1], timeUnit: start.timeUnit });
  return {
    executor: {
      executor: "ramping-arrival-rate",
      startRate: stepRates[0],
      timeUnit: start.timeUnit,
      stages,
      ...vusFor(peak, maxVUs),
      gracefulStop: "10s"
    },
    stepRates,
    timeUnit: start.timeUnit,
    rampSeconds: seconds(ramp),
    holdSeconds: seconds(hold),
    p95Ms,
    maxErrorRate
  };
}
function stepMetric(metric, step) {
  return `${metric}{step:${step}}`;
}
function stepThresholds(plan) {
  const thresholds = {};
  plan.stepRates.forEach((_, step) => {
    thresholds[stepMetric("http_req_duration", step)] = [{ threshold: `p(95)<${plan.p95Ms}`, abortOnFail: true }];
    thresholds[stepMetric("http_req_failed", step)] = [{ threshold: `rate<${plan.maxErrorRate}`, abortOnFail: true }];
    thresholds[stepMetric("http_reqs", step)] = ["count>=0"];
  });
  return thresholds;
}
export {
  arrivalOptions,
  arrivalSloPlan,
  breakpointPlan,
  crudSample,
  knobReader,
  mixFromKnobs,
  parseSloSettings,
  perSecond,
  readSettings,
  requestPlan,
  scenarioOptions,
  scenarioSlos,
  stepThresholds,
  vusFor
};
//# sourceMappingURL=options-stage.js.map
