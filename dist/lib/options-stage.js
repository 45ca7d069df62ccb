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
function durationMs(text2) {
  const match = DURATION_FORM.exec(text2);
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
function loadMarkers(testid, version) {
  return { baggage: `testid=${testid}`, userAgent: `mythical-k6/${version} (testid=${testid})` };
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

// lib/plans/arrival.ts
var TIME_UNIT_SECONDS = { "1s": 1, "1m": 60, "1h": 3600 };
function seconds(duration2) {
  return (durationMs(duration2) ?? 0) / 1e3;
}
var ITERATION_SECONDS = 0.5;
function vusFor(peakPerSecond, maxVUs) {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}
function perSecond(rate2) {
  return rate2.rate / TIME_UNIT_SECONDS[rate2.timeUnit];
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
var DEFAULT_ABORT_DELAY = "30s";
var ratio = /* @__PURE__ */ validator("a ratio between 0 and 1 such as 0.99", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : void 0;
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
    abortDelay: setting(env, "SLO_ABORT_DELAY", duration, DEFAULT_ABORT_DELAY),
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
function stepResults(plan, metrics) {
  return plan.stepRates.map((_, step) => {
    const requests = metrics[stepMetric("http_reqs", step)]?.values.count ?? 0;
    const value = (metric, stat) => requests > 0 ? metrics[stepMetric(metric, step)]?.values[stat] ?? null : null;
    return { step, p95Ms: value("http_req_duration", "p(95)"), errorRate: value("http_req_failed", "rate"), requests };
  });
}
function breakpointLine(result) {
  if (result.brokeAtRps === null) {
    return `breakpoint: no step broke; the target held ${result.lastGoodRps ?? 0} req/s over ${result.stepsRun} steps`;
  }
  const held = result.lastGoodRps === null ? "the first step already broke" : `last step that held: ${result.lastGoodRps} req/s`;
  return `breakpoint: broke at ${result.brokeAtRps} req/s (step ${result.brokeAtStep}: ${result.reason}); ${held}`;
}
function judgeSteps(plan, steps) {
  const rps = (step) => perSecond({ rate: plan.stepRates[step], timeUnit: plan.timeUnit });
  const ran = steps.filter((s) => s.requests > 0);
  for (const s of ran) {
    const slow = s.p95Ms !== null && s.p95Ms >= plan.p95Ms;
    const failing = s.errorRate !== null && s.errorRate >= plan.maxErrorRate;
    if (slow || failing) {
      const reason = slow ? `p95 ${s.p95Ms.toFixed(1)} ms ≥ ${plan.p95Ms} ms` : `error rate ${(s.errorRate * 100).toFixed(2)}% ≥ ${(plan.maxErrorRate * 100).toFixed(2)}%`;
      return {
        brokeAtStep: s.step,
        brokeAtRps: rps(s.step),
        lastGoodRps: s.step > 0 ? rps(s.step - 1) : null,
        reason,
        stepsRun: ran.length,
        steps
      };
    }
  }
  const last = ran.length ? ran[ran.length - 1].step : null;
  return { brokeAtStep: null, brokeAtRps: null, lastGoodRps: last === null ? null : rps(last), reason: null, stepsRun: ran.length, steps };
}

// thresholds/queries.ts
var SERVICE_NAME = "mythical-server";
function sloQueries(kind, quantile, thresholdMs, scope) {
  const traceql = spanSelector(scope, kind === "latency" ? `duration > ${thresholdMs}ms` : "status = error");
  const logql = logSelector(scope, kind === "latency" ? "any" : "error");
  if (kind === "latency") {
    const q = quantile ?? 0.95;
    const selector = promSelector(scope, {});
    return {
      promql: `histogram_quantile(${q}, sum(k6_http_req_duration_seconds${selector})) * 1000`,
      promqlTrendStats: `max(k6_http_req_duration_p${Math.round(q * 100)}${selector}) * 1000`,
      traceql,
      logql
    };
  }
  const promql = kind === "availability" ? ratioQuery("k6_http_reqs_total", scope, { expected_response: "false" }) : ratioQuery("k6_mythical_checks_total", scope, { passed: "true" });
  return { promql, promqlTrendStats: promql, traceql, logql };
}
function ratioQuery(counter, scope, part) {
  return `(sum(${counter}${promSelector(scope, part)}) or vector(0)) / sum(${counter}${promSelector(scope, {})})`;
}
function promSelector(scope, extra) {
  const labels = { testid: scope.testid, beast: scope.beast, method: scope.method, ...extra };
  return `{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(", ")}}`;
}
function spanSelector(scope, condition) {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    `span.${scope.key} = "${scope.beast}"`,
    // Older OpenTelemetry HTTP instrumentation writes `http.method`, current semantic conventions `http.request.method`.
    `(span.http.method = "${scope.method}" || span.http.request.method = "${scope.method}")`,
    ...condition ? [condition] : []
  ];
  return `{ ${terms.join(" && ")} }`;
}
function logSelector(scope, lines) {
  const level = lines === "error" ? ', level="error"' : "";
  const stream = `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level}}`;
  const methodReliable = !(lines === "error" && scope.method === "POST");
  return methodReliable ? `${stream} |= "http.method=${scope.method}"` : stream;
}

// thresholds/catalog.ts
var METHODS = ["GET", "POST", "DELETE"];
var CHECKS_COUNTER = "mythical_checks";
var DESIGNED_POST_FAILURE_BUDGET = 0.2;
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
          guard: template.guard
        });
      }
    }
  }
  return slos;
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
      objective: () => ({ op: ">", value: round(slo.checks), unit: "ratio" }),
      description: (group) => `${percent(slo.checks)} of the checks on ${group} responses pass`
    }
  ];
}
function failureBudget(profile, method, objective) {
  const strict = round(1 - objective);
  return profile === "default" && method === "POST" ? Math.max(strict, DESIGNED_POST_FAILURE_BUDGET) : strict;
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
function thresholdExpression(slo) {
  return `${slo.stat}${slo.objective.op}${slo.objective.value}`;
}
var GUARD_EXPRESSION = "count>0";
function alwaysHolds(slo) {
  return `${slo.stat}>=0`;
}
function compileThresholds(catalog, settings) {
  const thresholds = {};
  const add2 = (key, threshold) => {
    const list = thresholds[key] ??= [];
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  for (const slo of catalog) {
    add2(submetricKey(slo.metric, slo.tags), judged(slo, settings.mode, settings.abortDelay));
    add2(submetricKey(slo.guard, slo.tags), settings.mode === "report" ? "count>=0" : GUARD_EXPRESSION);
  }
  return thresholds;
}
function judged(slo, mode, abortDelay) {
  if (mode === "report") return alwaysHolds(slo);
  const threshold = thresholdExpression(slo);
  return mode === "gate" ? { threshold, abortOnFail: true, delayAbortEval: abortDelay } : threshold;
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// thresholds/options.ts
function sloOptions(slos) {
  const catalog = buildCatalog({ ...slos.config, methods: slos.methods, slo: slos.settings });
  return { thresholds: compileThresholds(catalog, slos.settings), summaryTrendStats: SUMMARY_TREND_STATS };
}

// thresholds/budget.ts
function budgetUsed(stat, objective, observed, trend) {
  if (stat === "rate") {
    const failureShare = objective.op.startsWith("<") ? observed : 1 - observed;
    const allowed2 = objective.op.startsWith("<") ? objective.value : 1 - objective.value;
    return allowed2 > 0 ? failureShare / allowed2 : failureShare > 0 ? Infinity : 0;
  }
  const allowed = 1 - Number(stat.slice(2, -1)) / 100;
  return slowerShare(trend ?? { [stat]: observed }, objective.value) / allowed;
}
function slowerShare(trend, limit) {
  const ladder = [
    ["min", 0],
    ["med", 0.5],
    ["p(90)", 0.9],
    ["p(95)", 0.95],
    ["p(99)", 0.99],
    ["max", 1]
  ].filter(([stat]) => typeof trend[stat] === "number").map(([stat, rank]) => [trend[stat], rank]);
  if (ladder.length === 0) return 0;
  if (limit < ladder[0][0]) return 1 - ladder[0][1];
  for (let i = 1; i < ladder.length; i++) {
    const [lowValue, lowRank] = ladder[i - 1];
    const [highValue, highRank] = ladder[i];
    if (limit < highValue) {
      const rank = highValue === lowValue ? lowRank : lowRank + (limit - lowValue) / (highValue - lowValue) * (highRank - lowRank);
      return 1 - rank;
    }
  }
  return 1 - ladder[ladder.length - 1][1];
}

// thresholds/links.ts
var WINDOW_PADDING_MS = 6e4;
function paddedWindow(start, end) {
  return { from: Date.parse(start) - WINDOW_PADDING_MS, to: Date.parse(end) + WINDOW_PADDING_MS };
}
function exploreUrl(grafana, datasource, query, range) {
  const uid = { tempo: grafana.tempoUid, loki: grafana.lokiUid, mimir: grafana.mimirUid }[datasource];
  const pane = {
    datasource: uid,
    queries: [paneQuery(datasource, uid, query)],
    range: { from: String(range.from), to: String(range.to) }
  };
  const panes = encodeURIComponent(JSON.stringify({ mythical: pane }));
  return `${grafana.url}/explore?schemaVersion=1&panes=${panes}&orgId=1`;
}
function paneQuery(datasource, uid, query) {
  switch (datasource) {
    case "tempo":
      return { refId: "A", datasource: { type: "tempo", uid }, queryType: "traceql", query, limit: 20, tableType: "traces" };
    case "loki":
      return { refId: "A", datasource: { type: "loki", uid }, queryType: "range", expr: query };
    case "mimir":
      return { refId: "A", datasource: { type: "prometheus", uid }, expr: query, range: true, instant: false };
  }
}
function runLinks(grafana, testid, range) {
  return {
    tempo: exploreUrl(grafana, "tempo", `{ resource.service.name = "${SERVICE_NAME}" }`, range),
    loki: exploreUrl(grafana, "loki", `{service_name="${SERVICE_NAME}"}`, range),
    mimir: exploreUrl(
      grafana,
      "mimir",
      `sum by (method, beast) (rate(k6_http_reqs_total{testid="${testid}"}[$__rate_interval]))`,
      range
    )
  };
}

// thresholds/summary-schema.ts
var SUMMARY_SCHEMA = "mythical-k6/summary";
var SUMMARY_VERSION = 1;

// thresholds/evaluate.ts
function evaluateSummary(data, catalog, run) {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const range = paddedWindow(start, end);
  const slos = catalog.map((slo) => judgeSlo(data, slo, run.slo.grafana, range));
  const metric = (key) => data.metrics[key]?.values ?? {};
  return {
    schema: SUMMARY_SCHEMA,
    version: SUMMARY_VERSION,
    testid: run.testid,
    scenario: run.scenario,
    profile: run.slo.profile,
    mode: run.slo.mode,
    baseUrl: run.baseUrl,
    window: { start, end },
    totals: {
      requests: metric("http_reqs").count ?? 0,
      iterations: metric("iterations").count ?? 0,
      durationSeconds: data.state.testRunDurationMs / 1e3,
      checksPassed: metric("checks").passes ?? 0,
      checksFailed: metric("checks").fails ?? 0
    },
    slis: collectSlis(data, catalog),
    slos,
    links: runLinks(run.slo.grafana, run.testid, range),
    passed: slos.every((slo) => slo.verdict === "pass")
  };
}
function judgeSlo(data, slo, grafana, range) {
  const key = submetricKey(slo.metric, slo.tags);
  const metric = data.metrics[key];
  const threshold = thresholdExpression(slo);
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const observed = samples > 0 ? metric?.values[slo.stat] ?? null : null;
  const verdict = judge(samples, observed, slo.objective, metric?.thresholds?.[threshold]?.ok);
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: key,
    threshold,
    objective: slo.objective,
    observed,
    samples,
    verdict,
    budgetUsed: verdict === "no-data" || observed === null ? null : budgetUsed(slo.stat, slo.objective, observed, metric?.values),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, "tempo", slo.queries.traceql, range),
      loki: exploreUrl(grafana, "loki", slo.queries.logql, range),
      mimir: exploreUrl(grafana, "mimir", slo.queries.promql, range)
    },
    queries: slo.queries
  };
}
function judge(samples, observed, objective, k6Ok) {
  if (samples === 0) return "no-data";
  if (k6Ok !== void 0) return k6Ok ? "pass" : "fail";
  return observed !== null && holds(observed, objective) ? "pass" : "fail";
}
function holds(observed, objective) {
  switch (objective.op) {
    case "<":
      return observed < objective.value;
    case "<=":
      return observed <= objective.value;
    case ">":
      return observed > objective.value;
    case ">=":
      return observed >= objective.value;
  }
}
function collectSlis(data, catalog) {
  const slis = { all: sli(data, {}) };
  for (const slo of catalog) slis[slo.group] ??= sli(data, slo.tags);
  return slis;
}
function sli(data, tags2) {
  const values = (metric) => data.metrics[submetricKey(metric, tags2)]?.values ?? {};
  const requests = values("http_reqs").count ?? 0;
  const duration2 = values("http_req_duration");
  const present = (value) => requests > 0 && value !== void 0 ? value : null;
  return {
    p95Ms: present(duration2["p(95)"]),
    p99Ms: present(duration2["p(99)"]),
    errorRate: present(values("http_req_failed").rate),
    rps: present(values("http_reqs").rate),
    requests
  };
}

