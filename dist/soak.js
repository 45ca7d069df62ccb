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
var level = "debug";
function setExemplarPlan(objectivesMs, vus, lineLevel) {
  latencyObjectivesMs = [...new Set(objectivesMs)];
  vusInRun = vus;
  level = lineLevel;
}
var recorder = new ExemplarRecorder(
  () => latencyObjectivesMs,
  () => vusInRun(),
  (line) => level === "info" ? console.info(line) : console.debug(line)
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
  const level2 = lines === "error" ? ', level="error"' : "";
  return `{service_name="${SERVICE_NAME}", ${scope.key}="${scope.beast}"${level2}} |= "traceID=${traceIdPrefix(scope.testid, scope.method)}"`;
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
  setExemplarPlan(latencyMs, () => exec2.instance.vusInitialized, __ENV.REPORT_FINALIZE === "run-tool" ? "info" : "debug");
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9rNi50cyIsICIuLi9saWIvZXhlbXBsYXJzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL2xpYi9yZXF1ZXN0LXRpbWVvdXQudHMiLCAiLi4vbGliL25hbWVzLnRzIiwgIi4uL2xpYi90cmFjaW5nL2s2LnRzIiwgIi4uL2xpYi92ZXJzaW9uLnRzIiwgIi4uL2xpYi9kYXRhL25hbWVzLnRzIiwgIi4uL2xpYi9wbGFucy9rbm9icy50cyIsICIuLi9saWIvcGxhbnMvbWl4LnRzIiwgIi4uL2xpYi9ydW4taWQudHMiLCAiLi4vdGhyZXNob2xkcy9jaGVja3MudHMiLCAiLi4vbGliL2pvdXJuZXlzL2NoZWNrLWxpc3QudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9taXgudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N0YXJ0LnRzIiwgIi4uL2xpYi9ydW4tbGlmZS50cyIsICIuLi9saWIvam91cm5leXMvcHJvYmUudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9wbGFucy9hcnJpdmFsLnRzIiwgIi4uL2xpYi9wbGFucy9zb2FrLnRzIiwgIi4uL3RocmVzaG9sZHMvYnVkZ2V0LnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiLCAiLi4vc2NlbmFyaW9zL3NvYWsudHMiXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7QUFBQSxPQUFPLFVBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUMzQixNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNmLE9BQU8sQ0FBQyxNQUFNO0FBQUEsRUFDZCxNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsWUFBWSxDQUFDO0FBQ2Y7OztBQ0FPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSx1Q0FBdUMsQ0FBQyxRQUFRO0FBQzFHLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXQSxPQUFrQztBQUMzRCxRQUFNLFFBQVEsY0FBYyxLQUFLQSxLQUFJO0FBQ3JDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFHLEdBQUdDLEdBQUUsSUFBSTtBQUN4QixRQUFNLFFBQ0osT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBT0EsT0FBTSxDQUFDO0FBQ2hCLFNBQU8sUUFBUSxJQUFJLFFBQVE7QUFDN0I7QUFHTyxJQUFNLFdBQThCO0FBQUEsRUFBVTtBQUFBLEVBQXVDLENBQUMsUUFDM0YsV0FBVyxHQUFHLE1BQU0sU0FBWSxTQUFZO0FBQzlDO0FBVU8sSUFBTSxPQUF3QixVQUFVLGdGQUFnRixDQUFDLFFBQVE7QUFDdEksUUFBTSxRQUFRLDRCQUE0QixLQUFLLEdBQUc7QUFDbEQsTUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUcsUUFBTztBQUMzQyxTQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsVUFBVSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEdBQUcsR0FBdUI7QUFDdkYsQ0FBQztBQUdNLFNBQVMsTUFBd0IsUUFBb0M7QUFDMUUsU0FBTztBQUFBLElBQVUsVUFBVSxPQUFPLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFBSSxDQUFDLFFBQy9DLE9BQU8sS0FBSyxDQUFDLFVBQVUsTUFBTSxZQUFZLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFBQSxFQUNsRTtBQUNGO0FBR08sU0FBUyxPQUFVLE1BQW9DO0FBQzVELFNBQU8sVUFBVSw2QkFBNkIsS0FBSyxPQUFPLElBQUksQ0FBQyxRQUFRO0FBQ3JFLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3RELFFBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxTQUFTLEVBQUUsS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLFNBQVMsTUFBTSxPQUFRLFFBQU87QUFDdEYsUUFBSTtBQUNGLGFBQU8sTUFBTSxJQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDM0MsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFHTyxJQUFNLFVBQThCLFVBQVUsaUJBQWlCLENBQUMsUUFBUTtBQUM3RSxRQUFNLE9BQU8sSUFBSSxZQUFZO0FBQzdCLE1BQUksQ0FBQyxRQUFRLEtBQUssT0FBTyxJQUFJLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN0RCxNQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdkQsU0FBTztBQUNULENBQUM7QUFHTSxTQUFTLFNBQVMsTUFBYyxTQUFvQztBQUN6RSxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVMsS0FBSyxLQUFLLEdBQUcsSUFBSSxNQUFNLE1BQVU7QUFDdkU7QUFHTyxJQUFNLGFBQWE7QUFFbkIsSUFBTSxhQUFhO0FBTW5CLFNBQVMsS0FBSyxVQUFnRTtBQUNuRixRQUFNLFVBQVUsb0VBQW9FLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDdkcsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFRO0FBQ2pDLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQ2pFLFVBQU0sU0FBaUMsQ0FBQztBQUN4QyxlQUFXLFFBQVEsT0FBTztBQUN4QixVQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsWUFBTSxDQUFDLEtBQUssS0FBSyxJQUFJO0FBQ3JCLFlBQU0sUUFBUSxXQUFXLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxTQUFTLEdBQUcsS0FBSyxXQUFXLEtBQUssS0FBSyxLQUFLLE1BQU0sVUFBVTtBQUMzRyxVQUFJLENBQUMsU0FBUyxPQUFPLE9BQVEsUUFBTztBQUNwQyxhQUFPLEdBQUcsSUFBSTtBQUFBLElBQ2hCO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIOzs7QUM1SE8sSUFBTSxtQkFBbUI7QUFHekIsSUFBTSxxQkFBcUI7QUFHM0IsSUFBTSxvQkFBb0I7QUFBQSxFQUMvQjtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQzNCO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFPO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBcUI7QUFBQSxFQUFTO0FBQUEsRUFDdkY7QUFBQSxFQUFTO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQUEsRUFBWTtBQUFBLEVBQWlCO0FBQUEsRUFBTTtBQUFBLEVBQVE7QUFDNUY7QUFtQ08sSUFBTSxvQkFBb0I7QUFHMUIsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixJQUFJLE9BQU8sV0FBVyxpQkFBaUIsTUFBTSxXQUFXLE9BQU8sTUFBTSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ3pFLFdBQVcsaUJBQWlCO0FBQzlCO0FBR08sU0FBUyxjQUFjLFVBQWtCLEtBQVdDLFNBQThCO0FBQ3ZGLFFBQU0sT0FBTyxJQUFJLFlBQVksRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsV0FBVyxHQUFHO0FBQzFFLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFdBQVUsS0FBSyxNQUFNQSxRQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUMzRSxTQUFPLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxJQUFJLE1BQU07QUFDbkQ7QUFNTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFNBQU8sRUFBRSxTQUFTLGNBQWMsT0FBTztBQUN6QztBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sRUFBRSxTQUFTLGNBQWMsT0FBTyxJQUFJLFlBQVksR0FBRztBQUN6RCxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUNwSE8sU0FBUyxjQUFjLFdBQW1CLEtBQTZDO0FBQzVGLE1BQUksVUFBVSxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ3RDLE1BQUksQ0FBQyxLQUFLLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDbEMsU0FBTyxHQUFHLElBQUksUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLFVBQVUsUUFBUSxVQUFVLEVBQUUsQ0FBQztBQUN0RTtBQVNPLFNBQVMsZUFBZSxXQUFtQixLQUF5QixNQUF1QztBQUNoSCxRQUFNLE9BQU8sY0FBYyxXQUFXLEdBQUc7QUFDekMsTUFBSSxTQUFTLE9BQVc7QUFDeEIsTUFBSTtBQUNKLE1BQUk7QUFDRixTQUFLLElBQUk7QUFDVCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxpQ0FBaUMsS0FBSyxPQUFPLEVBQUc7QUFDcEQsUUFBSSxDQUFDLDRCQUE0QixLQUFLLE9BQU8sRUFBRztBQUNoRCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CO0FBQ0EsUUFBTSxJQUFJLFlBQVksY0FBYyxXQUFXLHdDQUF3QyxPQUFPLEdBQUc7QUFDbkc7OztBQzlCTyxJQUFNLGVBQWU7QUFVNUIsSUFBTSxXQUFXO0FBbUJWLFNBQVMscUJBQXFCLEtBQWdCO0FBQ25ELFFBQU0sTUFBTSxJQUFJLFlBQVksR0FBRyxLQUFLO0FBQ3BDLE1BQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxLQUFLLEdBQUcsRUFBRztBQUNqQyxRQUFNLElBQUk7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFFBQVEsVUFBVSxRQUFRO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBQ0Y7OztBUDVCTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFPTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUTtBQUMzQixVQUFNQyxVQUFTLFlBQVksS0FBSyxFQUFFLFVBQVUsS0FBSyxvQkFBSSxLQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUNsRixRQUFJLFNBQVMsR0FBRztBQUNkLHFCQUFlQSxRQUFPLFdBQVcsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLElBQUksQ0FBQztBQUM5RCwyQkFBcUIsR0FBRztBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNULENBQUM7QUFDSDs7O0FRdENBLE9BQU8sVUFBdUQ7OztBQ0E5RCxPQUFPQyxXQUFVOzs7QUNVVixJQUFNLGtCQUFrQjtBQXdDL0IsSUFBTSxtQkFBbUIsQ0FBQyxLQUFLLEtBQUssR0FBRztBQU9oQyxTQUFTLGNBQWMsUUFBZ0IsV0FBd0M7QUFDcEYsTUFBSSxXQUFXLEVBQUcsUUFBTztBQUN6QixTQUFPLENBQUMsaUJBQWlCLFNBQVMsTUFBTSxLQUFLLGNBQWM7QUFDN0Q7QUFPTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLFdBQVcsU0FBeUJDLHNCQUFrRDtBQUNwRyxRQUFNLFFBQVEsR0FBRyxRQUFRLE1BQU0sS0FBSyxRQUFRLEtBQUssR0FBRyxRQUFRLFVBQVUsS0FBSyxZQUFZO0FBQ3ZGLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixNQUFJLFFBQVEsT0FBUSxNQUFLLEtBQUssZ0JBQWdCLEtBQUssRUFBRTtBQUNyRCxhQUFXQyxPQUFNRCxxQkFBcUIsS0FBSSxRQUFRLGNBQWNDLElBQUksTUFBSyxLQUFLLFlBQVlBLEdBQUUsSUFBSSxLQUFLLEVBQUU7QUFDdkcsTUFBSSxRQUFRLFlBQWEsTUFBSyxLQUFLLFVBQVUsS0FBSyxFQUFFO0FBQ3BELFNBQU87QUFDVDtBQUdPLElBQU0sbUJBQU4sTUFBdUI7QUFBQSxFQUc1QixZQUNtQkQsc0JBQ0EsS0FDQSxPQUNqQjtBQUhpQiwrQ0FBQUE7QUFDQTtBQUNBO0FBTG5CLHdCQUFpQixTQUFRLG9CQUFJLElBQW9CO0FBQUEsRUFNOUM7QUFBQTtBQUFBLEVBR0gsT0FBTyxTQUFrQztBQUN2QyxVQUFNLE9BQU8sV0FBVyxTQUFTLEtBQUssb0JBQW9CLENBQUM7QUFDM0QsUUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBRTlCLFVBQU0sUUFBUSxRQUFRLFVBQVUsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLG9CQUFvQixLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSTtBQUN0RyxVQUFNRSxRQUFPLEtBQUssT0FBTyxDQUFDLFNBQVMsS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssS0FBSztBQUNwRSxRQUFJQSxNQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLGVBQVcsT0FBT0EsTUFBTSxNQUFLLE1BQU0sSUFBSSxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDMUUsU0FBSyxNQUFNLG1CQUFtQixPQUFPLENBQUM7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFNBQWlDO0FBQ2xFLFFBQU0sT0FBcUI7QUFBQSxJQUN6QixTQUFTLFFBQVE7QUFBQSxJQUNqQixTQUFTLFFBQVE7QUFBQSxJQUNqQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUTtBQUFBLElBQ2hCLE1BQU0sUUFBUTtBQUFBLElBQ2QsUUFBUSxRQUFRO0FBQUEsSUFDaEIsU0FBUyxRQUFRO0FBQUEsSUFDakIsYUFBYSxRQUFRLGdCQUFnQjtBQUFBLElBQ3JDLFlBQVksS0FBSyxNQUFNLFFBQVEsYUFBYSxHQUFJLElBQUk7QUFBQSxJQUNwRCxNQUFNLElBQUksS0FBSyxRQUFRLE1BQU0sRUFBRSxZQUFZO0FBQUEsRUFDN0M7QUFDQSxTQUFPLEdBQUcsZUFBZSxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDbEQ7QUFtQkEsSUFBSSxzQkFBeUMsQ0FBQztBQUM5QyxJQUFJLFdBQXlCLE1BQU07QUFDbkMsSUFBSSxRQUEwQjtBQVF2QixTQUFTLGdCQUFnQixjQUFpQyxLQUFtQixXQUFtQztBQUNySCx3QkFBc0IsQ0FBQyxHQUFHLElBQUksSUFBSSxZQUFZLENBQUM7QUFDL0MsYUFBVztBQUNYLFVBQVE7QUFDVjtBQUdBLElBQU0sV0FBVyxJQUFJO0FBQUEsRUFDbkIsTUFBTTtBQUFBLEVBQ04sTUFBTSxTQUFTO0FBQUEsRUFDZixDQUFDLFNBQVUsVUFBVSxTQUFTLFFBQVEsS0FBSyxJQUFJLElBQUksUUFBUSxNQUFNLElBQUk7QUFDdkU7QUFHTyxTQUFTLGVBQWUsU0FBK0I7QUFDNUQsV0FBUyxPQUFPLE9BQU87QUFDekI7OztBQzdKTyxJQUFNLGtCQUFvRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJOzs7QUNDN0YsU0FBUyxVQUFVLE9BQWVDLFNBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVNBLFFBQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBZU8sSUFBTSxlQUFpRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBRzFGLFNBQVMsWUFBWSxRQUF3QjtBQUNsRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxJQUFLLFFBQU8sS0FBSyxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsR0FBRyxRQUFVLE1BQU07QUFDdEcsU0FBTyxLQUFLLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQzFDO0FBTU8sU0FBUyxjQUFjLFFBQWdCLFFBQW9DO0FBQ2hGLFNBQU8sR0FBRyxZQUFZLE1BQU0sQ0FBQyxHQUFJLFdBQVcsVUFBYSxhQUFhLE1BQU0sS0FBTSxHQUFHO0FBQ3ZGO0FBT08sSUFBTSxnQkFBTixNQUFvQjtBQUFBLEVBQ3pCLFlBQ21CLFFBQ0FBLFNBQ2pCO0FBRmlCO0FBQ0Esa0NBQUFBO0FBQUEsRUFDaEI7QUFBQTtBQUFBLEVBR0gsS0FBSyxRQUEwQztBQUM3QyxVQUFNLFVBQVUsR0FBRyxjQUFjLEtBQUssUUFBUSxNQUFNLENBQUMsR0FBRyxVQUFVLElBQUksS0FBSyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDM0YsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsUUFBUSxhQUFhLFlBQVksU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN0RTtBQUNGO0FBT08sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFJdEIsWUFBNkJBLFNBQXFCO0FBQXJCLGtDQUFBQTtBQUg3Qix3QkFBUSxhQUFZLE9BQU87QUFDM0Isd0JBQVEsTUFBSztBQUFBLEVBRXNDO0FBQUE7QUFBQSxFQUduRCxHQUFHLFdBQTJCO0FBQzVCLFFBQUksY0FBYyxLQUFLLFdBQVc7QUFDaEMsV0FBSyxZQUFZO0FBQ2pCLFdBQUssS0FBSyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQUEsSUFDcEM7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFVTyxTQUFTLFVBQVUsUUFBZ0IsU0FBaUIsU0FBaUIsUUFBbUI7QUFDN0YsUUFBTSxPQUFPLFdBQVcsU0FBWSxLQUFLLFdBQVcsVUFBVSxZQUFZLGFBQWEsT0FBTyxPQUFPO0FBQ3JHLFNBQU8sZUFBZSxPQUFPLFlBQVksTUFBTSxHQUFHLElBQUk7QUFDeEQ7QUFHTyxTQUFTLFlBQVksUUFBZ0IsU0FBeUQ7QUFDbkcsU0FBTyxFQUFFLFNBQVMsVUFBVSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsT0FBTyxFQUFFO0FBQzlFOzs7QUM1Rk8sSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBRXJILFFBQU0sWUFDSixTQUFTLGlCQUFpQiw0QkFBNEIsZ0JBQWdCLE1BQU0sTUFBZ0IsQ0FBQyxLQUMzRixTQUFTLFlBQVksZUFBZSxXQUFXLE9BQy9DO0FBQ0osUUFBTSxVQUFVLGFBQWEsT0FBTyxTQUFTO0FBQzdDLFFBQU0sUUFBUSxZQUFZLE9BQU8sU0FBUyxpQkFBaUIsVUFBVSxLQUFLO0FBQzFFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQVFPLFNBQVMsb0JBQW9CLFFBQXdCO0FBQzFELFNBQU8sZUFBZSxPQUFPLFdBQVcsS0FBSyxLQUFLLENBQUM7QUFDckQ7QUFPTyxTQUFTLGFBQWEsT0FBbUIsV0FBNEI7QUFDMUUsUUFBTSxRQUFRO0FBQUEsSUFDWiw0QkFBNEIsWUFBWTtBQUFBLElBQ3hDO0FBQUEsSUFDQSx1QkFBdUIsTUFBTSxNQUFNO0FBQUEsSUFDbkMsd0JBQXdCLE1BQU0sS0FBSztBQUFBLElBQ25DLDRCQUE0QixvQkFBb0IsTUFBTSxNQUFNLENBQUM7QUFBQSxJQUM3RCxHQUFJLFlBQVksQ0FBQyxTQUFTLElBQUksQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFDaEM7QUFRTyxTQUFTLFlBQVksT0FBbUIsT0FBZ0M7QUFDN0UsUUFBTUMsU0FBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFNBQU8sa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSUEsTUFBSyxpQkFBaUIsY0FBYyxNQUFNLFFBQVEsTUFBTSxNQUFNLENBQUM7QUFDekk7OztBQ3ZGTyxJQUFNLFVBQVUsQ0FBQyxPQUFPLFFBQVEsUUFBUTtBQUt4QyxJQUFNLGlCQUFpQjtBQU12QixJQUFNLCtCQUErQjtBQThCckMsU0FBUyxhQUFhLE9BQTRCO0FBQ3ZELFFBQU0sWUFBWSxhQUFhLE1BQU0sR0FBRztBQUN4QyxRQUFNLE1BQU0sTUFBTSxpQkFBaUIsV0FBVyxhQUFhO0FBQzNELFFBQU0sT0FBYyxDQUFDO0FBQ3JCLGFBQVcsU0FBUyxNQUFNLFFBQVE7QUFDaEMsZUFBVyxVQUFVLE1BQU0sV0FBVyxTQUFTO0FBQzdDLFlBQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxLQUFLO0FBQ2pDLFlBQU0sUUFBb0IsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSTtBQUNyRSxpQkFBVyxZQUFZLFVBQVUsT0FBTyxDQUFDLGNBQWMsVUFBVSxTQUFTLFNBQVMsTUFBTSxLQUFLLElBQUksR0FBRztBQUNuRyxjQUFNLFlBQVksU0FBUyxVQUFVLE1BQU07QUFDM0MsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFFBQ2xCLENBQUM7QUFBQSxNQUNIO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGFBQWEsS0FBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjLElBQUksU0FBUyxRQUFRLElBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQixJQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCQyxTQUE2QjtBQUFBLElBQ3JFLE1BQU07QUFBQSxJQUNOLFVBQVUsV0FBVyxLQUFLLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU9BLEtBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQkEsR0FBRTtBQUFBLEVBQ3hGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFdBQVcsQ0FBQyxZQUFZLEVBQUUsSUFBSSxLQUFLLE9BQU8sZUFBZSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDaEYsYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLFFBQVEsSUFBSSxlQUFlLE1BQU0sQ0FBQyxDQUFDLE9BQU8sS0FBSyxvQkFBb0IsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN4SDtBQUFBLElBQ0EsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQjtBQUFBO0FBQUE7QUFBQSxNQUdFLE1BQU07QUFBQSxNQUNOLFNBQVMsQ0FBQyxLQUFLO0FBQUEsTUFDZixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBTyxNQUFNLElBQUksTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ3JFLGFBQWEsQ0FBQyxVQUFVLEdBQUcsUUFBUSxJQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsNEJBQTRCLElBQUk7QUFDdkc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRQyxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBQzFITyxTQUFTLGFBQWEsUUFBZ0JDLE9BQXNDO0FBQ2pGLFFBQU0sU0FBUyxPQUFPLFFBQVFBLEtBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUU7QUFDM0UsU0FBTyxPQUFPLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQzVEO0FBR08sU0FBUyxvQkFBb0IsS0FBOEM7QUFDaEYsU0FBTyxHQUFHLElBQUksSUFBSSxHQUFHLElBQUksVUFBVSxFQUFFLEdBQUcsSUFBSSxVQUFVLEtBQUs7QUFDN0Q7QUFHTyxJQUFNLG1CQUFtQjtBQU1oQyxTQUFTLFlBQVksS0FBa0I7QUFDckMsU0FBTyxHQUFHLElBQUksSUFBSTtBQUNwQjtBQVFPLFNBQVMsa0JBQ2QsU0FDQSxVQUM2QjtBQUM3QixRQUFNLGFBQTBDLENBQUM7QUFDakQsUUFBTUMsT0FBTSxDQUFDLEtBQWEsY0FBK0I7QUFDdkQsVUFBTSxPQUFRLHNDQUFvQixDQUFDO0FBQ25DLFFBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxhQUFhLEtBQUssVUFBVSxRQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsQ0FBQyxFQUFHLE1BQUssS0FBSyxTQUFTO0FBQUEsRUFDM0c7QUFDQSxhQUFXLE9BQU8sU0FBUztBQUN6QixJQUFBQSxLQUFJLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSSxHQUFHLE9BQU8sS0FBSyxTQUFTLE1BQU0sU0FBUyxVQUFVLENBQUM7QUFDdkYsSUFBQUEsS0FBSSxhQUFhLElBQUksT0FBTyxJQUFJLElBQUksR0FBRyxTQUFTLFNBQVMsV0FBVyxhQUFhLGdCQUFnQjtBQUFBLEVBQ25HO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxPQUFPLEtBQVUsTUFBZSxZQUErQjtBQUN0RSxNQUFJLFNBQVMsU0FBVSxRQUFPLFlBQVksR0FBRztBQUM3QyxRQUFNLFlBQVksb0JBQW9CLEdBQUc7QUFDekMsU0FBTyxTQUFTLFNBQVMsRUFBRSxXQUFXLGFBQWEsTUFBTSxnQkFBZ0IsV0FBVyxJQUFJO0FBQzFGO0FBTU8sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ2hEM0YsSUFBTSxlQUFzQyxDQUFDLFdBQVcsZ0JBQWdCO0FBUXhFLElBQU0sWUFBZ0MsQ0FBQyxRQUFRLFFBQVEsUUFBUTtBQTRCL0QsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxzQkFBc0I7QUFHbkMsSUFBTSxRQUEyQixVQUFVLHdDQUF3QyxDQUFDLFFBQVE7QUFDMUYsTUFBSSxDQUFDLGdCQUFnQixLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3ZDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxRQUFRLEtBQUssUUFBUSxJQUFJLFFBQVE7QUFDMUMsQ0FBQztBQUdELFNBQVMsUUFBUSxPQUFlLFdBQXNDO0FBQ3BFLFNBQU8sVUFBVSw4QkFBOEIsS0FBSyxLQUFLLFNBQVMsS0FBSyxDQUFDLFFBQVE7QUFDOUUsVUFBTSxRQUFRLGFBQWEsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDckQsV0FBTyxTQUFTLFNBQVMsU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQUEsRUFDMUQsQ0FBQztBQUNIO0FBR0EsSUFBTSxnQkFBZ0IsU0FBUyx5QkFBeUIsOENBQThDO0FBTS9GLFNBQVMsaUJBQWlCLEtBQVUsYUFBbUM7QUFDNUUsUUFBTSxRQUFRLFFBQVEsS0FBSyxjQUFjLGlCQUFpQixjQUFjO0FBQ3hFLFNBQU87QUFBQSxJQUNMLFNBQVMsUUFBUSxLQUFLLGVBQWUsTUFBTSxZQUFZLEdBQUcsU0FBUztBQUFBLElBQ25FLE1BQU0sUUFBUSxLQUFLLFlBQVksTUFBTSxTQUFTLEdBQUcsV0FBVztBQUFBLElBQzVEO0FBQUEsSUFDQSxPQUFPLFFBQVEsS0FBSyxjQUFjLFFBQVEsT0FBTyxZQUFZLEdBQUcsS0FBSyxJQUFJLGdCQUFnQixLQUFLLENBQUM7QUFBQSxJQUMvRixjQUFjLFFBQVEsS0FBSyxvQkFBb0IsT0FBTyxvQkFBb0I7QUFBQSxJQUMxRSxRQUFRLFFBQVEsS0FBSyxjQUFjLE9BQU8sb0JBQW9CO0FBQUEsSUFDOUQsWUFBWSxRQUFRLEtBQUssbUJBQW1CLFVBQVUsbUJBQW1CO0FBQUEsSUFDekUsU0FBUztBQUFBLE1BQ1AsS0FBSyxRQUFRLEtBQUssZUFBZSxLQUFLLHVCQUF1QjtBQUFBLE1BQzdELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxNQUNsRSxTQUFTLFFBQVEsS0FBSyxvQkFBb0IsZUFBZSxNQUFNO0FBQUEsTUFDL0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNGOzs7QVBsRkEsSUFBSTtBQVFHLFNBQVMsV0FDZEMsU0FDQSxVQUNtRDtBQUNuRCxRQUFNLFdBQVcsYUFBYSxDQUFDLFFBQVEsaUJBQWlCLEtBQUssU0FBUyxJQUFJLENBQUM7QUFDM0UsV0FBUyxFQUFFLFFBQUFBLFNBQVEsVUFBVSxTQUFTLFNBQVMsUUFBUTtBQUN2RCxRQUFNLFVBQVUsYUFBYSxFQUFFLEdBQUdBLFNBQVEsU0FBUyxTQUFTLFNBQVMsS0FBSyxTQUFTLENBQUM7QUFDcEYsUUFBTSxZQUFZLFFBQVEsT0FBTyxDQUFDLFFBQVEsSUFBSSxTQUFTLFNBQVMsRUFBRSxJQUFJLENBQUMsUUFBUSxJQUFJLFVBQVUsS0FBSztBQUVsRyxrQkFBZ0IsV0FBVyxNQUFNQyxNQUFLLFNBQVMsZ0JBQWdCLE1BQU0sb0JBQW9CLGFBQWEsU0FBUyxPQUFPO0FBQ3RILFNBQU8sRUFBRSxZQUFZLGtCQUFrQixTQUFTLFFBQVEsR0FBRyxtQkFBbUIsb0JBQW9CO0FBQ3BHO0FBR08sU0FBUyxhQUFxQztBQUNuRCxTQUFPO0FBQ1Q7OztBUWhDTyxJQUFNLHVCQUF1QjtBQUU3QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUd2QixTQUFTLGlCQUFpQixPQUF1QjtBQUN0RCxTQUFPLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxJQUFJLGdCQUFnQix1QkFBdUIsS0FBSyxDQUFDO0FBQ3hGOzs7QUNoQk8sSUFBTSxrQkFBa0I7QUFHeEIsSUFBTSxlQUFlO0FBRzVCLElBQU0sbUJBQW1CLE1BQU0sSUFBSTtBQWdCbkMsSUFBTSxjQUFjLElBQUksT0FBTyxJQUFJLFlBQVksMkRBQTJEO0FBT25HLFNBQVMsUUFBUSxTQUFpQixRQUFnQixJQUFxQjtBQUM1RSxRQUFNLFFBQVEsS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUN2QyxRQUFNLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxTQUFTLEdBQUksR0FBRyxnQkFBZ0I7QUFDaEUsUUFBTSxTQUFTLEdBQUcsWUFBWSxJQUFJLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUMsSUFBSSxFQUFFO0FBQ2hHLFNBQU8sRUFBRSxRQUFRLFNBQVMsUUFBUSxLQUFNLFFBQVEsUUFBUSxRQUFRLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsYUFBYSxNQUFtQztBQUM5RCxRQUFNLFFBQVEsWUFBWSxLQUFLLElBQUk7QUFDbkMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsUUFBUSxPQUFPLE1BQU0sRUFBRSxJQUFJO0FBQ2xDLFFBQU0sVUFBVSxTQUFTLE9BQU8sRUFBRSxJQUFJO0FBQ3RDLFNBQU8sRUFBRSxRQUFRLFNBQVMsT0FBTyxVQUFVLFNBQVMsTUFBTSxFQUFFLElBQUksS0FBTSxHQUFHO0FBQzNFO0FBR08sU0FBUyxZQUFZQyxTQUE4QjtBQUN4RCxNQUFJLEtBQUs7QUFDVCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLE1BQWMsT0FBZSxLQUF1QjtBQUM1RSxRQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLE1BQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFFBQVE7QUFDM0M7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFNTyxTQUFTLGNBQWMsTUFBb0M7QUFDaEUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEVBQUcsUUFBTztBQUNqQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQWtCQSxNQUFtQyxJQUFJO0FBQ2pGLFNBQU8sTUFBTSxNQUFNLENBQUMsU0FBeUIsT0FBTyxTQUFTLFFBQVEsSUFBSSxRQUFRO0FBQ25GO0FBR08sSUFBTSxZQUFZO0FBR2xCLElBQU0sYUFBYTs7O0FDMUcxQixTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBR2pCLElBQU0sU0FBUyxDQUFDQyxXQUFrQixJQUFJLFdBQVcsWUFBWUEsTUFBSyxDQUFDO0FBQ25FLElBQU0sV0FBVyxJQUFJLFdBQVcsTUFBTTtBQUN0QyxJQUFJO0FBR0csU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxTQUFTLEdBQUdDLE1BQUssR0FBRyxtQkFBbUI7QUFDaEQ7QUFPTyxTQUFTLE9BQVUsUUFBZ0IsUUFBNEIsTUFBcUM7QUFDekcsc0JBQVcsSUFBSSxjQUFjLFFBQVEsTUFBTTtBQUMzQyxRQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU07QUFDaEMsRUFBQUEsTUFBSyxHQUFHLFFBQVEsU0FBUyxXQUFXLE1BQU07QUFDMUMsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsVUFBRTtBQUNBLFdBQU9BLE1BQUssR0FBRyxRQUFRLFNBQVM7QUFBQSxFQUNsQztBQUNGOzs7QUMxQk8sSUFBTSxnQkFBZ0I7OztBWmU3QixJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBR08sU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxHQUFHLGlCQUFpQixXQUFXLEdBQUcsU0FBUyxTQUFTLGNBQWMsQ0FBQztBQUM1RTtBQW9CTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFNMUIsWUFDbUIsU0FDQSxLQUNBLFVBQW1CLFdBQ3BDO0FBSGlCO0FBQ0E7QUFDQTtBQVJuQix3QkFBaUI7QUFDakIsd0JBQWlCLFdBQVUsZUFBZTtBQUMxQyx3QkFBUSxXQUFVO0FBQ2xCLHdCQUFRLGdCQUFlO0FBT3JCLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sRUFBRSxVQUFVLFFBQVEsSUFBSSxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUN2RSxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE9BQU8sUUFBUTtBQUFBLEVBQ3BDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUNoRDtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR1EsUUFBZ0I7QUFDdEIsUUFBSSxLQUFLLFlBQVksUUFBUyxRQUFPLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxPQUFPO0FBQ3RGLFVBQU0sVUFBVSxlQUFlO0FBQy9CLFFBQUksWUFBWSxLQUFLLFNBQVM7QUFDNUIsV0FBSyxVQUFVO0FBQ2YsV0FBSyxlQUFlLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQzNFO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRVEsS0FBOEIsUUFBZ0IsT0FBZSxNQUEwQixjQUFrQjtBQUMvRyxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQ3ZCLFVBQU1DLFVBQVMsS0FBSyxZQUFZO0FBQ2hDLFVBQU1DLFFBQStCRCxVQUFTLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxFQUFFLE1BQU0sT0FBTyxJQUFJLFFBQVE7QUFDbEcsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxVQUFNLFFBQVEsS0FBSyxNQUFNO0FBQ3pCLFdBQU8sT0FBTyxLQUFLLElBQUksUUFBUUEsVUFBUyxTQUFTLFFBQVcsQ0FBQyxVQUFVO0FBQ3JFLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLGNBQWM7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUM7QUFBQSxRQUNBLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQ0QsVUFBSSxDQUFDRCxRQUFRLFFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBVTtBQUNuRCxZQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsWUFBTSxTQUFTLFdBQVcsZ0JBQWdCLE1BQU07QUFDaEQsWUFBTSxVQUEwQjtBQUFBLFFBQzlCLFNBQVMsTUFBTTtBQUFBLFFBQ2YsU0FBUyxLQUFLO0FBQUEsUUFDZDtBQUFBLFFBQ0E7QUFBQSxRQUNBLE1BQU07QUFBQSxRQUNOO0FBQUEsUUFDQTtBQUFBLFFBQ0EsU0FBUyxDQUFDLFVBQVUsY0FBYyxRQUFRLFNBQVMsUUFBUSxjQUFjLENBQUM7QUFBQSxRQUMxRSxZQUFZLFFBQVE7QUFBQSxRQUNwQjtBQUFBLE1BQ0Y7QUFDQSxxQkFBZSxPQUFPO0FBQ3RCLGFBQU8sRUFBRSxVQUFVLFFBQVE7QUFBQSxJQUM3QixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QWE5SEEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0UsV0FBVTtBQVFqQixJQUFNLFFBQVEsSUFBSSxZQUFZLHFCQUFxQixNQUFnQixLQUFLLE1BQU0sS0FBSyxtQkFBbUIsQ0FBQyxDQUFDO0FBTWpHLFNBQVMsY0FBYyxLQUFvQjtBQUNoRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixRQUFNLFlBQVlBLE1BQUssR0FBRztBQUUxQixRQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU8sYUFBYSxNQUFNLE1BQU07QUFDekQsU0FBTyxZQUFZLElBQUksUUFBUSxNQUFNLElBQUksU0FBUztBQUNwRDs7O0FDbEJPLElBQU0sU0FBNEIsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQ2hILFFBQU0sUUFBUSx3QkFBd0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDaEUsU0FBTyxRQUFRLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFDN0MsQ0FBQztBQUdNLElBQU0sUUFBMkIsVUFBVSxxQ0FBcUMsQ0FBQyxRQUFRO0FBQzlGLFFBQU0sUUFBUSwyQ0FBMkMsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkYsU0FBTyxTQUFTLEtBQUssU0FBUyxJQUFJLFFBQVE7QUFDNUMsQ0FBQztBQUdNLFNBQVMsS0FBSyxLQUFnQztBQUNuRCxTQUFPLFVBQVUsNEJBQTRCLEdBQUcsSUFBSSxDQUFDLFFBQVE7QUFDM0QsVUFBTSxRQUFRLFlBQVksS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDcEQsV0FBTyxTQUFTLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUM5QyxDQUFDO0FBQ0g7QUFHTyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLGFBQWEsS0FBVSxVQUEwRDtBQUMvRixTQUFPO0FBQUEsSUFDTCxNQUFNLFFBQWMsS0FBSyxRQUFRLE1BQU0sRUFBRSxNQUFNLFNBQVMsTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLElBQzlFLFFBQVEsV0FBVyxLQUFLLFNBQVMsTUFBTTtBQUFBLEVBQ3pDO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsS0FBVSxVQUEwQjtBQUM3RCxTQUFPLFFBQVEsS0FBSyxXQUFXLEtBQUssYUFBYSxHQUFHLFFBQVE7QUFDOUQ7QUFHTyxTQUFTLGFBQWEsS0FBVSxVQUFrQixVQUEwQjtBQUNqRixTQUFPLFFBQVEsS0FBSyxVQUFVLFVBQVUsUUFBUTtBQUNsRDtBQUdPLElBQU0sZUFBa0M7QUFBQSxFQUFVO0FBQUEsRUFBMkMsQ0FBQyxRQUNuRyxpQkFBaUIsS0FBSyxHQUFHLEtBQUssV0FBVyxHQUFHLE1BQU0sU0FBWSxNQUFNO0FBQ3RFOzs7QUNyQ08sU0FBUyxXQUFXLEtBQWU7QUFDeEMsU0FBTztBQUFBLElBQ0wsV0FBVyxRQUFRLEtBQUssWUFBWSxPQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQixLQUFpQjtBQUN2RSxNQUFJLElBQUksSUFBSSxVQUFXLFFBQU87QUFDOUIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFdBQVcsSUFBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJLElBQUksYUFBYSxJQUFJLElBQUksYUFBYSxJQUFJLFdBQVc7QUFDbEU7QUFHTyxTQUFTLFlBQVksR0FBVyxRQUFtQztBQUN4RSxTQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUU7OztBQ3JDQSxPQUFPQyxXQUFVO0FBZVYsU0FBUyxhQUFhQyxTQUE2QztBQUN4RSxTQUFPRCxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVDLFFBQU87QUFDbEQ7QUFNTyxTQUFTLFNBQVMsS0FBK0I7QUFDdEQsTUFBSSxDQUFDLElBQUssQ0FBQUQsTUFBSyxLQUFLLE1BQU0seUhBQXlIO0FBQ25KLFNBQU87QUFDVDs7O0FDMUJBLFNBQVMsYUFBYTtBQUN0QixTQUFTLGVBQWU7QUFReEIsSUFBTSxnQkFBZ0IsSUFBSSxRQUFRLGNBQWM7QUFNekMsU0FBUyxRQUFXLE9BQVUsTUFBNkNFLE9BQWtEO0FBQ2xJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxNQUFNLFNBQVMsS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQ3BELFVBQU0sU0FBUyxNQUFNLE9BQU8sRUFBRSxDQUFDLElBQUksR0FBRyxVQUFVLEdBQUdBLEtBQUk7QUFDdkQsa0JBQWMsSUFBSSxHQUFHLEVBQUUsR0FBR0EsT0FBTSxRQUFRLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDeEQsVUFBTSxPQUFPO0FBQUEsRUFDZjtBQUNBLFNBQU87QUFDVDs7O0FDZk8sU0FBUyxVQUFVLE1BQWdCLE9BQWUsTUFBNEQ7QUFDbkgsUUFBTSxTQUFTLFFBQVEsTUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUMzRCxNQUFJLENBQUMsVUFBVSxLQUFLLFFBQVMsZ0JBQWUsRUFBRSxHQUFHLEtBQUssU0FBUyxhQUFhLEtBQUssQ0FBQztBQUNsRixTQUFPO0FBQ1Q7OztBQ0VPLFNBQVMsU0FBUyxTQUFpQixLQUFZLFFBQTJCLFFBQW9CLGlCQUF5QjtBQUM1SCxRQUFNLFNBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELFFBQU0sTUFBTSxVQUFVLGtCQUFrQixJQUFJLFNBQVM7QUFDckQsTUFBSSxVQUFVO0FBQ2QsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxFQUFFLFVBQVUsTUFBTSxJQUFJLE9BQU8sS0FBSyxLQUFLO0FBQzdDLFFBQUksU0FBUyxXQUFXLEVBQUcsUUFBTyxRQUFRLFFBQVEsS0FBSyxtQkFBbUIsU0FBUyxLQUFLLEtBQUssS0FBSyxPQUFPO0FBQ3pHLFFBQUksQ0FBQyxPQUFPO0FBQ1YsY0FBUSxLQUFLLGVBQWUsS0FBSyxhQUFhLFNBQVMsTUFBTSxhQUFhLElBQUksTUFBTSxtQkFBbUI7QUFDdkc7QUFBQSxJQUNGO0FBQ0EsZUFBVyxRQUFRLE1BQU0sT0FBTyxDQUFDQyxTQUFRLFVBQVVBLE1BQUssS0FBSyxJQUFJLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFDekUsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJLE9BQU8sT0FBTyxPQUFPLElBQUk7QUFDbkQsVUFBSSxXQUFXLEVBQUcsUUFBTyxRQUFRLFdBQVcsS0FBSyxtQkFBbUIsS0FBSyxLQUFLLEtBQUssT0FBTztBQUMxRixVQUFJLFdBQVcsZ0JBQWdCLE9BQVE7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFVBQVUsRUFBRyxTQUFRLEtBQUssa0JBQWtCLE9BQU8sWUFBWSxNQUFNLGtCQUFrQixFQUFFLGlCQUFpQjtBQUM5RyxNQUFJLElBQUssU0FBUSxJQUFJLEdBQUcsVUFBVSxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsUUFBUSxRQUFnQixLQUFZLFNBQXlCO0FBQ3BFLFVBQVEsS0FBSyxxQ0FBcUMsTUFBTSxhQUFhLElBQUksTUFBTSxpRUFBaUU7QUFDaEosU0FBTztBQUNUOzs7QUNaTyxTQUFTLGFBQWFDLFNBQXFCLEtBQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsTUFBTSxNQUErQjtBQUNuQyxZQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3pCLDBCQUFXLElBQUksZUFBZUEsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRLEdBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0QsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELG9CQUFVLE1BQU0sT0FBTyxFQUFFLGdDQUFnQyxDQUFDRSxZQUFXQSxRQUFPLFVBQVUsT0FBVSxDQUFDO0FBQUEsUUFDbkc7QUFDQTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsTUFBTSxLQUFrQjtBQUN0QixlQUFTRixRQUFPLFNBQVMsS0FBS0EsUUFBTyxNQUFNO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0Y7OztBQzFEQSxPQUFPRyxXQUFVOzs7QUN5QmpCLElBQU0sY0FBYyxFQUFFLGNBQWMsT0FBTyxpQkFBaUIsT0FBTyxjQUFjLE9BQU8sa0JBQWtCLE9BQU8sYUFBYSxNQUFNO0FBRzdILElBQU0sb0JBQW9CO0FBR2pDLElBQU0sYUFBYSxLQUFLO0FBRXhCLElBQU0sVUFBa0MsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLEdBQUcsR0FBRyxLQUFNLEdBQUcsS0FBUSxHQUFHLE1BQVcsR0FBRyxNQUFXO0FBR3hILFNBQVMsYUFBYUMsT0FBK0I7QUFDMUQsTUFBSSxPQUFPQSxVQUFTLFNBQVUsUUFBT0E7QUFDckMsTUFBSSxnQkFBZ0IsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBT0EsS0FBSTtBQUNsRCxNQUFJLENBQUMsMENBQTBDLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU87QUFDekUsTUFBSSxRQUFRO0FBQ1osYUFBVyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksS0FBS0EsTUFBSyxTQUFTLHFDQUFxQyxFQUFHLFVBQVMsT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzNILFNBQU87QUFDVDtBQUVBLFNBQVMsR0FBRyxPQUFrQyxVQUEwQjtBQUN0RSxRQUFNLFNBQVMsYUFBYSxTQUFTLFFBQVE7QUFDN0MsU0FBTyxPQUFPLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDNUM7QUFHTyxTQUFTLGNBQWMsVUFBa0M7QUFDOUQsUUFBTSxlQUFlLEdBQUcsU0FBUyxjQUFjLFlBQVksWUFBWTtBQUN2RSxRQUFNLFVBQVUsU0FBUyxVQUFVLENBQUMsR0FBRyxPQUFPLENBQUMsS0FBSyxVQUFVLE1BQU0sR0FBRyxNQUFNLFVBQVUsSUFBSSxHQUFHLENBQUM7QUFDL0YsVUFBUSxTQUFTLFVBQVU7QUFBQSxJQUN6QixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsYUFBYSxZQUFZLFdBQVcsSUFBSTtBQUFBLElBQzdELEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxVQUFVLElBQUksSUFBSTtBQUFBLElBQ3ZDLEtBQUs7QUFDSCxhQUFPLFNBQVMsR0FBRyxTQUFTLGtCQUFrQixZQUFZLGdCQUFnQixJQUFJO0FBQUEsSUFDaEYsS0FBSztBQUNILGFBQU8sU0FBUztBQUFBLElBQ2xCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQU1PLFNBQVMsVUFBVUMsVUFBNEI7QUFDcEQsUUFBTSxZQUFZLE9BQU8sT0FBT0EsU0FBUSxhQUFhLENBQUMsQ0FBQztBQUN2RCxRQUFNLGVBQWUsVUFBVSxXQUFXLElBQ3RDLGFBQ0EsS0FBSyxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsYUFBYSxHQUFHLFNBQVMsV0FBVyxJQUFJLElBQUksY0FBYyxRQUFRLENBQUMsQ0FBQztBQUNuRyxTQUNFLEdBQUdBLFNBQVEsY0FBYyxZQUFZLFlBQVksSUFBSSxlQUFlLEdBQUdBLFNBQVEsaUJBQWlCLFlBQVksZUFBZSxJQUFJO0FBRW5JOzs7QUNsRkEsT0FBT0MsV0FBb0M7QUFRcEMsSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxZQUFZQyxTQUFpRztBQUMzSCxRQUFNLFNBQVMsWUFBWUEsUUFBTyxPQUFPO0FBQ3pDLFFBQU0sU0FBUyxhQUFhQSxPQUFNO0FBQ2xDLFFBQU0sVUFBVSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxlQUFlLEdBQUc7QUFDaEUsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxRQUFRLE9BQU8sR0FBRztBQUNyRCxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLE9BQU8sSUFBSTtBQUM1RCxNQUFJLEtBQUssVUFBVSxJQUFLLFFBQU87QUFDL0IsTUFBSSxLQUFLLFdBQVcsT0FBTyxjQUFjLEtBQUssUUFBUSxFQUFFLE1BQU0sUUFBVztBQUN2RSxXQUFPLEdBQUcsTUFBTSw2Q0FBNkNBLFFBQU8sWUFBWSxVQUFVLEtBQUssYUFBYSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzFIO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLFNBQWlCLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzFHLFNBQU87QUFBQSxJQUFPO0FBQUEsSUFBUTtBQUFBLElBQVcsQ0FBQyxVQUNoQ0MsTUFBSyxJQUFJLEdBQUcsT0FBTyxJQUFJLE9BQU8sSUFBSTtBQUFBLE1BQ2hDLFNBQVMsRUFBRSxhQUFhLE1BQU0sWUFBWTtBQUFBLE1BQzFDLE1BQU0sRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksUUFBUTtBQUFBLE1BQ3pDLFNBQVMsZUFBZTtBQUFBLE1BQ3hCLGNBQWM7QUFBQSxNQUNkLGtCQUFrQkEsTUFBSyxpQkFBaUIsUUFBUTtBQUFBLElBQ2xELENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLFdBQVcsUUFBZ0IsU0FBaUIsVUFBMkM7QUFDOUYsUUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixNQUFJLFNBQVMsZUFBZSxNQUFNO0FBQ2hDLFdBQU8sR0FBRyxNQUFNLHVCQUF1QixJQUFJLFdBQVcsZUFBZSxDQUFDO0FBQUEsRUFDeEU7QUFDQSxRQUFNLFNBQVMscUJBQXFCLEtBQUssU0FBUyxLQUFLLElBQUksdUJBQXVCLFNBQVM7QUFDM0YsU0FBTyxHQUFHLE1BQU0sMkJBQTJCLElBQUksWUFBWSxNQUFNO0FBQ25FO0FBR0EsU0FBUyxPQUFPLFVBQTJDO0FBQ3pELFFBQU0sUUFBUSxTQUFTLFFBQVEsSUFBSSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDN0QsU0FBTyxHQUFHLFNBQVMsTUFBTSxJQUFJLEtBQUssVUFBVSxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUNoRzs7O0FGaERPLFNBQVMsU0FBU0MsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FHaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNnQk8sSUFBTSxvQkFBc0QsRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLE1BQU0sS0FBSztBQXNDbkcsSUFBTSxvQkFBb0I7QUFPbkIsU0FBUyxPQUFPLGVBQXVCLFFBQTZEO0FBQ3pHLFFBQU0sU0FBUyxLQUFLLEtBQUssZ0JBQWdCLG9CQUFvQixDQUFDO0FBQzlELFNBQU8sRUFBRSxpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDLEdBQUcsT0FBTztBQUMxRTtBQUdPLFNBQVMsVUFBVUMsT0FBb0I7QUFDNUMsU0FBT0EsTUFBSyxPQUFPLGtCQUFrQkEsTUFBSyxRQUFRO0FBQ3BEOzs7QUM3RU8sU0FBUyxTQUFTLEtBQTJCO0FBQ2xELFFBQU0sRUFBRSxNQUFBQyxPQUFNLE9BQU8sSUFBSSxhQUFhLEtBQUssRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLENBQUM7QUFDcEUsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTUEsTUFBSztBQUFBLElBQ1gsVUFBVUEsTUFBSztBQUFBLElBQ2YsVUFBVSxhQUFhLEtBQUssWUFBWSxJQUFJO0FBQUEsSUFDNUMsR0FBRyxPQUFPLFVBQVVBLEtBQUksR0FBRyxNQUFNO0FBQUEsSUFDakMsY0FBYztBQUFBLEVBQ2hCO0FBQ0Y7OztBQ0pPLFNBQVMsV0FBVyxNQUFlLFdBQXlCLFVBQWtCLE9BQTZCO0FBQ2hILE1BQUksU0FBUyxRQUFRO0FBQ25CLFVBQU0sZUFBZSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksV0FBVyxJQUFJO0FBQ25FLFVBQU1DLFdBQVUsVUFBVSxHQUFHLFdBQVcsR0FBRyxJQUFJLFVBQVUsUUFBUSxJQUFJLFVBQVU7QUFDL0UsV0FBT0EsV0FBVSxJQUFJLGVBQWVBLFdBQVUsZUFBZSxJQUFJLFdBQVc7QUFBQSxFQUM5RTtBQUNBLFFBQU0sVUFBVSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDaEQsU0FBTyxZQUFZLFNBQVMsRUFBRSxDQUFDLElBQUksR0FBRyxTQUFTLEdBQUcsVUFBVSxLQUFLLElBQUk7QUFDdkU7QUFHTyxTQUFTLFlBQVksT0FBb0IsT0FBdUI7QUFDckUsUUFBTSxTQUFrQztBQUFBLElBQ3RDLENBQUMsT0FBTyxDQUFDO0FBQUEsSUFDVCxDQUFDLE9BQU8sR0FBRztBQUFBLElBQ1gsQ0FBQyxTQUFTLEdBQUc7QUFBQSxJQUNiLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLFNBQVMsSUFBSTtBQUFBLElBQ2QsQ0FBQyxPQUFPLENBQUM7QUFBQSxFQUNYLEVBQ0csT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFjLE1BQU0sUUFBUSxFQUM1RCxJQUFJLENBQUMsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBYyxHQUFHLElBQWMsQ0FBQztBQUNoRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsTUFBSSxRQUFRLE9BQU8sQ0FBQyxFQUFFLENBQUMsRUFBRyxRQUFPLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUNoRCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFVBQU0sQ0FBQyxVQUFVLE9BQU8sSUFBSSxPQUFPLElBQUksQ0FBQztBQUN4QyxVQUFNLENBQUMsV0FBVyxRQUFRLElBQUksT0FBTyxDQUFDO0FBQ3RDLFFBQUksUUFBUSxXQUFXO0FBQ3JCLFlBQU0sT0FBTyxjQUFjLFdBQVcsVUFBVSxXQUFZLFFBQVEsYUFBYSxZQUFZLGFBQWMsV0FBVztBQUN0SCxhQUFPLElBQUk7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUN4Qzs7O0FDakNPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsYUFBYSxPQUFlLEtBQXdCO0FBQ2xFLFNBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksbUJBQW1CLElBQUksS0FBSyxNQUFNLEdBQUcsSUFBSSxrQkFBa0I7QUFDaEc7QUFVTyxTQUFTLFdBQVcsU0FBMEIsWUFBd0IsT0FBZSxPQUEwQjtBQUNwSCxRQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsU0FBUyxFQUFFLFVBQVU7QUFDbEcsUUFBTUMsUUFBTyxlQUFlLFVBQVUsRUFBRSxXQUFXLFdBQVcsTUFBTSxJQUFJLEVBQUUsTUFBTSxNQUFNO0FBQ3RGLFFBQU0sT0FBTyxFQUFFLFlBQVksS0FBSyxTQUFTLENBQUMsRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLElBQUksR0FBRyxHQUFHQSxNQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEVBQUUsRUFBRSxFQUFFO0FBQ25KLFNBQU8sR0FBRyxRQUFRLEdBQUcsa0NBQWtDLGlCQUFpQixLQUFLLFVBQVUsRUFBRSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDdEc7QUFHQSxTQUFTLGlCQUFpQixPQUF1QjtBQUMvQyxTQUFPLG1CQUFtQixLQUFLLEVBQUUsUUFBUSxzQkFBc0IsQ0FBQyxZQUFZLG1CQUFtQixPQUFPLENBQUM7QUFDekc7QUFnQk8sU0FBUyxTQUFTLFNBQTBCLFFBQWdCLE9BQXlCO0FBQzFGLFNBQU87QUFBQSxJQUNMLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsOEJBQThCLFlBQVksa0RBQWtELG9CQUFvQixNQUFNLENBQUM7QUFBQSxNQUN2SDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE1BQU0sV0FBVyxTQUFTLFFBQVEsa0JBQWtCLFlBQVksa0JBQWtCLFlBQVksTUFBTSxDQUFDLEtBQUssS0FBSztBQUFBLElBQy9HLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsMkRBQTJELE1BQU07QUFBQSxNQUNqRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3JFTyxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGtCQUFrQjs7O0FDOEJ4QixTQUFTLGdCQUFnQixNQUFxQixTQUF5QixLQUE0QjtBQUN4RyxRQUFNLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLElBQUksUUFBUSxJQUFJLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxZQUFZO0FBQ3JGLFFBQU0sUUFBUSxhQUFhLE9BQU8sR0FBRztBQUNyQyxRQUFNLE9BQU8sUUFBUSxJQUFJLENBQUMsUUFBUSxTQUFTLE1BQU0sS0FBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsUUFBTSxTQUFTLENBQUMsUUFBZ0IsS0FBSyxRQUFRLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFDOUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsUUFBUSxJQUFJO0FBQUEsSUFDWixVQUFVLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSTtBQUFBLElBQ2IsUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFFBQVE7QUFBQSxNQUNOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLE9BQU87QUFBQSxJQUMvQjtBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQUEsRUFDcEQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFxQixLQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sTUFBTSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUk7QUFDN0MsUUFBTSxTQUFTLEtBQUssUUFBUSxHQUFHO0FBQy9CLFFBQU0sWUFBWSxvQkFBb0IsR0FBRztBQUN6QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ2pGLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxVQUFVLE1BQU0sU0FBUyxVQUFVLElBQUksV0FBVyxRQUFRLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDM0YsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixhQUFhLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUk7QUFBQSxJQUNWLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxXQUFXLElBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksWUFBWSxhQUFhLGFBQWEsT0FBTyxPQUFPLFdBQVcsSUFBSSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsTUFBTTtBQUFBLElBQzVILFdBQVcsQ0FBQztBQUFBLElBQ1osT0FBTztBQUFBLE1BQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLO0FBQUEsTUFDOUQsTUFBTSxXQUFXLFNBQVMsUUFBUSxJQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJLFFBQVEsUUFBUSxLQUFLO0FBQUEsSUFDL0Q7QUFBQSxJQUNBLFNBQVMsSUFBSTtBQUFBLEVBQ2Y7QUFDRjtBQU1BLFNBQVMsTUFBTSxTQUFpQixVQUF5QixXQUF5QixNQUFvQztBQUNwSCxNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksU0FBUyxPQUFXLFFBQU8sT0FBTyxTQUFTO0FBQy9DLFNBQU8sYUFBYSxRQUFRLE1BQU0sVUFBVSxTQUFTLElBQUksU0FBUztBQUNwRTtBQUdPLFNBQVMsTUFBTSxVQUFrQixXQUFrQztBQUN4RSxVQUFRLFVBQVUsSUFBSTtBQUFBLElBQ3BCLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLElBQy9CLEtBQUs7QUFDSCxhQUFPLFdBQVcsVUFBVTtBQUFBLElBQzlCLEtBQUs7QUFDSCxhQUFPLFlBQVksVUFBVTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHQSxTQUFTLFlBQVksTUFBcUIsU0FBOEM7QUFySHhGO0FBc0hFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRTtBQUN2RCxhQUFXLE9BQU8sUUFBUyxXQUFLLElBQUksV0FBVCxXQUFvQixJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZHTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsTUFBTSxRQUFRLENBQUMsQ0FBQyxJQUFJLFNBQVM7QUFDaE0sUUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLGNBQWMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sZ0JBQWdCLFdBQVcsU0FDN0IsQ0FBQyxvQkFBb0IsR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLHlCQUF5QixLQUFLLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxtQkFBbUIsSUFDakksQ0FBQztBQUNMLFNBQU8sQ0FBQ0EsT0FBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsZ0JBQWdCLEVBQUUsS0FBSyxJQUFJO0FBQzdGO0FBRUEsU0FBUyxXQUFXLFVBQTZCO0FBQy9DLFFBQU1BLFFBQU8sdUJBQXVCLEtBQUssU0FBUyxJQUFJLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxTQUFTLENBQUMsV0FBVyxRQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0EsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBUyxRQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ3pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBTyxLQUF3QjtBQUM3QyxTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCLEdBQUc7QUFBQSxJQUM5QixVQUFVLElBQUksYUFBYSxPQUFPLE1BQU0sWUFBWSxLQUFLLElBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZSxJQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRLElBQUksZUFBZSxPQUFPLE1BQU0sWUFBWSxJQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBR08sU0FBUyxnQkFBZ0IsS0FBa0U7QUFDaEcsUUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJO0FBQ25CLFFBQU0sVUFBVSxJQUFJLFNBQVMsWUFBWSxJQUFJLFVBQVUsTUFBTSxHQUFHLElBQUksVUFBVSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUksU0FBUyxXQUFXLFdBQVc7QUFDaEksU0FBTyxHQUFHLE9BQU8sSUFBSSxFQUFFLElBQUksWUFBWSxLQUFLLElBQUksVUFBVSxLQUFLLENBQUM7QUFDbEU7QUFFQSxTQUFTLFlBQVksS0FBbUMsT0FBdUI7QUFDN0UsU0FBTyxJQUFJLFVBQVUsU0FBUyxPQUFPLEdBQUdDLE9BQU0sT0FBTyxDQUFDLENBQUMsUUFBUSxZQUFZLEtBQUs7QUFDbEY7QUFHTyxTQUFTLFlBQVlDLFFBQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVNBLE1BQUssRUFBRyxRQUFPO0FBQ3BDLFNBQU8sR0FBR0QsT0FBTUMsU0FBUSxLQUFLLENBQUMsQ0FBQztBQUNqQztBQUVBLFNBQVNELE9BQU0sT0FBZSxVQUEwQjtBQUN0RCxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksTUFBTSxRQUFRO0FBQ25FO0FBR08sU0FBUyxXQUFXLFNBQWlDO0FBQzFELFNBQU8sUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxTQUFTLEVBQUU7QUFDdkUsTUFBSSxXQUFXLFdBQVcsRUFBRyxRQUFPLE9BQU8sUUFBUSxLQUFLLE1BQU07QUFDOUQsU0FBTyxHQUFHLFdBQVcsTUFBTSxPQUFPLFFBQVEsS0FBSyxNQUFNLGlCQUFpQixRQUFRLGNBQWMsTUFBTTtBQUNwRztBQUdPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsZUFBZSxLQUF3QjtBQUNyRCxRQUFNRSxPQUFNLE9BQU8sR0FBRztBQUN0QixTQUFPLElBQUksWUFBWSxZQUNuQiw4Q0FBOENBLEtBQUksU0FBUyw4QkFDM0QsWUFBWUEsS0FBSSxRQUFRLGFBQWFBLEtBQUksU0FBUyx1QkFBdUJBLEtBQUksTUFBTTtBQUN6RjtBQU1PLFNBQVMsaUJBQWlCLFVBQXNEO0FBQ3JGLFFBQU0sRUFBRSxRQUFRLE9BQU8sUUFBUSxZQUFBQyxhQUFZLE1BQU0sUUFBUSxJQUFJO0FBQzdELFFBQU0sU0FBUyxHQUFHLE1BQU0sS0FBSyxLQUFLLFlBQVksTUFBTSxLQUFLQSxXQUFVLFFBQVEsSUFBSSxhQUFhLE9BQU87QUFDbkcsTUFBSSxTQUFTLFFBQVMsUUFBTyxFQUFFLE1BQU0sU0FBUyxTQUFTLE9BQU8sSUFBSSxPQUFPO0FBQ3pFLFFBQU0sTUFBTSxXQUFXLElBQUksZ0JBQWdCLEtBQUssTUFBTTtBQUN0RCxTQUFPLEVBQUUsTUFBTSx1Q0FBdUMsR0FBRyxLQUFLLE9BQU87QUFDdkU7QUFHTyxTQUFTLGNBQWMsVUFBOEI7QUFDMUQsUUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixRQUFRO0FBQ2xELFNBQU8sQ0FBQyxPQUFPLElBQUksS0FBSyxNQUFNLElBQUksR0FBSSxTQUFTLFdBQVcsQ0FBQyxTQUFTLFNBQVMsUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFFO0FBQ2hHOzs7QUM5RU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLFNBQVMsTUFBTTtBQUNwQyxRQUFNLE1BQU07QUFBQSxJQUNWLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQUEsSUFDckY7QUFBQSxJQUNBLGFBQWEsUUFBUSxPQUFPLGNBQWMsUUFBUSxJQUFJLE9BQU8sUUFBUSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsUUFBUSxDQUFDLENBQUMsY0FBYyxRQUFRLE9BQU87QUFBQSxJQUMxSztBQUFBLElBQ0EsR0FBSSxRQUFRLGFBQWEsQ0FBQyxNQUFNLGlCQUFpQixPQUFPLFFBQVEsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDekY7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLFVBQVUsSUFBSSxFQUFFLElBQUksSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLLGVBQWUsR0FBRyxDQUFDLEtBQUssRUFBRTtBQUNsRixlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFlBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxVQUFJLEtBQUssS0FBSyxTQUFTLFdBQVcsSUFBSSxJQUFJLEtBQUssU0FBUyxRQUFRLE1BQU0sSUFBSSxNQUFNLE1BQU0sRUFBRTtBQUFBLElBQzFGO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQixJQUFJLE1BQU0sSUFBSSxnQkFBZ0IsSUFBSSxNQUFNLEtBQUssc0JBQXNCLElBQUksTUFBTSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsTUFBSTtBQUFBLElBQ0YseUJBQXlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLEtBQUssSUFBSSxNQUFNLEVBQUUsSUFBSSxDQUFDQyxTQUFRLE9BQU9BLEtBQUksRUFBRSxRQUFRLEtBQUtBLEtBQUksU0FBUyxDQUFDLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLE1BQU1BLEtBQUksTUFBTSxJQUFJO0FBQUEsSUFDOUk7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUNyQ08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsUUFBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU8sR0FBRztBQUN0QixZQUFNLFVBQVU7QUFBQSxRQUNkLElBQUk7QUFBQSxRQUNKLGNBQWNBLEtBQUksU0FBUztBQUFBLFFBQzNCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWSxJQUFJLE9BQU87QUFBQSxRQUN2QixHQUFHLElBQUksVUFBVSxJQUFJLENBQUMsTUFBTTtBQUMxQixnQkFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixDQUFDO0FBQzNDLGlCQUFPLEdBQUcsSUFBSSxLQUFLLE1BQU0sSUFBSSxFQUFFLFdBQVcsS0FBSyxFQUFFLFFBQVEsS0FBSyxFQUFFO0FBQUEsUUFDbEUsQ0FBQztBQUFBLFFBQ0QsU0FBUyxJQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVcsSUFBSSxNQUFNLEtBQUs7QUFBQSxRQUMxQixRQUFRLElBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNLElBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CLElBQUksSUFBSTtBQUFBLFFBQ3RDLEdBQUksSUFBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZSxHQUFHLEdBQUcsTUFBTSxJQUFJLFNBQVMsTUFBTSxRQUFRLEVBQUU7QUFBQSxRQUNoSCxXQUFXO0FBQUEsTUFDYjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FDOUJPLFNBQVMsV0FBVyxXQUFtQixNQUFzQjtBQUNsRSxTQUFPLEdBQUcsVUFBVSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSTtBQUNqRDtBQUdPLFNBQVMsWUFBWSxTQUFvQixXQUEyQztBQUN6RixTQUFPO0FBQUEsSUFDTCxDQUFDLFdBQVcsV0FBVyxjQUFjLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUM1RSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxZQUFZLENBQUMsY0FBYyxPQUFPLENBQUMsQ0FBQztBQUFBLElBQzFFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLGVBQWUsT0FBTztBQUFBLEVBQzlEO0FBQ0Y7OztBQ2RBLElBQU0sVUFBeUM7QUFBQSxFQUM3QyxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQ1osQ0FBQyxhQUFhLFdBQVc7QUFBQSxFQUN6QixDQUFDLFlBQVksVUFBVTtBQUFBLEVBQ3ZCLENBQUMsV0FBVyxTQUFTO0FBQUEsRUFDckIsQ0FBQyxVQUFVLGFBQWE7QUFDMUI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDQyxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM3RDtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPLElBQUksRUFBRSxLQUFLLElBQUksV0FBVyxJQUFJLE9BQU8sZUFBZSxHQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVksSUFBSSxVQUFXLEtBQUksS0FBSyxHQUFHLGNBQWMsUUFBUSxDQUFDO0FBQ3pFLFFBQUksS0FBSyxlQUFlLElBQUksTUFBTSxJQUFJLElBQUksZUFBZSxJQUFJLE1BQU0sS0FBSyxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssRUFBRTtBQUFBLEVBQzlHO0FBQ0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLGdCQUFnQixRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHO0FBQUEsSUFDNUQsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkMsZ0JBQWdCLFFBQVEsTUFBTSxJQUFJO0FBQUEsSUFDbEMsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLFdBQVksS0FBSSxLQUFLLEtBQUssaUJBQWlCLEtBQUssT0FBTyxRQUFRLFVBQVUsSUFBSSxFQUFFO0FBQzNGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7OztBQy9CTyxTQUFTLGtCQUFrQixNQUE2QjtBQUM3RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEtBQUssU0FBUyxHQUFHLENBQUM7QUFDbkYsUUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLElBQUkscUJBQXFCLEVBQUU7QUFDeEMsTUFBSSxRQUFRO0FBQ1YsVUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLE9BQU8sU0FBUztBQUN0RCxRQUFJO0FBQUEsTUFDRixJQUFJLGdCQUFnQixHQUFHLEtBQUssRUFBRTtBQUFBLE1BQzlCLElBQUksb0JBQW9CLEdBQUdFLFNBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sVUFBVSxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDNUYsSUFBSSxpQkFBaUIsR0FBR0EsU0FBUSxLQUFLLE9BQU8sUUFBUSxFQUFFLENBQUMsSUFBSSxPQUFPLFNBQVMsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzlGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsT0FBTyxPQUFPLEtBQUssWUFBWTtBQUN6QyxVQUFNLGFBQWEsUUFBUSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLFFBQUksV0FBVyxXQUFXLEVBQUc7QUFDN0IsUUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sYUFBYSxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNyRztBQUNBLE1BQUksS0FBSyxrQkFBa0IsS0FBSyxNQUFNLG9CQUFvQixLQUFNLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUNqRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsSUFBTSxxQkFBcUIsQ0FBQyxzQkFBc0IsY0FBYyxPQUFPLFdBQVcsb0JBQW9CO0FBQ3RHLElBQU0sbUJBQW1CLENBQUMsaUJBQWlCLFdBQVc7QUFFdEQsSUFBTSxhQUF5RDtBQUFBLEVBQzdELENBQUMsUUFBUSxDQUFDLFNBQVMsS0FBSyxXQUFXLE9BQU8sQ0FBQztBQUFBLEVBQzNDLENBQUMsYUFBYSxDQUFDLFNBQVMsbUJBQW1CLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDekQsQ0FBQyxXQUFXLENBQUMsU0FBUyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNyRCxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLG1CQUFtQixTQUFTLElBQUksS0FBSyxDQUFDLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUMxSDtBQUVBLFNBQVMsSUFBSSxNQUFjLE9BQXVCO0FBQ2hELFNBQU8sT0FBTyxHQUFHLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLEtBQUssS0FBSztBQUNuRDtBQUVBLFNBQVMsYUFBYSxRQUFpQztBQUNyRCxRQUFNLElBQUksT0FBTztBQUNqQixVQUFRLE9BQU8sTUFBTTtBQUFBLElBQ25CLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN6RixLQUFLLFFBQVE7QUFDWCxZQUFNLFNBQVMsRUFBRSxVQUFVLE1BQU0sRUFBRSxTQUFTO0FBQzVDLGFBQU8sR0FBR0EsU0FBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsV0FBVyxLQUFLO0FBQUEsSUFDakU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDdkksS0FBSztBQUNILGFBQU8sQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxPQUFPLEVBQzFELE9BQU8sQ0FBQyxTQUFTLEVBQUUsSUFBSSxNQUFNLE1BQVMsRUFDdEMsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQyxFQUFFLEVBQzNELEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxPQUFlLFVBQTBCO0FBQ3ZELE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQyxNQUFNLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDO0FBQ2xJLE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3BJLFNBQU8sS0FBSyxLQUFLO0FBQ25CO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRztBQUM3QztBQUVBLFNBQVNBLFNBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sSUFBSUEsU0FBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUNsRE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLElBQUksSUFBSTtBQUN4QixRQUFNLFVBQVUsYUFBYSxFQUFFLFFBQVFBLFFBQU8sUUFBUSxjQUFjQSxRQUFPLGNBQWMsUUFBUUEsUUFBTyxRQUFRLFNBQVMsTUFBTSxTQUFTLElBQUksQ0FBQztBQUM3SSxRQUFNLFVBQVUsZ0JBQWdCLE1BQU0sU0FBUyxFQUFFLFFBQVFBLFFBQU8sUUFBUSxVQUFVQSxRQUFPLFVBQVUsU0FBU0EsUUFBTyxTQUFTLEtBQUssTUFBTSxLQUFLLElBQUksQ0FBQztBQUNqSixTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQ3JDQSxJQUFNLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTTtBQVExQixTQUFTLGVBQWUsS0FBeUI7QUFDdEQsUUFBTSxLQUFLLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixLQUFLLEVBQUUsWUFBWSxLQUFLLEVBQUU7QUFDNUUsUUFBTSxRQUFRLElBQUkseUJBQXlCLEtBQUssS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU07QUFDN0YsU0FBTyxNQUFNLFNBQVMsS0FBSyxPQUFPO0FBQ3BDOzs7QUNQTyxTQUFTLGNBQWMsTUFBd0U7QUFHcEcsTUFBSSxLQUFLLGVBQWUsVUFBYSxLQUFLLFFBQVEsZUFBZSxPQUFXLFFBQU8sQ0FBQztBQUNwRixRQUFNLE9BQU8sV0FBVztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxxRkFBcUY7QUFHaEgsUUFBTUMsVUFBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLFFBQVEsYUFBYSxLQUFLLE1BQU0sRUFBRTtBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsU0FBUyxLQUFLO0FBQUEsSUFDZCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsWUFBWSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsRUFDeEMsQ0FBQztBQUNIOzs7QUNWQSxJQUFNLFNBQVMsV0FBVyxNQUFNO0FBR3pCLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVcsRUFBRSxNQUFNLGFBQWEsUUFBUSxFQUFFO0FBQUEsRUFDMUMsR0FBRyxXQUFXLFFBQVEsRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUN4QztBQUVBLElBQU0sVUFBVSxhQUFhLFFBQVEsYUFBYSxVQUFVLENBQUM7QUFHdEQsU0FBUyxRQUFlO0FBQzdCLFNBQU8sU0FBUyxNQUFNO0FBQ3hCO0FBR2UsU0FBUixhQUFrQixLQUFrQjtBQUN6QyxVQUFRLE1BQU0sR0FBRztBQUNuQjtBQUdPLFNBQVMsU0FBUyxLQUFrQjtBQUN6QyxVQUFRLE1BQU0sR0FBRztBQUNuQjsiLAogICJuYW1lcyI6IFsidGV4dCIsICJtcyIsICJyYW5kb20iLCAiY29uZmlnIiwgImV4ZWMiLCAibGF0ZW5jeU9iamVjdGl2ZXNNcyIsICJtcyIsICJvcGVuIiwgInJhbmRvbSIsICJsZXZlbCIsICJtcyIsICJzaGFyZSIsICJ0YWdzIiwgImFkZCIsICJjb25maWciLCAiZXhlYyIsICJyYW5kb20iLCAicm93IiwgImV4ZWMiLCAiY291bnQiLCAiZXhlYyIsICJqdWRnZWQiLCAidGFncyIsICJleGVjIiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAidGFncyIsICJyb3ciLCAiY29uZmlnIiwgInJvdyIsICJhbnN3ZXIiLCAiZXhlYyIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAiaHR0cCIsICJjb25maWciLCAiaHR0cCIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAicmF0ZSIsICJyYXRlIiwgImFsbG93ZWQiLCAidGV4dCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgIm9wZW4iLCAicm91bmQiLCAic2hhcmUiLCAicm93IiwgImR1cmF0aW9uTXMiLCAicm93IiwgInRleHQiLCAicm93IiwgInJvdyIsICJjZWxsIiwgInBlcmNlbnQiLCAic2hhcmUiLCAiY29uZmlnIiwgImNvbmZpZyJdCn0K
