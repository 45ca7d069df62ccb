// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// lib/client.ts
import http from "k6/http";

// thresholds/k6.ts
import exec2 from "k6/execution";

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
function defaultTestId(scenario, now, random2) {
  const time = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += Math.floor(random2() * 36).toString(36);
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
var GATEWAY_STATUSES = [502, 503, 504];
function reachedServer(status, poweredBy) {
  if (status === 0) return false;
  return !GATEWAY_STATUSES.includes(status) || poweredBy === "Express";
}
var RUN_LINES_PER_KEY = 10;
function budgetKeys(outcome, latencyObjectivesMs2) {
  const group = `${outcome.method} /${outcome.beast}${outcome.reached ? "" : " unreached"}`;
  const keys = [];
  if (outcome.failed) keys.push(`availability ${group}`);
  for (const ms2 of latencyObjectivesMs2) if (outcome.durationMs >= ms2) keys.push(`latency>=${ms2} ${group}`);
  if (outcome.checkFailed) keys.push(`checks ${group}`);
  return keys;
}
var ExemplarRecorder = class {
  constructor(latencyObjectivesMs2, vus, print) {
    __publicField(this, "latencyObjectivesMs", latencyObjectivesMs2);
    __publicField(this, "vus", vus);
    __publicField(this, "print", print);
    __publicField(this, "spent", /* @__PURE__ */ new Map());
  }
  /** Prints the request as an exemplar if it offends an SLO whose budget in this VU has room. */
  record(outcome) {
    const keys = budgetKeys(outcome, this.latencyObjectivesMs());
    if (keys.length === 0) return false;
    const quota = outcome.reached ? Math.max(1, Math.ceil(RUN_LINES_PER_KEY / Math.max(1, this.vus()))) : 1;
    const open2 = keys.filter((key) => (this.spent.get(key) ?? 0) < quota);
    if (open2.length === 0) return false;
    for (const key of open2) this.spent.set(key, (this.spent.get(key) ?? 0) + 1);
    this.print(formatExemplarLine(outcome));
    return true;
  }
};
function formatExemplarLine(outcome) {
  const line = {
    traceId: outcome.traceId,
    journey: outcome.journey,
    beast: outcome.beast,
    method: outcome.method,
    name: outcome.name,
    status: outcome.status,
    reached: outcome.reached,
    checkFailed: outcome.checkFailed === true,
    durationMs: Math.round(outcome.durationMs * 1e3) / 1e3,
    time: new Date(outcome.sentAt).toISOString()
  };
  return `${EXEMPLAR_PREFIX}${JSON.stringify(line)}`;
}
var latencyObjectivesMs = [];
var vusInRun = () => 1;
function setExemplarPlan(objectivesMs, vus) {
  latencyObjectivesMs = [...new Set(objectivesMs)];
  vusInRun = vus;
}
var recorder = new ExemplarRecorder(
  () => latencyObjectivesMs,
  () => vusInRun(),
  (line) => console.debug(line)
);
function recordExemplar(outcome) {
  recorder.record(outcome);
}

// lib/contract.ts
var EXPECTED_STATUS = { GET: 200, POST: 201, DELETE: 204 };

// lib/tracing/traceparent.ts
function randomHex(bytes, random2) {
  for (; ; ) {
    const values = random2(bytes);
    if (values.some((value) => value !== 0)) {
      return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
    }
  }
}
function traceparent(traceId, spanId) {
  return `00-${traceId}-${spanId}-01`;
}
var METHOD_DIGIT = { GET: "1", POST: "2", DELETE: "3" };
function runTraceTag(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
function traceIdPrefix(testid, method) {
  return `${runTraceTag(testid)}${method !== void 0 && METHOD_DIGIT[method] || "0"}`;
}
var RequestTracer = class {
  constructor(testid, random2) {
    __publicField(this, "testid", testid);
    __publicField(this, "random", random2);
  }
  /** The ids of a new trace for one `method` request (undefined: a request no SLO judges). */
  next(method) {
    const traceId = `${traceIdPrefix(this.testid, method)}${randomHex(12, this.random).slice(1)}`;
    const spanId = randomHex(8, this.random);
    return { traceId, spanId, traceparent: traceparent(traceId, spanId) };
  }
};
var JourneyIds = class {
  constructor(random2) {
    __publicField(this, "random", random2);
    __publicField(this, "iteration", Number.NaN);
    __publicField(this, "id", "");
  }
  /** The journey id of `iteration`. */
  of(iteration) {
    if (iteration !== this.iteration) {
      this.iteration = iteration;
      this.id = randomHex(6, this.random);
    }
    return this.id;
  }
};
function userAgent(testid, version, sender = void 0) {
  const role = sender === void 0 ? "" : sender === "sweep" ? "; sweep" : `; journey=${sender.journey}`;
  return `mythical-k6/${version} (testid=${testid}${role})`;
}
function loadMarkers(testid, version) {
  return { baggage: `testid=${testid}`, userAgent: userAgent(testid, version) };
}

// thresholds/queries.ts
var SERVICE_NAME = "mythical-server";
function sloQueries(kind, quantile, thresholdMs, scope) {
  const condition = kind === "availability" ? `span.http.status_code != ${EXPECTED_STATUS[scope.method]}` : kind === "latency" ? `duration >= ${thresholdMs}ms` : void 0;
  const traceql = spanSelector(scope, condition);
  const logql = logSelector(scope, kind === "availability" ? "error" : "any");
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
function journeyAgentPattern(testid) {
  return `.*[(]testid=${testid.replaceAll(".", "[.]")}; journey=.*`;
}
function spanSelector(scope, condition) {
  const terms = [
    `resource.service.name = "${SERVICE_NAME}"`,
    "kind = server",
    `span.http.method = "${scope.method}"`,
    `span.http.target = "/${scope.beast}"`,
    `span.http.user_agent =~ "${journeyAgentPattern(scope.testid)}"`,
    ...condition ? [condition] : []
  ];
  return `{ ${terms.join(" && ")} }`;
}
function logSelector(scope, lines) {
  const level = lines === "error" ? ', level="error"' : "";
  return `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level}} |= "traceID=${traceIdPrefix(scope.testid, scope.method)}"`;
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
  const catalog = buildCatalog({ ...config2, methods: defaults.methods, slo: settings });
  const latencyMs = catalog.filter((slo) => slo.kind === "latency").map((slo) => slo.objective.value);
  setExemplarPlan(latencyMs, () => exec2.instance.vusInitialized);
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
function randomRunId(random2) {
  let id = "";
  for (let i = 0; i < 6; i++) id += Math.floor(random2() * 36).toString(36);
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
import exec3 from "k6/execution";
var random = (count2) => new Uint8Array(randomBytes(count2));
var journeys = new JourneyIds(random);
var tracer;
function currentJourney() {
  return journeys.of(exec3.vu.iterationInInstance);
}
function traced(testid, method, send) {
  tracer ?? (tracer = new RequestTracer(testid, random));
  const trace = tracer.next(method);
  exec3.vu.metrics.metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete exec3.vu.metrics.metadata.trace_id;
  }
}

// lib/version.ts
var SUITE_VERSION = "0.1.0";

// lib/client.ts
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
    __publicField(this, "run", run);
    __publicField(this, "purpose", purpose);
    __publicField(this, "baggage");
    __publicField(this, "timeout", requestTimeout());
    __publicField(this, "journey", "");
    __publicField(this, "journeyAgent", "");
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }
  /** `GET /{beast}`: every row of that beast; the only request whose body is read. */
  list(beast) {
    const { response, outcome } = this.send("GET", beast, void 0, "text");
    const names = response.status === EXPECTED_STATUS.GET && response.body ? parseNameList(response.body) : void 0;
    return { response, names, outcome };
  }
  /** `POST /{beast}` with `{"name": name}`: 201 when stored. */
  create(beast, name) {
    return this.send("POST", beast, name, "none").response;
  }
  /** `DELETE /{beast}` with `{"name": name}`: 204, also when the name is not there. */
  remove(beast, name) {
    return this.send("DELETE", beast, name, "none").response;
  }
  /** The User-Agent of this request: the journey's (built once per iteration) or the sweep's. */
  agent() {
    if (this.purpose === "sweep") return userAgent(this.run.testid, SUITE_VERSION, "sweep");
    const journey = currentJourney();
    if (journey !== this.journey) {
      this.journey = journey;
      this.journeyAgent = userAgent(this.run.testid, SUITE_VERSION, { journey });
    }
    return this.journeyAgent;
  }
  send(method, beast, name, responseType) {
    const route = `/${beast}`;
    const judged2 = this.purpose === "journey";
    const tags2 = judged2 ? { name: route, beast } : { name: route, op: "sweep" };
    const body = name === void 0 ? null : JSON.stringify({ name });
    const agent = this.agent();
    return traced(this.run.testid, judged2 ? method : void 0, (trace) => {
      const sentAt = Date.now();
      const response = http.request(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          "User-Agent": agent,
          ...body === null ? {} : { "Content-Type": "application/json" }
        },
        tags: tags2,
        timeout: this.timeout,
        responseType,
        responseCallback: EXPECTED[method]
      });
      if (!judged2) return { response, outcome: void 0 };
      const { status, timings } = response;
      const failed = status !== EXPECTED_STATUS[method];
      const outcome = {
        traceId: trace.traceId,
        journey: this.journey,
        beast,
        method,
        name: route,
        status,
        failed,
        reached: !failed || reachedServer(status, response.headers["X-Powered-By"]),
        durationMs: timings.duration,
        sentAt
      };
      recordExemplar(outcome);
      return { response, outcome };
    });
  }
};