// thresholds/report/junit.ts
function renderJUnit(suites, name = "mythical-k6") {
  const totals = suites.map(count).reduce(add, { tests: 0, failures: 0, skipped: 0 });
  const time = suites.reduce((sum, suite) => sum + (suite.time ?? 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds2(time)}">`,
    ...suites.map(renderSuite),
    "</testsuites>",
    ""
  ].join("\n");
}
function count(suite) {
  return {
    tests: suite.cases.length,
    failures: suite.cases.filter((c) => c.failure).length,
    skipped: suite.cases.filter((c) => !c.failure && c.skipped !== void 0).length
  };
}
function add(a, b) {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, skipped: a.skipped + b.skipped };
}
function renderSuite(suite) {
  const counts = count(suite);
  const timestamp = suite.timestamp ? ` timestamp="${attr(suite.timestamp)}"` : "";
  const open = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds2(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length ? ["    <properties>", ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), "    </properties>"] : [];
  return [open, ...propertyLines, ...suite.cases.map(renderCase), "  </testsuite>"].join("\n");
}
function renderCase(testCase) {
  const open = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds2(testCase.time ?? 0)}"`;
  const children = [];
  if (testCase.failure) {
    const { message, type, body } = testCase.failure;
    children.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  } else if (testCase.skipped !== void 0) {
    children.push(`      <skipped message="${attr(testCase.skipped)}"/>`);
  }
  if (testCase.systemOut) children.push(`      <system-out>${text(testCase.systemOut)}</system-out>`);
  return children.length ? [`${open}>`, ...children, "    </testcase>"].join("\n") : `${open}/>`;
}
function seconds2(value) {
  return Number.isFinite(value) ? value.toFixed(3) : "0.000";
}
function clean(value) {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
function text(value) {
  return clean(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// thresholds/report/format.ts
var VERDICT_LABELS = { pass: "PASS", fail: "FAIL", "no-data": "NO DATA" };
function sloRow(slo) {
  return {
    id: slo.id,
    objective: formatObjective(slo),
    observed: slo.observed === null ? "—" : formatValue(slo, slo.observed),
    verdict: VERDICT_LABELS[slo.verdict],
    budget: slo.budgetUsed === null ? "—" : formatShare(slo.budgetUsed)
  };
}
function formatObjective(slo) {
  const { op } = slo.objective;
  const subject = slo.kind === "latency" ? slo.threshold.slice(0, slo.threshold.indexOf(op)) : slo.kind === "checks" ? "passed" : "failed";
  return `${subject} ${op} ${formatValue(slo, slo.objective.value)}`;
}
function formatValue(slo, value) {
  return slo.objective.unit === "ms" ? `${round2(value, 1)} ms` : formatShare(value);
}
function formatShare(share2) {
  if (!Number.isFinite(share2)) return "∞";
  return `${round2(share2 * 100, 2)}%`;
}
function round2(value, decimals) {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
}
function failedSlos(summary) {
  return summary.slos.filter((slo) => slo.verdict !== "pass");
}
function headline(summary) {
  const breached = summary.slos.filter((slo) => slo.verdict === "fail").length;
  const noData = summary.slos.filter((slo) => slo.verdict === "no-data").length;
  if (breached + noData === 0) return `all ${summary.slos.length} SLOs passed`;
  return `${breached + noData} of ${summary.slos.length} SLOs failed (${breached} breached, ${noData} without data)`;
}
var HTML_REPORT_TITLE = "k6's HTML report (web dashboard: request rate, latency, errors and VUs over time)";
function failureMessage(slo) {
  const row2 = sloRow(slo);
  return slo.verdict === "no-data" ? `no request of this group was measured, so "${row2.objective}" cannot be shown to hold` : `observed ${row2.observed} breaches ${row2.objective} (error budget used ${row2.budget})`;
}

// thresholds/report/markdown.ts
function renderMarkdown(summary) {
  const icon = summary.passed ? "✅" : "❌";
  const out = [
    `### ${icon} SLOs of \`${summary.testid}\` (${summary.scenario}): ${headline(summary)}`,
    "",
    `Profile \`${summary.profile}\`, mode \`${summary.mode}\`, ${summary.totals.requests} requests in ${summary.totals.durationSeconds.toFixed(1)} s against ${summary.baseUrl}.`,
    "",
    ...summary.htmlReport ? [`📈 ${HTML_REPORT_TITLE}: \`${summary.htmlReport}\``, ""] : []
  ];
  for (const slo of failedSlos(summary)) {
    out.push(`#### ❌ ${slo.id}`, "", `${slo.description}: ${failureMessage(slo)}.`, "");
    for (const exemplar of slo.exemplars) {
      out.push(`- [trace \`${exemplar.traceId}\`](${exemplar.traceUrl}) — ${exemplar.method} /${exemplar.beast}, status ${exemplar.status}, ${exemplar.durationMs} ms, ${exemplar.time}`);
    }
    out.push(`- [log lines](${slo.links.loki}) · [traces](${slo.links.tempo}) · [SLI in Mimir](${slo.links.mimir})`, "");
  }
  out.push(
    `<details><summary>All ${summary.slos.length} SLOs</summary>`,
    "",
    "| SLO | Objective | Observed | Verdict | Budget used |",
    "| --- | --- | --- | --- | --- |",
    ...summary.slos.map(sloRow).map((row2) => `| \`${row2.id}\` | ${cell(row2.objective)} | ${cell(row2.observed)} | ${row2.verdict} | ${row2.budget} |`),
    "",
    "</details>",
    "",
    `Run window ${summary.window.start} → ${summary.window.end}: [traces](${summary.links.tempo}) · [logs](${summary.links.loki}) · [metrics](${summary.links.mimir})`,
    ""
  );
  return out.join("\n");
}
function cell(text2) {
  return text2.replace(/\|/g, "\\|");
}

// thresholds/report/slo-junit.ts
function sloJUnitSuite(summary) {
  return {
    name: `mythical-k6 SLOs ${summary.scenario} ${summary.testid}`,
    timestamp: summary.window.start,
    time: summary.totals.durationSeconds,
    properties: { testid: summary.testid, scenario: summary.scenario, profile: summary.profile, mode: summary.mode },
    cases: summary.slos.map((slo) => {
      const row2 = sloRow(slo);
      const details = [
        slo.description,
        `objective: ${row2.objective}`,
        `observed: ${row2.observed}`,
        `verdict: ${row2.verdict}`,
        `error budget used: ${row2.budget}`,
        `samples: ${slo.samples}`,
        ...slo.exemplars.map((e) => `trace ${e.traceId} (${e.method} /${e.beast}, status ${e.status}, ${e.durationMs} ms): ${e.traceUrl}`),
        `logs: ${slo.links.loki}`,
        `traces: ${slo.links.tempo}`,
        `SLI: ${slo.links.mimir}`
      ].join("\n");
      return {
        name: slo.id,
        classname: `mythical-k6.slo.${slo.kind}`,
        ...slo.verdict === "pass" ? {} : { failure: { message: failureMessage(slo), type: slo.verdict, body: details } },
        systemOut: details
      };
    })
  };
}

// thresholds/report/files.ts
function reportPath(reportDir, file) {
  return `${reportDir.replace(/\/+$/, "")}/${file}`;
}
function reportFiles(summary, reportDir) {
  return {
    [reportPath(reportDir, "summary.json")]: `${JSON.stringify(summary, null, 2)}
`,
    [reportPath(reportDir, "junit.xml")]: renderJUnit([sloJUnitSuite(summary)]),
    [reportPath(reportDir, "report.md")]: renderMarkdown(summary)
  };
}

// thresholds/report/table.ts
var COLUMNS = [
  ["id", "SLO"],
  ["objective", "OBJECTIVE"],
  ["observed", "OBSERVED"],
  ["verdict", "VERDICT"],
  ["budget", "BUDGET USED"]
];
function renderSloTable(summary) {
  const rows = summary.slos.map(sloRow);
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((row2) => row2[key].length)));
  const line = (cells) => `  ${cells.map((cell2, i) => cell2.padEnd(widths[i])).join("  ")}`.trimEnd();
  const out = [
    `  █ SLOs  ${summary.testid} — ${headline(summary)} (profile ${summary.profile}, mode ${summary.mode})`,
    "",
    line(COLUMNS.map(([, title]) => title)),
    ...rows.map((row2) => line(COLUMNS.map(([key]) => row2[key])))
  ];
  for (const slo of failedSlos(summary)) {
    out.push("", `  ✗ ${slo.id}: ${slo.description}`, `    ${failureMessage(slo)}`);
    for (const exemplar of slo.exemplars) {
      out.push(`    trace ${exemplar.traceId}  ${exemplar.method} /${exemplar.beast}  status ${exemplar.status}  ${exemplar.durationMs} ms  ${exemplar.time}`);
      out.push(`      ${exemplar.traceUrl}`);
    }
    out.push(`    logs:   ${slo.links.loki}`, `    traces: ${slo.links.tempo}`, `    SLI:    ${slo.links.mimir}`);
  }
  out.push(
    "",
    `  run window ${summary.window.start} → ${summary.window.end}`,
    `    traces:  ${summary.links.tempo}`,
    `    logs:    ${summary.links.loki}`,
    `    metrics: ${summary.links.mimir}`,
    ""
  );
  if (summary.htmlReport) out.push(`  ${HTML_REPORT_TITLE}:`, `    ${summary.htmlReport}`, "");
  return out.join("\n");
}

// thresholds/report/text-summary.ts
function renderTextSummary(data) {
  const metrics = Object.entries(data.metrics).filter(([name]) => !name.includes("{"));
  const checks = data.metrics.checks?.values;
  const out = ["", "  █ TOTAL RESULTS", ""];
  if (checks) {
    const total = (checks.passes ?? 0) + (checks.fails ?? 0);
    out.push(
      row("checks_total", `${total}`),
      row("checks_succeeded", `${percent2(checks.rate ?? 0)} ${checks.passes ?? 0} out of ${total}`),
      row("checks_failed", `${percent2(1 - (checks.rate ?? 1))} ${checks.fails ?? 0} out of ${total}`),
      ""
    );
  }
  for (const [title, belongs] of CATEGORIES) {
    const inCategory = metrics.filter(([name]) => name !== "checks" && belongs(name));
    if (inCategory.length === 0) continue;
    out.push(`    ${title}`, ...inCategory.map(([name, metric]) => row(name, formatMetric(metric))), "");
  }
  out.push(`  running for ${(data.state.testRunDurationMs / 1e3).toFixed(1)}s`, "");
  return out.join("\n");
}
var BUILT_IN_EXECUTION = ["iteration_duration", "iterations", "vus", "vus_max", "dropped_iterations"];
var BUILT_IN_NETWORK = ["data_received", "data_sent"];
var CATEGORIES = [
  ["HTTP", (name) => name.startsWith("http_")],
  ["EXECUTION", (name) => BUILT_IN_EXECUTION.includes(name)],
  ["NETWORK", (name) => BUILT_IN_NETWORK.includes(name)],
  ["CUSTOM", (name) => !name.startsWith("http_") && !BUILT_IN_EXECUTION.includes(name) && !BUILT_IN_NETWORK.includes(name)]
];
function row(name, value) {
  return `    ${`${name}`.padEnd(35, ".")}: ${value}`;
}
function formatMetric(metric) {
  const v = metric.values;
  switch (metric.type) {
    case "counter":
      return `${format(v.count ?? 0, metric.contains)} ${format(v.rate ?? 0, metric.contains)}/s`;
    case "rate": {
      const total = (v.passes ?? 0) + (v.fails ?? 0);
      return `${percent2(v.rate ?? 0)} ${v.passes ?? 0} out of ${total}`;
    }
    case "gauge":
      return `${format(v.value ?? 0, metric.contains)} min=${format(v.min ?? 0, metric.contains)} max=${format(v.max ?? 0, metric.contains)}`;
    case "trend":
      return ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)"].filter((stat) => v[stat] !== void 0).map((stat) => `${stat}=${format(v[stat], metric.contains)}`).join(" ");
  }
}
function format(value, contains) {
  if (contains === "time") return value >= 1e3 ? `${trim(value / 1e3)}s` : value >= 1 ? `${trim(value)}ms` : `${trim(value * 1e3)}µs`;
  if (contains === "data") return value >= 1e6 ? `${trim(value / 1e6)} MB` : value >= 1e3 ? `${trim(value / 1e3)} kB` : `${trim(value)} B`;
  return trim(value);
}
function trim(value) {
  return String(Math.round(value * 100) / 100);
}
function percent2(share2) {
  return `${(share2 * 100).toFixed(2)}%`;
}

