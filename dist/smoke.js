// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// lib/client.ts
import http from "k6/http";

// lib/config/k6.ts
import exec from "k6/execution";

// lib/config/error.ts
var ConfigError = class extends Error {
  constructor(variable, value, expected) {
    super(`${variable}=${printable(value)} is not valid: expected ${expected}`);
    /** The environment variable at fault, e.g. `BASE_URL`. */
    __publicField(this, "variable");
    this.name = "ConfigError";
    this.variable = variable;
  }
};
function printable(value) {
  const redacted = value.replace(/(\/\/[^/@\s:]*:)[^/@\s]*@/, "$1***@");
  return /^[\x21-\x7e]+$/.test(redacted) ? redacted : JSON.stringify(redacted);
}

// lib/beasts.ts
var ENDPOINTS = {
  DEFAULT: ["unicorn", "manticore", "illithid", "owlbear", "beholder"],
  BORING: ["login", "payment", "account", "cart", "health", "fastcache"]
};
var ENDPOINT_TYPES = Object.keys(ENDPOINTS);

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
  const [, h, m, s, ms2] = match;
  const total = Number(h ?? 0) * DURATION_UNITS_MS.h + Number(m ?? 0) * DURATION_UNITS_MS.m + Number(s ?? 0) * DURATION_UNITS_MS.s + Number(ms2 ?? 0);
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

// lib/config/k6.ts
function readSettings(read) {
  try {
    return read(__ENV);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    exec.test.abort(error.message);
    throw error;
  }
}
function loadConfig(scenario) {
  return readSettings((env) => {
    const config2 = parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random });
    if (__VU === 0) {
      checkReportDir(config2.reportDir, env.PWD, (path) => open(path));
      refuseUrlCredentials(env);
    }
    return config2;
  });
}