// lib/data/names.ts
import { SharedArray } from "k6/data";
import exec4 from "k6/execution";
var slugs = new SharedArray("mythical-k6 names", () => JSON.parse(open("./data/names.json")));
function iterationName(run) {
  const vu = exec4.vu.idInTest;
  const iteration = exec4.vu.iterationInInstance;
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

// lib/journeys/check-list.ts
function checkList(list, beast, sets) {
  const passed = checked(list, sets, { beast, method: "GET" });
  if (!passed && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
  return passed;
}

// lib/journeys/crud.ts
function createWithRetry(client2, beast, name) {
  const first = client2.create(beast, name);
  if (first.status === 500) return client2.create(beast, name).status === EXPECTED_STATUS.POST;
  return first.status === EXPECTED_STATUS.POST;
}
function crudJourney(client2, beast, name) {
  if (!createWithRetry(client2, beast, name)) return;
  checkList(client2.list(beast), beast, { "GET lists the new name": (list) => list.names?.includes(name) === true });
  if (client2.remove(beast, name).status !== EXPECTED_STATUS.DELETE) return;
  checkList(client2.list(beast), beast, { "GET no longer lists it": (list) => list.names !== void 0 && !list.names.includes(name) });
}

// lib/journeys/start.ts
import exec6 from "k6/execution";

// lib/run-id.ts
import exec5 from "k6/execution";
function agreedTestid(config2) {
  return exec5.test.options.tags?.testid ?? config2.testid;
}
function setupRun(run) {
  if (!run) exec5.test.abort("setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup");
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
  const testid = agreedTestid(config2);
  const unknown = probe(config2.baseUrl, testid, PROBE_SEGMENT, 404);
  const expectedText = `${PROBE_SEGMENT} is not a valid endpoint`;
  if (unknown.status === 0) return unanswered(target, PROBE_SEGMENT, unknown);
  if (unknown.status !== 404 || (unknown.body ?? "").trim() !== expectedText) {
    return `${target} is not the Mythical API: GET /${PROBE_SEGMENT} answered ${answer(unknown)}; expected 404 "${expectedText}"`;
  }
  const beast = config2.beasts[0];
  const list = probe(config2.baseUrl, testid, beast, 200);
  if (list.status === 0) return unanswered(target, beast, list);
  if (list.status >= 500) return void 0;
  if (list.status !== 200 || parseNameList(list.body ?? "") === void 0) {
    return `${target} is not the Mythical API of ENDPOINT_TYPE=${config2.endpointType}: GET /${beast} answered ${answer(list)}; expected 200 and a JSON array of names`;
  }
  return void 0;
}
function probe(baseUrl, testid, segment, expected) {
  return traced(
    testid,
    void 0,
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
  if (problem) exec6.test.abort(problem);
  const rows = runRows(Date.now(), runLifeMs(exec6.test.options), randomRunId(Math.random));
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
  const text2 = datasource === "tempo" ? { queryType: "traceql", query } : { expr: query };
  const pane = { datasource: uid, queries: [{ refId: "A", datasource: { uid }, ...text2 }], range: { from: String(range.from), to: String(range.to) } };
  return `${grafana.url}/explore?schemaVersion=1&panes=${escapeQueryValue(JSON.stringify({ a: pane }))}&orgId=1`;
}
function escapeQueryValue(value) {
  return encodeURIComponent(value).replace(/%(2C|3A|40|2F|24)/g, (escaped) => decodeURIComponent(escaped));
}
function runLinks(grafana, testid, range) {
  return {
    tempo: exploreUrl(
      grafana,
      "tempo",
      `{ resource.service.name = "${SERVICE_NAME}" && kind = server && span.http.user_agent =~ "${journeyAgentPattern(testid)}" }`,
      range
    ),
    loki: exploreUrl(grafana, "loki", `{service_name="${SERVICE_NAME}"} |= "traceID=${runTraceTag(testid)}"`, range),
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
function describeExemplar(exemplar) {
  const { method, beast, status, durationMs: durationMs2, time, journey } = exemplar;
  const detail = `${method} /${beast}  status ${status}  ${durationMs2} ms  ${time}  journey=${journey}`;
  if (exemplar.reached) return { head: `trace ${exemplar.traceId}`, detail };
  const why = status === 0 ? "no response" : `a ${status} without the server's X-Powered-By: Express`;
  return { head: `no trace: never reached the server (${why})`, detail };
}
function exemplarLines(exemplar) {
  const { head, detail } = describeExemplar(exemplar);
  return [`    ${head}  ${detail}`, ...exemplar.traceUrl ? [`      ${exemplar.traceUrl}`] : []];
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
      const { head, detail } = describeExemplar(exemplar);
      out.push(`- ${exemplar.traceUrl ? `[${head}](${exemplar.traceUrl})` : head} — ${detail}`);
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
        ...slo.exemplars.map((e) => {
          const { head, detail } = describeExemplar(e);
          return `${head} (${detail})${e.traceUrl ? `: ${e.traceUrl}` : ""}`;
        }),
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
    for (const exemplar of slo.exemplars) out.push(...exemplarLines(exemplar));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NsaWVudC50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL2xpYi9jb25maWcvazYudHMiLCAiLi4vbGliL2NvbmZpZy9lcnJvci50cyIsICIuLi9saWIvYmVhc3RzLnRzIiwgIi4uL2xpYi9jb25maWcvc2NlbmFyaW9zLnRzIiwgIi4uL2xpYi9jb25maWcvdmFsaWRhdG9ycy50cyIsICIuLi9saWIvY29uZmlnL3BhcnNlLnRzIiwgIi4uL2xpYi9jb25maWcvcmVwb3J0LWRpci50cyIsICIuLi9saWIvY29uZmlnL3VybC1jcmVkZW50aWFscy50cyIsICIuLi9saWIvZXhlbXBsYXJzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL2xpYi9yZXF1ZXN0LXRpbWVvdXQudHMiLCAiLi4vbGliL25hbWVzLnRzIiwgIi4uL2xpYi90cmFjaW5nL2s2LnRzIiwgIi4uL2xpYi92ZXJzaW9uLnRzIiwgIi4uL2xpYi9kYXRhL25hbWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jaGVjay1saXN0LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jcnVkLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zdGFydC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL2xpYi9ydW4tbGlmZS50cyIsICIuLi9saWIvam91cm5leXMvcHJvYmUudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi90aHJlc2hvbGRzL2J1ZGdldC50cyIsICIuLi90aHJlc2hvbGRzL2xpbmtzLnRzIiwgIi4uL3RocmVzaG9sZHMvc3VtbWFyeS1zY2hlbWEudHMiLCAiLi4vdGhyZXNob2xkcy9ldmFsdWF0ZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9mb3JtYXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvc2xvLWp1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2ZpbGVzLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RhYmxlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RleHQtc3VtbWFyeS50cyIsICIuLi90aHJlc2hvbGRzL2VuZC1vZi10ZXN0LnRzIiwgIi4uL2xpYi93ZWItZGFzaGJvYXJkLnRzIiwgIi4uL2xpYi9zdW1tYXJ5LnRzIiwgIi4uL3NjZW5hcmlvcy9zbW9rZS50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQUFBLE9BQU8sVUFBdUQ7OztBQ0E5RCxPQUFPQSxXQUFVOzs7QUNBakIsT0FBTyxVQUFVOzs7QUNLVixJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBSXJDLFlBQVksVUFBa0IsT0FBZSxVQUFrQjtBQUM3RCxVQUFNLEdBQUcsUUFBUSxJQUFJLFVBQVUsS0FBSyxDQUFDLDJCQUEyQixRQUFRLEVBQUU7QUFINUU7QUFBQSx3QkFBUztBQUlQLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsT0FBdUI7QUFDeEMsUUFBTSxXQUFXLE1BQU0sUUFBUSw2QkFBNkIsUUFBUTtBQUNwRSxTQUFPLGlCQUFpQixLQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssVUFBVSxRQUFRO0FBQzdFOzs7QUNoQk8sSUFBTSxZQUFZO0FBQUEsRUFDdkIsU0FBUyxDQUFDLFdBQVcsYUFBYSxZQUFZLFdBQVcsVUFBVTtBQUFBLEVBQ25FLFFBQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsV0FBVztBQUN2RTtBQU1PLElBQU0saUJBQWlCLE9BQU8sS0FBSyxTQUFTOzs7QUNMNUMsSUFBTSxpQkFBZ0U7QUFBQSxFQUMzRSxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDM0IsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFlBQVksQ0FBQztBQUNmOzs7QUNBTyxTQUFTLFVBQWEsU0FBaUIsT0FBcUQ7QUFDakcsUUFBTSxXQUFXLENBQUMsS0FBYSxhQUF3QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxZQUFZLFVBQVUsS0FBSyxPQUFPO0FBQ3JFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxPQUFPLE9BQU8sVUFBVSxFQUFFLFFBQVEsQ0FBQztBQUM1QztBQU1PLFNBQVMsUUFBVyxLQUFVLFVBQWtCLFVBQXdCLFVBQWdCO0FBQzdGLFFBQU0sTUFBTSxJQUFJLFFBQVE7QUFDeEIsU0FBTyxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsUUFBUTtBQUMxRjtBQUdPLFNBQVMsZ0JBQW1CLEtBQVUsVUFBa0IsVUFBdUM7QUFDcEcsU0FBTyxRQUF1QixLQUFLLFVBQVUsVUFBVSxNQUFTO0FBQ2xFO0FBRUEsSUFBTSxXQUFXO0FBR1YsSUFBTSxNQUF5QixVQUFVLGdEQUFnRCxDQUFDLFFBQVE7QUFDdkcsUUFBTSxRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQy9CLE1BQUksQ0FBQyxTQUFVLE1BQU0sQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLE1BQVEsUUFBTztBQUMzRSxTQUFPLElBQUksUUFBUSxRQUFRLEVBQUU7QUFDL0IsQ0FBQztBQUdNLElBQU0sa0JBQXFDLFVBQVUsdUNBQXVDLENBQUMsUUFBUTtBQUMxRyxNQUFJLENBQUMsYUFBYSxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3BDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQ3RELENBQUM7QUFFRCxJQUFNLG9CQUE0QyxFQUFFLEdBQUcsTUFBVyxHQUFHLEtBQVEsR0FBRyxLQUFPLElBQUksRUFBRTtBQUM3RixJQUFNLGdCQUFnQjtBQUdmLFNBQVMsV0FBV0MsT0FBa0M7QUFDM0QsUUFBTSxRQUFRLGNBQWMsS0FBS0EsS0FBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHQyxHQUFFLElBQUk7QUFDeEIsUUFBTSxRQUNKLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU9BLE9BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSxnRkFBZ0YsQ0FBQyxRQUFRO0FBQ3RJLFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXQyxTQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBTU8sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxTQUFPLEVBQUUsU0FBUyxjQUFjLE9BQU87QUFDekM7QUFHTyxTQUFTLFlBQVksS0FBVSxTQUFvQztBQUN4RSxRQUFNLEVBQUUsU0FBUyxjQUFjLE9BQU8sSUFBSSxZQUFZLEdBQUc7QUFDekQsUUFBTSxPQUFPLFVBQVUsS0FBSyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxTQUFTLFFBQVEsS0FBSyxVQUFVLGlCQUFpQixjQUFjLFFBQVEsVUFBVSxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDbkgsUUFBTSxZQUFZLFFBQVEsS0FBSyxRQUFRLEtBQUssaUJBQWlCLEdBQUcsQ0FBQyxDQUFDO0FBR2xFLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxTQUFTLGdCQUFnQixrQkFBa0IsR0FBRyxrQkFBa0I7QUFDN0csU0FBTyxFQUFFLFVBQVUsUUFBUSxVQUFVLFNBQVMsY0FBYyxRQUFRLE1BQU0sUUFBUSxNQUFNLFdBQVcsVUFBVTtBQUMvRztBQUVBLFNBQVMsVUFBVSxLQUFVLFVBQWlDO0FBQzVELFFBQU0sV0FBVyxlQUFlLFFBQVEsS0FBSyxDQUFDO0FBQzlDLFFBQU0sT0FBTyxDQUFJLFVBQW9CLGFBQTBDO0FBQzdFLFVBQU0sUUFBUSxnQkFBZ0IsS0FBSyxVQUFVLFFBQVE7QUFDckQsUUFBSSxVQUFVLFVBQWEsQ0FBQyxTQUFTLFNBQVMsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sUUFBUSxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSyxJQUFJLENBQUMsS0FBSztBQUNwRSxZQUFNLElBQUksWUFBWSxVQUFVLE9BQU8sSUFBSSxRQUFRLENBQUMsRUFBRSxLQUFLLEdBQUcsaUJBQWlCLFFBQVEsbUJBQW1CLEtBQUssRUFBRTtBQUFBLElBQ25IO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQUEsSUFDTCxLQUFLLEtBQUssT0FBTyxlQUFlO0FBQUEsSUFDaEMsWUFBWSxLQUFLLGNBQWMsZUFBZTtBQUFBLElBQzlDLFVBQVUsS0FBSyxZQUFZLFFBQVE7QUFBQSxJQUNuQyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQUEsRUFDekI7QUFDRjs7O0FDcEhPLFNBQVMsY0FBYyxXQUFtQixLQUE2QztBQUM1RixNQUFJLFVBQVUsV0FBVyxHQUFHLEVBQUcsUUFBTztBQUN0QyxNQUFJLENBQUMsS0FBSyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLFNBQU8sR0FBRyxJQUFJLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxVQUFVLFFBQVEsVUFBVSxFQUFFLENBQUM7QUFDdEU7QUFTTyxTQUFTLGVBQWUsV0FBbUIsS0FBeUIsTUFBdUM7QUFDaEgsUUFBTSxPQUFPLGNBQWMsV0FBVyxHQUFHO0FBQ3pDLE1BQUksU0FBUyxPQUFXO0FBQ3hCLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxJQUFJO0FBQ1QsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksaUNBQWlDLEtBQUssT0FBTyxFQUFHO0FBQ3BELFFBQUksQ0FBQyw0QkFBNEIsS0FBSyxPQUFPLEVBQUc7QUFDaEQsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQjtBQUNBLFFBQU0sSUFBSSxZQUFZLGNBQWMsV0FBVyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ25HOzs7QUM5Qk8sSUFBTSxlQUFlO0FBVTVCLElBQU0sV0FBVztBQW1CVixTQUFTLHFCQUFxQixLQUFnQjtBQUNuRCxRQUFNLE1BQU0sSUFBSSxZQUFZLEdBQUcsS0FBSztBQUNwQyxNQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsS0FBSyxHQUFHLEVBQUc7QUFDakMsUUFBTSxJQUFJO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxRQUFRLFVBQVUsUUFBUTtBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGOzs7QVA1Qk8sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBT08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVE7QUFDM0IsVUFBTUMsVUFBUyxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDbEYsUUFBSSxTQUFTLEdBQUc7QUFDZCxxQkFBZUEsUUFBTyxXQUFXLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDOUQsMkJBQXFCLEdBQUc7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBUTVCTyxJQUFNLGtCQUFrQjtBQXdDL0IsSUFBTSxtQkFBbUIsQ0FBQyxLQUFLLEtBQUssR0FBRztBQU9oQyxTQUFTLGNBQWMsUUFBZ0IsV0FBd0M7QUFDcEYsTUFBSSxXQUFXLEVBQUcsUUFBTztBQUN6QixTQUFPLENBQUMsaUJBQWlCLFNBQVMsTUFBTSxLQUFLLGNBQWM7QUFDN0Q7QUFPTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLFdBQVcsU0FBeUJDLHNCQUFrRDtBQUNwRyxRQUFNLFFBQVEsR0FBRyxRQUFRLE1BQU0sS0FBSyxRQUFRLEtBQUssR0FBRyxRQUFRLFVBQVUsS0FBSyxZQUFZO0FBQ3ZGLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixNQUFJLFFBQVEsT0FBUSxNQUFLLEtBQUssZ0JBQWdCLEtBQUssRUFBRTtBQUNyRCxhQUFXQyxPQUFNRCxxQkFBcUIsS0FBSSxRQUFRLGNBQWNDLElBQUksTUFBSyxLQUFLLFlBQVlBLEdBQUUsSUFBSSxLQUFLLEVBQUU7QUFDdkcsTUFBSSxRQUFRLFlBQWEsTUFBSyxLQUFLLFVBQVUsS0FBSyxFQUFFO0FBQ3BELFNBQU87QUFDVDtBQUdPLElBQU0sbUJBQU4sTUFBdUI7QUFBQSxFQUc1QixZQUNtQkQsc0JBQ0EsS0FDQSxPQUNqQjtBQUhpQiwrQ0FBQUE7QUFDQTtBQUNBO0FBTG5CLHdCQUFpQixTQUFRLG9CQUFJLElBQW9CO0FBQUEsRUFNOUM7QUFBQTtBQUFBLEVBR0gsT0FBTyxTQUFrQztBQUN2QyxVQUFNLE9BQU8sV0FBVyxTQUFTLEtBQUssb0JBQW9CLENBQUM7QUFDM0QsUUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBRTlCLFVBQU0sUUFBUSxRQUFRLFVBQVUsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLG9CQUFvQixLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSTtBQUN0RyxVQUFNRSxRQUFPLEtBQUssT0FBTyxDQUFDLFNBQVMsS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssS0FBSztBQUNwRSxRQUFJQSxNQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLGVBQVcsT0FBT0EsTUFBTSxNQUFLLE1BQU0sSUFBSSxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDMUUsU0FBSyxNQUFNLG1CQUFtQixPQUFPLENBQUM7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFNBQWlDO0FBQ2xFLFFBQU0sT0FBcUI7QUFBQSxJQUN6QixTQUFTLFFBQVE7QUFBQSxJQUNqQixTQUFTLFFBQVE7QUFBQSxJQUNqQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUTtBQUFBLElBQ2hCLE1BQU0sUUFBUTtBQUFBLElBQ2QsUUFBUSxRQUFRO0FBQUEsSUFDaEIsU0FBUyxRQUFRO0FBQUEsSUFDakIsYUFBYSxRQUFRLGdCQUFnQjtBQUFBLElBQ3JDLFlBQVksS0FBSyxNQUFNLFFBQVEsYUFBYSxHQUFJLElBQUk7QUFBQSxJQUNwRCxNQUFNLElBQUksS0FBSyxRQUFRLE1BQU0sRUFBRSxZQUFZO0FBQUEsRUFDN0M7QUFDQSxTQUFPLEdBQUcsZUFBZSxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDbEQ7QUFtQkEsSUFBSSxzQkFBeUMsQ0FBQztBQUM5QyxJQUFJLFdBQXlCLE1BQU07QUFPNUIsU0FBUyxnQkFBZ0IsY0FBaUMsS0FBeUI7QUFDeEYsd0JBQXNCLENBQUMsR0FBRyxJQUFJLElBQUksWUFBWSxDQUFDO0FBQy9DLGFBQVc7QUFDYjtBQUdBLElBQU0sV0FBVyxJQUFJO0FBQUEsRUFDbkIsTUFBTTtBQUFBLEVBQ04sTUFBTSxTQUFTO0FBQUEsRUFDZixDQUFDLFNBQVMsUUFBUSxNQUFNLElBQUk7QUFDOUI7QUFHTyxTQUFTLGVBQWUsU0FBK0I7QUFDNUQsV0FBUyxPQUFPLE9BQU87QUFDekI7OztBQzFKTyxJQUFNLGtCQUFvRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJOzs7QUNDN0YsU0FBUyxVQUFVLE9BQWVDLFNBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVNBLFFBQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBZU8sSUFBTSxlQUFpRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBRzFGLFNBQVMsWUFBWSxRQUF3QjtBQUNsRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxJQUFLLFFBQU8sS0FBSyxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsR0FBRyxRQUFVLE1BQU07QUFDdEcsU0FBTyxLQUFLLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQzFDO0FBTU8sU0FBUyxjQUFjLFFBQWdCLFFBQW9DO0FBQ2hGLFNBQU8sR0FBRyxZQUFZLE1BQU0sQ0FBQyxHQUFJLFdBQVcsVUFBYSxhQUFhLE1BQU0sS0FBTSxHQUFHO0FBQ3ZGO0FBT08sSUFBTSxnQkFBTixNQUFvQjtBQUFBLEVBQ3pCLFlBQ21CLFFBQ0FBLFNBQ2pCO0FBRmlCO0FBQ0Esa0NBQUFBO0FBQUEsRUFDaEI7QUFBQTtBQUFBLEVBR0gsS0FBSyxRQUEwQztBQUM3QyxVQUFNLFVBQVUsR0FBRyxjQUFjLEtBQUssUUFBUSxNQUFNLENBQUMsR0FBRyxVQUFVLElBQUksS0FBSyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDM0YsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsUUFBUSxhQUFhLFlBQVksU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN0RTtBQUNGO0FBT08sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFJdEIsWUFBNkJBLFNBQXFCO0FBQXJCLGtDQUFBQTtBQUg3Qix3QkFBUSxhQUFZLE9BQU87QUFDM0Isd0JBQVEsTUFBSztBQUFBLEVBRXNDO0FBQUE7QUFBQSxFQUduRCxHQUFHLFdBQTJCO0FBQzVCLFFBQUksY0FBYyxLQUFLLFdBQVc7QUFDaEMsV0FBSyxZQUFZO0FBQ2pCLFdBQUssS0FBSyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQUEsSUFDcEM7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFVTyxTQUFTLFVBQVUsUUFBZ0IsU0FBaUIsU0FBaUIsUUFBbUI7QUFDN0YsUUFBTSxPQUFPLFdBQVcsU0FBWSxLQUFLLFdBQVcsVUFBVSxZQUFZLGFBQWEsT0FBTyxPQUFPO0FBQ3JHLFNBQU8sZUFBZSxPQUFPLFlBQVksTUFBTSxHQUFHLElBQUk7QUFDeEQ7QUFHTyxTQUFTLFlBQVksUUFBZ0IsU0FBeUQ7QUFDbkcsU0FBTyxFQUFFLFNBQVMsVUFBVSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsT0FBTyxFQUFFO0FBQzlFOzs7QUM1Rk8sSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBRXJILFFBQU0sWUFDSixTQUFTLGlCQUFpQiw0QkFBNEIsZ0JBQWdCLE1BQU0sTUFBZ0IsQ0FBQyxLQUMzRixTQUFTLFlBQVksZUFBZSxXQUFXLE9BQy9DO0FBQ0osUUFBTSxVQUFVLGFBQWEsT0FBTyxTQUFTO0FBQzdDLFFBQU0sUUFBUSxZQUFZLE9BQU8sU0FBUyxpQkFBaUIsVUFBVSxLQUFLO0FBQzFFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQVFPLFNBQVMsb0JBQW9CLFFBQXdCO0FBQzFELFNBQU8sZUFBZSxPQUFPLFdBQVcsS0FBSyxLQUFLLENBQUM7QUFDckQ7QUFPTyxTQUFTLGFBQWEsT0FBbUIsV0FBNEI7QUFDMUUsUUFBTSxRQUFRO0FBQUEsSUFDWiw0QkFBNEIsWUFBWTtBQUFBLElBQ3hDO0FBQUEsSUFDQSx1QkFBdUIsTUFBTSxNQUFNO0FBQUEsSUFDbkMsd0JBQXdCLE1BQU0sS0FBSztBQUFBLElBQ25DLDRCQUE0QixvQkFBb0IsTUFBTSxNQUFNLENBQUM7QUFBQSxJQUM3RCxHQUFJLFlBQVksQ0FBQyxTQUFTLElBQUksQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFDaEM7QUFRTyxTQUFTLFlBQVksT0FBbUIsT0FBZ0M7QUFDN0UsUUFBTSxRQUFRLFVBQVUsVUFBVSxvQkFBb0I7QUFDdEQsU0FBTyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUssaUJBQWlCLGNBQWMsTUFBTSxRQUFRLE1BQU0sTUFBTSxDQUFDO0FBQ3pJOzs7QUN2Rk8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFNdkIsSUFBTSwrQkFBK0I7QUE4QnJDLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGFBQUssS0FBSztBQUFBLFVBQ1IsSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLE9BQU8sWUFBWSxDQUFDLElBQUksS0FBSztBQUFBLFVBQ3pELGFBQWEsU0FBUyxZQUFZLE9BQU8sTUFBTTtBQUFBLFVBQy9DLE1BQU0sU0FBUztBQUFBLFVBQ2YsUUFBUSxTQUFTO0FBQUEsVUFDakIsTUFBTSxFQUFFLE9BQU8sT0FBTztBQUFBLFVBQ3RCLE1BQU0sU0FBUztBQUFBLFVBQ2Y7QUFBQSxVQUNBLFNBQVMsV0FBVyxTQUFTLE1BQU0sV0FBVyxTQUFTLElBQUksR0FBRyxVQUFVLE9BQU8sS0FBSztBQUFBLFVBQ3BGO0FBQUEsVUFDQSxPQUFPLFNBQVM7QUFBQSxRQUNsQixDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQXlDO0FBQzdELFFBQU0saUJBQWlCLENBQUMsV0FBbUIsY0FBYyxJQUFJLFNBQVMsUUFBUSxJQUFJLFlBQVk7QUFDOUYsUUFBTSxXQUFXLENBQUMsV0FDaEIsSUFBSSxZQUFZLGFBQWEsV0FBVyxTQUFTLHFEQUFxRDtBQUN4RyxRQUFNLFVBQVUsQ0FBQyxNQUF5QkMsU0FBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPQSxLQUFJLE1BQU0sS0FBSztBQUFBLElBQ25ELGFBQWEsQ0FBQyxVQUFVLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVEsS0FBSywyQkFBMkJBLEdBQUU7QUFBQSxFQUN4RjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxNQUFNO0FBQUEsTUFDTixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLENBQUMsWUFBWSxFQUFFLElBQUksS0FBSyxPQUFPLGVBQWUsTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ2hGLGFBQWEsQ0FBQyxPQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksZUFBZSxNQUFNLENBQUMsQ0FBQyxPQUFPLEtBQUssb0JBQW9CLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDeEg7QUFBQSxJQUNBLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQixRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNyRSxhQUFhLENBQUMsVUFBVSxHQUFHLFFBQVEsSUFBSSxNQUFNLENBQUMscUJBQXFCLEtBQUs7QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsY0FBYyxTQUFxQixRQUFnQixXQUEyQjtBQUNyRixRQUFNLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDbEMsU0FBTyxZQUFZLGFBQWEsV0FBVyxTQUFTLEtBQUssSUFBSSxRQUFRLDRCQUE0QixJQUFJO0FBQ3ZHO0FBRUEsU0FBUyxXQUFXLE1BQThCO0FBQ2hELFNBQU8sU0FBUyxTQUFTLE9BQU8sT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUM5RDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVBLFNBQVMsUUFBUSxPQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTSxRQUFRLEdBQUcsQ0FBQztBQUM5Qjs7O0FDMUhPLFNBQVMsYUFBYSxRQUFnQkMsT0FBc0M7QUFDakYsUUFBTSxTQUFTLE9BQU8sUUFBUUEsS0FBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRTtBQUMzRSxTQUFPLE9BQU8sU0FBUyxHQUFHLE1BQU0sSUFBSSxPQUFPLEtBQUssR0FBRyxDQUFDLE1BQU07QUFDNUQ7QUFHTyxTQUFTLG9CQUFvQixLQUE4QztBQUNoRixTQUFPLEdBQUcsSUFBSSxJQUFJLEdBQUcsSUFBSSxVQUFVLEVBQUUsR0FBRyxJQUFJLFVBQVUsS0FBSztBQUM3RDtBQUdPLElBQU0sbUJBQW1CO0FBTWhDLFNBQVMsWUFBWSxLQUFrQjtBQUNyQyxTQUFPLEdBQUcsSUFBSSxJQUFJO0FBQ3BCO0FBUU8sU0FBUyxrQkFDZCxTQUNBLFVBQzZCO0FBQzdCLFFBQU0sYUFBMEMsQ0FBQztBQUNqRCxRQUFNQyxPQUFNLENBQUMsS0FBYSxjQUErQjtBQUN2RCxVQUFNLE9BQVEsc0NBQW9CLENBQUM7QUFDbkMsUUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDLGFBQWEsS0FBSyxVQUFVLFFBQVEsTUFBTSxLQUFLLFVBQVUsU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLFNBQVM7QUFBQSxFQUMzRztBQUNBLGFBQVcsT0FBTyxTQUFTO0FBQ3pCLElBQUFBLEtBQUksYUFBYSxJQUFJLFFBQVEsSUFBSSxJQUFJLEdBQUcsT0FBTyxLQUFLLFNBQVMsTUFBTSxTQUFTLFVBQVUsQ0FBQztBQUN2RixJQUFBQSxLQUFJLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxHQUFHLFNBQVMsU0FBUyxXQUFXLGFBQWEsZ0JBQWdCO0FBQUEsRUFDbkc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sS0FBVSxNQUFlLFlBQStCO0FBQ3RFLE1BQUksU0FBUyxTQUFVLFFBQU8sWUFBWSxHQUFHO0FBQzdDLFFBQU0sWUFBWSxvQkFBb0IsR0FBRztBQUN6QyxTQUFPLFNBQVMsU0FBUyxFQUFFLFdBQVcsYUFBYSxNQUFNLGdCQUFnQixXQUFXLElBQUk7QUFDMUY7QUFNTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDaEQzRixJQUFNLGVBQXNDLENBQUMsV0FBVyxnQkFBZ0I7QUFReEUsSUFBTSxZQUFnQyxDQUFDLFFBQVEsUUFBUSxRQUFRO0FBNEIvRCxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLHVCQUF1QjtBQUU3QixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLFFBQTJCLFVBQVUsd0NBQXdDLENBQUMsUUFBUTtBQUMxRixNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUTtBQUMxQyxDQUFDO0FBR0QsU0FBUyxRQUFRLE9BQWUsV0FBc0M7QUFDcEUsU0FBTyxVQUFVLDhCQUE4QixLQUFLLEtBQUssU0FBUyxLQUFLLENBQUMsUUFBUTtBQUM5RSxVQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNyRCxXQUFPLFNBQVMsU0FBUyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxRCxDQUFDO0FBQ0g7QUFHQSxJQUFNLGdCQUFnQixTQUFTLHlCQUF5Qiw4Q0FBOEM7QUFNL0YsU0FBUyxpQkFBaUIsS0FBVSxhQUFtQztBQUM1RSxRQUFNLFFBQVEsUUFBUSxLQUFLLGNBQWMsaUJBQWlCLGNBQWM7QUFDeEUsU0FBTztBQUFBLElBQ0wsU0FBUyxRQUFRLEtBQUssZUFBZSxNQUFNLFlBQVksR0FBRyxTQUFTO0FBQUEsSUFDbkUsTUFBTSxRQUFRLEtBQUssWUFBWSxNQUFNLFNBQVMsR0FBRyxXQUFXO0FBQUEsSUFDNUQ7QUFBQSxJQUNBLE9BQU8sUUFBUSxLQUFLLGNBQWMsUUFBUSxPQUFPLFlBQVksR0FBRyxLQUFLLElBQUksZ0JBQWdCLEtBQUssQ0FBQztBQUFBLElBQy9GLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLG9CQUFvQjtBQUFBLElBQzFFLFFBQVEsUUFBUSxLQUFLLGNBQWMsT0FBTyxvQkFBb0I7QUFBQSxJQUM5RCxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsVUFBVSxtQkFBbUI7QUFBQSxJQUN6RSxTQUFTO0FBQUEsTUFDUCxLQUFLLFFBQVEsS0FBSyxlQUFlLEtBQUssdUJBQXVCO0FBQUEsTUFDN0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLE1BQ2xFLFNBQVMsUUFBUSxLQUFLLG9CQUFvQixlQUFlLE1BQU07QUFBQSxNQUMvRCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0Y7OztBZmxGQSxJQUFJO0FBUUcsU0FBUyxXQUNkQyxTQUNBLFVBQ21EO0FBQ25ELFFBQU0sV0FBVyxhQUFhLENBQUMsUUFBUSxpQkFBaUIsS0FBSyxTQUFTLElBQUksQ0FBQztBQUMzRSxXQUFTLEVBQUUsUUFBQUEsU0FBUSxVQUFVLFNBQVMsU0FBUyxRQUFRO0FBQ3ZELFFBQU0sVUFBVSxhQUFhLEVBQUUsR0FBR0EsU0FBUSxTQUFTLFNBQVMsU0FBUyxLQUFLLFNBQVMsQ0FBQztBQUNwRixRQUFNLFlBQVksUUFBUSxPQUFPLENBQUMsUUFBUSxJQUFJLFNBQVMsU0FBUyxFQUFFLElBQUksQ0FBQyxRQUFRLElBQUksVUFBVSxLQUFLO0FBQ2xHLGtCQUFnQixXQUFXLE1BQU1DLE1BQUssU0FBUyxjQUFjO0FBQzdELFNBQU8sRUFBRSxZQUFZLGtCQUFrQixTQUFTLFFBQVEsR0FBRyxtQkFBbUIsb0JBQW9CO0FBQ3BHO0FBR08sU0FBUyxhQUFxQztBQUNuRCxTQUFPO0FBQ1Q7OztBZ0IvQk8sSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFHdkIsU0FBUyxpQkFBaUIsT0FBdUI7QUFDdEQsU0FBTyxLQUFLLElBQUksZ0JBQWdCLEtBQUssSUFBSSxnQkFBZ0IsdUJBQXVCLEtBQUssQ0FBQztBQUN4Rjs7O0FDaEJPLElBQU0sa0JBQWtCO0FBR3hCLElBQU0sZUFBZTtBQUc1QixJQUFNLG1CQUFtQixNQUFNLElBQUk7QUFnQm5DLElBQU0sY0FBYyxJQUFJLE9BQU8sSUFBSSxZQUFZLDJEQUEyRDtBQU9uRyxTQUFTLFFBQVEsU0FBaUIsUUFBZ0IsSUFBcUI7QUFDNUUsUUFBTSxRQUFRLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxHQUFJLEdBQUcsZ0JBQWdCO0FBQ2hFLFFBQU0sU0FBUyxHQUFHLFlBQVksSUFBSSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRTtBQUNoRyxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsS0FBTSxRQUFRLFFBQVEsUUFBUSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLFFBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUNsQyxRQUFNLFVBQVUsU0FBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsUUFBUSxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sRUFBRSxJQUFJLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsWUFBWUMsU0FBOEI7QUFDeEQsTUFBSSxLQUFLO0FBQ1QsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTSxLQUFLLE1BQU1BLFFBQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQ3ZFLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxNQUFjLE9BQWUsS0FBdUI7QUFDNUUsUUFBTSxNQUFNLGFBQWEsSUFBSTtBQUM3QixNQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxRQUFRO0FBQzNDO0FBaUJPLFNBQVMsWUFBWSxRQUFnQixNQUFjLElBQVksV0FBMkI7QUFDL0YsUUFBTSxPQUFPLElBQUksR0FBRyxTQUFTLEVBQUUsQ0FBQyxJQUFJLFVBQVUsU0FBUyxFQUFFLENBQUM7QUFDMUQsUUFBTSxPQUFPLGtCQUFrQixPQUFPLFNBQVMsSUFBSSxLQUFLO0FBQ3hELFFBQU0sWUFBWSxLQUFLLE1BQU0sR0FBRyxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUNwRSxTQUFPLFlBQVksR0FBRyxNQUFNLElBQUksU0FBUyxHQUFHLElBQUksS0FBSyxHQUFHLE1BQU0sR0FBRyxJQUFJO0FBQ3ZFO0FBTU8sU0FBUyxjQUFjLE1BQW9DO0FBQ2hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxFQUFHLFFBQU87QUFDakMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDQyxTQUFrQkEsTUFBbUMsSUFBSTtBQUNqRixTQUFPLE1BQU0sTUFBTSxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQUksUUFBUTtBQUNuRjtBQUdPLElBQU0sWUFBWTtBQUdsQixJQUFNLGFBQWE7OztBQzFHMUIsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTtBQUdqQixJQUFNLFNBQVMsQ0FBQ0MsV0FBa0IsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQztBQUNuRSxJQUFNLFdBQVcsSUFBSSxXQUFXLE1BQU07QUFDdEMsSUFBSTtBQUdHLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sU0FBUyxHQUFHQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ2hEO0FBT08sU0FBUyxPQUFVLFFBQWdCLFFBQTRCLE1BQXFDO0FBQ3pHLHNCQUFXLElBQUksY0FBYyxRQUFRLE1BQU07QUFDM0MsUUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNO0FBQ2hDLEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FDMUJPLElBQU0sZ0JBQWdCOzs7QXBCZTdCLElBQU0sV0FBcUU7QUFBQSxFQUN6RSxLQUFLLEtBQUssaUJBQWlCLGdCQUFnQixHQUFHO0FBQUEsRUFDOUMsTUFBTSxLQUFLLGlCQUFpQixnQkFBZ0IsSUFBSTtBQUFBLEVBQ2hELFFBQVEsS0FBSyxpQkFBaUIsZ0JBQWdCLE1BQU07QUFDdEQ7QUFHTyxTQUFTLGlCQUF5QjtBQUN2QyxTQUFPLEdBQUcsaUJBQWlCLFdBQVcsR0FBRyxTQUFTLFNBQVMsY0FBYyxDQUFDO0FBQzVFO0FBb0JPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQU0xQixZQUNtQixTQUNBLEtBQ0EsVUFBbUIsV0FDcEM7QUFIaUI7QUFDQTtBQUNBO0FBUm5CLHdCQUFpQjtBQUNqQix3QkFBaUIsV0FBVSxlQUFlO0FBQzFDLHdCQUFRLFdBQVU7QUFDbEIsd0JBQVEsZ0JBQWU7QUFPckIsU0FBSyxVQUFVLFlBQVksSUFBSSxRQUFRLGFBQWEsRUFBRTtBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUdBLEtBQUssT0FBeUI7QUFDNUIsVUFBTSxFQUFFLFVBQVUsUUFBUSxJQUFJLEtBQUssS0FBSyxPQUFPLE9BQU8sUUFBVyxNQUFNO0FBQ3ZFLFVBQU0sUUFBUSxTQUFTLFdBQVcsZ0JBQWdCLE9BQU8sU0FBUyxPQUFPLGNBQWMsU0FBUyxJQUFJLElBQUk7QUFDeEcsV0FBTyxFQUFFLFVBQVUsT0FBTyxRQUFRO0FBQUEsRUFDcEM7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFFBQVEsT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQ2hEO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHUSxRQUFnQjtBQUN0QixRQUFJLEtBQUssWUFBWSxRQUFTLFFBQU8sVUFBVSxLQUFLLElBQUksUUFBUSxlQUFlLE9BQU87QUFDdEYsVUFBTSxVQUFVLGVBQWU7QUFDL0IsUUFBSSxZQUFZLEtBQUssU0FBUztBQUM1QixXQUFLLFVBQVU7QUFDZixXQUFLLGVBQWUsVUFBVSxLQUFLLElBQUksUUFBUSxlQUFlLEVBQUUsUUFBUSxDQUFDO0FBQUEsSUFDM0U7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFUSxLQUE4QixRQUFnQixPQUFlLE1BQTBCLGNBQWtCO0FBQy9HLFVBQU0sUUFBUSxJQUFJLEtBQUs7QUFDdkIsVUFBTUMsVUFBUyxLQUFLLFlBQVk7QUFDaEMsVUFBTUMsUUFBK0JELFVBQVMsRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUTtBQUNsRyxVQUFNLE9BQU8sU0FBUyxTQUFZLE9BQU8sS0FBSyxVQUFVLEVBQUUsS0FBSyxDQUFDO0FBQ2hFLFVBQU0sUUFBUSxLQUFLLE1BQU07QUFDekIsV0FBTyxPQUFPLEtBQUssSUFBSSxRQUFRQSxVQUFTLFNBQVMsUUFBVyxDQUFDLFVBQVU7QUFDckUsWUFBTSxTQUFTLEtBQUssSUFBSTtBQUN4QixZQUFNLFdBQVcsS0FBSyxRQUFZLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUksTUFBTTtBQUFBLFFBQ3pFLFNBQVM7QUFBQSxVQUNQLGFBQWEsTUFBTTtBQUFBLFVBQ25CLFNBQVMsS0FBSztBQUFBLFVBQ2QsY0FBYztBQUFBLFVBQ2QsR0FBSSxTQUFTLE9BQU8sQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLFFBQ2hFO0FBQUEsUUFDQSxNQUFBQztBQUFBLFFBQ0EsU0FBUyxLQUFLO0FBQUEsUUFDZDtBQUFBLFFBQ0Esa0JBQWtCLFNBQVMsTUFBTTtBQUFBLE1BQ25DLENBQUM7QUFDRCxVQUFJLENBQUNELFFBQVEsUUFBTyxFQUFFLFVBQVUsU0FBUyxPQUFVO0FBQ25ELFlBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSTtBQUM1QixZQUFNLFNBQVMsV0FBVyxnQkFBZ0IsTUFBTTtBQUNoRCxZQUFNLFVBQTBCO0FBQUEsUUFDOUIsU0FBUyxNQUFNO0FBQUEsUUFDZixTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFFBQ0EsTUFBTTtBQUFBLFFBQ047QUFBQSxRQUNBO0FBQUEsUUFDQSxTQUFTLENBQUMsVUFBVSxjQUFjLFFBQVEsU0FBUyxRQUFRLGNBQWMsQ0FBQztBQUFBLFFBQzFFLFlBQVksUUFBUTtBQUFBLFFBQ3BCO0FBQUEsTUFDRjtBQUNBLHFCQUFlLE9BQU87QUFDdEIsYUFBTyxFQUFFLFVBQVUsUUFBUTtBQUFBLElBQzdCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBcUI5SEEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0UsV0FBVTtBQVFqQixJQUFNLFFBQVEsSUFBSSxZQUFZLHFCQUFxQixNQUFnQixLQUFLLE1BQU0sS0FBSyxtQkFBbUIsQ0FBQyxDQUFDO0FBTWpHLFNBQVMsY0FBYyxLQUFvQjtBQUNoRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixRQUFNLFlBQVlBLE1BQUssR0FBRztBQUUxQixRQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU8sYUFBYSxNQUFNLE1BQU07QUFDekQsU0FBTyxZQUFZLElBQUksUUFBUSxNQUFNLElBQUksU0FBUztBQUNwRDs7O0FDckJBLFNBQVMsYUFBYTtBQUN0QixTQUFTLGVBQWU7QUFReEIsSUFBTSxnQkFBZ0IsSUFBSSxRQUFRLGNBQWM7QUFNekMsU0FBUyxRQUFXLE9BQVUsTUFBNkNDLE9BQWtEO0FBQ2xJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxNQUFNLFNBQVMsS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQ3BELFVBQU0sU0FBUyxNQUFNLE9BQU8sRUFBRSxDQUFDLElBQUksR0FBRyxVQUFVLEdBQUdBLEtBQUk7QUFDdkQsa0JBQWMsSUFBSSxHQUFHLEVBQUUsR0FBR0EsT0FBTSxRQUFRLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDeEQsVUFBTSxPQUFPO0FBQUEsRUFDZjtBQUNBLFNBQU87QUFDVDs7O0FDZk8sU0FBUyxVQUFVLE1BQWdCLE9BQWUsTUFBNEQ7QUFDbkgsUUFBTSxTQUFTLFFBQVEsTUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUMzRCxNQUFJLENBQUMsVUFBVSxLQUFLLFFBQVMsZ0JBQWUsRUFBRSxHQUFHLEtBQUssU0FBUyxhQUFhLEtBQUssQ0FBQztBQUNsRixTQUFPO0FBQ1Q7OztBQ0pPLFNBQVMsZ0JBQWdCQyxTQUF3QixPQUFlLE1BQXVCO0FBQzVGLFFBQU0sUUFBUUEsUUFBTyxPQUFPLE9BQU8sSUFBSTtBQUN2QyxNQUFJLE1BQU0sV0FBVyxJQUFLLFFBQU9BLFFBQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLGdCQUFnQjtBQUN2RixTQUFPLE1BQU0sV0FBVyxnQkFBZ0I7QUFDMUM7QUFRTyxTQUFTLFlBQVlBLFNBQXdCLE9BQWUsTUFBb0I7QUFDckYsTUFBSSxDQUFDLGdCQUFnQkEsU0FBUSxPQUFPLElBQUksRUFBRztBQUMzQyxZQUFVQSxRQUFPLEtBQUssS0FBSyxHQUFHLE9BQU8sRUFBRSwwQkFBMEIsQ0FBQyxTQUFTLEtBQUssT0FBTyxTQUFTLElBQUksTUFBTSxLQUFLLENBQUM7QUFDaEgsTUFBSUEsUUFBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLE9BQVE7QUFDbEUsWUFBVUEsUUFBTyxLQUFLLEtBQUssR0FBRyxPQUFPLEVBQUUsMEJBQTBCLENBQUMsU0FBUyxLQUFLLFVBQVUsVUFBYSxDQUFDLEtBQUssTUFBTSxTQUFTLElBQUksRUFBRSxDQUFDO0FBQ3JJOzs7QUN6QkEsT0FBT0MsV0FBVTs7O0FDQWpCLE9BQU9DLFdBQVU7QUFlVixTQUFTLGFBQWFDLFNBQTZDO0FBQ3hFLFNBQU9ELE1BQUssS0FBSyxRQUFRLE1BQU0sVUFBVUMsUUFBTztBQUNsRDtBQU1PLFNBQVMsU0FBUyxLQUErQjtBQUN0RCxNQUFJLENBQUMsSUFBSyxDQUFBRCxNQUFLLEtBQUssTUFBTSx5SEFBeUg7QUFDbkosU0FBTztBQUNUOzs7QUNEQSxJQUFNLGNBQWMsRUFBRSxjQUFjLE9BQU8saUJBQWlCLE9BQU8sY0FBYyxPQUFPLGtCQUFrQixPQUFPLGFBQWEsTUFBTTtBQUc3SCxJQUFNLG9CQUFvQjtBQUdqQyxJQUFNLGFBQWEsS0FBSztBQUV4QixJQUFNLFVBQWtDLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxHQUFHLEdBQUcsS0FBTSxHQUFHLEtBQVEsR0FBRyxNQUFXLEdBQUcsTUFBVztBQUd4SCxTQUFTLGFBQWFFLE9BQStCO0FBQzFELE1BQUksT0FBT0EsVUFBUyxTQUFVLFFBQU9BO0FBQ3JDLE1BQUksZ0JBQWdCLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU9BLEtBQUk7QUFDbEQsTUFBSSxDQUFDLDBDQUEwQyxLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPO0FBQ3pFLE1BQUksUUFBUTtBQUNaLGFBQVcsQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLEtBQUtBLE1BQUssU0FBUyxxQ0FBcUMsRUFBRyxVQUFTLE9BQU8sS0FBSyxJQUFJLFFBQVEsSUFBSTtBQUMzSCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLEdBQUcsT0FBa0MsVUFBMEI7QUFDdEUsUUFBTSxTQUFTLGFBQWEsU0FBUyxRQUFRO0FBQzdDLFNBQU8sT0FBTyxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQzVDO0FBR08sU0FBUyxjQUFjLFVBQWtDO0FBQzlELFFBQU0sZUFBZSxHQUFHLFNBQVMsY0FBYyxZQUFZLFlBQVk7QUFDdkUsUUFBTSxVQUFVLFNBQVMsVUFBVSxDQUFDLEdBQUcsT0FBTyxDQUFDLEtBQUssVUFBVSxNQUFNLEdBQUcsTUFBTSxVQUFVLElBQUksR0FBRyxDQUFDO0FBQy9GLFVBQVEsU0FBUyxVQUFVO0FBQUEsSUFDekIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLGFBQWEsWUFBWSxXQUFXLElBQUk7QUFBQSxJQUM3RCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsVUFBVSxJQUFJLElBQUk7QUFBQSxJQUN2QyxLQUFLO0FBQ0gsYUFBTyxTQUFTLEdBQUcsU0FBUyxrQkFBa0IsWUFBWSxnQkFBZ0IsSUFBSTtBQUFBLElBQ2hGLEtBQUs7QUFDSCxhQUFPLFNBQVM7QUFBQSxJQUNsQjtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFNTyxTQUFTLFVBQVVDLFVBQTRCO0FBQ3BELFFBQU0sWUFBWSxPQUFPLE9BQU9BLFNBQVEsYUFBYSxDQUFDLENBQUM7QUFDdkQsUUFBTSxlQUFlLFVBQVUsV0FBVyxJQUN0QyxhQUNBLEtBQUssSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLGFBQWEsR0FBRyxTQUFTLFdBQVcsSUFBSSxJQUFJLGNBQWMsUUFBUSxDQUFDLENBQUM7QUFDbkcsU0FDRSxHQUFHQSxTQUFRLGNBQWMsWUFBWSxZQUFZLElBQUksZUFBZSxHQUFHQSxTQUFRLGlCQUFpQixZQUFZLGVBQWUsSUFBSTtBQUVuSTs7O0FDbEZBLE9BQU9DLFdBQW9DO0FBUXBDLElBQU0sZ0JBQWdCO0FBU3RCLFNBQVMsWUFBWUMsU0FBaUc7QUFDM0gsUUFBTSxTQUFTLFlBQVlBLFFBQU8sT0FBTztBQUN6QyxRQUFNLFNBQVMsYUFBYUEsT0FBTTtBQUNsQyxRQUFNLFVBQVUsTUFBTUEsUUFBTyxTQUFTLFFBQVEsZUFBZSxHQUFHO0FBQ2hFLFFBQU0sZUFBZSxHQUFHLGFBQWE7QUFDckMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxlQUFlLE9BQU87QUFDMUUsTUFBSSxRQUFRLFdBQVcsUUFBUSxRQUFRLFFBQVEsSUFBSSxLQUFLLE1BQU0sY0FBYztBQUMxRSxXQUFPLEdBQUcsTUFBTSxrQ0FBa0MsYUFBYSxhQUFhLE9BQU8sT0FBTyxDQUFDLG1CQUFtQixZQUFZO0FBQUEsRUFDNUg7QUFDQSxRQUFNLFFBQVFBLFFBQU8sT0FBTyxDQUFDO0FBQzdCLFFBQU0sT0FBTyxNQUFNQSxRQUFPLFNBQVMsUUFBUSxPQUFPLEdBQUc7QUFDckQsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxPQUFPLElBQUk7QUFDNUQsTUFBSSxLQUFLLFVBQVUsSUFBSyxRQUFPO0FBQy9CLE1BQUksS0FBSyxXQUFXLE9BQU8sY0FBYyxLQUFLLFFBQVEsRUFBRSxNQUFNLFFBQVc7QUFDdkUsV0FBTyxHQUFHLE1BQU0sNkNBQTZDQSxRQUFPLFlBQVksVUFBVSxLQUFLLGFBQWEsT0FBTyxJQUFJLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsTUFBTSxTQUFpQixRQUFnQixTQUFpQixVQUEyQztBQUMxRyxTQUFPO0FBQUEsSUFBTztBQUFBLElBQVE7QUFBQSxJQUFXLENBQUMsVUFDaENDLE1BQUssSUFBSSxHQUFHLE9BQU8sSUFBSSxPQUFPLElBQUk7QUFBQSxNQUNoQyxTQUFTLEVBQUUsYUFBYSxNQUFNLFlBQVk7QUFBQSxNQUMxQyxNQUFNLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUN6QyxTQUFTLGVBQWU7QUFBQSxNQUN4QixjQUFjO0FBQUEsTUFDZCxrQkFBa0JBLE1BQUssaUJBQWlCLFFBQVE7QUFBQSxJQUNsRCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxXQUFXLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzlGLFFBQU0sT0FBTyxJQUFJLE9BQU87QUFDeEIsTUFBSSxTQUFTLGVBQWUsTUFBTTtBQUNoQyxXQUFPLEdBQUcsTUFBTSx1QkFBdUIsSUFBSSxXQUFXLGVBQWUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0EsUUFBTSxTQUFTLHFCQUFxQixLQUFLLFNBQVMsS0FBSyxJQUFJLHVCQUF1QixTQUFTO0FBQzNGLFNBQU8sR0FBRyxNQUFNLDJCQUEyQixJQUFJLFlBQVksTUFBTTtBQUNuRTtBQUdBLFNBQVMsT0FBTyxVQUEyQztBQUN6RCxRQUFNLFFBQVEsU0FBUyxRQUFRLElBQUksUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQzdELFNBQU8sR0FBRyxTQUFTLE1BQU0sSUFBSSxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsTUFBTSxJQUFJLENBQUM7QUFDaEc7OztBQ2pETyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUEyQixRQUFvQixpQkFBeUI7QUFDNUgsUUFBTUMsVUFBUyxJQUFJLGVBQWUsU0FBUyxLQUFLLE9BQU87QUFDdkQsUUFBTSxNQUFNLFVBQVUsa0JBQWtCLElBQUksU0FBUztBQUNyRCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUlBLFFBQU8sS0FBSyxLQUFLO0FBQzdDLFFBQUksU0FBUyxXQUFXLEVBQUcsUUFBTyxRQUFRLFFBQVEsS0FBSyxtQkFBbUIsU0FBUyxLQUFLLEtBQUssS0FBSyxPQUFPO0FBQ3pHLFFBQUksQ0FBQyxPQUFPO0FBQ1YsY0FBUSxLQUFLLGVBQWUsS0FBSyxhQUFhLFNBQVMsTUFBTSxhQUFhLElBQUksTUFBTSxtQkFBbUI7QUFDdkc7QUFBQSxJQUNGO0FBQ0EsZUFBVyxRQUFRLE1BQU0sT0FBTyxDQUFDQyxTQUFRLFVBQVVBLE1BQUssS0FBSyxJQUFJLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFDekUsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJRCxRQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ25ELFVBQUksV0FBVyxFQUFHLFFBQU8sUUFBUSxXQUFXLEtBQUssbUJBQW1CLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDMUYsVUFBSSxXQUFXLGdCQUFnQixPQUFRO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxVQUFVLEVBQUcsU0FBUSxLQUFLLGtCQUFrQixPQUFPLFlBQVksTUFBTSxrQkFBa0IsRUFBRSxpQkFBaUI7QUFDOUcsTUFBSSxJQUFLLFNBQVEsSUFBSSxHQUFHLFVBQVUsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNqRCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsUUFBZ0IsS0FBWSxTQUF5QjtBQUNwRSxVQUFRLEtBQUsscUNBQXFDLE1BQU0sYUFBYSxJQUFJLE1BQU0saUVBQWlFO0FBQ2hKLFNBQU87QUFDVDs7O0FKeEJPLFNBQVMsU0FBU0UsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FLaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNGTyxTQUFTLFdBQVcsTUFBZSxXQUF5QixVQUFrQixPQUE2QjtBQUNoSCxNQUFJLFNBQVMsUUFBUTtBQUNuQixVQUFNLGVBQWUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFdBQVcsSUFBSTtBQUNuRSxVQUFNQyxXQUFVLFVBQVUsR0FBRyxXQUFXLEdBQUcsSUFBSSxVQUFVLFFBQVEsSUFBSSxVQUFVO0FBQy9FLFdBQU9BLFdBQVUsSUFBSSxlQUFlQSxXQUFVLGVBQWUsSUFBSSxXQUFXO0FBQUEsRUFDOUU7QUFDQSxRQUFNLFVBQVUsSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQ2hELFNBQU8sWUFBWSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEdBQUcsU0FBUyxHQUFHLFVBQVUsS0FBSyxJQUFJO0FBQ3ZFO0FBR08sU0FBUyxZQUFZLE9BQW9CLE9BQXVCO0FBQ3JFLFFBQU0sU0FBa0M7QUFBQSxJQUN0QyxDQUFDLE9BQU8sQ0FBQztBQUFBLElBQ1QsQ0FBQyxPQUFPLEdBQUc7QUFBQSxJQUNYLENBQUMsU0FBUyxHQUFHO0FBQUEsSUFDYixDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxTQUFTLElBQUk7QUFBQSxJQUNkLENBQUMsT0FBTyxDQUFDO0FBQUEsRUFDWCxFQUNHLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxPQUFPLE1BQU0sSUFBYyxNQUFNLFFBQVEsRUFDNUQsSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLE1BQU0sQ0FBQyxNQUFNLElBQWMsR0FBRyxJQUFjLENBQUM7QUFDaEUsTUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLE1BQUksUUFBUSxPQUFPLENBQUMsRUFBRSxDQUFDLEVBQUcsUUFBTyxJQUFJLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDaEQsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLENBQUMsVUFBVSxPQUFPLElBQUksT0FBTyxJQUFJLENBQUM7QUFDeEMsVUFBTSxDQUFDLFdBQVcsUUFBUSxJQUFJLE9BQU8sQ0FBQztBQUN0QyxRQUFJLFFBQVEsV0FBVztBQUNyQixZQUFNLE9BQU8sY0FBYyxXQUFXLFVBQVUsV0FBWSxRQUFRLGFBQWEsWUFBWSxhQUFjLFdBQVc7QUFDdEgsYUFBTyxJQUFJO0FBQUEsSUFDYjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDeEM7OztBQ2pDTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGFBQWEsT0FBZSxLQUF3QjtBQUNsRSxTQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxJQUFJLG1CQUFtQixJQUFJLEtBQUssTUFBTSxHQUFHLElBQUksa0JBQWtCO0FBQ2hHO0FBVU8sU0FBUyxXQUFXLFNBQTBCLFlBQXdCLE9BQWUsT0FBMEI7QUFDcEgsUUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLFVBQVUsTUFBTSxRQUFRLFNBQVMsT0FBTyxRQUFRLFNBQVMsRUFBRSxVQUFVO0FBQ2xHLFFBQU1DLFFBQU8sZUFBZSxVQUFVLEVBQUUsV0FBVyxXQUFXLE1BQU0sSUFBSSxFQUFFLE1BQU0sTUFBTTtBQUN0RixRQUFNLE9BQU8sRUFBRSxZQUFZLEtBQUssU0FBUyxDQUFDLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxJQUFJLEdBQUcsR0FBR0EsTUFBSyxDQUFDLEdBQUcsT0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUNuSixTQUFPLEdBQUcsUUFBUSxHQUFHLGtDQUFrQyxpQkFBaUIsS0FBSyxVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBQ3RHO0FBR0EsU0FBUyxpQkFBaUIsT0FBdUI7QUFDL0MsU0FBTyxtQkFBbUIsS0FBSyxFQUFFLFFBQVEsc0JBQXNCLENBQUMsWUFBWSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3pHO0FBZ0JPLFNBQVMsU0FBUyxTQUEwQixRQUFnQixPQUF5QjtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDhCQUE4QixZQUFZLGtEQUFrRCxvQkFBb0IsTUFBTSxDQUFDO0FBQUEsTUFDdkg7QUFBQSxJQUNGO0FBQUEsSUFDQSxNQUFNLFdBQVcsU0FBUyxRQUFRLGtCQUFrQixZQUFZLGtCQUFrQixZQUFZLE1BQU0sQ0FBQyxLQUFLLEtBQUs7QUFBQSxJQUMvRyxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDJEQUEyRCxNQUFNO0FBQUEsTUFDakU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNyRU8sSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxrQkFBa0I7OztBQzhCeEIsU0FBUyxnQkFBZ0IsTUFBcUIsU0FBeUIsS0FBNEI7QUFDeEcsUUFBTSxNQUFNLElBQUksSUFBSSxZQUFZO0FBQ2hDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxLQUFLLE1BQU0saUJBQWlCLEVBQUUsWUFBWTtBQUNyRixRQUFNLFFBQVEsYUFBYSxPQUFPLEdBQUc7QUFDckMsUUFBTSxPQUFPLFFBQVEsSUFBSSxDQUFDLFFBQVEsU0FBUyxNQUFNLEtBQUssSUFBSSxJQUFJLFNBQVMsS0FBSyxDQUFDO0FBQzdFLFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUEsTUFDTixVQUFVLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFBQSxNQUN2QyxZQUFZLE9BQU8sWUFBWSxFQUFFLFNBQVM7QUFBQSxNQUMxQyxpQkFBaUIsS0FBSyxNQUFNLG9CQUFvQjtBQUFBLE1BQ2hELGNBQWMsT0FBTyxRQUFRLEVBQUUsVUFBVTtBQUFBLE1BQ3pDLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUFBLElBQzFDO0FBQUEsSUFDQSxNQUFNLFlBQVksTUFBTSxPQUFPO0FBQUEsSUFDL0I7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUFBLEVBQ3BEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBcUIsS0FBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLE1BQU0sYUFBYSxJQUFJLFFBQVEsSUFBSSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxLQUFLLFFBQVEsR0FBRztBQUMvQixRQUFNLFlBQVksb0JBQW9CLEdBQUc7QUFDekMsUUFBTSxVQUFVLEtBQUssUUFBUSxhQUFhLElBQUksT0FBTyxJQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sU0FBUztBQUNqRixRQUFNLFdBQVcsVUFBVSxJQUFLLFFBQVEsT0FBTyxJQUFJLElBQUksS0FBSyxPQUFRO0FBQ3BFLFFBQU0sVUFBVSxNQUFNLFNBQVMsVUFBVSxJQUFJLFdBQVcsUUFBUSxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQzNGLFNBQU87QUFBQSxJQUNMLElBQUksSUFBSTtBQUFBLElBQ1IsYUFBYSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJO0FBQUEsSUFDVixRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsV0FBVyxJQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxZQUFZLFlBQVksYUFBYSxhQUFhLE9BQU8sT0FBTyxXQUFXLElBQUksTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE1BQU07QUFBQSxJQUM1SCxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSztBQUFBLE1BQzlELE1BQU0sV0FBVyxTQUFTLFFBQVEsSUFBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTLElBQUk7QUFBQSxFQUNmO0FBQ0Y7QUFNQSxTQUFTLE1BQU0sU0FBaUIsVUFBeUIsV0FBeUIsTUFBb0M7QUFDcEgsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFNBQVMsT0FBVyxRQUFPLE9BQU8sU0FBUztBQUMvQyxTQUFPLGFBQWEsUUFBUSxNQUFNLFVBQVUsU0FBUyxJQUFJLFNBQVM7QUFDcEU7QUFHTyxTQUFTLE1BQU0sVUFBa0IsV0FBa0M7QUFDeEUsVUFBUSxVQUFVLElBQUk7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFVBQVU7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxZQUFZLFVBQVU7QUFBQSxJQUMvQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFVBQVU7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxZQUFZLFVBQVU7QUFBQSxFQUNqQztBQUNGO0FBR0EsU0FBUyxZQUFZLE1BQXFCLFNBQThDO0FBckh4RjtBQXNIRSxRQUFNLE9BQTRCLEVBQUUsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDdkQsYUFBVyxPQUFPLFFBQVMsV0FBSyxJQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNLElBQUksSUFBSTtBQUNqRSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksTUFBcUJDLE9BQW1DO0FBQ25FLFFBQU0sU0FBUyxDQUFDLFdBQW1CLEtBQUssUUFBUSxhQUFhLFFBQVFBLEtBQUksQ0FBQyxHQUFHLFVBQVUsQ0FBQztBQUN4RixRQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUM5QyxRQUFNQyxZQUFXLE9BQU8sbUJBQW1CO0FBQzNDLFFBQU0sVUFBVSxDQUFDLFVBQStCLFdBQVcsS0FBSyxVQUFVLFNBQVksUUFBUTtBQUM5RixTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLFdBQVcsUUFBUSxPQUFPLGlCQUFpQixFQUFFLElBQUk7QUFBQSxJQUNqRCxLQUFLLFFBQVEsT0FBTyxXQUFXLEVBQUUsSUFBSTtBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUNGOzs7QUN2R08sU0FBUyxZQUFZLFFBQXNCLE9BQU8sZUFBdUI7QUFDOUUsUUFBTSxTQUFTLE9BQU8sSUFBSSxLQUFLLEVBQUUsT0FBTyxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVUsR0FBRyxTQUFTLEVBQUUsQ0FBQztBQUNsRixRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLElBQUksQ0FBQztBQUNyRSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EscUJBQXFCLEtBQUssSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBVyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTyxJQUFJLFdBQVc7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFRQSxTQUFTLE1BQU0sT0FBMkI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQy9DLFNBQVMsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsWUFBWSxNQUFTLEVBQUU7QUFBQSxFQUM1RTtBQUNGO0FBRUEsU0FBUyxJQUFJLEdBQVcsR0FBbUI7QUFDekMsU0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQ3ZHO0FBRUEsU0FBUyxZQUFZLE9BQTJCO0FBQzlDLFFBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsUUFBTSxZQUFZLE1BQU0sWUFBWSxlQUFlLEtBQUssTUFBTSxTQUFTLENBQUMsTUFBTTtBQUM5RSxRQUFNQyxRQUFPLHNCQUFzQixLQUFLLE1BQU0sSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBVyxRQUFRLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSSxTQUFTO0FBQ2hNLFFBQU0sYUFBYSxPQUFPLFFBQVEsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUN4RCxRQUFNLGdCQUFnQixXQUFXLFNBQzdCLENBQUMsb0JBQW9CLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSx5QkFBeUIsS0FBSyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxLQUFLLEdBQUcsbUJBQW1CLElBQ2pJLENBQUM7QUFDTCxTQUFPLENBQUNBLE9BQU0sR0FBRyxlQUFlLEdBQUcsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLGdCQUFnQixFQUFFLEtBQUssSUFBSTtBQUM3RjtBQUVBLFNBQVMsV0FBVyxVQUE2QjtBQUMvQyxRQUFNQSxRQUFPLHVCQUF1QixLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixLQUFLLFNBQVMsU0FBUyxDQUFDLFdBQVcsUUFBUSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ3JJLFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLFNBQVMsU0FBUztBQUNwQixVQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssSUFBSSxTQUFTO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxPQUFPLENBQUMsV0FBVyxLQUFLLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSSxDQUFDLFlBQVk7QUFBQSxFQUN4RyxXQUFXLFNBQVMsWUFBWSxRQUFXO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxTQUFTLE9BQU8sQ0FBQyxLQUFLO0FBQUEsRUFDdEU7QUFDQSxNQUFJLFNBQVMsVUFBVyxVQUFTLEtBQUsscUJBQXFCLEtBQUssU0FBUyxTQUFTLENBQUMsZUFBZTtBQUNsRyxTQUFPLFNBQVMsU0FBUyxDQUFDLEdBQUdBLEtBQUksS0FBSyxHQUFHLFVBQVUsaUJBQWlCLEVBQUUsS0FBSyxJQUFJLElBQUksR0FBR0EsS0FBSTtBQUM1RjtBQUVBLFNBQVMsUUFBUSxPQUF1QjtBQUN0QyxTQUFPLE9BQU8sU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUMsSUFBSTtBQUNyRDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLE1BQU0sUUFBUSx5REFBeUQsRUFBRTtBQUNsRjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2RjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxRQUFRLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxNQUFNO0FBQ2xIOzs7QUN6Rk8sSUFBTSxpQkFBb0QsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFdBQVcsVUFBVTtBQUc3RyxTQUFTLE9BQU8sS0FBd0I7QUFDN0MsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixXQUFXLGdCQUFnQixHQUFHO0FBQUEsSUFDOUIsVUFBVSxJQUFJLGFBQWEsT0FBTyxNQUFNLFlBQVksS0FBSyxJQUFJLFFBQVE7QUFBQSxJQUNyRSxTQUFTLGVBQWUsSUFBSSxPQUFPO0FBQUEsSUFDbkMsUUFBUSxJQUFJLGVBQWUsT0FBTyxNQUFNLFlBQVksSUFBSSxVQUFVO0FBQUEsRUFDcEU7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLEtBQWtFO0FBQ2hHLFFBQU0sRUFBRSxHQUFHLElBQUksSUFBSTtBQUNuQixRQUFNLFVBQVUsSUFBSSxTQUFTLFlBQVksSUFBSSxVQUFVLE1BQU0sR0FBRyxJQUFJLFVBQVUsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJLFNBQVMsV0FBVyxXQUFXO0FBQ2hJLFNBQU8sR0FBRyxPQUFPLElBQUksRUFBRSxJQUFJLFlBQVksS0FBSyxJQUFJLFVBQVUsS0FBSyxDQUFDO0FBQ2xFO0FBRUEsU0FBUyxZQUFZLEtBQW1DLE9BQXVCO0FBQzdFLFNBQU8sSUFBSSxVQUFVLFNBQVMsT0FBTyxHQUFHQyxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZLE9BQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHQSxPQUFNLFFBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTQSxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUM1RDtBQUdPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNLEVBQUU7QUFDdEUsUUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGVBQWUsS0FBd0I7QUFDckQsUUFBTUMsT0FBTSxPQUFPLEdBQUc7QUFDdEIsU0FBTyxJQUFJLFlBQVksWUFDbkIsOENBQThDQSxLQUFJLFNBQVMsOEJBQzNELFlBQVlBLEtBQUksUUFBUSxhQUFhQSxLQUFJLFNBQVMsdUJBQXVCQSxLQUFJLE1BQU07QUFDekY7QUFNTyxTQUFTLGlCQUFpQixVQUFzRDtBQUNyRixRQUFNLEVBQUUsUUFBUSxPQUFPLFFBQVEsWUFBQUMsYUFBWSxNQUFNLFFBQVEsSUFBSTtBQUM3RCxRQUFNLFNBQVMsR0FBRyxNQUFNLEtBQUssS0FBSyxZQUFZLE1BQU0sS0FBS0EsV0FBVSxRQUFRLElBQUksYUFBYSxPQUFPO0FBQ25HLE1BQUksU0FBUyxRQUFTLFFBQU8sRUFBRSxNQUFNLFNBQVMsU0FBUyxPQUFPLElBQUksT0FBTztBQUN6RSxRQUFNLE1BQU0sV0FBVyxJQUFJLGdCQUFnQixLQUFLLE1BQU07QUFDdEQsU0FBTyxFQUFFLE1BQU0sdUNBQXVDLEdBQUcsS0FBSyxPQUFPO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLFVBQThCO0FBQzFELFFBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxTQUFPLENBQUMsT0FBTyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUksU0FBUyxXQUFXLENBQUMsU0FBUyxTQUFTLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBRTtBQUNoRzs7O0FDOUVPLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU07QUFDcEMsUUFBTSxNQUFNO0FBQUEsSUFDVixPQUFPLElBQUksY0FBYyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3JGO0FBQUEsSUFDQSxhQUFhLFFBQVEsT0FBTyxjQUFjLFFBQVEsSUFBSSxPQUFPLFFBQVEsT0FBTyxRQUFRLGdCQUFnQixRQUFRLE9BQU8sZ0JBQWdCLFFBQVEsQ0FBQyxDQUFDLGNBQWMsUUFBUSxPQUFPO0FBQUEsSUFDMUs7QUFBQSxJQUNBLEdBQUksUUFBUSxhQUFhLENBQUMsTUFBTSxpQkFBaUIsT0FBTyxRQUFRLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxVQUFVLElBQUksRUFBRSxJQUFJLElBQUksR0FBRyxJQUFJLFdBQVcsS0FBSyxlQUFlLEdBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEYsZUFBVyxZQUFZLElBQUksV0FBVztBQUNwQyxZQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLFFBQVE7QUFDbEQsVUFBSSxLQUFLLEtBQUssU0FBUyxXQUFXLElBQUksSUFBSSxLQUFLLFNBQVMsUUFBUSxNQUFNLElBQUksTUFBTSxNQUFNLEVBQUU7QUFBQSxJQUMxRjtBQUNBLFFBQUksS0FBSyxpQkFBaUIsSUFBSSxNQUFNLElBQUksZ0JBQWdCLElBQUksTUFBTSxLQUFLLHNCQUFzQixJQUFJLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUk7QUFBQSxJQUNGLHlCQUF5QixRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsUUFBUSxLQUFLLElBQUksTUFBTSxFQUFFLElBQUksQ0FBQ0MsU0FBUSxPQUFPQSxLQUFJLEVBQUUsUUFBUSxLQUFLQSxLQUFJLFNBQVMsQ0FBQyxNQUFNLEtBQUtBLEtBQUksUUFBUSxDQUFDLE1BQU1BLEtBQUksT0FBTyxNQUFNQSxLQUFJLE1BQU0sSUFBSTtBQUFBLElBQzlJO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGNBQWMsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRyxjQUFjLFFBQVEsTUFBTSxLQUFLLGNBQWMsUUFBUSxNQUFNLElBQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDL0o7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLFNBQVMsS0FBS0MsT0FBc0I7QUFDbEMsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSztBQUNsQzs7O0FDckNPLFNBQVMsY0FBYyxTQUFnQztBQUM1RCxTQUFPO0FBQUEsSUFDTCxNQUFNLG9CQUFvQixRQUFRLFFBQVEsSUFBSSxRQUFRLE1BQU07QUFBQSxJQUM1RCxXQUFXLFFBQVEsT0FBTztBQUFBLElBQzFCLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDckIsWUFBWSxFQUFFLFFBQVEsUUFBUSxRQUFRLFVBQVUsUUFBUSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDL0csT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLFFBQVE7QUFDL0IsWUFBTUMsT0FBTSxPQUFPLEdBQUc7QUFDdEIsWUFBTSxVQUFVO0FBQUEsUUFDZCxJQUFJO0FBQUEsUUFDSixjQUFjQSxLQUFJLFNBQVM7QUFBQSxRQUMzQixhQUFhQSxLQUFJLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixzQkFBc0JBLEtBQUksTUFBTTtBQUFBLFFBQ2hDLFlBQVksSUFBSSxPQUFPO0FBQUEsUUFDdkIsR0FBRyxJQUFJLFVBQVUsSUFBSSxDQUFDLE1BQU07QUFDMUIsZ0JBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsQ0FBQztBQUMzQyxpQkFBTyxHQUFHLElBQUksS0FBSyxNQUFNLElBQUksRUFBRSxXQUFXLEtBQUssRUFBRSxRQUFRLEtBQUssRUFBRTtBQUFBLFFBQ2xFLENBQUM7QUFBQSxRQUNELFNBQVMsSUFBSSxNQUFNLElBQUk7QUFBQSxRQUN2QixXQUFXLElBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUSxJQUFJLE1BQU0sS0FBSztBQUFBLE1BQ3pCLEVBQUUsS0FBSyxJQUFJO0FBQ1gsYUFBTztBQUFBLFFBQ0wsTUFBTSxJQUFJO0FBQUEsUUFDVixXQUFXLG1CQUFtQixJQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJLElBQUksWUFBWSxTQUFTLENBQUMsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTLGVBQWUsR0FBRyxHQUFHLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQzlCTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxZQUFZLFVBQVU7QUFBQSxFQUN2QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsVUFBVSxhQUFhO0FBQzFCO0FBTU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQ3BDLFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQ0MsU0FBUUEsS0FBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDMUcsUUFBTSxPQUFPLENBQUMsVUFBb0IsS0FBSyxNQUFNLElBQUksQ0FBQ0MsT0FBTSxNQUFNQSxNQUFLLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMzRyxRQUFNLE1BQU07QUFBQSxJQUNWLGFBQWEsUUFBUSxNQUFNLE1BQU0sU0FBUyxPQUFPLENBQUMsYUFBYSxRQUFRLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFBQSxJQUNwRztBQUFBLElBQ0EsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3RDLEdBQUcsS0FBSyxJQUFJLENBQUNELFNBQVEsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBTUEsS0FBSSxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLElBQUksT0FBTyxJQUFJLEVBQUUsS0FBSyxJQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWUsR0FBRyxDQUFDLEVBQUU7QUFDOUUsZUFBVyxZQUFZLElBQUksVUFBVyxLQUFJLEtBQUssR0FBRyxjQUFjLFFBQVEsQ0FBQztBQUN6RSxRQUFJLEtBQUssZUFBZSxJQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFZLEtBQUksS0FBSyxLQUFLLGlCQUFpQixLQUFLLE9BQU8sUUFBUSxVQUFVLElBQUksRUFBRTtBQUMzRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCOzs7QUMvQk8sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ25GLFFBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxJQUFJLHFCQUFxQixFQUFFO0FBQ3hDLE1BQUksUUFBUTtBQUNWLFVBQU0sU0FBUyxPQUFPLFVBQVUsTUFBTSxPQUFPLFNBQVM7QUFDdEQsUUFBSTtBQUFBLE1BQ0YsSUFBSSxnQkFBZ0IsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUM5QixJQUFJLG9CQUFvQixHQUFHRSxTQUFRLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxPQUFPLFVBQVUsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzVGLElBQUksaUJBQWlCLEdBQUdBLFNBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRSxDQUFDLElBQUksT0FBTyxTQUFTLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM5RjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sT0FBTyxLQUFLLFlBQVk7QUFDekMsVUFBTSxhQUFhLFFBQVEsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsWUFBWSxRQUFRLElBQUksQ0FBQztBQUNoRixRQUFJLFdBQVcsV0FBVyxFQUFHO0FBQzdCLFFBQUksS0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLGFBQWEsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDckc7QUFDQSxNQUFJLEtBQUssa0JBQWtCLEtBQUssTUFBTSxvQkFBb0IsS0FBTSxRQUFRLENBQUMsQ0FBQyxLQUFLLEVBQUU7QUFDakYsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLElBQU0scUJBQXFCLENBQUMsc0JBQXNCLGNBQWMsT0FBTyxXQUFXLG9CQUFvQjtBQUN0RyxJQUFNLG1CQUFtQixDQUFDLGlCQUFpQixXQUFXO0FBRXRELElBQU0sYUFBeUQ7QUFBQSxFQUM3RCxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssV0FBVyxPQUFPLENBQUM7QUFBQSxFQUMzQyxDQUFDLGFBQWEsQ0FBQyxTQUFTLG1CQUFtQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3pELENBQUMsV0FBVyxDQUFDLFNBQVMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDckQsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLEtBQUssV0FBVyxPQUFPLEtBQUssQ0FBQyxtQkFBbUIsU0FBUyxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFDMUg7QUFFQSxTQUFTLElBQUksTUFBYyxPQUF1QjtBQUNoRCxTQUFPLE9BQU8sR0FBRyxJQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEtBQUs7QUFDbkQ7QUFFQSxTQUFTLGFBQWEsUUFBaUM7QUFDckQsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxPQUFPLE1BQU07QUFBQSxJQUNuQixLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDekYsS0FBSyxRQUFRO0FBQ1gsWUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLEVBQUUsU0FBUztBQUM1QyxhQUFPLEdBQUdBLFNBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSztBQUFBLElBQ2pFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3ZJLEtBQUs7QUFDSCxhQUFPLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxFQUMxRCxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFTLEVBQ3RDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxFQUMzRCxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sT0FBZSxVQUEwQjtBQUN2RCxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUMsTUFBTSxTQUFTLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQyxPQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQztBQUNsSSxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsR0FBRyxLQUFLLEtBQUssQ0FBQztBQUNwSSxTQUFPLEtBQUssS0FBSztBQUNuQjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFDN0M7QUFFQSxTQUFTQSxTQUFRLE9BQXVCO0FBQ3RDLFNBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDcEM7OztBQ2xETyxTQUFTLGFBQWEsTUFBcUIsT0FBc0Q7QUFDdEcsUUFBTSxFQUFFLFFBQUFDLFNBQVEsSUFBSSxJQUFJO0FBQ3hCLFFBQU0sVUFBVSxhQUFhLEVBQUUsUUFBUUEsUUFBTyxRQUFRLGNBQWNBLFFBQU8sY0FBYyxRQUFRQSxRQUFPLFFBQVEsU0FBUyxNQUFNLFNBQVMsSUFBSSxDQUFDO0FBQzdJLFFBQU0sVUFBVSxnQkFBZ0IsTUFBTSxTQUFTLEVBQUUsUUFBUUEsUUFBTyxRQUFRLFVBQVVBLFFBQU8sVUFBVSxTQUFTQSxRQUFPLFNBQVMsS0FBSyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQ2pKLFNBQU8sRUFBRSxHQUFHLFNBQVMsWUFBWSxNQUFNLGNBQWMsS0FBSztBQUM1RDtBQU1PLFNBQVMsaUJBQWlCLE1BQXFCLE9BQStDO0FBQ25HLFFBQU0sVUFBVSxhQUFhLE1BQU0sS0FBSztBQUN4QyxRQUFNLFFBQVEsTUFBTSxhQUNoQiw4REFBOEQsTUFBTSxPQUFPLFNBQVM7QUFBQSxJQUNwRixlQUFlLE9BQU87QUFDMUIsU0FBTyxFQUFFLFFBQVEsR0FBRyxrQkFBa0IsSUFBSSxDQUFDO0FBQUEsRUFBSyxLQUFLLElBQUksR0FBRyxZQUFZLFNBQVMsTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUMzRzs7O0FDckNBLElBQU0sVUFBVSxDQUFDLEtBQUssS0FBSyxNQUFNO0FBUTFCLFNBQVMsZUFBZSxLQUF5QjtBQUN0RCxRQUFNLEtBQUssUUFBUSxTQUFTLElBQUksa0JBQWtCLEtBQUssRUFBRSxZQUFZLEtBQUssRUFBRTtBQUM1RSxRQUFNLFFBQVEsSUFBSSx5QkFBeUIsS0FBSyxLQUFLLElBQUkseUJBQXlCLEtBQUssTUFBTTtBQUM3RixTQUFPLE1BQU0sU0FBUyxLQUFLLE9BQU87QUFDcEM7OztBQ1BPLFNBQVMsY0FBYyxNQUF3RTtBQUdwRyxNQUFJLEtBQUssZUFBZSxVQUFhLEtBQUssUUFBUSxlQUFlLE9BQVcsUUFBTyxDQUFDO0FBQ3BGLFFBQU0sT0FBTyxXQUFXO0FBQ3hCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLHFGQUFxRjtBQUdoSCxRQUFNQyxVQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsUUFBUSxhQUFhLEtBQUssTUFBTSxFQUFFO0FBQ25FLFNBQU8saUJBQWlCLE1BQU07QUFBQSxJQUM1QixRQUFBQTtBQUFBLElBQ0EsS0FBSyxLQUFLO0FBQUEsSUFDVixTQUFTLEtBQUs7QUFBQSxJQUNkLEtBQUssb0JBQUksS0FBSztBQUFBLElBQ2QsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxZQUFZLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxFQUN4QyxDQUFDO0FBQ0g7OztBQ1hBLElBQU0sU0FBUyxXQUFXLE9BQU87QUFHMUIsSUFBTSxVQUFtQjtBQUFBLEVBQzlCLEdBQUcsWUFBWSxNQUFNO0FBQUEsRUFDckIsV0FBVztBQUFBLElBQ1QsT0FBTztBQUFBLE1BQ0wsVUFBVTtBQUFBLE1BQ1YsS0FBSyxPQUFPLEtBQUssT0FBTztBQUFBLE1BQ3hCLFlBQVksT0FBTyxLQUFLLGNBQWM7QUFBQSxNQUN0QyxhQUFhO0FBQUEsSUFDZjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBRUEsR0FBRyxXQUFXLFFBQVEsRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUN4QztBQUVBLElBQUk7QUFHRyxTQUFTLFFBQWU7QUFDN0IsU0FBTyxTQUFTLE1BQU07QUFDeEI7QUFHZSxTQUFSLGNBQWtCLE1BQStCO0FBQ3RELFFBQU0sTUFBTSxTQUFTLElBQUk7QUFDekIsc0JBQVcsSUFBSSxlQUFlLE9BQU8sU0FBUyxHQUFHO0FBQ2pELFFBQU0sT0FBTyxjQUFjLEdBQUc7QUFDOUIsYUFBVyxTQUFTLE9BQU8sT0FBUSxhQUFZLFFBQVEsT0FBTyxJQUFJO0FBQ3BFO0FBR08sU0FBUyxTQUFTLEtBQWtCO0FBQ3pDLFdBQVMsT0FBTyxTQUFTLEtBQUssT0FBTyxNQUFNO0FBQzdDOyIsCiAgIm5hbWVzIjogWyJleGVjIiwgInRleHQiLCAibXMiLCAicmFuZG9tIiwgImNvbmZpZyIsICJsYXRlbmN5T2JqZWN0aXZlc01zIiwgIm1zIiwgIm9wZW4iLCAicmFuZG9tIiwgIm1zIiwgInRhZ3MiLCAiYWRkIiwgImNvbmZpZyIsICJleGVjIiwgInJhbmRvbSIsICJyb3ciLCAiZXhlYyIsICJjb3VudCIsICJleGVjIiwgImp1ZGdlZCIsICJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJ0YWdzIiwgImNsaWVudCIsICJleGVjIiwgImV4ZWMiLCAiY29uZmlnIiwgInRleHQiLCAib3B0aW9ucyIsICJodHRwIiwgImNvbmZpZyIsICJodHRwIiwgImNsaWVudCIsICJyb3ciLCAiY29uZmlnIiwgImV4ZWMiLCAiY29uZmlnIiwgImFsbG93ZWQiLCAidGV4dCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgIm9wZW4iLCAicm91bmQiLCAicm93IiwgImR1cmF0aW9uTXMiLCAicm93IiwgInRleHQiLCAicm93IiwgInJvdyIsICJjZWxsIiwgInBlcmNlbnQiLCAiY29uZmlnIiwgImNvbmZpZyJdCn0K
