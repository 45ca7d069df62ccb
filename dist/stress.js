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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9rNi50cyIsICIuLi9saWIvZXhlbXBsYXJzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL3NldHRpbmdzLnRzIiwgIi4uL2xpYi9yZXF1ZXN0LXRpbWVvdXQudHMiLCAiLi4vbGliL25hbWVzLnRzIiwgIi4uL2xpYi90cmFjaW5nL2s2LnRzIiwgIi4uL2xpYi92ZXJzaW9uLnRzIiwgIi4uL2xpYi9kYXRhL25hbWVzLnRzIiwgIi4uL2xpYi9wbGFucy9rbm9icy50cyIsICIuLi9saWIvcGxhbnMvbWl4LnRzIiwgIi4uL2xpYi9ydW4taWQudHMiLCAiLi4vdGhyZXNob2xkcy9jaGVja3MudHMiLCAiLi4vbGliL2pvdXJuZXlzL2NoZWNrLWxpc3QudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9taXgudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N0YXJ0LnRzIiwgIi4uL2xpYi9ydW4tbGlmZS50cyIsICIuLi9saWIvam91cm5leXMvcHJvYmUudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9wbGFucy9hcnJpdmFsLnRzIiwgIi4uL2xpYi9wbGFucy9zdHJlc3MudHMiLCAiLi4vdGhyZXNob2xkcy9idWRnZXQudHMiLCAiLi4vdGhyZXNob2xkcy9saW5rcy50cyIsICIuLi90aHJlc2hvbGRzL3N1bW1hcnktc2NoZW1hLnRzIiwgIi4uL3RocmVzaG9sZHMvZXZhbHVhdGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZm9ybWF0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3Nsby1qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9maWxlcy50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90YWJsZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90ZXh0LXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9lbmQtb2YtdGVzdC50cyIsICIuLi9saWIvd2ViLWRhc2hib2FyZC50cyIsICIuLi9saWIvc3VtbWFyeS50cyIsICIuLi9zY2VuYXJpb3Mvc3RyZXNzLnRzIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7O0FBQUEsT0FBTyxVQUFVOzs7QUNLVixJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBSXJDLFlBQVksVUFBa0IsT0FBZSxVQUFrQjtBQUM3RCxVQUFNLEdBQUcsUUFBUSxJQUFJLFVBQVUsS0FBSyxDQUFDLDJCQUEyQixRQUFRLEVBQUU7QUFINUU7QUFBQSx3QkFBUztBQUlQLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsT0FBdUI7QUFDeEMsUUFBTSxXQUFXLE1BQU0sUUFBUSw2QkFBNkIsUUFBUTtBQUNwRSxTQUFPLGlCQUFpQixLQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssVUFBVSxRQUFRO0FBQzdFOzs7QUNoQk8sSUFBTSxZQUFZO0FBQUEsRUFDdkIsU0FBUyxDQUFDLFdBQVcsYUFBYSxZQUFZLFdBQVcsVUFBVTtBQUFBLEVBQ25FLFFBQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsV0FBVztBQUN2RTtBQU1PLElBQU0saUJBQWlCLE9BQU8sS0FBSyxTQUFTOzs7QUNMNUMsSUFBTSxpQkFBZ0U7QUFBQSxFQUMzRSxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDM0IsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFlBQVksQ0FBQztBQUNmOzs7QUNBTyxTQUFTLFVBQWEsU0FBaUIsT0FBcUQ7QUFDakcsUUFBTSxXQUFXLENBQUMsS0FBYSxhQUF3QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxZQUFZLFVBQVUsS0FBSyxPQUFPO0FBQ3JFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxPQUFPLE9BQU8sVUFBVSxFQUFFLFFBQVEsQ0FBQztBQUM1QztBQU1PLFNBQVMsUUFBVyxLQUFVLFVBQWtCLFVBQXdCLFVBQWdCO0FBQzdGLFFBQU0sTUFBTSxJQUFJLFFBQVE7QUFDeEIsU0FBTyxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsUUFBUTtBQUMxRjtBQUdPLFNBQVMsZ0JBQW1CLEtBQVUsVUFBa0IsVUFBdUM7QUFDcEcsU0FBTyxRQUF1QixLQUFLLFVBQVUsVUFBVSxNQUFTO0FBQ2xFO0FBRUEsSUFBTSxXQUFXO0FBR1YsSUFBTSxNQUF5QixVQUFVLGdEQUFnRCxDQUFDLFFBQVE7QUFDdkcsUUFBTSxRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQy9CLE1BQUksQ0FBQyxTQUFVLE1BQU0sQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLE1BQVEsUUFBTztBQUMzRSxTQUFPLElBQUksUUFBUSxRQUFRLEVBQUU7QUFDL0IsQ0FBQztBQUdNLElBQU0sa0JBQXFDLFVBQVUsdUNBQXVDLENBQUMsUUFBUTtBQUMxRyxNQUFJLENBQUMsYUFBYSxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3BDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQ3RELENBQUM7QUFFRCxJQUFNLG9CQUE0QyxFQUFFLEdBQUcsTUFBVyxHQUFHLEtBQVEsR0FBRyxLQUFPLElBQUksRUFBRTtBQUM3RixJQUFNLGdCQUFnQjtBQUdmLFNBQVMsV0FBV0EsT0FBa0M7QUFDM0QsUUFBTSxRQUFRLGNBQWMsS0FBS0EsS0FBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHQyxHQUFFLElBQUk7QUFDeEIsUUFBTSxRQUNKLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU9BLE9BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSxnRkFBZ0YsQ0FBQyxRQUFRO0FBQ3RJLFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXQyxTQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBTU8sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxTQUFPLEVBQUUsU0FBUyxjQUFjLE9BQU87QUFDekM7QUFHTyxTQUFTLFlBQVksS0FBVSxTQUFvQztBQUN4RSxRQUFNLEVBQUUsU0FBUyxjQUFjLE9BQU8sSUFBSSxZQUFZLEdBQUc7QUFDekQsUUFBTSxPQUFPLFVBQVUsS0FBSyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxTQUFTLFFBQVEsS0FBSyxVQUFVLGlCQUFpQixjQUFjLFFBQVEsVUFBVSxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDbkgsUUFBTSxZQUFZLFFBQVEsS0FBSyxRQUFRLEtBQUssaUJBQWlCLEdBQUcsQ0FBQyxDQUFDO0FBR2xFLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxTQUFTLGdCQUFnQixrQkFBa0IsR0FBRyxrQkFBa0I7QUFDN0csU0FBTyxFQUFFLFVBQVUsUUFBUSxVQUFVLFNBQVMsY0FBYyxRQUFRLE1BQU0sUUFBUSxNQUFNLFdBQVcsVUFBVTtBQUMvRztBQUVBLFNBQVMsVUFBVSxLQUFVLFVBQWlDO0FBQzVELFFBQU0sV0FBVyxlQUFlLFFBQVEsS0FBSyxDQUFDO0FBQzlDLFFBQU0sT0FBTyxDQUFJLFVBQW9CLGFBQTBDO0FBQzdFLFVBQU0sUUFBUSxnQkFBZ0IsS0FBSyxVQUFVLFFBQVE7QUFDckQsUUFBSSxVQUFVLFVBQWEsQ0FBQyxTQUFTLFNBQVMsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sUUFBUSxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSyxJQUFJLENBQUMsS0FBSztBQUNwRSxZQUFNLElBQUksWUFBWSxVQUFVLE9BQU8sSUFBSSxRQUFRLENBQUMsRUFBRSxLQUFLLEdBQUcsaUJBQWlCLFFBQVEsbUJBQW1CLEtBQUssRUFBRTtBQUFBLElBQ25IO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQUEsSUFDTCxLQUFLLEtBQUssT0FBTyxlQUFlO0FBQUEsSUFDaEMsWUFBWSxLQUFLLGNBQWMsZUFBZTtBQUFBLElBQzlDLFVBQVUsS0FBSyxZQUFZLFFBQVE7QUFBQSxJQUNuQyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQUEsRUFDekI7QUFDRjs7O0FDcEhPLFNBQVMsY0FBYyxXQUFtQixLQUE2QztBQUM1RixNQUFJLFVBQVUsV0FBVyxHQUFHLEVBQUcsUUFBTztBQUN0QyxNQUFJLENBQUMsS0FBSyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLFNBQU8sR0FBRyxJQUFJLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxVQUFVLFFBQVEsVUFBVSxFQUFFLENBQUM7QUFDdEU7QUFTTyxTQUFTLGVBQWUsV0FBbUIsS0FBeUIsTUFBdUM7QUFDaEgsUUFBTSxPQUFPLGNBQWMsV0FBVyxHQUFHO0FBQ3pDLE1BQUksU0FBUyxPQUFXO0FBQ3hCLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxJQUFJO0FBQ1QsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksaUNBQWlDLEtBQUssT0FBTyxFQUFHO0FBQ3BELFFBQUksQ0FBQyw0QkFBNEIsS0FBSyxPQUFPLEVBQUc7QUFDaEQsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQjtBQUNBLFFBQU0sSUFBSSxZQUFZLGNBQWMsV0FBVyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ25HOzs7QUM5Qk8sSUFBTSxlQUFlO0FBVTVCLElBQU0sV0FBVztBQW1CVixTQUFTLHFCQUFxQixLQUFnQjtBQUNuRCxRQUFNLE1BQU0sSUFBSSxZQUFZLEdBQUcsS0FBSztBQUNwQyxNQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsS0FBSyxHQUFHLEVBQUc7QUFDakMsUUFBTSxJQUFJO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxRQUFRLFVBQVUsUUFBUTtBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGOzs7QVA1Qk8sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBT08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVE7QUFDM0IsVUFBTUMsVUFBUyxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDbEYsUUFBSSxTQUFTLEdBQUc7QUFDZCxxQkFBZUEsUUFBTyxXQUFXLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDOUQsMkJBQXFCLEdBQUc7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBUXRDQSxPQUFPLFVBQXVEOzs7QUNBOUQsT0FBT0MsV0FBVTs7O0FDVVYsSUFBTSxrQkFBa0I7QUF3Qy9CLElBQU0sbUJBQW1CLENBQUMsS0FBSyxLQUFLLEdBQUc7QUFPaEMsU0FBUyxjQUFjLFFBQWdCLFdBQXdDO0FBQ3BGLE1BQUksV0FBVyxFQUFHLFFBQU87QUFDekIsU0FBTyxDQUFDLGlCQUFpQixTQUFTLE1BQU0sS0FBSyxjQUFjO0FBQzdEO0FBT08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxXQUFXLFNBQXlCQyxzQkFBa0Q7QUFDcEcsUUFBTSxRQUFRLEdBQUcsUUFBUSxNQUFNLEtBQUssUUFBUSxLQUFLLEdBQUcsUUFBUSxVQUFVLEtBQUssWUFBWTtBQUN2RixRQUFNLE9BQWlCLENBQUM7QUFDeEIsTUFBSSxRQUFRLE9BQVEsTUFBSyxLQUFLLGdCQUFnQixLQUFLLEVBQUU7QUFDckQsYUFBV0MsT0FBTUQscUJBQXFCLEtBQUksUUFBUSxjQUFjQyxJQUFJLE1BQUssS0FBSyxZQUFZQSxHQUFFLElBQUksS0FBSyxFQUFFO0FBQ3ZHLE1BQUksUUFBUSxZQUFhLE1BQUssS0FBSyxVQUFVLEtBQUssRUFBRTtBQUNwRCxTQUFPO0FBQ1Q7QUFHTyxJQUFNLG1CQUFOLE1BQXVCO0FBQUEsRUFHNUIsWUFDbUJELHNCQUNBLEtBQ0EsT0FDakI7QUFIaUIsK0NBQUFBO0FBQ0E7QUFDQTtBQUxuQix3QkFBaUIsU0FBUSxvQkFBSSxJQUFvQjtBQUFBLEVBTTlDO0FBQUE7QUFBQSxFQUdILE9BQU8sU0FBa0M7QUFDdkMsVUFBTSxPQUFPLFdBQVcsU0FBUyxLQUFLLG9CQUFvQixDQUFDO0FBQzNELFFBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUU5QixVQUFNLFFBQVEsUUFBUSxVQUFVLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxvQkFBb0IsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUk7QUFDdEcsVUFBTUUsUUFBTyxLQUFLLE9BQU8sQ0FBQyxTQUFTLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLEtBQUs7QUFDcEUsUUFBSUEsTUFBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixlQUFXLE9BQU9BLE1BQU0sTUFBSyxNQUFNLElBQUksTUFBTSxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQzFFLFNBQUssTUFBTSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3RDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUFpQztBQUNsRSxRQUFNLE9BQXFCO0FBQUEsSUFDekIsU0FBUyxRQUFRO0FBQUEsSUFDakIsU0FBUyxRQUFRO0FBQUEsSUFDakIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVE7QUFBQSxJQUNoQixNQUFNLFFBQVE7QUFBQSxJQUNkLFFBQVEsUUFBUTtBQUFBLElBQ2hCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLGFBQWEsUUFBUSxnQkFBZ0I7QUFBQSxJQUNyQyxZQUFZLEtBQUssTUFBTSxRQUFRLGFBQWEsR0FBSSxJQUFJO0FBQUEsSUFDcEQsTUFBTSxJQUFJLEtBQUssUUFBUSxNQUFNLEVBQUUsWUFBWTtBQUFBLEVBQzdDO0FBQ0EsU0FBTyxHQUFHLGVBQWUsR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ2xEO0FBbUJBLElBQUksc0JBQXlDLENBQUM7QUFDOUMsSUFBSSxXQUF5QixNQUFNO0FBQ25DLElBQUksUUFBMEI7QUFRdkIsU0FBUyxnQkFBZ0IsY0FBaUMsS0FBbUIsV0FBbUM7QUFDckgsd0JBQXNCLENBQUMsR0FBRyxJQUFJLElBQUksWUFBWSxDQUFDO0FBQy9DLGFBQVc7QUFDWCxVQUFRO0FBQ1Y7QUFHQSxJQUFNLFdBQVcsSUFBSTtBQUFBLEVBQ25CLE1BQU07QUFBQSxFQUNOLE1BQU0sU0FBUztBQUFBLEVBQ2YsQ0FBQyxTQUFVLFVBQVUsU0FBUyxRQUFRLEtBQUssSUFBSSxJQUFJLFFBQVEsTUFBTSxJQUFJO0FBQ3ZFO0FBR08sU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUM3Sk8sSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTs7O0FDQzdGLFNBQVMsVUFBVSxPQUFlQyxTQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTQSxRQUFPLEtBQUs7QUFDM0IsUUFBSSxPQUFPLEtBQUssQ0FBQyxVQUFVLFVBQVUsQ0FBQyxHQUFHO0FBQ3ZDLGFBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxZQUFZLFNBQWlCLFFBQXdCO0FBQ25FLFNBQU8sTUFBTSxPQUFPLElBQUksTUFBTTtBQUNoQztBQWVPLElBQU0sZUFBaUQsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUcxRixTQUFTLFlBQVksUUFBd0I7QUFDbEQsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsSUFBSyxRQUFPLEtBQUssS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEdBQUcsUUFBVSxNQUFNO0FBQ3RHLFNBQU8sS0FBSyxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUMxQztBQU1PLFNBQVMsY0FBYyxRQUFnQixRQUFvQztBQUNoRixTQUFPLEdBQUcsWUFBWSxNQUFNLENBQUMsR0FBSSxXQUFXLFVBQWEsYUFBYSxNQUFNLEtBQU0sR0FBRztBQUN2RjtBQU9PLElBQU0sZ0JBQU4sTUFBb0I7QUFBQSxFQUN6QixZQUNtQixRQUNBQSxTQUNqQjtBQUZpQjtBQUNBLGtDQUFBQTtBQUFBLEVBQ2hCO0FBQUE7QUFBQSxFQUdILEtBQUssUUFBMEM7QUFDN0MsVUFBTSxVQUFVLEdBQUcsY0FBYyxLQUFLLFFBQVEsTUFBTSxDQUFDLEdBQUcsVUFBVSxJQUFJLEtBQUssTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzNGLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLFFBQVEsYUFBYSxZQUFZLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDdEU7QUFDRjtBQU9PLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBSXRCLFlBQTZCQSxTQUFxQjtBQUFyQixrQ0FBQUE7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLE1BQUs7QUFBQSxFQUVzQztBQUFBO0FBQUEsRUFHbkQsR0FBRyxXQUEyQjtBQUM1QixRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLEtBQUssVUFBVSxHQUFHLEtBQUssTUFBTTtBQUFBLElBQ3BDO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBVU8sU0FBUyxVQUFVLFFBQWdCLFNBQWlCLFNBQWlCLFFBQW1CO0FBQzdGLFFBQU0sT0FBTyxXQUFXLFNBQVksS0FBSyxXQUFXLFVBQVUsWUFBWSxhQUFhLE9BQU8sT0FBTztBQUNyRyxTQUFPLGVBQWUsT0FBTyxZQUFZLE1BQU0sR0FBRyxJQUFJO0FBQ3hEO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE9BQU8sRUFBRTtBQUM5RTs7O0FDNUZPLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUVySCxRQUFNLFlBQ0osU0FBUyxpQkFBaUIsNEJBQTRCLGdCQUFnQixNQUFNLE1BQWdCLENBQUMsS0FDM0YsU0FBUyxZQUFZLGVBQWUsV0FBVyxPQUMvQztBQUNKLFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUztBQUM3QyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsaUJBQWlCLFVBQVUsS0FBSztBQUMxRSxNQUFJLFNBQVMsV0FBVztBQUN0QixVQUFNLElBQUksWUFBWTtBQUN0QixVQUFNLFdBQVcsYUFBYSxPQUFPLENBQUMsQ0FBQztBQUN2QyxXQUFPO0FBQUEsTUFDTCxRQUFRLHNCQUFzQixDQUFDLHFDQUFxQyxRQUFRO0FBQUEsTUFDNUUsa0JBQWtCLDZCQUE2QixLQUFLLE1BQU0sSUFBSSxHQUFHLENBQUMsR0FBRyxRQUFRO0FBQUEsTUFDN0U7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQ0osU0FBUyxpQkFDTCxXQUFXLHNCQUFzQixPQUFPLEVBQUUsbUJBQW1CLFFBQVEsQ0FBQyxJQUN0RSxXQUFXLDRCQUE0QixPQUFPLEVBQUUsUUFBUSxPQUFPLENBQUM7QUFDdEUsU0FBTyxFQUFFLFFBQVEsa0JBQWtCLFFBQVEsU0FBUyxNQUFNO0FBQzVEO0FBR0EsU0FBUyxXQUFXLFNBQWlCLE9BQW1CLE1BQXNDO0FBQzVGLFNBQU8sUUFBUSxPQUFPLEdBQUcsYUFBYSxPQUFPLElBQUksQ0FBQyx5QkFBeUIsT0FBTyxHQUFHLGFBQWEsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUM5RztBQUVBLFNBQVMsYUFBYSxPQUFtQixPQUF1QztBQUM5RSxRQUFNLFNBQVMsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxRQUFRLE1BQU0sUUFBUSxHQUFHLE1BQU07QUFDMUYsU0FBTyxJQUFJLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDN0U7QUFRTyxTQUFTLG9CQUFvQixRQUF3QjtBQUMxRCxTQUFPLGVBQWUsT0FBTyxXQUFXLEtBQUssS0FBSyxDQUFDO0FBQ3JEO0FBT08sU0FBUyxhQUFhLE9BQW1CLFdBQTRCO0FBQzFFLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QztBQUFBLElBQ0EsdUJBQXVCLE1BQU0sTUFBTTtBQUFBLElBQ25DLHdCQUF3QixNQUFNLEtBQUs7QUFBQSxJQUNuQyw0QkFBNEIsb0JBQW9CLE1BQU0sTUFBTSxDQUFDO0FBQUEsSUFDN0QsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBUU8sU0FBUyxZQUFZLE9BQW1CLE9BQWdDO0FBQzdFLFFBQU1DLFNBQVEsVUFBVSxVQUFVLG9CQUFvQjtBQUN0RCxTQUFPLGtCQUFrQixZQUFZLE1BQU0sTUFBTSxHQUFHLEtBQUssTUFBTSxLQUFLLElBQUlBLE1BQUssaUJBQWlCLGNBQWMsTUFBTSxRQUFRLE1BQU0sTUFBTSxDQUFDO0FBQ3pJOzs7QUN2Rk8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFNdkIsSUFBTSwrQkFBK0I7QUE4QnJDLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGFBQUssS0FBSztBQUFBLFVBQ1IsSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLE9BQU8sWUFBWSxDQUFDLElBQUksS0FBSztBQUFBLFVBQ3pELGFBQWEsU0FBUyxZQUFZLE9BQU8sTUFBTTtBQUFBLFVBQy9DLE1BQU0sU0FBUztBQUFBLFVBQ2YsUUFBUSxTQUFTO0FBQUEsVUFDakIsTUFBTSxFQUFFLE9BQU8sT0FBTztBQUFBLFVBQ3RCLE1BQU0sU0FBUztBQUFBLFVBQ2Y7QUFBQSxVQUNBLFNBQVMsV0FBVyxTQUFTLE1BQU0sV0FBVyxTQUFTLElBQUksR0FBRyxVQUFVLE9BQU8sS0FBSztBQUFBLFVBQ3BGO0FBQUEsVUFDQSxPQUFPLFNBQVM7QUFBQSxRQUNsQixDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQXlDO0FBQzdELFFBQU0saUJBQWlCLENBQUMsV0FBbUIsY0FBYyxJQUFJLFNBQVMsUUFBUSxJQUFJLFlBQVk7QUFDOUYsUUFBTSxXQUFXLENBQUMsV0FDaEIsSUFBSSxZQUFZLGFBQWEsV0FBVyxTQUFTLHFEQUFxRDtBQUN4RyxRQUFNLFVBQVUsQ0FBQyxNQUF5QkMsU0FBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPQSxLQUFJLE1BQU0sS0FBSztBQUFBLElBQ25ELGFBQWEsQ0FBQyxVQUFVLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVEsS0FBSywyQkFBMkJBLEdBQUU7QUFBQSxFQUN4RjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxNQUFNO0FBQUEsTUFDTixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxXQUFXLENBQUMsWUFBWSxFQUFFLElBQUksS0FBSyxPQUFPLGVBQWUsTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ2hGLGFBQWEsQ0FBQyxPQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksZUFBZSxNQUFNLENBQUMsQ0FBQyxPQUFPLEtBQUssb0JBQW9CLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDeEg7QUFBQSxJQUNBLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQixRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNyRSxhQUFhLENBQUMsVUFBVSxHQUFHLFFBQVEsSUFBSSxNQUFNLENBQUMscUJBQXFCLEtBQUs7QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsY0FBYyxTQUFxQixRQUFnQixXQUEyQjtBQUNyRixRQUFNLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDbEMsU0FBTyxZQUFZLGFBQWEsV0FBVyxTQUFTLEtBQUssSUFBSSxRQUFRLDRCQUE0QixJQUFJO0FBQ3ZHO0FBRUEsU0FBUyxXQUFXLE1BQThCO0FBQ2hELFNBQU8sU0FBUyxTQUFTLE9BQU8sT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUM5RDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVBLFNBQVMsUUFBUUMsUUFBdUI7QUFDdEMsU0FBTyxHQUFHLE1BQU1BLFNBQVEsR0FBRyxDQUFDO0FBQzlCOzs7QUMxSE8sU0FBUyxhQUFhLFFBQWdCQyxPQUFzQztBQUNqRixRQUFNLFNBQVMsT0FBTyxRQUFRQSxLQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFO0FBQzNFLFNBQU8sT0FBTyxTQUFTLEdBQUcsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHLENBQUMsTUFBTTtBQUM1RDtBQUdPLFNBQVMsb0JBQW9CLEtBQThDO0FBQ2hGLFNBQU8sR0FBRyxJQUFJLElBQUksR0FBRyxJQUFJLFVBQVUsRUFBRSxHQUFHLElBQUksVUFBVSxLQUFLO0FBQzdEO0FBR08sSUFBTSxtQkFBbUI7QUFNaEMsU0FBUyxZQUFZLEtBQWtCO0FBQ3JDLFNBQU8sR0FBRyxJQUFJLElBQUk7QUFDcEI7QUFRTyxTQUFTLGtCQUNkLFNBQ0EsVUFDNkI7QUFDN0IsUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsYUFBVyxPQUFPLFNBQVM7QUFDekIsSUFBQUEsS0FBSSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksR0FBRyxPQUFPLEtBQUssU0FBUyxNQUFNLFNBQVMsVUFBVSxDQUFDO0FBQ3ZGLElBQUFBLEtBQUksYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsU0FBUyxTQUFTLFdBQVcsYUFBYSxnQkFBZ0I7QUFBQSxFQUNuRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxLQUFVLE1BQWUsWUFBK0I7QUFDdEUsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZLEdBQUc7QUFDN0MsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFNBQU8sU0FBUyxTQUFTLEVBQUUsV0FBVyxhQUFhLE1BQU0sZ0JBQWdCLFdBQVcsSUFBSTtBQUMxRjtBQU1PLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNoRDNGLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUE0Qi9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU0sUUFBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RDtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRLE9BQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixVQUFVLG1CQUFtQjtBQUFBLElBQ3pFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FQbEZBLElBQUk7QUFRRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQzNFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsU0FBUyxTQUFTLFFBQVE7QUFDdkQsUUFBTSxVQUFVLGFBQWEsRUFBRSxHQUFHQSxTQUFRLFNBQVMsU0FBUyxTQUFTLEtBQUssU0FBUyxDQUFDO0FBQ3BGLFFBQU0sWUFBWSxRQUFRLE9BQU8sQ0FBQyxRQUFRLElBQUksU0FBUyxTQUFTLEVBQUUsSUFBSSxDQUFDLFFBQVEsSUFBSSxVQUFVLEtBQUs7QUFFbEcsa0JBQWdCLFdBQVcsTUFBTUMsTUFBSyxTQUFTLGdCQUFnQixNQUFNLG9CQUFvQixhQUFhLFNBQVMsT0FBTztBQUN0SCxTQUFPLEVBQUUsWUFBWSxrQkFBa0IsU0FBUyxRQUFRLEdBQUcsbUJBQW1CLG9CQUFvQjtBQUNwRztBQUdPLFNBQVMsYUFBcUM7QUFDbkQsU0FBTztBQUNUOzs7QVFoQ08sSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFHdkIsU0FBUyxpQkFBaUIsT0FBdUI7QUFDdEQsU0FBTyxLQUFLLElBQUksZ0JBQWdCLEtBQUssSUFBSSxnQkFBZ0IsdUJBQXVCLEtBQUssQ0FBQztBQUN4Rjs7O0FDaEJPLElBQU0sa0JBQWtCO0FBR3hCLElBQU0sZUFBZTtBQUc1QixJQUFNLG1CQUFtQixNQUFNLElBQUk7QUFnQm5DLElBQU0sY0FBYyxJQUFJLE9BQU8sSUFBSSxZQUFZLDJEQUEyRDtBQU9uRyxTQUFTLFFBQVEsU0FBaUIsUUFBZ0IsSUFBcUI7QUFDNUUsUUFBTSxRQUFRLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxHQUFJLEdBQUcsZ0JBQWdCO0FBQ2hFLFFBQU0sU0FBUyxHQUFHLFlBQVksSUFBSSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRTtBQUNoRyxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsS0FBTSxRQUFRLFFBQVEsUUFBUSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLFFBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUNsQyxRQUFNLFVBQVUsU0FBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsUUFBUSxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sRUFBRSxJQUFJLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsWUFBWUMsU0FBOEI7QUFDeEQsTUFBSSxLQUFLO0FBQ1QsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTSxLQUFLLE1BQU1BLFFBQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQ3ZFLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxNQUFjLE9BQWUsS0FBdUI7QUFDNUUsUUFBTSxNQUFNLGFBQWEsSUFBSTtBQUM3QixNQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxRQUFRO0FBQzNDO0FBaUJPLFNBQVMsWUFBWSxRQUFnQixNQUFjLElBQVksV0FBMkI7QUFDL0YsUUFBTSxPQUFPLElBQUksR0FBRyxTQUFTLEVBQUUsQ0FBQyxJQUFJLFVBQVUsU0FBUyxFQUFFLENBQUM7QUFDMUQsUUFBTSxPQUFPLGtCQUFrQixPQUFPLFNBQVMsSUFBSSxLQUFLO0FBQ3hELFFBQU0sWUFBWSxLQUFLLE1BQU0sR0FBRyxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUNwRSxTQUFPLFlBQVksR0FBRyxNQUFNLElBQUksU0FBUyxHQUFHLElBQUksS0FBSyxHQUFHLE1BQU0sR0FBRyxJQUFJO0FBQ3ZFO0FBTU8sU0FBUyxjQUFjLE1BQW9DO0FBQ2hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxFQUFHLFFBQU87QUFDakMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDQyxTQUFrQkEsTUFBbUMsSUFBSTtBQUNqRixTQUFPLE1BQU0sTUFBTSxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQUksUUFBUTtBQUNuRjtBQUdPLElBQU0sWUFBWTtBQUdsQixJQUFNLGFBQWE7OztBQzFHMUIsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTtBQUdqQixJQUFNLFNBQVMsQ0FBQ0MsV0FBa0IsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQztBQUNuRSxJQUFNLFdBQVcsSUFBSSxXQUFXLE1BQU07QUFDdEMsSUFBSTtBQUdHLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sU0FBUyxHQUFHQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ2hEO0FBT08sU0FBUyxPQUFVLFFBQWdCLFFBQTRCLE1BQXFDO0FBQ3pHLHNCQUFXLElBQUksY0FBYyxRQUFRLE1BQU07QUFDM0MsUUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNO0FBQ2hDLEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FDMUJPLElBQU0sZ0JBQWdCOzs7QVplN0IsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQUdPLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sR0FBRyxpQkFBaUIsV0FBVyxHQUFHLFNBQVMsU0FBUyxjQUFjLENBQUM7QUFDNUU7QUFvQk8sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBTTFCLFlBQ21CLFNBQ0EsS0FDQSxVQUFtQixXQUNwQztBQUhpQjtBQUNBO0FBQ0E7QUFSbkIsd0JBQWlCO0FBQ2pCLHdCQUFpQixXQUFVLGVBQWU7QUFDMUMsd0JBQVEsV0FBVTtBQUNsQix3QkFBUSxnQkFBZTtBQU9yQixTQUFLLFVBQVUsWUFBWSxJQUFJLFFBQVEsYUFBYSxFQUFFO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsS0FBSyxPQUF5QjtBQUM1QixVQUFNLEVBQUUsVUFBVSxRQUFRLElBQUksS0FBSyxLQUFLLE9BQU8sT0FBTyxRQUFXLE1BQU07QUFDdkUsVUFBTSxRQUFRLFNBQVMsV0FBVyxnQkFBZ0IsT0FBTyxTQUFTLE9BQU8sY0FBYyxTQUFTLElBQUksSUFBSTtBQUN4RyxXQUFPLEVBQUUsVUFBVSxPQUFPLFFBQVE7QUFBQSxFQUNwQztBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDaEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQ2xEO0FBQUE7QUFBQSxFQUdRLFFBQWdCO0FBQ3RCLFFBQUksS0FBSyxZQUFZLFFBQVMsUUFBTyxVQUFVLEtBQUssSUFBSSxRQUFRLGVBQWUsT0FBTztBQUN0RixVQUFNLFVBQVUsZUFBZTtBQUMvQixRQUFJLFlBQVksS0FBSyxTQUFTO0FBQzVCLFdBQUssVUFBVTtBQUNmLFdBQUssZUFBZSxVQUFVLEtBQUssSUFBSSxRQUFRLGVBQWUsRUFBRSxRQUFRLENBQUM7QUFBQSxJQUMzRTtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQyxVQUFTLEtBQUssWUFBWTtBQUNoQyxVQUFNQyxRQUErQkQsVUFBUyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksRUFBRSxNQUFNLE9BQU8sSUFBSSxRQUFRO0FBQ2xHLFVBQU0sT0FBTyxTQUFTLFNBQVksT0FBTyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDaEUsVUFBTSxRQUFRLEtBQUssTUFBTTtBQUN6QixXQUFPLE9BQU8sS0FBSyxJQUFJLFFBQVFBLFVBQVMsU0FBUyxRQUFXLENBQUMsVUFBVTtBQUNyRSxZQUFNLFNBQVMsS0FBSyxJQUFJO0FBQ3hCLFlBQU0sV0FBVyxLQUFLLFFBQVksUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSSxNQUFNO0FBQUEsUUFDekUsU0FBUztBQUFBLFVBQ1AsYUFBYSxNQUFNO0FBQUEsVUFDbkIsU0FBUyxLQUFLO0FBQUEsVUFDZCxjQUFjO0FBQUEsVUFDZCxHQUFJLFNBQVMsT0FBTyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsUUFDaEU7QUFBQSxRQUNBLE1BQUFDO0FBQUEsUUFDQSxTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksQ0FBQ0QsUUFBUSxRQUFPLEVBQUUsVUFBVSxTQUFTLE9BQVU7QUFDbkQsWUFBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLFlBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELFlBQU0sVUFBMEI7QUFBQSxRQUM5QixTQUFTLE1BQU07QUFBQSxRQUNmLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxRQUNBLFNBQVMsQ0FBQyxVQUFVLGNBQWMsUUFBUSxTQUFTLFFBQVEsY0FBYyxDQUFDO0FBQUEsUUFDMUUsWUFBWSxRQUFRO0FBQUEsUUFDcEI7QUFBQSxNQUNGO0FBQ0EscUJBQWUsT0FBTztBQUN0QixhQUFPLEVBQUUsVUFBVSxRQUFRO0FBQUEsSUFDN0IsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FhOUhBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9FLFdBQVU7QUFRakIsSUFBTSxRQUFRLElBQUksWUFBWSxxQkFBcUIsTUFBZ0IsS0FBSyxNQUFNLEtBQUssbUJBQW1CLENBQUMsQ0FBQztBQU1qRyxTQUFTLGNBQWMsS0FBb0I7QUFDaEQsUUFBTSxLQUFLQyxNQUFLLEdBQUc7QUFDbkIsUUFBTSxZQUFZQSxNQUFLLEdBQUc7QUFFMUIsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLGFBQWEsTUFBTSxNQUFNO0FBQ3pELFNBQU8sWUFBWSxJQUFJLFFBQVEsTUFBTSxJQUFJLFNBQVM7QUFDcEQ7OztBQ2xCTyxJQUFNLFNBQTRCLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUNoSCxRQUFNLFFBQVEsd0JBQXdCLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ2hFLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHTSxJQUFNLFFBQTJCLFVBQVUscUNBQXFDLENBQUMsUUFBUTtBQUM5RixRQUFNLFFBQVEsMkNBQTJDLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ25GLFNBQU8sU0FBUyxLQUFLLFNBQVMsSUFBSSxRQUFRO0FBQzVDLENBQUM7QUFHTSxTQUFTLEtBQUssS0FBZ0M7QUFDbkQsU0FBTyxVQUFVLDRCQUE0QixHQUFHLElBQUksQ0FBQyxRQUFRO0FBQzNELFVBQU0sUUFBUSxZQUFZLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3BELFdBQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDOUMsQ0FBQztBQUNIO0FBR08sSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxhQUFhLEtBQVUsVUFBMEQ7QUFDL0YsU0FBTztBQUFBLElBQ0wsTUFBTSxRQUFjLEtBQUssUUFBUSxNQUFNLEVBQUUsTUFBTSxTQUFTLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxJQUM5RSxRQUFRLFdBQVcsS0FBSyxTQUFTLE1BQU07QUFBQSxFQUN6QztBQUNGO0FBR08sU0FBUyxXQUFXLEtBQVUsVUFBMEI7QUFDN0QsU0FBTyxRQUFRLEtBQUssV0FBVyxLQUFLLGFBQWEsR0FBRyxRQUFRO0FBQzlEO0FBR08sU0FBUyxhQUFhLEtBQVUsVUFBa0IsVUFBMEI7QUFDakYsU0FBTyxRQUFRLEtBQUssVUFBVSxVQUFVLFFBQVE7QUFDbEQ7QUFHTyxJQUFNLGVBQWtDO0FBQUEsRUFBVTtBQUFBLEVBQTJDLENBQUMsUUFDbkcsaUJBQWlCLEtBQUssR0FBRyxLQUFLLFdBQVcsR0FBRyxNQUFNLFNBQVksTUFBTTtBQUN0RTtBQUdPLFNBQVMsU0FBUyxLQUFVLFVBQWtCLFVBQTBCO0FBQzdFLFNBQU8sUUFBUSxLQUFLLFVBQVUsY0FBYyxRQUFRO0FBQ3REOzs7QUMxQ08sU0FBUyxXQUFXLEtBQWU7QUFDeEMsU0FBTztBQUFBLElBQ0wsV0FBVyxRQUFRLEtBQUssWUFBWSxPQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQixLQUFpQjtBQUN2RSxNQUFJLElBQUksSUFBSSxVQUFXLFFBQU87QUFDOUIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFdBQVcsSUFBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJLElBQUksYUFBYSxJQUFJLElBQUksYUFBYSxJQUFJLFdBQVc7QUFDbEU7QUFHTyxTQUFTLFlBQVksR0FBVyxRQUFtQztBQUN4RSxTQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUU7OztBQ3JDQSxPQUFPQyxXQUFVO0FBZVYsU0FBUyxhQUFhQyxTQUE2QztBQUN4RSxTQUFPRCxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVDLFFBQU87QUFDbEQ7QUFNTyxTQUFTLFNBQVMsS0FBK0I7QUFDdEQsTUFBSSxDQUFDLElBQUssQ0FBQUQsTUFBSyxLQUFLLE1BQU0seUhBQXlIO0FBQ25KLFNBQU87QUFDVDs7O0FDMUJBLFNBQVMsYUFBYTtBQUN0QixTQUFTLGVBQWU7QUFReEIsSUFBTSxnQkFBZ0IsSUFBSSxRQUFRLGNBQWM7QUFNekMsU0FBUyxRQUFXLE9BQVUsTUFBNkNFLE9BQWtEO0FBQ2xJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxNQUFNLFNBQVMsS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQ3BELFVBQU0sU0FBUyxNQUFNLE9BQU8sRUFBRSxDQUFDLElBQUksR0FBRyxVQUFVLEdBQUdBLEtBQUk7QUFDdkQsa0JBQWMsSUFBSSxHQUFHLEVBQUUsR0FBR0EsT0FBTSxRQUFRLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDeEQsVUFBTSxPQUFPO0FBQUEsRUFDZjtBQUNBLFNBQU87QUFDVDs7O0FDZk8sU0FBUyxVQUFVLE1BQWdCLE9BQWUsTUFBNEQ7QUFDbkgsUUFBTSxTQUFTLFFBQVEsTUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUMzRCxNQUFJLENBQUMsVUFBVSxLQUFLLFFBQVMsZ0JBQWUsRUFBRSxHQUFHLEtBQUssU0FBUyxhQUFhLEtBQUssQ0FBQztBQUNsRixTQUFPO0FBQ1Q7OztBQ0VPLFNBQVMsU0FBUyxTQUFpQixLQUFZLFFBQTJCLFFBQW9CLGlCQUF5QjtBQUM1SCxRQUFNLFNBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELFFBQU0sTUFBTSxVQUFVLGtCQUFrQixJQUFJLFNBQVM7QUFDckQsTUFBSSxVQUFVO0FBQ2QsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxFQUFFLFVBQVUsTUFBTSxJQUFJLE9BQU8sS0FBSyxLQUFLO0FBQzdDLFFBQUksU0FBUyxXQUFXLEVBQUcsUUFBTyxRQUFRLFFBQVEsS0FBSyxtQkFBbUIsU0FBUyxLQUFLLEtBQUssS0FBSyxPQUFPO0FBQ3pHLFFBQUksQ0FBQyxPQUFPO0FBQ1YsY0FBUSxLQUFLLGVBQWUsS0FBSyxhQUFhLFNBQVMsTUFBTSxhQUFhLElBQUksTUFBTSxtQkFBbUI7QUFDdkc7QUFBQSxJQUNGO0FBQ0EsZUFBVyxRQUFRLE1BQU0sT0FBTyxDQUFDQyxTQUFRLFVBQVVBLE1BQUssS0FBSyxJQUFJLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFDekUsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJLE9BQU8sT0FBTyxPQUFPLElBQUk7QUFDbkQsVUFBSSxXQUFXLEVBQUcsUUFBTyxRQUFRLFdBQVcsS0FBSyxtQkFBbUIsS0FBSyxLQUFLLEtBQUssT0FBTztBQUMxRixVQUFJLFdBQVcsZ0JBQWdCLE9BQVE7QUFBQSxJQUN6QztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFVBQVUsRUFBRyxTQUFRLEtBQUssa0JBQWtCLE9BQU8sWUFBWSxNQUFNLGtCQUFrQixFQUFFLGlCQUFpQjtBQUM5RyxNQUFJLElBQUssU0FBUSxJQUFJLEdBQUcsVUFBVSxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsUUFBUSxRQUFnQixLQUFZLFNBQXlCO0FBQ3BFLFVBQVEsS0FBSyxxQ0FBcUMsTUFBTSxhQUFhLElBQUksTUFBTSxpRUFBaUU7QUFDaEosU0FBTztBQUNUOzs7QUNaTyxTQUFTLGFBQWFDLFNBQXFCLEtBQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsTUFBTSxNQUErQjtBQUNuQyxZQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3pCLDBCQUFXLElBQUksZUFBZUEsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRLEdBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0QsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELG9CQUFVLE1BQU0sT0FBTyxFQUFFLGdDQUFnQyxDQUFDRSxZQUFXQSxRQUFPLFVBQVUsT0FBVSxDQUFDO0FBQUEsUUFDbkc7QUFDQTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsTUFBTSxLQUFrQjtBQUN0QixlQUFTRixRQUFPLFNBQVMsS0FBS0EsUUFBTyxNQUFNO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0Y7OztBQzFEQSxPQUFPRyxXQUFVOzs7QUN5QmpCLElBQU0sY0FBYyxFQUFFLGNBQWMsT0FBTyxpQkFBaUIsT0FBTyxjQUFjLE9BQU8sa0JBQWtCLE9BQU8sYUFBYSxNQUFNO0FBRzdILElBQU0sb0JBQW9CO0FBR2pDLElBQU0sYUFBYSxLQUFLO0FBRXhCLElBQU0sVUFBa0MsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLEdBQUcsR0FBRyxLQUFNLEdBQUcsS0FBUSxHQUFHLE1BQVcsR0FBRyxNQUFXO0FBR3hILFNBQVMsYUFBYUMsT0FBK0I7QUFDMUQsTUFBSSxPQUFPQSxVQUFTLFNBQVUsUUFBT0E7QUFDckMsTUFBSSxnQkFBZ0IsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBT0EsS0FBSTtBQUNsRCxNQUFJLENBQUMsMENBQTBDLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU87QUFDekUsTUFBSSxRQUFRO0FBQ1osYUFBVyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksS0FBS0EsTUFBSyxTQUFTLHFDQUFxQyxFQUFHLFVBQVMsT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzNILFNBQU87QUFDVDtBQUVBLFNBQVMsR0FBRyxPQUFrQyxVQUEwQjtBQUN0RSxRQUFNLFNBQVMsYUFBYSxTQUFTLFFBQVE7QUFDN0MsU0FBTyxPQUFPLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDNUM7QUFHTyxTQUFTLGNBQWMsVUFBa0M7QUFDOUQsUUFBTSxlQUFlLEdBQUcsU0FBUyxjQUFjLFlBQVksWUFBWTtBQUN2RSxRQUFNLFVBQVUsU0FBUyxVQUFVLENBQUMsR0FBRyxPQUFPLENBQUMsS0FBSyxVQUFVLE1BQU0sR0FBRyxNQUFNLFVBQVUsSUFBSSxHQUFHLENBQUM7QUFDL0YsVUFBUSxTQUFTLFVBQVU7QUFBQSxJQUN6QixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsYUFBYSxZQUFZLFdBQVcsSUFBSTtBQUFBLElBQzdELEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxVQUFVLElBQUksSUFBSTtBQUFBLElBQ3ZDLEtBQUs7QUFDSCxhQUFPLFNBQVMsR0FBRyxTQUFTLGtCQUFrQixZQUFZLGdCQUFnQixJQUFJO0FBQUEsSUFDaEYsS0FBSztBQUNILGFBQU8sU0FBUztBQUFBLElBQ2xCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQU1PLFNBQVMsVUFBVUMsVUFBNEI7QUFDcEQsUUFBTSxZQUFZLE9BQU8sT0FBT0EsU0FBUSxhQUFhLENBQUMsQ0FBQztBQUN2RCxRQUFNLGVBQWUsVUFBVSxXQUFXLElBQ3RDLGFBQ0EsS0FBSyxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsYUFBYSxHQUFHLFNBQVMsV0FBVyxJQUFJLElBQUksY0FBYyxRQUFRLENBQUMsQ0FBQztBQUNuRyxTQUNFLEdBQUdBLFNBQVEsY0FBYyxZQUFZLFlBQVksSUFBSSxlQUFlLEdBQUdBLFNBQVEsaUJBQWlCLFlBQVksZUFBZSxJQUFJO0FBRW5JOzs7QUNsRkEsT0FBT0MsV0FBb0M7QUFRcEMsSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxZQUFZQyxTQUFpRztBQUMzSCxRQUFNLFNBQVMsWUFBWUEsUUFBTyxPQUFPO0FBQ3pDLFFBQU0sU0FBUyxhQUFhQSxPQUFNO0FBQ2xDLFFBQU0sVUFBVSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxlQUFlLEdBQUc7QUFDaEUsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxRQUFRLE9BQU8sR0FBRztBQUNyRCxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLE9BQU8sSUFBSTtBQUM1RCxNQUFJLEtBQUssVUFBVSxJQUFLLFFBQU87QUFDL0IsTUFBSSxLQUFLLFdBQVcsT0FBTyxjQUFjLEtBQUssUUFBUSxFQUFFLE1BQU0sUUFBVztBQUN2RSxXQUFPLEdBQUcsTUFBTSw2Q0FBNkNBLFFBQU8sWUFBWSxVQUFVLEtBQUssYUFBYSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzFIO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLFNBQWlCLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzFHLFNBQU87QUFBQSxJQUFPO0FBQUEsSUFBUTtBQUFBLElBQVcsQ0FBQyxVQUNoQ0MsTUFBSyxJQUFJLEdBQUcsT0FBTyxJQUFJLE9BQU8sSUFBSTtBQUFBLE1BQ2hDLFNBQVMsRUFBRSxhQUFhLE1BQU0sWUFBWTtBQUFBLE1BQzFDLE1BQU0sRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksUUFBUTtBQUFBLE1BQ3pDLFNBQVMsZUFBZTtBQUFBLE1BQ3hCLGNBQWM7QUFBQSxNQUNkLGtCQUFrQkEsTUFBSyxpQkFBaUIsUUFBUTtBQUFBLElBQ2xELENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLFdBQVcsUUFBZ0IsU0FBaUIsVUFBMkM7QUFDOUYsUUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixNQUFJLFNBQVMsZUFBZSxNQUFNO0FBQ2hDLFdBQU8sR0FBRyxNQUFNLHVCQUF1QixJQUFJLFdBQVcsZUFBZSxDQUFDO0FBQUEsRUFDeEU7QUFDQSxRQUFNLFNBQVMscUJBQXFCLEtBQUssU0FBUyxLQUFLLElBQUksdUJBQXVCLFNBQVM7QUFDM0YsU0FBTyxHQUFHLE1BQU0sMkJBQTJCLElBQUksWUFBWSxNQUFNO0FBQ25FO0FBR0EsU0FBUyxPQUFPLFVBQTJDO0FBQ3pELFFBQU0sUUFBUSxTQUFTLFFBQVEsSUFBSSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDN0QsU0FBTyxHQUFHLFNBQVMsTUFBTSxJQUFJLEtBQUssVUFBVSxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUNoRzs7O0FGaERPLFNBQVMsU0FBU0MsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FHaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNnQk8sSUFBTSxvQkFBc0QsRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLE1BQU0sS0FBSztBQXNDbkcsSUFBTSxvQkFBb0I7QUFPbkIsU0FBUyxPQUFPLGVBQXVCLFFBQTZEO0FBQ3pHLFFBQU0sU0FBUyxLQUFLLEtBQUssZ0JBQWdCLG9CQUFvQixDQUFDO0FBQzlELFNBQU8sRUFBRSxpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDLEdBQUcsT0FBTztBQUMxRTtBQUdPLFNBQVMsVUFBVUMsT0FBb0I7QUFDNUMsU0FBT0EsTUFBSyxPQUFPLGtCQUFrQkEsTUFBSyxRQUFRO0FBQ3BEOzs7QUM1RU8sU0FBUyxXQUFXLEtBQTJCO0FBQ3BELFFBQU0sRUFBRSxNQUFBQyxPQUFNLE9BQU8sSUFBSSxhQUFhLEtBQUssRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLENBQUM7QUFDcEUsUUFBTSxPQUFPLFFBQVEsS0FBSyxlQUFlLFFBQVEsQ0FBQztBQUNsRCxRQUFNLFFBQVEsUUFBUSxLQUFLLGdCQUFnQixLQUFLLEVBQUUsR0FBRyxDQUFDO0FBQ3RELFFBQU0sT0FBTyxhQUFhLEtBQUssaUJBQWlCLElBQUk7QUFDcEQsUUFBTSxPQUFPLFNBQVMsS0FBSyxhQUFhLEtBQUs7QUFDN0MsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLEtBQUssT0FBTyxLQUFLO0FBQy9CLFVBQU0sU0FBUyxLQUFLLE1BQU1BLE1BQUssUUFBUSxLQUFNLE9BQU8sS0FBSyxJQUFLLE1BQU07QUFDcEUsV0FBTyxLQUFLLEVBQUUsVUFBVSxNQUFNLE9BQU8sR0FBRyxFQUFFLFVBQVUsTUFBTSxPQUFPLENBQUM7QUFBQSxFQUNwRTtBQUNBLFNBQU8sS0FBSyxFQUFFLFVBQVUsTUFBTSxRQUFRLEVBQUUsQ0FBQztBQUN6QyxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixXQUFXO0FBQUEsSUFDWCxVQUFVQSxNQUFLO0FBQUEsSUFDZjtBQUFBLElBQ0EsR0FBRyxPQUFPLFVBQVVBLEtBQUksSUFBSSxNQUFNLE1BQU07QUFBQSxJQUN4QyxjQUFjO0FBQUEsRUFDaEI7QUFDRjs7O0FDZk8sU0FBUyxXQUFXLE1BQWUsV0FBeUIsVUFBa0IsT0FBNkI7QUFDaEgsTUFBSSxTQUFTLFFBQVE7QUFDbkIsVUFBTSxlQUFlLFVBQVUsR0FBRyxXQUFXLEdBQUcsSUFBSSxXQUFXLElBQUk7QUFDbkUsVUFBTUMsV0FBVSxVQUFVLEdBQUcsV0FBVyxHQUFHLElBQUksVUFBVSxRQUFRLElBQUksVUFBVTtBQUMvRSxXQUFPQSxXQUFVLElBQUksZUFBZUEsV0FBVSxlQUFlLElBQUksV0FBVztBQUFBLEVBQzlFO0FBQ0EsUUFBTSxVQUFVLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUNoRCxTQUFPLFlBQVksU0FBUyxFQUFFLENBQUMsSUFBSSxHQUFHLFNBQVMsR0FBRyxVQUFVLEtBQUssSUFBSTtBQUN2RTtBQUdPLFNBQVMsWUFBWSxPQUFvQixPQUF1QjtBQUNyRSxRQUFNLFNBQWtDO0FBQUEsSUFDdEMsQ0FBQyxPQUFPLENBQUM7QUFBQSxJQUNULENBQUMsT0FBTyxHQUFHO0FBQUEsSUFDWCxDQUFDLFNBQVMsR0FBRztBQUFBLElBQ2IsQ0FBQyxTQUFTLElBQUk7QUFBQSxJQUNkLENBQUMsU0FBUyxJQUFJO0FBQUEsSUFDZCxDQUFDLE9BQU8sQ0FBQztBQUFBLEVBQ1gsRUFDRyxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sT0FBTyxNQUFNLElBQWMsTUFBTSxRQUFRLEVBQzVELElBQUksQ0FBQyxDQUFDLE1BQU0sSUFBSSxNQUFNLENBQUMsTUFBTSxJQUFjLEdBQUcsSUFBYyxDQUFDO0FBQ2hFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxNQUFJLFFBQVEsT0FBTyxDQUFDLEVBQUUsQ0FBQyxFQUFHLFFBQU8sSUFBSSxPQUFPLENBQUMsRUFBRSxDQUFDO0FBQ2hELFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsVUFBTSxDQUFDLFVBQVUsT0FBTyxJQUFJLE9BQU8sSUFBSSxDQUFDO0FBQ3hDLFVBQU0sQ0FBQyxXQUFXLFFBQVEsSUFBSSxPQUFPLENBQUM7QUFDdEMsUUFBSSxRQUFRLFdBQVc7QUFDckIsWUFBTSxPQUFPLGNBQWMsV0FBVyxVQUFVLFdBQVksUUFBUSxhQUFhLFlBQVksYUFBYyxXQUFXO0FBQ3RILGFBQU8sSUFBSTtBQUFBLElBQ2I7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQ3hDOzs7QUNqQ08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxhQUFhLE9BQWUsS0FBd0I7QUFDbEUsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxtQkFBbUIsSUFBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLGtCQUFrQjtBQUNoRztBQVVPLFNBQVMsV0FBVyxTQUEwQixZQUF3QixPQUFlLE9BQTBCO0FBQ3BILFFBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxVQUFVLE1BQU0sUUFBUSxTQUFTLE9BQU8sUUFBUSxTQUFTLEVBQUUsVUFBVTtBQUNsRyxRQUFNQyxRQUFPLGVBQWUsVUFBVSxFQUFFLFdBQVcsV0FBVyxNQUFNLElBQUksRUFBRSxNQUFNLE1BQU07QUFDdEYsUUFBTSxPQUFPLEVBQUUsWUFBWSxLQUFLLFNBQVMsQ0FBQyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsSUFBSSxHQUFHLEdBQUdBLE1BQUssQ0FBQyxHQUFHLE9BQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEdBQUcsSUFBSSxPQUFPLE1BQU0sRUFBRSxFQUFFLEVBQUU7QUFDbkosU0FBTyxHQUFHLFFBQVEsR0FBRyxrQ0FBa0MsaUJBQWlCLEtBQUssVUFBVSxFQUFFLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQztBQUN0RztBQUdBLFNBQVMsaUJBQWlCLE9BQXVCO0FBQy9DLFNBQU8sbUJBQW1CLEtBQUssRUFBRSxRQUFRLHNCQUFzQixDQUFDLFlBQVksbUJBQW1CLE9BQU8sQ0FBQztBQUN6RztBQWdCTyxTQUFTLFNBQVMsU0FBMEIsUUFBZ0IsT0FBeUI7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSw4QkFBOEIsWUFBWSxrREFBa0Qsb0JBQW9CLE1BQU0sQ0FBQztBQUFBLE1BQ3ZIO0FBQUEsSUFDRjtBQUFBLElBQ0EsTUFBTSxXQUFXLFNBQVMsUUFBUSxrQkFBa0IsWUFBWSxrQkFBa0IsWUFBWSxNQUFNLENBQUMsS0FBSyxLQUFLO0FBQUEsSUFDL0csT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSwyREFBMkQsTUFBTTtBQUFBLE1BQ2pFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDckVPLElBQU0saUJBQWlCO0FBRXZCLElBQU0sa0JBQWtCOzs7QUM4QnhCLFNBQVMsZ0JBQWdCLE1BQXFCLFNBQXlCLEtBQTRCO0FBQ3hHLFFBQU0sTUFBTSxJQUFJLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLElBQUksS0FBSyxNQUFNLGlCQUFpQixFQUFFLFlBQVk7QUFDckYsUUFBTSxRQUFRLGFBQWEsT0FBTyxHQUFHO0FBQ3JDLFFBQU0sT0FBTyxRQUFRLElBQUksQ0FBQyxRQUFRLFNBQVMsTUFBTSxLQUFLLElBQUksSUFBSSxTQUFTLEtBQUssQ0FBQztBQUM3RSxRQUFNLFNBQVMsQ0FBQyxRQUFnQixLQUFLLFFBQVEsR0FBRyxHQUFHLFVBQVUsQ0FBQztBQUM5RCxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVCxRQUFRLElBQUk7QUFBQSxJQUNaLFVBQVUsSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUksSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJO0FBQUEsSUFDYixRQUFRLEVBQUUsT0FBTyxJQUFJO0FBQUEsSUFDckIsUUFBUTtBQUFBLE1BQ04sVUFBVSxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQUEsTUFDdkMsWUFBWSxPQUFPLFlBQVksRUFBRSxTQUFTO0FBQUEsTUFDMUMsaUJBQWlCLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxNQUNoRCxjQUFjLE9BQU8sUUFBUSxFQUFFLFVBQVU7QUFBQSxNQUN6QyxjQUFjLE9BQU8sUUFBUSxFQUFFLFNBQVM7QUFBQSxJQUMxQztBQUFBLElBQ0EsTUFBTSxZQUFZLE1BQU0sT0FBTztBQUFBLElBQy9CO0FBQUEsSUFDQSxPQUFPLFNBQVMsSUFBSSxJQUFJLFNBQVMsSUFBSSxRQUFRLEtBQUs7QUFBQSxJQUNsRCxRQUFRLEtBQUssTUFBTSxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU07QUFBQSxFQUNwRDtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQXFCLEtBQVUsU0FBMEIsT0FBNkI7QUFDdEcsUUFBTSxNQUFNLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSTtBQUM3QyxRQUFNLFNBQVMsS0FBSyxRQUFRLEdBQUc7QUFDL0IsUUFBTSxZQUFZLG9CQUFvQixHQUFHO0FBQ3pDLFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDakYsUUFBTSxXQUFXLFVBQVUsSUFBSyxRQUFRLE9BQU8sSUFBSSxJQUFJLEtBQUssT0FBUTtBQUNwRSxRQUFNLFVBQVUsTUFBTSxTQUFTLFVBQVUsSUFBSSxXQUFXLFFBQVEsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUMzRixTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLGFBQWEsSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSTtBQUFBLElBQ1YsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLFdBQVcsSUFBSTtBQUFBLElBQ2Y7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsWUFBWSxZQUFZLGFBQWEsYUFBYSxPQUFPLE9BQU8sV0FBVyxJQUFJLE1BQU0sSUFBSSxXQUFXLFVBQVUsUUFBUSxNQUFNO0FBQUEsSUFDNUgsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUs7QUFBQSxNQUM5RCxNQUFNLFdBQVcsU0FBUyxRQUFRLElBQUksUUFBUSxPQUFPLEtBQUs7QUFBQSxNQUMxRCxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUksUUFBUSxRQUFRLEtBQUs7QUFBQSxJQUMvRDtBQUFBLElBQ0EsU0FBUyxJQUFJO0FBQUEsRUFDZjtBQUNGO0FBTUEsU0FBUyxNQUFNLFNBQWlCLFVBQXlCLFdBQXlCLE1BQW9DO0FBQ3BILE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLFNBQVM7QUFDL0MsU0FBTyxhQUFhLFFBQVEsTUFBTSxVQUFVLFNBQVMsSUFBSSxTQUFTO0FBQ3BFO0FBR08sU0FBUyxNQUFNLFVBQWtCLFdBQWtDO0FBQ3hFLFVBQVEsVUFBVSxJQUFJO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU8sV0FBVyxVQUFVO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sWUFBWSxVQUFVO0FBQUEsSUFDL0IsS0FBSztBQUNILGFBQU8sV0FBVyxVQUFVO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sWUFBWSxVQUFVO0FBQUEsRUFDakM7QUFDRjtBQUdBLFNBQVMsWUFBWSxNQUFxQixTQUE4QztBQXJIeEY7QUFzSEUsUUFBTSxPQUE0QixFQUFFLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQ3ZELGFBQVcsT0FBTyxRQUFTLFdBQUssSUFBSSxXQUFULFdBQW9CLElBQUksTUFBTSxJQUFJLElBQUk7QUFDakUsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLE1BQXFCQyxPQUFtQztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxXQUFtQixLQUFLLFFBQVEsYUFBYSxRQUFRQSxLQUFJLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDeEYsUUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFDOUMsUUFBTUMsWUFBVyxPQUFPLG1CQUFtQjtBQUMzQyxRQUFNLFVBQVUsQ0FBQyxVQUErQixXQUFXLEtBQUssVUFBVSxTQUFZLFFBQVE7QUFDOUYsU0FBTztBQUFBLElBQ0wsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxXQUFXLFFBQVEsT0FBTyxpQkFBaUIsRUFBRSxJQUFJO0FBQUEsSUFDakQsS0FBSyxRQUFRLE9BQU8sV0FBVyxFQUFFLElBQUk7QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFDRjs7O0FDdkdPLFNBQVMsWUFBWSxRQUFzQixPQUFPLGVBQXVCO0FBQzlFLFFBQU0sU0FBUyxPQUFPLElBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDbEYsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLEtBQUssVUFBVSxPQUFPLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDckUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHFCQUFxQixLQUFLLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVcsUUFBUSxJQUFJLENBQUM7QUFBQSxJQUNwSixHQUFHLE9BQU8sSUFBSSxXQUFXO0FBQUEsSUFDekI7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiO0FBUUEsU0FBUyxNQUFNLE9BQTJCO0FBQ3hDLFNBQU87QUFBQSxJQUNMLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFDbkIsVUFBVSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUU7QUFBQSxJQUMvQyxTQUFTLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxFQUFFLFlBQVksTUFBUyxFQUFFO0FBQUEsRUFDNUU7QUFDRjtBQUVBLFNBQVMsSUFBSSxHQUFXLEdBQW1CO0FBQ3pDLFNBQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxVQUFVLFNBQVMsRUFBRSxVQUFVLEVBQUUsUUFBUTtBQUN2RztBQUVBLFNBQVMsWUFBWSxPQUEyQjtBQUM5QyxRQUFNLFNBQVMsTUFBTSxLQUFLO0FBQzFCLFFBQU0sWUFBWSxNQUFNLFlBQVksZUFBZSxLQUFLLE1BQU0sU0FBUyxDQUFDLE1BQU07QUFDOUUsUUFBTUMsUUFBTyxzQkFBc0IsS0FBSyxNQUFNLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVcsUUFBUSxNQUFNLFFBQVEsQ0FBQyxDQUFDLElBQUksU0FBUztBQUNoTSxRQUFNLGFBQWEsT0FBTyxRQUFRLE1BQU0sY0FBYyxDQUFDLENBQUM7QUFDeEQsUUFBTSxnQkFBZ0IsV0FBVyxTQUM3QixDQUFDLG9CQUFvQixHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0seUJBQXlCLEtBQUssQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsS0FBSyxHQUFHLG1CQUFtQixJQUNqSSxDQUFDO0FBQ0wsU0FBTyxDQUFDQSxPQUFNLEdBQUcsZUFBZSxHQUFHLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRSxLQUFLLElBQUk7QUFDN0Y7QUFFQSxTQUFTLFdBQVcsVUFBNkI7QUFDL0MsUUFBTUEsUUFBTyx1QkFBdUIsS0FBSyxTQUFTLElBQUksQ0FBQyxnQkFBZ0IsS0FBSyxTQUFTLFNBQVMsQ0FBQyxXQUFXLFFBQVEsU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNySSxRQUFNLFdBQXFCLENBQUM7QUFDNUIsTUFBSSxTQUFTLFNBQVM7QUFDcEIsVUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLElBQUksU0FBUztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssT0FBTyxDQUFDLFdBQVcsS0FBSyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksQ0FBQyxZQUFZO0FBQUEsRUFDeEcsV0FBVyxTQUFTLFlBQVksUUFBVztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssU0FBUyxPQUFPLENBQUMsS0FBSztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxTQUFTLFVBQVcsVUFBUyxLQUFLLHFCQUFxQixLQUFLLFNBQVMsU0FBUyxDQUFDLGVBQWU7QUFDbEcsU0FBTyxTQUFTLFNBQVMsQ0FBQyxHQUFHQSxLQUFJLEtBQUssR0FBRyxVQUFVLGlCQUFpQixFQUFFLEtBQUssSUFBSSxJQUFJLEdBQUdBLEtBQUk7QUFDNUY7QUFFQSxTQUFTLFFBQVEsT0FBdUI7QUFDdEMsU0FBTyxPQUFPLFNBQVMsS0FBSyxJQUFJLE1BQU0sUUFBUSxDQUFDLElBQUk7QUFDckQ7QUFHQSxTQUFTLE1BQU0sT0FBdUI7QUFDcEMsU0FBTyxNQUFNLFFBQVEseURBQXlELEVBQUU7QUFDbEY7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxNQUFNLEtBQUssRUFBRSxRQUFRLE1BQU0sT0FBTyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkY7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxLQUFLLEtBQUssRUFBRSxRQUFRLE1BQU0sUUFBUSxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sTUFBTTtBQUNsSDs7O0FDekZPLElBQU0saUJBQW9ELEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxXQUFXLFVBQVU7QUFHN0csU0FBUyxPQUFPLEtBQXdCO0FBQzdDLFNBQU87QUFBQSxJQUNMLElBQUksSUFBSTtBQUFBLElBQ1IsV0FBVyxnQkFBZ0IsR0FBRztBQUFBLElBQzlCLFVBQVUsSUFBSSxhQUFhLE9BQU8sTUFBTSxZQUFZLEtBQUssSUFBSSxRQUFRO0FBQUEsSUFDckUsU0FBUyxlQUFlLElBQUksT0FBTztBQUFBLElBQ25DLFFBQVEsSUFBSSxlQUFlLE9BQU8sTUFBTSxZQUFZLElBQUksVUFBVTtBQUFBLEVBQ3BFO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQixLQUFrRTtBQUNoRyxRQUFNLEVBQUUsR0FBRyxJQUFJLElBQUk7QUFDbkIsUUFBTSxVQUFVLElBQUksU0FBUyxZQUFZLElBQUksVUFBVSxNQUFNLEdBQUcsSUFBSSxVQUFVLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSSxTQUFTLFdBQVcsV0FBVztBQUNoSSxTQUFPLEdBQUcsT0FBTyxJQUFJLEVBQUUsSUFBSSxZQUFZLEtBQUssSUFBSSxVQUFVLEtBQUssQ0FBQztBQUNsRTtBQUVBLFNBQVMsWUFBWSxLQUFtQyxPQUF1QjtBQUM3RSxTQUFPLElBQUksVUFBVSxTQUFTLE9BQU8sR0FBR0MsT0FBTSxPQUFPLENBQUMsQ0FBQyxRQUFRLFlBQVksS0FBSztBQUNsRjtBQUdPLFNBQVMsWUFBWUMsUUFBdUI7QUFDakQsTUFBSSxDQUFDLE9BQU8sU0FBU0EsTUFBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHRCxPQUFNQyxTQUFRLEtBQUssQ0FBQyxDQUFDO0FBQ2pDO0FBRUEsU0FBU0QsT0FBTSxPQUFlLFVBQTBCO0FBQ3RELFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxNQUFNLFFBQVE7QUFDbkU7QUFHTyxTQUFTLFdBQVcsU0FBaUM7QUFDMUQsU0FBTyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU07QUFDNUQ7QUFHTyxTQUFTLFNBQVMsU0FBNEI7QUFDbkQsUUFBTSxXQUFXLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTSxFQUFFO0FBQ3RFLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLFNBQVMsRUFBRTtBQUN2RSxNQUFJLFdBQVcsV0FBVyxFQUFHLFFBQU8sT0FBTyxRQUFRLEtBQUssTUFBTTtBQUM5RCxTQUFPLEdBQUcsV0FBVyxNQUFNLE9BQU8sUUFBUSxLQUFLLE1BQU0saUJBQWlCLFFBQVEsY0FBYyxNQUFNO0FBQ3BHO0FBR08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxlQUFlLEtBQXdCO0FBQ3JELFFBQU1FLE9BQU0sT0FBTyxHQUFHO0FBQ3RCLFNBQU8sSUFBSSxZQUFZLFlBQ25CLDhDQUE4Q0EsS0FBSSxTQUFTLDhCQUMzRCxZQUFZQSxLQUFJLFFBQVEsYUFBYUEsS0FBSSxTQUFTLHVCQUF1QkEsS0FBSSxNQUFNO0FBQ3pGO0FBTU8sU0FBUyxpQkFBaUIsVUFBc0Q7QUFDckYsUUFBTSxFQUFFLFFBQVEsT0FBTyxRQUFRLFlBQUFDLGFBQVksTUFBTSxRQUFRLElBQUk7QUFDN0QsUUFBTSxTQUFTLEdBQUcsTUFBTSxLQUFLLEtBQUssWUFBWSxNQUFNLEtBQUtBLFdBQVUsUUFBUSxJQUFJLGFBQWEsT0FBTztBQUNuRyxNQUFJLFNBQVMsUUFBUyxRQUFPLEVBQUUsTUFBTSxTQUFTLFNBQVMsT0FBTyxJQUFJLE9BQU87QUFDekUsUUFBTSxNQUFNLFdBQVcsSUFBSSxnQkFBZ0IsS0FBSyxNQUFNO0FBQ3RELFNBQU8sRUFBRSxNQUFNLHVDQUF1QyxHQUFHLEtBQUssT0FBTztBQUN2RTtBQUdPLFNBQVMsY0FBYyxVQUE4QjtBQUMxRCxRQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLFFBQVE7QUFDbEQsU0FBTyxDQUFDLE9BQU8sSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFJLFNBQVMsV0FBVyxDQUFDLFNBQVMsU0FBUyxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUU7QUFDaEc7OztBQzlFTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsU0FBUyxNQUFNO0FBQ3BDLFFBQU0sTUFBTTtBQUFBLElBQ1YsT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLE1BQU0sU0FBUyxPQUFPLENBQUM7QUFBQSxJQUNyRjtBQUFBLElBQ0EsYUFBYSxRQUFRLE9BQU8sY0FBYyxRQUFRLElBQUksT0FBTyxRQUFRLE9BQU8sUUFBUSxnQkFBZ0IsUUFBUSxPQUFPLGdCQUFnQixRQUFRLENBQUMsQ0FBQyxjQUFjLFFBQVEsT0FBTztBQUFBLElBQzFLO0FBQUEsSUFDQSxHQUFJLFFBQVEsYUFBYSxDQUFDLE1BQU0saUJBQWlCLE9BQU8sUUFBUSxVQUFVLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN6RjtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssVUFBVSxJQUFJLEVBQUUsSUFBSSxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUssZUFBZSxHQUFHLENBQUMsS0FBSyxFQUFFO0FBQ2xGLGVBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsWUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixRQUFRO0FBQ2xELFVBQUksS0FBSyxLQUFLLFNBQVMsV0FBVyxJQUFJLElBQUksS0FBSyxTQUFTLFFBQVEsTUFBTSxJQUFJLE1BQU0sTUFBTSxFQUFFO0FBQUEsSUFDMUY7QUFDQSxRQUFJLEtBQUssaUJBQWlCLElBQUksTUFBTSxJQUFJLGdCQUFnQixJQUFJLE1BQU0sS0FBSyxzQkFBc0IsSUFBSSxNQUFNLEtBQUssS0FBSyxFQUFFO0FBQUEsRUFDckg7QUFDQSxNQUFJO0FBQUEsSUFDRix5QkFBeUIsUUFBUSxLQUFLLE1BQU07QUFBQSxJQUM1QztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFFBQVEsS0FBSyxJQUFJLE1BQU0sRUFBRSxJQUFJLENBQUNDLFNBQVEsT0FBT0EsS0FBSSxFQUFFLFFBQVEsS0FBS0EsS0FBSSxTQUFTLENBQUMsTUFBTSxLQUFLQSxLQUFJLFFBQVEsQ0FBQyxNQUFNQSxLQUFJLE9BQU8sTUFBTUEsS0FBSSxNQUFNLElBQUk7QUFBQSxJQUM5STtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxjQUFjLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUcsY0FBYyxRQUFRLE1BQU0sS0FBSyxjQUFjLFFBQVEsTUFBTSxJQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQy9KO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxTQUFTLEtBQUtDLE9BQXNCO0FBQ2xDLFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUs7QUFDbEM7OztBQ3JDTyxTQUFTLGNBQWMsU0FBZ0M7QUFDNUQsU0FBTztBQUFBLElBQ0wsTUFBTSxvQkFBb0IsUUFBUSxRQUFRLElBQUksUUFBUSxNQUFNO0FBQUEsSUFDNUQsV0FBVyxRQUFRLE9BQU87QUFBQSxJQUMxQixNQUFNLFFBQVEsT0FBTztBQUFBLElBQ3JCLFlBQVksRUFBRSxRQUFRLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQy9HLE9BQU8sUUFBUSxLQUFLLElBQUksQ0FBQyxRQUFRO0FBQy9CLFlBQU1DLE9BQU0sT0FBTyxHQUFHO0FBQ3RCLFlBQU0sVUFBVTtBQUFBLFFBQ2QsSUFBSTtBQUFBLFFBQ0osY0FBY0EsS0FBSSxTQUFTO0FBQUEsUUFDM0IsYUFBYUEsS0FBSSxRQUFRO0FBQUEsUUFDekIsWUFBWUEsS0FBSSxPQUFPO0FBQUEsUUFDdkIsc0JBQXNCQSxLQUFJLE1BQU07QUFBQSxRQUNoQyxZQUFZLElBQUksT0FBTztBQUFBLFFBQ3ZCLEdBQUcsSUFBSSxVQUFVLElBQUksQ0FBQyxNQUFNO0FBQzFCLGdCQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLENBQUM7QUFDM0MsaUJBQU8sR0FBRyxJQUFJLEtBQUssTUFBTSxJQUFJLEVBQUUsV0FBVyxLQUFLLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxRQUNsRSxDQUFDO0FBQUEsUUFDRCxTQUFTLElBQUksTUFBTSxJQUFJO0FBQUEsUUFDdkIsV0FBVyxJQUFJLE1BQU0sS0FBSztBQUFBLFFBQzFCLFFBQVEsSUFBSSxNQUFNLEtBQUs7QUFBQSxNQUN6QixFQUFFLEtBQUssSUFBSTtBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU0sSUFBSTtBQUFBLFFBQ1YsV0FBVyxtQkFBbUIsSUFBSSxJQUFJO0FBQUEsUUFDdEMsR0FBSSxJQUFJLFlBQVksU0FBUyxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUyxlQUFlLEdBQUcsR0FBRyxNQUFNLElBQUksU0FBUyxNQUFNLFFBQVEsRUFBRTtBQUFBLFFBQ2hILFdBQVc7QUFBQSxNQUNiO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUM5Qk8sU0FBUyxXQUFXLFdBQW1CLE1BQXNCO0FBQ2xFLFNBQU8sR0FBRyxVQUFVLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJO0FBQ2pEO0FBR08sU0FBUyxZQUFZLFNBQW9CLFdBQTJDO0FBQ3pGLFNBQU87QUFBQSxJQUNMLENBQUMsV0FBVyxXQUFXLGNBQWMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUFBLElBQzVFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksQ0FBQyxjQUFjLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDMUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsZUFBZSxPQUFPO0FBQUEsRUFDOUQ7QUFDRjs7O0FDZEEsSUFBTSxVQUF5QztBQUFBLEVBQzdDLENBQUMsTUFBTSxLQUFLO0FBQUEsRUFDWixDQUFDLGFBQWEsV0FBVztBQUFBLEVBQ3pCLENBQUMsWUFBWSxVQUFVO0FBQUEsRUFDdkIsQ0FBQyxXQUFXLFNBQVM7QUFBQSxFQUNyQixDQUFDLFVBQVUsYUFBYTtBQUMxQjtBQU1PLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxLQUFLLElBQUksTUFBTTtBQUNwQyxRQUFNLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxLQUFLLElBQUksTUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLENBQUNDLFNBQVFBLEtBQUksR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzFHLFFBQU0sT0FBTyxDQUFDLFVBQW9CLEtBQUssTUFBTSxJQUFJLENBQUNDLE9BQU0sTUFBTUEsTUFBSyxPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFDM0csUUFBTSxNQUFNO0FBQUEsSUFDVixhQUFhLFFBQVEsTUFBTSxNQUFNLFNBQVMsT0FBTyxDQUFDLGFBQWEsUUFBUSxPQUFPLFVBQVUsUUFBUSxJQUFJO0FBQUEsSUFDcEc7QUFBQSxJQUNBLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN0QyxHQUFHLEtBQUssSUFBSSxDQUFDRCxTQUFRLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLE1BQU1BLEtBQUksR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzdEO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLE9BQU8sSUFBSSxFQUFFLEtBQUssSUFBSSxXQUFXLElBQUksT0FBTyxlQUFlLEdBQUcsQ0FBQyxFQUFFO0FBQzlFLGVBQVcsWUFBWSxJQUFJLFVBQVcsS0FBSSxLQUFLLEdBQUcsY0FBYyxRQUFRLENBQUM7QUFDekUsUUFBSSxLQUFLLGVBQWUsSUFBSSxNQUFNLElBQUksSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLElBQUksZUFBZSxJQUFJLE1BQU0sS0FBSyxFQUFFO0FBQUEsRUFDOUc7QUFDQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0EsZ0JBQWdCLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUc7QUFBQSxJQUM1RCxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQyxnQkFBZ0IsUUFBUSxNQUFNLElBQUk7QUFBQSxJQUNsQyxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsV0FBWSxLQUFJLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxPQUFPLFFBQVEsVUFBVSxJQUFJLEVBQUU7QUFDM0YsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0Qjs7O0FDL0JPLFNBQVMsa0JBQWtCLE1BQTZCO0FBQzdELFFBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUNuRixRQUFNLFNBQVMsS0FBSyxRQUFRLFFBQVE7QUFDcEMsUUFBTSxNQUFNLENBQUMsSUFBSSxxQkFBcUIsRUFBRTtBQUN4QyxNQUFJLFFBQVE7QUFDVixVQUFNLFNBQVMsT0FBTyxVQUFVLE1BQU0sT0FBTyxTQUFTO0FBQ3RELFFBQUk7QUFBQSxNQUNGLElBQUksZ0JBQWdCLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDOUIsSUFBSSxvQkFBb0IsR0FBR0UsU0FBUSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksT0FBTyxVQUFVLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM1RixJQUFJLGlCQUFpQixHQUFHQSxTQUFRLEtBQUssT0FBTyxRQUFRLEVBQUUsQ0FBQyxJQUFJLE9BQU8sU0FBUyxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDOUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxZQUFZO0FBQ3pDLFVBQU0sYUFBYSxRQUFRLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxTQUFTLFlBQVksUUFBUSxJQUFJLENBQUM7QUFDaEYsUUFBSSxXQUFXLFdBQVcsRUFBRztBQUM3QixRQUFJLEtBQUssT0FBTyxLQUFLLElBQUksR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxhQUFhLE1BQU0sQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3JHO0FBQ0EsTUFBSSxLQUFLLGtCQUFrQixLQUFLLE1BQU0sb0JBQW9CLEtBQU0sUUFBUSxDQUFDLENBQUMsS0FBSyxFQUFFO0FBQ2pGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxJQUFNLHFCQUFxQixDQUFDLHNCQUFzQixjQUFjLE9BQU8sV0FBVyxvQkFBb0I7QUFDdEcsSUFBTSxtQkFBbUIsQ0FBQyxpQkFBaUIsV0FBVztBQUV0RCxJQUFNLGFBQXlEO0FBQUEsRUFDN0QsQ0FBQyxRQUFRLENBQUMsU0FBUyxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQUEsRUFDM0MsQ0FBQyxhQUFhLENBQUMsU0FBUyxtQkFBbUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUN6RCxDQUFDLFdBQVcsQ0FBQyxTQUFTLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3JELENBQUMsVUFBVSxDQUFDLFNBQVMsQ0FBQyxLQUFLLFdBQVcsT0FBTyxLQUFLLENBQUMsbUJBQW1CLFNBQVMsSUFBSSxLQUFLLENBQUMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQzFIO0FBRUEsU0FBUyxJQUFJLE1BQWMsT0FBdUI7QUFDaEQsU0FBTyxPQUFPLEdBQUcsSUFBSSxHQUFHLE9BQU8sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLO0FBQ25EO0FBRUEsU0FBUyxhQUFhLFFBQWlDO0FBQ3JELFFBQU0sSUFBSSxPQUFPO0FBQ2pCLFVBQVEsT0FBTyxNQUFNO0FBQUEsSUFDbkIsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3pGLEtBQUssUUFBUTtBQUNYLFlBQU0sU0FBUyxFQUFFLFVBQVUsTUFBTSxFQUFFLFNBQVM7QUFDNUMsYUFBTyxHQUFHQSxTQUFRLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxXQUFXLEtBQUs7QUFBQSxJQUNqRTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN2SSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLE9BQU8sRUFDMUQsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBUyxFQUN0QyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsRUFDM0QsS0FBSyxHQUFHO0FBQUEsRUFDZjtBQUNGO0FBRUEsU0FBUyxPQUFPLE9BQWUsVUFBMEI7QUFDdkQsTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDLE1BQU0sU0FBUyxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUMsT0FBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUM7QUFDbEksTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDcEksU0FBTyxLQUFLLEtBQUs7QUFDbkI7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQzdDO0FBRUEsU0FBU0EsU0FBUUMsUUFBdUI7QUFDdEMsU0FBTyxJQUFJQSxTQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDcEM7OztBQ2xETyxTQUFTLGFBQWEsTUFBcUIsT0FBc0Q7QUFDdEcsUUFBTSxFQUFFLFFBQUFDLFNBQVEsSUFBSSxJQUFJO0FBQ3hCLFFBQU0sVUFBVSxhQUFhLEVBQUUsUUFBUUEsUUFBTyxRQUFRLGNBQWNBLFFBQU8sY0FBYyxRQUFRQSxRQUFPLFFBQVEsU0FBUyxNQUFNLFNBQVMsSUFBSSxDQUFDO0FBQzdJLFFBQU0sVUFBVSxnQkFBZ0IsTUFBTSxTQUFTLEVBQUUsUUFBUUEsUUFBTyxRQUFRLFVBQVVBLFFBQU8sVUFBVSxTQUFTQSxRQUFPLFNBQVMsS0FBSyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQ2pKLFNBQU8sRUFBRSxHQUFHLFNBQVMsWUFBWSxNQUFNLGNBQWMsS0FBSztBQUM1RDtBQU1PLFNBQVMsaUJBQWlCLE1BQXFCLE9BQStDO0FBQ25HLFFBQU0sVUFBVSxhQUFhLE1BQU0sS0FBSztBQUN4QyxRQUFNLFFBQVEsTUFBTSxhQUNoQiw4REFBOEQsTUFBTSxPQUFPLFNBQVM7QUFBQSxJQUNwRixlQUFlLE9BQU87QUFDMUIsU0FBTyxFQUFFLFFBQVEsR0FBRyxrQkFBa0IsSUFBSSxDQUFDO0FBQUEsRUFBSyxLQUFLLElBQUksR0FBRyxZQUFZLFNBQVMsTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUMzRzs7O0FDckNBLElBQU0sVUFBVSxDQUFDLEtBQUssS0FBSyxNQUFNO0FBUTFCLFNBQVMsZUFBZSxLQUF5QjtBQUN0RCxRQUFNLEtBQUssUUFBUSxTQUFTLElBQUksa0JBQWtCLEtBQUssRUFBRSxZQUFZLEtBQUssRUFBRTtBQUM1RSxRQUFNLFFBQVEsSUFBSSx5QkFBeUIsS0FBSyxLQUFLLElBQUkseUJBQXlCLEtBQUssTUFBTTtBQUM3RixTQUFPLE1BQU0sU0FBUyxLQUFLLE9BQU87QUFDcEM7OztBQ1BPLFNBQVMsY0FBYyxNQUF3RTtBQUdwRyxNQUFJLEtBQUssZUFBZSxVQUFhLEtBQUssUUFBUSxlQUFlLE9BQVcsUUFBTyxDQUFDO0FBQ3BGLFFBQU0sT0FBTyxXQUFXO0FBQ3hCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLHFGQUFxRjtBQUdoSCxRQUFNQyxVQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsUUFBUSxhQUFhLEtBQUssTUFBTSxFQUFFO0FBQ25FLFNBQU8saUJBQWlCLE1BQU07QUFBQSxJQUM1QixRQUFBQTtBQUFBLElBQ0EsS0FBSyxLQUFLO0FBQUEsSUFDVixTQUFTLEtBQUs7QUFBQSxJQUNkLEtBQUssb0JBQUksS0FBSztBQUFBLElBQ2QsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxZQUFZLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxFQUN4QyxDQUFDO0FBQ0g7OztBQ1hBLElBQU0sU0FBUyxXQUFXLFFBQVE7QUFHM0IsSUFBTSxVQUFtQjtBQUFBLEVBQzlCLEdBQUcsWUFBWSxNQUFNO0FBQUEsRUFDckIsV0FBVyxFQUFFLFFBQVEsYUFBYSxVQUFVLEVBQUU7QUFBQSxFQUM5QyxHQUFHLFdBQVcsUUFBUSxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBQzFDO0FBRUEsSUFBTSxVQUFVLGFBQWEsUUFBUSxhQUFhLFVBQVUsQ0FBQztBQUd0RCxTQUFTLFFBQWU7QUFDN0IsU0FBTyxTQUFTLE1BQU07QUFDeEI7QUFHZSxTQUFSLGVBQWtCLEtBQWtCO0FBQ3pDLFVBQVEsTUFBTSxHQUFHO0FBQ25CO0FBR08sU0FBUyxTQUFTLEtBQWtCO0FBQ3pDLFVBQVEsTUFBTSxHQUFHO0FBQ25COyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgIm1zIiwgInJhbmRvbSIsICJjb25maWciLCAiZXhlYyIsICJsYXRlbmN5T2JqZWN0aXZlc01zIiwgIm1zIiwgIm9wZW4iLCAicmFuZG9tIiwgImxldmVsIiwgIm1zIiwgInNoYXJlIiwgInRhZ3MiLCAiYWRkIiwgImNvbmZpZyIsICJleGVjIiwgInJhbmRvbSIsICJyb3ciLCAiZXhlYyIsICJjb3VudCIsICJleGVjIiwgImp1ZGdlZCIsICJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJleGVjIiwgImNvbmZpZyIsICJ0YWdzIiwgInJvdyIsICJjb25maWciLCAicm93IiwgImFuc3dlciIsICJleGVjIiwgInRleHQiLCAib3B0aW9ucyIsICJodHRwIiwgImNvbmZpZyIsICJodHRwIiwgImNvbmZpZyIsICJleGVjIiwgImNvbmZpZyIsICJyYXRlIiwgInJhdGUiLCAiYWxsb3dlZCIsICJ0ZXh0IiwgInRhZ3MiLCAiZHVyYXRpb24iLCAib3BlbiIsICJyb3VuZCIsICJzaGFyZSIsICJyb3ciLCAiZHVyYXRpb25NcyIsICJyb3ciLCAidGV4dCIsICJyb3ciLCAicm93IiwgImNlbGwiLCAicGVyY2VudCIsICJzaGFyZSIsICJjb25maWciLCAiY29uZmlnIl0KfQo=