// lib/exemplars.ts
var EXEMPLAR_PREFIX = "mythical-k6.exemplar ";
var EXEMPLAR_LIMITS = { burst: 5, refillMs: 2e3, total: 100 };
var TokenBucket = class {
  constructor(limits, now) {
    __publicField(this, "limits", limits);
    __publicField(this, "tokens");
    __publicField(this, "last");
    __publicField(this, "spent", 0);
    this.tokens = limits.burst;
    this.last = now;
  }
  /** Takes one token if there is one (and the lifetime cap allows); says whether it did. */
  take(now) {
    const refilled = Math.floor((now - this.last) / this.limits.refillMs);
    if (refilled > 0) {
      this.tokens = Math.min(this.limits.burst, this.tokens + refilled);
      this.last += refilled * this.limits.refillMs;
    }
    if (this.tokens < 1 || this.spent >= this.limits.total) return false;
    this.tokens -= 1;
    this.spent += 1;
    return true;
  }
};
var ExemplarRecorder = class {
  constructor(objectiveMs, print, now = Date.now, limits = EXEMPLAR_LIMITS) {
    __publicField(this, "objectiveMs", objectiveMs);
    __publicField(this, "print", print);
    __publicField(this, "now", now);
    __publicField(this, "limits", limits);
    __publicField(this, "bucket");
  }
  /** Prints the request as an exemplar if it failed or was slow, and the budget allows. */
  record(outcome) {
    if (!outcome.failed && outcome.durationMs <= this.objectiveMs()) return false;
    const now = this.now();
    this.bucket ?? (this.bucket = new TokenBucket(this.limits, now));
    if (!this.bucket.take(now)) return false;
    this.print(formatExemplarLine(outcome));
    return true;
  }
};
function formatExemplarLine(outcome) {
  const line = {
    traceId: outcome.traceId,
    beast: outcome.beast,
    method: outcome.method,
    name: outcome.name,
    status: outcome.status,
    durationMs: Math.round(outcome.durationMs * 1e3) / 1e3,
    time: new Date(outcome.sentAt).toISOString()
  };
  return `${EXEMPLAR_PREFIX}${JSON.stringify(line)}`;
}
var latencyObjectiveMs = Number.POSITIVE_INFINITY;
function setExemplarObjective(ms2) {
  latencyObjectiveMs = ms2;
}
var recorder = new ExemplarRecorder(() => latencyObjectiveMs, (line) => console.log(line));
function recordExemplar(outcome) {
  recorder.record(outcome);
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
  const latency = (stat, ms2) => ({
    kind: "latency",
    idPrefix: `latency-${stat.replace(/[()]/g, "")}`,
    metric: "http_req_duration",
    stat,
    guard: "http_reqs",
    objective: () => ({ op: "<", value: ms2, unit: "ms" }),
    description: (group) => `${stat.slice(2, -1)}% of ${group} requests answer within ${ms2} ms`
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
function percent(share) {
  return `${round(share * 100)}%`;
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
    const list = thresholds[key] ?? (thresholds[key] = []);
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

// thresholds/settings.ts
var SLO_PROFILES = ["default", "always-succeed"];
var SLO_MODES = ["gate", "soak", "report"];
var DEFAULT_P95_MS = 300;
var DEFAULT_P99_MS = 1e3;
var DEFAULT_AVAILABILITY = 0.99;
var DEFAULT_ABORT_DELAY = "30s";
var ratio = validator("a ratio between 0 and 1 such as 0.99", (raw) => {
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
var datasourceUid = matching(/^[A-Za-z0-9_-]{1,40}$/, "a datasource uid of letters, digits, - and _");
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

// thresholds/k6.ts
var active;
function sloOptions(config2, defaults) {
  const settings = readSettings((env) => parseSloSettings(env, defaults.mode));
  active = { config: config2, settings, methods: defaults.methods };
  setExemplarObjective(settings.p95Ms);
  const catalog = buildCatalog({ ...config2, methods: defaults.methods, slo: settings });
  return { thresholds: compileThresholds(catalog, settings), summaryTrendStats: SUMMARY_TREND_STATS };
}
function activeSlos() {
  return active;
}

// lib/request-timeout.ts
var TIMEOUT_P99_MULTIPLE = 5;
var MIN_TIMEOUT_MS = 2e3;
var MAX_TIMEOUT_MS = 6e4;
function requestTimeoutMs(p99Ms) {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms));
}

// lib/names.ts
var NAME_MAX_LENGTH = 50;
var SUITE_MARKER = "mk6";
var MAX_LIFE_SECONDS = 36 ** 5 - 1;
var PREFIX_FORM = new RegExp(`^${SUITE_MARKER}\\.([0-9a-z]{7})\\.([0-9a-z]{1,5})\\.([0-9a-z]{6})(?=-|$)`);
function runRows(startMs, lifeMs, id) {
  const start = Math.floor(startMs / 1e3);
  const life = Math.min(Math.ceil(lifeMs / 1e3), MAX_LIFE_SECONDS);
  const prefix = `${SUITE_MARKER}.${start.toString(36).padStart(7, "0")}.${life.toString(36)}.${id}`;
  return { prefix, startMs: start * 1e3, endMs: (start + life) * 1e3, id };
}
function parseRunRows(name) {
  const match = PREFIX_FORM.exec(name);
  if (!match) return void 0;
  const [prefix, start, life, id] = match;
  const startMs = parseInt(start, 36) * 1e3;
  return { prefix, startMs, endMs: startMs + parseInt(life, 36) * 1e3, id };
}
function randomRunId(random) {
  let id = "";
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
function sweepable(name, nowMs, own) {
  const run = parseRunRows(name);
  if (!run) return false;
  return run.prefix === own || run.endMs < nowMs;
}
function composeName(prefix, slug, vu, iteration) {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  const room = NAME_MAX_LENGTH - prefix.length - 1 - tail.length;
  const shortened = slug.slice(0, Math.max(room, 0)).replace(/-+$/, "");
  return shortened ? `${prefix}-${shortened}${tail}` : `${prefix}${tail}`;
}
function parseNameList(body) {
  let rows;
  try {
    rows = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (!Array.isArray(rows)) return void 0;
  const names = rows.map((row2) => row2?.name);
  return names.every((name) => typeof name === "string") ? names : void 0;
}
var ROWS_LINE = "mythical-k6.rows ";
var SWEPT_LINE = "mythical-k6.swept ";

// lib/tracing/k6.ts
import { randomBytes } from "k6/crypto";
import exec2 from "k6/execution";

// lib/tracing/traceparent.ts
function randomHex(bytes, random) {
  for (; ; ) {
    const values = random(bytes);
    if (values.some((value) => value !== 0)) {
      return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
    }
  }
}
function traceparent(traceId, spanId) {
  return `00-${traceId}-${spanId}-01`;
}
var IterationTracer = class {
  constructor(random) {
    __publicField(this, "random", random);
    __publicField(this, "iteration", Number.NaN);
    __publicField(this, "traceId", "");
  }
  /** The ids for the next request of `iteration`. */
  next(iteration) {
    if (iteration !== this.iteration) {
      this.iteration = iteration;
      this.traceId = randomHex(16, this.random);
    }
    const spanId = randomHex(8, this.random);
    return { traceId: this.traceId, spanId, traceparent: traceparent(this.traceId, spanId) };
  }
};
function loadMarkers(testid, version) {
  return { baggage: `testid=${testid}`, userAgent: `mythical-k6/${version} (testid=${testid})` };
}

// lib/tracing/k6.ts
var tracer = new IterationTracer((count2) => new Uint8Array(randomBytes(count2)));
function traced(send) {
  const trace = tracer.next(exec2.vu.iterationInInstance);
  exec2.vu.metrics.metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete exec2.vu.metrics.metadata.trace_id;
  }
}

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/client.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };
var EXPECTED = {
  GET: http.expectedStatuses(EXPECTED_STATUS.GET),
  POST: http.expectedStatuses(EXPECTED_STATUS.POST),
  DELETE: http.expectedStatuses(EXPECTED_STATUS.DELETE)
};
function requestTimeout() {
  return `${requestTimeoutMs(activeSlos()?.settings.p99Ms ?? DEFAULT_P99_MS)}ms`;
}
var MythicalClient = class {
  constructor(baseUrl, run, purpose = "journey") {
    __publicField(this, "baseUrl", baseUrl);
    __publicField(this, "purpose", purpose);
    __publicField(this, "baggage");
    __publicField(this, "timeout", requestTimeout());
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }
  /** `GET /{beast}`: every row of that beast; the only request whose body is read. */
  list(beast) {
    const response = this.send("GET", beast, void 0, "text");
    const names = response.status === EXPECTED_STATUS.GET && response.body ? parseNameList(response.body) : void 0;
    return { response, names };
  }
  /** `POST /{beast}` with `{"name": name}`: 201 when stored. */
  create(beast, name) {
    return this.send("POST", beast, name, "none");
  }
  /** `DELETE /{beast}` with `{"name": name}`: 204, also when the name is not there. */
  remove(beast, name) {
    return this.send("DELETE", beast, name, "none");
  }
  send(method, beast, name, responseType) {
    const route = `/${beast}`;
    const tags2 = this.purpose === "sweep" ? { name: route, op: "sweep" } : { name: route, beast };
    const body = name === void 0 ? null : JSON.stringify({ name });
    return traced((trace) => {
      const sentAt = Date.now();
      const response = http.request(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          ...body === null ? {} : { "Content-Type": "application/json" }
        },
        tags: tags2,
        timeout: this.timeout,
        responseType,
        responseCallback: EXPECTED[method]
      });
      if (this.purpose === "journey") {
        const { status, timings } = response;
        const failed = status !== EXPECTED_STATUS[method];
        recordExemplar({ traceId: trace.traceId, beast, method, name: route, status, failed, durationMs: timings.duration, sentAt });
      }
      return response;
    });
  }
};

// lib/data/names.ts
import { SharedArray } from "k6/data";
import exec3 from "k6/execution";
var slugs = new SharedArray("mythical-k6 names", () => JSON.parse(open("./data/names.json")));
function iterationName(run) {
  const vu = exec3.vu.idInTest;
  const iteration = exec3.vu.iterationInInstance;
  const slug = slugs[(vu * 7919 + iteration) % slugs.length];
  return composeName(run.prefix, slug, vu, iteration);
}

// thresholds/checks.ts
import { check } from "k6";
import { Counter } from "k6/metrics";
var checksCounter = new Counter(CHECKS_COUNTER);
function checked(value, sets, tags2) {
  let all = true;
  for (const [name, condition] of Object.entries(sets)) {
    const passed = check(value, { [name]: condition }, tags2);
    checksCounter.add(1, { ...tags2, passed: String(passed) });
    all = all && passed;
  }
  return all;
}

// lib/journeys/crud.ts
function createWithRetry(client2, beast, name) {
  const first = client2.create(beast, name);
  if (first.status === 500) return client2.create(beast, name).status === EXPECTED_STATUS.POST;
  return first.status === EXPECTED_STATUS.POST;
}
function crudJourney(client2, beast, name) {
  if (!createWithRetry(client2, beast, name)) return;
  const group = { beast, method: "GET" };
  checked(client2.list(beast), { "GET lists the new name": (list) => list.names?.includes(name) === true }, group);
  if (client2.remove(beast, name).status !== EXPECTED_STATUS.DELETE) return;
  checked(client2.list(beast), { "GET no longer lists it": (list) => list.names !== void 0 && !list.names.includes(name) }, group);
}

// lib/journeys/start.ts
import exec5 from "k6/execution";

// lib/run-id.ts
import exec4 from "k6/execution";
function agreedTestid(config2) {
  return exec4.test.options.tags?.testid ?? config2.testid;
}
function setupRun(run) {
  if (!run) exec4.test.abort("setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup");
  return run;
}

// lib/run-life.ts
var K6_DEFAULTS = { setupTimeout: "60s", teardownTimeout: "60s", gracefulStop: "30s", gracefulRampDown: "30s", maxDuration: "10m" };
var RUN_END_MARGIN_MS = 12e4;
var UNKNOWN_MS = 24 * 36e5;
var UNIT_MS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function goDurationMs(text2) {
  if (typeof text2 === "number") return text2;
  if (/^\d+(\.\d+)?$/.test(text2)) return Number(text2);
  if (!/^((\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d))+$/.test(text2)) return Number.NaN;
  let total = 0;
  for (const [, value, , unit] of text2.matchAll(/(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h|d)/g)) total += Number(value) * UNIT_MS[unit];
  return total;
}
function ms(value, fallback) {
  const parsed = goDurationMs(value ?? fallback);
  return Number.isFinite(parsed) ? parsed : UNKNOWN_MS;
}
function scenarioMaxMs(scenario) {
  const gracefulStop = ms(scenario.gracefulStop, K6_DEFAULTS.gracefulStop);
  const stages = (scenario.stages ?? []).reduce((sum, stage) => sum + ms(stage.duration, "0s"), 0);
  switch (scenario.executor) {
    case "per-vu-iterations":
    case "shared-iterations":
      return ms(scenario.maxDuration, K6_DEFAULTS.maxDuration) + gracefulStop;
    case "constant-vus":
    case "constant-arrival-rate":
      return ms(scenario.duration, "0s") + gracefulStop;
    case "ramping-vus":
      return stages + ms(scenario.gracefulRampDown, K6_DEFAULTS.gracefulRampDown) + gracefulStop;
    case "ramping-arrival-rate":
      return stages + gracefulStop;
    default:
      return UNKNOWN_MS;
  }
}
function runLifeMs(options2) {
  const scenarios = Object.values(options2.scenarios ?? {});
  const scenariosEnd = scenarios.length === 0 ? UNKNOWN_MS : Math.max(...scenarios.map((scenario) => ms(scenario.startTime, "0s") + scenarioMaxMs(scenario)));
  return ms(options2.setupTimeout, K6_DEFAULTS.setupTimeout) + scenariosEnd + ms(options2.teardownTimeout, K6_DEFAULTS.teardownTimeout) + RUN_END_MARGIN_MS;
}

// lib/journeys/probe.ts
import http2 from "k6/http";
var PROBE_SEGMENT = "mythical-k6-probe";
function probeTarget(config2) {
  const target = `BASE_URL=${config2.baseUrl}`;
  const unknown = probe(config2.baseUrl, PROBE_SEGMENT, 404);
  const expectedText = `${PROBE_SEGMENT} is not a valid endpoint`;
  if (unknown.status === 0) return unanswered(target, PROBE_SEGMENT, unknown);
  if (unknown.status !== 404 || (unknown.body ?? "").trim() !== expectedText) {
    return `${target} is not the Mythical API: GET /${PROBE_SEGMENT} answered ${answer(unknown)}; expected 404 "${expectedText}"`;
  }
  const beast = config2.beasts[0];
  const list = probe(config2.baseUrl, beast, 200);
  if (list.status === 0) return unanswered(target, beast, list);
  if (list.status >= 500) return void 0;
  if (list.status !== 200 || parseNameList(list.body ?? "") === void 0) {
    return `${target} is not the Mythical API of ENDPOINT_TYPE=${config2.endpointType}: GET /${beast} answered ${answer(list)}; expected 200 and a JSON array of names`;
  }
  return void 0;
}
function probe(baseUrl, segment, expected) {
  return traced(
    (trace) => http2.get(`${baseUrl}/${segment}`, {
      headers: { traceparent: trace.traceparent },
      tags: { name: `/${segment}`, op: "probe" },
      timeout: requestTimeout(),
      responseType: "text",
      responseCallback: http2.expectedStatuses(expected)
    })
  );
}
function unanswered(target, segment, response) {
  const path = `/${segment}`;
  if (response.error_code === 1050) {
    return `${target} did not answer GET ${path} within ${requestTimeout()} (the target hangs); expected the Mythical server to answer`;
  }
  const reason = /connection refused/.test(response.error) ? "connection refused" : response.error;
  return `${target} cannot be reached: GET ${path} failed (${reason}); expected the Mythical server listening there`;
}
function answer(response) {
  const body = (response.body ?? "").replace(/\s+/g, " ").trim();
  return `${response.status} ${JSON.stringify(body.length > 60 ? `${body.slice(0, 60)}…` : body)}`;
}

// lib/journeys/sweep.ts
function sweepRun(baseUrl, run, beasts, scope = "own-and-ended") {
  const client2 = new MythicalClient(baseUrl, run, "sweep");
  const own = scope === "own-and-ended" ? run.prefix : void 0;
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client2.list(beast);
    if (response.status === 0) return stopped(`GET /${beast} got no answer (${response.error})`, run, deleted);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows of ${run.prefix} may remain there`);
      continue;
    }
    for (const name of names.filter((row2) => sweepable(row2, Date.now(), own))) {
      const { status, error } = client2.remove(beast, name);
      if (status === 0) return stopped(`DELETE /${beast} got no answer (${error})`, run, deleted);
      if (status === EXPECTED_STATUS.DELETE) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows of ${own ? "this run and " : ""}runs that ended`);
  if (own) console.log(`${SWEPT_LINE}${run.prefix}`);
  return deleted;
}
function stopped(reason, run, deleted) {
  console.warn(`sweep: stopped, the target hangs: ${reason}; rows of ${run.prefix} may remain (npm run sweep deletes them once the run has ended)`);
  return deleted;
}

// lib/journeys/start.ts
function startRun(config2) {
  const problem = probeTarget(config2);
  if (problem) exec5.test.abort(problem);
  const rows = runRows(Date.now(), runLifeMs(exec5.test.options), randomRunId(Math.random));
  const run = { testid: agreedTestid(config2), prefix: rows.prefix };
  console.log(`${ROWS_LINE}${run.prefix}`);
  sweepRun(config2.baseUrl, run, config2.beasts, "ended");
  return run;
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

// lib/options.ts
function baseOptions(config2) {
  return {
    tags: { ...config2.tags, testid: config2.testid },
    systemTags: SYSTEM_TAGS,
    userAgent: loadMarkers(config2.testid, SUITE_VERSION).userAgent,
    // Bodies are read only where a check needs them; those requests ask for `text` themselves.
    discardResponseBodies: true,
    setupTimeout: "30s",
    teardownTimeout: "60s"
  };
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
  var _a;
  const slis = { all: sli(data, {}) };
  for (const slo of catalog) slis[_a = slo.group] ?? (slis[_a] = sli(data, slo.tags));
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
    `<testsuites name="${attr(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds(time)}">`,
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
  const open2 = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length ? ["    <properties>", ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), "    </properties>"] : [];
  return [open2, ...propertyLines, ...suite.cases.map(renderCase), "  </testsuite>"].join("\n");
}
function renderCase(testCase) {
  const open2 = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds(testCase.time ?? 0)}"`;
  const children = [];
  if (testCase.failure) {
    const { message, type, body } = testCase.failure;
    children.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  } else if (testCase.skipped !== void 0) {
    children.push(`      <skipped message="${attr(testCase.skipped)}"/>`);
  }
  if (testCase.systemOut) children.push(`      <system-out>${text(testCase.systemOut)}</system-out>`);
  return children.length ? [`${open2}>`, ...children, "    </testcase>"].join("\n") : `${open2}/>`;
}
function seconds(value) {
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
function formatShare(share) {
  if (!Number.isFinite(share)) return "∞";
  return `${round2(share * 100, 2)}%`;
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
function percent2(share) {
  return `${(share * 100).toFixed(2)}%`;
}

// thresholds/end-of-test.ts
function summarizeRun(data, input) {
  const { config: config2, slo } = input;
  const catalog = buildCatalog({ testid: config2.testid, endpointType: config2.endpointType, beasts: config2.beasts, methods: input.methods, slo });
  const summary = evaluateSummary(data, catalog, { testid: config2.testid, scenario: config2.scenario, baseUrl: config2.baseUrl, end: input.end, slo });
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

// lib/summary.ts
function handleSummary(data) {
  if (data.setup_data === void 0 && data.metrics.iterations === void 0) return {};
  const slos = activeSlos();
  if (!slos) throw new Error("handleSummary: the scenario did not spread sloOptions(config, ...) into its options");
  const config2 = { ...slos.config, testid: agreedTestid(slos.config) };
  return endOfTestOutputs(data, {
    config: config2,
    slo: slos.settings,
    methods: slos.methods,
    end: /* @__PURE__ */ new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === "run-tool"
    // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}

// scenarios/smoke.ts
var config = loadConfig("smoke");
var options = {
  ...baseOptions(config),
  scenarios: {
    smoke: {
      executor: "per-vu-iterations",
      vus: config.load.vus ?? 2,
      iterations: config.load.iterations ?? 2,
      maxDuration: "45s"
    }
  },
  // The SLO catalog as thresholds; a smoke run gates: a breach aborts it (SLO_MODE overrides).
  ...sloOptions(config, { mode: "gate" })
};
var client;
function setup() {
  return startRun(config);
}
function smoke_default(data) {
  const run = setupRun(data);
  client ?? (client = new MythicalClient(config.baseUrl, run));
  const name = iterationName(run);
  for (const beast of config.beasts) crudJourney(client, beast, name);
}
function teardown(run) {
  sweepRun(config.baseUrl, run, config.beasts);
}
export {
  smoke_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NsaWVudC50cyIsICIuLi9saWIvY29uZmlnL2s2LnRzIiwgIi4uL2xpYi9jb25maWcvZXJyb3IudHMiLCAiLi4vbGliL2JlYXN0cy50cyIsICIuLi9saWIvY29uZmlnL3NjZW5hcmlvcy50cyIsICIuLi9saWIvY29uZmlnL3ZhbGlkYXRvcnMudHMiLCAiLi4vbGliL2NvbmZpZy9wYXJzZS50cyIsICIuLi9saWIvY29uZmlnL3JlcG9ydC1kaXIudHMiLCAiLi4vbGliL2NvbmZpZy91cmwtY3JlZGVudGlhbHMudHMiLCAiLi4vbGliL2V4ZW1wbGFycy50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL3RocmVzaG9sZHMvazYudHMiLCAiLi4vbGliL3JlcXVlc3QtdGltZW91dC50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jaGVja3MudHMiLCAiLi4vbGliL2pvdXJuZXlzL2NydWQudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N0YXJ0LnRzIiwgIi4uL2xpYi9ydW4taWQudHMiLCAiLi4vbGliL3J1bi1saWZlLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9wcm9iZS50cyIsICIuLi9saWIvam91cm5leXMvc3dlZXAudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL3RocmVzaG9sZHMvYnVkZ2V0LnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiLCAiLi4vc2NlbmFyaW9zL3Ntb2tlLnRzIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7O0FBQUEsT0FBTyxVQUF1RDs7O0FDQTlELE9BQU8sVUFBVTs7O0FDS1YsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUlyQyxZQUFZLFVBQWtCLE9BQWUsVUFBa0I7QUFDN0QsVUFBTSxHQUFHLFFBQVEsSUFBSSxVQUFVLEtBQUssQ0FBQywyQkFBMkIsUUFBUSxFQUFFO0FBSDVFO0FBQUEsd0JBQVM7QUFJUCxTQUFLLE9BQU87QUFDWixTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXVCO0FBQ3hDLFFBQU0sV0FBVyxNQUFNLFFBQVEsNkJBQTZCLFFBQVE7QUFDcEUsU0FBTyxpQkFBaUIsS0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLFVBQVUsUUFBUTtBQUM3RTs7O0FDaEJPLElBQU0sWUFBWTtBQUFBLEVBQ3ZCLFNBQVMsQ0FBQyxXQUFXLGFBQWEsWUFBWSxXQUFXLFVBQVU7QUFBQSxFQUNuRSxRQUFRLENBQUMsU0FBUyxXQUFXLFdBQVcsUUFBUSxVQUFVLFdBQVc7QUFDdkU7QUFNTyxJQUFNLGlCQUFpQixPQUFPLEtBQUssU0FBUzs7O0FDTDVDLElBQU0saUJBQWdFO0FBQUEsRUFDM0UsT0FBTyxDQUFDLE9BQU8sWUFBWTtBQUFBLEVBQzNCLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixRQUFRLENBQUMsTUFBTTtBQUFBLEVBQ2YsT0FBTyxDQUFDLE1BQU07QUFBQSxFQUNkLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixZQUFZLENBQUM7QUFDZjs7O0FDQU8sU0FBUyxVQUFhLFNBQWlCLE9BQXFEO0FBQ2pHLFFBQU0sV0FBVyxDQUFDLEtBQWEsYUFBd0I7QUFDckQsVUFBTSxRQUFRLE1BQU0sR0FBRztBQUN2QixRQUFJLFVBQVUsT0FBVyxPQUFNLElBQUksWUFBWSxVQUFVLEtBQUssT0FBTztBQUNyRSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sT0FBTyxPQUFPLFVBQVUsRUFBRSxRQUFRLENBQUM7QUFDNUM7QUFNTyxTQUFTLFFBQVcsS0FBVSxVQUFrQixVQUF3QixVQUFnQjtBQUM3RixRQUFNLE1BQU0sSUFBSSxRQUFRO0FBQ3hCLFNBQU8sUUFBUSxVQUFhLElBQUksS0FBSyxNQUFNLEtBQUssV0FBVyxTQUFTLElBQUksS0FBSyxHQUFHLFFBQVE7QUFDMUY7QUFHTyxTQUFTLGdCQUFtQixLQUFVLFVBQWtCLFVBQXVDO0FBQ3BHLFNBQU8sUUFBdUIsS0FBSyxVQUFVLFVBQVUsTUFBUztBQUNsRTtBQUVBLElBQU0sV0FBVztBQUdWLElBQU0sTUFBeUIsVUFBVSxnREFBZ0QsQ0FBQyxRQUFRO0FBQ3ZHLFFBQU0sUUFBUSxTQUFTLEtBQUssR0FBRztBQUMvQixNQUFJLENBQUMsU0FBVSxNQUFNLENBQUMsTUFBTSxVQUFhLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxNQUFRLFFBQU87QUFDM0UsU0FBTyxJQUFJLFFBQVEsUUFBUSxFQUFFO0FBQy9CLENBQUM7QUFHTSxJQUFNLGtCQUFxQyxVQUFVLHVDQUF1QyxDQUFDLFFBQVE7QUFDMUcsTUFBSSxDQUFDLGFBQWEsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sU0FBUyxLQUFLLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUN0RCxDQUFDO0FBRUQsSUFBTSxvQkFBNEMsRUFBRSxHQUFHLE1BQVcsR0FBRyxLQUFRLEdBQUcsS0FBTyxJQUFJLEVBQUU7QUFDN0YsSUFBTSxnQkFBZ0I7QUFHZixTQUFTLFdBQVdBLE9BQWtDO0FBQzNELFFBQU0sUUFBUSxjQUFjLEtBQUtBLEtBQUk7QUFDckMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsRUFBRSxHQUFHLEdBQUcsR0FBR0MsR0FBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPQSxPQUFNLENBQUM7QUFDaEIsU0FBTyxRQUFRLElBQUksUUFBUTtBQUM3QjtBQUdPLElBQU0sV0FBOEI7QUFBQSxFQUFVO0FBQUEsRUFBdUMsQ0FBQyxRQUMzRixXQUFXLEdBQUcsTUFBTSxTQUFZLFNBQVk7QUFDOUM7QUFVTyxJQUFNLE9BQXdCLFVBQVUsZ0ZBQWdGLENBQUMsUUFBUTtBQUN0SSxRQUFNLFFBQVEsNEJBQTRCLEtBQUssR0FBRztBQUNsRCxNQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRyxRQUFPO0FBQzNDLFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxVQUFVLElBQUksTUFBTSxDQUFDLEtBQUssR0FBRyxHQUF1QjtBQUN2RixDQUFDO0FBR00sU0FBUyxNQUF3QixRQUFvQztBQUMxRSxTQUFPO0FBQUEsSUFBVSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLENBQUMsUUFDL0MsT0FBTyxLQUFLLENBQUMsVUFBVSxNQUFNLFlBQVksTUFBTSxJQUFJLFlBQVksQ0FBQztBQUFBLEVBQ2xFO0FBQ0Y7QUFHTyxTQUFTLE9BQVUsTUFBb0M7QUFDNUQsU0FBTyxVQUFVLDZCQUE2QixLQUFLLE9BQU8sSUFBSSxDQUFDLFFBQVE7QUFDckUsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDdEQsUUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLFNBQVMsRUFBRSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFNLE9BQVEsUUFBTztBQUN0RixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLElBQU0sVUFBOEIsVUFBVSxpQkFBaUIsQ0FBQyxRQUFRO0FBQzdFLFFBQU0sT0FBTyxJQUFJLFlBQVk7QUFDN0IsTUFBSSxDQUFDLFFBQVEsS0FBSyxPQUFPLElBQUksRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RELE1BQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN2RCxTQUFPO0FBQ1QsQ0FBQztBQUdNLFNBQVMsU0FBUyxNQUFjLFNBQW9DO0FBQ3pFLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBVTtBQUN2RTtBQUdPLElBQU0sYUFBYTtBQUVuQixJQUFNLGFBQWE7QUFNbkIsU0FBUyxLQUFLLFVBQWdFO0FBQ25GLFFBQU0sVUFBVSxvRUFBb0UsU0FBUyxLQUFLLElBQUksQ0FBQztBQUN2RyxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVE7QUFDakMsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakUsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixZQUFNLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDckIsWUFBTSxRQUFRLFdBQVcsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLFNBQVMsR0FBRyxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQzNHLFVBQUksQ0FBQyxTQUFTLE9BQU8sT0FBUSxRQUFPO0FBQ3BDLGFBQU8sR0FBRyxJQUFJO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBQzVITyxJQUFNLG1CQUFtQjtBQUd6QixJQUFNLHFCQUFxQjtBQUczQixJQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFDM0I7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFxQjtBQUFBLEVBQVM7QUFBQSxFQUN2RjtBQUFBLEVBQVM7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBaUI7QUFBQSxFQUFNO0FBQUEsRUFBUTtBQUM1RjtBQW1DTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLElBQUksT0FBTyxXQUFXLGlCQUFpQixNQUFNLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDekUsV0FBVyxpQkFBaUI7QUFDOUI7QUFHTyxTQUFTLGNBQWMsVUFBa0IsS0FBVyxRQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUMzRSxTQUFPLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxJQUFJLE1BQU07QUFDbkQ7QUFNTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFNBQU8sRUFBRSxTQUFTLGNBQWMsT0FBTztBQUN6QztBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sRUFBRSxTQUFTLGNBQWMsT0FBTyxJQUFJLFlBQVksR0FBRztBQUN6RCxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUNwSE8sU0FBUyxjQUFjLFdBQW1CLEtBQTZDO0FBQzVGLE1BQUksVUFBVSxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ3RDLE1BQUksQ0FBQyxLQUFLLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDbEMsU0FBTyxHQUFHLElBQUksUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLFVBQVUsUUFBUSxVQUFVLEVBQUUsQ0FBQztBQUN0RTtBQVNPLFNBQVMsZUFBZSxXQUFtQixLQUF5QixNQUF1QztBQUNoSCxRQUFNLE9BQU8sY0FBYyxXQUFXLEdBQUc7QUFDekMsTUFBSSxTQUFTLE9BQVc7QUFDeEIsTUFBSTtBQUNKLE1BQUk7QUFDRixTQUFLLElBQUk7QUFDVCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxpQ0FBaUMsS0FBSyxPQUFPLEVBQUc7QUFDcEQsUUFBSSxDQUFDLDRCQUE0QixLQUFLLE9BQU8sRUFBRztBQUNoRCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CO0FBQ0EsUUFBTSxJQUFJLFlBQVksY0FBYyxXQUFXLHdDQUF3QyxPQUFPLEdBQUc7QUFDbkc7OztBQzlCTyxJQUFNLGVBQWU7QUFVNUIsSUFBTSxXQUFXO0FBbUJWLFNBQVMscUJBQXFCLEtBQWdCO0FBQ25ELFFBQU0sTUFBTSxJQUFJLFlBQVksR0FBRyxLQUFLO0FBQ3BDLE1BQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxLQUFLLEdBQUcsRUFBRztBQUNqQyxRQUFNLElBQUk7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFFBQVEsVUFBVSxRQUFRO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBQ0Y7OztBUDVCTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFPTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUTtBQUMzQixVQUFNQyxVQUFTLFlBQVksS0FBSyxFQUFFLFVBQVUsS0FBSyxvQkFBSSxLQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUNsRixRQUFJLFNBQVMsR0FBRztBQUNkLHFCQUFlQSxRQUFPLFdBQVcsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLElBQUksQ0FBQztBQUM5RCwyQkFBcUIsR0FBRztBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNULENBQUM7QUFDSDs7O0FRN0JPLElBQU0sa0JBQWtCO0FBd0J4QixJQUFNLGtCQUFnQyxFQUFFLE9BQU8sR0FBRyxVQUFVLEtBQU0sT0FBTyxJQUFJO0FBRzdFLElBQU0sY0FBTixNQUFrQjtBQUFBLEVBS3ZCLFlBQ21CLFFBQ2pCLEtBQ0E7QUFGaUI7QUFMbkIsd0JBQVE7QUFDUix3QkFBUTtBQUNSLHdCQUFRLFNBQVE7QUFNZCxTQUFLLFNBQVMsT0FBTztBQUNyQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUdBLEtBQUssS0FBc0I7QUFDekIsVUFBTSxXQUFXLEtBQUssT0FBTyxNQUFNLEtBQUssUUFBUSxLQUFLLE9BQU8sUUFBUTtBQUNwRSxRQUFJLFdBQVcsR0FBRztBQUNoQixXQUFLLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxPQUFPLEtBQUssU0FBUyxRQUFRO0FBQ2hFLFdBQUssUUFBUSxXQUFXLEtBQUssT0FBTztBQUFBLElBQ3RDO0FBQ0EsUUFBSSxLQUFLLFNBQVMsS0FBSyxLQUFLLFNBQVMsS0FBSyxPQUFPLE1BQU8sUUFBTztBQUMvRCxTQUFLLFVBQVU7QUFDZixTQUFLLFNBQVM7QUFDZCxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBaUJPLElBQU0sbUJBQU4sTUFBdUI7QUFBQSxFQUc1QixZQUNtQixhQUNBLE9BQ0EsTUFBb0IsS0FBSyxLQUN6QixTQUF1QixpQkFDeEM7QUFKaUI7QUFDQTtBQUNBO0FBQ0E7QUFObkIsd0JBQVE7QUFBQSxFQU9MO0FBQUE7QUFBQSxFQUdILE9BQU8sU0FBa0M7QUFDdkMsUUFBSSxDQUFDLFFBQVEsVUFBVSxRQUFRLGNBQWMsS0FBSyxZQUFZLEVBQUcsUUFBTztBQUN4RSxVQUFNLE1BQU0sS0FBSyxJQUFJO0FBQ3JCLFNBQUssV0FBTCxLQUFLLFNBQVcsSUFBSSxZQUFZLEtBQUssUUFBUSxHQUFHO0FBQ2hELFFBQUksQ0FBQyxLQUFLLE9BQU8sS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNuQyxTQUFLLE1BQU0sbUJBQW1CLE9BQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxtQkFBbUIsU0FBaUM7QUFDbEUsUUFBTSxPQUFxQjtBQUFBLElBQ3pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRO0FBQUEsSUFDaEIsTUFBTSxRQUFRO0FBQUEsSUFDZCxRQUFRLFFBQVE7QUFBQSxJQUNoQixZQUFZLEtBQUssTUFBTSxRQUFRLGFBQWEsR0FBSSxJQUFJO0FBQUEsSUFDcEQsTUFBTSxJQUFJLEtBQUssUUFBUSxNQUFNLEVBQUUsWUFBWTtBQUFBLEVBQzdDO0FBQ0EsU0FBTyxHQUFHLGVBQWUsR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ2xEO0FBa0JBLElBQUkscUJBQXFCLE9BQU87QUFHekIsU0FBUyxxQkFBcUJDLEtBQWtCO0FBQ3JELHVCQUFxQkE7QUFDdkI7QUFHQSxJQUFNLFdBQVcsSUFBSSxpQkFBaUIsTUFBTSxvQkFBb0IsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLENBQUM7QUFHcEYsU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUNsSU8sSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBQ3JILFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUyxZQUFZLGNBQWMsV0FBVyxPQUFPLGdCQUFnQjtBQUN6RyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDckUsTUFBSSxTQUFTLFdBQVc7QUFDdEIsVUFBTSxJQUFJLFlBQVk7QUFDdEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDdkMsV0FBTztBQUFBLE1BQ0wsUUFBUSxzQkFBc0IsQ0FBQyxxQ0FBcUMsUUFBUTtBQUFBLE1BQzVFLGtCQUFrQiw2QkFBNkIsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUFBLE1BQzdFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUNKLFNBQVMsaUJBQ0wsV0FBVyxzQkFBc0IsT0FBTyxFQUFFLG1CQUFtQixRQUFRLENBQUMsSUFDdEUsV0FBVyw0QkFBNEIsT0FBTyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsTUFBTTtBQUM1RDtBQUdBLFNBQVMsV0FBVyxTQUFpQixPQUFtQixNQUFzQztBQUM1RixTQUFPLFFBQVEsT0FBTyxHQUFHLGFBQWEsT0FBTyxJQUFJLENBQUMseUJBQXlCLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUc7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBdUM7QUFDOUUsUUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxNQUFNO0FBQzFGLFNBQU8sSUFBSSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzdFO0FBR08sU0FBUyxhQUFhLE9BQW1DLFdBQTRCO0FBQzFGLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QyxRQUFRLE1BQU0sR0FBRyxPQUFPLE1BQU0sS0FBSztBQUFBO0FBQUEsSUFFbkMsd0JBQXdCLE1BQU0sTUFBTSxvQ0FBb0MsTUFBTSxNQUFNO0FBQUEsSUFDcEYsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBT08sU0FBUyxZQUFZLE9BQW1DLE9BQWdDO0FBQzdGLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFFBQU0sU0FBUyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUs7QUFDckYsUUFBTSxpQkFBaUIsRUFBRSxVQUFVLFdBQVcsTUFBTSxXQUFXO0FBQy9ELFNBQU8saUJBQWlCLEdBQUcsTUFBTSxvQkFBb0IsTUFBTSxNQUFNLE1BQU07QUFDekU7OztBQ2pFTyxJQUFNLFVBQVUsQ0FBQyxPQUFPLFFBQVEsUUFBUTtBQUt4QyxJQUFNLGlCQUFpQjtBQU12QixJQUFNLCtCQUErQjtBQThCckMsU0FBUyxhQUFhLE9BQTRCO0FBQ3ZELFFBQU0sWUFBWSxhQUFhLE1BQU0sR0FBRztBQUN4QyxRQUFNLE1BQU0sTUFBTSxpQkFBaUIsV0FBVyxhQUFhO0FBQzNELFFBQU0sT0FBYyxDQUFDO0FBQ3JCLGFBQVcsU0FBUyxNQUFNLFFBQVE7QUFDaEMsZUFBVyxVQUFVLE1BQU0sV0FBVyxTQUFTO0FBQzdDLFlBQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxLQUFLO0FBQ2pDLFlBQU0sUUFBb0IsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSTtBQUNyRSxpQkFBVyxZQUFZLFVBQVUsT0FBTyxDQUFDLGNBQWMsVUFBVSxTQUFTLFNBQVMsTUFBTSxLQUFLLElBQUksR0FBRztBQUNuRyxjQUFNLFlBQVksU0FBUyxVQUFVLE1BQU07QUFDM0MsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFFBQ2xCLENBQUM7QUFBQSxNQUNIO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWEsS0FBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjLElBQUksU0FBUyxRQUFRLElBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQixJQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCQyxTQUE2QjtBQUFBLElBQ3JFLE1BQU07QUFBQSxJQUNOLFVBQVUsV0FBVyxLQUFLLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU9BLEtBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQkEsR0FBRTtBQUFBLEVBQ3hGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFdBQVcsQ0FBQyxZQUFZLEVBQUUsSUFBSSxLQUFLLE9BQU8sZUFBZSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDaEYsYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLFFBQVEsSUFBSSxlQUFlLE1BQU0sQ0FBQyxDQUFDLE9BQU8sS0FBSyxvQkFBb0IsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN4SDtBQUFBLElBQ0EsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQjtBQUFBO0FBQUE7QUFBQSxNQUdFLE1BQU07QUFBQSxNQUNOLFNBQVMsQ0FBQyxLQUFLO0FBQUEsTUFDZixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBTyxNQUFNLElBQUksTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ3JFLGFBQWEsQ0FBQyxVQUFVLEdBQUcsUUFBUSxJQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsNEJBQTRCLElBQUk7QUFDdkc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRLE9BQXVCO0FBQ3RDLFNBQU8sR0FBRyxNQUFNLFFBQVEsR0FBRyxDQUFDO0FBQzlCOzs7QUMxSE8sU0FBUyxhQUFhLFFBQWdCQyxPQUFzQztBQUNqRixRQUFNLFNBQVMsT0FBTyxRQUFRQSxLQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFO0FBQzNFLFNBQU8sT0FBTyxTQUFTLEdBQUcsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHLENBQUMsTUFBTTtBQUM1RDtBQUdPLFNBQVMsb0JBQW9CLEtBQThDO0FBQ2hGLFNBQU8sR0FBRyxJQUFJLElBQUksR0FBRyxJQUFJLFVBQVUsRUFBRSxHQUFHLElBQUksVUFBVSxLQUFLO0FBQzdEO0FBR08sSUFBTSxtQkFBbUI7QUFNaEMsU0FBUyxZQUFZLEtBQWtCO0FBQ3JDLFNBQU8sR0FBRyxJQUFJLElBQUk7QUFDcEI7QUFRTyxTQUFTLGtCQUNkLFNBQ0EsVUFDNkI7QUFDN0IsUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsYUFBVyxPQUFPLFNBQVM7QUFDekIsSUFBQUEsS0FBSSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksR0FBRyxPQUFPLEtBQUssU0FBUyxNQUFNLFNBQVMsVUFBVSxDQUFDO0FBQ3ZGLElBQUFBLEtBQUksYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsU0FBUyxTQUFTLFdBQVcsYUFBYSxnQkFBZ0I7QUFBQSxFQUNuRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxLQUFVLE1BQWUsWUFBK0I7QUFDdEUsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZLEdBQUc7QUFDN0MsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFNBQU8sU0FBUyxTQUFTLEVBQUUsV0FBVyxhQUFhLE1BQU0sZ0JBQWdCLFdBQVcsSUFBSTtBQUMxRjtBQU1PLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNoRDNGLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUE0Qi9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU0sUUFBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RDtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRLE9BQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixVQUFVLG1CQUFtQjtBQUFBLElBQ3pFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FDbkZBLElBQUk7QUFPRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQzNFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsU0FBUyxTQUFTLFFBQVE7QUFDdkQsdUJBQXFCLFNBQVMsS0FBSztBQUNuQyxRQUFNLFVBQVUsYUFBYSxFQUFFLEdBQUdBLFNBQVEsU0FBUyxTQUFTLFNBQVMsS0FBSyxTQUFTLENBQUM7QUFDcEYsU0FBTyxFQUFFLFlBQVksa0JBQWtCLFNBQVMsUUFBUSxHQUFHLG1CQUFtQixvQkFBb0I7QUFDcEc7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FDNUJPLElBQU0sdUJBQXVCO0FBRTdCLElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBR3ZCLFNBQVMsaUJBQWlCLE9BQXVCO0FBQ3RELFNBQU8sS0FBSyxJQUFJLGdCQUFnQixLQUFLLElBQUksZ0JBQWdCLHVCQUF1QixLQUFLLENBQUM7QUFDeEY7OztBQ2hCTyxJQUFNLGtCQUFrQjtBQUd4QixJQUFNLGVBQWU7QUFHNUIsSUFBTSxtQkFBbUIsTUFBTSxJQUFJO0FBZ0JuQyxJQUFNLGNBQWMsSUFBSSxPQUFPLElBQUksWUFBWSwyREFBMkQ7QUFPbkcsU0FBUyxRQUFRLFNBQWlCLFFBQWdCLElBQXFCO0FBQzVFLFFBQU0sUUFBUSxLQUFLLE1BQU0sVUFBVSxHQUFJO0FBQ3ZDLFFBQU0sT0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLFNBQVMsR0FBSSxHQUFHLGdCQUFnQjtBQUNoRSxRQUFNLFNBQVMsR0FBRyxZQUFZLElBQUksTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQyxJQUFJLEVBQUU7QUFDaEcsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLEtBQU0sUUFBUSxRQUFRLFFBQVEsS0FBTSxHQUFHO0FBQzNFO0FBR08sU0FBUyxhQUFhLE1BQW1DO0FBQzlELFFBQU0sUUFBUSxZQUFZLEtBQUssSUFBSTtBQUNuQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxRQUFRLE9BQU8sTUFBTSxFQUFFLElBQUk7QUFDbEMsUUFBTSxVQUFVLFNBQVMsT0FBTyxFQUFFLElBQUk7QUFDdEMsU0FBTyxFQUFFLFFBQVEsU0FBUyxPQUFPLFVBQVUsU0FBUyxNQUFNLEVBQUUsSUFBSSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLFlBQVksUUFBOEI7QUFDeEQsTUFBSSxLQUFLO0FBQ1QsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLE1BQWMsT0FBZSxLQUF1QjtBQUM1RSxRQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLE1BQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFFBQVE7QUFDM0M7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFNTyxTQUFTLGNBQWMsTUFBb0M7QUFDaEUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEVBQUcsUUFBTztBQUNqQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQWtCQSxNQUFtQyxJQUFJO0FBQ2pGLFNBQU8sTUFBTSxNQUFNLENBQUMsU0FBeUIsT0FBTyxTQUFTLFFBQVEsSUFBSSxRQUFRO0FBQ25GO0FBR08sSUFBTSxZQUFZO0FBR2xCLElBQU0sYUFBYTs7O0FDMUcxQixTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNNVixTQUFTLFVBQVUsT0FBZSxRQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBYU8sSUFBTSxrQkFBTixNQUFzQjtBQUFBLEVBSTNCLFlBQTZCLFFBQXFCO0FBQXJCO0FBSDdCLHdCQUFRLGFBQVksT0FBTztBQUMzQix3QkFBUSxXQUFVO0FBQUEsRUFFaUM7QUFBQTtBQUFBLEVBR25ELEtBQUssV0FBaUM7QUFDcEMsUUFBSSxjQUFjLEtBQUssV0FBVztBQUNoQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxVQUFVLFVBQVUsSUFBSSxLQUFLLE1BQU07QUFBQSxJQUMxQztBQUNBLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLEtBQUssU0FBUyxRQUFRLGFBQWEsWUFBWSxLQUFLLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDekY7QUFDRjtBQUdPLFNBQVMsWUFBWSxRQUFnQixTQUF5RDtBQUNuRyxTQUFPLEVBQUUsU0FBUyxVQUFVLE1BQU0sSUFBSSxXQUFXLGVBQWUsT0FBTyxZQUFZLE1BQU0sSUFBSTtBQUMvRjs7O0FEaERBLElBQU0sU0FBUyxJQUFJLGdCQUFnQixDQUFDQyxXQUFVLElBQUksV0FBVyxZQUFZQSxNQUFLLENBQUMsQ0FBQztBQU16RSxTQUFTLE9BQVUsTUFBcUM7QUFDN0QsUUFBTSxRQUFRLE9BQU8sS0FBS0MsTUFBSyxHQUFHLG1CQUFtQjtBQUNyRCxFQUFBQSxNQUFLLEdBQUcsUUFBUSxTQUFTLFdBQVcsTUFBTTtBQUMxQyxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixVQUFFO0FBQ0EsV0FBT0EsTUFBSyxHQUFHLFFBQVEsU0FBUztBQUFBLEVBQ2xDO0FBQ0Y7OztBRWpCTyxJQUFNLGdCQUFnQjs7O0FuQll0QixJQUFNLGtCQUFvRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBR3BHLElBQU0sV0FBcUU7QUFBQSxFQUN6RSxLQUFLLEtBQUssaUJBQWlCLGdCQUFnQixHQUFHO0FBQUEsRUFDOUMsTUFBTSxLQUFLLGlCQUFpQixnQkFBZ0IsSUFBSTtBQUFBLEVBQ2hELFFBQVEsS0FBSyxpQkFBaUIsZ0JBQWdCLE1BQU07QUFDdEQ7QUFHTyxTQUFTLGlCQUF5QjtBQUN2QyxTQUFPLEdBQUcsaUJBQWlCLFdBQVcsR0FBRyxTQUFTLFNBQVMsY0FBYyxDQUFDO0FBQzVFO0FBZU8sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBSTFCLFlBQ21CLFNBQ2pCLEtBQ2lCLFVBQW1CLFdBQ3BDO0FBSGlCO0FBRUE7QUFObkIsd0JBQWlCO0FBQ2pCLHdCQUFpQixXQUFVLGVBQWU7QUFPeEMsU0FBSyxVQUFVLFlBQVksSUFBSSxRQUFRLGFBQWEsRUFBRTtBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUdBLEtBQUssT0FBeUI7QUFDNUIsVUFBTSxXQUFXLEtBQUssS0FBSyxPQUFPLE9BQU8sUUFBVyxNQUFNO0FBQzFELFVBQU0sUUFBUSxTQUFTLFdBQVcsZ0JBQWdCLE9BQU8sU0FBUyxPQUFPLGNBQWMsU0FBUyxJQUFJLElBQUk7QUFDeEcsV0FBTyxFQUFFLFVBQVUsTUFBTTtBQUFBLEVBQzNCO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDOUM7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE1BQU07QUFBQSxFQUNoRDtBQUFBLEVBRVEsS0FBOEIsUUFBZ0IsT0FBZSxNQUEwQixjQUFrQjtBQUMvRyxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQ3ZCLFVBQU1DLFFBQ0osS0FBSyxZQUFZLFVBQVUsRUFBRSxNQUFNLE9BQU8sSUFBSSxRQUFRLElBQUksRUFBRSxNQUFNLE9BQU8sTUFBTTtBQUNqRixVQUFNLE9BQU8sU0FBUyxTQUFZLE9BQU8sS0FBSyxVQUFVLEVBQUUsS0FBSyxDQUFDO0FBQ2hFLFdBQU8sT0FBTyxDQUFDLFVBQVU7QUFDdkIsWUFBTSxTQUFTLEtBQUssSUFBSTtBQUN4QixZQUFNLFdBQVcsS0FBSyxRQUFZLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUksTUFBTTtBQUFBLFFBQ3pFLFNBQVM7QUFBQSxVQUNQLGFBQWEsTUFBTTtBQUFBLFVBQ25CLFNBQVMsS0FBSztBQUFBLFVBQ2QsR0FBSSxTQUFTLE9BQU8sQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLFFBQ2hFO0FBQUEsUUFDQSxNQUFBQTtBQUFBLFFBQ0EsU0FBUyxLQUFLO0FBQUEsUUFDZDtBQUFBLFFBQ0Esa0JBQWtCLFNBQVMsTUFBTTtBQUFBLE1BQ25DLENBQUM7QUFDRCxVQUFJLEtBQUssWUFBWSxXQUFXO0FBQzlCLGNBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSTtBQUM1QixjQUFNLFNBQVMsV0FBVyxnQkFBZ0IsTUFBTTtBQUNoRCx1QkFBZSxFQUFFLFNBQVMsTUFBTSxTQUFTLE9BQU8sUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLFlBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQztBQUFBLE1BQzdIO0FBQ0EsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FvQi9GQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNyQkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsZUFBZTtBQVF4QixJQUFNLGdCQUFnQixJQUFJLFFBQVEsY0FBYztBQU16QyxTQUFTLFFBQVcsT0FBVSxNQUE2Q0MsT0FBa0Q7QUFDbEksTUFBSSxNQUFNO0FBQ1YsYUFBVyxDQUFDLE1BQU0sU0FBUyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDcEQsVUFBTSxTQUFTLE1BQU0sT0FBTyxFQUFFLENBQUMsSUFBSSxHQUFHLFVBQVUsR0FBR0EsS0FBSTtBQUN2RCxrQkFBYyxJQUFJLEdBQUcsRUFBRSxHQUFHQSxPQUFNLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUN4RCxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUNmTyxTQUFTLGdCQUFnQkMsU0FBd0IsT0FBZSxNQUF1QjtBQUM1RixRQUFNLFFBQVFBLFFBQU8sT0FBTyxPQUFPLElBQUk7QUFDdkMsTUFBSSxNQUFNLFdBQVcsSUFBSyxRQUFPQSxRQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0I7QUFDdkYsU0FBTyxNQUFNLFdBQVcsZ0JBQWdCO0FBQzFDO0FBUU8sU0FBUyxZQUFZQSxTQUF3QixPQUFlLE1BQW9CO0FBQ3JGLE1BQUksQ0FBQyxnQkFBZ0JBLFNBQVEsT0FBTyxJQUFJLEVBQUc7QUFDM0MsUUFBTSxRQUFRLEVBQUUsT0FBTyxRQUFRLE1BQU07QUFDckMsVUFBUUEsUUFBTyxLQUFLLEtBQUssR0FBRyxFQUFFLDBCQUEwQixDQUFDLFNBQVMsS0FBSyxPQUFPLFNBQVMsSUFBSSxNQUFNLEtBQUssR0FBRyxLQUFLO0FBQzlHLE1BQUlBLFFBQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLGdCQUFnQixPQUFRO0FBQ2xFLFVBQVFBLFFBQU8sS0FBSyxLQUFLLEdBQUcsRUFBRSwwQkFBMEIsQ0FBQyxTQUFTLEtBQUssVUFBVSxVQUFhLENBQUMsS0FBSyxNQUFNLFNBQVMsSUFBSSxFQUFFLEdBQUcsS0FBSztBQUNuSTs7O0FDMUJBLE9BQU9DLFdBQVU7OztBQ0FqQixPQUFPQyxXQUFVO0FBZVYsU0FBUyxhQUFhQyxTQUE2QjtBQUN4RCxTQUFPRCxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVDLFFBQU87QUFDbEQ7QUFNTyxTQUFTLFNBQVMsS0FBK0I7QUFDdEQsTUFBSSxDQUFDLElBQUssQ0FBQUQsTUFBSyxLQUFLLE1BQU0seUhBQXlIO0FBQ25KLFNBQU87QUFDVDs7O0FDREEsSUFBTSxjQUFjLEVBQUUsY0FBYyxPQUFPLGlCQUFpQixPQUFPLGNBQWMsT0FBTyxrQkFBa0IsT0FBTyxhQUFhLE1BQU07QUFHN0gsSUFBTSxvQkFBb0I7QUFHakMsSUFBTSxhQUFhLEtBQUs7QUFFeEIsSUFBTSxVQUFrQyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksR0FBRyxHQUFHLEtBQU0sR0FBRyxLQUFRLEdBQUcsTUFBVyxHQUFHLE1BQVc7QUFHeEgsU0FBUyxhQUFhRSxPQUErQjtBQUMxRCxNQUFJLE9BQU9BLFVBQVMsU0FBVSxRQUFPQTtBQUNyQyxNQUFJLGdCQUFnQixLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPQSxLQUFJO0FBQ2xELE1BQUksQ0FBQywwQ0FBMEMsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBTztBQUN6RSxNQUFJLFFBQVE7QUFDWixhQUFXLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxLQUFLQSxNQUFLLFNBQVMscUNBQXFDLEVBQUcsVUFBUyxPQUFPLEtBQUssSUFBSSxRQUFRLElBQUk7QUFDM0gsU0FBTztBQUNUO0FBRUEsU0FBUyxHQUFHLE9BQWtDLFVBQTBCO0FBQ3RFLFFBQU0sU0FBUyxhQUFhLFNBQVMsUUFBUTtBQUM3QyxTQUFPLE9BQU8sU0FBUyxNQUFNLElBQUksU0FBUztBQUM1QztBQUdPLFNBQVMsY0FBYyxVQUFrQztBQUM5RCxRQUFNLGVBQWUsR0FBRyxTQUFTLGNBQWMsWUFBWSxZQUFZO0FBQ3ZFLFFBQU0sVUFBVSxTQUFTLFVBQVUsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxLQUFLLFVBQVUsTUFBTSxHQUFHLE1BQU0sVUFBVSxJQUFJLEdBQUcsQ0FBQztBQUMvRixVQUFRLFNBQVMsVUFBVTtBQUFBLElBQ3pCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxhQUFhLFlBQVksV0FBVyxJQUFJO0FBQUEsSUFDN0QsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLFVBQVUsSUFBSSxJQUFJO0FBQUEsSUFDdkMsS0FBSztBQUNILGFBQU8sU0FBUyxHQUFHLFNBQVMsa0JBQWtCLFlBQVksZ0JBQWdCLElBQUk7QUFBQSxJQUNoRixLQUFLO0FBQ0gsYUFBTyxTQUFTO0FBQUEsSUFDbEI7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBTU8sU0FBUyxVQUFVQyxVQUE0QjtBQUNwRCxRQUFNLFlBQVksT0FBTyxPQUFPQSxTQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQ3ZELFFBQU0sZUFBZSxVQUFVLFdBQVcsSUFDdEMsYUFDQSxLQUFLLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxhQUFhLEdBQUcsU0FBUyxXQUFXLElBQUksSUFBSSxjQUFjLFFBQVEsQ0FBQyxDQUFDO0FBQ25HLFNBQ0UsR0FBR0EsU0FBUSxjQUFjLFlBQVksWUFBWSxJQUFJLGVBQWUsR0FBR0EsU0FBUSxpQkFBaUIsWUFBWSxlQUFlLElBQUk7QUFFbkk7OztBQ2xGQSxPQUFPQyxXQUFvQztBQU9wQyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLFlBQVlDLFNBQXNGO0FBQ2hILFFBQU0sU0FBUyxZQUFZQSxRQUFPLE9BQU87QUFDekMsUUFBTSxVQUFVLE1BQU1BLFFBQU8sU0FBUyxlQUFlLEdBQUc7QUFDeEQsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxPQUFPLEdBQUc7QUFDN0MsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxPQUFPLElBQUk7QUFDNUQsTUFBSSxLQUFLLFVBQVUsSUFBSyxRQUFPO0FBQy9CLE1BQUksS0FBSyxXQUFXLE9BQU8sY0FBYyxLQUFLLFFBQVEsRUFBRSxNQUFNLFFBQVc7QUFDdkUsV0FBTyxHQUFHLE1BQU0sNkNBQTZDQSxRQUFPLFlBQVksVUFBVSxLQUFLLGFBQWEsT0FBTyxJQUFJLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxTQUFpQixTQUFpQixVQUEyQztBQUMxRixTQUFPO0FBQUEsSUFBTyxDQUFDLFVBQ2JDLE1BQUssSUFBSSxHQUFHLE9BQU8sSUFBSSxPQUFPLElBQUk7QUFBQSxNQUNoQyxTQUFTLEVBQUUsYUFBYSxNQUFNLFlBQVk7QUFBQSxNQUMxQyxNQUFNLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUN6QyxTQUFTLGVBQWU7QUFBQSxNQUN4QixjQUFjO0FBQUEsTUFDZCxrQkFBa0JBLE1BQUssaUJBQWlCLFFBQVE7QUFBQSxJQUNsRCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxXQUFXLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzlGLFFBQU0sT0FBTyxJQUFJLE9BQU87QUFDeEIsTUFBSSxTQUFTLGVBQWUsTUFBTTtBQUNoQyxXQUFPLEdBQUcsTUFBTSx1QkFBdUIsSUFBSSxXQUFXLGVBQWUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0EsUUFBTSxTQUFTLHFCQUFxQixLQUFLLFNBQVMsS0FBSyxJQUFJLHVCQUF1QixTQUFTO0FBQzNGLFNBQU8sR0FBRyxNQUFNLDJCQUEyQixJQUFJLFlBQVksTUFBTTtBQUNuRTtBQUdBLFNBQVMsT0FBTyxVQUEyQztBQUN6RCxRQUFNLFFBQVEsU0FBUyxRQUFRLElBQUksUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQzdELFNBQU8sR0FBRyxTQUFTLE1BQU0sSUFBSSxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsTUFBTSxJQUFJLENBQUM7QUFDaEc7OztBQzlDTyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUEyQixRQUFvQixpQkFBeUI7QUFDNUgsUUFBTUMsVUFBUyxJQUFJLGVBQWUsU0FBUyxLQUFLLE9BQU87QUFDdkQsUUFBTSxNQUFNLFVBQVUsa0JBQWtCLElBQUksU0FBUztBQUNyRCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUlBLFFBQU8sS0FBSyxLQUFLO0FBQzdDLFFBQUksU0FBUyxXQUFXLEVBQUcsUUFBTyxRQUFRLFFBQVEsS0FBSyxtQkFBbUIsU0FBUyxLQUFLLEtBQUssS0FBSyxPQUFPO0FBQ3pHLFFBQUksQ0FBQyxPQUFPO0FBQ1YsY0FBUSxLQUFLLGVBQWUsS0FBSyxhQUFhLFNBQVMsTUFBTSxhQUFhLElBQUksTUFBTSxtQkFBbUI7QUFDdkc7QUFBQSxJQUNGO0FBQ0EsZUFBVyxRQUFRLE1BQU0sT0FBTyxDQUFDQyxTQUFRLFVBQVVBLE1BQUssS0FBSyxJQUFJLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFDekUsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJRCxRQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ25ELFVBQUksV0FBVyxFQUFHLFFBQU8sUUFBUSxXQUFXLEtBQUssbUJBQW1CLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDMUYsVUFBSSxXQUFXLGdCQUFnQixPQUFRO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxVQUFVLEVBQUcsU0FBUSxLQUFLLGtCQUFrQixPQUFPLFlBQVksTUFBTSxrQkFBa0IsRUFBRSxpQkFBaUI7QUFDOUcsTUFBSSxJQUFLLFNBQVEsSUFBSSxHQUFHLFVBQVUsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNqRCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsUUFBZ0IsS0FBWSxTQUF5QjtBQUNwRSxVQUFRLEtBQUsscUNBQXFDLE1BQU0sYUFBYSxJQUFJLE1BQU0saUVBQWlFO0FBQ2hKLFNBQU87QUFDVDs7O0FKeEJPLFNBQVMsU0FBU0UsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FLaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNGTyxTQUFTLFdBQVcsTUFBZSxXQUF5QixVQUFrQixPQUE2QjtBQUNoSCxNQUFJLFNBQVMsUUFBUTtBQUNuQixVQUFNLGVBQWUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFdBQVcsSUFBSTtBQUNuRSxVQUFNQyxXQUFVLFVBQVUsR0FBRyxXQUFXLEdBQUcsSUFBSSxVQUFVLFFBQVEsSUFBSSxVQUFVO0FBQy9FLFdBQU9BLFdBQVUsSUFBSSxlQUFlQSxXQUFVLGVBQWUsSUFBSSxXQUFXO0FBQUEsRUFDOUU7QUFDQSxRQUFNLFVBQVUsSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQ2hELFNBQU8sWUFBWSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEdBQUcsU0FBUyxHQUFHLFVBQVUsS0FBSyxJQUFJO0FBQ3ZFO0FBR08sU0FBUyxZQUFZLE9BQW9CLE9BQXVCO0FBQ3JFLFFBQU0sU0FBa0M7QUFBQSxJQUN0QyxDQUFDLE9BQU8sQ0FBQztBQUFBLElBQ1QsQ0FBQyxPQUFPLEdBQUc7QUFBQSxJQUNYLENBQUMsU0FBUyxHQUFHO0FBQUEsSUFDYixDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxTQUFTLElBQUk7QUFBQSxJQUNkLENBQUMsT0FBTyxDQUFDO0FBQUEsRUFDWCxFQUNHLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxPQUFPLE1BQU0sSUFBYyxNQUFNLFFBQVEsRUFDNUQsSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLE1BQU0sQ0FBQyxNQUFNLElBQWMsR0FBRyxJQUFjLENBQUM7QUFDaEUsTUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLE1BQUksUUFBUSxPQUFPLENBQUMsRUFBRSxDQUFDLEVBQUcsUUFBTyxJQUFJLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDaEQsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLENBQUMsVUFBVSxPQUFPLElBQUksT0FBTyxJQUFJLENBQUM7QUFDeEMsVUFBTSxDQUFDLFdBQVcsUUFBUSxJQUFJLE9BQU8sQ0FBQztBQUN0QyxRQUFJLFFBQVEsV0FBVztBQUNyQixZQUFNLE9BQU8sY0FBYyxXQUFXLFVBQVUsV0FBWSxRQUFRLGFBQWEsWUFBWSxhQUFjLFdBQVc7QUFDdEgsYUFBTyxJQUFJO0FBQUEsSUFDYjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDeEM7OztBQ2xDTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGFBQWEsT0FBZSxLQUF3QjtBQUNsRSxTQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxJQUFJLG1CQUFtQixJQUFJLEtBQUssTUFBTSxHQUFHLElBQUksa0JBQWtCO0FBQ2hHO0FBUU8sU0FBUyxXQUFXLFNBQTBCLFlBQXdCLE9BQWUsT0FBMEI7QUFDcEgsUUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLFVBQVUsTUFBTSxRQUFRLFNBQVMsT0FBTyxRQUFRLFNBQVMsRUFBRSxVQUFVO0FBQ2xHLFFBQU0sT0FBTztBQUFBLElBQ1gsWUFBWTtBQUFBLElBQ1osU0FBUyxDQUFDLFVBQVUsWUFBWSxLQUFLLEtBQUssQ0FBQztBQUFBLElBQzNDLE9BQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEdBQUcsSUFBSSxPQUFPLE1BQU0sRUFBRSxFQUFFO0FBQUEsRUFDMUQ7QUFDQSxRQUFNLFFBQVEsbUJBQW1CLEtBQUssVUFBVSxFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUM7QUFDbkUsU0FBTyxHQUFHLFFBQVEsR0FBRyxrQ0FBa0MsS0FBSztBQUM5RDtBQUVBLFNBQVMsVUFBVSxZQUF3QixLQUFhLE9BQXdDO0FBQzlGLFVBQVEsWUFBWTtBQUFBLElBQ2xCLEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLFNBQVMsSUFBSSxHQUFHLFdBQVcsV0FBVyxPQUFPLE9BQU8sSUFBSSxXQUFXLFNBQVM7QUFBQSxJQUN2SCxLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxRQUFRLElBQUksR0FBRyxXQUFXLFNBQVMsTUFBTSxNQUFNO0FBQUEsSUFDMUYsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sY0FBYyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxFQUMzRztBQUNGO0FBYU8sU0FBUyxTQUFTLFNBQTBCLFFBQWdCLE9BQXlCO0FBQzFGLFNBQU87QUFBQSxJQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsOEJBQThCLFlBQVksT0FBTyxLQUFLO0FBQUEsSUFDMUYsTUFBTSxXQUFXLFNBQVMsUUFBUSxrQkFBa0IsWUFBWSxNQUFNLEtBQUs7QUFBQSxJQUMzRSxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDJEQUEyRCxNQUFNO0FBQUEsTUFDakU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNwRU8sSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxrQkFBa0I7OztBQzhCeEIsU0FBUyxnQkFBZ0IsTUFBcUIsU0FBeUIsS0FBNEI7QUFDeEcsUUFBTSxNQUFNLElBQUksSUFBSSxZQUFZO0FBQ2hDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxLQUFLLE1BQU0saUJBQWlCLEVBQUUsWUFBWTtBQUNyRixRQUFNLFFBQVEsYUFBYSxPQUFPLEdBQUc7QUFDckMsUUFBTSxPQUFPLFFBQVEsSUFBSSxDQUFDLFFBQVEsU0FBUyxNQUFNLEtBQUssSUFBSSxJQUFJLFNBQVMsS0FBSyxDQUFDO0FBQzdFLFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUEsTUFDTixVQUFVLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFBQSxNQUN2QyxZQUFZLE9BQU8sWUFBWSxFQUFFLFNBQVM7QUFBQSxNQUMxQyxpQkFBaUIsS0FBSyxNQUFNLG9CQUFvQjtBQUFBLE1BQ2hELGNBQWMsT0FBTyxRQUFRLEVBQUUsVUFBVTtBQUFBLE1BQ3pDLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUFBLElBQzFDO0FBQUEsSUFDQSxNQUFNLFlBQVksTUFBTSxPQUFPO0FBQUEsSUFDL0I7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUFBLEVBQ3BEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBcUIsS0FBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLE1BQU0sYUFBYSxJQUFJLFFBQVEsSUFBSSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxLQUFLLFFBQVEsR0FBRztBQUMvQixRQUFNLFlBQVksb0JBQW9CLEdBQUc7QUFDekMsUUFBTSxVQUFVLEtBQUssUUFBUSxhQUFhLElBQUksT0FBTyxJQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sU0FBUztBQUNqRixRQUFNLFdBQVcsVUFBVSxJQUFLLFFBQVEsT0FBTyxJQUFJLElBQUksS0FBSyxPQUFRO0FBQ3BFLFFBQU0sVUFBVSxNQUFNLFNBQVMsVUFBVSxJQUFJLFdBQVcsUUFBUSxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQzNGLFNBQU87QUFBQSxJQUNMLElBQUksSUFBSTtBQUFBLElBQ1IsYUFBYSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJO0FBQUEsSUFDVixRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsV0FBVyxJQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxZQUFZLFlBQVksYUFBYSxhQUFhLE9BQU8sT0FBTyxXQUFXLElBQUksTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE1BQU07QUFBQSxJQUM1SCxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSztBQUFBLE1BQzlELE1BQU0sV0FBVyxTQUFTLFFBQVEsSUFBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTLElBQUk7QUFBQSxFQUNmO0FBQ0Y7QUFNQSxTQUFTLE1BQU0sU0FBaUIsVUFBeUIsV0FBeUIsTUFBb0M7QUFDcEgsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFNBQVMsT0FBVyxRQUFPLE9BQU8sU0FBUztBQUMvQyxTQUFPLGFBQWEsUUFBUSxNQUFNLFVBQVUsU0FBUyxJQUFJLFNBQVM7QUFDcEU7QUFHTyxTQUFTLE1BQU0sVUFBa0IsV0FBa0M7QUFDeEUsVUFBUSxVQUFVLElBQUk7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFVBQVU7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxZQUFZLFVBQVU7QUFBQSxJQUMvQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFVBQVU7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxZQUFZLFVBQVU7QUFBQSxFQUNqQztBQUNGO0FBR0EsU0FBUyxZQUFZLE1BQXFCLFNBQThDO0FBckh4RjtBQXNIRSxRQUFNLE9BQTRCLEVBQUUsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDdkQsYUFBVyxPQUFPLFFBQVMsV0FBSyxJQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNLElBQUksSUFBSTtBQUNqRSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksTUFBcUJDLE9BQW1DO0FBQ25FLFFBQU0sU0FBUyxDQUFDLFdBQW1CLEtBQUssUUFBUSxhQUFhLFFBQVFBLEtBQUksQ0FBQyxHQUFHLFVBQVUsQ0FBQztBQUN4RixRQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUM5QyxRQUFNQyxZQUFXLE9BQU8sbUJBQW1CO0FBQzNDLFFBQU0sVUFBVSxDQUFDLFVBQStCLFdBQVcsS0FBSyxVQUFVLFNBQVksUUFBUTtBQUM5RixTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLFdBQVcsUUFBUSxPQUFPLGlCQUFpQixFQUFFLElBQUk7QUFBQSxJQUNqRCxLQUFLLFFBQVEsT0FBTyxXQUFXLEVBQUUsSUFBSTtBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUNGOzs7QUN2R08sU0FBUyxZQUFZLFFBQXNCLE9BQU8sZUFBdUI7QUFDOUUsUUFBTSxTQUFTLE9BQU8sSUFBSSxLQUFLLEVBQUUsT0FBTyxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVUsR0FBRyxTQUFTLEVBQUUsQ0FBQztBQUNsRixRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLElBQUksQ0FBQztBQUNyRSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EscUJBQXFCLEtBQUssSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBVyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTyxJQUFJLFdBQVc7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFRQSxTQUFTLE1BQU0sT0FBMkI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQy9DLFNBQVMsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsWUFBWSxNQUFTLEVBQUU7QUFBQSxFQUM1RTtBQUNGO0FBRUEsU0FBUyxJQUFJLEdBQVcsR0FBbUI7QUFDekMsU0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQ3ZHO0FBRUEsU0FBUyxZQUFZLE9BQTJCO0FBQzlDLFFBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsUUFBTSxZQUFZLE1BQU0sWUFBWSxlQUFlLEtBQUssTUFBTSxTQUFTLENBQUMsTUFBTTtBQUM5RSxRQUFNQyxRQUFPLHNCQUFzQixLQUFLLE1BQU0sSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBVyxRQUFRLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSSxTQUFTO0FBQ2hNLFFBQU0sYUFBYSxPQUFPLFFBQVEsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUN4RCxRQUFNLGdCQUFnQixXQUFXLFNBQzdCLENBQUMsb0JBQW9CLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSx5QkFBeUIsS0FBSyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxLQUFLLEdBQUcsbUJBQW1CLElBQ2pJLENBQUM7QUFDTCxTQUFPLENBQUNBLE9BQU0sR0FBRyxlQUFlLEdBQUcsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLGdCQUFnQixFQUFFLEtBQUssSUFBSTtBQUM3RjtBQUVBLFNBQVMsV0FBVyxVQUE2QjtBQUMvQyxRQUFNQSxRQUFPLHVCQUF1QixLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixLQUFLLFNBQVMsU0FBUyxDQUFDLFdBQVcsUUFBUSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ3JJLFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLFNBQVMsU0FBUztBQUNwQixVQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssSUFBSSxTQUFTO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxPQUFPLENBQUMsV0FBVyxLQUFLLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSSxDQUFDLFlBQVk7QUFBQSxFQUN4RyxXQUFXLFNBQVMsWUFBWSxRQUFXO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxTQUFTLE9BQU8sQ0FBQyxLQUFLO0FBQUEsRUFDdEU7QUFDQSxNQUFJLFNBQVMsVUFBVyxVQUFTLEtBQUsscUJBQXFCLEtBQUssU0FBUyxTQUFTLENBQUMsZUFBZTtBQUNsRyxTQUFPLFNBQVMsU0FBUyxDQUFDLEdBQUdBLEtBQUksS0FBSyxHQUFHLFVBQVUsaUJBQWlCLEVBQUUsS0FBSyxJQUFJLElBQUksR0FBR0EsS0FBSTtBQUM1RjtBQUVBLFNBQVMsUUFBUSxPQUF1QjtBQUN0QyxTQUFPLE9BQU8sU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUMsSUFBSTtBQUNyRDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLE1BQU0sUUFBUSx5REFBeUQsRUFBRTtBQUNsRjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2RjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxRQUFRLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxNQUFNO0FBQ2xIOzs7QUN6Rk8sSUFBTSxpQkFBb0QsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFdBQVcsVUFBVTtBQUc3RyxTQUFTLE9BQU8sS0FBd0I7QUFDN0MsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixXQUFXLGdCQUFnQixHQUFHO0FBQUEsSUFDOUIsVUFBVSxJQUFJLGFBQWEsT0FBTyxNQUFNLFlBQVksS0FBSyxJQUFJLFFBQVE7QUFBQSxJQUNyRSxTQUFTLGVBQWUsSUFBSSxPQUFPO0FBQUEsSUFDbkMsUUFBUSxJQUFJLGVBQWUsT0FBTyxNQUFNLFlBQVksSUFBSSxVQUFVO0FBQUEsRUFDcEU7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLEtBQWtFO0FBQ2hHLFFBQU0sRUFBRSxHQUFHLElBQUksSUFBSTtBQUNuQixRQUFNLFVBQVUsSUFBSSxTQUFTLFlBQVksSUFBSSxVQUFVLE1BQU0sR0FBRyxJQUFJLFVBQVUsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJLFNBQVMsV0FBVyxXQUFXO0FBQ2hJLFNBQU8sR0FBRyxPQUFPLElBQUksRUFBRSxJQUFJLFlBQVksS0FBSyxJQUFJLFVBQVUsS0FBSyxDQUFDO0FBQ2xFO0FBRUEsU0FBUyxZQUFZLEtBQW1DLE9BQXVCO0FBQzdFLFNBQU8sSUFBSSxVQUFVLFNBQVMsT0FBTyxHQUFHQyxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZLE9BQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHQSxPQUFNLFFBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTQSxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUM1RDtBQUdPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNLEVBQUU7QUFDdEUsUUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGVBQWUsS0FBd0I7QUFDckQsUUFBTUMsT0FBTSxPQUFPLEdBQUc7QUFDdEIsU0FBTyxJQUFJLFlBQVksWUFDbkIsOENBQThDQSxLQUFJLFNBQVMsOEJBQzNELFlBQVlBLEtBQUksUUFBUSxhQUFhQSxLQUFJLFNBQVMsdUJBQXVCQSxLQUFJLE1BQU07QUFDekY7OztBQzVETyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsU0FBUyxNQUFNO0FBQ3BDLFFBQU0sTUFBTTtBQUFBLElBQ1YsT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLE1BQU0sU0FBUyxPQUFPLENBQUM7QUFBQSxJQUNyRjtBQUFBLElBQ0EsYUFBYSxRQUFRLE9BQU8sY0FBYyxRQUFRLElBQUksT0FBTyxRQUFRLE9BQU8sUUFBUSxnQkFBZ0IsUUFBUSxPQUFPLGdCQUFnQixRQUFRLENBQUMsQ0FBQyxjQUFjLFFBQVEsT0FBTztBQUFBLElBQzFLO0FBQUEsSUFDQSxHQUFJLFFBQVEsYUFBYSxDQUFDLE1BQU0saUJBQWlCLE9BQU8sUUFBUSxVQUFVLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN6RjtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssVUFBVSxJQUFJLEVBQUUsSUFBSSxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUssZUFBZSxHQUFHLENBQUMsS0FBSyxFQUFFO0FBQ2xGLGVBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBSSxLQUFLLGNBQWMsU0FBUyxPQUFPLE9BQU8sU0FBUyxRQUFRLE9BQU8sU0FBUyxNQUFNLEtBQUssU0FBUyxLQUFLLFlBQVksU0FBUyxNQUFNLEtBQUssU0FBUyxVQUFVLFFBQVEsU0FBUyxJQUFJLEVBQUU7QUFBQSxJQUNwTDtBQUNBLFFBQUksS0FBSyxpQkFBaUIsSUFBSSxNQUFNLElBQUksZ0JBQWdCLElBQUksTUFBTSxLQUFLLHNCQUFzQixJQUFJLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUk7QUFBQSxJQUNGLHlCQUF5QixRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsUUFBUSxLQUFLLElBQUksTUFBTSxFQUFFLElBQUksQ0FBQ0MsU0FBUSxPQUFPQSxLQUFJLEVBQUUsUUFBUSxLQUFLQSxLQUFJLFNBQVMsQ0FBQyxNQUFNLEtBQUtBLEtBQUksUUFBUSxDQUFDLE1BQU1BLEtBQUksT0FBTyxNQUFNQSxLQUFJLE1BQU0sSUFBSTtBQUFBLElBQzlJO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGNBQWMsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRyxjQUFjLFFBQVEsTUFBTSxLQUFLLGNBQWMsUUFBUSxNQUFNLElBQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDL0o7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLFNBQVMsS0FBS0MsT0FBc0I7QUFDbEMsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSztBQUNsQzs7O0FDcENPLFNBQVMsY0FBYyxTQUFnQztBQUM1RCxTQUFPO0FBQUEsSUFDTCxNQUFNLG9CQUFvQixRQUFRLFFBQVEsSUFBSSxRQUFRLE1BQU07QUFBQSxJQUM1RCxXQUFXLFFBQVEsT0FBTztBQUFBLElBQzFCLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDckIsWUFBWSxFQUFFLFFBQVEsUUFBUSxRQUFRLFVBQVUsUUFBUSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDL0csT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLFFBQVE7QUFDL0IsWUFBTUMsT0FBTSxPQUFPLEdBQUc7QUFDdEIsWUFBTSxVQUFVO0FBQUEsUUFDZCxJQUFJO0FBQUEsUUFDSixjQUFjQSxLQUFJLFNBQVM7QUFBQSxRQUMzQixhQUFhQSxLQUFJLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixzQkFBc0JBLEtBQUksTUFBTTtBQUFBLFFBQ2hDLFlBQVksSUFBSSxPQUFPO0FBQUEsUUFDdkIsR0FBRyxJQUFJLFVBQVUsSUFBSSxDQUFDLE1BQU0sU0FBUyxFQUFFLE9BQU8sS0FBSyxFQUFFLE1BQU0sS0FBSyxFQUFFLEtBQUssWUFBWSxFQUFFLE1BQU0sS0FBSyxFQUFFLFVBQVUsU0FBUyxFQUFFLFFBQVEsRUFBRTtBQUFBLFFBQ2pJLFNBQVMsSUFBSSxNQUFNLElBQUk7QUFBQSxRQUN2QixXQUFXLElBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUSxJQUFJLE1BQU0sS0FBSztBQUFBLE1BQ3pCLEVBQUUsS0FBSyxJQUFJO0FBQ1gsYUFBTztBQUFBLFFBQ0wsTUFBTSxJQUFJO0FBQUEsUUFDVixXQUFXLG1CQUFtQixJQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJLElBQUksWUFBWSxTQUFTLENBQUMsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTLGVBQWUsR0FBRyxHQUFHLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQzNCTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxZQUFZLFVBQVU7QUFBQSxFQUN2QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsVUFBVSxhQUFhO0FBQzFCO0FBTU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQ3BDLFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQ0MsU0FBUUEsS0FBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDMUcsUUFBTSxPQUFPLENBQUMsVUFBb0IsS0FBSyxNQUFNLElBQUksQ0FBQ0MsT0FBTSxNQUFNQSxNQUFLLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMzRyxRQUFNLE1BQU07QUFBQSxJQUNWLGFBQWEsUUFBUSxNQUFNLE1BQU0sU0FBUyxPQUFPLENBQUMsYUFBYSxRQUFRLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFBQSxJQUNwRztBQUFBLElBQ0EsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3RDLEdBQUcsS0FBSyxJQUFJLENBQUNELFNBQVEsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBTUEsS0FBSSxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLElBQUksT0FBTyxJQUFJLEVBQUUsS0FBSyxJQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWUsR0FBRyxDQUFDLEVBQUU7QUFDOUUsZUFBVyxZQUFZLElBQUksV0FBVztBQUNwQyxVQUFJLEtBQUssYUFBYSxTQUFTLE9BQU8sS0FBSyxTQUFTLE1BQU0sS0FBSyxTQUFTLEtBQUssWUFBWSxTQUFTLE1BQU0sS0FBSyxTQUFTLFVBQVUsUUFBUSxTQUFTLElBQUksRUFBRTtBQUN2SixVQUFJLEtBQUssU0FBUyxTQUFTLFFBQVEsRUFBRTtBQUFBLElBQ3ZDO0FBQ0EsUUFBSSxLQUFLLGVBQWUsSUFBSSxNQUFNLElBQUksSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLElBQUksZUFBZSxJQUFJLE1BQU0sS0FBSyxFQUFFO0FBQUEsRUFDOUc7QUFDQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0EsZ0JBQWdCLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUc7QUFBQSxJQUM1RCxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQyxnQkFBZ0IsUUFBUSxNQUFNLElBQUk7QUFBQSxJQUNsQyxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsV0FBWSxLQUFJLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxPQUFPLFFBQVEsVUFBVSxJQUFJLEVBQUU7QUFDM0YsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0Qjs7O0FDbENPLFNBQVMsa0JBQWtCLE1BQTZCO0FBQzdELFFBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUNuRixRQUFNLFNBQVMsS0FBSyxRQUFRLFFBQVE7QUFDcEMsUUFBTSxNQUFNLENBQUMsSUFBSSxxQkFBcUIsRUFBRTtBQUN4QyxNQUFJLFFBQVE7QUFDVixVQUFNLFNBQVMsT0FBTyxVQUFVLE1BQU0sT0FBTyxTQUFTO0FBQ3RELFFBQUk7QUFBQSxNQUNGLElBQUksZ0JBQWdCLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDOUIsSUFBSSxvQkFBb0IsR0FBR0UsU0FBUSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksT0FBTyxVQUFVLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM1RixJQUFJLGlCQUFpQixHQUFHQSxTQUFRLEtBQUssT0FBTyxRQUFRLEVBQUUsQ0FBQyxJQUFJLE9BQU8sU0FBUyxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDOUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxZQUFZO0FBQ3pDLFVBQU0sYUFBYSxRQUFRLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxTQUFTLFlBQVksUUFBUSxJQUFJLENBQUM7QUFDaEYsUUFBSSxXQUFXLFdBQVcsRUFBRztBQUM3QixRQUFJLEtBQUssT0FBTyxLQUFLLElBQUksR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxhQUFhLE1BQU0sQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3JHO0FBQ0EsTUFBSSxLQUFLLGtCQUFrQixLQUFLLE1BQU0sb0JBQW9CLEtBQU0sUUFBUSxDQUFDLENBQUMsS0FBSyxFQUFFO0FBQ2pGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxJQUFNLHFCQUFxQixDQUFDLHNCQUFzQixjQUFjLE9BQU8sV0FBVyxvQkFBb0I7QUFDdEcsSUFBTSxtQkFBbUIsQ0FBQyxpQkFBaUIsV0FBVztBQUV0RCxJQUFNLGFBQXlEO0FBQUEsRUFDN0QsQ0FBQyxRQUFRLENBQUMsU0FBUyxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQUEsRUFDM0MsQ0FBQyxhQUFhLENBQUMsU0FBUyxtQkFBbUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUN6RCxDQUFDLFdBQVcsQ0FBQyxTQUFTLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3JELENBQUMsVUFBVSxDQUFDLFNBQVMsQ0FBQyxLQUFLLFdBQVcsT0FBTyxLQUFLLENBQUMsbUJBQW1CLFNBQVMsSUFBSSxLQUFLLENBQUMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQzFIO0FBRUEsU0FBUyxJQUFJLE1BQWMsT0FBdUI7QUFDaEQsU0FBTyxPQUFPLEdBQUcsSUFBSSxHQUFHLE9BQU8sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLO0FBQ25EO0FBRUEsU0FBUyxhQUFhLFFBQWlDO0FBQ3JELFFBQU0sSUFBSSxPQUFPO0FBQ2pCLFVBQVEsT0FBTyxNQUFNO0FBQUEsSUFDbkIsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3pGLEtBQUssUUFBUTtBQUNYLFlBQU0sU0FBUyxFQUFFLFVBQVUsTUFBTSxFQUFFLFNBQVM7QUFDNUMsYUFBTyxHQUFHQSxTQUFRLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxXQUFXLEtBQUs7QUFBQSxJQUNqRTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN2SSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLE9BQU8sRUFDMUQsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBUyxFQUN0QyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsRUFDM0QsS0FBSyxHQUFHO0FBQUEsRUFDZjtBQUNGO0FBRUEsU0FBUyxPQUFPLE9BQWUsVUFBMEI7QUFDdkQsTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDLE1BQU0sU0FBUyxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUMsT0FBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUM7QUFDbEksTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDcEksU0FBTyxLQUFLLEtBQUs7QUFDbkI7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQzdDO0FBRUEsU0FBU0EsU0FBUSxPQUF1QjtBQUN0QyxTQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUNsRE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLElBQUksSUFBSTtBQUN4QixRQUFNLFVBQVUsYUFBYSxFQUFFLFFBQVFBLFFBQU8sUUFBUSxjQUFjQSxRQUFPLGNBQWMsUUFBUUEsUUFBTyxRQUFRLFNBQVMsTUFBTSxTQUFTLElBQUksQ0FBQztBQUM3SSxRQUFNLFVBQVUsZ0JBQWdCLE1BQU0sU0FBUyxFQUFFLFFBQVFBLFFBQU8sUUFBUSxVQUFVQSxRQUFPLFVBQVUsU0FBU0EsUUFBTyxTQUFTLEtBQUssTUFBTSxLQUFLLElBQUksQ0FBQztBQUNqSixTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQ3JDQSxJQUFNLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTTtBQVExQixTQUFTLGVBQWUsS0FBeUI7QUFDdEQsUUFBTSxLQUFLLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixLQUFLLEVBQUUsWUFBWSxLQUFLLEVBQUU7QUFDNUUsUUFBTSxRQUFRLElBQUkseUJBQXlCLEtBQUssS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU07QUFDN0YsU0FBTyxNQUFNLFNBQVMsS0FBSyxPQUFPO0FBQ3BDOzs7QUNQTyxTQUFTLGNBQWMsTUFBd0U7QUFHcEcsTUFBSSxLQUFLLGVBQWUsVUFBYSxLQUFLLFFBQVEsZUFBZSxPQUFXLFFBQU8sQ0FBQztBQUNwRixRQUFNLE9BQU8sV0FBVztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxxRkFBcUY7QUFHaEgsUUFBTUMsVUFBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLFFBQVEsYUFBYSxLQUFLLE1BQU0sRUFBRTtBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsU0FBUyxLQUFLO0FBQUEsSUFDZCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsWUFBWSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsRUFDeEMsQ0FBQztBQUNIOzs7QUNYQSxJQUFNLFNBQVMsV0FBVyxPQUFPO0FBRzFCLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVc7QUFBQSxJQUNULE9BQU87QUFBQSxNQUNMLFVBQVU7QUFBQSxNQUNWLEtBQUssT0FBTyxLQUFLLE9BQU87QUFBQSxNQUN4QixZQUFZLE9BQU8sS0FBSyxjQUFjO0FBQUEsTUFDdEMsYUFBYTtBQUFBLElBQ2Y7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUVBLEdBQUcsV0FBVyxRQUFRLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDeEM7QUFFQSxJQUFJO0FBR0csU0FBUyxRQUFlO0FBQzdCLFNBQU8sU0FBUyxNQUFNO0FBQ3hCO0FBR2UsU0FBUixjQUFrQixNQUErQjtBQUN0RCxRQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3pCLHNCQUFXLElBQUksZUFBZSxPQUFPLFNBQVMsR0FBRztBQUNqRCxRQUFNLE9BQU8sY0FBYyxHQUFHO0FBQzlCLGFBQVcsU0FBUyxPQUFPLE9BQVEsYUFBWSxRQUFRLE9BQU8sSUFBSTtBQUNwRTtBQUdPLFNBQVMsU0FBUyxLQUFrQjtBQUN6QyxXQUFTLE9BQU8sU0FBUyxLQUFLLE9BQU8sTUFBTTtBQUM3QzsiLAogICJuYW1lcyI6IFsidGV4dCIsICJtcyIsICJjb25maWciLCAibXMiLCAibXMiLCAidGFncyIsICJhZGQiLCAiY29uZmlnIiwgInJvdyIsICJleGVjIiwgImNvdW50IiwgImV4ZWMiLCAidGFncyIsICJleGVjIiwgImV4ZWMiLCAidGFncyIsICJjbGllbnQiLCAiZXhlYyIsICJleGVjIiwgImNvbmZpZyIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAiaHR0cCIsICJjb25maWciLCAiaHR0cCIsICJjbGllbnQiLCAicm93IiwgImNvbmZpZyIsICJleGVjIiwgImNvbmZpZyIsICJhbGxvd2VkIiwgInRhZ3MiLCAiZHVyYXRpb24iLCAib3BlbiIsICJyb3VuZCIsICJyb3ciLCAicm93IiwgInRleHQiLCAicm93IiwgInJvdyIsICJjZWxsIiwgInBlcmNlbnQiLCAiY29uZmlnIiwgImNvbmZpZyJdCn0K
