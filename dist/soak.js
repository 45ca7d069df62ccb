// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

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

// lib/client.ts
import http from "k6/http";

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

// lib/plans/mix.ts
function mixFromEnv(env) {
  return {
    readShare: setting(env, "MIX_READ", share, 0.6),
    maxPending: setting(env, "MIX_MAX_PENDING", upTo(100), 5)
  };
}
function chooseVisit(u, pending, mix) {
  if (u < mix.readShare) return "read";
  if (pending === 0) return "create";
  if (pending >= mix.maxPending) return "delete";
  return u < mix.readShare + (1 - mix.readShare) / 2 ? "create" : "delete";
}
function chooseBeast(u, beasts) {
  return beasts[Math.min(beasts.length - 1, Math.floor(u * beasts.length))];
}

// lib/run-id.ts
import exec4 from "k6/execution";
function agreedTestid(config2) {
  return exec4.test.options.tags?.testid ?? config2.testid;
}
function setupRun(run) {
  if (!run) exec4.test.abort("setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup");
  return run;
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

// lib/journeys/sweep.ts
function sweepRun(baseUrl, run, beasts, scope = "own-and-ended") {
  const client = new MythicalClient(baseUrl, run, "sweep");
  const own = scope === "own-and-ended" ? run.prefix : void 0;
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client.list(beast);
    if (response.status === 0) return stopped(`GET /${beast} got no answer (${response.error})`, run, deleted);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows of ${run.prefix} may remain there`);
      continue;
    }
    for (const name of names.filter((row2) => sweepable(row2, Date.now(), own))) {
      const { status, error } = client.remove(beast, name);
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

// lib/journeys/mix.ts
function mixedTraffic(config2, mix) {
  const pending = [];
  let client;
  return {
    visit(data) {
      const run = setupRun(data);
      client ?? (client = new MythicalClient(config2.baseUrl, run));
      const visit = chooseVisit(Math.random(), pending.length, mix);
      if (visit === "delete") {
        const row2 = pending.shift();
        client.remove(row2.beast, row2.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config2.beasts);
      if (visit === "read") {
        const list = client.list(beast);
        if (list.response.status === EXPECTED_STATUS.GET) {
          checked(list, { "GET answered a list of names": (answer2) => answer2.names !== void 0 }, { beast, method: "GET" });
        }
        return;
      }
      const name = iterationName(run);
      if (client.create(beast, name).status === EXPECTED_STATUS.POST) pending.push({ beast, name });
    },
    sweep(run) {
      sweepRun(config2.baseUrl, run, config2.beasts);
    }
  };
}

// lib/journeys/start.ts
import exec5 from "k6/execution";

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

// lib/plans/arrival.ts
var TIME_UNIT_SECONDS = { "1s": 1, "1m": 60, "1h": 3600 };
var ITERATION_SECONDS = 0.5;
function vusFor(peakPerSecond, maxVUs) {
  const needed = Math.ceil(peakPerSecond * ITERATION_SECONDS * 2);
  return { preAllocatedVUs: Math.min(maxVUs, Math.max(2, needed)), maxVUs };
}
function perSecond(rate2) {
  return rate2.rate / TIME_UNIT_SECONDS[rate2.timeUnit];
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

// scenarios/soak.ts
var config = loadConfig("soak");
var options = {
  ...baseOptions(config),
  scenarios: { soak: readSettings(soakPlan) },
  ...sloOptions(config, { mode: "soak" })
};
var traffic = mixedTraffic(config, readSettings(mixFromEnv));
function setup() {
  return startRun(config);
}
function soak_default(run) {
  traffic.visit(run);
}
function teardown(run) {
  traffic.sweep(run);
}
export {
  soak_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vbGliL2V4ZW1wbGFycy50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL3RocmVzaG9sZHMvazYudHMiLCAiLi4vbGliL3JlcXVlc3QtdGltZW91dC50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vbGliL3BsYW5zL2tub2JzLnRzIiwgIi4uL2xpYi9wbGFucy9taXgudHMiLCAiLi4vbGliL3J1bi1pZC50cyIsICIuLi90aHJlc2hvbGRzL2NoZWNrcy50cyIsICIuLi9saWIvam91cm5leXMvc3dlZXAudHMiLCAiLi4vbGliL2pvdXJuZXlzL21peC50cyIsICIuLi9saWIvam91cm5leXMvc3RhcnQudHMiLCAiLi4vbGliL3J1bi1saWZlLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9wcm9iZS50cyIsICIuLi9saWIvc3lzdGVtLXRhZ3MudHMiLCAiLi4vbGliL29wdGlvbnMudHMiLCAiLi4vbGliL3BsYW5zL2Fycml2YWwudHMiLCAiLi4vbGliL3BsYW5zL3NvYWsudHMiLCAiLi4vdGhyZXNob2xkcy9idWRnZXQudHMiLCAiLi4vdGhyZXNob2xkcy9saW5rcy50cyIsICIuLi90aHJlc2hvbGRzL3N1bW1hcnktc2NoZW1hLnRzIiwgIi4uL3RocmVzaG9sZHMvZXZhbHVhdGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZm9ybWF0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3Nsby1qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9maWxlcy50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90YWJsZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90ZXh0LXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9lbmQtb2YtdGVzdC50cyIsICIuLi9saWIvd2ViLWRhc2hib2FyZC50cyIsICIuLi9saWIvc3VtbWFyeS50cyIsICIuLi9zY2VuYXJpb3Mvc29hay50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQUFBLE9BQU8sVUFBVTs7O0FDS1YsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUlyQyxZQUFZLFVBQWtCLE9BQWUsVUFBa0I7QUFDN0QsVUFBTSxHQUFHLFFBQVEsSUFBSSxVQUFVLEtBQUssQ0FBQywyQkFBMkIsUUFBUSxFQUFFO0FBSDVFO0FBQUEsd0JBQVM7QUFJUCxTQUFLLE9BQU87QUFDWixTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXVCO0FBQ3hDLFFBQU0sV0FBVyxNQUFNLFFBQVEsNkJBQTZCLFFBQVE7QUFDcEUsU0FBTyxpQkFBaUIsS0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLFVBQVUsUUFBUTtBQUM3RTs7O0FDaEJPLElBQU0sWUFBWTtBQUFBLEVBQ3ZCLFNBQVMsQ0FBQyxXQUFXLGFBQWEsWUFBWSxXQUFXLFVBQVU7QUFBQSxFQUNuRSxRQUFRLENBQUMsU0FBUyxXQUFXLFdBQVcsUUFBUSxVQUFVLFdBQVc7QUFDdkU7QUFNTyxJQUFNLGlCQUFpQixPQUFPLEtBQUssU0FBUzs7O0FDTDVDLElBQU0saUJBQWdFO0FBQUEsRUFDM0UsT0FBTyxDQUFDLE9BQU8sWUFBWTtBQUFBLEVBQzNCLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixRQUFRLENBQUMsTUFBTTtBQUFBLEVBQ2YsT0FBTyxDQUFDLE1BQU07QUFBQSxFQUNkLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixZQUFZLENBQUM7QUFDZjs7O0FDQU8sU0FBUyxVQUFhLFNBQWlCLE9BQXFEO0FBQ2pHLFFBQU0sV0FBVyxDQUFDLEtBQWEsYUFBd0I7QUFDckQsVUFBTSxRQUFRLE1BQU0sR0FBRztBQUN2QixRQUFJLFVBQVUsT0FBVyxPQUFNLElBQUksWUFBWSxVQUFVLEtBQUssT0FBTztBQUNyRSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sT0FBTyxPQUFPLFVBQVUsRUFBRSxRQUFRLENBQUM7QUFDNUM7QUFNTyxTQUFTLFFBQVcsS0FBVSxVQUFrQixVQUF3QixVQUFnQjtBQUM3RixRQUFNLE1BQU0sSUFBSSxRQUFRO0FBQ3hCLFNBQU8sUUFBUSxVQUFhLElBQUksS0FBSyxNQUFNLEtBQUssV0FBVyxTQUFTLElBQUksS0FBSyxHQUFHLFFBQVE7QUFDMUY7QUFHTyxTQUFTLGdCQUFtQixLQUFVLFVBQWtCLFVBQXVDO0FBQ3BHLFNBQU8sUUFBdUIsS0FBSyxVQUFVLFVBQVUsTUFBUztBQUNsRTtBQUVBLElBQU0sV0FBVztBQUdWLElBQU0sTUFBeUIsVUFBVSxnREFBZ0QsQ0FBQyxRQUFRO0FBQ3ZHLFFBQU0sUUFBUSxTQUFTLEtBQUssR0FBRztBQUMvQixNQUFJLENBQUMsU0FBVSxNQUFNLENBQUMsTUFBTSxVQUFhLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxNQUFRLFFBQU87QUFDM0UsU0FBTyxJQUFJLFFBQVEsUUFBUSxFQUFFO0FBQy9CLENBQUM7QUFHTSxJQUFNLGtCQUFxQyxVQUFVLHVDQUF1QyxDQUFDLFFBQVE7QUFDMUcsTUFBSSxDQUFDLGFBQWEsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sU0FBUyxLQUFLLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUN0RCxDQUFDO0FBRUQsSUFBTSxvQkFBNEMsRUFBRSxHQUFHLE1BQVcsR0FBRyxLQUFRLEdBQUcsS0FBTyxJQUFJLEVBQUU7QUFDN0YsSUFBTSxnQkFBZ0I7QUFHZixTQUFTLFdBQVdBLE9BQWtDO0FBQzNELFFBQU0sUUFBUSxjQUFjLEtBQUtBLEtBQUk7QUFDckMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsRUFBRSxHQUFHLEdBQUcsR0FBR0MsR0FBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPQSxPQUFNLENBQUM7QUFDaEIsU0FBTyxRQUFRLElBQUksUUFBUTtBQUM3QjtBQUdPLElBQU0sV0FBOEI7QUFBQSxFQUFVO0FBQUEsRUFBdUMsQ0FBQyxRQUMzRixXQUFXLEdBQUcsTUFBTSxTQUFZLFNBQVk7QUFDOUM7QUFVTyxJQUFNLE9BQXdCLFVBQVUsZ0ZBQWdGLENBQUMsUUFBUTtBQUN0SSxRQUFNLFFBQVEsNEJBQTRCLEtBQUssR0FBRztBQUNsRCxNQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRyxRQUFPO0FBQzNDLFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxVQUFVLElBQUksTUFBTSxDQUFDLEtBQUssR0FBRyxHQUF1QjtBQUN2RixDQUFDO0FBR00sU0FBUyxNQUF3QixRQUFvQztBQUMxRSxTQUFPO0FBQUEsSUFBVSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLENBQUMsUUFDL0MsT0FBTyxLQUFLLENBQUMsVUFBVSxNQUFNLFlBQVksTUFBTSxJQUFJLFlBQVksQ0FBQztBQUFBLEVBQ2xFO0FBQ0Y7QUFHTyxTQUFTLE9BQVUsTUFBb0M7QUFDNUQsU0FBTyxVQUFVLDZCQUE2QixLQUFLLE9BQU8sSUFBSSxDQUFDLFFBQVE7QUFDckUsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDdEQsUUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLFNBQVMsRUFBRSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFNLE9BQVEsUUFBTztBQUN0RixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLElBQU0sVUFBOEIsVUFBVSxpQkFBaUIsQ0FBQyxRQUFRO0FBQzdFLFFBQU0sT0FBTyxJQUFJLFlBQVk7QUFDN0IsTUFBSSxDQUFDLFFBQVEsS0FBSyxPQUFPLElBQUksRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RELE1BQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN2RCxTQUFPO0FBQ1QsQ0FBQztBQUdNLFNBQVMsU0FBUyxNQUFjLFNBQW9DO0FBQ3pFLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBVTtBQUN2RTtBQUdPLElBQU0sYUFBYTtBQUVuQixJQUFNLGFBQWE7QUFNbkIsU0FBUyxLQUFLLFVBQWdFO0FBQ25GLFFBQU0sVUFBVSxvRUFBb0UsU0FBUyxLQUFLLElBQUksQ0FBQztBQUN2RyxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVE7QUFDakMsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakUsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixZQUFNLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDckIsWUFBTSxRQUFRLFdBQVcsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLFNBQVMsR0FBRyxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQzNHLFVBQUksQ0FBQyxTQUFTLE9BQU8sT0FBUSxRQUFPO0FBQ3BDLGFBQU8sR0FBRyxJQUFJO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBQzVITyxJQUFNLG1CQUFtQjtBQUd6QixJQUFNLHFCQUFxQjtBQUczQixJQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFDM0I7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFxQjtBQUFBLEVBQVM7QUFBQSxFQUN2RjtBQUFBLEVBQVM7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBaUI7QUFBQSxFQUFNO0FBQUEsRUFBUTtBQUM1RjtBQW1DTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLElBQUksT0FBTyxXQUFXLGlCQUFpQixNQUFNLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDekUsV0FBVyxpQkFBaUI7QUFDOUI7QUFHTyxTQUFTLGNBQWMsVUFBa0IsS0FBVyxRQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUMzRSxTQUFPLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxJQUFJLE1BQU07QUFDbkQ7QUFNTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFNBQU8sRUFBRSxTQUFTLGNBQWMsT0FBTztBQUN6QztBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sRUFBRSxTQUFTLGNBQWMsT0FBTyxJQUFJLFlBQVksR0FBRztBQUN6RCxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUNwSE8sU0FBUyxjQUFjLFdBQW1CLEtBQTZDO0FBQzVGLE1BQUksVUFBVSxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ3RDLE1BQUksQ0FBQyxLQUFLLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDbEMsU0FBTyxHQUFHLElBQUksUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLFVBQVUsUUFBUSxVQUFVLEVBQUUsQ0FBQztBQUN0RTtBQVNPLFNBQVMsZUFBZSxXQUFtQixLQUF5QixNQUF1QztBQUNoSCxRQUFNLE9BQU8sY0FBYyxXQUFXLEdBQUc7QUFDekMsTUFBSSxTQUFTLE9BQVc7QUFDeEIsTUFBSTtBQUNKLE1BQUk7QUFDRixTQUFLLElBQUk7QUFDVCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxpQ0FBaUMsS0FBSyxPQUFPLEVBQUc7QUFDcEQsUUFBSSxDQUFDLDRCQUE0QixLQUFLLE9BQU8sRUFBRztBQUNoRCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CO0FBQ0EsUUFBTSxJQUFJLFlBQVksY0FBYyxXQUFXLHdDQUF3QyxPQUFPLEdBQUc7QUFDbkc7OztBQzlCTyxJQUFNLGVBQWU7QUFVNUIsSUFBTSxXQUFXO0FBbUJWLFNBQVMscUJBQXFCLEtBQWdCO0FBQ25ELFFBQU0sTUFBTSxJQUFJLFlBQVksR0FBRyxLQUFLO0FBQ3BDLE1BQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxLQUFLLEdBQUcsRUFBRztBQUNqQyxRQUFNLElBQUk7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFFBQVEsVUFBVSxRQUFRO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBQ0Y7OztBUDVCTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFPTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUTtBQUMzQixVQUFNQyxVQUFTLFlBQVksS0FBSyxFQUFFLFVBQVUsS0FBSyxvQkFBSSxLQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUNsRixRQUFJLFNBQVMsR0FBRztBQUNkLHFCQUFlQSxRQUFPLFdBQVcsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLElBQUksQ0FBQztBQUM5RCwyQkFBcUIsR0FBRztBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNULENBQUM7QUFDSDs7O0FRdENBLE9BQU8sVUFBdUQ7OztBQ1N2RCxJQUFNLGtCQUFrQjtBQXdCeEIsSUFBTSxrQkFBZ0MsRUFBRSxPQUFPLEdBQUcsVUFBVSxLQUFNLE9BQU8sSUFBSTtBQUc3RSxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUt2QixZQUNtQixRQUNqQixLQUNBO0FBRmlCO0FBTG5CLHdCQUFRO0FBQ1Isd0JBQVE7QUFDUix3QkFBUSxTQUFRO0FBTWQsU0FBSyxTQUFTLE9BQU87QUFDckIsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUFBO0FBQUEsRUFHQSxLQUFLLEtBQXNCO0FBQ3pCLFVBQU0sV0FBVyxLQUFLLE9BQU8sTUFBTSxLQUFLLFFBQVEsS0FBSyxPQUFPLFFBQVE7QUFDcEUsUUFBSSxXQUFXLEdBQUc7QUFDaEIsV0FBSyxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTyxLQUFLLFNBQVMsUUFBUTtBQUNoRSxXQUFLLFFBQVEsV0FBVyxLQUFLLE9BQU87QUFBQSxJQUN0QztBQUNBLFFBQUksS0FBSyxTQUFTLEtBQUssS0FBSyxTQUFTLEtBQUssT0FBTyxNQUFPLFFBQU87QUFDL0QsU0FBSyxVQUFVO0FBQ2YsU0FBSyxTQUFTO0FBQ2QsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQWlCTyxJQUFNLG1CQUFOLE1BQXVCO0FBQUEsRUFHNUIsWUFDbUIsYUFDQSxPQUNBLE1BQW9CLEtBQUssS0FDekIsU0FBdUIsaUJBQ3hDO0FBSmlCO0FBQ0E7QUFDQTtBQUNBO0FBTm5CLHdCQUFRO0FBQUEsRUFPTDtBQUFBO0FBQUEsRUFHSCxPQUFPLFNBQWtDO0FBQ3ZDLFFBQUksQ0FBQyxRQUFRLFVBQVUsUUFBUSxjQUFjLEtBQUssWUFBWSxFQUFHLFFBQU87QUFDeEUsVUFBTSxNQUFNLEtBQUssSUFBSTtBQUNyQixTQUFLLFdBQUwsS0FBSyxTQUFXLElBQUksWUFBWSxLQUFLLFFBQVEsR0FBRztBQUNoRCxRQUFJLENBQUMsS0FBSyxPQUFPLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDbkMsU0FBSyxNQUFNLG1CQUFtQixPQUFPLENBQUM7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFNBQWlDO0FBQ2xFLFFBQU0sT0FBcUI7QUFBQSxJQUN6QixTQUFTLFFBQVE7QUFBQSxJQUNqQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUTtBQUFBLElBQ2hCLE1BQU0sUUFBUTtBQUFBLElBQ2QsUUFBUSxRQUFRO0FBQUEsSUFDaEIsWUFBWSxLQUFLLE1BQU0sUUFBUSxhQUFhLEdBQUksSUFBSTtBQUFBLElBQ3BELE1BQU0sSUFBSSxLQUFLLFFBQVEsTUFBTSxFQUFFLFlBQVk7QUFBQSxFQUM3QztBQUNBLFNBQU8sR0FBRyxlQUFlLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUNsRDtBQWtCQSxJQUFJLHFCQUFxQixPQUFPO0FBR3pCLFNBQVMscUJBQXFCQyxLQUFrQjtBQUNyRCx1QkFBcUJBO0FBQ3ZCO0FBR0EsSUFBTSxXQUFXLElBQUksaUJBQWlCLE1BQU0sb0JBQW9CLENBQUMsU0FBUyxRQUFRLElBQUksSUFBSSxDQUFDO0FBR3BGLFNBQVMsZUFBZSxTQUErQjtBQUM1RCxXQUFTLE9BQU8sT0FBTztBQUN6Qjs7O0FDbElPLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUNySCxRQUFNLFVBQVUsYUFBYSxPQUFPLFNBQVMsWUFBWSxjQUFjLFdBQVcsT0FBTyxnQkFBZ0I7QUFDekcsUUFBTSxRQUFRLFlBQVksT0FBTyxTQUFTLFlBQVksUUFBUSxPQUFPO0FBQ3JFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQUdPLFNBQVMsYUFBYSxPQUFtQyxXQUE0QjtBQUMxRixRQUFNLFFBQVE7QUFBQSxJQUNaLDRCQUE0QixZQUFZO0FBQUEsSUFDeEMsUUFBUSxNQUFNLEdBQUcsT0FBTyxNQUFNLEtBQUs7QUFBQTtBQUFBLElBRW5DLHdCQUF3QixNQUFNLE1BQU0sb0NBQW9DLE1BQU0sTUFBTTtBQUFBLElBQ3BGLEdBQUksWUFBWSxDQUFDLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPLEtBQUssTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUNoQztBQU9PLFNBQVMsWUFBWSxPQUFtQyxPQUFnQztBQUM3RixRQUFNLFFBQVEsVUFBVSxVQUFVLG9CQUFvQjtBQUN0RCxRQUFNLFNBQVMsa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxLQUFLO0FBQ3JGLFFBQU0saUJBQWlCLEVBQUUsVUFBVSxXQUFXLE1BQU0sV0FBVztBQUMvRCxTQUFPLGlCQUFpQixHQUFHLE1BQU0sb0JBQW9CLE1BQU0sTUFBTSxNQUFNO0FBQ3pFOzs7QUNqRU8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFNdkIsSUFBTSwrQkFBK0I7QUE4QnJDLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGFBQUssS0FBSztBQUFBLFVBQ1IsSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLE9BQU8sWUFBWSxDQUFDLElBQUksS0FBSztBQUFBLFVBQ3pELGFBQWEsU0FBUyxZQUFZLE9BQU8sTUFBTTtBQUFBLFVBQy9DLE1BQU0sU0FBUztBQUFBLFVBQ2YsUUFBUSxTQUFTO0FBQUEsVUFDakIsTUFBTSxFQUFFLE9BQU8sT0FBTztBQUFBLFVBQ3RCLE1BQU0sU0FBUztBQUFBLFVBQ2Y7QUFBQSxVQUNBLFNBQVMsV0FBVyxTQUFTLE1BQU0sV0FBVyxTQUFTLElBQUksR0FBRyxVQUFVLE9BQU8sS0FBSztBQUFBLFVBQ3BGO0FBQUEsVUFDQSxPQUFPLFNBQVM7QUFBQSxRQUNsQixDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQXlDO0FBQzdELFFBQU0saUJBQWlCLENBQUMsV0FBbUIsY0FBYyxJQUFJLFNBQVMsUUFBUSxJQUFJLFlBQVk7QUFDOUYsUUFBTSxXQUFXLENBQUMsV0FDaEIsSUFBSSxZQUFZLGFBQWEsV0FBVyxTQUFTLHFEQUFxRDtBQUN4RyxRQUFNLFVBQVUsQ0FBQyxNQUF5QkMsU0FBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPQSxLQUFJLE1BQU0sS0FBSztBQUFBLElBQ25ELGFBQWEsQ0FBQyxVQUFVLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVEsS0FBSywyQkFBMkJBLEdBQUU7QUFBQSxFQUN4RjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxNQUFNO0FBQUEsTUFDTixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLENBQUMsWUFBWSxFQUFFLElBQUksS0FBSyxPQUFPLGVBQWUsTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ2hGLGFBQWEsQ0FBQyxPQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksZUFBZSxNQUFNLENBQUMsQ0FBQyxPQUFPLEtBQUssb0JBQW9CLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDeEg7QUFBQSxJQUNBLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQixRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNyRSxhQUFhLENBQUMsVUFBVSxHQUFHLFFBQVEsSUFBSSxNQUFNLENBQUMscUJBQXFCLEtBQUs7QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsY0FBYyxTQUFxQixRQUFnQixXQUEyQjtBQUNyRixRQUFNLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDbEMsU0FBTyxZQUFZLGFBQWEsV0FBVyxTQUFTLEtBQUssSUFBSSxRQUFRLDRCQUE0QixJQUFJO0FBQ3ZHO0FBRUEsU0FBUyxXQUFXLE1BQThCO0FBQ2hELFNBQU8sU0FBUyxTQUFTLE9BQU8sT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUM5RDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVBLFNBQVMsUUFBUUMsUUFBdUI7QUFDdEMsU0FBTyxHQUFHLE1BQU1BLFNBQVEsR0FBRyxDQUFDO0FBQzlCOzs7QUMxSE8sU0FBUyxhQUFhLFFBQWdCQyxPQUFzQztBQUNqRixRQUFNLFNBQVMsT0FBTyxRQUFRQSxLQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFO0FBQzNFLFNBQU8sT0FBTyxTQUFTLEdBQUcsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHLENBQUMsTUFBTTtBQUM1RDtBQUdPLFNBQVMsb0JBQW9CLEtBQThDO0FBQ2hGLFNBQU8sR0FBRyxJQUFJLElBQUksR0FBRyxJQUFJLFVBQVUsRUFBRSxHQUFHLElBQUksVUFBVSxLQUFLO0FBQzdEO0FBR08sSUFBTSxtQkFBbUI7QUFNaEMsU0FBUyxZQUFZLEtBQWtCO0FBQ3JDLFNBQU8sR0FBRyxJQUFJLElBQUk7QUFDcEI7QUFRTyxTQUFTLGtCQUNkLFNBQ0EsVUFDNkI7QUFDN0IsUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsYUFBVyxPQUFPLFNBQVM7QUFDekIsSUFBQUEsS0FBSSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksR0FBRyxPQUFPLEtBQUssU0FBUyxNQUFNLFNBQVMsVUFBVSxDQUFDO0FBQ3ZGLElBQUFBLEtBQUksYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsU0FBUyxTQUFTLFdBQVcsYUFBYSxnQkFBZ0I7QUFBQSxFQUNuRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxLQUFVLE1BQWUsWUFBK0I7QUFDdEUsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZLEdBQUc7QUFDN0MsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFNBQU8sU0FBUyxTQUFTLEVBQUUsV0FBVyxhQUFhLE1BQU0sZ0JBQWdCLFdBQVcsSUFBSTtBQUMxRjtBQU1PLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNoRDNGLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUE0Qi9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU0sUUFBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RDtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRLE9BQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixVQUFVLG1CQUFtQjtBQUFBLElBQ3pFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FDbkZBLElBQUk7QUFPRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQzNFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsU0FBUyxTQUFTLFFBQVE7QUFDdkQsdUJBQXFCLFNBQVMsS0FBSztBQUNuQyxRQUFNLFVBQVUsYUFBYSxFQUFFLEdBQUdBLFNBQVEsU0FBUyxTQUFTLFNBQVMsS0FBSyxTQUFTLENBQUM7QUFDcEYsU0FBTyxFQUFFLFlBQVksa0JBQWtCLFNBQVMsUUFBUSxHQUFHLG1CQUFtQixvQkFBb0I7QUFDcEc7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FDNUJPLElBQU0sdUJBQXVCO0FBRTdCLElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBR3ZCLFNBQVMsaUJBQWlCLE9BQXVCO0FBQ3RELFNBQU8sS0FBSyxJQUFJLGdCQUFnQixLQUFLLElBQUksZ0JBQWdCLHVCQUF1QixLQUFLLENBQUM7QUFDeEY7OztBQ2hCTyxJQUFNLGtCQUFrQjtBQUd4QixJQUFNLGVBQWU7QUFHNUIsSUFBTSxtQkFBbUIsTUFBTSxJQUFJO0FBZ0JuQyxJQUFNLGNBQWMsSUFBSSxPQUFPLElBQUksWUFBWSwyREFBMkQ7QUFPbkcsU0FBUyxRQUFRLFNBQWlCLFFBQWdCLElBQXFCO0FBQzVFLFFBQU0sUUFBUSxLQUFLLE1BQU0sVUFBVSxHQUFJO0FBQ3ZDLFFBQU0sT0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLFNBQVMsR0FBSSxHQUFHLGdCQUFnQjtBQUNoRSxRQUFNLFNBQVMsR0FBRyxZQUFZLElBQUksTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQyxJQUFJLEVBQUU7QUFDaEcsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLEtBQU0sUUFBUSxRQUFRLFFBQVEsS0FBTSxHQUFHO0FBQzNFO0FBR08sU0FBUyxhQUFhLE1BQW1DO0FBQzlELFFBQU0sUUFBUSxZQUFZLEtBQUssSUFBSTtBQUNuQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxRQUFRLE9BQU8sTUFBTSxFQUFFLElBQUk7QUFDbEMsUUFBTSxVQUFVLFNBQVMsT0FBTyxFQUFFLElBQUk7QUFDdEMsU0FBTyxFQUFFLFFBQVEsU0FBUyxPQUFPLFVBQVUsU0FBUyxNQUFNLEVBQUUsSUFBSSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLFlBQVksUUFBOEI7QUFDeEQsTUFBSSxLQUFLO0FBQ1QsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLE1BQWMsT0FBZSxLQUF1QjtBQUM1RSxRQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLE1BQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFFBQVE7QUFDM0M7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFNTyxTQUFTLGNBQWMsTUFBb0M7QUFDaEUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEVBQUcsUUFBTztBQUNqQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQWtCQSxNQUFtQyxJQUFJO0FBQ2pGLFNBQU8sTUFBTSxNQUFNLENBQUMsU0FBeUIsT0FBTyxTQUFTLFFBQVEsSUFBSSxRQUFRO0FBQ25GO0FBR08sSUFBTSxZQUFZO0FBR2xCLElBQU0sYUFBYTs7O0FDMUcxQixTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNNVixTQUFTLFVBQVUsT0FBZSxRQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBYU8sSUFBTSxrQkFBTixNQUFzQjtBQUFBLEVBSTNCLFlBQTZCLFFBQXFCO0FBQXJCO0FBSDdCLHdCQUFRLGFBQVksT0FBTztBQUMzQix3QkFBUSxXQUFVO0FBQUEsRUFFaUM7QUFBQTtBQUFBLEVBR25ELEtBQUssV0FBaUM7QUFDcEMsUUFBSSxjQUFjLEtBQUssV0FBVztBQUNoQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxVQUFVLFVBQVUsSUFBSSxLQUFLLE1BQU07QUFBQSxJQUMxQztBQUNBLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLEtBQUssU0FBUyxRQUFRLGFBQWEsWUFBWSxLQUFLLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDekY7QUFDRjtBQUdPLFNBQVMsWUFBWSxRQUFnQixTQUF5RDtBQUNuRyxTQUFPLEVBQUUsU0FBUyxVQUFVLE1BQU0sSUFBSSxXQUFXLGVBQWUsT0FBTyxZQUFZLE1BQU0sSUFBSTtBQUMvRjs7O0FEaERBLElBQU0sU0FBUyxJQUFJLGdCQUFnQixDQUFDQyxXQUFVLElBQUksV0FBVyxZQUFZQSxNQUFLLENBQUMsQ0FBQztBQU16RSxTQUFTLE9BQVUsTUFBcUM7QUFDN0QsUUFBTSxRQUFRLE9BQU8sS0FBS0MsTUFBSyxHQUFHLG1CQUFtQjtBQUNyRCxFQUFBQSxNQUFLLEdBQUcsUUFBUSxTQUFTLFdBQVcsTUFBTTtBQUMxQyxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixVQUFFO0FBQ0EsV0FBT0EsTUFBSyxHQUFHLFFBQVEsU0FBUztBQUFBLEVBQ2xDO0FBQ0Y7OztBRWpCTyxJQUFNLGdCQUFnQjs7O0FYWXRCLElBQU0sa0JBQW9ELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHcEcsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQUdPLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sR0FBRyxpQkFBaUIsV0FBVyxHQUFHLFNBQVMsU0FBUyxjQUFjLENBQUM7QUFDNUU7QUFlTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFJMUIsWUFDbUIsU0FDakIsS0FDaUIsVUFBbUIsV0FDcEM7QUFIaUI7QUFFQTtBQU5uQix3QkFBaUI7QUFDakIsd0JBQWlCLFdBQVUsZUFBZTtBQU94QyxTQUFLLFVBQVUsWUFBWSxJQUFJLFFBQVEsYUFBYSxFQUFFO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsS0FBSyxPQUF5QjtBQUM1QixVQUFNLFdBQVcsS0FBSyxLQUFLLE9BQU8sT0FBTyxRQUFXLE1BQU07QUFDMUQsVUFBTSxRQUFRLFNBQVMsV0FBVyxnQkFBZ0IsT0FBTyxTQUFTLE9BQU8sY0FBYyxTQUFTLElBQUksSUFBSTtBQUN4RyxXQUFPLEVBQUUsVUFBVSxNQUFNO0FBQUEsRUFDM0I7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFFBQVEsT0FBTyxNQUFNLE1BQU07QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQ2hEO0FBQUEsRUFFUSxLQUE4QixRQUFnQixPQUFlLE1BQTBCLGNBQWtCO0FBQy9HLFVBQU0sUUFBUSxJQUFJLEtBQUs7QUFDdkIsVUFBTUMsUUFDSixLQUFLLFlBQVksVUFBVSxFQUFFLE1BQU0sT0FBTyxJQUFJLFFBQVEsSUFBSSxFQUFFLE1BQU0sT0FBTyxNQUFNO0FBQ2pGLFVBQU0sT0FBTyxTQUFTLFNBQVksT0FBTyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDaEUsV0FBTyxPQUFPLENBQUMsVUFBVTtBQUN2QixZQUFNLFNBQVMsS0FBSyxJQUFJO0FBQ3hCLFlBQU0sV0FBVyxLQUFLLFFBQVksUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSSxNQUFNO0FBQUEsUUFDekUsU0FBUztBQUFBLFVBQ1AsYUFBYSxNQUFNO0FBQUEsVUFDbkIsU0FBUyxLQUFLO0FBQUEsVUFDZCxHQUFJLFNBQVMsT0FBTyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsUUFDaEU7QUFBQSxRQUNBLE1BQUFBO0FBQUEsUUFDQSxTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksS0FBSyxZQUFZLFdBQVc7QUFDOUIsY0FBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLGNBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELHVCQUFlLEVBQUUsU0FBUyxNQUFNLFNBQVMsT0FBTyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsWUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDO0FBQUEsTUFDN0g7QUFDQSxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QVkvRkEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTtBQVFqQixJQUFNLFFBQVEsSUFBSSxZQUFZLHFCQUFxQixNQUFnQixLQUFLLE1BQU0sS0FBSyxtQkFBbUIsQ0FBQyxDQUFDO0FBTWpHLFNBQVMsY0FBYyxLQUFvQjtBQUNoRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixRQUFNLFlBQVlBLE1BQUssR0FBRztBQUUxQixRQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU8sYUFBYSxNQUFNLE1BQU07QUFDekQsU0FBTyxZQUFZLElBQUksUUFBUSxNQUFNLElBQUksU0FBUztBQUNwRDs7O0FDbEJPLElBQU0sU0FBNEIsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQ2hILFFBQU0sUUFBUSx3QkFBd0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDaEUsU0FBTyxRQUFRLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFDN0MsQ0FBQztBQUdNLElBQU0sUUFBMkIsVUFBVSxxQ0FBcUMsQ0FBQyxRQUFRO0FBQzlGLFFBQU0sUUFBUSwyQ0FBMkMsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkYsU0FBTyxTQUFTLEtBQUssU0FBUyxJQUFJLFFBQVE7QUFDNUMsQ0FBQztBQUdNLFNBQVMsS0FBSyxLQUFnQztBQUNuRCxTQUFPLFVBQVUsNEJBQTRCLEdBQUcsSUFBSSxDQUFDLFFBQVE7QUFDM0QsVUFBTSxRQUFRLFlBQVksS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDcEQsV0FBTyxTQUFTLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUM5QyxDQUFDO0FBQ0g7QUFHTyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLGFBQWEsS0FBVSxVQUEwRDtBQUMvRixTQUFPO0FBQUEsSUFDTCxNQUFNLFFBQWMsS0FBSyxRQUFRLE1BQU0sRUFBRSxNQUFNLFNBQVMsTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLElBQzlFLFFBQVEsV0FBVyxLQUFLLFNBQVMsTUFBTTtBQUFBLEVBQ3pDO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsS0FBVSxVQUEwQjtBQUM3RCxTQUFPLFFBQVEsS0FBSyxXQUFXLEtBQUssYUFBYSxHQUFHLFFBQVE7QUFDOUQ7QUFHTyxTQUFTLGFBQWEsS0FBVSxVQUFrQixVQUEwQjtBQUNqRixTQUFPLFFBQVEsS0FBSyxVQUFVLFVBQVUsUUFBUTtBQUNsRDtBQUdPLElBQU0sZUFBa0M7QUFBQSxFQUFVO0FBQUEsRUFBMkMsQ0FBQyxRQUNuRyxpQkFBaUIsS0FBSyxHQUFHLEtBQUssV0FBVyxHQUFHLE1BQU0sU0FBWSxNQUFNO0FBQ3RFOzs7QUNyQ08sU0FBUyxXQUFXLEtBQWU7QUFDeEMsU0FBTztBQUFBLElBQ0wsV0FBVyxRQUFRLEtBQUssWUFBWSxPQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQixLQUFpQjtBQUN2RSxNQUFJLElBQUksSUFBSSxVQUFXLFFBQU87QUFDOUIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFdBQVcsSUFBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJLElBQUksYUFBYSxJQUFJLElBQUksYUFBYSxJQUFJLFdBQVc7QUFDbEU7QUFHTyxTQUFTLFlBQVksR0FBVyxRQUFtQztBQUN4RSxTQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUU7OztBQ3JDQSxPQUFPQyxXQUFVO0FBZVYsU0FBUyxhQUFhQyxTQUE2QjtBQUN4RCxTQUFPRCxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVDLFFBQU87QUFDbEQ7QUFNTyxTQUFTLFNBQVMsS0FBK0I7QUFDdEQsTUFBSSxDQUFDLElBQUssQ0FBQUQsTUFBSyxLQUFLLE1BQU0seUhBQXlIO0FBQ25KLFNBQU87QUFDVDs7O0FDMUJBLFNBQVMsYUFBYTtBQUN0QixTQUFTLGVBQWU7QUFReEIsSUFBTSxnQkFBZ0IsSUFBSSxRQUFRLGNBQWM7QUFNekMsU0FBUyxRQUFXLE9BQVUsTUFBNkNFLE9BQWtEO0FBQ2xJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxNQUFNLFNBQVMsS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQ3BELFVBQU0sU0FBUyxNQUFNLE9BQU8sRUFBRSxDQUFDLElBQUksR0FBRyxVQUFVLEdBQUdBLEtBQUk7QUFDdkQsa0JBQWMsSUFBSSxHQUFHLEVBQUUsR0FBR0EsT0FBTSxRQUFRLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDeEQsVUFBTSxPQUFPO0FBQUEsRUFDZjtBQUNBLFNBQU87QUFDVDs7O0FDVE8sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBMkIsUUFBb0IsaUJBQXlCO0FBQzVILFFBQU0sU0FBUyxJQUFJLGVBQWUsU0FBUyxLQUFLLE9BQU87QUFDdkQsUUFBTSxNQUFNLFVBQVUsa0JBQWtCLElBQUksU0FBUztBQUNyRCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDN0MsUUFBSSxTQUFTLFdBQVcsRUFBRyxRQUFPLFFBQVEsUUFBUSxLQUFLLG1CQUFtQixTQUFTLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDekcsUUFBSSxDQUFDLE9BQU87QUFDVixjQUFRLEtBQUssZUFBZSxLQUFLLGFBQWEsU0FBUyxNQUFNLGFBQWEsSUFBSSxNQUFNLG1CQUFtQjtBQUN2RztBQUFBLElBQ0Y7QUFDQSxlQUFXLFFBQVEsTUFBTSxPQUFPLENBQUNDLFNBQVEsVUFBVUEsTUFBSyxLQUFLLElBQUksR0FBRyxHQUFHLENBQUMsR0FBRztBQUN6RSxZQUFNLEVBQUUsUUFBUSxNQUFNLElBQUksT0FBTyxPQUFPLE9BQU8sSUFBSTtBQUNuRCxVQUFJLFdBQVcsRUFBRyxRQUFPLFFBQVEsV0FBVyxLQUFLLG1CQUFtQixLQUFLLEtBQUssS0FBSyxPQUFPO0FBQzFGLFVBQUksV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxZQUFZLE1BQU0sa0JBQWtCLEVBQUUsaUJBQWlCO0FBQzlHLE1BQUksSUFBSyxTQUFRLElBQUksR0FBRyxVQUFVLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDakQsU0FBTztBQUNUO0FBRUEsU0FBUyxRQUFRLFFBQWdCLEtBQVksU0FBeUI7QUFDcEUsVUFBUSxLQUFLLHFDQUFxQyxNQUFNLGFBQWEsSUFBSSxNQUFNLGlFQUFpRTtBQUNoSixTQUFPO0FBQ1Q7OztBQ1pPLFNBQVMsYUFBYUMsU0FBcUIsS0FBd0I7QUFDeEUsUUFBTSxVQUFpQixDQUFDO0FBQ3hCLE1BQUk7QUFDSixTQUFPO0FBQUEsSUFDTCxNQUFNLE1BQStCO0FBQ25DLFlBQU0sTUFBTSxTQUFTLElBQUk7QUFDekIsMEJBQVcsSUFBSSxlQUFlQSxRQUFPLFNBQVMsR0FBRztBQUNqRCxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBRyxRQUFRLFFBQVEsR0FBRztBQUM1RCxVQUFJLFVBQVUsVUFBVTtBQUN0QixjQUFNQyxPQUFNLFFBQVEsTUFBTTtBQUMxQixlQUFPLE9BQU9BLEtBQUksT0FBT0EsS0FBSSxJQUFJO0FBQ2pDO0FBQUEsTUFDRjtBQUNBLFlBQU0sUUFBUSxZQUFZLEtBQUssT0FBTyxHQUFHRCxRQUFPLE1BQU07QUFDdEQsVUFBSSxVQUFVLFFBQVE7QUFDcEIsY0FBTSxPQUFPLE9BQU8sS0FBSyxLQUFLO0FBRTlCLFlBQUksS0FBSyxTQUFTLFdBQVcsZ0JBQWdCLEtBQUs7QUFDaEQsa0JBQVEsTUFBTSxFQUFFLGdDQUFnQyxDQUFDRSxZQUFXQSxRQUFPLFVBQVUsT0FBVSxHQUFHLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUFBLFFBQ3BIO0FBQ0E7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLGNBQWMsR0FBRztBQUc5QixVQUFJLE9BQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLGdCQUFnQixLQUFNLFNBQVEsS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUY7QUFBQSxJQUNBLE1BQU0sS0FBa0I7QUFDdEIsZUFBU0YsUUFBTyxTQUFTLEtBQUtBLFFBQU8sTUFBTTtBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNGOzs7QUMxREEsT0FBT0csV0FBVTs7O0FDeUJqQixJQUFNLGNBQWMsRUFBRSxjQUFjLE9BQU8saUJBQWlCLE9BQU8sY0FBYyxPQUFPLGtCQUFrQixPQUFPLGFBQWEsTUFBTTtBQUc3SCxJQUFNLG9CQUFvQjtBQUdqQyxJQUFNLGFBQWEsS0FBSztBQUV4QixJQUFNLFVBQWtDLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxHQUFHLEdBQUcsS0FBTSxHQUFHLEtBQVEsR0FBRyxNQUFXLEdBQUcsTUFBVztBQUd4SCxTQUFTLGFBQWFDLE9BQStCO0FBQzFELE1BQUksT0FBT0EsVUFBUyxTQUFVLFFBQU9BO0FBQ3JDLE1BQUksZ0JBQWdCLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU9BLEtBQUk7QUFDbEQsTUFBSSxDQUFDLDBDQUEwQyxLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPO0FBQ3pFLE1BQUksUUFBUTtBQUNaLGFBQVcsQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLEtBQUtBLE1BQUssU0FBUyxxQ0FBcUMsRUFBRyxVQUFTLE9BQU8sS0FBSyxJQUFJLFFBQVEsSUFBSTtBQUMzSCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLEdBQUcsT0FBa0MsVUFBMEI7QUFDdEUsUUFBTSxTQUFTLGFBQWEsU0FBUyxRQUFRO0FBQzdDLFNBQU8sT0FBTyxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQzVDO0FBR08sU0FBUyxjQUFjLFVBQWtDO0FBQzlELFFBQU0sZUFBZSxHQUFHLFNBQVMsY0FBYyxZQUFZLFlBQVk7QUFDdkUsUUFBTSxVQUFVLFNBQVMsVUFBVSxDQUFDLEdBQUcsT0FBTyxDQUFDLEtBQUssVUFBVSxNQUFNLEdBQUcsTUFBTSxVQUFVLElBQUksR0FBRyxDQUFDO0FBQy9GLFVBQVEsU0FBUyxVQUFVO0FBQUEsSUFDekIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLGFBQWEsWUFBWSxXQUFXLElBQUk7QUFBQSxJQUM3RCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsVUFBVSxJQUFJLElBQUk7QUFBQSxJQUN2QyxLQUFLO0FBQ0gsYUFBTyxTQUFTLEdBQUcsU0FBUyxrQkFBa0IsWUFBWSxnQkFBZ0IsSUFBSTtBQUFBLElBQ2hGLEtBQUs7QUFDSCxhQUFPLFNBQVM7QUFBQSxJQUNsQjtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFNTyxTQUFTLFVBQVVDLFVBQTRCO0FBQ3BELFFBQU0sWUFBWSxPQUFPLE9BQU9BLFNBQVEsYUFBYSxDQUFDLENBQUM7QUFDdkQsUUFBTSxlQUFlLFVBQVUsV0FBVyxJQUN0QyxhQUNBLEtBQUssSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLGFBQWEsR0FBRyxTQUFTLFdBQVcsSUFBSSxJQUFJLGNBQWMsUUFBUSxDQUFDLENBQUM7QUFDbkcsU0FDRSxHQUFHQSxTQUFRLGNBQWMsWUFBWSxZQUFZLElBQUksZUFBZSxHQUFHQSxTQUFRLGlCQUFpQixZQUFZLGVBQWUsSUFBSTtBQUVuSTs7O0FDbEZBLE9BQU9DLFdBQW9DO0FBT3BDLElBQU0sZ0JBQWdCO0FBU3RCLFNBQVMsWUFBWUMsU0FBc0Y7QUFDaEgsUUFBTSxTQUFTLFlBQVlBLFFBQU8sT0FBTztBQUN6QyxRQUFNLFVBQVUsTUFBTUEsUUFBTyxTQUFTLGVBQWUsR0FBRztBQUN4RCxRQUFNLGVBQWUsR0FBRyxhQUFhO0FBQ3JDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTyxXQUFXLFFBQVEsZUFBZSxPQUFPO0FBQzFFLE1BQUksUUFBUSxXQUFXLFFBQVEsUUFBUSxRQUFRLElBQUksS0FBSyxNQUFNLGNBQWM7QUFDMUUsV0FBTyxHQUFHLE1BQU0sa0NBQWtDLGFBQWEsYUFBYSxPQUFPLE9BQU8sQ0FBQyxtQkFBbUIsWUFBWTtBQUFBLEVBQzVIO0FBQ0EsUUFBTSxRQUFRQSxRQUFPLE9BQU8sQ0FBQztBQUM3QixRQUFNLE9BQU8sTUFBTUEsUUFBTyxTQUFTLE9BQU8sR0FBRztBQUM3QyxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLE9BQU8sSUFBSTtBQUM1RCxNQUFJLEtBQUssVUFBVSxJQUFLLFFBQU87QUFDL0IsTUFBSSxLQUFLLFdBQVcsT0FBTyxjQUFjLEtBQUssUUFBUSxFQUFFLE1BQU0sUUFBVztBQUN2RSxXQUFPLEdBQUcsTUFBTSw2Q0FBNkNBLFFBQU8sWUFBWSxVQUFVLEtBQUssYUFBYSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzFIO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLFNBQWlCLFNBQWlCLFVBQTJDO0FBQzFGLFNBQU87QUFBQSxJQUFPLENBQUMsVUFDYkMsTUFBSyxJQUFJLEdBQUcsT0FBTyxJQUFJLE9BQU8sSUFBSTtBQUFBLE1BQ2hDLFNBQVMsRUFBRSxhQUFhLE1BQU0sWUFBWTtBQUFBLE1BQzFDLE1BQU0sRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksUUFBUTtBQUFBLE1BQ3pDLFNBQVMsZUFBZTtBQUFBLE1BQ3hCLGNBQWM7QUFBQSxNQUNkLGtCQUFrQkEsTUFBSyxpQkFBaUIsUUFBUTtBQUFBLElBQ2xELENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLFdBQVcsUUFBZ0IsU0FBaUIsVUFBMkM7QUFDOUYsUUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixNQUFJLFNBQVMsZUFBZSxNQUFNO0FBQ2hDLFdBQU8sR0FBRyxNQUFNLHVCQUF1QixJQUFJLFdBQVcsZUFBZSxDQUFDO0FBQUEsRUFDeEU7QUFDQSxRQUFNLFNBQVMscUJBQXFCLEtBQUssU0FBUyxLQUFLLElBQUksdUJBQXVCLFNBQVM7QUFDM0YsU0FBTyxHQUFHLE1BQU0sMkJBQTJCLElBQUksWUFBWSxNQUFNO0FBQ25FO0FBR0EsU0FBUyxPQUFPLFVBQTJDO0FBQ3pELFFBQU0sUUFBUSxTQUFTLFFBQVEsSUFBSSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDN0QsU0FBTyxHQUFHLFNBQVMsTUFBTSxJQUFJLEtBQUssVUFBVSxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUNoRzs7O0FGN0NPLFNBQVMsU0FBU0MsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FHaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNnQk8sSUFBTSxvQkFBc0QsRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLE1BQU0sS0FBSztBQXNDbkcsSUFBTSxvQkFBb0I7QUFPbkIsU0FBUyxPQUFPLGVBQXVCLFFBQTZEO0FBQ3pHLFFBQU0sU0FBUyxLQUFLLEtBQUssZ0JBQWdCLG9CQUFvQixDQUFDO0FBQzlELFNBQU8sRUFBRSxpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDLEdBQUcsT0FBTztBQUMxRTtBQUdPLFNBQVMsVUFBVUMsT0FBb0I7QUFDNUMsU0FBT0EsTUFBSyxPQUFPLGtCQUFrQkEsTUFBSyxRQUFRO0FBQ3BEOzs7QUM3RU8sU0FBUyxTQUFTLEtBQTJCO0FBQ2xELFFBQU0sRUFBRSxNQUFBQyxPQUFNLE9BQU8sSUFBSSxhQUFhLEtBQUssRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLENBQUM7QUFDcEUsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTUEsTUFBSztBQUFBLElBQ1gsVUFBVUEsTUFBSztBQUFBLElBQ2YsVUFBVSxhQUFhLEtBQUssWUFBWSxJQUFJO0FBQUEsSUFDNUMsR0FBRyxPQUFPLFVBQVVBLEtBQUksR0FBRyxNQUFNO0FBQUEsSUFDakMsY0FBYztBQUFBLEVBQ2hCO0FBQ0Y7OztBQ0pPLFNBQVMsV0FBVyxNQUFlLFdBQXlCLFVBQWtCLE9BQTZCO0FBQ2hILE1BQUksU0FBUyxRQUFRO0FBQ25CLFVBQU0sZUFBZSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksV0FBVyxJQUFJO0FBQ25FLFVBQU1DLFdBQVUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFVBQVUsUUFBUSxJQUFJLFVBQVU7QUFDL0UsV0FBT0EsV0FBVSxJQUFJLGVBQWVBLFdBQVUsZUFBZSxJQUFJLFdBQVc7QUFBQSxFQUM5RTtBQUNBLFFBQU0sVUFBVSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDaEQsU0FBTyxZQUFZLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxTQUFTLEdBQUcsVUFBVSxLQUFLLElBQUk7QUFDdkU7QUFHTyxTQUFTLFlBQVksT0FBb0IsT0FBdUI7QUFDckUsUUFBTSxTQUFrQztBQUFBLElBQ3RDLENBQUMsT0FBTyxDQUFDO0FBQUEsSUFDVCxDQUFDLE9BQU8sR0FBRztBQUFBLElBQ1gsQ0FBQyxTQUFTLEdBQUc7QUFBQSxJQUNiLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxPQUFPLENBQUM7QUFBQSxFQUNYLEVBQ0csT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFjLE1BQU0sUUFBUSxFQUM1RCxJQUFJLENBQUMsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBYyxHQUFHLElBQWMsQ0FBQztBQUNoRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsTUFBSSxRQUFRLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRyxRQUFPLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUNoRCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFVBQU0sQ0FBQyxVQUFVLE9BQU8sSUFBSSxPQUFPLElBQUksQ0FBQztBQUN4QyxVQUFNLENBQUMsV0FBVyxRQUFRLElBQUksT0FBTyxDQUFDO0FBQ3RDLFFBQUksUUFBUSxXQUFXO0FBQ3JCLFlBQU0sT0FBTyxjQUFjLFdBQVcsVUFBVSxXQUFZLFFBQVEsYUFBYSxZQUFZLGFBQWMsV0FBVztBQUN0SCxhQUFPLElBQUk7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUN4Qzs7O0FDbENPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsYUFBYSxPQUFlLEtBQXdCO0FBQ2xFLFNBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksbUJBQW1CLElBQUksS0FBSyxNQUFNLEdBQUcsSUFBSSxrQkFBa0I7QUFDaEc7QUFRTyxTQUFTLFdBQVcsU0FBMEIsWUFBd0IsT0FBZSxPQUEwQjtBQUNwSCxRQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsU0FBUyxFQUFFLFVBQVU7QUFDbEcsUUFBTSxPQUFPO0FBQUEsSUFDWCxZQUFZO0FBQUEsSUFDWixTQUFTLENBQUMsVUFBVSxZQUFZLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDM0MsT0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUU7QUFBQSxFQUMxRDtBQUNBLFFBQU0sUUFBUSxtQkFBbUIsS0FBSyxVQUFVLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQztBQUNuRSxTQUFPLEdBQUcsUUFBUSxHQUFHLGtDQUFrQyxLQUFLO0FBQzlEO0FBRUEsU0FBUyxVQUFVLFlBQXdCLEtBQWEsT0FBd0M7QUFDOUYsVUFBUSxZQUFZO0FBQUEsSUFDbEIsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUFJLEdBQUcsV0FBVyxXQUFXLE9BQU8sT0FBTyxJQUFJLFdBQVcsU0FBUztBQUFBLElBQ3ZILEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLFFBQVEsSUFBSSxHQUFHLFdBQVcsU0FBUyxNQUFNLE1BQU07QUFBQSxJQUMxRixLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxjQUFjLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLEVBQzNHO0FBQ0Y7QUFhTyxTQUFTLFNBQVMsU0FBMEIsUUFBZ0IsT0FBeUI7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyw4QkFBOEIsWUFBWSxPQUFPLEtBQUs7QUFBQSxJQUMxRixNQUFNLFdBQVcsU0FBUyxRQUFRLGtCQUFrQixZQUFZLE1BQU0sS0FBSztBQUFBLElBQzNFLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsMkRBQTJELE1BQU07QUFBQSxNQUNqRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3BFTyxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGtCQUFrQjs7O0FDOEJ4QixTQUFTLGdCQUFnQixNQUFxQixTQUF5QixLQUE0QjtBQUN4RyxRQUFNLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLElBQUksUUFBUSxJQUFJLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxZQUFZO0FBQ3JGLFFBQU0sUUFBUSxhQUFhLE9BQU8sR0FBRztBQUNyQyxRQUFNLE9BQU8sUUFBUSxJQUFJLENBQUMsUUFBUSxTQUFTLE1BQU0sS0FBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsUUFBTSxTQUFTLENBQUMsUUFBZ0IsS0FBSyxRQUFRLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFDOUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsUUFBUSxJQUFJO0FBQUEsSUFDWixVQUFVLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSTtBQUFBLElBQ2IsUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFFBQVE7QUFBQSxNQUNOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLE9BQU87QUFBQSxJQUMvQjtBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQUEsRUFDcEQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFxQixLQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sTUFBTSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUk7QUFDN0MsUUFBTSxTQUFTLEtBQUssUUFBUSxHQUFHO0FBQy9CLFFBQU0sWUFBWSxvQkFBb0IsR0FBRztBQUN6QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ2pGLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxVQUFVLE1BQU0sU0FBUyxVQUFVLElBQUksV0FBVyxRQUFRLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDM0YsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixhQUFhLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUk7QUFBQSxJQUNWLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxXQUFXLElBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksWUFBWSxhQUFhLGFBQWEsT0FBTyxPQUFPLFdBQVcsSUFBSSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsTUFBTTtBQUFBLElBQzVILFdBQVcsQ0FBQztBQUFBLElBQ1osT0FBTztBQUFBLE1BQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLO0FBQUEsTUFDOUQsTUFBTSxXQUFXLFNBQVMsUUFBUSxJQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsUUFBUSxLQUFLO0FBQUEsSUFDL0Q7QUFBQSxJQUNBLFNBQVMsSUFBSTtBQUFBLEVBQ2Y7QUFDRjtBQU1BLFNBQVMsTUFBTSxTQUFpQixVQUF5QixXQUF5QixNQUFvQztBQUNwSCxNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksU0FBUyxPQUFXLFFBQU8sT0FBTyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxRQUFRLE1BQU0sVUFBVSxTQUFTLElBQUksU0FBUztBQUNwRTtBQUdPLFNBQVMsTUFBTSxVQUFrQixXQUFrQztBQUN4RSxVQUFRLFVBQVUsSUFBSTtBQUFBLElBQ3BCLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLElBQy9CLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHQSxTQUFTLFlBQVksTUFBcUIsU0FBOEM7QUFySHhGO0FBc0hFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRTtBQUN2RCxhQUFXLE9BQU8sUUFBUyxXQUFLLElBQUksV0FBVCxXQUFvQixJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZHTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsTUFBTSxRQUFRLENBQUMsQ0FBQyxJQUFJLFNBQVM7QUFDaE0sUUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLGNBQWMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sZ0JBQWdCLFdBQVcsU0FDN0IsQ0FBQyxvQkFBb0IsR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLHlCQUF5QixLQUFLLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxtQkFBbUIsSUFDakksQ0FBQztBQUNMLFNBQU8sQ0FBQ0EsT0FBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsZ0JBQWdCLEVBQUUsS0FBSyxJQUFJO0FBQzdGO0FBRUEsU0FBUyxXQUFXLFVBQTZCO0FBQy9DLFFBQU1BLFFBQU8sdUJBQXVCLEtBQUssU0FBUyxJQUFJLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxTQUFTLENBQUMsV0FBVyxRQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0EsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBUyxRQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ3pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBTyxLQUF3QjtBQUM3QyxTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCLEdBQUc7QUFBQSxJQUM5QixVQUFVLElBQUksYUFBYSxPQUFPLE1BQU0sWUFBWSxLQUFLLElBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZSxJQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRLElBQUksZUFBZSxPQUFPLE1BQU0sWUFBWSxJQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBR08sU0FBUyxnQkFBZ0IsS0FBa0U7QUFDaEcsUUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJO0FBQ25CLFFBQU0sVUFBVSxJQUFJLFNBQVMsWUFBWSxJQUFJLFVBQVUsTUFBTSxHQUFHLElBQUksVUFBVSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUksU0FBUyxXQUFXLFdBQVc7QUFDaEksU0FBTyxHQUFHLE9BQU8sSUFBSSxFQUFFLElBQUksWUFBWSxLQUFLLElBQUksVUFBVSxLQUFLLENBQUM7QUFDbEU7QUFFQSxTQUFTLFlBQVksS0FBbUMsT0FBdUI7QUFDN0UsU0FBTyxJQUFJLFVBQVUsU0FBUyxPQUFPLEdBQUdDLE9BQU0sT0FBTyxDQUFDLENBQUMsUUFBUSxZQUFZLEtBQUs7QUFDbEY7QUFHTyxTQUFTLFlBQVlDLFFBQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVNBLE1BQUssRUFBRyxRQUFPO0FBQ3BDLFNBQU8sR0FBR0QsT0FBTUMsU0FBUSxLQUFLLENBQUMsQ0FBQztBQUNqQztBQUVBLFNBQVNELE9BQU0sT0FBZSxVQUEwQjtBQUN0RCxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksTUFBTSxRQUFRO0FBQ25FO0FBR08sU0FBUyxXQUFXLFNBQWlDO0FBQzFELFNBQU8sUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxTQUFTLEVBQUU7QUFDdkUsTUFBSSxXQUFXLFdBQVcsRUFBRyxRQUFPLE9BQU8sUUFBUSxLQUFLLE1BQU07QUFDOUQsU0FBTyxHQUFHLFdBQVcsTUFBTSxPQUFPLFFBQVEsS0FBSyxNQUFNLGlCQUFpQixRQUFRLGNBQWMsTUFBTTtBQUNwRztBQUdPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsZUFBZSxLQUF3QjtBQUNyRCxRQUFNRSxPQUFNLE9BQU8sR0FBRztBQUN0QixTQUFPLElBQUksWUFBWSxZQUNuQiw4Q0FBOENBLEtBQUksU0FBUyw4QkFDM0QsWUFBWUEsS0FBSSxRQUFRLGFBQWFBLEtBQUksU0FBUyx1QkFBdUJBLEtBQUksTUFBTTtBQUN6Rjs7O0FDNURPLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU07QUFDcEMsUUFBTSxNQUFNO0FBQUEsSUFDVixPQUFPLElBQUksY0FBYyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3JGO0FBQUEsSUFDQSxhQUFhLFFBQVEsT0FBTyxjQUFjLFFBQVEsSUFBSSxPQUFPLFFBQVEsT0FBTyxRQUFRLGdCQUFnQixRQUFRLE9BQU8sZ0JBQWdCLFFBQVEsQ0FBQyxDQUFDLGNBQWMsUUFBUSxPQUFPO0FBQUEsSUFDMUs7QUFBQSxJQUNBLEdBQUksUUFBUSxhQUFhLENBQUMsTUFBTSxpQkFBaUIsT0FBTyxRQUFRLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxVQUFVLElBQUksRUFBRSxJQUFJLElBQUksR0FBRyxJQUFJLFdBQVcsS0FBSyxlQUFlLEdBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEYsZUFBVyxZQUFZLElBQUksV0FBVztBQUNwQyxVQUFJLEtBQUssY0FBYyxTQUFTLE9BQU8sT0FBTyxTQUFTLFFBQVEsT0FBTyxTQUFTLE1BQU0sS0FBSyxTQUFTLEtBQUssWUFBWSxTQUFTLE1BQU0sS0FBSyxTQUFTLFVBQVUsUUFBUSxTQUFTLElBQUksRUFBRTtBQUFBLElBQ3BMO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQixJQUFJLE1BQU0sSUFBSSxnQkFBZ0IsSUFBSSxNQUFNLEtBQUssc0JBQXNCLElBQUksTUFBTSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsTUFBSTtBQUFBLElBQ0YseUJBQXlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLEtBQUssSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDQyxTQUFRLE9BQU9BLEtBQUksRUFBRSxRQUFRLEtBQUtBLEtBQUksU0FBUyxDQUFDLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLE1BQU1BLEtBQUksTUFBTSxJQUFJO0FBQUEsSUFDOUk7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUNwQ08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsUUFBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU8sR0FBRztBQUN0QixZQUFNLFVBQVU7QUFBQSxRQUNkLElBQUk7QUFBQSxRQUNKLGNBQWNBLEtBQUksU0FBUztBQUFBLFFBQzNCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWSxJQUFJLE9BQU87QUFBQSxRQUN2QixHQUFHLElBQUksVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLEVBQUUsVUFBVSxTQUFTLEVBQUUsUUFBUSxFQUFFO0FBQUEsUUFDakksU0FBUyxJQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVcsSUFBSSxNQUFNLEtBQUs7QUFBQSxRQUMxQixRQUFRLElBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNLElBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CLElBQUksSUFBSTtBQUFBLFFBQ3RDLEdBQUksSUFBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZSxHQUFHLEdBQUcsTUFBTSxJQUFJLFNBQVMsTUFBTSxRQUFRLEVBQUU7QUFBQSxRQUNoSCxXQUFXO0FBQUEsTUFDYjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FDM0JPLFNBQVMsV0FBVyxXQUFtQixNQUFzQjtBQUNsRSxTQUFPLEdBQUcsVUFBVSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSTtBQUNqRDtBQUdPLFNBQVMsWUFBWSxTQUFvQixXQUEyQztBQUN6RixTQUFPO0FBQUEsSUFDTCxDQUFDLFdBQVcsV0FBVyxjQUFjLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUM1RSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxZQUFZLENBQUMsY0FBYyxPQUFPLENBQUMsQ0FBQztBQUFBLElBQzFFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLGVBQWUsT0FBTztBQUFBLEVBQzlEO0FBQ0Y7OztBQ2RBLElBQU0sVUFBeUM7QUFBQSxFQUM3QyxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQ1osQ0FBQyxhQUFhLFdBQVc7QUFBQSxFQUN6QixDQUFDLFlBQVksVUFBVTtBQUFBLEVBQ3ZCLENBQUMsV0FBVyxTQUFTO0FBQUEsRUFDckIsQ0FBQyxVQUFVLGFBQWE7QUFDMUI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDQyxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM3RDtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPLElBQUksRUFBRSxLQUFLLElBQUksV0FBVyxJQUFJLE9BQU8sZUFBZSxHQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFVBQUksS0FBSyxhQUFhLFNBQVMsT0FBTyxLQUFLLFNBQVMsTUFBTSxLQUFLLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxLQUFLLFNBQVMsVUFBVSxRQUFRLFNBQVMsSUFBSSxFQUFFO0FBQ3ZKLFVBQUksS0FBSyxTQUFTLFNBQVMsUUFBUSxFQUFFO0FBQUEsSUFDdkM7QUFDQSxRQUFJLEtBQUssZUFBZSxJQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFZLEtBQUksS0FBSyxLQUFLLGlCQUFpQixLQUFLLE9BQU8sUUFBUSxVQUFVLElBQUksRUFBRTtBQUMzRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCOzs7QUNsQ08sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ25GLFFBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxJQUFJLHFCQUFxQixFQUFFO0FBQ3hDLE1BQUksUUFBUTtBQUNWLFVBQU0sU0FBUyxPQUFPLFVBQVUsTUFBTSxPQUFPLFNBQVM7QUFDdEQsUUFBSTtBQUFBLE1BQ0YsSUFBSSxnQkFBZ0IsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUM5QixJQUFJLG9CQUFvQixHQUFHRSxTQUFRLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxPQUFPLFVBQVUsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzVGLElBQUksaUJBQWlCLEdBQUdBLFNBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRSxDQUFDLElBQUksT0FBTyxTQUFTLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM5RjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sT0FBTyxLQUFLLFlBQVk7QUFDekMsVUFBTSxhQUFhLFFBQVEsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsWUFBWSxRQUFRLElBQUksQ0FBQztBQUNoRixRQUFJLFdBQVcsV0FBVyxFQUFHO0FBQzdCLFFBQUksS0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLGFBQWEsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDckc7QUFDQSxNQUFJLEtBQUssa0JBQWtCLEtBQUssTUFBTSxvQkFBb0IsS0FBTSxRQUFRLENBQUMsQ0FBQyxLQUFLLEVBQUU7QUFDakYsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLElBQU0scUJBQXFCLENBQUMsc0JBQXNCLGNBQWMsT0FBTyxXQUFXLG9CQUFvQjtBQUN0RyxJQUFNLG1CQUFtQixDQUFDLGlCQUFpQixXQUFXO0FBRXRELElBQU0sYUFBeUQ7QUFBQSxFQUM3RCxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssV0FBVyxPQUFPLENBQUM7QUFBQSxFQUMzQyxDQUFDLGFBQWEsQ0FBQyxTQUFTLG1CQUFtQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3pELENBQUMsV0FBVyxDQUFDLFNBQVMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDckQsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLEtBQUssV0FBVyxPQUFPLEtBQUssQ0FBQyxtQkFBbUIsU0FBUyxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFDMUg7QUFFQSxTQUFTLElBQUksTUFBYyxPQUF1QjtBQUNoRCxTQUFPLE9BQU8sR0FBRyxJQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEtBQUs7QUFDbkQ7QUFFQSxTQUFTLGFBQWEsUUFBaUM7QUFDckQsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxPQUFPLE1BQU07QUFBQSxJQUNuQixLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDekYsS0FBSyxRQUFRO0FBQ1gsWUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLEVBQUUsU0FBUztBQUM1QyxhQUFPLEdBQUdBLFNBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSztBQUFBLElBQ2pFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3ZJLEtBQUs7QUFDSCxhQUFPLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxFQUMxRCxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFTLEVBQ3RDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxFQUMzRCxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sT0FBZSxVQUEwQjtBQUN2RCxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUMsTUFBTSxTQUFTLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQyxPQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQztBQUNsSSxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsR0FBRyxLQUFLLEtBQUssQ0FBQztBQUNwSSxTQUFPLEtBQUssS0FBSztBQUNuQjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFDN0M7QUFFQSxTQUFTQSxTQUFRQyxRQUF1QjtBQUN0QyxTQUFPLElBQUlBLFNBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNwQzs7O0FDbERPLFNBQVMsYUFBYSxNQUFxQixPQUFzRDtBQUN0RyxRQUFNLEVBQUUsUUFBQUMsU0FBUSxJQUFJLElBQUk7QUFDeEIsUUFBTSxVQUFVLGFBQWEsRUFBRSxRQUFRQSxRQUFPLFFBQVEsY0FBY0EsUUFBTyxjQUFjLFFBQVFBLFFBQU8sUUFBUSxTQUFTLE1BQU0sU0FBUyxJQUFJLENBQUM7QUFDN0ksUUFBTSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsRUFBRSxRQUFRQSxRQUFPLFFBQVEsVUFBVUEsUUFBTyxVQUFVLFNBQVNBLFFBQU8sU0FBUyxLQUFLLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDakosU0FBTyxFQUFFLEdBQUcsU0FBUyxZQUFZLE1BQU0sY0FBYyxLQUFLO0FBQzVEO0FBTU8sU0FBUyxpQkFBaUIsTUFBcUIsT0FBK0M7QUFDbkcsUUFBTSxVQUFVLGFBQWEsTUFBTSxLQUFLO0FBQ3hDLFFBQU0sUUFBUSxNQUFNLGFBQ2hCLDhEQUE4RCxNQUFNLE9BQU8sU0FBUztBQUFBLElBQ3BGLGVBQWUsT0FBTztBQUMxQixTQUFPLEVBQUUsUUFBUSxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFBQSxFQUFLLEtBQUssSUFBSSxHQUFHLFlBQVksU0FBUyxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQzNHOzs7QUNyQ0EsSUFBTSxVQUFVLENBQUMsS0FBSyxLQUFLLE1BQU07QUFRMUIsU0FBUyxlQUFlLEtBQXlCO0FBQ3RELFFBQU0sS0FBSyxRQUFRLFNBQVMsSUFBSSxrQkFBa0IsS0FBSyxFQUFFLFlBQVksS0FBSyxFQUFFO0FBQzVFLFFBQU0sUUFBUSxJQUFJLHlCQUF5QixLQUFLLEtBQUssSUFBSSx5QkFBeUIsS0FBSyxNQUFNO0FBQzdGLFNBQU8sTUFBTSxTQUFTLEtBQUssT0FBTztBQUNwQzs7O0FDUE8sU0FBUyxjQUFjLE1BQXdFO0FBR3BHLE1BQUksS0FBSyxlQUFlLFVBQWEsS0FBSyxRQUFRLGVBQWUsT0FBVyxRQUFPLENBQUM7QUFDcEYsUUFBTSxPQUFPLFdBQVc7QUFDeEIsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLE1BQU0scUZBQXFGO0FBR2hILFFBQU1DLFVBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxRQUFRLGFBQWEsS0FBSyxNQUFNLEVBQUU7QUFDbkUsU0FBTyxpQkFBaUIsTUFBTTtBQUFBLElBQzVCLFFBQUFBO0FBQUEsSUFDQSxLQUFLLEtBQUs7QUFBQSxJQUNWLFNBQVMsS0FBSztBQUFBLElBQ2QsS0FBSyxvQkFBSSxLQUFLO0FBQUEsSUFDZCxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLFlBQVksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLEVBQ3hDLENBQUM7QUFDSDs7O0FDVkEsSUFBTSxTQUFTLFdBQVcsTUFBTTtBQUd6QixJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXLEVBQUUsTUFBTSxhQUFhLFFBQVEsRUFBRTtBQUFBLEVBQzFDLEdBQUcsV0FBVyxRQUFRLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDeEM7QUFFQSxJQUFNLFVBQVUsYUFBYSxRQUFRLGFBQWEsVUFBVSxDQUFDO0FBR3RELFNBQVMsUUFBZTtBQUM3QixTQUFPLFNBQVMsTUFBTTtBQUN4QjtBQUdlLFNBQVIsYUFBa0IsS0FBa0I7QUFDekMsVUFBUSxNQUFNLEdBQUc7QUFDbkI7QUFHTyxTQUFTLFNBQVMsS0FBa0I7QUFDekMsVUFBUSxNQUFNLEdBQUc7QUFDbkI7IiwKICAibmFtZXMiOiBbInRleHQiLCAibXMiLCAiY29uZmlnIiwgIm1zIiwgIm1zIiwgInNoYXJlIiwgInRhZ3MiLCAiYWRkIiwgImNvbmZpZyIsICJyb3ciLCAiZXhlYyIsICJjb3VudCIsICJleGVjIiwgInRhZ3MiLCAiZXhlYyIsICJleGVjIiwgImV4ZWMiLCAiY29uZmlnIiwgInRhZ3MiLCAicm93IiwgImNvbmZpZyIsICJyb3ciLCAiYW5zd2VyIiwgImV4ZWMiLCAidGV4dCIsICJvcHRpb25zIiwgImh0dHAiLCAiY29uZmlnIiwgImh0dHAiLCAiY29uZmlnIiwgImV4ZWMiLCAiY29uZmlnIiwgInJhdGUiLCAicmF0ZSIsICJhbGxvd2VkIiwgInRhZ3MiLCAiZHVyYXRpb24iLCAib3BlbiIsICJyb3VuZCIsICJzaGFyZSIsICJyb3ciLCAicm93IiwgInRleHQiLCAicm93IiwgInJvdyIsICJjZWxsIiwgInBlcmNlbnQiLCAic2hhcmUiLCAiY29uZmlnIiwgImNvbmZpZyJdCn0K