// thresholds/end-of-test.ts
function summarizeRun(data, input) {
  const { config, slo } = input;
  const catalog = buildCatalog({ testid: config.testid, endpointType: config.endpointType, beasts: config.beasts, methods: input.methods, slo });
  const summary = evaluateSummary(data, catalog, { testid: config.testid, scenario: config.scenario, baseUrl: config.baseUrl, end: input.end, slo });
  return { ...summary, htmlReport: input.htmlReport ?? null };
}
function endOfTestOutputs(data, input) {
  const summary = summarizeRun(data, input);
  const table = input.deferTable ? `  SLO table: printed by the run tool once the exemplars of ${input.config.reportDir}/k6.log are folded in
` : renderSloTable(summary);
  return { stdout: `${renderTextSummary(data)}
${table}`, ...reportFiles(summary, input.config.reportDir) };
}

// lib/web-dashboard.ts
var K6_TRUE = ["1", "t", "true"];
function htmlReportPath(env) {
  const on = K6_TRUE.includes(env.K6_WEB_DASHBOARD?.trim().toLowerCase() ?? "");
  const file = (env.K6_WEB_DASHBOARD_EXPORT?.trim() || env.K6_WEB_DASHBOARD_REPORT?.trim()) ?? "";
  return on && file !== "" ? file : null;
}
export {
  baseOptions,
  breakpointLine,
  breakpointPlan,
  checkReportDir,
  endOfTestOutputs,
  htmlReportPath,
  judgeSteps,
  loadPlan,
  mixFromEnv,
  parseConfig,
  parseSloSettings,
  refuseUrlCredentials,
  reportPath,
  sloOptions,
  soakPlan,
  spikePlan,
  stepResults,
  stepThresholds,
  stressPlan
};
//# sourceMappingURL=options-stage.js.map
