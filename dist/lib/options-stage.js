// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.

// lib/beasts.ts
var ENDPOINTS = {
  DEFAULT: ["unicorn", "manticore", "illithid", "owlbear", "beholder"],
  BORING: ["login", "payment", "account", "cart", "health", "fastcache"]
};
var ENDPOINT_TYPES = Object.keys(ENDPOINTS);

// lib/config/error.ts
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

// lib/config/scenarios.ts
var SCENARIO_KNOBS = {
  smoke: ["VUS", "ITERATIONS"],
  load: ["RATE", "DURATION"],
  stress: ["RATE"],
  spike: ["RATE"],
  soak: ["RATE", "DURATION"],
  breakpoint: []
};

// lib/config/validators.ts
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
function optionalSetting(env, variable, validate) {
  return setting(env, variable, validate, void 0);
}
var URL_FORM = /^(https?):\/\/(?:[^\s/@]+@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s?#]*)?$/;
var url = validator("an http(s) URL such as http://localhost:4000", (raw) => {
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
  "a duration such as 30s, 5m or 1h30m",
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
  const accepts = `key=value pairs separated by commas, keys label names other than ${reserved.join(", ")}, values of letters, digits, . _ ~ -`;
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

// lib/config/parse.ts
var DEFAULT_BASE_URL = "http://localhost:4000";
var DEFAULT_REPORT_DIR = "reports";
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
var TESTID_MAX_LENGTH = 64;
var testidValidator = matching(
  new RegExp(`^(?=.{1,${TESTID_MAX_LENGTH}}$)${SAFE_VALUE.source.slice(1)}`),
  `at most ${TESTID_MAX_LENGTH} letters, digits, . _ ~ - starting with a letter or digit`
);
function defaultTestId(scenario, now, random) {
  const time = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
  return `${scenario.slice(0, 40)}-${time}-${suffix}`;
}
function parseTarget(env) {
  const baseUrl = setting(env, "BASE_URL", url, DEFAULT_BASE_URL);
  const endpointType = setting(env, "ENDPOINT_TYPE", oneOf(ENDPOINT_TYPES), "DEFAULT");
  const known = ENDPOINTS[endpointType];
  const chosen = optionalSetting(env, "BEASTS", listOf(oneOf(known)));
  const beasts = chosen ? known.filter((beast) => chosen.includes(beast)) : known;
  return { baseUrl, endpointType, beasts };
}
function parseConfig(env, context) {
  const { baseUrl, endpointType, beasts } = parseTarget(env);
  const load = parseLoad(env, context.scenario);
  const testid = setting(env, "TESTID", testidValidator, defaultTestId(context.scenario, context.now, context.random));
  const extraTags = setting(env, "TAGS", tags(RESERVED_TAG_KEYS), {});
  const reportDir = setting(env, "REPORT_DIR", matching(/^[^\0\r\n]+$/, "a directory path"), DEFAULT_REPORT_DIR);
  return { scenario: context.scenario, baseUrl, endpointType, beasts, load, testid, tags: extraTags, reportDir };
}
function parseLoad(env, scenario) {
  const honoured = SCENARIO_KNOBS[scenario] ?? [];
  const knob = (variable, validate) => {
    const value = optionalSetting(env, variable, validate);
    if (value !== void 0 && !honoured.includes(variable)) {
      const takes = honoured.length > 0 ? `only ${honoured.join(", ")}` : "no load override";
      throw new ConfigError(variable, String(env[variable]).trim(), `it unset: the ${scenario} scenario takes ${takes}`);
    }
    return value;
  };
  return {
    vus: knob("VUS", positiveInteger),
    iterations: knob("ITERATIONS", positiveInteger),
    duration: knob("DURATION", duration),
    rate: knob("RATE", rate)
  };
}

// lib/config/report-dir.ts
function reportDirPath(reportDir, pwd) {
  if (reportDir.startsWith("/")) return reportDir;
  if (!pwd?.startsWith("/")) return void 0;
  return `${pwd.replace(/\/+$/, "")}/${reportDir.replace(/^\.\/+/, "")}`;
}
function checkReportDir(reportDir, pwd, read) {
  const path = reportDirPath(reportDir, pwd);
  if (path === void 0) return;
  let problem;
  try {
    read(path);
    problem = `${path} is a file`;
  } catch (error) {
    const message = String(error);
    if (/can't be used with directories/.test(message)) return;
    if (!/no such file or directory/.test(message)) return;
    problem = `${path} does not exist`;
  }
  throw new ConfigError("REPORT_DIR", reportDir, `an existing folder; k6 creates none (${problem})`);
}

// lib/config/url-credentials.ts
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

// lib/options.ts
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

// lib/plans/knobs.ts
var factor = validator("a number above 1 and at most 100, such as 1.5 or 3", (raw) => {
  const value = /^\d{1,3}(\.\d{1,3})?$/.test(raw) ? Number(raw) : NaN;
  return value > 1 && value <= 100 ? value : void 0;
});
var share = validator("a number from 0 to 1, such as 0.6", (raw) => {
  const value = /^(0(\.\d{1,4})?|1(\.0{1,4})?|\.\d{1,4})$/.test(raw) ? Number(raw) : NaN;
  return value >= 0 && value <= 1 ? value : void 0;
});
function upTo(max) {
  return validator(`a whole number from 1 to ${max}`, (raw) => {
    const value = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    return value >= 1 && value <= max ? value : void 0;
  });
}
var MAX_VUS_LIMIT = 5e3;
function arrivalKnobs(env, defaults) {
  return {
    rate: setting(env, "RATE", rate, { rate: defaults.rate, timeUnit: "1s" }),
    maxVUs: maxVUsKnob(env, defaults.maxVUs)
  };
}
function maxVUsKnob(env, fallback) {
  return setting(env, "MAX_VUS", upTo(MAX_VUS_LIMIT), fallback);
}
function durationKnob(env, variable, fallback) {
  return setting(env, variable, duration, fallback);
}
var rampDuration = validator(
  "a duration such as 0s, 30s, 5m or 1h30m",
  (raw) => /^0+(ms|s|m|h)$/.test(raw) || durationMs(raw) !== void 0 ? raw : void 0
);
function rampKnob(env, variable, fallback) {
  return setting(env, variable, rampDuration, fallback);
}

// lib/plans/mix.ts
function mixFromEnv(env) {
  return {
    readShare: setting(env, "MIX_READ", share, 0.6),
    maxPending: setting(env, "MIX_MAX_PENDING", upTo(100), 5)
  };
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
  const share3 = bound.share === "retries" ? failureShare : bound.share;
  return bound.fixed + upperQuantile(bound.trials, share3, alpha);
}
function isRandom(bound) {
  return bound.trials > 0 && bound.share !== 0;
}

// lib/plans/arrival.ts
var TIME_UNIT_SECONDS = { "1s": 1, "1m": 60, "1h": 3600 };
function seconds(duration2) {
  return (durationMs(duration2) ?? 0) / 1e3;
}
function plannedIterations(executor) {
  const perSecond2 = 1 / TIME_UNIT_SECONDS[executor.timeUnit];
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

// lib/plans/load.ts
function loadPlan(env) {
  const { rate: rate2, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 200 });
  return {
    executor: "ramping-arrival-rate",
    startRate: 0,
    timeUnit: rate2.timeUnit,
    stages: [
      { duration: rampKnob(env, "RAMP_UP", "1m"), target: rate2.rate },
      { duration: durationKnob(env, "DURATION", "5m"), target: rate2.rate },
      { duration: rampKnob(env, "RAMP_DOWN", "30s"), target: 0 }
    ],
    ...vusFor(perSecond(rate2), maxVUs),
    gracefulStop: "30s"
  };
}

// lib/plans/stress.ts
function stressPlan(env) {
  const { rate: rate2, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 500 });
  const peak = setting(env, "STRESS_PEAK", factor, 3);
  const steps = setting(env, "STRESS_STEPS", upTo(20), 4);
  const hold = durationKnob(env, "STEP_DURATION", "2m");
  const ramp = rampKnob(env, "STEP_RAMP", "30s");
  const stages = [];
  for (let i = 0; i <= steps; i++) {
    const target = Math.round(rate2.rate * (1 + (peak - 1) * i / steps));
    stages.push({ duration: ramp, target }, { duration: hold, target });
  }
  stages.push({ duration: ramp, target: 0 });
  return {
    executor: "ramping-arrival-rate",
    startRate: 0,
    timeUnit: rate2.timeUnit,
    stages,
    ...vusFor(perSecond(rate2) * peak, maxVUs),
    gracefulStop: "30s"
  };
}

// lib/plans/spike.ts
function spikePlan(env) {
  const { rate: rate2, maxVUs } = arrivalKnobs(env, { rate: 10, maxVUs: 500 });
  const spikeFactor = setting(env, "SPIKE_FACTOR", factor, 10);
  const jump = rampKnob(env, "SPIKE_RAMP", "10s");
  const spikeRate = Math.round(rate2.rate * spikeFactor);
  return {
    executor: "ramping-arrival-rate",
    startRate: rate2.rate,
    timeUnit: rate2.timeUnit,
    stages: [
      { duration: durationKnob(env, "WARM_UP", "1m"), target: rate2.rate },
      { duration: jump, target: spikeRate },
      { duration: durationKnob(env, "SPIKE_DURATION", "1m"), target: spikeRate },
      { duration: jump, target: rate2.rate },
      { duration: durationKnob(env, "RECOVERY", "2m"), target: rate2.rate }
    ],
    ...vusFor(perSecond(rate2) * spikeFactor, maxVUs),
    gracefulStop: "30s"
  };
}

// lib/plans/soak.ts
function soakPlan(env) {
  const { rate: rate2, maxVUs } = arrivalKnobs(env, { rate: 20, maxVUs: 200 });
  return {
    executor: "constant-arrival-rate",
    rate: rate2.rate,
    timeUnit: rate2.timeUnit,
    duration: durationKnob(env, "DURATION", "4h"),
    ...vusFor(perSecond(rate2), maxVUs),
    gracefulStop: "30s"
  };
}

// thresholds/settings.ts
var SLO_PROFILES = ["default", "always-succeed"];
var SLO_MODES = ["gate", "soak", "report"];
var DEFAULT_P95_MS = 300;
var DEFAULT_P99_MS = 1e3;
var DEFAULT_AVAILABILITY = 0.99;
var DEFAULT_FALSE_ALARM = 0.01;
var DEFAULT_MAX_DROPPED = 0.01;
var ratio = /* @__PURE__ */ validator("a ratio between 0 and 1 such as 0.99", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : void 0;
});
var share2 = /* @__PURE__ */ validator(
  "a number from 0 to 1 such as 0.01",
  (raw) => /^(0|1|0?\.\d{1,6})$/.test(raw) ? Number(raw) : void 0
);
var falseAlarm = /* @__PURE__ */ validator("a probability above 0 and at most 0.5 such as 0.01", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value <= 0.5 ? value : void 0;
});
function atLeast(floor, floorName) {
  return validator(`a whole number of at least ${floor} (${floorName})`, (raw) => {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    return value >= floor && value <= 2 ** 31 - 1 ? value : void 0;
  });
}
var datasourceUid = /* @__PURE__ */ matching(/^[A-Za-z0-9_-]{1,40}$/, "a datasource uid of letters, digits, - and _");
function parseSloSettings(env, defaultMode) {
  const p95Ms = setting(env, "SLO_P95_MS", positiveInteger, DEFAULT_P95_MS);
  return {
    profile: setting(env, "SLO_PROFILE", oneOf(SLO_PROFILES), "default"),
    mode: setting(env, "SLO_MODE", oneOf(SLO_MODES), defaultMode),
    p95Ms,
    p99Ms: setting(env, "SLO_P99_MS", atLeast(p95Ms, "SLO_P95_MS"), Math.max(DEFAULT_P99_MS, p95Ms)),
    availability: setting(env, "SLO_AVAILABILITY", ratio, DEFAULT_AVAILABILITY),
    checks: setting(env, "SLO_CHECKS", ratio, DEFAULT_AVAILABILITY),
    falseAlarm: setting(env, "SLO_FALSE_ALARM", falseAlarm, DEFAULT_FALSE_ALARM),
    maxDropped: setting(env, "SLO_MAX_DROPPED", share2, DEFAULT_MAX_DROPPED),
    grafana: {
      url: setting(env, "GRAFANA_URL", url, "http://localhost:3000"),
      tempoUid: setting(env, "GRAFANA_TEMPO_UID", datasourceUid, "tempo"),
      lokiUid: setting(env, "GRAFANA_LOKI_UID", datasourceUid, "loki"),
      mimirUid: setting(env, "GRAFANA_MIMIR_UID", datasourceUid, "mimir")
    }
  };
}

// lib/plans/breakpoint.ts
var MAX_BREAKPOINT_STEPS = 50;
function breakpointPlan(env) {
  const start = setting(env, "BREAK_START", rate, { rate: 10, timeUnit: "1s" });
  const increment = setting(env, "BREAK_STEP", upTo(1e6), 10);
  const steps = setting(env, "BREAK_STEPS", upTo(MAX_BREAKPOINT_STEPS), 20);
  const hold = durationKnob(env, "STEP_DURATION", "1m");
  const ramp = rampKnob(env, "STEP_RAMP", "5s");
  const maxVUs = maxVUsKnob(env, 1e3);
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
    // The same p95 objective the SLO catalog judges, read by the same rule.
    p95Ms: parseSloSettings(env, "report").p95Ms,
    maxErrorRate: setting(env, "BREAK_ERROR_RATE", share, 0.05)
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
    const share3 = failureShare(slo.group);
    const plannedSample = remember(`cap ${JSON.stringify(bound)} ${share3}`, () => sampleCap(bound, share3, sizeAlpha));
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
function percent(share3) {
  return `${round(share3 * 100)}%`;
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

// thresholds/options.ts
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
export {
  arrivalSloPlan,
  baseOptions,
  breakpointPlan,
  checkReportDir,
  crudSample,
  loadPlan,
  mixFromEnv,
  parseConfig,
  parseSloSettings,
  refuseUrlCredentials,
  sloOptions,
  soakPlan,
  spikePlan,
  stepThresholds,
  stressPlan
};
//# sourceMappingURL=options-stage.js.map
