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

// lib/client.ts
import http from "k6/http";

// thresholds/k6.ts
import exec2 from "k6/execution";

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
import exec5 from "k6/execution";
function agreedTestid(config2) {
  return exec5.test.options.tags?.testid ?? config2.testid;
}
function setupRun(run) {
  if (!run) exec5.test.abort("setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup");
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

// lib/journeys/check-list.ts
function checkList(list, beast, sets) {
  const passed = checked(list, sets, { beast, method: "GET" });
  if (!passed && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
  return passed;
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
          checkList(list, beast, { "GET answered a list of names": (answer2) => answer2.names !== void 0 });
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
import exec6 from "k6/execution";

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

// scenarios/stress.ts
var config = loadConfig("stress");
var options = {
  ...baseOptions(config),
  scenarios: { stress: readSettings(stressPlan) },
  ...sloOptions(config, { mode: "report" })
};
var traffic = mixedTraffic(config, readSettings(mixFromEnv));
function setup() {
  return startRun(config);
}
function stress_default(run) {
  traffic.visit(run);
}
function teardown(run) {
  traffic.sweep(run);
}
export {
  stress_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9rNi50cyIsICIuLi9saWIvZXhlbXBsYXJzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL2xpYi9yZXF1ZXN0LXRpbWVvdXQudHMiLCAiLi4vbGliL25hbWVzLnRzIiwgIi4uL2xpYi90cmFjaW5nL2s2LnRzIiwgIi4uL2xpYi92ZXJzaW9uLnRzIiwgIi4uL2xpYi9kYXRhL25hbWVzLnRzIiwgIi4uL2xpYi9wbGFucy9rbm9icy50cyIsICIuLi9saWIvcGxhbnMvbWl4LnRzIiwgIi4uL2xpYi9ydW4taWQudHMiLCAiLi4vdGhyZXNob2xkcy9jaGVja3MudHMiLCAiLi4vbGliL2pvdXJuZXlzL2NoZWNrLWxpc3QudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9taXgudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N0YXJ0LnRzIiwgIi4uL2xpYi9ydW4tbGlmZS50cyIsICIuLi9saWIvam91cm5leXMvcHJvYmUudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9wbGFucy9hcnJpdmFsLnRzIiwgIi4uL2xpYi9wbGFucy9zdHJlc3MudHMiLCAiLi4vdGhyZXNob2xkcy9idWRnZXQudHMiLCAiLi4vdGhyZXNob2xkcy9saW5rcy50cyIsICIuLi90aHJlc2hvbGRzL3N1bW1hcnktc2NoZW1hLnRzIiwgIi4uL3RocmVzaG9sZHMvZXZhbHVhdGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZm9ybWF0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3Nsby1qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9maWxlcy50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90YWJsZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90ZXh0LXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9lbmQtb2YtdGVzdC50cyIsICIuLi9saWIvd2ViLWRhc2hib2FyZC50cyIsICIuLi9saWIvc3VtbWFyeS50cyIsICIuLi9zY2VuYXJpb3Mvc3RyZXNzLnRzIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7O0FBQUEsT0FBTyxVQUFVOzs7QUNLVixJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBSXJDLFlBQVksVUFBa0IsT0FBZSxVQUFrQjtBQUM3RCxVQUFNLEdBQUcsUUFBUSxJQUFJLFVBQVUsS0FBSyxDQUFDLDJCQUEyQixRQUFRLEVBQUU7QUFINUU7QUFBQSx3QkFBUztBQUlQLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsT0FBdUI7QUFDeEMsUUFBTSxXQUFXLE1BQU0sUUFBUSw2QkFBNkIsUUFBUTtBQUNwRSxTQUFPLGlCQUFpQixLQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssVUFBVSxRQUFRO0FBQzdFOzs7QUNoQk8sSUFBTSxZQUFZO0FBQUEsRUFDdkIsU0FBUyxDQUFDLFdBQVcsYUFBYSxZQUFZLFdBQVcsVUFBVTtBQUFBLEVBQ25FLFFBQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsV0FBVztBQUN2RTtBQU1PLElBQU0saUJBQWlCLE9BQU8sS0FBSyxTQUFTOzs7QUNMNUMsSUFBTSxpQkFBZ0U7QUFBQSxFQUMzRSxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDM0IsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFlBQVksQ0FBQztBQUNmOzs7QUNBTyxTQUFTLFVBQWEsU0FBaUIsT0FBcUQ7QUFDakcsUUFBTSxXQUFXLENBQUMsS0FBYSxhQUF3QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxZQUFZLFVBQVUsS0FBSyxPQUFPO0FBQ3JFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxPQUFPLE9BQU8sVUFBVSxFQUFFLFFBQVEsQ0FBQztBQUM1QztBQU1PLFNBQVMsUUFBVyxLQUFVLFVBQWtCLFVBQXdCLFVBQWdCO0FBQzdGLFFBQU0sTUFBTSxJQUFJLFFBQVE7QUFDeEIsU0FBTyxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsUUFBUTtBQUMxRjtBQUdPLFNBQVMsZ0JBQW1CLEtBQVUsVUFBa0IsVUFBdUM7QUFDcEcsU0FBTyxRQUF1QixLQUFLLFVBQVUsVUFBVSxNQUFTO0FBQ2xFO0FBRUEsSUFBTSxXQUFXO0FBR1YsSUFBTSxNQUF5QixVQUFVLGdEQUFnRCxDQUFDLFFBQVE7QUFDdkcsUUFBTSxRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQy9CLE1BQUksQ0FBQyxTQUFVLE1BQU0sQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLE1BQVEsUUFBTztBQUMzRSxTQUFPLElBQUksUUFBUSxRQUFRLEVBQUU7QUFDL0IsQ0FBQztBQUdNLElBQU0sa0JBQXFDLFVBQVUsdUNBQXVDLENBQUMsUUFBUTtBQUMxRyxNQUFJLENBQUMsYUFBYSxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3BDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQ3RELENBQUM7QUFFRCxJQUFNLG9CQUE0QyxFQUFFLEdBQUcsTUFBVyxHQUFHLEtBQVEsR0FBRyxLQUFPLElBQUksRUFBRTtBQUM3RixJQUFNLGdCQUFnQjtBQUdmLFNBQVMsV0FBV0EsT0FBa0M7QUFDM0QsUUFBTSxRQUFRLGNBQWMsS0FBS0EsS0FBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHQyxHQUFFLElBQUk7QUFDeEIsUUFBTSxRQUNKLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU9BLE9BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSxnRkFBZ0YsQ0FBQyxRQUFRO0FBQ3RJLFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXQyxTQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBTU8sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxTQUFPLEVBQUUsU0FBUyxjQUFjLE9BQU87QUFDekM7QUFHTyxTQUFTLFlBQVksS0FBVSxTQUFvQztBQUN4RSxRQUFNLEVBQUUsU0FBUyxjQUFjLE9BQU8sSUFBSSxZQUFZLEdBQUc7QUFDekQsUUFBTSxPQUFPLFVBQVUsS0FBSyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxTQUFTLFFBQVEsS0FBSyxVQUFVLGlCQUFpQixjQUFjLFFBQVEsVUFBVSxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDbkgsUUFBTSxZQUFZLFFBQVEsS0FBSyxRQUFRLEtBQUssaUJBQWlCLEdBQUcsQ0FBQyxDQUFDO0FBR2xFLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxTQUFTLGdCQUFnQixrQkFBa0IsR0FBRyxrQkFBa0I7QUFDN0csU0FBTyxFQUFFLFVBQVUsUUFBUSxVQUFVLFNBQVMsY0FBYyxRQUFRLE1BQU0sUUFBUSxNQUFNLFdBQVcsVUFBVTtBQUMvRztBQUVBLFNBQVMsVUFBVSxLQUFVLFVBQWlDO0FBQzVELFFBQU0sV0FBVyxlQUFlLFFBQVEsS0FBSyxDQUFDO0FBQzlDLFFBQU0sT0FBTyxDQUFJLFVBQW9CLGFBQTBDO0FBQzdFLFVBQU0sUUFBUSxnQkFBZ0IsS0FBSyxVQUFVLFFBQVE7QUFDckQsUUFBSSxVQUFVLFVBQWEsQ0FBQyxTQUFTLFNBQVMsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sUUFBUSxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSyxJQUFJLENBQUMsS0FBSztBQUNwRSxZQUFNLElBQUksWUFBWSxVQUFVLE9BQU8sSUFBSSxRQUFRLENBQUMsRUFBRSxLQUFLLEdBQUcsaUJBQWlCLFFBQVEsbUJBQW1CLEtBQUssRUFBRTtBQUFBLElBQ25IO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQUEsSUFDTCxLQUFLLEtBQUssT0FBTyxlQUFlO0FBQUEsSUFDaEMsWUFBWSxLQUFLLGNBQWMsZUFBZTtBQUFBLElBQzlDLFVBQVUsS0FBSyxZQUFZLFFBQVE7QUFBQSxJQUNuQyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQUEsRUFDekI7QUFDRjs7O0FDcEhPLFNBQVMsY0FBYyxXQUFtQixLQUE2QztBQUM1RixNQUFJLFVBQVUsV0FBVyxHQUFHLEVBQUcsUUFBTztBQUN0QyxNQUFJLENBQUMsS0FBSyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLFNBQU8sR0FBRyxJQUFJLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxVQUFVLFFBQVEsVUFBVSxFQUFFLENBQUM7QUFDdEU7QUFTTyxTQUFTLGVBQWUsV0FBbUIsS0FBeUIsTUFBdUM7QUFDaEgsUUFBTSxPQUFPLGNBQWMsV0FBVyxHQUFHO0FBQ3pDLE1BQUksU0FBUyxPQUFXO0FBQ3hCLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxJQUFJO0FBQ1QsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksaUNBQWlDLEtBQUssT0FBTyxFQUFHO0FBQ3BELFFBQUksQ0FBQyw0QkFBNEIsS0FBSyxPQUFPLEVBQUc7QUFDaEQsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQjtBQUNBLFFBQU0sSUFBSSxZQUFZLGNBQWMsV0FBVyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ25HOzs7QUM5Qk8sSUFBTSxlQUFlO0FBVTVCLElBQU0sV0FBVztBQW1CVixTQUFTLHFCQUFxQixLQUFnQjtBQUNuRCxRQUFNLE1BQU0sSUFBSSxZQUFZLEdBQUcsS0FBSztBQUNwQyxNQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsS0FBSyxHQUFHLEVBQUc7QUFDakMsUUFBTSxJQUFJO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxRQUFRLFVBQVUsUUFBUTtBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGOzs7QVA1Qk8sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBT08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVE7QUFDM0IsVUFBTUMsVUFBUyxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDbEYsUUFBSSxTQUFTLEdBQUc7QUFDZCxxQkFBZUEsUUFBTyxXQUFXLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDOUQsMkJBQXFCLEdBQUc7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBUXRDQSxPQUFPLFVBQXVEOzs7QUNBOUQsT0FBT0MsV0FBVTs7O0FDVVYsSUFBTSxrQkFBa0I7QUF3Qy9CLElBQU0sbUJBQW1CLENBQUMsS0FBSyxLQUFLLEdBQUc7QUFPaEMsU0FBUyxjQUFjLFFBQWdCLFdBQXdDO0FBQ3BGLE1BQUksV0FBVyxFQUFHLFFBQU87QUFDekIsU0FBTyxDQUFDLGlCQUFpQixTQUFTLE1BQU0sS0FBSyxjQUFjO0FBQzdEO0FBT08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxXQUFXLFNBQXlCQyxzQkFBa0Q7QUFDcEcsUUFBTSxRQUFRLEdBQUcsUUFBUSxNQUFNLEtBQUssUUFBUSxLQUFLLEdBQUcsUUFBUSxVQUFVLEtBQUssWUFBWTtBQUN2RixRQUFNLE9BQWlCLENBQUM7QUFDeEIsTUFBSSxRQUFRLE9BQVEsTUFBSyxLQUFLLGdCQUFnQixLQUFLLEVBQUU7QUFDckQsYUFBV0MsT0FBTUQscUJBQXFCLEtBQUksUUFBUSxjQUFjQyxJQUFJLE1BQUssS0FBSyxZQUFZQSxHQUFFLElBQUksS0FBSyxFQUFFO0FBQ3ZHLE1BQUksUUFBUSxZQUFhLE1BQUssS0FBSyxVQUFVLEtBQUssRUFBRTtBQUNwRCxTQUFPO0FBQ1Q7QUFHTyxJQUFNLG1CQUFOLE1BQXVCO0FBQUEsRUFHNUIsWUFDbUJELHNCQUNBLEtBQ0EsT0FDakI7QUFIaUIsK0NBQUFBO0FBQ0E7QUFDQTtBQUxuQix3QkFBaUIsU0FBUSxvQkFBSSxJQUFvQjtBQUFBLEVBTTlDO0FBQUE7QUFBQSxFQUdILE9BQU8sU0FBa0M7QUFDdkMsVUFBTSxPQUFPLFdBQVcsU0FBUyxLQUFLLG9CQUFvQixDQUFDO0FBQzNELFFBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUU5QixVQUFNLFFBQVEsUUFBUSxVQUFVLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxvQkFBb0IsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUk7QUFDdEcsVUFBTUUsUUFBTyxLQUFLLE9BQU8sQ0FBQyxTQUFTLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLEtBQUs7QUFDcEUsUUFBSUEsTUFBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixlQUFXLE9BQU9BLE1BQU0sTUFBSyxNQUFNLElBQUksTUFBTSxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQzFFLFNBQUssTUFBTSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3RDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUFpQztBQUNsRSxRQUFNLE9BQXFCO0FBQUEsSUFDekIsU0FBUyxRQUFRO0FBQUEsSUFDakIsU0FBUyxRQUFRO0FBQUEsSUFDakIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVE7QUFBQSxJQUNoQixNQUFNLFFBQVE7QUFBQSxJQUNkLFFBQVEsUUFBUTtBQUFBLElBQ2hCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLGFBQWEsUUFBUSxnQkFBZ0I7QUFBQSxJQUNyQyxZQUFZLEtBQUssTUFBTSxRQUFRLGFBQWEsR0FBSSxJQUFJO0FBQUEsSUFDcEQsTUFBTSxJQUFJLEtBQUssUUFBUSxNQUFNLEVBQUUsWUFBWTtBQUFBLEVBQzdDO0FBQ0EsU0FBTyxHQUFHLGVBQWUsR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ2xEO0FBbUJBLElBQUksc0JBQXlDLENBQUM7QUFDOUMsSUFBSSxXQUF5QixNQUFNO0FBTzVCLFNBQVMsZ0JBQWdCLGNBQWlDLEtBQXlCO0FBQ3hGLHdCQUFzQixDQUFDLEdBQUcsSUFBSSxJQUFJLFlBQVksQ0FBQztBQUMvQyxhQUFXO0FBQ2I7QUFHQSxJQUFNLFdBQVcsSUFBSTtBQUFBLEVBQ25CLE1BQU07QUFBQSxFQUNOLE1BQU0sU0FBUztBQUFBLEVBQ2YsQ0FBQyxTQUFTLFFBQVEsTUFBTSxJQUFJO0FBQzlCO0FBR08sU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUMxSk8sSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTs7O0FDQzdGLFNBQVMsVUFBVSxPQUFlQyxTQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTQSxRQUFPLEtBQUs7QUFDM0IsUUFBSSxPQUFPLEtBQUssQ0FBQyxVQUFVLFVBQVUsQ0FBQyxHQUFHO0FBQ3ZDLGFBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxZQUFZLFNBQWlCLFFBQXdCO0FBQ25FLFNBQU8sTUFBTSxPQUFPLElBQUksTUFBTTtBQUNoQztBQWVPLElBQU0sZUFBaUQsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUcxRixTQUFTLFlBQVksUUFBd0I7QUFDbEQsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsSUFBSyxRQUFPLEtBQUssS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEdBQUcsUUFBVSxNQUFNO0FBQ3RHLFNBQU8sS0FBSyxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUMxQztBQU1PLFNBQVMsY0FBYyxRQUFnQixRQUFvQztBQUNoRixTQUFPLEdBQUcsWUFBWSxNQUFNLENBQUMsR0FBSSxXQUFXLFVBQWEsYUFBYSxNQUFNLEtBQU0sR0FBRztBQUN2RjtBQU9PLElBQU0sZ0JBQU4sTUFBb0I7QUFBQSxFQUN6QixZQUNtQixRQUNBQSxTQUNqQjtBQUZpQjtBQUNBLGtDQUFBQTtBQUFBLEVBQ2hCO0FBQUE7QUFBQSxFQUdILEtBQUssUUFBMEM7QUFDN0MsVUFBTSxVQUFVLEdBQUcsY0FBYyxLQUFLLFFBQVEsTUFBTSxDQUFDLEdBQUcsVUFBVSxJQUFJLEtBQUssTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzNGLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLFFBQVEsYUFBYSxZQUFZLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDdEU7QUFDRjtBQU9PLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBSXRCLFlBQTZCQSxTQUFxQjtBQUFyQixrQ0FBQUE7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLE1BQUs7QUFBQSxFQUVzQztBQUFBO0FBQUEsRUFHbkQsR0FBRyxXQUEyQjtBQUM1QixRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLEtBQUssVUFBVSxHQUFHLEtBQUssTUFBTTtBQUFBLElBQ3BDO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBVU8sU0FBUyxVQUFVLFFBQWdCLFNBQWlCLFNBQWlCLFFBQW1CO0FBQzdGLFFBQU0sT0FBTyxXQUFXLFNBQVksS0FBSyxXQUFXLFVBQVUsWUFBWSxhQUFhLE9BQU8sT0FBTztBQUNyRyxTQUFPLGVBQWUsT0FBTyxZQUFZLE1BQU0sR0FBRyxJQUFJO0FBQ3hEO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE9BQU8sRUFBRTtBQUM5RTs7O0FDNUZPLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUVySCxRQUFNLFlBQ0osU0FBUyxpQkFBaUIsNEJBQTRCLGdCQUFnQixNQUFNLE1BQWdCLENBQUMsS0FDM0YsU0FBUyxZQUFZLGVBQWUsV0FBVyxPQUMvQztBQUNKLFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUztBQUM3QyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsaUJBQWlCLFVBQVUsS0FBSztBQUMxRSxNQUFJLFNBQVMsV0FBVztBQUN0QixVQUFNLElBQUksWUFBWTtBQUN0QixVQUFNLFdBQVcsYUFBYSxPQUFPLENBQUMsQ0FBQztBQUN2QyxXQUFPO0FBQUEsTUFDTCxRQUFRLHNCQUFzQixDQUFDLHFDQUFxQyxRQUFRO0FBQUEsTUFDNUUsa0JBQWtCLDZCQUE2QixLQUFLLE1BQU0sSUFBSSxHQUFHLENBQUMsR0FBRyxRQUFRO0FBQUEsTUFDN0U7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQ0osU0FBUyxpQkFDTCxXQUFXLHNCQUFzQixPQUFPLEVBQUUsbUJBQW1CLFFBQVEsQ0FBQyxJQUN0RSxXQUFXLDRCQUE0QixPQUFPLEVBQUUsUUFBUSxPQUFPLENBQUM7QUFDdEUsU0FBTyxFQUFFLFFBQVEsa0JBQWtCLFFBQVEsU0FBUyxNQUFNO0FBQzVEO0FBR0EsU0FBUyxXQUFXLFNBQWlCLE9BQW1CLE1BQXNDO0FBQzVGLFNBQU8sUUFBUSxPQUFPLEdBQUcsYUFBYSxPQUFPLElBQUksQ0FBQyx5QkFBeUIsT0FBTyxHQUFHLGFBQWEsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUM5RztBQUVBLFNBQVMsYUFBYSxPQUFtQixPQUF1QztBQUM5RSxRQUFNLFNBQVMsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxRQUFRLE1BQU0sUUFBUSxHQUFHLE1BQU07QUFDMUYsU0FBTyxJQUFJLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDN0U7QUFRTyxTQUFTLG9CQUFvQixRQUF3QjtBQUMxRCxTQUFPLGVBQWUsT0FBTyxXQUFXLEtBQUssS0FBSyxDQUFDO0FBQ3JEO0FBT08sU0FBUyxhQUFhLE9BQW1CLFdBQTRCO0FBQzFFLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QztBQUFBLElBQ0EsdUJBQXVCLE1BQU0sTUFBTTtBQUFBLElBQ25DLHdCQUF3QixNQUFNLEtBQUs7QUFBQSxJQUNuQyw0QkFBNEIsb0JBQW9CLE1BQU0sTUFBTSxDQUFDO0FBQUEsSUFDN0QsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBUU8sU0FBUyxZQUFZLE9BQW1CLE9BQWdDO0FBQzdFLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFNBQU8sa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxLQUFLLGlCQUFpQixjQUFjLE1BQU0sUUFBUSxNQUFNLE1BQU0sQ0FBQztBQUN6STs7O0FDdkZPLElBQU0sVUFBVSxDQUFDLE9BQU8sUUFBUSxRQUFRO0FBS3hDLElBQU0saUJBQWlCO0FBTXZCLElBQU0sK0JBQStCO0FBOEJyQyxTQUFTLGFBQWEsT0FBNEI7QUFDdkQsUUFBTSxZQUFZLGFBQWEsTUFBTSxHQUFHO0FBQ3hDLFFBQU0sTUFBTSxNQUFNLGlCQUFpQixXQUFXLGFBQWE7QUFDM0QsUUFBTSxPQUFjLENBQUM7QUFDckIsYUFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxlQUFXLFVBQVUsTUFBTSxXQUFXLFNBQVM7QUFDN0MsWUFBTSxRQUFRLEdBQUcsTUFBTSxLQUFLLEtBQUs7QUFDakMsWUFBTSxRQUFvQixFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJO0FBQ3JFLGlCQUFXLFlBQVksVUFBVSxPQUFPLENBQUMsY0FBYyxVQUFVLFNBQVMsU0FBUyxNQUFNLEtBQUssSUFBSSxHQUFHO0FBQ25HLGNBQU0sWUFBWSxTQUFTLFVBQVUsTUFBTTtBQUMzQyxhQUFLLEtBQUs7QUFBQSxVQUNSLElBQUksR0FBRyxTQUFTLFFBQVEsSUFBSSxPQUFPLFlBQVksQ0FBQyxJQUFJLEtBQUs7QUFBQSxVQUN6RCxhQUFhLFNBQVMsWUFBWSxPQUFPLE1BQU07QUFBQSxVQUMvQyxNQUFNLFNBQVM7QUFBQSxVQUNmLFFBQVEsU0FBUztBQUFBLFVBQ2pCLE1BQU0sRUFBRSxPQUFPLE9BQU87QUFBQSxVQUN0QixNQUFNLFNBQVM7QUFBQSxVQUNmO0FBQUEsVUFDQSxTQUFTLFdBQVcsU0FBUyxNQUFNLFdBQVcsU0FBUyxJQUFJLEdBQUcsVUFBVSxPQUFPLEtBQUs7QUFBQSxVQUNwRjtBQUFBLFVBQ0EsT0FBTyxTQUFTO0FBQUEsUUFDbEIsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxLQUF5QztBQUM3RCxRQUFNLGlCQUFpQixDQUFDLFdBQW1CLGNBQWMsSUFBSSxTQUFTLFFBQVEsSUFBSSxZQUFZO0FBQzlGLFFBQU0sV0FBVyxDQUFDLFdBQ2hCLElBQUksWUFBWSxhQUFhLFdBQVcsU0FBUyxxREFBcUQ7QUFDeEcsUUFBTSxVQUFVLENBQUMsTUFBeUJDLFNBQTZCO0FBQUEsSUFDckUsTUFBTTtBQUFBLElBQ04sVUFBVSxXQUFXLEtBQUssUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUFBLElBQzlDLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxPQUFPO0FBQUEsSUFDUCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBT0EsS0FBSSxNQUFNLEtBQUs7QUFBQSxJQUNuRCxhQUFhLENBQUMsVUFBVSxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxRQUFRLEtBQUssMkJBQTJCQSxHQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUIsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCO0FBQUE7QUFBQTtBQUFBLE1BR0UsTUFBTTtBQUFBLE1BQ04sU0FBUyxDQUFDLEtBQUs7QUFBQSxNQUNmLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLE1BQU0sSUFBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRLElBQUksTUFBTSxDQUFDLHFCQUFxQixLQUFLO0FBQUEsSUFDMUU7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGNBQWMsU0FBcUIsUUFBZ0IsV0FBMkI7QUFDckYsUUFBTSxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQ2xDLFNBQU8sWUFBWSxhQUFhLFdBQVcsU0FBUyxLQUFLLElBQUksUUFBUSw0QkFBNEIsSUFBSTtBQUN2RztBQUVBLFNBQVMsV0FBVyxNQUE4QjtBQUNoRCxTQUFPLFNBQVMsU0FBUyxPQUFPLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDOUQ7QUFHQSxTQUFTLE1BQU0sT0FBdUI7QUFDcEMsU0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFDbkM7QUFFQSxTQUFTLFFBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sR0FBRyxNQUFNQSxTQUFRLEdBQUcsQ0FBQztBQUM5Qjs7O0FDMUhPLFNBQVMsYUFBYSxRQUFnQkMsT0FBc0M7QUFDakYsUUFBTSxTQUFTLE9BQU8sUUFBUUEsS0FBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRTtBQUMzRSxTQUFPLE9BQU8sU0FBUyxHQUFHLE1BQU0sSUFBSSxPQUFPLEtBQUssR0FBRyxDQUFDLE1BQU07QUFDNUQ7QUFHTyxTQUFTLG9CQUFvQixLQUE4QztBQUNoRixTQUFPLEdBQUcsSUFBSSxJQUFJLEdBQUcsSUFBSSxVQUFVLEVBQUUsR0FBRyxJQUFJLFVBQVUsS0FBSztBQUM3RDtBQUdPLElBQU0sbUJBQW1CO0FBTWhDLFNBQVMsWUFBWSxLQUFrQjtBQUNyQyxTQUFPLEdBQUcsSUFBSSxJQUFJO0FBQ3BCO0FBUU8sU0FBUyxrQkFDZCxTQUNBLFVBQzZCO0FBQzdCLFFBQU0sYUFBMEMsQ0FBQztBQUNqRCxRQUFNQyxPQUFNLENBQUMsS0FBYSxjQUErQjtBQUN2RCxVQUFNLE9BQVEsc0NBQW9CLENBQUM7QUFDbkMsUUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDLGFBQWEsS0FBSyxVQUFVLFFBQVEsTUFBTSxLQUFLLFVBQVUsU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLFNBQVM7QUFBQSxFQUMzRztBQUNBLGFBQVcsT0FBTyxTQUFTO0FBQ3pCLElBQUFBLEtBQUksYUFBYSxJQUFJLFFBQVEsSUFBSSxJQUFJLEdBQUcsT0FBTyxLQUFLLFNBQVMsTUFBTSxTQUFTLFVBQVUsQ0FBQztBQUN2RixJQUFBQSxLQUFJLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxHQUFHLFNBQVMsU0FBUyxXQUFXLGFBQWEsZ0JBQWdCO0FBQUEsRUFDbkc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sS0FBVSxNQUFlLFlBQStCO0FBQ3RFLE1BQUksU0FBUyxTQUFVLFFBQU8sWUFBWSxHQUFHO0FBQzdDLFFBQU0sWUFBWSxvQkFBb0IsR0FBRztBQUN6QyxTQUFPLFNBQVMsU0FBUyxFQUFFLFdBQVcsYUFBYSxNQUFNLGdCQUFnQixXQUFXLElBQUk7QUFDMUY7QUFNTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDaEQzRixJQUFNLGVBQXNDLENBQUMsV0FBVyxnQkFBZ0I7QUFReEUsSUFBTSxZQUFnQyxDQUFDLFFBQVEsUUFBUSxRQUFRO0FBNEIvRCxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLHVCQUF1QjtBQUU3QixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLFFBQTJCLFVBQVUsd0NBQXdDLENBQUMsUUFBUTtBQUMxRixNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUTtBQUMxQyxDQUFDO0FBR0QsU0FBUyxRQUFRLE9BQWUsV0FBc0M7QUFDcEUsU0FBTyxVQUFVLDhCQUE4QixLQUFLLEtBQUssU0FBUyxLQUFLLENBQUMsUUFBUTtBQUM5RSxVQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNyRCxXQUFPLFNBQVMsU0FBUyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxRCxDQUFDO0FBQ0g7QUFHQSxJQUFNLGdCQUFnQixTQUFTLHlCQUF5Qiw4Q0FBOEM7QUFNL0YsU0FBUyxpQkFBaUIsS0FBVSxhQUFtQztBQUM1RSxRQUFNLFFBQVEsUUFBUSxLQUFLLGNBQWMsaUJBQWlCLGNBQWM7QUFDeEUsU0FBTztBQUFBLElBQ0wsU0FBUyxRQUFRLEtBQUssZUFBZSxNQUFNLFlBQVksR0FBRyxTQUFTO0FBQUEsSUFDbkUsTUFBTSxRQUFRLEtBQUssWUFBWSxNQUFNLFNBQVMsR0FBRyxXQUFXO0FBQUEsSUFDNUQ7QUFBQSxJQUNBLE9BQU8sUUFBUSxLQUFLLGNBQWMsUUFBUSxPQUFPLFlBQVksR0FBRyxLQUFLLElBQUksZ0JBQWdCLEtBQUssQ0FBQztBQUFBLElBQy9GLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLG9CQUFvQjtBQUFBLElBQzFFLFFBQVEsUUFBUSxLQUFLLGNBQWMsT0FBTyxvQkFBb0I7QUFBQSxJQUM5RCxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsVUFBVSxtQkFBbUI7QUFBQSxJQUN6RSxTQUFTO0FBQUEsTUFDUCxLQUFLLFFBQVEsS0FBSyxlQUFlLEtBQUssdUJBQXVCO0FBQUEsTUFDN0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLE1BQ2xFLFNBQVMsUUFBUSxLQUFLLG9CQUFvQixlQUFlLE1BQU07QUFBQSxNQUMvRCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0Y7OztBUGxGQSxJQUFJO0FBUUcsU0FBUyxXQUNkQyxTQUNBLFVBQ21EO0FBQ25ELFFBQU0sV0FBVyxhQUFhLENBQUMsUUFBUSxpQkFBaUIsS0FBSyxTQUFTLElBQUksQ0FBQztBQUMzRSxXQUFTLEVBQUUsUUFBQUEsU0FBUSxVQUFVLFNBQVMsU0FBUyxRQUFRO0FBQ3ZELFFBQU0sVUFBVSxhQUFhLEVBQUUsR0FBR0EsU0FBUSxTQUFTLFNBQVMsU0FBUyxLQUFLLFNBQVMsQ0FBQztBQUNwRixRQUFNLFlBQVksUUFBUSxPQUFPLENBQUMsUUFBUSxJQUFJLFNBQVMsU0FBUyxFQUFFLElBQUksQ0FBQyxRQUFRLElBQUksVUFBVSxLQUFLO0FBQ2xHLGtCQUFnQixXQUFXLE1BQU1DLE1BQUssU0FBUyxjQUFjO0FBQzdELFNBQU8sRUFBRSxZQUFZLGtCQUFrQixTQUFTLFFBQVEsR0FBRyxtQkFBbUIsb0JBQW9CO0FBQ3BHO0FBR08sU0FBUyxhQUFxQztBQUNuRCxTQUFPO0FBQ1Q7OztBUS9CTyxJQUFNLHVCQUF1QjtBQUU3QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUd2QixTQUFTLGlCQUFpQixPQUF1QjtBQUN0RCxTQUFPLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxJQUFJLGdCQUFnQix1QkFBdUIsS0FBSyxDQUFDO0FBQ3hGOzs7QUNoQk8sSUFBTSxrQkFBa0I7QUFHeEIsSUFBTSxlQUFlO0FBRzVCLElBQU0sbUJBQW1CLE1BQU0sSUFBSTtBQWdCbkMsSUFBTSxjQUFjLElBQUksT0FBTyxJQUFJLFlBQVksMkRBQTJEO0FBT25HLFNBQVMsUUFBUSxTQUFpQixRQUFnQixJQUFxQjtBQUM1RSxRQUFNLFFBQVEsS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUN2QyxRQUFNLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxTQUFTLEdBQUksR0FBRyxnQkFBZ0I7QUFDaEUsUUFBTSxTQUFTLEdBQUcsWUFBWSxJQUFJLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUMsSUFBSSxFQUFFO0FBQ2hHLFNBQU8sRUFBRSxRQUFRLFNBQVMsUUFBUSxLQUFNLFFBQVEsUUFBUSxRQUFRLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsYUFBYSxNQUFtQztBQUM5RCxRQUFNLFFBQVEsWUFBWSxLQUFLLElBQUk7QUFDbkMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsUUFBUSxPQUFPLE1BQU0sRUFBRSxJQUFJO0FBQ2xDLFFBQU0sVUFBVSxTQUFTLE9BQU8sRUFBRSxJQUFJO0FBQ3RDLFNBQU8sRUFBRSxRQUFRLFNBQVMsT0FBTyxVQUFVLFNBQVMsTUFBTSxFQUFFLElBQUksS0FBTSxHQUFHO0FBQzNFO0FBR08sU0FBUyxZQUFZQyxTQUE4QjtBQUN4RCxNQUFJLEtBQUs7QUFDVCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLE1BQWMsT0FBZSxLQUF1QjtBQUM1RSxRQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLE1BQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFFBQVE7QUFDM0M7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFNTyxTQUFTLGNBQWMsTUFBb0M7QUFDaEUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEVBQUcsUUFBTztBQUNqQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQWtCQSxNQUFtQyxJQUFJO0FBQ2pGLFNBQU8sTUFBTSxNQUFNLENBQUMsU0FBeUIsT0FBTyxTQUFTLFFBQVEsSUFBSSxRQUFRO0FBQ25GO0FBR08sSUFBTSxZQUFZO0FBR2xCLElBQU0sYUFBYTs7O0FDMUcxQixTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBR2pCLElBQU0sU0FBUyxDQUFDQyxXQUFrQixJQUFJLFdBQVcsWUFBWUEsTUFBSyxDQUFDO0FBQ25FLElBQU0sV0FBVyxJQUFJLFdBQVcsTUFBTTtBQUN0QyxJQUFJO0FBR0csU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxTQUFTLEdBQUdDLE1BQUssR0FBRyxtQkFBbUI7QUFDaEQ7QUFPTyxTQUFTLE9BQVUsUUFBZ0IsUUFBNEIsTUFBcUM7QUFDekcsc0JBQVcsSUFBSSxjQUFjLFFBQVEsTUFBTTtBQUMzQyxRQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU07QUFDaEMsRUFBQUEsTUFBSyxHQUFHLFFBQVEsU0FBUyxXQUFXLE1BQU07QUFDMUMsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsVUFBRTtBQUNBLFdBQU9BLE1BQUssR0FBRyxRQUFRLFNBQVM7QUFBQSxFQUNsQztBQUNGOzs7QUMxQk8sSUFBTSxnQkFBZ0I7OztBWmU3QixJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBR08sU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxHQUFHLGlCQUFpQixXQUFXLEdBQUcsU0FBUyxTQUFTLGNBQWMsQ0FBQztBQUM1RTtBQW9CTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFNMUIsWUFDbUIsU0FDQSxLQUNBLFVBQW1CLFdBQ3BDO0FBSGlCO0FBQ0E7QUFDQTtBQVJuQix3QkFBaUI7QUFDakIsd0JBQWlCLFdBQVUsZUFBZTtBQUMxQyx3QkFBUSxXQUFVO0FBQ2xCLHdCQUFRLGdCQUFlO0FBT3JCLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sRUFBRSxVQUFVLFFBQVEsSUFBSSxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUN2RSxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE9BQU8sUUFBUTtBQUFBLEVBQ3BDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUNoRDtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR1EsUUFBZ0I7QUFDdEIsUUFBSSxLQUFLLFlBQVksUUFBUyxRQUFPLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxPQUFPO0FBQ3RGLFVBQU0sVUFBVSxlQUFlO0FBQy9CLFFBQUksWUFBWSxLQUFLLFNBQVM7QUFDNUIsV0FBSyxVQUFVO0FBQ2YsV0FBSyxlQUFlLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQzNFO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRVEsS0FBOEIsUUFBZ0IsT0FBZSxNQUEwQixjQUFrQjtBQUMvRyxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQ3ZCLFVBQU1DLFVBQVMsS0FBSyxZQUFZO0FBQ2hDLFVBQU1DLFFBQStCRCxVQUFTLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxFQUFFLE1BQU0sT0FBTyxJQUFJLFFBQVE7QUFDbEcsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxVQUFNLFFBQVEsS0FBSyxNQUFNO0FBQ3pCLFdBQU8sT0FBTyxLQUFLLElBQUksUUFBUUEsVUFBUyxTQUFTLFFBQVcsQ0FBQyxVQUFVO0FBQ3JFLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLGNBQWM7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUM7QUFBQSxRQUNBLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQ0QsVUFBSSxDQUFDRCxRQUFRLFFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBVTtBQUNuRCxZQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsWUFBTSxTQUFTLFdBQVcsZ0JBQWdCLE1BQU07QUFDaEQsWUFBTSxVQUEwQjtBQUFBLFFBQzlCLFNBQVMsTUFBTTtBQUFBLFFBQ2YsU0FBUyxLQUFLO0FBQUEsUUFDZDtBQUFBLFFBQ0E7QUFBQSxRQUNBLE1BQU07QUFBQSxRQUNOO0FBQUEsUUFDQTtBQUFBLFFBQ0EsU0FBUyxDQUFDLFVBQVUsY0FBYyxRQUFRLFNBQVMsUUFBUSxjQUFjLENBQUM7QUFBQSxRQUMxRSxZQUFZLFFBQVE7QUFBQSxRQUNwQjtBQUFBLE1BQ0Y7QUFDQSxxQkFBZSxPQUFPO0FBQ3RCLGFBQU8sRUFBRSxVQUFVLFFBQVE7QUFBQSxJQUM3QixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QWE5SEEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0UsV0FBVTtBQVFqQixJQUFNLFFBQVEsSUFBSSxZQUFZLHFCQUFxQixNQUFnQixLQUFLLE1BQU0sS0FBSyxtQkFBbUIsQ0FBQyxDQUFDO0FBTWpHLFNBQVMsY0FBYyxLQUFvQjtBQUNoRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixRQUFNLFlBQVlBLE1BQUssR0FBRztBQUUxQixRQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU8sYUFBYSxNQUFNLE1BQU07QUFDekQsU0FBTyxZQUFZLElBQUksUUFBUSxNQUFNLElBQUksU0FBUztBQUNwRDs7O0FDbEJPLElBQU0sU0FBNEIsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQ2hILFFBQU0sUUFBUSx3QkFBd0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDaEUsU0FBTyxRQUFRLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFDN0MsQ0FBQztBQUdNLElBQU0sUUFBMkIsVUFBVSxxQ0FBcUMsQ0FBQyxRQUFRO0FBQzlGLFFBQU0sUUFBUSwyQ0FBMkMsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkYsU0FBTyxTQUFTLEtBQUssU0FBUyxJQUFJLFFBQVE7QUFDNUMsQ0FBQztBQUdNLFNBQVMsS0FBSyxLQUFnQztBQUNuRCxTQUFPLFVBQVUsNEJBQTRCLEdBQUcsSUFBSSxDQUFDLFFBQVE7QUFDM0QsVUFBTSxRQUFRLFlBQVksS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDcEQsV0FBTyxTQUFTLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUM5QyxDQUFDO0FBQ0g7QUFHTyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLGFBQWEsS0FBVSxVQUEwRDtBQUMvRixTQUFPO0FBQUEsSUFDTCxNQUFNLFFBQWMsS0FBSyxRQUFRLE1BQU0sRUFBRSxNQUFNLFNBQVMsTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLElBQzlFLFFBQVEsV0FBVyxLQUFLLFNBQVMsTUFBTTtBQUFBLEVBQ3pDO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsS0FBVSxVQUEwQjtBQUM3RCxTQUFPLFFBQVEsS0FBSyxXQUFXLEtBQUssYUFBYSxHQUFHLFFBQVE7QUFDOUQ7QUFHTyxTQUFTLGFBQWEsS0FBVSxVQUFrQixVQUEwQjtBQUNqRixTQUFPLFFBQVEsS0FBSyxVQUFVLFVBQVUsUUFBUTtBQUNsRDtBQUdPLElBQU0sZUFBa0M7QUFBQSxFQUFVO0FBQUEsRUFBMkMsQ0FBQyxRQUNuRyxpQkFBaUIsS0FBSyxHQUFHLEtBQUssV0FBVyxHQUFHLE1BQU0sU0FBWSxNQUFNO0FBQ3RFO0FBR08sU0FBUyxTQUFTLEtBQVUsVUFBa0IsVUFBMEI7QUFDN0UsU0FBTyxRQUFRLEtBQUssVUFBVSxjQUFjLFFBQVE7QUFDdEQ7OztBQzFDTyxTQUFTLFdBQVcsS0FBZTtBQUN4QyxTQUFPO0FBQUEsSUFDTCxXQUFXLFFBQVEsS0FBSyxZQUFZLE9BQU8sR0FBRztBQUFBLElBQzlDLFlBQVksUUFBUSxLQUFLLG1CQUFtQixLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDMUQ7QUFDRjtBQU9PLFNBQVMsWUFBWSxHQUFXLFNBQWlCLEtBQWlCO0FBQ3ZFLE1BQUksSUFBSSxJQUFJLFVBQVcsUUFBTztBQUM5QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksV0FBVyxJQUFJLFdBQVksUUFBTztBQUN0QyxTQUFPLElBQUksSUFBSSxhQUFhLElBQUksSUFBSSxhQUFhLElBQUksV0FBVztBQUNsRTtBQUdPLFNBQVMsWUFBWSxHQUFXLFFBQW1DO0FBQ3hFLFNBQU8sT0FBTyxLQUFLLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxNQUFNLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRTs7O0FDckNBLE9BQU9DLFdBQVU7QUFlVixTQUFTLGFBQWFDLFNBQTZDO0FBQ3hFLFNBQU9ELE1BQUssS0FBSyxRQUFRLE1BQU0sVUFBVUMsUUFBTztBQUNsRDtBQU1PLFNBQVMsU0FBUyxLQUErQjtBQUN0RCxNQUFJLENBQUMsSUFBSyxDQUFBRCxNQUFLLEtBQUssTUFBTSx5SEFBeUg7QUFDbkosU0FBTztBQUNUOzs7QUMxQkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsZUFBZTtBQVF4QixJQUFNLGdCQUFnQixJQUFJLFFBQVEsY0FBYztBQU16QyxTQUFTLFFBQVcsT0FBVSxNQUE2Q0UsT0FBa0Q7QUFDbEksTUFBSSxNQUFNO0FBQ1YsYUFBVyxDQUFDLE1BQU0sU0FBUyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDcEQsVUFBTSxTQUFTLE1BQU0sT0FBTyxFQUFFLENBQUMsSUFBSSxHQUFHLFVBQVUsR0FBR0EsS0FBSTtBQUN2RCxrQkFBYyxJQUFJLEdBQUcsRUFBRSxHQUFHQSxPQUFNLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUN4RCxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUNmTyxTQUFTLFVBQVUsTUFBZ0IsT0FBZSxNQUE0RDtBQUNuSCxRQUFNLFNBQVMsUUFBUSxNQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQzNELE1BQUksQ0FBQyxVQUFVLEtBQUssUUFBUyxnQkFBZSxFQUFFLEdBQUcsS0FBSyxTQUFTLGFBQWEsS0FBSyxDQUFDO0FBQ2xGLFNBQU87QUFDVDs7O0FDRU8sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBMkIsUUFBb0IsaUJBQXlCO0FBQzVILFFBQU0sU0FBUyxJQUFJLGVBQWUsU0FBUyxLQUFLLE9BQU87QUFDdkQsUUFBTSxNQUFNLFVBQVUsa0JBQWtCLElBQUksU0FBUztBQUNyRCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDN0MsUUFBSSxTQUFTLFdBQVcsRUFBRyxRQUFPLFFBQVEsUUFBUSxLQUFLLG1CQUFtQixTQUFTLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDekcsUUFBSSxDQUFDLE9BQU87QUFDVixjQUFRLEtBQUssZUFBZSxLQUFLLGFBQWEsU0FBUyxNQUFNLGFBQWEsSUFBSSxNQUFNLG1CQUFtQjtBQUN2RztBQUFBLElBQ0Y7QUFDQSxlQUFXLFFBQVEsTUFBTSxPQUFPLENBQUNDLFNBQVEsVUFBVUEsTUFBSyxLQUFLLElBQUksR0FBRyxHQUFHLENBQUMsR0FBRztBQUN6RSxZQUFNLEVBQUUsUUFBUSxNQUFNLElBQUksT0FBTyxPQUFPLE9BQU8sSUFBSTtBQUNuRCxVQUFJLFdBQVcsRUFBRyxRQUFPLFFBQVEsV0FBVyxLQUFLLG1CQUFtQixLQUFLLEtBQUssS0FBSyxPQUFPO0FBQzFGLFVBQUksV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxZQUFZLE1BQU0sa0JBQWtCLEVBQUUsaUJBQWlCO0FBQzlHLE1BQUksSUFBSyxTQUFRLElBQUksR0FBRyxVQUFVLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDakQsU0FBTztBQUNUO0FBRUEsU0FBUyxRQUFRLFFBQWdCLEtBQVksU0FBeUI7QUFDcEUsVUFBUSxLQUFLLHFDQUFxQyxNQUFNLGFBQWEsSUFBSSxNQUFNLGlFQUFpRTtBQUNoSixTQUFPO0FBQ1Q7OztBQ1pPLFNBQVMsYUFBYUMsU0FBcUIsS0FBd0I7QUFDeEUsUUFBTSxVQUFpQixDQUFDO0FBQ3hCLE1BQUk7QUFDSixTQUFPO0FBQUEsSUFDTCxNQUFNLE1BQStCO0FBQ25DLFlBQU0sTUFBTSxTQUFTLElBQUk7QUFDekIsMEJBQVcsSUFBSSxlQUFlQSxRQUFPLFNBQVMsR0FBRztBQUNqRCxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBRyxRQUFRLFFBQVEsR0FBRztBQUM1RCxVQUFJLFVBQVUsVUFBVTtBQUN0QixjQUFNQyxPQUFNLFFBQVEsTUFBTTtBQUMxQixlQUFPLE9BQU9BLEtBQUksT0FBT0EsS0FBSSxJQUFJO0FBQ2pDO0FBQUEsTUFDRjtBQUNBLFlBQU0sUUFBUSxZQUFZLEtBQUssT0FBTyxHQUFHRCxRQUFPLE1BQU07QUFDdEQsVUFBSSxVQUFVLFFBQVE7QUFDcEIsY0FBTSxPQUFPLE9BQU8sS0FBSyxLQUFLO0FBRTlCLFlBQUksS0FBSyxTQUFTLFdBQVcsZ0JBQWdCLEtBQUs7QUFDaEQsb0JBQVUsTUFBTSxPQUFPLEVBQUUsZ0NBQWdDLENBQUNFLFlBQVdBLFFBQU8sVUFBVSxPQUFVLENBQUM7QUFBQSxRQUNuRztBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxjQUFjLEdBQUc7QUFHOUIsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsS0FBTSxTQUFRLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlGO0FBQUEsSUFDQSxNQUFNLEtBQWtCO0FBQ3RCLGVBQVNGLFFBQU8sU0FBUyxLQUFLQSxRQUFPLE1BQU07QUFBQSxJQUM3QztBQUFBLEVBQ0Y7QUFDRjs7O0FDMURBLE9BQU9HLFdBQVU7OztBQ3lCakIsSUFBTSxjQUFjLEVBQUUsY0FBYyxPQUFPLGlCQUFpQixPQUFPLGNBQWMsT0FBTyxrQkFBa0IsT0FBTyxhQUFhLE1BQU07QUFHN0gsSUFBTSxvQkFBb0I7QUFHakMsSUFBTSxhQUFhLEtBQUs7QUFFeEIsSUFBTSxVQUFrQyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksR0FBRyxHQUFHLEtBQU0sR0FBRyxLQUFRLEdBQUcsTUFBVyxHQUFHLE1BQVc7QUFHeEgsU0FBUyxhQUFhQyxPQUErQjtBQUMxRCxNQUFJLE9BQU9BLFVBQVMsU0FBVSxRQUFPQTtBQUNyQyxNQUFJLGdCQUFnQixLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPQSxLQUFJO0FBQ2xELE1BQUksQ0FBQywwQ0FBMEMsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBTztBQUN6RSxNQUFJLFFBQVE7QUFDWixhQUFXLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxLQUFLQSxNQUFLLFNBQVMscUNBQXFDLEVBQUcsVUFBUyxPQUFPLEtBQUssSUFBSSxRQUFRLElBQUk7QUFDM0gsU0FBTztBQUNUO0FBRUEsU0FBUyxHQUFHLE9BQWtDLFVBQTBCO0FBQ3RFLFFBQU0sU0FBUyxhQUFhLFNBQVMsUUFBUTtBQUM3QyxTQUFPLE9BQU8sU0FBUyxNQUFNLElBQUksU0FBUztBQUM1QztBQUdPLFNBQVMsY0FBYyxVQUFrQztBQUM5RCxRQUFNLGVBQWUsR0FBRyxTQUFTLGNBQWMsWUFBWSxZQUFZO0FBQ3ZFLFFBQU0sVUFBVSxTQUFTLFVBQVUsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxLQUFLLFVBQVUsTUFBTSxHQUFHLE1BQU0sVUFBVSxJQUFJLEdBQUcsQ0FBQztBQUMvRixVQUFRLFNBQVMsVUFBVTtBQUFBLElBQ3pCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxhQUFhLFlBQVksV0FBVyxJQUFJO0FBQUEsSUFDN0QsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLFVBQVUsSUFBSSxJQUFJO0FBQUEsSUFDdkMsS0FBSztBQUNILGFBQU8sU0FBUyxHQUFHLFNBQVMsa0JBQWtCLFlBQVksZ0JBQWdCLElBQUk7QUFBQSxJQUNoRixLQUFLO0FBQ0gsYUFBTyxTQUFTO0FBQUEsSUFDbEI7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBTU8sU0FBUyxVQUFVQyxVQUE0QjtBQUNwRCxRQUFNLFlBQVksT0FBTyxPQUFPQSxTQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQ3ZELFFBQU0sZUFBZSxVQUFVLFdBQVcsSUFDdEMsYUFDQSxLQUFLLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxhQUFhLEdBQUcsU0FBUyxXQUFXLElBQUksSUFBSSxjQUFjLFFBQVEsQ0FBQyxDQUFDO0FBQ25HLFNBQ0UsR0FBR0EsU0FBUSxjQUFjLFlBQVksWUFBWSxJQUFJLGVBQWUsR0FBR0EsU0FBUSxpQkFBaUIsWUFBWSxlQUFlLElBQUk7QUFFbkk7OztBQ2xGQSxPQUFPQyxXQUFvQztBQVFwQyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLFlBQVlDLFNBQWlHO0FBQzNILFFBQU0sU0FBUyxZQUFZQSxRQUFPLE9BQU87QUFDekMsUUFBTSxTQUFTLGFBQWFBLE9BQU07QUFDbEMsUUFBTSxVQUFVLE1BQU1BLFFBQU8sU0FBUyxRQUFRLGVBQWUsR0FBRztBQUNoRSxRQUFNLGVBQWUsR0FBRyxhQUFhO0FBQ3JDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTyxXQUFXLFFBQVEsZUFBZSxPQUFPO0FBQzFFLE1BQUksUUFBUSxXQUFXLFFBQVEsUUFBUSxRQUFRLElBQUksS0FBSyxNQUFNLGNBQWM7QUFDMUUsV0FBTyxHQUFHLE1BQU0sa0NBQWtDLGFBQWEsYUFBYSxPQUFPLE9BQU8sQ0FBQyxtQkFBbUIsWUFBWTtBQUFBLEVBQzVIO0FBQ0EsUUFBTSxRQUFRQSxRQUFPLE9BQU8sQ0FBQztBQUM3QixRQUFNLE9BQU8sTUFBTUEsUUFBTyxTQUFTLFFBQVEsT0FBTyxHQUFHO0FBQ3JELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxXQUFXLFFBQVEsT0FBTyxJQUFJO0FBQzVELE1BQUksS0FBSyxVQUFVLElBQUssUUFBTztBQUMvQixNQUFJLEtBQUssV0FBVyxPQUFPLGNBQWMsS0FBSyxRQUFRLEVBQUUsTUFBTSxRQUFXO0FBQ3ZFLFdBQU8sR0FBRyxNQUFNLDZDQUE2Q0EsUUFBTyxZQUFZLFVBQVUsS0FBSyxhQUFhLE9BQU8sSUFBSSxDQUFDO0FBQUEsRUFDMUg7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLE1BQU0sU0FBaUIsUUFBZ0IsU0FBaUIsVUFBMkM7QUFDMUcsU0FBTztBQUFBLElBQU87QUFBQSxJQUFRO0FBQUEsSUFBVyxDQUFDLFVBQ2hDQyxNQUFLLElBQUksR0FBRyxPQUFPLElBQUksT0FBTyxJQUFJO0FBQUEsTUFDaEMsU0FBUyxFQUFFLGFBQWEsTUFBTSxZQUFZO0FBQUEsTUFDMUMsTUFBTSxFQUFFLE1BQU0sSUFBSSxPQUFPLElBQUksSUFBSSxRQUFRO0FBQUEsTUFDekMsU0FBUyxlQUFlO0FBQUEsTUFDeEIsY0FBYztBQUFBLE1BQ2Qsa0JBQWtCQSxNQUFLLGlCQUFpQixRQUFRO0FBQUEsSUFDbEQsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsV0FBVyxRQUFnQixTQUFpQixVQUEyQztBQUM5RixRQUFNLE9BQU8sSUFBSSxPQUFPO0FBQ3hCLE1BQUksU0FBUyxlQUFlLE1BQU07QUFDaEMsV0FBTyxHQUFHLE1BQU0sdUJBQXVCLElBQUksV0FBVyxlQUFlLENBQUM7QUFBQSxFQUN4RTtBQUNBLFFBQU0sU0FBUyxxQkFBcUIsS0FBSyxTQUFTLEtBQUssSUFBSSx1QkFBdUIsU0FBUztBQUMzRixTQUFPLEdBQUcsTUFBTSwyQkFBMkIsSUFBSSxZQUFZLE1BQU07QUFDbkU7QUFHQSxTQUFTLE9BQU8sVUFBMkM7QUFDekQsUUFBTSxRQUFRLFNBQVMsUUFBUSxJQUFJLFFBQVEsUUFBUSxHQUFHLEVBQUUsS0FBSztBQUM3RCxTQUFPLEdBQUcsU0FBUyxNQUFNLElBQUksS0FBSyxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLE1BQU0sSUFBSSxDQUFDO0FBQ2hHOzs7QUZoRE8sU0FBUyxTQUFTQyxTQUE0QjtBQUNuRCxRQUFNLFVBQVUsWUFBWUEsT0FBTTtBQUNsQyxNQUFJLFFBQVMsQ0FBQUMsTUFBSyxLQUFLLE1BQU0sT0FBTztBQUNwQyxRQUFNLE9BQU8sUUFBUSxLQUFLLElBQUksR0FBRyxVQUFVQSxNQUFLLEtBQUssT0FBb0IsR0FBRyxZQUFZLEtBQUssTUFBTSxDQUFDO0FBQ3BHLFFBQU0sTUFBYSxFQUFFLFFBQVEsYUFBYUQsT0FBTSxHQUFHLFFBQVEsS0FBSyxPQUFPO0FBQ3ZFLFVBQVEsSUFBSSxHQUFHLFNBQVMsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUN2QyxXQUFTQSxRQUFPLFNBQVMsS0FBS0EsUUFBTyxRQUFRLE9BQU87QUFDcEQsU0FBTztBQUNUOzs7QUdoQk8sSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFDbkU7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFDeEM7OztBQ0hPLFNBQVMsWUFBWUUsU0FBOEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsTUFBTSxFQUFFLEdBQUdBLFFBQU8sTUFBTSxRQUFRQSxRQUFPLE9BQU87QUFBQSxJQUM5QyxZQUFZO0FBQUEsSUFDWixXQUFXLFlBQVlBLFFBQU8sUUFBUSxhQUFhLEVBQUU7QUFBQTtBQUFBLElBRXJELHVCQUF1QjtBQUFBLElBQ3ZCLGNBQWM7QUFBQSxJQUNkLGlCQUFpQjtBQUFBLEVBQ25CO0FBQ0Y7OztBQ2dCTyxJQUFNLG9CQUFzRCxFQUFFLE1BQU0sR0FBRyxNQUFNLElBQUksTUFBTSxLQUFLO0FBc0NuRyxJQUFNLG9CQUFvQjtBQU9uQixTQUFTLE9BQU8sZUFBdUIsUUFBNkQ7QUFDekcsUUFBTSxTQUFTLEtBQUssS0FBSyxnQkFBZ0Isb0JBQW9CLENBQUM7QUFDOUQsU0FBTyxFQUFFLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUMsR0FBRyxPQUFPO0FBQzFFO0FBR08sU0FBUyxVQUFVQyxPQUFvQjtBQUM1QyxTQUFPQSxNQUFLLE9BQU8sa0JBQWtCQSxNQUFLLFFBQVE7QUFDcEQ7OztBQzVFTyxTQUFTLFdBQVcsS0FBMkI7QUFDcEQsUUFBTSxFQUFFLE1BQUFDLE9BQU0sT0FBTyxJQUFJLGFBQWEsS0FBSyxFQUFFLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQztBQUNwRSxRQUFNLE9BQU8sUUFBUSxLQUFLLGVBQWUsUUFBUSxDQUFDO0FBQ2xELFFBQU0sUUFBUSxRQUFRLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxHQUFHLENBQUM7QUFDdEQsUUFBTSxPQUFPLGFBQWEsS0FBSyxpQkFBaUIsSUFBSTtBQUNwRCxRQUFNLE9BQU8sU0FBUyxLQUFLLGFBQWEsS0FBSztBQUM3QyxRQUFNLFNBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsS0FBSyxPQUFPLEtBQUs7QUFDL0IsVUFBTSxTQUFTLEtBQUssTUFBTUEsTUFBSyxRQUFRLEtBQU0sT0FBTyxLQUFLLElBQUssTUFBTTtBQUNwRSxXQUFPLEtBQUssRUFBRSxVQUFVLE1BQU0sT0FBTyxHQUFHLEVBQUUsVUFBVSxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQ3BFO0FBQ0EsU0FBTyxLQUFLLEVBQUUsVUFBVSxNQUFNLFFBQVEsRUFBRSxDQUFDO0FBQ3pDLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLFdBQVc7QUFBQSxJQUNYLFVBQVVBLE1BQUs7QUFBQSxJQUNmO0FBQUEsSUFDQSxHQUFHLE9BQU8sVUFBVUEsS0FBSSxJQUFJLE1BQU0sTUFBTTtBQUFBLElBQ3hDLGNBQWM7QUFBQSxFQUNoQjtBQUNGOzs7QUNmTyxTQUFTLFdBQVcsTUFBZSxXQUF5QixVQUFrQixPQUE2QjtBQUNoSCxNQUFJLFNBQVMsUUFBUTtBQUNuQixVQUFNLGVBQWUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFdBQVcsSUFBSTtBQUNuRSxVQUFNQyxXQUFVLFVBQVUsR0FBRyxXQUFXLEdBQUcsSUFBSSxVQUFVLFFBQVEsSUFBSSxVQUFVO0FBQy9FLFdBQU9BLFdBQVUsSUFBSSxlQUFlQSxXQUFVLGVBQWUsSUFBSSxXQUFXO0FBQUEsRUFDOUU7QUFDQSxRQUFNLFVBQVUsSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQ2hELFNBQU8sWUFBWSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEdBQUcsU0FBUyxHQUFHLFVBQVUsS0FBSyxJQUFJO0FBQ3ZFO0FBR08sU0FBUyxZQUFZLE9BQW9CLE9BQXVCO0FBQ3JFLFFBQU0sU0FBa0M7QUFBQSxJQUN0QyxDQUFDLE9BQU8sQ0FBQztBQUFBLElBQ1QsQ0FBQyxPQUFPLEdBQUc7QUFBQSxJQUNYLENBQUMsU0FBUyxHQUFHO0FBQUEsSUFDYixDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxTQUFTLElBQUk7QUFBQSxJQUNkLENBQUMsT0FBTyxDQUFDO0FBQUEsRUFDWCxFQUNHLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxPQUFPLE1BQU0sSUFBYyxNQUFNLFFBQVEsRUFDNUQsSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLE1BQU0sQ0FBQyxNQUFNLElBQWMsR0FBRyxJQUFjLENBQUM7QUFDaEUsTUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLE1BQUksUUFBUSxPQUFPLENBQUMsRUFBRSxDQUFDLEVBQUcsUUFBTyxJQUFJLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDaEQsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLENBQUMsVUFBVSxPQUFPLElBQUksT0FBTyxJQUFJLENBQUM7QUFDeEMsVUFBTSxDQUFDLFdBQVcsUUFBUSxJQUFJLE9BQU8sQ0FBQztBQUN0QyxRQUFJLFFBQVEsV0FBVztBQUNyQixZQUFNLE9BQU8sY0FBYyxXQUFXLFVBQVUsV0FBWSxRQUFRLGFBQWEsWUFBWSxhQUFjLFdBQVc7QUFDdEgsYUFBTyxJQUFJO0FBQUEsSUFDYjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDeEM7OztBQ2pDTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGFBQWEsT0FBZSxLQUF3QjtBQUNsRSxTQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxJQUFJLG1CQUFtQixJQUFJLEtBQUssTUFBTSxHQUFHLElBQUksa0JBQWtCO0FBQ2hHO0FBVU8sU0FBUyxXQUFXLFNBQTBCLFlBQXdCLE9BQWUsT0FBMEI7QUFDcEgsUUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLFVBQVUsTUFBTSxRQUFRLFNBQVMsT0FBTyxRQUFRLFNBQVMsRUFBRSxVQUFVO0FBQ2xHLFFBQU1DLFFBQU8sZUFBZSxVQUFVLEVBQUUsV0FBVyxXQUFXLE1BQU0sSUFBSSxFQUFFLE1BQU0sTUFBTTtBQUN0RixRQUFNLE9BQU8sRUFBRSxZQUFZLEtBQUssU0FBUyxDQUFDLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxJQUFJLEdBQUcsR0FBR0EsTUFBSyxDQUFDLEdBQUcsT0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUNuSixTQUFPLEdBQUcsUUFBUSxHQUFHLGtDQUFrQyxpQkFBaUIsS0FBSyxVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBQ3RHO0FBR0EsU0FBUyxpQkFBaUIsT0FBdUI7QUFDL0MsU0FBTyxtQkFBbUIsS0FBSyxFQUFFLFFBQVEsc0JBQXNCLENBQUMsWUFBWSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3pHO0FBZ0JPLFNBQVMsU0FBUyxTQUEwQixRQUFnQixPQUF5QjtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDhCQUE4QixZQUFZLGtEQUFrRCxvQkFBb0IsTUFBTSxDQUFDO0FBQUEsTUFDdkg7QUFBQSxJQUNGO0FBQUEsSUFDQSxNQUFNLFdBQVcsU0FBUyxRQUFRLGtCQUFrQixZQUFZLGtCQUFrQixZQUFZLE1BQU0sQ0FBQyxLQUFLLEtBQUs7QUFBQSxJQUMvRyxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDJEQUEyRCxNQUFNO0FBQUEsTUFDakU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNyRU8sSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxrQkFBa0I7OztBQzhCeEIsU0FBUyxnQkFBZ0IsTUFBcUIsU0FBeUIsS0FBNEI7QUFDeEcsUUFBTSxNQUFNLElBQUksSUFBSSxZQUFZO0FBQ2hDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxLQUFLLE1BQU0saUJBQWlCLEVBQUUsWUFBWTtBQUNyRixRQUFNLFFBQVEsYUFBYSxPQUFPLEdBQUc7QUFDckMsUUFBTSxPQUFPLFFBQVEsSUFBSSxDQUFDLFFBQVEsU0FBUyxNQUFNLEtBQUssSUFBSSxJQUFJLFNBQVMsS0FBSyxDQUFDO0FBQzdFLFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUEsTUFDTixVQUFVLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFBQSxNQUN2QyxZQUFZLE9BQU8sWUFBWSxFQUFFLFNBQVM7QUFBQSxNQUMxQyxpQkFBaUIsS0FBSyxNQUFNLG9CQUFvQjtBQUFBLE1BQ2hELGNBQWMsT0FBTyxRQUFRLEVBQUUsVUFBVTtBQUFBLE1BQ3pDLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUFBLElBQzFDO0FBQUEsSUFDQSxNQUFNLFlBQVksTUFBTSxPQUFPO0FBQUEsSUFDL0I7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUFBLEVBQ3BEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBcUIsS0FBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLE1BQU0sYUFBYSxJQUFJLFFBQVEsSUFBSSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxLQUFLLFFBQVEsR0FBRztBQUMvQixRQUFNLFlBQVksb0JBQW9CLEdBQUc7QUFDekMsUUFBTSxVQUFVLEtBQUssUUFBUSxhQUFhLElBQUksT0FBTyxJQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sU0FBUztBQUNqRixRQUFNLFdBQVcsVUFBVSxJQUFLLFFBQVEsT0FBTyxJQUFJLElBQUksS0FBSyxPQUFRO0FBQ3BFLFFBQU0sVUFBVSxNQUFNLFNBQVMsVUFBVSxJQUFJLFdBQVcsUUFBUSxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQzNGLFNBQU87QUFBQSxJQUNMLElBQUksSUFBSTtBQUFBLElBQ1IsYUFBYSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJO0FBQUEsSUFDVixRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsV0FBVyxJQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxZQUFZLFlBQVksYUFBYSxhQUFhLE9BQU8sT0FBTyxXQUFXLElBQUksTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE1BQU07QUFBQSxJQUM1SCxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSztBQUFBLE1BQzlELE1BQU0sV0FBVyxTQUFTLFFBQVEsSUFBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTLElBQUk7QUFBQSxFQUNmO0FBQ0Y7QUFNQSxTQUFTLE1BQU0sU0FBaUIsVUFBeUIsV0FBeUIsTUFBb0M7QUFDcEgsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFNBQVMsT0FBVyxRQUFPLE9BQU8sU0FBUztBQUMvQyxTQUFPLGFBQWEsUUFBUSxNQUFNLFVBQVUsU0FBUyxJQUFJLFNBQVM7QUFDcEU7QUFHTyxTQUFTLE1BQU0sVUFBa0IsV0FBa0M7QUFDeEUsVUFBUSxVQUFVLElBQUk7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFVBQVU7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxZQUFZLFVBQVU7QUFBQSxJQUMvQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFVBQVU7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxZQUFZLFVBQVU7QUFBQSxFQUNqQztBQUNGO0FBR0EsU0FBUyxZQUFZLE1BQXFCLFNBQThDO0FBckh4RjtBQXNIRSxRQUFNLE9BQTRCLEVBQUUsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFDdkQsYUFBVyxPQUFPLFFBQVMsV0FBSyxJQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNLElBQUksSUFBSTtBQUNqRSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksTUFBcUJDLE9BQW1DO0FBQ25FLFFBQU0sU0FBUyxDQUFDLFdBQW1CLEtBQUssUUFBUSxhQUFhLFFBQVFBLEtBQUksQ0FBQyxHQUFHLFVBQVUsQ0FBQztBQUN4RixRQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUM5QyxRQUFNQyxZQUFXLE9BQU8sbUJBQW1CO0FBQzNDLFFBQU0sVUFBVSxDQUFDLFVBQStCLFdBQVcsS0FBSyxVQUFVLFNBQVksUUFBUTtBQUM5RixTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLFdBQVcsUUFBUSxPQUFPLGlCQUFpQixFQUFFLElBQUk7QUFBQSxJQUNqRCxLQUFLLFFBQVEsT0FBTyxXQUFXLEVBQUUsSUFBSTtBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUNGOzs7QUN2R08sU0FBUyxZQUFZLFFBQXNCLE9BQU8sZUFBdUI7QUFDOUUsUUFBTSxTQUFTLE9BQU8sSUFBSSxLQUFLLEVBQUUsT0FBTyxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVUsR0FBRyxTQUFTLEVBQUUsQ0FBQztBQUNsRixRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLElBQUksQ0FBQztBQUNyRSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EscUJBQXFCLEtBQUssSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBVyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTyxJQUFJLFdBQVc7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFRQSxTQUFTLE1BQU0sT0FBMkI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQy9DLFNBQVMsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsWUFBWSxNQUFTLEVBQUU7QUFBQSxFQUM1RTtBQUNGO0FBRUEsU0FBUyxJQUFJLEdBQVcsR0FBbUI7QUFDekMsU0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQ3ZHO0FBRUEsU0FBUyxZQUFZLE9BQTJCO0FBQzlDLFFBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsUUFBTSxZQUFZLE1BQU0sWUFBWSxlQUFlLEtBQUssTUFBTSxTQUFTLENBQUMsTUFBTTtBQUM5RSxRQUFNQyxRQUFPLHNCQUFzQixLQUFLLE1BQU0sSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBVyxRQUFRLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSSxTQUFTO0FBQ2hNLFFBQU0sYUFBYSxPQUFPLFFBQVEsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUN4RCxRQUFNLGdCQUFnQixXQUFXLFNBQzdCLENBQUMsb0JBQW9CLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSx5QkFBeUIsS0FBSyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxLQUFLLEdBQUcsbUJBQW1CLElBQ2pJLENBQUM7QUFDTCxTQUFPLENBQUNBLE9BQU0sR0FBRyxlQUFlLEdBQUcsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLGdCQUFnQixFQUFFLEtBQUssSUFBSTtBQUM3RjtBQUVBLFNBQVMsV0FBVyxVQUE2QjtBQUMvQyxRQUFNQSxRQUFPLHVCQUF1QixLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixLQUFLLFNBQVMsU0FBUyxDQUFDLFdBQVcsUUFBUSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ3JJLFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLFNBQVMsU0FBUztBQUNwQixVQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssSUFBSSxTQUFTO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxPQUFPLENBQUMsV0FBVyxLQUFLLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSSxDQUFDLFlBQVk7QUFBQSxFQUN4RyxXQUFXLFNBQVMsWUFBWSxRQUFXO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxTQUFTLE9BQU8sQ0FBQyxLQUFLO0FBQUEsRUFDdEU7QUFDQSxNQUFJLFNBQVMsVUFBVyxVQUFTLEtBQUsscUJBQXFCLEtBQUssU0FBUyxTQUFTLENBQUMsZUFBZTtBQUNsRyxTQUFPLFNBQVMsU0FBUyxDQUFDLEdBQUdBLEtBQUksS0FBSyxHQUFHLFVBQVUsaUJBQWlCLEVBQUUsS0FBSyxJQUFJLElBQUksR0FBR0EsS0FBSTtBQUM1RjtBQUVBLFNBQVMsUUFBUSxPQUF1QjtBQUN0QyxTQUFPLE9BQU8sU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUMsSUFBSTtBQUNyRDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLE1BQU0sUUFBUSx5REFBeUQsRUFBRTtBQUNsRjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2RjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxRQUFRLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxNQUFNO0FBQ2xIOzs7QUN6Rk8sSUFBTSxpQkFBb0QsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFdBQVcsVUFBVTtBQUc3RyxTQUFTLE9BQU8sS0FBd0I7QUFDN0MsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixXQUFXLGdCQUFnQixHQUFHO0FBQUEsSUFDOUIsVUFBVSxJQUFJLGFBQWEsT0FBTyxNQUFNLFlBQVksS0FBSyxJQUFJLFFBQVE7QUFBQSxJQUNyRSxTQUFTLGVBQWUsSUFBSSxPQUFPO0FBQUEsSUFDbkMsUUFBUSxJQUFJLGVBQWUsT0FBTyxNQUFNLFlBQVksSUFBSSxVQUFVO0FBQUEsRUFDcEU7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLEtBQWtFO0FBQ2hHLFFBQU0sRUFBRSxHQUFHLElBQUksSUFBSTtBQUNuQixRQUFNLFVBQVUsSUFBSSxTQUFTLFlBQVksSUFBSSxVQUFVLE1BQU0sR0FBRyxJQUFJLFVBQVUsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJLFNBQVMsV0FBVyxXQUFXO0FBQ2hJLFNBQU8sR0FBRyxPQUFPLElBQUksRUFBRSxJQUFJLFlBQVksS0FBSyxJQUFJLFVBQVUsS0FBSyxDQUFDO0FBQ2xFO0FBRUEsU0FBUyxZQUFZLEtBQW1DLE9BQXVCO0FBQzdFLFNBQU8sSUFBSSxVQUFVLFNBQVMsT0FBTyxHQUFHQyxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZQyxRQUF1QjtBQUNqRCxNQUFJLENBQUMsT0FBTyxTQUFTQSxNQUFLLEVBQUcsUUFBTztBQUNwQyxTQUFPLEdBQUdELE9BQU1DLFNBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTRCxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUM1RDtBQUdPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNLEVBQUU7QUFDdEUsUUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGVBQWUsS0FBd0I7QUFDckQsUUFBTUUsT0FBTSxPQUFPLEdBQUc7QUFDdEIsU0FBTyxJQUFJLFlBQVksWUFDbkIsOENBQThDQSxLQUFJLFNBQVMsOEJBQzNELFlBQVlBLEtBQUksUUFBUSxhQUFhQSxLQUFJLFNBQVMsdUJBQXVCQSxLQUFJLE1BQU07QUFDekY7QUFNTyxTQUFTLGlCQUFpQixVQUFzRDtBQUNyRixRQUFNLEVBQUUsUUFBUSxPQUFPLFFBQVEsWUFBQUMsYUFBWSxNQUFNLFFBQVEsSUFBSTtBQUM3RCxRQUFNLFNBQVMsR0FBRyxNQUFNLEtBQUssS0FBSyxZQUFZLE1BQU0sS0FBS0EsV0FBVSxRQUFRLElBQUksYUFBYSxPQUFPO0FBQ25HLE1BQUksU0FBUyxRQUFTLFFBQU8sRUFBRSxNQUFNLFNBQVMsU0FBUyxPQUFPLElBQUksT0FBTztBQUN6RSxRQUFNLE1BQU0sV0FBVyxJQUFJLGdCQUFnQixLQUFLLE1BQU07QUFDdEQsU0FBTyxFQUFFLE1BQU0sdUNBQXVDLEdBQUcsS0FBSyxPQUFPO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLFVBQThCO0FBQzFELFFBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxTQUFPLENBQUMsT0FBTyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUksU0FBUyxXQUFXLENBQUMsU0FBUyxTQUFTLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBRTtBQUNoRzs7O0FDOUVPLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU07QUFDcEMsUUFBTSxNQUFNO0FBQUEsSUFDVixPQUFPLElBQUksY0FBYyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3JGO0FBQUEsSUFDQSxhQUFhLFFBQVEsT0FBTyxjQUFjLFFBQVEsSUFBSSxPQUFPLFFBQVEsT0FBTyxRQUFRLGdCQUFnQixRQUFRLE9BQU8sZ0JBQWdCLFFBQVEsQ0FBQyxDQUFDLGNBQWMsUUFBUSxPQUFPO0FBQUEsSUFDMUs7QUFBQSxJQUNBLEdBQUksUUFBUSxhQUFhLENBQUMsTUFBTSxpQkFBaUIsT0FBTyxRQUFRLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxVQUFVLElBQUksRUFBRSxJQUFJLElBQUksR0FBRyxJQUFJLFdBQVcsS0FBSyxlQUFlLEdBQUcsQ0FBQyxLQUFLLEVBQUU7QUFDbEYsZUFBVyxZQUFZLElBQUksV0FBVztBQUNwQyxZQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLFFBQVE7QUFDbEQsVUFBSSxLQUFLLEtBQUssU0FBUyxXQUFXLElBQUksSUFBSSxLQUFLLFNBQVMsUUFBUSxNQUFNLElBQUksTUFBTSxNQUFNLEVBQUU7QUFBQSxJQUMxRjtBQUNBLFFBQUksS0FBSyxpQkFBaUIsSUFBSSxNQUFNLElBQUksZ0JBQWdCLElBQUksTUFBTSxLQUFLLHNCQUFzQixJQUFJLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUk7QUFBQSxJQUNGLHlCQUF5QixRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsUUFBUSxLQUFLLElBQUksTUFBTSxFQUFFLElBQUksQ0FBQ0MsU0FBUSxPQUFPQSxLQUFJLEVBQUUsUUFBUSxLQUFLQSxLQUFJLFNBQVMsQ0FBQyxNQUFNLEtBQUtBLEtBQUksUUFBUSxDQUFDLE1BQU1BLEtBQUksT0FBTyxNQUFNQSxLQUFJLE1BQU0sSUFBSTtBQUFBLElBQzlJO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGNBQWMsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRyxjQUFjLFFBQVEsTUFBTSxLQUFLLGNBQWMsUUFBUSxNQUFNLElBQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDL0o7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLFNBQVMsS0FBS0MsT0FBc0I7QUFDbEMsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSztBQUNsQzs7O0FDckNPLFNBQVMsY0FBYyxTQUFnQztBQUM1RCxTQUFPO0FBQUEsSUFDTCxNQUFNLG9CQUFvQixRQUFRLFFBQVEsSUFBSSxRQUFRLE1BQU07QUFBQSxJQUM1RCxXQUFXLFFBQVEsT0FBTztBQUFBLElBQzFCLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDckIsWUFBWSxFQUFFLFFBQVEsUUFBUSxRQUFRLFVBQVUsUUFBUSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDL0csT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLFFBQVE7QUFDL0IsWUFBTUMsT0FBTSxPQUFPLEdBQUc7QUFDdEIsWUFBTSxVQUFVO0FBQUEsUUFDZCxJQUFJO0FBQUEsUUFDSixjQUFjQSxLQUFJLFNBQVM7QUFBQSxRQUMzQixhQUFhQSxLQUFJLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixzQkFBc0JBLEtBQUksTUFBTTtBQUFBLFFBQ2hDLFlBQVksSUFBSSxPQUFPO0FBQUEsUUFDdkIsR0FBRyxJQUFJLFVBQVUsSUFBSSxDQUFDLE1BQU07QUFDMUIsZ0JBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsQ0FBQztBQUMzQyxpQkFBTyxHQUFHLElBQUksS0FBSyxNQUFNLElBQUksRUFBRSxXQUFXLEtBQUssRUFBRSxRQUFRLEtBQUssRUFBRTtBQUFBLFFBQ2xFLENBQUM7QUFBQSxRQUNELFNBQVMsSUFBSSxNQUFNLElBQUk7QUFBQSxRQUN2QixXQUFXLElBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUSxJQUFJLE1BQU0sS0FBSztBQUFBLE1BQ3pCLEVBQUUsS0FBSyxJQUFJO0FBQ1gsYUFBTztBQUFBLFFBQ0wsTUFBTSxJQUFJO0FBQUEsUUFDVixXQUFXLG1CQUFtQixJQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJLElBQUksWUFBWSxTQUFTLENBQUMsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTLGVBQWUsR0FBRyxHQUFHLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQzlCTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxZQUFZLFVBQVU7QUFBQSxFQUN2QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsVUFBVSxhQUFhO0FBQzFCO0FBTU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQ3BDLFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQ0MsU0FBUUEsS0FBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDMUcsUUFBTSxPQUFPLENBQUMsVUFBb0IsS0FBSyxNQUFNLElBQUksQ0FBQ0MsT0FBTSxNQUFNQSxNQUFLLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMzRyxRQUFNLE1BQU07QUFBQSxJQUNWLGFBQWEsUUFBUSxNQUFNLE1BQU0sU0FBUyxPQUFPLENBQUMsYUFBYSxRQUFRLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFBQSxJQUNwRztBQUFBLElBQ0EsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3RDLEdBQUcsS0FBSyxJQUFJLENBQUNELFNBQVEsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBTUEsS0FBSSxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLElBQUksT0FBTyxJQUFJLEVBQUUsS0FBSyxJQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWUsR0FBRyxDQUFDLEVBQUU7QUFDOUUsZUFBVyxZQUFZLElBQUksVUFBVyxLQUFJLEtBQUssR0FBRyxjQUFjLFFBQVEsQ0FBQztBQUN6RSxRQUFJLEtBQUssZUFBZSxJQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFZLEtBQUksS0FBSyxLQUFLLGlCQUFpQixLQUFLLE9BQU8sUUFBUSxVQUFVLElBQUksRUFBRTtBQUMzRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCOzs7QUMvQk8sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ25GLFFBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxJQUFJLHFCQUFxQixFQUFFO0FBQ3hDLE1BQUksUUFBUTtBQUNWLFVBQU0sU0FBUyxPQUFPLFVBQVUsTUFBTSxPQUFPLFNBQVM7QUFDdEQsUUFBSTtBQUFBLE1BQ0YsSUFBSSxnQkFBZ0IsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUM5QixJQUFJLG9CQUFvQixHQUFHRSxTQUFRLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxPQUFPLFVBQVUsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzVGLElBQUksaUJBQWlCLEdBQUdBLFNBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRSxDQUFDLElBQUksT0FBTyxTQUFTLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM5RjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sT0FBTyxLQUFLLFlBQVk7QUFDekMsVUFBTSxhQUFhLFFBQVEsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsWUFBWSxRQUFRLElBQUksQ0FBQztBQUNoRixRQUFJLFdBQVcsV0FBVyxFQUFHO0FBQzdCLFFBQUksS0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLGFBQWEsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDckc7QUFDQSxNQUFJLEtBQUssa0JBQWtCLEtBQUssTUFBTSxvQkFBb0IsS0FBTSxRQUFRLENBQUMsQ0FBQyxLQUFLLEVBQUU7QUFDakYsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLElBQU0scUJBQXFCLENBQUMsc0JBQXNCLGNBQWMsT0FBTyxXQUFXLG9CQUFvQjtBQUN0RyxJQUFNLG1CQUFtQixDQUFDLGlCQUFpQixXQUFXO0FBRXRELElBQU0sYUFBeUQ7QUFBQSxFQUM3RCxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssV0FBVyxPQUFPLENBQUM7QUFBQSxFQUMzQyxDQUFDLGFBQWEsQ0FBQyxTQUFTLG1CQUFtQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3pELENBQUMsV0FBVyxDQUFDLFNBQVMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDckQsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLEtBQUssV0FBVyxPQUFPLEtBQUssQ0FBQyxtQkFBbUIsU0FBUyxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFDMUg7QUFFQSxTQUFTLElBQUksTUFBYyxPQUF1QjtBQUNoRCxTQUFPLE9BQU8sR0FBRyxJQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEtBQUs7QUFDbkQ7QUFFQSxTQUFTLGFBQWEsUUFBaUM7QUFDckQsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxPQUFPLE1BQU07QUFBQSxJQUNuQixLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDekYsS0FBSyxRQUFRO0FBQ1gsWUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLEVBQUUsU0FBUztBQUM1QyxhQUFPLEdBQUdBLFNBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSztBQUFBLElBQ2pFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3ZJLEtBQUs7QUFDSCxhQUFPLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxFQUMxRCxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFTLEVBQ3RDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxFQUMzRCxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sT0FBZSxVQUEwQjtBQUN2RCxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUMsTUFBTSxTQUFTLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQyxPQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQztBQUNsSSxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsR0FBRyxLQUFLLEtBQUssQ0FBQztBQUNwSSxTQUFPLEtBQUssS0FBSztBQUNuQjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFDN0M7QUFFQSxTQUFTQSxTQUFRQyxRQUF1QjtBQUN0QyxTQUFPLElBQUlBLFNBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNwQzs7O0FDbERPLFNBQVMsYUFBYSxNQUFxQixPQUFzRDtBQUN0RyxRQUFNLEVBQUUsUUFBQUMsU0FBUSxJQUFJLElBQUk7QUFDeEIsUUFBTSxVQUFVLGFBQWEsRUFBRSxRQUFRQSxRQUFPLFFBQVEsY0FBY0EsUUFBTyxjQUFjLFFBQVFBLFFBQU8sUUFBUSxTQUFTLE1BQU0sU0FBUyxJQUFJLENBQUM7QUFDN0ksUUFBTSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsRUFBRSxRQUFRQSxRQUFPLFFBQVEsVUFBVUEsUUFBTyxVQUFVLFNBQVNBLFFBQU8sU0FBUyxLQUFLLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDakosU0FBTyxFQUFFLEdBQUcsU0FBUyxZQUFZLE1BQU0sY0FBYyxLQUFLO0FBQzVEO0FBTU8sU0FBUyxpQkFBaUIsTUFBcUIsT0FBK0M7QUFDbkcsUUFBTSxVQUFVLGFBQWEsTUFBTSxLQUFLO0FBQ3hDLFFBQU0sUUFBUSxNQUFNLGFBQ2hCLDhEQUE4RCxNQUFNLE9BQU8sU0FBUztBQUFBLElBQ3BGLGVBQWUsT0FBTztBQUMxQixTQUFPLEVBQUUsUUFBUSxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFBQSxFQUFLLEtBQUssSUFBSSxHQUFHLFlBQVksU0FBUyxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQzNHOzs7QUNyQ0EsSUFBTSxVQUFVLENBQUMsS0FBSyxLQUFLLE1BQU07QUFRMUIsU0FBUyxlQUFlLEtBQXlCO0FBQ3RELFFBQU0sS0FBSyxRQUFRLFNBQVMsSUFBSSxrQkFBa0IsS0FBSyxFQUFFLFlBQVksS0FBSyxFQUFFO0FBQzVFLFFBQU0sUUFBUSxJQUFJLHlCQUF5QixLQUFLLEtBQUssSUFBSSx5QkFBeUIsS0FBSyxNQUFNO0FBQzdGLFNBQU8sTUFBTSxTQUFTLEtBQUssT0FBTztBQUNwQzs7O0FDUE8sU0FBUyxjQUFjLE1BQXdFO0FBR3BHLE1BQUksS0FBSyxlQUFlLFVBQWEsS0FBSyxRQUFRLGVBQWUsT0FBVyxRQUFPLENBQUM7QUFDcEYsUUFBTSxPQUFPLFdBQVc7QUFDeEIsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLE1BQU0scUZBQXFGO0FBR2hILFFBQU1DLFVBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxRQUFRLGFBQWEsS0FBSyxNQUFNLEVBQUU7QUFDbkUsU0FBTyxpQkFBaUIsTUFBTTtBQUFBLElBQzVCLFFBQUFBO0FBQUEsSUFDQSxLQUFLLEtBQUs7QUFBQSxJQUNWLFNBQVMsS0FBSztBQUFBLElBQ2QsS0FBSyxvQkFBSSxLQUFLO0FBQUEsSUFDZCxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLFlBQVksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLEVBQ3hDLENBQUM7QUFDSDs7O0FDWEEsSUFBTSxTQUFTLFdBQVcsUUFBUTtBQUczQixJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXLEVBQUUsUUFBUSxhQUFhLFVBQVUsRUFBRTtBQUFBLEVBQzlDLEdBQUcsV0FBVyxRQUFRLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDMUM7QUFFQSxJQUFNLFVBQVUsYUFBYSxRQUFRLGFBQWEsVUFBVSxDQUFDO0FBR3RELFNBQVMsUUFBZTtBQUM3QixTQUFPLFNBQVMsTUFBTTtBQUN4QjtBQUdlLFNBQVIsZUFBa0IsS0FBa0I7QUFDekMsVUFBUSxNQUFNLEdBQUc7QUFDbkI7QUFHTyxTQUFTLFNBQVMsS0FBa0I7QUFDekMsVUFBUSxNQUFNLEdBQUc7QUFDbkI7IiwKICAibmFtZXMiOiBbInRleHQiLCAibXMiLCAicmFuZG9tIiwgImNvbmZpZyIsICJleGVjIiwgImxhdGVuY3lPYmplY3RpdmVzTXMiLCAibXMiLCAib3BlbiIsICJyYW5kb20iLCAibXMiLCAic2hhcmUiLCAidGFncyIsICJhZGQiLCAiY29uZmlnIiwgImV4ZWMiLCAicmFuZG9tIiwgInJvdyIsICJleGVjIiwgImNvdW50IiwgImV4ZWMiLCAianVkZ2VkIiwgInRhZ3MiLCAiZXhlYyIsICJleGVjIiwgImV4ZWMiLCAiY29uZmlnIiwgInRhZ3MiLCAicm93IiwgImNvbmZpZyIsICJyb3ciLCAiYW5zd2VyIiwgImV4ZWMiLCAidGV4dCIsICJvcHRpb25zIiwgImh0dHAiLCAiY29uZmlnIiwgImh0dHAiLCAiY29uZmlnIiwgImV4ZWMiLCAiY29uZmlnIiwgInJhdGUiLCAicmF0ZSIsICJhbGxvd2VkIiwgInRleHQiLCAidGFncyIsICJkdXJhdGlvbiIsICJvcGVuIiwgInJvdW5kIiwgInNoYXJlIiwgInJvdyIsICJkdXJhdGlvbk1zIiwgInJvdyIsICJ0ZXh0IiwgInJvdyIsICJyb3ciLCAiY2VsbCIsICJwZXJjZW50IiwgInNoYXJlIiwgImNvbmZpZyIsICJjb25maWciXQp9Cg==
