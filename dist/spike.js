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

// scenarios/spike.ts
var config = loadConfig("spike");
var options = {
  ...baseOptions(config),
  scenarios: { spike: readSettings(spikePlan) },
  ...sloOptions(config, { mode: "report" })
};
var traffic = mixedTraffic(config, readSettings(mixFromEnv));
function setup() {
  return startRun(config);
}
function spike_default(run) {
  traffic.visit(run);
}
function teardown(run) {
  traffic.sweep(run);
}
export {
  spike_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vbGliL2V4ZW1wbGFycy50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL3RocmVzaG9sZHMvazYudHMiLCAiLi4vbGliL3JlcXVlc3QtdGltZW91dC50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vbGliL3BsYW5zL2tub2JzLnRzIiwgIi4uL2xpYi9wbGFucy9taXgudHMiLCAiLi4vbGliL3J1bi1pZC50cyIsICIuLi90aHJlc2hvbGRzL2NoZWNrcy50cyIsICIuLi9saWIvam91cm5leXMvc3dlZXAudHMiLCAiLi4vbGliL2pvdXJuZXlzL21peC50cyIsICIuLi9saWIvam91cm5leXMvc3RhcnQudHMiLCAiLi4vbGliL3J1bi1saWZlLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9wcm9iZS50cyIsICIuLi9saWIvc3lzdGVtLXRhZ3MudHMiLCAiLi4vbGliL29wdGlvbnMudHMiLCAiLi4vbGliL3BsYW5zL2Fycml2YWwudHMiLCAiLi4vbGliL3BsYW5zL3NwaWtlLnRzIiwgIi4uL3RocmVzaG9sZHMvYnVkZ2V0LnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiLCAiLi4vc2NlbmFyaW9zL3NwaWtlLnRzIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7O0FBQUEsT0FBTyxVQUFVOzs7QUNLVixJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBSXJDLFlBQVksVUFBa0IsT0FBZSxVQUFrQjtBQUM3RCxVQUFNLEdBQUcsUUFBUSxJQUFJLFVBQVUsS0FBSyxDQUFDLDJCQUEyQixRQUFRLEVBQUU7QUFINUU7QUFBQSx3QkFBUztBQUlQLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsT0FBdUI7QUFDeEMsUUFBTSxXQUFXLE1BQU0sUUFBUSw2QkFBNkIsUUFBUTtBQUNwRSxTQUFPLGlCQUFpQixLQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssVUFBVSxRQUFRO0FBQzdFOzs7QUNoQk8sSUFBTSxZQUFZO0FBQUEsRUFDdkIsU0FBUyxDQUFDLFdBQVcsYUFBYSxZQUFZLFdBQVcsVUFBVTtBQUFBLEVBQ25FLFFBQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsV0FBVztBQUN2RTtBQU1PLElBQU0saUJBQWlCLE9BQU8sS0FBSyxTQUFTOzs7QUNMNUMsSUFBTSxpQkFBZ0U7QUFBQSxFQUMzRSxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDM0IsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFlBQVksQ0FBQztBQUNmOzs7QUNBTyxTQUFTLFVBQWEsU0FBaUIsT0FBcUQ7QUFDakcsUUFBTSxXQUFXLENBQUMsS0FBYSxhQUF3QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxZQUFZLFVBQVUsS0FBSyxPQUFPO0FBQ3JFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxPQUFPLE9BQU8sVUFBVSxFQUFFLFFBQVEsQ0FBQztBQUM1QztBQU1PLFNBQVMsUUFBVyxLQUFVLFVBQWtCLFVBQXdCLFVBQWdCO0FBQzdGLFFBQU0sTUFBTSxJQUFJLFFBQVE7QUFDeEIsU0FBTyxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsUUFBUTtBQUMxRjtBQUdPLFNBQVMsZ0JBQW1CLEtBQVUsVUFBa0IsVUFBdUM7QUFDcEcsU0FBTyxRQUF1QixLQUFLLFVBQVUsVUFBVSxNQUFTO0FBQ2xFO0FBRUEsSUFBTSxXQUFXO0FBR1YsSUFBTSxNQUF5QixVQUFVLGdEQUFnRCxDQUFDLFFBQVE7QUFDdkcsUUFBTSxRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQy9CLE1BQUksQ0FBQyxTQUFVLE1BQU0sQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLE1BQVEsUUFBTztBQUMzRSxTQUFPLElBQUksUUFBUSxRQUFRLEVBQUU7QUFDL0IsQ0FBQztBQUdNLElBQU0sa0JBQXFDLFVBQVUsdUNBQXVDLENBQUMsUUFBUTtBQUMxRyxNQUFJLENBQUMsYUFBYSxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3BDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQ3RELENBQUM7QUFFRCxJQUFNLG9CQUE0QyxFQUFFLEdBQUcsTUFBVyxHQUFHLEtBQVEsR0FBRyxLQUFPLElBQUksRUFBRTtBQUM3RixJQUFNLGdCQUFnQjtBQUdmLFNBQVMsV0FBV0EsT0FBa0M7QUFDM0QsUUFBTSxRQUFRLGNBQWMsS0FBS0EsS0FBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHQyxHQUFFLElBQUk7QUFDeEIsUUFBTSxRQUNKLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU9BLE9BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSxnRkFBZ0YsQ0FBQyxRQUFRO0FBQ3RJLFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXLFFBQThCO0FBQ3ZGLFFBQU0sT0FBTyxJQUFJLFlBQVksRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsV0FBVyxHQUFHO0FBQzFFLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFdBQVUsS0FBSyxNQUFNLE9BQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQzNFLFNBQU8sR0FBRyxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxJQUFJLElBQUksTUFBTTtBQUNuRDtBQU1PLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLFVBQVUsUUFBUSxLQUFLLFlBQVksS0FBSyxnQkFBZ0I7QUFDOUQsUUFBTSxlQUFlLFFBQVEsS0FBSyxpQkFBaUIsTUFBTSxjQUFjLEdBQUcsU0FBUztBQUNuRixRQUFNLFFBQTJCLFVBQVUsWUFBWTtBQUN2RCxRQUFNLFNBQVMsZ0JBQWdCLEtBQUssVUFBVSxPQUFPLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFDbEUsUUFBTSxTQUFTLFNBQVMsTUFBTSxPQUFPLENBQUMsVUFBVSxPQUFPLFNBQVMsS0FBSyxDQUFDLElBQUk7QUFDMUUsU0FBTyxFQUFFLFNBQVMsY0FBYyxPQUFPO0FBQ3pDO0FBR08sU0FBUyxZQUFZLEtBQVUsU0FBb0M7QUFDeEUsUUFBTSxFQUFFLFNBQVMsY0FBYyxPQUFPLElBQUksWUFBWSxHQUFHO0FBQ3pELFFBQU0sT0FBTyxVQUFVLEtBQUssUUFBUSxRQUFRO0FBQzVDLFFBQU0sU0FBUyxRQUFRLEtBQUssVUFBVSxpQkFBaUIsY0FBYyxRQUFRLFVBQVUsUUFBUSxLQUFLLFFBQVEsTUFBTSxDQUFDO0FBQ25ILFFBQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxLQUFLLGlCQUFpQixHQUFHLENBQUMsQ0FBQztBQUdsRSxRQUFNLFlBQVksUUFBUSxLQUFLLGNBQWMsU0FBUyxnQkFBZ0Isa0JBQWtCLEdBQUcsa0JBQWtCO0FBQzdHLFNBQU8sRUFBRSxVQUFVLFFBQVEsVUFBVSxTQUFTLGNBQWMsUUFBUSxNQUFNLFFBQVEsTUFBTSxXQUFXLFVBQVU7QUFDL0c7QUFFQSxTQUFTLFVBQVUsS0FBVSxVQUFpQztBQUM1RCxRQUFNLFdBQVcsZUFBZSxRQUFRLEtBQUssQ0FBQztBQUM5QyxRQUFNLE9BQU8sQ0FBSSxVQUFvQixhQUEwQztBQUM3RSxVQUFNLFFBQVEsZ0JBQWdCLEtBQUssVUFBVSxRQUFRO0FBQ3JELFFBQUksVUFBVSxVQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsR0FBRztBQUN2RCxZQUFNLFFBQVEsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUssSUFBSSxDQUFDLEtBQUs7QUFDcEUsWUFBTSxJQUFJLFlBQVksVUFBVSxPQUFPLElBQUksUUFBUSxDQUFDLEVBQUUsS0FBSyxHQUFHLGlCQUFpQixRQUFRLG1CQUFtQixLQUFLLEVBQUU7QUFBQSxJQUNuSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUFBLElBQ0wsS0FBSyxLQUFLLE9BQU8sZUFBZTtBQUFBLElBQ2hDLFlBQVksS0FBSyxjQUFjLGVBQWU7QUFBQSxJQUM5QyxVQUFVLEtBQUssWUFBWSxRQUFRO0FBQUEsSUFDbkMsTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUFBLEVBQ3pCO0FBQ0Y7OztBQ3BITyxTQUFTLGNBQWMsV0FBbUIsS0FBNkM7QUFDNUYsTUFBSSxVQUFVLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDdEMsTUFBSSxDQUFDLEtBQUssV0FBVyxHQUFHLEVBQUcsUUFBTztBQUNsQyxTQUFPLEdBQUcsSUFBSSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksVUFBVSxRQUFRLFVBQVUsRUFBRSxDQUFDO0FBQ3RFO0FBU08sU0FBUyxlQUFlLFdBQW1CLEtBQXlCLE1BQXVDO0FBQ2hILFFBQU0sT0FBTyxjQUFjLFdBQVcsR0FBRztBQUN6QyxNQUFJLFNBQVMsT0FBVztBQUN4QixNQUFJO0FBQ0osTUFBSTtBQUNGLFNBQUssSUFBSTtBQUNULGNBQVUsR0FBRyxJQUFJO0FBQUEsRUFDbkIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLGlDQUFpQyxLQUFLLE9BQU8sRUFBRztBQUNwRCxRQUFJLENBQUMsNEJBQTRCLEtBQUssT0FBTyxFQUFHO0FBQ2hELGNBQVUsR0FBRyxJQUFJO0FBQUEsRUFDbkI7QUFDQSxRQUFNLElBQUksWUFBWSxjQUFjLFdBQVcsd0NBQXdDLE9BQU8sR0FBRztBQUNuRzs7O0FDOUJPLElBQU0sZUFBZTtBQVU1QixJQUFNLFdBQVc7QUFtQlYsU0FBUyxxQkFBcUIsS0FBZ0I7QUFDbkQsUUFBTSxNQUFNLElBQUksWUFBWSxHQUFHLEtBQUs7QUFDcEMsTUFBSSxDQUFDLE9BQU8sQ0FBQyxTQUFTLEtBQUssR0FBRyxFQUFHO0FBQ2pDLFFBQU0sSUFBSTtBQUFBLElBQ1I7QUFBQSxJQUNBLElBQUksUUFBUSxVQUFVLFFBQVE7QUFBQSxJQUM5QjtBQUFBLEVBQ0Y7QUFDRjs7O0FQNUJPLFNBQVMsYUFBZ0IsTUFBMEI7QUFDeEQsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsU0FBUyxPQUFPO0FBQ2QsUUFBSSxFQUFFLGlCQUFpQixhQUFjLE9BQU07QUFDM0MsWUFBUSxNQUFNLE1BQU0sT0FBTztBQUMzQixTQUFLLEtBQUssTUFBTSxNQUFNLE9BQU87QUFDN0IsVUFBTTtBQUFBLEVBQ1I7QUFDRjtBQU9PLFNBQVMsV0FBVyxVQUErQjtBQUN4RCxTQUFPLGFBQWEsQ0FBQyxRQUFRO0FBQzNCLFVBQU1DLFVBQVMsWUFBWSxLQUFLLEVBQUUsVUFBVSxLQUFLLG9CQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxDQUFDO0FBQ2xGLFFBQUksU0FBUyxHQUFHO0FBQ2QscUJBQWVBLFFBQU8sV0FBVyxJQUFJLEtBQUssQ0FBQyxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQzlELDJCQUFxQixHQUFHO0FBQUEsSUFDMUI7QUFDQSxXQUFPQTtBQUFBLEVBQ1QsQ0FBQztBQUNIOzs7QVF0Q0EsT0FBTyxVQUF1RDs7O0FDU3ZELElBQU0sa0JBQWtCO0FBd0J4QixJQUFNLGtCQUFnQyxFQUFFLE9BQU8sR0FBRyxVQUFVLEtBQU0sT0FBTyxJQUFJO0FBRzdFLElBQU0sY0FBTixNQUFrQjtBQUFBLEVBS3ZCLFlBQ21CLFFBQ2pCLEtBQ0E7QUFGaUI7QUFMbkIsd0JBQVE7QUFDUix3QkFBUTtBQUNSLHdCQUFRLFNBQVE7QUFNZCxTQUFLLFNBQVMsT0FBTztBQUNyQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUdBLEtBQUssS0FBc0I7QUFDekIsVUFBTSxXQUFXLEtBQUssT0FBTyxNQUFNLEtBQUssUUFBUSxLQUFLLE9BQU8sUUFBUTtBQUNwRSxRQUFJLFdBQVcsR0FBRztBQUNoQixXQUFLLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxPQUFPLEtBQUssU0FBUyxRQUFRO0FBQ2hFLFdBQUssUUFBUSxXQUFXLEtBQUssT0FBTztBQUFBLElBQ3RDO0FBQ0EsUUFBSSxLQUFLLFNBQVMsS0FBSyxLQUFLLFNBQVMsS0FBSyxPQUFPLE1BQU8sUUFBTztBQUMvRCxTQUFLLFVBQVU7QUFDZixTQUFLLFNBQVM7QUFDZCxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBaUJPLElBQU0sbUJBQU4sTUFBdUI7QUFBQSxFQUc1QixZQUNtQixhQUNBLE9BQ0EsTUFBb0IsS0FBSyxLQUN6QixTQUF1QixpQkFDeEM7QUFKaUI7QUFDQTtBQUNBO0FBQ0E7QUFObkIsd0JBQVE7QUFBQSxFQU9MO0FBQUE7QUFBQSxFQUdILE9BQU8sU0FBa0M7QUFDdkMsUUFBSSxDQUFDLFFBQVEsVUFBVSxRQUFRLGNBQWMsS0FBSyxZQUFZLEVBQUcsUUFBTztBQUN4RSxVQUFNLE1BQU0sS0FBSyxJQUFJO0FBQ3JCLFNBQUssV0FBTCxLQUFLLFNBQVcsSUFBSSxZQUFZLEtBQUssUUFBUSxHQUFHO0FBQ2hELFFBQUksQ0FBQyxLQUFLLE9BQU8sS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNuQyxTQUFLLE1BQU0sbUJBQW1CLE9BQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxtQkFBbUIsU0FBaUM7QUFDbEUsUUFBTSxPQUFxQjtBQUFBLElBQ3pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRO0FBQUEsSUFDaEIsTUFBTSxRQUFRO0FBQUEsSUFDZCxRQUFRLFFBQVE7QUFBQSxJQUNoQixZQUFZLEtBQUssTUFBTSxRQUFRLGFBQWEsR0FBSSxJQUFJO0FBQUEsSUFDcEQsTUFBTSxJQUFJLEtBQUssUUFBUSxNQUFNLEVBQUUsWUFBWTtBQUFBLEVBQzdDO0FBQ0EsU0FBTyxHQUFHLGVBQWUsR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ2xEO0FBa0JBLElBQUkscUJBQXFCLE9BQU87QUFHekIsU0FBUyxxQkFBcUJDLEtBQWtCO0FBQ3JELHVCQUFxQkE7QUFDdkI7QUFHQSxJQUFNLFdBQVcsSUFBSSxpQkFBaUIsTUFBTSxvQkFBb0IsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLENBQUM7QUFHcEYsU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUNsSU8sSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBQ3JILFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUyxZQUFZLGNBQWMsV0FBVyxPQUFPLGdCQUFnQjtBQUN6RyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDckUsTUFBSSxTQUFTLFdBQVc7QUFDdEIsVUFBTSxJQUFJLFlBQVk7QUFDdEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDdkMsV0FBTztBQUFBLE1BQ0wsUUFBUSxzQkFBc0IsQ0FBQyxxQ0FBcUMsUUFBUTtBQUFBLE1BQzVFLGtCQUFrQiw2QkFBNkIsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUFBLE1BQzdFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUNKLFNBQVMsaUJBQ0wsV0FBVyxzQkFBc0IsT0FBTyxFQUFFLG1CQUFtQixRQUFRLENBQUMsSUFDdEUsV0FBVyw0QkFBNEIsT0FBTyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsTUFBTTtBQUM1RDtBQUdBLFNBQVMsV0FBVyxTQUFpQixPQUFtQixNQUFzQztBQUM1RixTQUFPLFFBQVEsT0FBTyxHQUFHLGFBQWEsT0FBTyxJQUFJLENBQUMseUJBQXlCLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUc7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBdUM7QUFDOUUsUUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxNQUFNO0FBQzFGLFNBQU8sSUFBSSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzdFO0FBR08sU0FBUyxhQUFhLE9BQW1DLFdBQTRCO0FBQzFGLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QyxRQUFRLE1BQU0sR0FBRyxPQUFPLE1BQU0sS0FBSztBQUFBO0FBQUEsSUFFbkMsd0JBQXdCLE1BQU0sTUFBTSxvQ0FBb0MsTUFBTSxNQUFNO0FBQUEsSUFDcEYsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBT08sU0FBUyxZQUFZLE9BQW1DLE9BQWdDO0FBQzdGLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFFBQU0sU0FBUyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUs7QUFDckYsUUFBTSxpQkFBaUIsRUFBRSxVQUFVLFdBQVcsTUFBTSxXQUFXO0FBQy9ELFNBQU8saUJBQWlCLEdBQUcsTUFBTSxvQkFBb0IsTUFBTSxNQUFNLE1BQU07QUFDekU7OztBQ2pFTyxJQUFNLFVBQVUsQ0FBQyxPQUFPLFFBQVEsUUFBUTtBQUt4QyxJQUFNLGlCQUFpQjtBQU12QixJQUFNLCtCQUErQjtBQThCckMsU0FBUyxhQUFhLE9BQTRCO0FBQ3ZELFFBQU0sWUFBWSxhQUFhLE1BQU0sR0FBRztBQUN4QyxRQUFNLE1BQU0sTUFBTSxpQkFBaUIsV0FBVyxhQUFhO0FBQzNELFFBQU0sT0FBYyxDQUFDO0FBQ3JCLGFBQVcsU0FBUyxNQUFNLFFBQVE7QUFDaEMsZUFBVyxVQUFVLE1BQU0sV0FBVyxTQUFTO0FBQzdDLFlBQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxLQUFLO0FBQ2pDLFlBQU0sUUFBb0IsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSTtBQUNyRSxpQkFBVyxZQUFZLFVBQVUsT0FBTyxDQUFDLGNBQWMsVUFBVSxTQUFTLFNBQVMsTUFBTSxLQUFLLElBQUksR0FBRztBQUNuRyxjQUFNLFlBQVksU0FBUyxVQUFVLE1BQU07QUFDM0MsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFFBQ2xCLENBQUM7QUFBQSxNQUNIO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWEsS0FBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjLElBQUksU0FBUyxRQUFRLElBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQixJQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCQyxTQUE2QjtBQUFBLElBQ3JFLE1BQU07QUFBQSxJQUNOLFVBQVUsV0FBVyxLQUFLLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU9BLEtBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQkEsR0FBRTtBQUFBLEVBQ3hGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFdBQVcsQ0FBQyxZQUFZLEVBQUUsSUFBSSxLQUFLLE9BQU8sZUFBZSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDaEYsYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLFFBQVEsSUFBSSxlQUFlLE1BQU0sQ0FBQyxDQUFDLE9BQU8sS0FBSyxvQkFBb0IsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN4SDtBQUFBLElBQ0EsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQjtBQUFBO0FBQUE7QUFBQSxNQUdFLE1BQU07QUFBQSxNQUNOLFNBQVMsQ0FBQyxLQUFLO0FBQUEsTUFDZixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBTyxNQUFNLElBQUksTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ3JFLGFBQWEsQ0FBQyxVQUFVLEdBQUcsUUFBUSxJQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsNEJBQTRCLElBQUk7QUFDdkc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRQyxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBQzFITyxTQUFTLGFBQWEsUUFBZ0JDLE9BQXNDO0FBQ2pGLFFBQU0sU0FBUyxPQUFPLFFBQVFBLEtBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUU7QUFDM0UsU0FBTyxPQUFPLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQzVEO0FBR08sU0FBUyxvQkFBb0IsS0FBOEM7QUFDaEYsU0FBTyxHQUFHLElBQUksSUFBSSxHQUFHLElBQUksVUFBVSxFQUFFLEdBQUcsSUFBSSxVQUFVLEtBQUs7QUFDN0Q7QUFHTyxJQUFNLG1CQUFtQjtBQU1oQyxTQUFTLFlBQVksS0FBa0I7QUFDckMsU0FBTyxHQUFHLElBQUksSUFBSTtBQUNwQjtBQVFPLFNBQVMsa0JBQ2QsU0FDQSxVQUM2QjtBQUM3QixRQUFNLGFBQTBDLENBQUM7QUFDakQsUUFBTUMsT0FBTSxDQUFDLEtBQWEsY0FBK0I7QUFDdkQsVUFBTSxPQUFRLHNDQUFvQixDQUFDO0FBQ25DLFFBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxhQUFhLEtBQUssVUFBVSxRQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsQ0FBQyxFQUFHLE1BQUssS0FBSyxTQUFTO0FBQUEsRUFDM0c7QUFDQSxhQUFXLE9BQU8sU0FBUztBQUN6QixJQUFBQSxLQUFJLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSSxHQUFHLE9BQU8sS0FBSyxTQUFTLE1BQU0sU0FBUyxVQUFVLENBQUM7QUFDdkYsSUFBQUEsS0FBSSxhQUFhLElBQUksT0FBTyxJQUFJLElBQUksR0FBRyxTQUFTLFNBQVMsV0FBVyxhQUFhLGdCQUFnQjtBQUFBLEVBQ25HO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxPQUFPLEtBQVUsTUFBZSxZQUErQjtBQUN0RSxNQUFJLFNBQVMsU0FBVSxRQUFPLFlBQVksR0FBRztBQUM3QyxRQUFNLFlBQVksb0JBQW9CLEdBQUc7QUFDekMsU0FBTyxTQUFTLFNBQVMsRUFBRSxXQUFXLGFBQWEsTUFBTSxnQkFBZ0IsV0FBVyxJQUFJO0FBQzFGO0FBTU8sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ2hEM0YsSUFBTSxlQUFzQyxDQUFDLFdBQVcsZ0JBQWdCO0FBUXhFLElBQU0sWUFBZ0MsQ0FBQyxRQUFRLFFBQVEsUUFBUTtBQTRCL0QsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxzQkFBc0I7QUFHbkMsSUFBTSxRQUEyQixVQUFVLHdDQUF3QyxDQUFDLFFBQVE7QUFDMUYsTUFBSSxDQUFDLGdCQUFnQixLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3ZDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxRQUFRLEtBQUssUUFBUSxJQUFJLFFBQVE7QUFDMUMsQ0FBQztBQUdELFNBQVMsUUFBUSxPQUFlLFdBQXNDO0FBQ3BFLFNBQU8sVUFBVSw4QkFBOEIsS0FBSyxLQUFLLFNBQVMsS0FBSyxDQUFDLFFBQVE7QUFDOUUsVUFBTSxRQUFRLGFBQWEsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDckQsV0FBTyxTQUFTLFNBQVMsU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQUEsRUFDMUQsQ0FBQztBQUNIO0FBR0EsSUFBTSxnQkFBZ0IsU0FBUyx5QkFBeUIsOENBQThDO0FBTS9GLFNBQVMsaUJBQWlCLEtBQVUsYUFBbUM7QUFDNUUsUUFBTSxRQUFRLFFBQVEsS0FBSyxjQUFjLGlCQUFpQixjQUFjO0FBQ3hFLFNBQU87QUFBQSxJQUNMLFNBQVMsUUFBUSxLQUFLLGVBQWUsTUFBTSxZQUFZLEdBQUcsU0FBUztBQUFBLElBQ25FLE1BQU0sUUFBUSxLQUFLLFlBQVksTUFBTSxTQUFTLEdBQUcsV0FBVztBQUFBLElBQzVEO0FBQUEsSUFDQSxPQUFPLFFBQVEsS0FBSyxjQUFjLFFBQVEsT0FBTyxZQUFZLEdBQUcsS0FBSyxJQUFJLGdCQUFnQixLQUFLLENBQUM7QUFBQSxJQUMvRixjQUFjLFFBQVEsS0FBSyxvQkFBb0IsT0FBTyxvQkFBb0I7QUFBQSxJQUMxRSxRQUFRLFFBQVEsS0FBSyxjQUFjLE9BQU8sb0JBQW9CO0FBQUEsSUFDOUQsWUFBWSxRQUFRLEtBQUssbUJBQW1CLFVBQVUsbUJBQW1CO0FBQUEsSUFDekUsU0FBUztBQUFBLE1BQ1AsS0FBSyxRQUFRLEtBQUssZUFBZSxLQUFLLHVCQUF1QjtBQUFBLE1BQzdELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxNQUNsRSxTQUFTLFFBQVEsS0FBSyxvQkFBb0IsZUFBZSxNQUFNO0FBQUEsTUFDL0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNGOzs7QUNuRkEsSUFBSTtBQU9HLFNBQVMsV0FDZEMsU0FDQSxVQUNtRDtBQUNuRCxRQUFNLFdBQVcsYUFBYSxDQUFDLFFBQVEsaUJBQWlCLEtBQUssU0FBUyxJQUFJLENBQUM7QUFDM0UsV0FBUyxFQUFFLFFBQUFBLFNBQVEsVUFBVSxTQUFTLFNBQVMsUUFBUTtBQUN2RCx1QkFBcUIsU0FBUyxLQUFLO0FBQ25DLFFBQU0sVUFBVSxhQUFhLEVBQUUsR0FBR0EsU0FBUSxTQUFTLFNBQVMsU0FBUyxLQUFLLFNBQVMsQ0FBQztBQUNwRixTQUFPLEVBQUUsWUFBWSxrQkFBa0IsU0FBUyxRQUFRLEdBQUcsbUJBQW1CLG9CQUFvQjtBQUNwRztBQUdPLFNBQVMsYUFBcUM7QUFDbkQsU0FBTztBQUNUOzs7QUM1Qk8sSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFHdkIsU0FBUyxpQkFBaUIsT0FBdUI7QUFDdEQsU0FBTyxLQUFLLElBQUksZ0JBQWdCLEtBQUssSUFBSSxnQkFBZ0IsdUJBQXVCLEtBQUssQ0FBQztBQUN4Rjs7O0FDaEJPLElBQU0sa0JBQWtCO0FBR3hCLElBQU0sZUFBZTtBQUc1QixJQUFNLG1CQUFtQixNQUFNLElBQUk7QUFnQm5DLElBQU0sY0FBYyxJQUFJLE9BQU8sSUFBSSxZQUFZLDJEQUEyRDtBQU9uRyxTQUFTLFFBQVEsU0FBaUIsUUFBZ0IsSUFBcUI7QUFDNUUsUUFBTSxRQUFRLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxHQUFJLEdBQUcsZ0JBQWdCO0FBQ2hFLFFBQU0sU0FBUyxHQUFHLFlBQVksSUFBSSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRTtBQUNoRyxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsS0FBTSxRQUFRLFFBQVEsUUFBUSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLFFBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUNsQyxRQUFNLFVBQVUsU0FBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsUUFBUSxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sRUFBRSxJQUFJLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsWUFBWSxRQUE4QjtBQUN4RCxNQUFJLEtBQUs7QUFDVCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUN2RSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsTUFBYyxPQUFlLEtBQXVCO0FBQzVFLFFBQU0sTUFBTSxhQUFhLElBQUk7QUFDN0IsTUFBSSxDQUFDLElBQUssUUFBTztBQUNqQixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksUUFBUTtBQUMzQztBQWlCTyxTQUFTLFlBQVksUUFBZ0IsTUFBYyxJQUFZLFdBQTJCO0FBQy9GLFFBQU0sT0FBTyxJQUFJLEdBQUcsU0FBUyxFQUFFLENBQUMsSUFBSSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzFELFFBQU0sT0FBTyxrQkFBa0IsT0FBTyxTQUFTLElBQUksS0FBSztBQUN4RCxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDcEUsU0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLFNBQVMsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLEdBQUcsSUFBSTtBQUN2RTtBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7QUFHTyxJQUFNLFlBQVk7QUFHbEIsSUFBTSxhQUFhOzs7QUMxRzFCLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ01WLFNBQVMsVUFBVSxPQUFlLFFBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUksT0FBTyxLQUFLLENBQUMsVUFBVSxVQUFVLENBQUMsR0FBRztBQUN2QyxhQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUFpQixRQUF3QjtBQUNuRSxTQUFPLE1BQU0sT0FBTyxJQUFJLE1BQU07QUFDaEM7QUFhTyxJQUFNLGtCQUFOLE1BQXNCO0FBQUEsRUFJM0IsWUFBNkIsUUFBcUI7QUFBckI7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLFdBQVU7QUFBQSxFQUVpQztBQUFBO0FBQUEsRUFHbkQsS0FBSyxXQUFpQztBQUNwQyxRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLFVBQVUsVUFBVSxJQUFJLEtBQUssTUFBTTtBQUFBLElBQzFDO0FBQ0EsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLFFBQVEsYUFBYSxZQUFZLEtBQUssU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN6RjtBQUNGO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsZUFBZSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBQy9GOzs7QURoREEsSUFBTSxTQUFTLElBQUksZ0JBQWdCLENBQUNDLFdBQVUsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQyxDQUFDO0FBTXpFLFNBQVMsT0FBVSxNQUFxQztBQUM3RCxRQUFNLFFBQVEsT0FBTyxLQUFLQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ3JELEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FFakJPLElBQU0sZ0JBQWdCOzs7QVhZdEIsSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUdwRyxJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBR08sU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxHQUFHLGlCQUFpQixXQUFXLEdBQUcsU0FBUyxTQUFTLGNBQWMsQ0FBQztBQUM1RTtBQWVPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUkxQixZQUNtQixTQUNqQixLQUNpQixVQUFtQixXQUNwQztBQUhpQjtBQUVBO0FBTm5CLHdCQUFpQjtBQUNqQix3QkFBaUIsV0FBVSxlQUFlO0FBT3hDLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sV0FBVyxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUMxRCxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDaEQ7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQyxRQUNKLEtBQUssWUFBWSxVQUFVLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUSxJQUFJLEVBQUUsTUFBTSxPQUFPLE1BQU07QUFDakYsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxXQUFPLE9BQU8sQ0FBQyxVQUFVO0FBQ3ZCLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUE7QUFBQSxRQUNBLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQ0QsVUFBSSxLQUFLLFlBQVksV0FBVztBQUM5QixjQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsY0FBTSxTQUFTLFdBQVcsZ0JBQWdCLE1BQU07QUFDaEQsdUJBQWUsRUFBRSxTQUFTLE1BQU0sU0FBUyxPQUFPLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxZQUFZLFFBQVEsVUFBVSxPQUFPLENBQUM7QUFBQSxNQUM3SDtBQUNBLGFBQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBWS9GQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNsQk8sSUFBTSxTQUE0QixVQUFVLHNEQUFzRCxDQUFDLFFBQVE7QUFDaEgsUUFBTSxRQUFRLHdCQUF3QixLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNoRSxTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR00sSUFBTSxRQUEyQixVQUFVLHFDQUFxQyxDQUFDLFFBQVE7QUFDOUYsUUFBTSxRQUFRLDJDQUEyQyxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRixTQUFPLFNBQVMsS0FBSyxTQUFTLElBQUksUUFBUTtBQUM1QyxDQUFDO0FBR00sU0FBUyxLQUFLLEtBQWdDO0FBQ25ELFNBQU8sVUFBVSw0QkFBNEIsR0FBRyxJQUFJLENBQUMsUUFBUTtBQUMzRCxVQUFNLFFBQVEsWUFBWSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNwRCxXQUFPLFNBQVMsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzlDLENBQUM7QUFDSDtBQUdPLElBQU0sZ0JBQWdCO0FBU3RCLFNBQVMsYUFBYSxLQUFVLFVBQTBEO0FBQy9GLFNBQU87QUFBQSxJQUNMLE1BQU0sUUFBYyxLQUFLLFFBQVEsTUFBTSxFQUFFLE1BQU0sU0FBUyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsSUFDOUUsUUFBUSxXQUFXLEtBQUssU0FBUyxNQUFNO0FBQUEsRUFDekM7QUFDRjtBQUdPLFNBQVMsV0FBVyxLQUFVLFVBQTBCO0FBQzdELFNBQU8sUUFBUSxLQUFLLFdBQVcsS0FBSyxhQUFhLEdBQUcsUUFBUTtBQUM5RDtBQUdPLFNBQVMsYUFBYSxLQUFVLFVBQWtCLFVBQTBCO0FBQ2pGLFNBQU8sUUFBUSxLQUFLLFVBQVUsVUFBVSxRQUFRO0FBQ2xEO0FBR08sSUFBTSxlQUFrQztBQUFBLEVBQVU7QUFBQSxFQUEyQyxDQUFDLFFBQ25HLGlCQUFpQixLQUFLLEdBQUcsS0FBSyxXQUFXLEdBQUcsTUFBTSxTQUFZLE1BQU07QUFDdEU7QUFHTyxTQUFTLFNBQVMsS0FBVSxVQUFrQixVQUEwQjtBQUM3RSxTQUFPLFFBQVEsS0FBSyxVQUFVLGNBQWMsUUFBUTtBQUN0RDs7O0FDMUNPLFNBQVMsV0FBVyxLQUFlO0FBQ3hDLFNBQU87QUFBQSxJQUNMLFdBQVcsUUFBUSxLQUFLLFlBQVksT0FBTyxHQUFHO0FBQUEsSUFDOUMsWUFBWSxRQUFRLEtBQUssbUJBQW1CLEtBQUssR0FBRyxHQUFHLENBQUM7QUFBQSxFQUMxRDtBQUNGO0FBT08sU0FBUyxZQUFZLEdBQVcsU0FBaUIsS0FBaUI7QUFDdkUsTUFBSSxJQUFJLElBQUksVUFBVyxRQUFPO0FBQzlCLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxXQUFXLElBQUksV0FBWSxRQUFPO0FBQ3RDLFNBQU8sSUFBSSxJQUFJLGFBQWEsSUFBSSxJQUFJLGFBQWEsSUFBSSxXQUFXO0FBQ2xFO0FBR08sU0FBUyxZQUFZLEdBQVcsUUFBbUM7QUFDeEUsU0FBTyxPQUFPLEtBQUssSUFBSSxPQUFPLFNBQVMsR0FBRyxLQUFLLE1BQU0sSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFFOzs7QUNyQ0EsT0FBT0MsV0FBVTtBQWVWLFNBQVMsYUFBYUMsU0FBNkI7QUFDeEQsU0FBT0QsTUFBSyxLQUFLLFFBQVEsTUFBTSxVQUFVQyxRQUFPO0FBQ2xEO0FBTU8sU0FBUyxTQUFTLEtBQStCO0FBQ3RELE1BQUksQ0FBQyxJQUFLLENBQUFELE1BQUssS0FBSyxNQUFNLHlIQUF5SDtBQUNuSixTQUFPO0FBQ1Q7OztBQzFCQSxTQUFTLGFBQWE7QUFDdEIsU0FBUyxlQUFlO0FBUXhCLElBQU0sZ0JBQWdCLElBQUksUUFBUSxjQUFjO0FBTXpDLFNBQVMsUUFBVyxPQUFVLE1BQTZDRSxPQUFrRDtBQUNsSSxNQUFJLE1BQU07QUFDVixhQUFXLENBQUMsTUFBTSxTQUFTLEtBQUssT0FBTyxRQUFRLElBQUksR0FBRztBQUNwRCxVQUFNLFNBQVMsTUFBTSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEdBQUcsVUFBVSxHQUFHQSxLQUFJO0FBQ3ZELGtCQUFjLElBQUksR0FBRyxFQUFFLEdBQUdBLE9BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3hELFVBQU0sT0FBTztBQUFBLEVBQ2Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ1RPLFNBQVMsU0FBUyxTQUFpQixLQUFZLFFBQTJCLFFBQW9CLGlCQUF5QjtBQUM1SCxRQUFNLFNBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELFFBQU0sTUFBTSxVQUFVLGtCQUFrQixJQUFJLFNBQVM7QUFDckQsTUFBSSxVQUFVO0FBQ2QsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxFQUFFLFVBQVUsTUFBTSxJQUFJLE9BQU8sS0FBSyxLQUFLO0FBQzdDLFFBQUksU0FBUyxXQUFXLEVBQUcsUUFBTyxRQUFRLFFBQVEsS0FBSyxtQkFBbUIsU0FBUyxLQUFLLEtBQUssS0FBSyxPQUFPO0FBQ3pHLFFBQUksQ0FBQyxPQUFPO0FBQ1YsY0FBUSxLQUFLLGVBQWUsS0FBSyxhQUFhLFNBQVMsTUFBTSxhQUFhLElBQUksTUFBTSxtQkFBbUI7QUFDdkc7QUFBQSxJQUNGO0FBQ0EsZUFBVyxRQUFRLE1BQU0sT0FBTyxDQUFDQyxTQUFRLFVBQVVBLE1BQUssS0FBSyxJQUFJLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFDekUsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJLE9BQU8sT0FBTyxPQUFPLElBQUk7QUFDbkQsVUFBSSxXQUFXLEVBQUcsUUFBTyxRQUFRLFdBQVcsS0FBSyxtQkFBbUIsS0FBSyxLQUFLLEtBQUssT0FBTztBQUMxRixVQUFJLFdBQVcsZ0JBQWdCLE9BQVE7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFVBQVUsRUFBRyxTQUFRLEtBQUssa0JBQWtCLE9BQU8sWUFBWSxNQUFNLGtCQUFrQixFQUFFLGlCQUFpQjtBQUM5RyxNQUFJLElBQUssU0FBUSxJQUFJLEdBQUcsVUFBVSxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsUUFBUSxRQUFnQixLQUFZLFNBQXlCO0FBQ3BFLFVBQVEsS0FBSyxxQ0FBcUMsTUFBTSxhQUFhLElBQUksTUFBTSxpRUFBaUU7QUFDaEosU0FBTztBQUNUOzs7QUNaTyxTQUFTLGFBQWFDLFNBQXFCLEtBQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsTUFBTSxNQUErQjtBQUNuQyxZQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3pCLDBCQUFXLElBQUksZUFBZUEsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRLEdBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0QsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELGtCQUFRLE1BQU0sRUFBRSxnQ0FBZ0MsQ0FBQ0UsWUFBV0EsUUFBTyxVQUFVLE9BQVUsR0FBRyxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFBQSxRQUNwSDtBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxjQUFjLEdBQUc7QUFHOUIsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsS0FBTSxTQUFRLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlGO0FBQUEsSUFDQSxNQUFNLEtBQWtCO0FBQ3RCLGVBQVNGLFFBQU8sU0FBUyxLQUFLQSxRQUFPLE1BQU07QUFBQSxJQUM3QztBQUFBLEVBQ0Y7QUFDRjs7O0FDMURBLE9BQU9HLFdBQVU7OztBQ3lCakIsSUFBTSxjQUFjLEVBQUUsY0FBYyxPQUFPLGlCQUFpQixPQUFPLGNBQWMsT0FBTyxrQkFBa0IsT0FBTyxhQUFhLE1BQU07QUFHN0gsSUFBTSxvQkFBb0I7QUFHakMsSUFBTSxhQUFhLEtBQUs7QUFFeEIsSUFBTSxVQUFrQyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksR0FBRyxHQUFHLEtBQU0sR0FBRyxLQUFRLEdBQUcsTUFBVyxHQUFHLE1BQVc7QUFHeEgsU0FBUyxhQUFhQyxPQUErQjtBQUMxRCxNQUFJLE9BQU9BLFVBQVMsU0FBVSxRQUFPQTtBQUNyQyxNQUFJLGdCQUFnQixLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPQSxLQUFJO0FBQ2xELE1BQUksQ0FBQywwQ0FBMEMsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBTztBQUN6RSxNQUFJLFFBQVE7QUFDWixhQUFXLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxLQUFLQSxNQUFLLFNBQVMscUNBQXFDLEVBQUcsVUFBUyxPQUFPLEtBQUssSUFBSSxRQUFRLElBQUk7QUFDM0gsU0FBTztBQUNUO0FBRUEsU0FBUyxHQUFHLE9BQWtDLFVBQTBCO0FBQ3RFLFFBQU0sU0FBUyxhQUFhLFNBQVMsUUFBUTtBQUM3QyxTQUFPLE9BQU8sU0FBUyxNQUFNLElBQUksU0FBUztBQUM1QztBQUdPLFNBQVMsY0FBYyxVQUFrQztBQUM5RCxRQUFNLGVBQWUsR0FBRyxTQUFTLGNBQWMsWUFBWSxZQUFZO0FBQ3ZFLFFBQU0sVUFBVSxTQUFTLFVBQVUsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxLQUFLLFVBQVUsTUFBTSxHQUFHLE1BQU0sVUFBVSxJQUFJLEdBQUcsQ0FBQztBQUMvRixVQUFRLFNBQVMsVUFBVTtBQUFBLElBQ3pCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxhQUFhLFlBQVksV0FBVyxJQUFJO0FBQUEsSUFDN0QsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLFVBQVUsSUFBSSxJQUFJO0FBQUEsSUFDdkMsS0FBSztBQUNILGFBQU8sU0FBUyxHQUFHLFNBQVMsa0JBQWtCLFlBQVksZ0JBQWdCLElBQUk7QUFBQSxJQUNoRixLQUFLO0FBQ0gsYUFBTyxTQUFTO0FBQUEsSUFDbEI7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBTU8sU0FBUyxVQUFVQyxVQUE0QjtBQUNwRCxRQUFNLFlBQVksT0FBTyxPQUFPQSxTQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQ3ZELFFBQU0sZUFBZSxVQUFVLFdBQVcsSUFDdEMsYUFDQSxLQUFLLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxhQUFhLEdBQUcsU0FBUyxXQUFXLElBQUksSUFBSSxjQUFjLFFBQVEsQ0FBQyxDQUFDO0FBQ25HLFNBQ0UsR0FBR0EsU0FBUSxjQUFjLFlBQVksWUFBWSxJQUFJLGVBQWUsR0FBR0EsU0FBUSxpQkFBaUIsWUFBWSxlQUFlLElBQUk7QUFFbkk7OztBQ2xGQSxPQUFPQyxXQUFvQztBQU9wQyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLFlBQVlDLFNBQXNGO0FBQ2hILFFBQU0sU0FBUyxZQUFZQSxRQUFPLE9BQU87QUFDekMsUUFBTSxVQUFVLE1BQU1BLFFBQU8sU0FBUyxlQUFlLEdBQUc7QUFDeEQsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxPQUFPLEdBQUc7QUFDN0MsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxPQUFPLElBQUk7QUFDNUQsTUFBSSxLQUFLLFVBQVUsSUFBSyxRQUFPO0FBQy9CLE1BQUksS0FBSyxXQUFXLE9BQU8sY0FBYyxLQUFLLFFBQVEsRUFBRSxNQUFNLFFBQVc7QUFDdkUsV0FBTyxHQUFHLE1BQU0sNkNBQTZDQSxRQUFPLFlBQVksVUFBVSxLQUFLLGFBQWEsT0FBTyxJQUFJLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxTQUFpQixTQUFpQixVQUEyQztBQUMxRixTQUFPO0FBQUEsSUFBTyxDQUFDLFVBQ2JDLE1BQUssSUFBSSxHQUFHLE9BQU8sSUFBSSxPQUFPLElBQUk7QUFBQSxNQUNoQyxTQUFTLEVBQUUsYUFBYSxNQUFNLFlBQVk7QUFBQSxNQUMxQyxNQUFNLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUN6QyxTQUFTLGVBQWU7QUFBQSxNQUN4QixjQUFjO0FBQUEsTUFDZCxrQkFBa0JBLE1BQUssaUJBQWlCLFFBQVE7QUFBQSxJQUNsRCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxXQUFXLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzlGLFFBQU0sT0FBTyxJQUFJLE9BQU87QUFDeEIsTUFBSSxTQUFTLGVBQWUsTUFBTTtBQUNoQyxXQUFPLEdBQUcsTUFBTSx1QkFBdUIsSUFBSSxXQUFXLGVBQWUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0EsUUFBTSxTQUFTLHFCQUFxQixLQUFLLFNBQVMsS0FBSyxJQUFJLHVCQUF1QixTQUFTO0FBQzNGLFNBQU8sR0FBRyxNQUFNLDJCQUEyQixJQUFJLFlBQVksTUFBTTtBQUNuRTtBQUdBLFNBQVMsT0FBTyxVQUEyQztBQUN6RCxRQUFNLFFBQVEsU0FBUyxRQUFRLElBQUksUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQzdELFNBQU8sR0FBRyxTQUFTLE1BQU0sSUFBSSxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsTUFBTSxJQUFJLENBQUM7QUFDaEc7OztBRjdDTyxTQUFTLFNBQVNDLFNBQTRCO0FBQ25ELFFBQU0sVUFBVSxZQUFZQSxPQUFNO0FBQ2xDLE1BQUksUUFBUyxDQUFBQyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3BDLFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLFVBQVVBLE1BQUssS0FBSyxPQUFvQixHQUFHLFlBQVksS0FBSyxNQUFNLENBQUM7QUFDcEcsUUFBTSxNQUFhLEVBQUUsUUFBUSxhQUFhRCxPQUFNLEdBQUcsUUFBUSxLQUFLLE9BQU87QUFDdkUsVUFBUSxJQUFJLEdBQUcsU0FBUyxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ3ZDLFdBQVNBLFFBQU8sU0FBUyxLQUFLQSxRQUFPLFFBQVEsT0FBTztBQUNwRCxTQUFPO0FBQ1Q7OztBR2hCTyxJQUFNLGNBQWM7QUFBQSxFQUN6QjtBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUNuRTtBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUN4Qzs7O0FDSE8sU0FBUyxZQUFZRSxTQUE4QjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsR0FBR0EsUUFBTyxNQUFNLFFBQVFBLFFBQU8sT0FBTztBQUFBLElBQzlDLFlBQVk7QUFBQSxJQUNaLFdBQVcsWUFBWUEsUUFBTyxRQUFRLGFBQWEsRUFBRTtBQUFBO0FBQUEsSUFFckQsdUJBQXVCO0FBQUEsSUFDdkIsY0FBYztBQUFBLElBQ2QsaUJBQWlCO0FBQUEsRUFDbkI7QUFDRjs7O0FDZ0JPLElBQU0sb0JBQXNELEVBQUUsTUFBTSxHQUFHLE1BQU0sSUFBSSxNQUFNLEtBQUs7QUFzQ25HLElBQU0sb0JBQW9CO0FBT25CLFNBQVMsT0FBTyxlQUF1QixRQUE2RDtBQUN6RyxRQUFNLFNBQVMsS0FBSyxLQUFLLGdCQUFnQixvQkFBb0IsQ0FBQztBQUM5RCxTQUFPLEVBQUUsaUJBQWlCLEtBQUssSUFBSSxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQyxHQUFHLE9BQU87QUFDMUU7QUFHTyxTQUFTLFVBQVVDLE9BQW9CO0FBQzVDLFNBQU9BLE1BQUssT0FBTyxrQkFBa0JBLE1BQUssUUFBUTtBQUNwRDs7O0FDNUVPLFNBQVMsVUFBVSxLQUEyQjtBQUNuRCxRQUFNLEVBQUUsTUFBQUMsT0FBTSxPQUFPLElBQUksYUFBYSxLQUFLLEVBQUUsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDO0FBQ3BFLFFBQU0sY0FBYyxRQUFRLEtBQUssZ0JBQWdCLFFBQVEsRUFBRTtBQUMzRCxRQUFNLE9BQU8sU0FBUyxLQUFLLGNBQWMsS0FBSztBQUM5QyxRQUFNLFlBQVksS0FBSyxNQUFNQSxNQUFLLE9BQU8sV0FBVztBQUNwRCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixXQUFXQSxNQUFLO0FBQUEsSUFDaEIsVUFBVUEsTUFBSztBQUFBLElBQ2YsUUFBUTtBQUFBLE1BQ04sRUFBRSxVQUFVLGFBQWEsS0FBSyxXQUFXLElBQUksR0FBRyxRQUFRQSxNQUFLLEtBQUs7QUFBQSxNQUNsRSxFQUFFLFVBQVUsTUFBTSxRQUFRLFVBQVU7QUFBQSxNQUNwQyxFQUFFLFVBQVUsYUFBYSxLQUFLLGtCQUFrQixJQUFJLEdBQUcsUUFBUSxVQUFVO0FBQUEsTUFDekUsRUFBRSxVQUFVLE1BQU0sUUFBUUEsTUFBSyxLQUFLO0FBQUEsTUFDcEMsRUFBRSxVQUFVLGFBQWEsS0FBSyxZQUFZLElBQUksR0FBRyxRQUFRQSxNQUFLLEtBQUs7QUFBQSxJQUNyRTtBQUFBLElBQ0EsR0FBRyxPQUFPLFVBQVVBLEtBQUksSUFBSSxhQUFhLE1BQU07QUFBQSxJQUMvQyxjQUFjO0FBQUEsRUFDaEI7QUFDRjs7O0FDZE8sU0FBUyxXQUFXLE1BQWUsV0FBeUIsVUFBa0IsT0FBNkI7QUFDaEgsTUFBSSxTQUFTLFFBQVE7QUFDbkIsVUFBTSxlQUFlLFVBQVUsR0FBRyxXQUFXLEdBQUcsSUFBSSxXQUFXLElBQUk7QUFDbkUsVUFBTUMsV0FBVSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksVUFBVSxRQUFRLElBQUksVUFBVTtBQUMvRSxXQUFPQSxXQUFVLElBQUksZUFBZUEsV0FBVSxlQUFlLElBQUksV0FBVztBQUFBLEVBQzlFO0FBQ0EsUUFBTSxVQUFVLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUNoRCxTQUFPLFlBQVksU0FBUyxFQUFFLENBQUMsSUFBSSxHQUFHLFNBQVMsR0FBRyxVQUFVLEtBQUssSUFBSTtBQUN2RTtBQUdPLFNBQVMsWUFBWSxPQUFvQixPQUF1QjtBQUNyRSxRQUFNLFNBQWtDO0FBQUEsSUFDdEMsQ0FBQyxPQUFPLENBQUM7QUFBQSxJQUNULENBQUMsT0FBTyxHQUFHO0FBQUEsSUFDWCxDQUFDLFNBQVMsR0FBRztBQUFBLElBQ2IsQ0FBQyxTQUFTLElBQUk7QUFBQSxJQUNkLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLE9BQU8sQ0FBQztBQUFBLEVBQ1gsRUFDRyxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sT0FBTyxNQUFNLElBQWMsTUFBTSxRQUFRLEVBQzVELElBQUksQ0FBQyxDQUFDLE1BQU0sSUFBSSxNQUFNLENBQUMsTUFBTSxJQUFjLEdBQUcsSUFBYyxDQUFDO0FBQ2hFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxNQUFJLFFBQVEsT0FBTyxDQUFDLEVBQUUsQ0FBQyxFQUFHLFFBQU8sSUFBSSxPQUFPLENBQUMsRUFBRSxDQUFDO0FBQ2hELFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsVUFBTSxDQUFDLFVBQVUsT0FBTyxJQUFJLE9BQU8sSUFBSSxDQUFDO0FBQ3hDLFVBQU0sQ0FBQyxXQUFXLFFBQVEsSUFBSSxPQUFPLENBQUM7QUFDdEMsUUFBSSxRQUFRLFdBQVc7QUFDckIsWUFBTSxPQUFPLGNBQWMsV0FBVyxVQUFVLFdBQVksUUFBUSxhQUFhLFlBQVksYUFBYyxXQUFXO0FBQ3RILGFBQU8sSUFBSTtBQUFBLElBQ2I7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQ3hDOzs7QUNsQ08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxhQUFhLE9BQWUsS0FBd0I7QUFDbEUsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxtQkFBbUIsSUFBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLGtCQUFrQjtBQUNoRztBQVFPLFNBQVMsV0FBVyxTQUEwQixZQUF3QixPQUFlLE9BQTBCO0FBQ3BILFFBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxVQUFVLE1BQU0sUUFBUSxTQUFTLE9BQU8sUUFBUSxTQUFTLEVBQUUsVUFBVTtBQUNsRyxRQUFNLE9BQU87QUFBQSxJQUNYLFlBQVk7QUFBQSxJQUNaLFNBQVMsQ0FBQyxVQUFVLFlBQVksS0FBSyxLQUFLLENBQUM7QUFBQSxJQUMzQyxPQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEVBQUUsRUFBRTtBQUFBLEVBQzFEO0FBQ0EsUUFBTSxRQUFRLG1CQUFtQixLQUFLLFVBQVUsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDO0FBQ25FLFNBQU8sR0FBRyxRQUFRLEdBQUcsa0NBQWtDLEtBQUs7QUFDOUQ7QUFFQSxTQUFTLFVBQVUsWUFBd0IsS0FBYSxPQUF3QztBQUM5RixVQUFRLFlBQVk7QUFBQSxJQUNsQixLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQUksR0FBRyxXQUFXLFdBQVcsT0FBTyxPQUFPLElBQUksV0FBVyxTQUFTO0FBQUEsSUFDdkgsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sUUFBUSxJQUFJLEdBQUcsV0FBVyxTQUFTLE1BQU0sTUFBTTtBQUFBLElBQzFGLEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLGNBQWMsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsRUFDM0c7QUFDRjtBQWFPLFNBQVMsU0FBUyxTQUEwQixRQUFnQixPQUF5QjtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTLDhCQUE4QixZQUFZLE9BQU8sS0FBSztBQUFBLElBQzFGLE1BQU0sV0FBVyxTQUFTLFFBQVEsa0JBQWtCLFlBQVksTUFBTSxLQUFLO0FBQUEsSUFDM0UsT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSwyREFBMkQsTUFBTTtBQUFBLE1BQ2pFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDcEVPLElBQU0saUJBQWlCO0FBRXZCLElBQU0sa0JBQWtCOzs7QUM4QnhCLFNBQVMsZ0JBQWdCLE1BQXFCLFNBQXlCLEtBQTRCO0FBQ3hHLFFBQU0sTUFBTSxJQUFJLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLElBQUksS0FBSyxNQUFNLGlCQUFpQixFQUFFLFlBQVk7QUFDckYsUUFBTSxRQUFRLGFBQWEsT0FBTyxHQUFHO0FBQ3JDLFFBQU0sT0FBTyxRQUFRLElBQUksQ0FBQyxRQUFRLFNBQVMsTUFBTSxLQUFLLElBQUksSUFBSSxTQUFTLEtBQUssQ0FBQztBQUM3RSxRQUFNLFNBQVMsQ0FBQyxRQUFnQixLQUFLLFFBQVEsR0FBRyxHQUFHLFVBQVUsQ0FBQztBQUM5RCxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVCxRQUFRLElBQUk7QUFBQSxJQUNaLFVBQVUsSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUksSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJO0FBQUEsSUFDYixRQUFRLEVBQUUsT0FBTyxJQUFJO0FBQUEsSUFDckIsUUFBUTtBQUFBLE1BQ04sVUFBVSxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQUEsTUFDdkMsWUFBWSxPQUFPLFlBQVksRUFBRSxTQUFTO0FBQUEsTUFDMUMsaUJBQWlCLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxNQUNoRCxjQUFjLE9BQU8sUUFBUSxFQUFFLFVBQVU7QUFBQSxNQUN6QyxjQUFjLE9BQU8sUUFBUSxFQUFFLFNBQVM7QUFBQSxJQUMxQztBQUFBLElBQ0EsTUFBTSxZQUFZLE1BQU0sT0FBTztBQUFBLElBQy9CO0FBQUEsSUFDQSxPQUFPLFNBQVMsSUFBSSxJQUFJLFNBQVMsSUFBSSxRQUFRLEtBQUs7QUFBQSxJQUNsRCxRQUFRLEtBQUssTUFBTSxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU07QUFBQSxFQUNwRDtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQXFCLEtBQVUsU0FBMEIsT0FBNkI7QUFDdEcsUUFBTSxNQUFNLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSTtBQUM3QyxRQUFNLFNBQVMsS0FBSyxRQUFRLEdBQUc7QUFDL0IsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDakYsUUFBTSxXQUFXLFVBQVUsSUFBSyxRQUFRLE9BQU8sSUFBSSxJQUFJLEtBQUssT0FBUTtBQUNwRSxRQUFNLFVBQVUsTUFBTSxTQUFTLFVBQVUsSUFBSSxXQUFXLFFBQVEsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUMzRixTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLGFBQWEsSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSTtBQUFBLElBQ1YsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLFdBQVcsSUFBSTtBQUFBLElBQ2Y7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsWUFBWSxZQUFZLGFBQWEsYUFBYSxPQUFPLE9BQU8sV0FBVyxJQUFJLE1BQU0sSUFBSSxXQUFXLFVBQVUsUUFBUSxNQUFNO0FBQUEsSUFDNUgsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUs7QUFBQSxNQUM5RCxNQUFNLFdBQVcsU0FBUyxRQUFRLElBQUksUUFBUSxPQUFPLEtBQUs7QUFBQSxNQUMxRCxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUksUUFBUSxRQUFRLEtBQUs7QUFBQSxJQUMvRDtBQUFBLElBQ0EsU0FBUyxJQUFJO0FBQUEsRUFDZjtBQUNGO0FBTUEsU0FBUyxNQUFNLFNBQWlCLFVBQXlCLFdBQXlCLE1BQW9DO0FBQ3BILE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLFNBQVM7QUFDL0MsU0FBTyxhQUFhLFFBQVEsTUFBTSxVQUFVLFNBQVMsSUFBSSxTQUFTO0FBQ3BFO0FBR08sU0FBUyxNQUFNLFVBQWtCLFdBQWtDO0FBQ3hFLFVBQVEsVUFBVSxJQUFJO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU8sV0FBVyxVQUFVO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sWUFBWSxVQUFVO0FBQUEsSUFDL0IsS0FBSztBQUNILGFBQU8sV0FBVyxVQUFVO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sWUFBWSxVQUFVO0FBQUEsRUFDakM7QUFDRjtBQUdBLFNBQVMsWUFBWSxNQUFxQixTQUE4QztBQXJIeEY7QUFzSEUsUUFBTSxPQUE0QixFQUFFLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQ3ZELGFBQVcsT0FBTyxRQUFTLFdBQUssSUFBSSxXQUFULFdBQW9CLElBQUksTUFBTSxJQUFJLElBQUk7QUFDakUsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLE1BQXFCQyxPQUFtQztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxXQUFtQixLQUFLLFFBQVEsYUFBYSxRQUFRQSxLQUFJLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDeEYsUUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFDOUMsUUFBTUMsWUFBVyxPQUFPLG1CQUFtQjtBQUMzQyxRQUFNLFVBQVUsQ0FBQyxVQUErQixXQUFXLEtBQUssVUFBVSxTQUFZLFFBQVE7QUFDOUYsU0FBTztBQUFBLElBQ0wsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxXQUFXLFFBQVEsT0FBTyxpQkFBaUIsRUFBRSxJQUFJO0FBQUEsSUFDakQsS0FBSyxRQUFRLE9BQU8sV0FBVyxFQUFFLElBQUk7QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFDRjs7O0FDdkdPLFNBQVMsWUFBWSxRQUFzQixPQUFPLGVBQXVCO0FBQzlFLFFBQU0sU0FBUyxPQUFPLElBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDbEYsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLEtBQUssVUFBVSxPQUFPLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDckUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHFCQUFxQixLQUFLLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVcsUUFBUSxJQUFJLENBQUM7QUFBQSxJQUNwSixHQUFHLE9BQU8sSUFBSSxXQUFXO0FBQUEsSUFDekI7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiO0FBUUEsU0FBUyxNQUFNLE9BQTJCO0FBQ3hDLFNBQU87QUFBQSxJQUNMLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFDbkIsVUFBVSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUU7QUFBQSxJQUMvQyxTQUFTLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxFQUFFLFlBQVksTUFBUyxFQUFFO0FBQUEsRUFDNUU7QUFDRjtBQUVBLFNBQVMsSUFBSSxHQUFXLEdBQW1CO0FBQ3pDLFNBQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxVQUFVLFNBQVMsRUFBRSxVQUFVLEVBQUUsUUFBUTtBQUN2RztBQUVBLFNBQVMsWUFBWSxPQUEyQjtBQUM5QyxRQUFNLFNBQVMsTUFBTSxLQUFLO0FBQzFCLFFBQU0sWUFBWSxNQUFNLFlBQVksZUFBZSxLQUFLLE1BQU0sU0FBUyxDQUFDLE1BQU07QUFDOUUsUUFBTUMsUUFBTyxzQkFBc0IsS0FBSyxNQUFNLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVcsUUFBUSxNQUFNLFFBQVEsQ0FBQyxDQUFDLElBQUksU0FBUztBQUNoTSxRQUFNLGFBQWEsT0FBTyxRQUFRLE1BQU0sY0FBYyxDQUFDLENBQUM7QUFDeEQsUUFBTSxnQkFBZ0IsV0FBVyxTQUM3QixDQUFDLG9CQUFvQixHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0seUJBQXlCLEtBQUssQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsS0FBSyxHQUFHLG1CQUFtQixJQUNqSSxDQUFDO0FBQ0wsU0FBTyxDQUFDQSxPQUFNLEdBQUcsZUFBZSxHQUFHLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRSxLQUFLLElBQUk7QUFDN0Y7QUFFQSxTQUFTLFdBQVcsVUFBNkI7QUFDL0MsUUFBTUEsUUFBTyx1QkFBdUIsS0FBSyxTQUFTLElBQUksQ0FBQyxnQkFBZ0IsS0FBSyxTQUFTLFNBQVMsQ0FBQyxXQUFXLFFBQVEsU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNySSxRQUFNLFdBQXFCLENBQUM7QUFDNUIsTUFBSSxTQUFTLFNBQVM7QUFDcEIsVUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLElBQUksU0FBUztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssT0FBTyxDQUFDLFdBQVcsS0FBSyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksQ0FBQyxZQUFZO0FBQUEsRUFDeEcsV0FBVyxTQUFTLFlBQVksUUFBVztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssU0FBUyxPQUFPLENBQUMsS0FBSztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxTQUFTLFVBQVcsVUFBUyxLQUFLLHFCQUFxQixLQUFLLFNBQVMsU0FBUyxDQUFDLGVBQWU7QUFDbEcsU0FBTyxTQUFTLFNBQVMsQ0FBQyxHQUFHQSxLQUFJLEtBQUssR0FBRyxVQUFVLGlCQUFpQixFQUFFLEtBQUssSUFBSSxJQUFJLEdBQUdBLEtBQUk7QUFDNUY7QUFFQSxTQUFTLFFBQVEsT0FBdUI7QUFDdEMsU0FBTyxPQUFPLFNBQVMsS0FBSyxJQUFJLE1BQU0sUUFBUSxDQUFDLElBQUk7QUFDckQ7QUFHQSxTQUFTLE1BQU0sT0FBdUI7QUFDcEMsU0FBTyxNQUFNLFFBQVEseURBQXlELEVBQUU7QUFDbEY7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxNQUFNLEtBQUssRUFBRSxRQUFRLE1BQU0sT0FBTyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkY7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxLQUFLLEtBQUssRUFBRSxRQUFRLE1BQU0sUUFBUSxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sTUFBTTtBQUNsSDs7O0FDekZPLElBQU0saUJBQW9ELEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxXQUFXLFVBQVU7QUFHN0csU0FBUyxPQUFPLEtBQXdCO0FBQzdDLFNBQU87QUFBQSxJQUNMLElBQUksSUFBSTtBQUFBLElBQ1IsV0FBVyxnQkFBZ0IsR0FBRztBQUFBLElBQzlCLFVBQVUsSUFBSSxhQUFhLE9BQU8sTUFBTSxZQUFZLEtBQUssSUFBSSxRQUFRO0FBQUEsSUFDckUsU0FBUyxlQUFlLElBQUksT0FBTztBQUFBLElBQ25DLFFBQVEsSUFBSSxlQUFlLE9BQU8sTUFBTSxZQUFZLElBQUksVUFBVTtBQUFBLEVBQ3BFO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQixLQUFrRTtBQUNoRyxRQUFNLEVBQUUsR0FBRyxJQUFJLElBQUk7QUFDbkIsUUFBTSxVQUFVLElBQUksU0FBUyxZQUFZLElBQUksVUFBVSxNQUFNLEdBQUcsSUFBSSxVQUFVLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSSxTQUFTLFdBQVcsV0FBVztBQUNoSSxTQUFPLEdBQUcsT0FBTyxJQUFJLEVBQUUsSUFBSSxZQUFZLEtBQUssSUFBSSxVQUFVLEtBQUssQ0FBQztBQUNsRTtBQUVBLFNBQVMsWUFBWSxLQUFtQyxPQUF1QjtBQUM3RSxTQUFPLElBQUksVUFBVSxTQUFTLE9BQU8sR0FBR0MsT0FBTSxPQUFPLENBQUMsQ0FBQyxRQUFRLFlBQVksS0FBSztBQUNsRjtBQUdPLFNBQVMsWUFBWUMsUUFBdUI7QUFDakQsTUFBSSxDQUFDLE9BQU8sU0FBU0EsTUFBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHRCxPQUFNQyxTQUFRLEtBQUssQ0FBQyxDQUFDO0FBQ2pDO0FBRUEsU0FBU0QsT0FBTSxPQUFlLFVBQTBCO0FBQ3RELFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxNQUFNLFFBQVE7QUFDbkU7QUFHTyxTQUFTLFdBQVcsU0FBaUM7QUFDMUQsU0FBTyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU07QUFDNUQ7QUFHTyxTQUFTLFNBQVMsU0FBNEI7QUFDbkQsUUFBTSxXQUFXLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTSxFQUFFO0FBQ3RFLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLFNBQVMsRUFBRTtBQUN2RSxNQUFJLFdBQVcsV0FBVyxFQUFHLFFBQU8sT0FBTyxRQUFRLEtBQUssTUFBTTtBQUM5RCxTQUFPLEdBQUcsV0FBVyxNQUFNLE9BQU8sUUFBUSxLQUFLLE1BQU0saUJBQWlCLFFBQVEsY0FBYyxNQUFNO0FBQ3BHO0FBR08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxlQUFlLEtBQXdCO0FBQ3JELFFBQU1FLE9BQU0sT0FBTyxHQUFHO0FBQ3RCLFNBQU8sSUFBSSxZQUFZLFlBQ25CLDhDQUE4Q0EsS0FBSSxTQUFTLDhCQUMzRCxZQUFZQSxLQUFJLFFBQVEsYUFBYUEsS0FBSSxTQUFTLHVCQUF1QkEsS0FBSSxNQUFNO0FBQ3pGOzs7QUM1RE8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLFNBQVMsTUFBTTtBQUNwQyxRQUFNLE1BQU07QUFBQSxJQUNWLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQUEsSUFDckY7QUFBQSxJQUNBLGFBQWEsUUFBUSxPQUFPLGNBQWMsUUFBUSxJQUFJLE9BQU8sUUFBUSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsUUFBUSxDQUFDLENBQUMsY0FBYyxRQUFRLE9BQU87QUFBQSxJQUMxSztBQUFBLElBQ0EsR0FBSSxRQUFRLGFBQWEsQ0FBQyxNQUFNLGlCQUFpQixPQUFPLFFBQVEsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDekY7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLFVBQVUsSUFBSSxFQUFFLElBQUksSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLLGVBQWUsR0FBRyxDQUFDLEtBQUssRUFBRTtBQUNsRixlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFVBQUksS0FBSyxjQUFjLFNBQVMsT0FBTyxPQUFPLFNBQVMsUUFBUSxPQUFPLFNBQVMsTUFBTSxLQUFLLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxLQUFLLFNBQVMsVUFBVSxRQUFRLFNBQVMsSUFBSSxFQUFFO0FBQUEsSUFDcEw7QUFDQSxRQUFJLEtBQUssaUJBQWlCLElBQUksTUFBTSxJQUFJLGdCQUFnQixJQUFJLE1BQU0sS0FBSyxzQkFBc0IsSUFBSSxNQUFNLEtBQUssS0FBSyxFQUFFO0FBQUEsRUFDckg7QUFDQSxNQUFJO0FBQUEsSUFDRix5QkFBeUIsUUFBUSxLQUFLLE1BQU07QUFBQSxJQUM1QztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFFBQVEsS0FBSyxJQUFJLE1BQU0sRUFBRSxJQUFJLENBQUNDLFNBQVEsT0FBT0EsS0FBSSxFQUFFLFFBQVEsS0FBS0EsS0FBSSxTQUFTLENBQUMsTUFBTSxLQUFLQSxLQUFJLFFBQVEsQ0FBQyxNQUFNQSxLQUFJLE9BQU8sTUFBTUEsS0FBSSxNQUFNLElBQUk7QUFBQSxJQUM5STtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxjQUFjLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUcsY0FBYyxRQUFRLE1BQU0sS0FBSyxjQUFjLFFBQVEsTUFBTSxJQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQy9KO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxTQUFTLEtBQUtDLE9BQXNCO0FBQ2xDLFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUs7QUFDbEM7OztBQ3BDTyxTQUFTLGNBQWMsU0FBZ0M7QUFDNUQsU0FBTztBQUFBLElBQ0wsTUFBTSxvQkFBb0IsUUFBUSxRQUFRLElBQUksUUFBUSxNQUFNO0FBQUEsSUFDNUQsV0FBVyxRQUFRLE9BQU87QUFBQSxJQUMxQixNQUFNLFFBQVEsT0FBTztBQUFBLElBQ3JCLFlBQVksRUFBRSxRQUFRLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQy9HLE9BQU8sUUFBUSxLQUFLLElBQUksQ0FBQyxRQUFRO0FBQy9CLFlBQU1DLE9BQU0sT0FBTyxHQUFHO0FBQ3RCLFlBQU0sVUFBVTtBQUFBLFFBQ2QsSUFBSTtBQUFBLFFBQ0osY0FBY0EsS0FBSSxTQUFTO0FBQUEsUUFDM0IsYUFBYUEsS0FBSSxRQUFRO0FBQUEsUUFDekIsWUFBWUEsS0FBSSxPQUFPO0FBQUEsUUFDdkIsc0JBQXNCQSxLQUFJLE1BQU07QUFBQSxRQUNoQyxZQUFZLElBQUksT0FBTztBQUFBLFFBQ3ZCLEdBQUcsSUFBSSxVQUFVLElBQUksQ0FBQyxNQUFNLFNBQVMsRUFBRSxPQUFPLEtBQUssRUFBRSxNQUFNLEtBQUssRUFBRSxLQUFLLFlBQVksRUFBRSxNQUFNLEtBQUssRUFBRSxVQUFVLFNBQVMsRUFBRSxRQUFRLEVBQUU7QUFBQSxRQUNqSSxTQUFTLElBQUksTUFBTSxJQUFJO0FBQUEsUUFDdkIsV0FBVyxJQUFJLE1BQU0sS0FBSztBQUFBLFFBQzFCLFFBQVEsSUFBSSxNQUFNLEtBQUs7QUFBQSxNQUN6QixFQUFFLEtBQUssSUFBSTtBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU0sSUFBSTtBQUFBLFFBQ1YsV0FBVyxtQkFBbUIsSUFBSSxJQUFJO0FBQUEsUUFDdEMsR0FBSSxJQUFJLFlBQVksU0FBUyxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUyxlQUFlLEdBQUcsR0FBRyxNQUFNLElBQUksU0FBUyxNQUFNLFFBQVEsRUFBRTtBQUFBLFFBQ2hILFdBQVc7QUFBQSxNQUNiO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUMzQk8sU0FBUyxXQUFXLFdBQW1CLE1BQXNCO0FBQ2xFLFNBQU8sR0FBRyxVQUFVLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJO0FBQ2pEO0FBR08sU0FBUyxZQUFZLFNBQW9CLFdBQTJDO0FBQ3pGLFNBQU87QUFBQSxJQUNMLENBQUMsV0FBVyxXQUFXLGNBQWMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUFBLElBQzVFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksQ0FBQyxjQUFjLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDMUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsZUFBZSxPQUFPO0FBQUEsRUFDOUQ7QUFDRjs7O0FDZEEsSUFBTSxVQUF5QztBQUFBLEVBQzdDLENBQUMsTUFBTSxLQUFLO0FBQUEsRUFDWixDQUFDLGFBQWEsV0FBVztBQUFBLEVBQ3pCLENBQUMsWUFBWSxVQUFVO0FBQUEsRUFDdkIsQ0FBQyxXQUFXLFNBQVM7QUFBQSxFQUNyQixDQUFDLFVBQVUsYUFBYTtBQUMxQjtBQU1PLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxLQUFLLElBQUksTUFBTTtBQUNwQyxRQUFNLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxLQUFLLElBQUksTUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLENBQUNDLFNBQVFBLEtBQUksR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzFHLFFBQU0sT0FBTyxDQUFDLFVBQW9CLEtBQUssTUFBTSxJQUFJLENBQUNDLE9BQU0sTUFBTUEsTUFBSyxPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFDM0csUUFBTSxNQUFNO0FBQUEsSUFDVixhQUFhLFFBQVEsTUFBTSxNQUFNLFNBQVMsT0FBTyxDQUFDLGFBQWEsUUFBUSxPQUFPLFVBQVUsUUFBUSxJQUFJO0FBQUEsSUFDcEc7QUFBQSxJQUNBLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN0QyxHQUFHLEtBQUssSUFBSSxDQUFDRCxTQUFRLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLE1BQU1BLEtBQUksR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzdEO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLE9BQU8sSUFBSSxFQUFFLEtBQUssSUFBSSxXQUFXLElBQUksT0FBTyxlQUFlLEdBQUcsQ0FBQyxFQUFFO0FBQzlFLGVBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBSSxLQUFLLGFBQWEsU0FBUyxPQUFPLEtBQUssU0FBUyxNQUFNLEtBQUssU0FBUyxLQUFLLFlBQVksU0FBUyxNQUFNLEtBQUssU0FBUyxVQUFVLFFBQVEsU0FBUyxJQUFJLEVBQUU7QUFDdkosVUFBSSxLQUFLLFNBQVMsU0FBUyxRQUFRLEVBQUU7QUFBQSxJQUN2QztBQUNBLFFBQUksS0FBSyxlQUFlLElBQUksTUFBTSxJQUFJLElBQUksZUFBZSxJQUFJLE1BQU0sS0FBSyxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssRUFBRTtBQUFBLEVBQzlHO0FBQ0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLGdCQUFnQixRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHO0FBQUEsSUFDNUQsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkMsZ0JBQWdCLFFBQVEsTUFBTSxJQUFJO0FBQUEsSUFDbEMsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLFdBQVksS0FBSSxLQUFLLEtBQUssaUJBQWlCLEtBQUssT0FBTyxRQUFRLFVBQVUsSUFBSSxFQUFFO0FBQzNGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7OztBQ2xDTyxTQUFTLGtCQUFrQixNQUE2QjtBQUM3RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEtBQUssU0FBUyxHQUFHLENBQUM7QUFDbkYsUUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLElBQUkscUJBQXFCLEVBQUU7QUFDeEMsTUFBSSxRQUFRO0FBQ1YsVUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLE9BQU8sU0FBUztBQUN0RCxRQUFJO0FBQUEsTUFDRixJQUFJLGdCQUFnQixHQUFHLEtBQUssRUFBRTtBQUFBLE1BQzlCLElBQUksb0JBQW9CLEdBQUdFLFNBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sVUFBVSxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDNUYsSUFBSSxpQkFBaUIsR0FBR0EsU0FBUSxLQUFLLE9BQU8sUUFBUSxFQUFFLENBQUMsSUFBSSxPQUFPLFNBQVMsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzlGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsT0FBTyxPQUFPLEtBQUssWUFBWTtBQUN6QyxVQUFNLGFBQWEsUUFBUSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLFFBQUksV0FBVyxXQUFXLEVBQUc7QUFDN0IsUUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sYUFBYSxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNyRztBQUNBLE1BQUksS0FBSyxrQkFBa0IsS0FBSyxNQUFNLG9CQUFvQixLQUFNLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUNqRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsSUFBTSxxQkFBcUIsQ0FBQyxzQkFBc0IsY0FBYyxPQUFPLFdBQVcsb0JBQW9CO0FBQ3RHLElBQU0sbUJBQW1CLENBQUMsaUJBQWlCLFdBQVc7QUFFdEQsSUFBTSxhQUF5RDtBQUFBLEVBQzdELENBQUMsUUFBUSxDQUFDLFNBQVMsS0FBSyxXQUFXLE9BQU8sQ0FBQztBQUFBLEVBQzNDLENBQUMsYUFBYSxDQUFDLFNBQVMsbUJBQW1CLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDekQsQ0FBQyxXQUFXLENBQUMsU0FBUyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNyRCxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLG1CQUFtQixTQUFTLElBQUksS0FBSyxDQUFDLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUMxSDtBQUVBLFNBQVMsSUFBSSxNQUFjLE9BQXVCO0FBQ2hELFNBQU8sT0FBTyxHQUFHLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLEtBQUssS0FBSztBQUNuRDtBQUVBLFNBQVMsYUFBYSxRQUFpQztBQUNyRCxRQUFNLElBQUksT0FBTztBQUNqQixVQUFRLE9BQU8sTUFBTTtBQUFBLElBQ25CLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN6RixLQUFLLFFBQVE7QUFDWCxZQUFNLFNBQVMsRUFBRSxVQUFVLE1BQU0sRUFBRSxTQUFTO0FBQzVDLGFBQU8sR0FBR0EsU0FBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsV0FBVyxLQUFLO0FBQUEsSUFDakU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDdkksS0FBSztBQUNILGFBQU8sQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxPQUFPLEVBQzFELE9BQU8sQ0FBQyxTQUFTLEVBQUUsSUFBSSxNQUFNLE1BQVMsRUFDdEMsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQyxFQUFFLEVBQzNELEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxPQUFlLFVBQTBCO0FBQ3ZELE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQyxNQUFNLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDO0FBQ2xJLE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3BJLFNBQU8sS0FBSyxLQUFLO0FBQ25CO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRztBQUM3QztBQUVBLFNBQVNBLFNBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sSUFBSUEsU0FBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUNsRE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLElBQUksSUFBSTtBQUN4QixRQUFNLFVBQVUsYUFBYSxFQUFFLFFBQVFBLFFBQU8sUUFBUSxjQUFjQSxRQUFPLGNBQWMsUUFBUUEsUUFBTyxRQUFRLFNBQVMsTUFBTSxTQUFTLElBQUksQ0FBQztBQUM3SSxRQUFNLFVBQVUsZ0JBQWdCLE1BQU0sU0FBUyxFQUFFLFFBQVFBLFFBQU8sUUFBUSxVQUFVQSxRQUFPLFVBQVUsU0FBU0EsUUFBTyxTQUFTLEtBQUssTUFBTSxLQUFLLElBQUksQ0FBQztBQUNqSixTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQ3JDQSxJQUFNLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTTtBQVExQixTQUFTLGVBQWUsS0FBeUI7QUFDdEQsUUFBTSxLQUFLLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixLQUFLLEVBQUUsWUFBWSxLQUFLLEVBQUU7QUFDNUUsUUFBTSxRQUFRLElBQUkseUJBQXlCLEtBQUssS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU07QUFDN0YsU0FBTyxNQUFNLFNBQVMsS0FBSyxPQUFPO0FBQ3BDOzs7QUNQTyxTQUFTLGNBQWMsTUFBd0U7QUFHcEcsTUFBSSxLQUFLLGVBQWUsVUFBYSxLQUFLLFFBQVEsZUFBZSxPQUFXLFFBQU8sQ0FBQztBQUNwRixRQUFNLE9BQU8sV0FBVztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxxRkFBcUY7QUFHaEgsUUFBTUMsVUFBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLFFBQVEsYUFBYSxLQUFLLE1BQU0sRUFBRTtBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsU0FBUyxLQUFLO0FBQUEsSUFDZCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsWUFBWSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsRUFDeEMsQ0FBQztBQUNIOzs7QUNYQSxJQUFNLFNBQVMsV0FBVyxPQUFPO0FBRzFCLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVcsRUFBRSxPQUFPLGFBQWEsU0FBUyxFQUFFO0FBQUEsRUFDNUMsR0FBRyxXQUFXLFFBQVEsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUMxQztBQUVBLElBQU0sVUFBVSxhQUFhLFFBQVEsYUFBYSxVQUFVLENBQUM7QUFHdEQsU0FBUyxRQUFlO0FBQzdCLFNBQU8sU0FBUyxNQUFNO0FBQ3hCO0FBR2UsU0FBUixjQUFrQixLQUFrQjtBQUN6QyxVQUFRLE1BQU0sR0FBRztBQUNuQjtBQUdPLFNBQVMsU0FBUyxLQUFrQjtBQUN6QyxVQUFRLE1BQU0sR0FBRztBQUNuQjsiLAogICJuYW1lcyI6IFsidGV4dCIsICJtcyIsICJjb25maWciLCAibXMiLCAibXMiLCAic2hhcmUiLCAidGFncyIsICJhZGQiLCAiY29uZmlnIiwgInJvdyIsICJleGVjIiwgImNvdW50IiwgImV4ZWMiLCAidGFncyIsICJleGVjIiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAidGFncyIsICJyb3ciLCAiY29uZmlnIiwgInJvdyIsICJhbnN3ZXIiLCAiZXhlYyIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAiaHR0cCIsICJjb25maWciLCAiaHR0cCIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAicmF0ZSIsICJyYXRlIiwgImFsbG93ZWQiLCAidGFncyIsICJkdXJhdGlvbiIsICJvcGVuIiwgInJvdW5kIiwgInNoYXJlIiwgInJvdyIsICJyb3ciLCAidGV4dCIsICJyb3ciLCAicm93IiwgImNlbGwiLCAicGVyY2VudCIsICJzaGFyZSIsICJjb25maWciLCAiY29uZmlnIl0KfQo=
