// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// scenarios/breakpoint.ts
import exec7 from "k6/execution";

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

// thresholds/bad-events.ts
import { Counter } from "k6/metrics";

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
function power(n, p, breachAt) {
  return upperTail(n, p, breachAt);
}
function solveIncreasing(f, target) {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (f(mid) < target) low = mid;
    else high = mid;
  }
  return high;
}
function smallestDetectable(n, breachAt, probability) {
  if (breachAt > n) return null;
  if (breachAt <= 0) return 0;
  return solveIncreasing((p) => power(n, p, breachAt), probability);
}
function clopperPearson(k, n, confidence) {
  if (n <= 0) return [0, 1];
  const tail = (1 - confidence) / 2;
  const low = k === 0 ? 0 : solveIncreasing((p) => upperTail(n, p, k), tail);
  const high = k === n ? 1 : solveIncreasing((p) => 1 - lowerTail(n, p, k), 1 - tail);
  return [low, high];
}

// thresholds/sample.ts
function sampleCap(bound, failureShare, alpha) {
  if (bound.trials === 0) return bound.fixed;
  const share3 = bound.share === "retries" ? failureShare : bound.share;
  return bound.fixed + upperQuantile(bound.trials, share3, alpha);
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
  const failureShare = (group) => slos.find((slo2) => slo2.kind === "availability" && slo2.group === group)?.allowedShare ?? 0;
  const remember = memo();
  return slos.map((slo2) => {
    const bound = slo2.kind === "checks" ? sample.checks : sample.requests[slo2.tags.method];
    const sizeAlpha = isRandom(bound) ? alpha * SIZE_ALPHA_SHARE : 0;
    const share3 = failureShare(slo2.group);
    const plannedSample = remember(`cap ${JSON.stringify(bound)} ${share3}`, () => sampleCap(bound, share3, sizeAlpha));
    const breachAt = remember(`K ${plannedSample} ${slo2.allowedShare} ${sizeAlpha}`, () => criticalCount(plannedSample, slo2.allowedShare, alpha - sizeAlpha));
    return { ...slo2, gate: { plannedSample, breachAt, alpha, sizeAlpha } };
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
function sloTemplates(slo2) {
  const requestFailure = (method) => failureBudget(slo2.profile, method, slo2.availability);
  const designed = (method) => slo2.profile === "default" && method === "POST" ? " (the server fails about 10% of POSTs by design)" : "";
  const latency = (stat, ms2) => ({
    kind: "latency",
    idPrefix: `latency-${stat.replace(/[()]/g, "")}`,
    metric: "http_req_duration",
    stat,
    guard: "http_reqs",
    allowedShare: () => round(1 - Number(stat.slice(2, -1)) / 100),
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
      allowedShare: requestFailure,
      objective: (method) => ({ op: "<", value: requestFailure(method), unit: "ratio" }),
      description: (group, method) => `${percent(1 - requestFailure(method))} of ${group} requests succeed${designed(method)}`
    },
    latency("p(95)", slo2.p95Ms),
    latency("p(99)", slo2.p99Ms),
    {
      // Checks judge what a body says; a POST's or DELETE's outcome is its status, which
      // availability already judges, so one fault breaches one SLO, not two.
      kind: "checks",
      methods: ["GET"],
      idPrefix: "checks",
      metric: "checks",
      stat: "rate",
      guard: CHECKS_COUNTER,
      allowedShare: () => round(1 - slo2.checks),
      objective: () => ({ op: ">", value: round(slo2.checks), unit: "ratio" }),
      description: (group) => `${percent(slo2.checks)} of the checks on ${group} responses pass`
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

// thresholds/bad-events.ts
var badEvents = new Counter(BAD_EVENTS_COUNTER);
var p95Ms = Number.POSITIVE_INFINITY;
var p99Ms = Number.POSITIVE_INFINITY;
function setLatencyObjectives(objectives) {
  p95Ms = objectives.p95Ms;
  p99Ms = objectives.p99Ms;
}
function countRequest(beast, method, failed, durationMs2) {
  if (failed) badEvents.add(1, { beast, method, sli: "availability" });
  if (durationMs2 >= p95Ms) badEvents.add(1, { beast, method, sli: "latency-p95" });
  if (durationMs2 >= p99Ms) badEvents.add(1, { beast, method, sli: "latency-p99" });
}
function countFailedCheck(tags2) {
  badEvents.add(1, { beast: tags2.beast, method: tags2.method, sli: "checks" });
}

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

// thresholds/compile.ts
function submetricKey(metric, tags2) {
  const filter = Object.entries(tags2).map(([key, value]) => `${key}:${value}`);
  return filter.length ? `${metric}{${filter.join(",")}}` : metric;
}
function badEventsKey(slo2) {
  return submetricKey(BAD_EVENTS_COUNTER, slo2.badTags);
}
function verdictExpression(slo2) {
  if (!slo2.gate) throw new Error("an SLO judged by k6 needs the planned sample of its group");
  return `count<${slo2.gate.breachAt}`;
}
var GUARD_EXPRESSION = "count>0";
function scenarioTags(scenario) {
  return { scenario };
}
function compileThresholds(catalog, input) {
  const thresholds = {};
  const add2 = (key, threshold) => {
    const list = thresholds[key] ?? (thresholds[key] = []);
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  const judged = (expression) => input.mode === "report" ? "count>=0" : input.mode === "gate" ? { threshold: expression, abortOnFail: true } : expression;
  for (const slo2 of catalog) {
    add2(badEventsKey(slo2), judged(verdictExpression(slo2)));
    add2(submetricKey(slo2.metric, slo2.tags), `${slo2.stat}>=0`);
    add2(submetricKey(slo2.guard, slo2.tags), input.mode === "report" ? "count>=0" : GUARD_EXPRESSION);
  }
  const run = scenarioTags(input.scenario);
  add2(submetricKey("http_reqs", run), "count>=0");
  add2(submetricKey("http_req_failed", run), "rate>=0");
  add2(submetricKey("http_req_duration", run), "p(95)>=0");
  add2(submetricKey("http_req_duration", run), "p(99)>=0");
  if (input.maxDroppedIterations !== void 0) add2(DROPPED_ITERATIONS, judged(droppedExpression(input.maxDroppedIterations)));
  return thresholds;
}
var DROPPED_ITERATIONS = "dropped_iterations";
function droppedExpression(maxDropped) {
  return `count<=${maxDropped}`;
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// thresholds/setup.ts
function sloSetup(config2, settings, plan2) {
  return buildCatalog({
    testid: config2.testid,
    endpointType: config2.endpointType,
    beasts: config2.beasts,
    methods: plan2.methods,
    slo: settings,
    sample: plan2.sample
  });
}
function maxDroppedIterations(plan2, settings) {
  return plan2.plannedIterations === void 0 ? void 0 : Math.floor(settings.maxDropped * plan2.plannedIterations);
}

// thresholds/settings.ts
var SLO_PROFILES = ["default", "always-succeed"];
var SLO_MODES = ["gate", "soak", "report"];
var DEFAULT_P95_MS = 300;
var DEFAULT_P99_MS = 1e3;
var DEFAULT_AVAILABILITY = 0.99;
var DEFAULT_FALSE_ALARM = 0.01;
var DEFAULT_MAX_DROPPED = 0.01;
var ratio = validator("a ratio between 0 and 1 such as 0.99", (raw) => {
  if (!/^0?\.\d{1,6}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value > 0 && value < 1 ? value : void 0;
});
var share = validator(
  "a number from 0 to 1 such as 0.01",
  (raw) => /^(0|1|0?\.\d{1,6})$/.test(raw) ? Number(raw) : void 0
);
var falseAlarm = validator("a probability above 0 and at most 0.5 such as 0.01", (raw) => {
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
var datasourceUid = matching(/^[A-Za-z0-9_-]{1,40}$/, "a datasource uid of letters, digits, - and _");
function parseSloSettings(env, defaultMode) {
  const p95Ms2 = setting(env, "SLO_P95_MS", positiveInteger, DEFAULT_P95_MS);
  return {
    profile: setting(env, "SLO_PROFILE", oneOf(SLO_PROFILES), "default"),
    mode: setting(env, "SLO_MODE", oneOf(SLO_MODES), defaultMode),
    p95Ms: p95Ms2,
    p99Ms: setting(env, "SLO_P99_MS", atLeast(p95Ms2, "SLO_P95_MS"), Math.max(DEFAULT_P99_MS, p95Ms2)),
    availability: setting(env, "SLO_AVAILABILITY", ratio, DEFAULT_AVAILABILITY),
    checks: setting(env, "SLO_CHECKS", ratio, DEFAULT_AVAILABILITY),
    falseAlarm: setting(env, "SLO_FALSE_ALARM", falseAlarm, DEFAULT_FALSE_ALARM),
    maxDropped: setting(env, "SLO_MAX_DROPPED", share, DEFAULT_MAX_DROPPED),
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
  const { mode, ...plan2 } = defaults;
  const settings = readSettings((env) => parseSloSettings(env, mode));
  active = { config: config2, settings, plan: plan2 };
  setLatencyObjectives(settings);
  const catalog = sloSetup(config2, settings, plan2);
  const latencyMs = catalog.filter((slo2) => slo2.kind === "latency").map((slo2) => slo2.objective.value);
  setExemplarPlan(latencyMs, () => exec2.instance.vusInitialized, __ENV.REPORT_FINALIZE === "run-tool" ? "info" : "debug");
  const thresholds = compileThresholds(catalog, {
    mode: settings.mode,
    scenario: config2.scenario,
    maxDroppedIterations: maxDroppedIterations(plan2, settings)
  });
  return { thresholds, summaryTrendStats: SUMMARY_TREND_STATS };
}
function activeSlos() {
  return active;
}

// lib/request-timeout.ts
var TIMEOUT_P99_MULTIPLE = 5;
var MIN_TIMEOUT_MS = 2e3;
var MAX_TIMEOUT_MS = 6e4;
function requestTimeoutMs(p99Ms2) {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, TIMEOUT_P99_MULTIPLE * p99Ms2));
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
    const judged = this.purpose === "journey";
    const tags2 = judged ? { name: route, beast } : { name: route, op: "sweep" };
    const body = name === void 0 ? null : JSON.stringify({ name });
    const agent = this.agent();
    return traced(this.run.testid, judged ? method : void 0, (trace) => {
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
      if (!judged) return { response, outcome: void 0 };
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
      countRequest(beast, method, failed, timings.duration);
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
var share2 = validator("a number from 0 to 1, such as 0.6", (raw) => {
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
    readShare: setting(env, "MIX_READ", share2, 0.6),
    maxPending: setting(env, "MIX_MAX_PENDING", upTo(100), 5)
  };
}
function chooseVisit(u, pending, mix2) {
  if (u < mix2.readShare) return "read";
  if (pending === 0) return "create";
  if (pending >= mix2.maxPending) return "delete";
  return u < mix2.readShare + (1 - mix2.readShare) / 2 ? "create" : "delete";
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
import { Counter as Counter2 } from "k6/metrics";
var checksCounter = new Counter2(CHECKS_COUNTER);
function checked(value, sets, tags2) {
  let all = true;
  for (const [name, condition] of Object.entries(sets)) {
    const passed = check(value, { [name]: condition }, tags2);
    checksCounter.add(1, { ...tags2, passed: String(passed) });
    if (!passed) countFailedCheck(tags2);
    all = all && passed;
  }
  return all;
}

// lib/journeys/check-list.ts
function checkList(list, beast, sets) {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const conditions = Object.fromEntries(
    Object.entries(sets).map(([name, condition]) => [name, (answer2) => answer2.names !== void 0 && condition(answer2.names)])
  );
  if (!checked(list, conditions, { beast, method: "GET" }) && list.outcome) recordExemplar({ ...list.outcome, checkFailed: true });
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
function mixedTraffic(config2, mix2) {
  const pending = [];
  let client;
  return {
    visit(data) {
      const run = setupRun(data);
      client ?? (client = new MythicalClient(config2.baseUrl, run));
      const visit = chooseVisit(Math.random(), pending.length, mix2);
      if (visit === "delete") {
        const row2 = pending.shift();
        client.remove(row2.beast, row2.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config2.beasts);
      if (visit === "read") {
        checkList(client.list(beast), beast, { "GET answered a list of names": () => true });
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
    maxErrorRate: setting(env, "BREAK_ERROR_RATE", share2, 0.05)
  };
}
function stepAt(plan2, elapsedSeconds) {
  if (elapsedSeconds < plan2.holdSeconds) return 0;
  const step = 1 + Math.floor((elapsedSeconds - plan2.holdSeconds) / (plan2.rampSeconds + plan2.holdSeconds));
  return Math.min(step, plan2.stepRates.length - 1);
}
function stepMetric(metric, step) {
  return `${metric}{step:${step}}`;
}
function stepThresholds(plan2) {
  const thresholds = {};
  plan2.stepRates.forEach((_, step) => {
    thresholds[stepMetric("http_req_duration", step)] = [{ threshold: `p(95)<${plan2.p95Ms}`, abortOnFail: true }];
    thresholds[stepMetric("http_req_failed", step)] = [{ threshold: `rate<${plan2.maxErrorRate}`, abortOnFail: true }];
    thresholds[stepMetric("http_reqs", step)] = ["count>=0"];
  });
  return thresholds;
}
function stepResults(plan2, metrics) {
  return plan2.stepRates.map((_, step) => {
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
function judgeSteps(plan2, steps) {
  const rps = (step) => perSecond({ rate: plan2.stepRates[step], timeUnit: plan2.timeUnit });
  const ran = steps.filter((s) => s.requests > 0);
  for (const s of ran) {
    const slow = s.p95Ms !== null && s.p95Ms >= plan2.p95Ms;
    const failing = s.errorRate !== null && s.errorRate >= plan2.maxErrorRate;
    if (slow || failing) {
      const reason = slow ? `p95 ${s.p95Ms.toFixed(1)} ms ≥ ${plan2.p95Ms} ms` : `error rate ${(s.errorRate * 100).toFixed(2)}% ≥ ${(plan2.maxErrorRate * 100).toFixed(2)}%`;
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

// lib/plans/sample.ts
function mixSample(executor, mix2, beasts) {
  const iterations = plannedIterationCount(executor);
  const reads = { fixed: 0, trials: iterations, share: mix2.readShare / beasts };
  const writes = { fixed: 0, trials: iterations, share: (1 - mix2.readShare) / beasts };
  return { requests: { GET: reads, POST: writes, DELETE: writes }, checks: reads };
}
function plannedIterationCount(executor) {
  return Math.ceil(plannedIterations(executor) - 1e-9);
}
function arrivalSloPlan(executor, mix2, beasts) {
  return { sample: mixSample(executor, mix2, beasts), plannedIterations: plannedIterationCount(executor) };
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
var INTERVAL_CONFIDENCE = 0.95;
var DETECTION_POWER = 0.99;
function evaluateSummary(data, catalog, run) {
  const end = run.end.toISOString();
  const start = new Date(run.end.getTime() - data.state.testRunDurationMs).toISOString();
  const range = paddedWindow(start, end);
  const slos = catalog.map((slo2) => judgeSlo(data, slo2, run.slo.grafana, range));
  if (run.delivery) slos.push(judgeDelivery(data, run, range));
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
      // k6's own count, as its summary and HTML report show it: setup's probe and the teardown sweep included.
      requests: metric("http_reqs").count ?? 0,
      iterations: metric("iterations").count ?? 0,
      durationSeconds: data.state.testRunDurationMs / 1e3,
      checksPassed: metric("checks").passes ?? 0,
      checksFailed: metric("checks").fails ?? 0
    },
    slis: collectSlis(data, catalog, run.scenario),
    slos,
    links: runLinks(run.slo.grafana, run.testid, range),
    passed: slos.every((slo2) => slo2.verdict === "pass")
  };
}
function judgeSlo(data, slo2, grafana, range) {
  const metric = data.metrics[submetricKey(slo2.metric, slo2.tags)];
  const counter = data.metrics[badEventsKey(slo2)];
  const threshold = verdictExpression(slo2);
  const samples = data.metrics[submetricKey(slo2.guard, slo2.tags)]?.values.count ?? 0;
  const bad = counter?.values.count ?? 0;
  const observed = samples > 0 ? metric?.values[slo2.stat] ?? null : null;
  const breachAt = slo2.gate?.breachAt ?? 1;
  const verdict = judge(samples, bad < breachAt, counter?.thresholds?.[threshold]?.ok);
  return {
    id: slo2.id,
    description: slo2.description,
    kind: slo2.kind,
    metric: badEventsKey(slo2),
    threshold,
    stat: slo2.stat,
    objective: slo2.objective,
    observed,
    samples,
    verdict,
    budgetUsed: samples > 0 ? bad / samples / slo2.allowedShare : null,
    test: exactTest(slo2, bad, samples),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, "tempo", slo2.queries.traceql, range),
      loki: exploreUrl(grafana, "loki", slo2.queries.logql, range),
      mimir: exploreUrl(grafana, "mimir", slo2.queries.promql, range)
    },
    queries: slo2.queries
  };
}
function exactTest(slo2, bad, samples) {
  const gate = slo2.gate ?? { plannedSample: samples, breachAt: 1, alpha: 0 };
  return {
    bad,
    allowedShare: slo2.allowedShare,
    plannedSample: gate.plannedSample,
    breachAt: gate.breachAt,
    alpha: gate.alpha,
    pValue: samples > 0 ? upperTail(samples, slo2.allowedShare, bad) : null,
    interval: samples > 0 ? clopperPearson(bad, samples, INTERVAL_CONFIDENCE) : null,
    detectable: smallestDetectable(samples, gate.breachAt, DETECTION_POWER)
  };
}
function judgeDelivery(data, run, range) {
  const { plannedIterations: plannedIterations2, maxDropped } = run.delivery;
  const counter = data.metrics[DROPPED_ITERATIONS];
  const dropped = counter?.values.count ?? 0;
  const threshold = droppedExpression(maxDropped);
  const allowed = run.slo.maxDropped;
  const observed = plannedIterations2 > 0 ? dropped / plannedIterations2 : 0;
  const promql = `sum(k6_dropped_iterations_total{testid="${run.testid}"}) or vector(0)`;
  const verdict = judge(plannedIterations2, dropped <= maxDropped, counter?.thresholds?.[threshold]?.ok);
  return {
    id: "delivered-load",
    description: `the load generator starts at least ${round2(100 * (1 - allowed))}% of the ${plannedIterations2} planned iterations`,
    kind: "delivery",
    metric: DROPPED_ITERATIONS,
    threshold,
    stat: "dropped",
    objective: { op: "<=", value: allowed, unit: "ratio" },
    observed,
    samples: plannedIterations2,
    verdict,
    budgetUsed: allowed > 0 ? observed / allowed : dropped > 0 ? Infinity : 0,
    test: null,
    exemplars: [],
    links: { ...runLinks(run.slo.grafana, run.testid, range), mimir: exploreUrl(run.slo.grafana, "mimir", promql, range) },
    queries: { promql, promqlTrendStats: promql, traceql: "", logql: "" }
  };
}
function judge(samples, holds, k6Ok) {
  if (samples === 0) return "no-data";
  if (k6Ok !== void 0) return k6Ok ? "pass" : "fail";
  return holds ? "pass" : "fail";
}
function round2(value) {
  return Math.round(value * 1e6) / 1e6;
}
function collectSlis(data, catalog, scenario) {
  var _a;
  const slis = { all: sli(data, scenarioTags(scenario)) };
  for (const slo2 of catalog) slis[_a = slo2.group] ?? (slis[_a] = sli(data, slo2.tags));
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
  const open2 = `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="${seconds2(suite.time ?? 0)}"${timestamp}>`;
  const properties = Object.entries(suite.properties ?? {});
  const propertyLines = properties.length ? ["    <properties>", ...properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), "    </properties>"] : [];
  return [open2, ...propertyLines, ...suite.cases.map(renderCase), "  </testsuite>"].join("\n");
}
function renderCase(testCase) {
  const open2 = `    <testcase name="${attr(testCase.name)}" classname="${attr(testCase.classname)}" time="${seconds2(testCase.time ?? 0)}"`;
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
function sloRow(slo2) {
  const test = slo2.test;
  const dropped = Math.round((slo2.observed ?? 0) * slo2.samples);
  return {
    id: slo2.id,
    objective: formatObjective(slo2),
    bad: test ? `${test.bad}/${slo2.samples}` : `${dropped}/${slo2.samples}`,
    share: test?.interval ? `${formatShare(test.bad / slo2.samples)} (${formatShare(test.interval[0])}–${formatShare(test.interval[1])})` : "—",
    breachAt: test ? `≥ ${test.breachAt} of ≤ ${test.plannedSample}` : `> ${slo2.threshold.slice("count<=".length)} of ${slo2.samples}`,
    detects: !test ? "—" : test.detectable === null ? "nothing" : `≥ ${formatShare(test.detectable)}`,
    observed: slo2.observed === null ? "—" : formatValue(slo2, slo2.observed),
    verdict: VERDICT_LABELS[slo2.verdict],
    budget: slo2.budgetUsed === null ? "—" : formatShare(slo2.budgetUsed)
  };
}
var SUBJECTS = { availability: "failed", checks: "passed", latency: "", delivery: "dropped" };
function formatObjective(slo2) {
  const subject = slo2.kind === "latency" ? slo2.stat : SUBJECTS[slo2.kind];
  return `${subject} ${slo2.objective.op} ${formatValue(slo2, slo2.objective.value)}`;
}
function formatValue(slo2, value) {
  return slo2.objective.unit === "ms" ? `${round3(value, 1)} ms` : formatShare(value);
}
function formatShare(share3) {
  if (!Number.isFinite(share3)) return "∞";
  return `${round3(share3 * 100, 2)}%`;
}
function round3(value, decimals) {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals);
}
function failedSlos(summary) {
  return summary.slos.filter((slo2) => slo2.verdict !== "pass");
}
function headline(summary) {
  const breached = summary.slos.filter((slo2) => slo2.verdict === "fail").length;
  const noData = summary.slos.filter((slo2) => slo2.verdict === "no-data").length;
  if (breached + noData === 0) return `all ${summary.slos.length} SLOs passed`;
  return `${breached + noData} of ${summary.slos.length} SLOs failed (${breached} breached, ${noData} without data)`;
}
var HTML_REPORT_TITLE = "k6's HTML report (web dashboard: request rate, latency, errors and VUs over time)";
function failureMessage(slo2) {
  const row2 = sloRow(slo2);
  if (slo2.verdict === "no-data") return `no request of this group was measured, so "${row2.objective}" cannot be shown to hold`;
  if (!slo2.test) return `dropped ${row2.bad} planned iterations (${row2.observed}), more than ${row2.objective}: the load was not delivered`;
  const p = slo2.test.pValue === null ? "" : `, p = ${formatProbability(slo2.test.pValue)}`;
  return `${row2.bad} bad (${row2.share}) reached the breach count ${slo2.test.breachAt}: too many for ${row2.objective} (${BAD_EVENTS[slo2.kind]}${p}; observed ${row2.observed})`;
}
var BAD_EVENTS = {
  availability: "failed requests",
  latency: "requests at or over the objective",
  checks: "failed checks",
  delivery: "dropped iterations"
};
function formatProbability(p) {
  return p >= 1e-3 ? String(Math.round(p * 1e3) / 1e3) : p.toExponential(1);
}
function sampleNotes(summary) {
  const notes = [];
  const judged = summary.slos.filter((slo2) => slo2.test && slo2.verdict !== "no-data");
  const blind = judged.filter((slo2) => slo2.test?.detectable === null);
  if (blind.length) {
    notes.push(`${blind.length} SLO(s) could not breach with the sample they got (fewer events than the breach count), so their PASS proves nothing: ${blind.map((slo2) => slo2.id).join(", ")}`);
  }
  const over = judged.filter((slo2) => slo2.test && slo2.samples > slo2.test.plannedSample);
  if (over.length) {
    notes.push(`${over.length} SLO(s) got more events than planned, so their false-alarm bound no longer holds: ${over.map((slo2) => `${slo2.id} (${slo2.samples} > ${slo2.test?.plannedSample})`).join(", ")}`);
  }
  return notes;
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
  for (const slo2 of failedSlos(summary)) {
    out.push(`#### ❌ ${slo2.id}`, "", `${slo2.description}: ${failureMessage(slo2)}.`, "");
    for (const exemplar of slo2.exemplars) {
      const { head, detail } = describeExemplar(exemplar);
      out.push(`- ${exemplar.traceUrl ? `[${head}](${exemplar.traceUrl})` : head} — ${detail}`);
    }
    out.push(`- [log lines](${slo2.links.loki}) · [traces](${slo2.links.tempo}) · [SLI in Mimir](${slo2.links.mimir})`, "");
  }
  out.push(
    `<details><summary>All ${summary.slos.length} SLOs</summary>`,
    "",
    "| SLO | Objective | Bad/sample | Bad share (95% CI) | Breach at | Detects | Observed | Verdict |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...summary.slos.map(sloRow).map((row2) => `| \`${row2.id}\` | ${cell(row2.objective)} | ${row2.bad} | ${row2.share} | ${row2.breachAt} | ${row2.detects} | ${cell(row2.observed)} | ${row2.verdict} |`),
    ...sampleNotes(summary).flatMap((note) => ["", `⚠ ${note}`]),
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
    cases: summary.slos.map((slo2) => {
      const row2 = sloRow(slo2);
      const details = [
        slo2.description,
        `objective: ${row2.objective}`,
        `bad events: ${row2.bad}, share ${row2.share}`,
        `breach at: ${row2.breachAt}`,
        `detects: ${row2.detects}`,
        `observed: ${row2.observed}`,
        `verdict: ${row2.verdict}`,
        `error budget used: ${row2.budget}`,
        `samples: ${slo2.samples}`,
        ...slo2.exemplars.map((e) => {
          const { head, detail } = describeExemplar(e);
          return `${head} (${detail})${e.traceUrl ? `: ${e.traceUrl}` : ""}`;
        }),
        `logs: ${slo2.links.loki}`,
        `traces: ${slo2.links.tempo}`,
        `SLI: ${slo2.links.mimir}`
      ].join("\n");
      return {
        name: slo2.id,
        classname: `mythical-k6.slo.${slo2.kind}`,
        ...slo2.verdict === "pass" ? {} : { failure: { message: failureMessage(slo2), type: slo2.verdict, body: details } },
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
  ["bad", "BAD/SAMPLE"],
  ["share", "BAD SHARE (95% CI)"],
  ["breachAt", "BREACH AT"],
  ["detects", "DETECTS"],
  ["observed", "OBSERVED"],
  ["verdict", "VERDICT"]
];
function renderSloTable(summary) {
  const rows = summary.slos.map(sloRow);
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((row2) => row2[key].length)));
  const line = (cells) => `  ${cells.map((cell2, i) => cell2.padEnd(widths[i])).join("  ")}`.trimEnd();
  const out = [
    `  █ SLOs  ${summary.testid} — ${headline(summary)} (profile ${summary.profile}, mode ${summary.mode})`,
    "",
    line(COLUMNS.map(([, title]) => title)),
    ...rows.map((row2) => line(COLUMNS.map(([key]) => row2[key]))),
    ...sampleNotes(summary).map((note) => `  ⚠ ${note}`)
  ];
  for (const slo2 of failedSlos(summary)) {
    out.push("", `  ✗ ${slo2.id}: ${slo2.description}`, `    ${failureMessage(slo2)}`);
    for (const exemplar of slo2.exemplars) out.push(...exemplarLines(exemplar));
    out.push(`    logs:   ${slo2.links.loki}`, `    traces: ${slo2.links.tempo}`, `    SLI:    ${slo2.links.mimir}`);
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
function percent2(share3) {
  return `${(share3 * 100).toFixed(2)}%`;
}

// thresholds/end-of-test.ts
function summarizeRun(data, input) {
  const { config: config2, slo: slo2, plan: plan2 } = input;
  const maxDropped = maxDroppedIterations(plan2, slo2);
  const delivery = plan2.plannedIterations === void 0 || maxDropped === void 0 ? void 0 : { plannedIterations: plan2.plannedIterations, maxDropped };
  const summary = evaluateSummary(data, sloSetup(config2, slo2, plan2), {
    testid: config2.testid,
    scenario: config2.scenario,
    baseUrl: config2.baseUrl,
    end: input.end,
    slo: slo2,
    delivery
  });
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
    plan: slos.plan,
    end: /* @__PURE__ */ new Date(),
    htmlReport: htmlReportPath(__ENV),
    deferTable: __ENV.REPORT_FINALIZE === "run-tool"
    // set by tools/run.ts (DEFER_TABLE_ENV)
  });
}

// scenarios/breakpoint.ts
var config = loadConfig("breakpoint");
var plan = readSettings(breakpointPlan);
var mix = readSettings(mixFromEnv);
var slo = sloOptions(config, { mode: "report", ...arrivalSloPlan(plan.executor, mix, config.beasts.length) });
var options = {
  ...baseOptions(config),
  scenarios: { breakpoint: plan.executor },
  summaryTrendStats: slo.summaryTrendStats,
  thresholds: { ...slo.thresholds, ...stepThresholds(plan) }
};
var traffic = mixedTraffic(config, mix);
function setup() {
  return startRun(config);
}
function breakpoint_default(run) {
  const elapsedSeconds = (Date.now() - exec7.scenario.startTime) / 1e3;
  exec7.vu.metrics.tags.step = String(stepAt(plan, elapsedSeconds));
  traffic.visit(run);
}
function teardown(run) {
  traffic.sweep(run);
}
function handleSummary2(data) {
  const outputs = handleSummary(data);
  const result = judgeSteps(plan, stepResults(plan, data.metrics));
  const line = breakpointLine(result);
  return {
    ...outputs,
    [reportPath(config.reportDir, "breakpoint.json")]: `${JSON.stringify({ ...result, line }, null, 2)}
`,
    stdout: `${outputs.stdout ?? ""}
${line}
`
  };
}
export {
  breakpoint_default as default,
  handleSummary2 as handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9iYWQtZXZlbnRzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9zdGF0aXN0aWNzLnRzIiwgIi4uL3RocmVzaG9sZHMvc2FtcGxlLnRzIiwgIi4uL3RocmVzaG9sZHMvY2F0YWxvZy50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL2xpYi9leGVtcGxhcnMudHMiLCAiLi4vdGhyZXNob2xkcy9jb21waWxlLnRzIiwgIi4uL3RocmVzaG9sZHMvc2V0dXAudHMiLCAiLi4vdGhyZXNob2xkcy9zZXR0aW5ncy50cyIsICIuLi9saWIvcmVxdWVzdC10aW1lb3V0LnRzIiwgIi4uL2xpYi9uYW1lcy50cyIsICIuLi9saWIvdHJhY2luZy9rNi50cyIsICIuLi9saWIvdmVyc2lvbi50cyIsICIuLi9saWIvZGF0YS9uYW1lcy50cyIsICIuLi9saWIvcGxhbnMva25vYnMudHMiLCAiLi4vbGliL3BsYW5zL21peC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jaGVjay1saXN0LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zd2VlcC50cyIsICIuLi9saWIvam91cm5leXMvbWl4LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zdGFydC50cyIsICIuLi9saWIvcnVuLWxpZmUudHMiLCAiLi4vbGliL2pvdXJuZXlzL3Byb2JlLnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi9saWIvcGxhbnMvYXJyaXZhbC50cyIsICIuLi9saWIvcGxhbnMvYnJlYWtwb2ludC50cyIsICIuLi9saWIvcGxhbnMvc2FtcGxlLnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7QUFPQSxPQUFPQSxXQUFVOzs7QUNQakIsT0FBTyxVQUFVOzs7QUNLVixJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBSXJDLFlBQVksVUFBa0IsT0FBZSxVQUFrQjtBQUM3RCxVQUFNLEdBQUcsUUFBUSxJQUFJLFVBQVUsS0FBSyxDQUFDLDJCQUEyQixRQUFRLEVBQUU7QUFINUU7QUFBQSx3QkFBUztBQUlQLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsT0FBdUI7QUFDeEMsUUFBTSxXQUFXLE1BQU0sUUFBUSw2QkFBNkIsUUFBUTtBQUNwRSxTQUFPLGlCQUFpQixLQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssVUFBVSxRQUFRO0FBQzdFOzs7QUNoQk8sSUFBTSxZQUFZO0FBQUEsRUFDdkIsU0FBUyxDQUFDLFdBQVcsYUFBYSxZQUFZLFdBQVcsVUFBVTtBQUFBLEVBQ25FLFFBQVEsQ0FBQyxTQUFTLFdBQVcsV0FBVyxRQUFRLFVBQVUsV0FBVztBQUN2RTtBQU1PLElBQU0saUJBQWlCLE9BQU8sS0FBSyxTQUFTOzs7QUNMNUMsSUFBTSxpQkFBZ0U7QUFBQSxFQUMzRSxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDM0IsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixPQUFPLENBQUMsTUFBTTtBQUFBLEVBQ2QsTUFBTSxDQUFDLFFBQVEsVUFBVTtBQUFBLEVBQ3pCLFlBQVksQ0FBQztBQUNmOzs7QUNBTyxTQUFTLFVBQWEsU0FBaUIsT0FBcUQ7QUFDakcsUUFBTSxXQUFXLENBQUMsS0FBYSxhQUF3QjtBQUNyRCxVQUFNLFFBQVEsTUFBTSxHQUFHO0FBQ3ZCLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxZQUFZLFVBQVUsS0FBSyxPQUFPO0FBQ3JFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTyxPQUFPLE9BQU8sVUFBVSxFQUFFLFFBQVEsQ0FBQztBQUM1QztBQU1PLFNBQVMsUUFBVyxLQUFVLFVBQWtCLFVBQXdCLFVBQWdCO0FBQzdGLFFBQU0sTUFBTSxJQUFJLFFBQVE7QUFDeEIsU0FBTyxRQUFRLFVBQWEsSUFBSSxLQUFLLE1BQU0sS0FBSyxXQUFXLFNBQVMsSUFBSSxLQUFLLEdBQUcsUUFBUTtBQUMxRjtBQUdPLFNBQVMsZ0JBQW1CLEtBQVUsVUFBa0IsVUFBdUM7QUFDcEcsU0FBTyxRQUF1QixLQUFLLFVBQVUsVUFBVSxNQUFTO0FBQ2xFO0FBRUEsSUFBTSxXQUFXO0FBR1YsSUFBTSxNQUF5QixVQUFVLGdEQUFnRCxDQUFDLFFBQVE7QUFDdkcsUUFBTSxRQUFRLFNBQVMsS0FBSyxHQUFHO0FBQy9CLE1BQUksQ0FBQyxTQUFVLE1BQU0sQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLE1BQVEsUUFBTztBQUMzRSxTQUFPLElBQUksUUFBUSxRQUFRLEVBQUU7QUFDL0IsQ0FBQztBQUdNLElBQU0sa0JBQXFDLFVBQVUsdUNBQXVDLENBQUMsUUFBUTtBQUMxRyxNQUFJLENBQUMsYUFBYSxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3BDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQ3RELENBQUM7QUFFRCxJQUFNLG9CQUE0QyxFQUFFLEdBQUcsTUFBVyxHQUFHLEtBQVEsR0FBRyxLQUFPLElBQUksRUFBRTtBQUM3RixJQUFNLGdCQUFnQjtBQUdmLFNBQVMsV0FBV0MsT0FBa0M7QUFDM0QsUUFBTSxRQUFRLGNBQWMsS0FBS0EsS0FBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHQyxHQUFFLElBQUk7QUFDeEIsUUFBTSxRQUNKLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLElBQ25DLE9BQU9BLE9BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSxnRkFBZ0YsQ0FBQyxRQUFRO0FBQ3RJLFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXQyxTQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBTU8sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxTQUFPLEVBQUUsU0FBUyxjQUFjLE9BQU87QUFDekM7QUFHTyxTQUFTLFlBQVksS0FBVSxTQUFvQztBQUN4RSxRQUFNLEVBQUUsU0FBUyxjQUFjLE9BQU8sSUFBSSxZQUFZLEdBQUc7QUFDekQsUUFBTSxPQUFPLFVBQVUsS0FBSyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxTQUFTLFFBQVEsS0FBSyxVQUFVLGlCQUFpQixjQUFjLFFBQVEsVUFBVSxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDbkgsUUFBTSxZQUFZLFFBQVEsS0FBSyxRQUFRLEtBQUssaUJBQWlCLEdBQUcsQ0FBQyxDQUFDO0FBR2xFLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxTQUFTLGdCQUFnQixrQkFBa0IsR0FBRyxrQkFBa0I7QUFDN0csU0FBTyxFQUFFLFVBQVUsUUFBUSxVQUFVLFNBQVMsY0FBYyxRQUFRLE1BQU0sUUFBUSxNQUFNLFdBQVcsVUFBVTtBQUMvRztBQUVBLFNBQVMsVUFBVSxLQUFVLFVBQWlDO0FBQzVELFFBQU0sV0FBVyxlQUFlLFFBQVEsS0FBSyxDQUFDO0FBQzlDLFFBQU0sT0FBTyxDQUFJLFVBQW9CLGFBQTBDO0FBQzdFLFVBQU0sUUFBUSxnQkFBZ0IsS0FBSyxVQUFVLFFBQVE7QUFDckQsUUFBSSxVQUFVLFVBQWEsQ0FBQyxTQUFTLFNBQVMsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sUUFBUSxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSyxJQUFJLENBQUMsS0FBSztBQUNwRSxZQUFNLElBQUksWUFBWSxVQUFVLE9BQU8sSUFBSSxRQUFRLENBQUMsRUFBRSxLQUFLLEdBQUcsaUJBQWlCLFFBQVEsbUJBQW1CLEtBQUssRUFBRTtBQUFBLElBQ25IO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQUEsSUFDTCxLQUFLLEtBQUssT0FBTyxlQUFlO0FBQUEsSUFDaEMsWUFBWSxLQUFLLGNBQWMsZUFBZTtBQUFBLElBQzlDLFVBQVUsS0FBSyxZQUFZLFFBQVE7QUFBQSxJQUNuQyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQUEsRUFDekI7QUFDRjs7O0FDcEhPLFNBQVMsY0FBYyxXQUFtQixLQUE2QztBQUM1RixNQUFJLFVBQVUsV0FBVyxHQUFHLEVBQUcsUUFBTztBQUN0QyxNQUFJLENBQUMsS0FBSyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLFNBQU8sR0FBRyxJQUFJLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxVQUFVLFFBQVEsVUFBVSxFQUFFLENBQUM7QUFDdEU7QUFTTyxTQUFTLGVBQWUsV0FBbUIsS0FBeUIsTUFBdUM7QUFDaEgsUUFBTSxPQUFPLGNBQWMsV0FBVyxHQUFHO0FBQ3pDLE1BQUksU0FBUyxPQUFXO0FBQ3hCLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxJQUFJO0FBQ1QsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksaUNBQWlDLEtBQUssT0FBTyxFQUFHO0FBQ3BELFFBQUksQ0FBQyw0QkFBNEIsS0FBSyxPQUFPLEVBQUc7QUFDaEQsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQjtBQUNBLFFBQU0sSUFBSSxZQUFZLGNBQWMsV0FBVyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ25HOzs7QUM5Qk8sSUFBTSxlQUFlO0FBVTVCLElBQU0sV0FBVztBQW1CVixTQUFTLHFCQUFxQixLQUFnQjtBQUNuRCxRQUFNLE1BQU0sSUFBSSxZQUFZLEdBQUcsS0FBSztBQUNwQyxNQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsS0FBSyxHQUFHLEVBQUc7QUFDakMsUUFBTSxJQUFJO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxRQUFRLFVBQVUsUUFBUTtBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGOzs7QVA1Qk8sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBT08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVE7QUFDM0IsVUFBTUMsVUFBUyxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDbEYsUUFBSSxTQUFTLEdBQUc7QUFDZCxxQkFBZUEsUUFBTyxXQUFXLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDOUQsMkJBQXFCLEdBQUc7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBUXRDQSxPQUFPLFVBQXVEOzs7QUNBOUQsU0FBUyxlQUFlOzs7QUNNakIsSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTs7O0FDQzdGLFNBQVMsVUFBVSxPQUFlQyxTQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTQSxRQUFPLEtBQUs7QUFDM0IsUUFBSSxPQUFPLEtBQUssQ0FBQyxVQUFVLFVBQVUsQ0FBQyxHQUFHO0FBQ3ZDLGFBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxZQUFZLFNBQWlCLFFBQXdCO0FBQ25FLFNBQU8sTUFBTSxPQUFPLElBQUksTUFBTTtBQUNoQztBQWVPLElBQU0sZUFBaUQsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUcxRixTQUFTLFlBQVksUUFBd0I7QUFDbEQsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsSUFBSyxRQUFPLEtBQUssS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEdBQUcsUUFBVSxNQUFNO0FBQ3RHLFNBQU8sS0FBSyxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUMxQztBQU1PLFNBQVMsY0FBYyxRQUFnQixRQUFvQztBQUNoRixTQUFPLEdBQUcsWUFBWSxNQUFNLENBQUMsR0FBSSxXQUFXLFVBQWEsYUFBYSxNQUFNLEtBQU0sR0FBRztBQUN2RjtBQU9PLElBQU0sZ0JBQU4sTUFBb0I7QUFBQSxFQUN6QixZQUNtQixRQUNBQSxTQUNqQjtBQUZpQjtBQUNBLGtDQUFBQTtBQUFBLEVBQ2hCO0FBQUE7QUFBQSxFQUdILEtBQUssUUFBMEM7QUFDN0MsVUFBTSxVQUFVLEdBQUcsY0FBYyxLQUFLLFFBQVEsTUFBTSxDQUFDLEdBQUcsVUFBVSxJQUFJLEtBQUssTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzNGLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLFFBQVEsYUFBYSxZQUFZLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDdEU7QUFDRjtBQU9PLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBSXRCLFlBQTZCQSxTQUFxQjtBQUFyQixrQ0FBQUE7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLE1BQUs7QUFBQSxFQUVzQztBQUFBO0FBQUEsRUFHbkQsR0FBRyxXQUEyQjtBQUM1QixRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLEtBQUssVUFBVSxHQUFHLEtBQUssTUFBTTtBQUFBLElBQ3BDO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBVU8sU0FBUyxVQUFVLFFBQWdCLFNBQWlCLFNBQWlCLFFBQW1CO0FBQzdGLFFBQU0sT0FBTyxXQUFXLFNBQVksS0FBSyxXQUFXLFVBQVUsWUFBWSxhQUFhLE9BQU8sT0FBTztBQUNyRyxTQUFPLGVBQWUsT0FBTyxZQUFZLE1BQU0sR0FBRyxJQUFJO0FBQ3hEO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsVUFBVSxRQUFRLE9BQU8sRUFBRTtBQUM5RTs7O0FDNUZPLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUVySCxRQUFNLFlBQ0osU0FBUyxpQkFBaUIsNEJBQTRCLGdCQUFnQixNQUFNLE1BQWdCLENBQUMsS0FDM0YsU0FBUyxZQUFZLGVBQWUsV0FBVyxPQUMvQztBQUNKLFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUztBQUM3QyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsaUJBQWlCLFVBQVUsS0FBSztBQUMxRSxNQUFJLFNBQVMsV0FBVztBQUN0QixVQUFNLElBQUksWUFBWTtBQUN0QixVQUFNLFdBQVcsYUFBYSxPQUFPLENBQUMsQ0FBQztBQUN2QyxXQUFPO0FBQUEsTUFDTCxRQUFRLHNCQUFzQixDQUFDLHFDQUFxQyxRQUFRO0FBQUEsTUFDNUUsa0JBQWtCLDZCQUE2QixLQUFLLE1BQU0sSUFBSSxHQUFHLENBQUMsR0FBRyxRQUFRO0FBQUEsTUFDN0U7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQ0osU0FBUyxpQkFDTCxXQUFXLHNCQUFzQixPQUFPLEVBQUUsbUJBQW1CLFFBQVEsQ0FBQyxJQUN0RSxXQUFXLDRCQUE0QixPQUFPLEVBQUUsUUFBUSxPQUFPLENBQUM7QUFDdEUsU0FBTyxFQUFFLFFBQVEsa0JBQWtCLFFBQVEsU0FBUyxNQUFNO0FBQzVEO0FBR0EsU0FBUyxXQUFXLFNBQWlCLE9BQW1CLE1BQXNDO0FBQzVGLFNBQU8sUUFBUSxPQUFPLEdBQUcsYUFBYSxPQUFPLElBQUksQ0FBQyx5QkFBeUIsT0FBTyxHQUFHLGFBQWEsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUM5RztBQUVBLFNBQVMsYUFBYSxPQUFtQixPQUF1QztBQUM5RSxRQUFNLFNBQVMsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxRQUFRLE1BQU0sUUFBUSxHQUFHLE1BQU07QUFDMUYsU0FBTyxJQUFJLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDN0U7QUFRTyxTQUFTLG9CQUFvQixRQUF3QjtBQUMxRCxTQUFPLGVBQWUsT0FBTyxXQUFXLEtBQUssS0FBSyxDQUFDO0FBQ3JEO0FBT08sU0FBUyxhQUFhLE9BQW1CLFdBQTRCO0FBQzFFLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QztBQUFBLElBQ0EsdUJBQXVCLE1BQU0sTUFBTTtBQUFBLElBQ25DLHdCQUF3QixNQUFNLEtBQUs7QUFBQSxJQUNuQyw0QkFBNEIsb0JBQW9CLE1BQU0sTUFBTSxDQUFDO0FBQUEsSUFDN0QsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBUU8sU0FBUyxZQUFZLE9BQW1CLE9BQWdDO0FBQzdFLFFBQU1DLFNBQVEsVUFBVSxVQUFVLG9CQUFvQjtBQUN0RCxTQUFPLGtCQUFrQixZQUFZLE1BQU0sTUFBTSxHQUFHLEtBQUssTUFBTSxLQUFLLElBQUlBLE1BQUssaUJBQWlCLGNBQWMsTUFBTSxRQUFRLE1BQU0sTUFBTSxDQUFDO0FBQ3pJOzs7QUN0RkEsSUFBTSxVQUFVO0FBQUEsRUFDZDtBQUFBLEVBQXFCO0FBQUEsRUFBbUI7QUFBQSxFQUFxQjtBQUFBLEVBQW9CO0FBQUEsRUFDakY7QUFBQSxFQUFvQjtBQUFBLEVBQXNCO0FBQUEsRUFBdUI7QUFDbkU7QUFHTyxTQUFTLFNBQVMsR0FBbUI7QUFDMUMsTUFBSSxJQUFJLElBQUssUUFBTyxLQUFLLElBQUksS0FBSyxLQUFLLEtBQUssSUFBSSxLQUFLLEtBQUssQ0FBQyxDQUFDLElBQUksU0FBUyxJQUFJLENBQUM7QUFDOUUsUUFBTSxJQUFJLElBQUk7QUFDZCxNQUFJLE1BQU0sUUFBUSxDQUFDO0FBQ25CLFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxRQUFRLElBQUssUUFBTyxRQUFRLENBQUMsS0FBSyxJQUFJO0FBQ2xFLFFBQU0sSUFBSSxJQUFJO0FBQ2QsU0FBTyxNQUFNLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxLQUFLLElBQUksT0FBTyxLQUFLLElBQUksQ0FBQyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUc7QUFDakY7QUFHQSxTQUFTLE9BQU8sR0FBVyxHQUFXLEdBQW1CO0FBQ3ZELFNBQU8sU0FBUyxJQUFJLENBQUMsSUFBSSxTQUFTLElBQUksQ0FBQyxJQUFJLFNBQVMsSUFBSSxJQUFJLENBQUMsSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDNUc7QUFNQSxTQUFTLFNBQVMsR0FBVyxHQUFXLE1BQWMsTUFBc0I7QUFDMUUsUUFBTSxPQUFPLEtBQUssSUFBSTtBQUN0QixNQUFJLE9BQU87QUFDWCxNQUFJLE1BQU07QUFDVixXQUFTLElBQUksTUFBTSxTQUFTLElBQUksSUFBSSxJQUFJLElBQUksR0FBRyxLQUFLLE1BQU07QUFDeEQsWUFBUSxTQUFTLEtBQU0sSUFBSSxNQUFNLElBQUksS0FBTSxPQUFRLEtBQUssSUFBSSxJQUFJLEtBQU07QUFDdEUsV0FBTztBQUNQLFFBQUksT0FBTyxNQUFNLE1BQU87QUFBQSxFQUMxQjtBQUNBLFNBQU8sS0FBSyxJQUFJLE9BQU8sR0FBRyxHQUFHLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxDQUFDO0FBQ3BEO0FBR08sU0FBUyxVQUFVLEdBQVcsR0FBVyxHQUFtQjtBQUNqRSxNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLFFBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUM7QUFDbkMsU0FBTyxJQUFJLE9BQU8sS0FBSyxJQUFJLEdBQUcsU0FBUyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxLQUFLLElBQUksR0FBRyxJQUFJLFVBQVUsR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQzlGO0FBR08sU0FBUyxVQUFVLEdBQVcsR0FBVyxHQUFtQjtBQUNqRSxNQUFJLElBQUksRUFBRyxRQUFPO0FBQ2xCLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLFFBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUM7QUFDbkMsU0FBTyxJQUFJLE9BQU8sS0FBSyxJQUFJLEdBQUcsU0FBUyxHQUFHLEdBQUcsR0FBRyxFQUFFLENBQUMsSUFBSSxLQUFLLElBQUksR0FBRyxJQUFJLFVBQVUsR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQy9GO0FBTU8sU0FBUyxjQUFjLEdBQVcsSUFBWSxPQUF1QjtBQUMxRSxNQUFJLE1BQU07QUFDVixNQUFJLE9BQU8sSUFBSTtBQUNmLFNBQU8sTUFBTSxNQUFNO0FBQ2pCLFVBQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxRQUFRLENBQUM7QUFDdkMsUUFBSSxVQUFVLEdBQUcsSUFBSSxHQUFHLEtBQUssTUFBTyxRQUFPO0FBQUEsUUFDdEMsT0FBTSxNQUFNO0FBQUEsRUFDbkI7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGNBQWMsR0FBVyxHQUFXLE9BQXVCO0FBQ3pFLFNBQU8sS0FBSyxJQUFJLEdBQUcsY0FBYyxHQUFHLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDbkQ7QUFHTyxTQUFTLE1BQU0sR0FBVyxHQUFXLFVBQTBCO0FBQ3BFLFNBQU8sVUFBVSxHQUFHLEdBQUcsUUFBUTtBQUNqQztBQUdBLFNBQVMsZ0JBQWdCLEdBQTBCLFFBQXdCO0FBQ3pFLE1BQUksTUFBTTtBQUNWLE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxLQUFLO0FBQzNCLFVBQU0sT0FBTyxNQUFNLFFBQVE7QUFDM0IsUUFBSSxFQUFFLEdBQUcsSUFBSSxPQUFRLE9BQU07QUFBQSxRQUN0QixRQUFPO0FBQUEsRUFDZDtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsbUJBQW1CLEdBQVcsVUFBa0IsYUFBb0M7QUFDbEcsTUFBSSxXQUFXLEVBQUcsUUFBTztBQUN6QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLFNBQU8sZ0JBQWdCLENBQUMsTUFBTSxNQUFNLEdBQUcsR0FBRyxRQUFRLEdBQUcsV0FBVztBQUNsRTtBQUdPLFNBQVMsZUFBZSxHQUFXLEdBQVcsWUFBc0M7QUFDekYsTUFBSSxLQUFLLEVBQUcsUUFBTyxDQUFDLEdBQUcsQ0FBQztBQUN4QixRQUFNLFFBQVEsSUFBSSxjQUFjO0FBQ2hDLFFBQU0sTUFBTSxNQUFNLElBQUksSUFBSSxnQkFBZ0IsQ0FBQyxNQUFNLFVBQVUsR0FBRyxHQUFHLENBQUMsR0FBRyxJQUFJO0FBQ3pFLFFBQU0sT0FBTyxNQUFNLElBQUksSUFBSSxnQkFBZ0IsQ0FBQyxNQUFNLElBQUksVUFBVSxHQUFHLEdBQUcsQ0FBQyxHQUFHLElBQUksSUFBSTtBQUNsRixTQUFPLENBQUMsS0FBSyxJQUFJO0FBQ25COzs7QUN4Rk8sU0FBUyxVQUFVLE9BQW9CLGNBQXNCLE9BQXVCO0FBQ3pGLE1BQUksTUFBTSxXQUFXLEVBQUcsUUFBTyxNQUFNO0FBQ3JDLFFBQU1DLFNBQVEsTUFBTSxVQUFVLFlBQVksZUFBZSxNQUFNO0FBQy9ELFNBQU8sTUFBTSxRQUFRLGNBQWMsTUFBTSxRQUFRQSxRQUFPLEtBQUs7QUFDL0Q7QUFHTyxTQUFTLFNBQVMsT0FBNkI7QUFDcEQsU0FBTyxNQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVU7QUFDN0M7OztBQzlCTyxJQUFNLFVBQVUsQ0FBQyxPQUFPLFFBQVEsUUFBUTtBQUt4QyxJQUFNLGlCQUFpQjtBQUd2QixJQUFNLHFCQUFxQjtBQU0zQixJQUFNLDhCQUE4QjtBQU1wQyxJQUFNLG1CQUFtQjtBQW9DekIsU0FBUyxhQUFhLE9BQTRCO0FBQ3ZELFFBQU0sWUFBWSxhQUFhLE1BQU0sR0FBRztBQUN4QyxRQUFNLE1BQU0sTUFBTSxpQkFBaUIsV0FBVyxhQUFhO0FBQzNELFFBQU0sT0FBYyxDQUFDO0FBQ3JCLGFBQVcsU0FBUyxNQUFNLFFBQVE7QUFDaEMsZUFBVyxVQUFVLE1BQU0sV0FBVyxTQUFTO0FBQzdDLFlBQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxLQUFLO0FBQ2pDLFlBQU0sUUFBb0IsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSTtBQUNyRSxpQkFBVyxZQUFZLFVBQVUsT0FBTyxDQUFDLGNBQWMsVUFBVSxTQUFTLFNBQVMsTUFBTSxLQUFLLElBQUksR0FBRztBQUNuRyxjQUFNLFlBQVksU0FBUyxVQUFVLE1BQU07QUFDM0MsY0FBTSxlQUFlLFNBQVMsYUFBYSxNQUFNO0FBQ2pELGFBQUssS0FBSztBQUFBLFVBQ1IsSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLE9BQU8sWUFBWSxDQUFDLElBQUksS0FBSztBQUFBLFVBQ3pELGFBQWEsU0FBUyxZQUFZLE9BQU8sTUFBTTtBQUFBLFVBQy9DLE1BQU0sU0FBUztBQUFBLFVBQ2YsUUFBUSxTQUFTO0FBQUEsVUFDakIsTUFBTSxFQUFFLE9BQU8sT0FBTztBQUFBLFVBQ3RCLE1BQU0sU0FBUztBQUFBLFVBQ2Y7QUFBQSxVQUNBLFNBQVMsV0FBVyxTQUFTLE1BQU0sV0FBVyxTQUFTLElBQUksR0FBRyxVQUFVLE9BQU8sS0FBSztBQUFBLFVBQ3BGO0FBQUEsVUFDQSxPQUFPLFNBQVM7QUFBQSxVQUNoQjtBQUFBLFVBQ0EsU0FBUyxFQUFFLE9BQU8sUUFBUSxLQUFLLFNBQVMsU0FBUztBQUFBLFFBQ25ELENBQUM7QUFBQSxNQUNIO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsTUFBTSxJQUFJLGFBQWEsS0FBSztBQUMxQyxRQUFNLFNBQVMsTUFBTTtBQUNyQixNQUFJLENBQUMsT0FBUSxRQUFPO0FBRXBCLFFBQU0sZUFBZSxDQUFDLFVBQWtCLEtBQUssS0FBSyxDQUFDQyxTQUFRQSxLQUFJLFNBQVMsa0JBQWtCQSxLQUFJLFVBQVUsS0FBSyxHQUFHLGdCQUFnQjtBQUdoSSxRQUFNLFdBQVcsS0FBSztBQUN0QixTQUFPLEtBQUssSUFBSSxDQUFDQSxTQUFRO0FBQ3ZCLFVBQU0sUUFBUUEsS0FBSSxTQUFTLFdBQVcsT0FBTyxTQUFTLE9BQU8sU0FBU0EsS0FBSSxLQUFLLE1BQWdCO0FBQy9GLFVBQU0sWUFBWSxTQUFTLEtBQUssSUFBSSxRQUFRLG1CQUFtQjtBQUMvRCxVQUFNQyxTQUFRLGFBQWFELEtBQUksS0FBSztBQUNwQyxVQUFNLGdCQUFnQixTQUFTLE9BQU8sS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJQyxNQUFLLElBQUksTUFBTSxVQUFVLE9BQU9BLFFBQU8sU0FBUyxDQUFDO0FBQ2hILFVBQU0sV0FBVyxTQUFTLEtBQUssYUFBYSxJQUFJRCxLQUFJLFlBQVksSUFBSSxTQUFTLElBQUksTUFBTSxjQUFjLGVBQWVBLEtBQUksY0FBYyxRQUFRLFNBQVMsQ0FBQztBQUN4SixXQUFPLEVBQUUsR0FBR0EsTUFBSyxNQUFNLEVBQUUsZUFBZSxVQUFVLE9BQU8sVUFBVSxFQUFFO0FBQUEsRUFDdkUsQ0FBQztBQUNIO0FBR0EsU0FBUyxPQUF1RDtBQUM5RCxRQUFNLFNBQVMsb0JBQUksSUFBb0I7QUFDdkMsU0FBTyxDQUFDLEtBQUssWUFBWTtBQUN2QixRQUFJLFFBQVEsT0FBTyxJQUFJLEdBQUc7QUFDMUIsUUFBSSxVQUFVLFFBQVc7QUFDdkIsY0FBUSxRQUFRO0FBQ2hCLGFBQU8sSUFBSSxLQUFLLEtBQUs7QUFBQSxJQUN2QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGFBQWFBLE1BQXlDO0FBQzdELFFBQU0saUJBQWlCLENBQUMsV0FBbUIsY0FBY0EsS0FBSSxTQUFTLFFBQVFBLEtBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQkEsS0FBSSxZQUFZLGFBQWEsV0FBVyxTQUFTLHFEQUFxRDtBQUN4RyxRQUFNLFVBQVUsQ0FBQyxNQUF5QkUsU0FBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLGNBQWMsTUFBTSxNQUFNLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxHQUFHO0FBQUEsSUFDN0QsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU9BLEtBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQkEsR0FBRTtBQUFBLEVBQ3hGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLGNBQWM7QUFBQSxNQUNkLFdBQVcsQ0FBQyxZQUFZLEVBQUUsSUFBSSxLQUFLLE9BQU8sZUFBZSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDaEYsYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLFFBQVEsSUFBSSxlQUFlLE1BQU0sQ0FBQyxDQUFDLE9BQU8sS0FBSyxvQkFBb0IsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN4SDtBQUFBLElBQ0EsUUFBUSxTQUFTRixLQUFJLEtBQUs7QUFBQSxJQUMxQixRQUFRLFNBQVNBLEtBQUksS0FBSztBQUFBLElBQzFCO0FBQUE7QUFBQTtBQUFBLE1BR0UsTUFBTTtBQUFBLE1BQ04sU0FBUyxDQUFDLEtBQUs7QUFBQSxNQUNmLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLGNBQWMsTUFBTSxNQUFNLElBQUlBLEtBQUksTUFBTTtBQUFBLE1BQ3hDLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLE1BQU1BLEtBQUksTUFBTSxHQUFHLE1BQU0sUUFBUTtBQUFBLE1BQ3JFLGFBQWEsQ0FBQyxVQUFVLEdBQUcsUUFBUUEsS0FBSSxNQUFNLENBQUMscUJBQXFCLEtBQUs7QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsY0FBYyxTQUFxQixRQUFnQixXQUEyQjtBQUNyRixRQUFNLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDbEMsU0FBTyxZQUFZLGFBQWEsV0FBVyxTQUFTLEtBQUssSUFBSSxRQUFRLDJCQUEyQixJQUFJO0FBQ3RHO0FBRUEsU0FBUyxXQUFXLE1BQThCO0FBQ2hELFNBQU8sU0FBUyxTQUFTLE9BQU8sT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUM5RDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVBLFNBQVMsUUFBUUMsUUFBdUI7QUFDdEMsU0FBTyxHQUFHLE1BQU1BLFNBQVEsR0FBRyxDQUFDO0FBQzlCOzs7QU45S0EsSUFBTSxZQUFZLElBQUksUUFBUSxrQkFBa0I7QUFFaEQsSUFBSSxRQUFRLE9BQU87QUFDbkIsSUFBSSxRQUFRLE9BQU87QUFHWixTQUFTLHFCQUFxQixZQUFvRDtBQUN2RixVQUFRLFdBQVc7QUFDbkIsVUFBUSxXQUFXO0FBQ3JCO0FBR08sU0FBUyxhQUFhLE9BQWUsUUFBZ0IsUUFBaUJFLGFBQTBCO0FBQ3JHLE1BQUksT0FBUSxXQUFVLElBQUksR0FBRyxFQUFFLE9BQU8sUUFBUSxLQUFLLGVBQWUsQ0FBQztBQUNuRSxNQUFJQSxlQUFjLE1BQU8sV0FBVSxJQUFJLEdBQUcsRUFBRSxPQUFPLFFBQVEsS0FBSyxjQUFjLENBQUM7QUFDL0UsTUFBSUEsZUFBYyxNQUFPLFdBQVUsSUFBSSxHQUFHLEVBQUUsT0FBTyxRQUFRLEtBQUssY0FBYyxDQUFDO0FBQ2pGO0FBR08sU0FBUyxpQkFBaUJDLE9BQStDO0FBQzlFLFlBQVUsSUFBSSxHQUFHLEVBQUUsT0FBT0EsTUFBSyxPQUFPLFFBQVFBLE1BQUssUUFBUSxLQUFLLFNBQVMsQ0FBQztBQUM1RTs7O0FPOUJBLE9BQU9DLFdBQVU7OztBQ1VWLElBQU0sa0JBQWtCO0FBd0MvQixJQUFNLG1CQUFtQixDQUFDLEtBQUssS0FBSyxHQUFHO0FBT2hDLFNBQVMsY0FBYyxRQUFnQixXQUF3QztBQUNwRixNQUFJLFdBQVcsRUFBRyxRQUFPO0FBQ3pCLFNBQU8sQ0FBQyxpQkFBaUIsU0FBUyxNQUFNLEtBQUssY0FBYztBQUM3RDtBQU9PLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsV0FBVyxTQUF5QkMsc0JBQWtEO0FBQ3BHLFFBQU0sUUFBUSxHQUFHLFFBQVEsTUFBTSxLQUFLLFFBQVEsS0FBSyxHQUFHLFFBQVEsVUFBVSxLQUFLLFlBQVk7QUFDdkYsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLE1BQUksUUFBUSxPQUFRLE1BQUssS0FBSyxnQkFBZ0IsS0FBSyxFQUFFO0FBQ3JELGFBQVdDLE9BQU1ELHFCQUFxQixLQUFJLFFBQVEsY0FBY0MsSUFBSSxNQUFLLEtBQUssWUFBWUEsR0FBRSxJQUFJLEtBQUssRUFBRTtBQUN2RyxNQUFJLFFBQVEsWUFBYSxNQUFLLEtBQUssVUFBVSxLQUFLLEVBQUU7QUFDcEQsU0FBTztBQUNUO0FBR08sSUFBTSxtQkFBTixNQUF1QjtBQUFBLEVBRzVCLFlBQ21CRCxzQkFDQSxLQUNBLE9BQ2pCO0FBSGlCLCtDQUFBQTtBQUNBO0FBQ0E7QUFMbkIsd0JBQWlCLFNBQVEsb0JBQUksSUFBb0I7QUFBQSxFQU05QztBQUFBO0FBQUEsRUFHSCxPQUFPLFNBQWtDO0FBQ3ZDLFVBQU0sT0FBTyxXQUFXLFNBQVMsS0FBSyxvQkFBb0IsQ0FBQztBQUMzRCxRQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFFOUIsVUFBTSxRQUFRLFFBQVEsVUFBVSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssb0JBQW9CLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJO0FBQ3RHLFVBQU1FLFFBQU8sS0FBSyxPQUFPLENBQUMsU0FBUyxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxLQUFLO0FBQ3BFLFFBQUlBLE1BQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsZUFBVyxPQUFPQSxNQUFNLE1BQUssTUFBTSxJQUFJLE1BQU0sS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQztBQUMxRSxTQUFLLE1BQU0sbUJBQW1CLE9BQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxtQkFBbUIsU0FBaUM7QUFDbEUsUUFBTSxPQUFxQjtBQUFBLElBQ3pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRO0FBQUEsSUFDaEIsTUFBTSxRQUFRO0FBQUEsSUFDZCxRQUFRLFFBQVE7QUFBQSxJQUNoQixTQUFTLFFBQVE7QUFBQSxJQUNqQixhQUFhLFFBQVEsZ0JBQWdCO0FBQUEsSUFDckMsWUFBWSxLQUFLLE1BQU0sUUFBUSxhQUFhLEdBQUksSUFBSTtBQUFBLElBQ3BELE1BQU0sSUFBSSxLQUFLLFFBQVEsTUFBTSxFQUFFLFlBQVk7QUFBQSxFQUM3QztBQUNBLFNBQU8sR0FBRyxlQUFlLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUNsRDtBQW1CQSxJQUFJLHNCQUF5QyxDQUFDO0FBQzlDLElBQUksV0FBeUIsTUFBTTtBQUNuQyxJQUFJLFFBQTBCO0FBUXZCLFNBQVMsZ0JBQWdCLGNBQWlDLEtBQW1CLFdBQW1DO0FBQ3JILHdCQUFzQixDQUFDLEdBQUcsSUFBSSxJQUFJLFlBQVksQ0FBQztBQUMvQyxhQUFXO0FBQ1gsVUFBUTtBQUNWO0FBR0EsSUFBTSxXQUFXLElBQUk7QUFBQSxFQUNuQixNQUFNO0FBQUEsRUFDTixNQUFNLFNBQVM7QUFBQSxFQUNmLENBQUMsU0FBVSxVQUFVLFNBQVMsUUFBUSxLQUFLLElBQUksSUFBSSxRQUFRLE1BQU0sSUFBSTtBQUN2RTtBQUdPLFNBQVMsZUFBZSxTQUErQjtBQUM1RCxXQUFTLE9BQU8sT0FBTztBQUN6Qjs7O0FDeEpPLFNBQVMsYUFBYSxRQUFnQkMsT0FBc0M7QUFDakYsUUFBTSxTQUFTLE9BQU8sUUFBUUEsS0FBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRTtBQUMzRSxTQUFPLE9BQU8sU0FBUyxHQUFHLE1BQU0sSUFBSSxPQUFPLEtBQUssR0FBRyxDQUFDLE1BQU07QUFDNUQ7QUFHTyxTQUFTLGFBQWFDLE1BQW1DO0FBQzlELFNBQU8sYUFBYSxvQkFBb0JBLEtBQUksT0FBTztBQUNyRDtBQUdPLFNBQVMsa0JBQWtCQSxNQUFnQztBQUNoRSxNQUFJLENBQUNBLEtBQUksS0FBTSxPQUFNLElBQUksTUFBTSwyREFBMkQ7QUFDMUYsU0FBTyxTQUFTQSxLQUFJLEtBQUssUUFBUTtBQUNuQztBQUdPLElBQU0sbUJBQW1CO0FBR3pCLFNBQVMsYUFBYSxVQUEwQztBQUNyRSxTQUFPLEVBQUUsU0FBUztBQUNwQjtBQXFCTyxTQUFTLGtCQUFrQixTQUF5QixPQUFrRDtBQUMzRyxRQUFNLGFBQTBDLENBQUM7QUFDakQsUUFBTUMsT0FBTSxDQUFDLEtBQWEsY0FBK0I7QUFDdkQsVUFBTSxPQUFRLHNDQUFvQixDQUFDO0FBQ25DLFFBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxhQUFhLEtBQUssVUFBVSxRQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsQ0FBQyxFQUFHLE1BQUssS0FBSyxTQUFTO0FBQUEsRUFDM0c7QUFDQSxRQUFNLFNBQVMsQ0FBQyxlQUNkLE1BQU0sU0FBUyxXQUFXLGFBQWEsTUFBTSxTQUFTLFNBQVMsRUFBRSxXQUFXLFlBQVksYUFBYSxLQUFLLElBQUk7QUFDaEgsYUFBV0QsUUFBTyxTQUFTO0FBQ3pCLElBQUFDLEtBQUksYUFBYUQsSUFBRyxHQUFHLE9BQU8sa0JBQWtCQSxJQUFHLENBQUMsQ0FBQztBQUNyRCxJQUFBQyxLQUFJLGFBQWFELEtBQUksUUFBUUEsS0FBSSxJQUFJLEdBQUcsR0FBR0EsS0FBSSxJQUFJLEtBQUs7QUFDeEQsSUFBQUMsS0FBSSxhQUFhRCxLQUFJLE9BQU9BLEtBQUksSUFBSSxHQUFHLE1BQU0sU0FBUyxXQUFXLGFBQWEsZ0JBQWdCO0FBQUEsRUFDaEc7QUFDQSxRQUFNLE1BQU0sYUFBYSxNQUFNLFFBQVE7QUFDdkMsRUFBQUMsS0FBSSxhQUFhLGFBQWEsR0FBRyxHQUFHLFVBQVU7QUFDOUMsRUFBQUEsS0FBSSxhQUFhLG1CQUFtQixHQUFHLEdBQUcsU0FBUztBQUNuRCxFQUFBQSxLQUFJLGFBQWEscUJBQXFCLEdBQUcsR0FBRyxVQUFVO0FBQ3RELEVBQUFBLEtBQUksYUFBYSxxQkFBcUIsR0FBRyxHQUFHLFVBQVU7QUFDdEQsTUFBSSxNQUFNLHlCQUF5QixPQUFXLENBQUFBLEtBQUksb0JBQW9CLE9BQU8sa0JBQWtCLE1BQU0sb0JBQW9CLENBQUMsQ0FBQztBQUMzSCxTQUFPO0FBQ1Q7QUFHTyxJQUFNLHFCQUFxQjtBQUczQixTQUFTLGtCQUFrQixZQUE0QjtBQUM1RCxTQUFPLFVBQVUsVUFBVTtBQUM3QjtBQUdPLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNqRTNGLFNBQVMsU0FDZEMsU0FDQSxVQUNBQyxPQUNPO0FBQ1AsU0FBTyxhQUFhO0FBQUEsSUFDbEIsUUFBUUQsUUFBTztBQUFBLElBQ2YsY0FBY0EsUUFBTztBQUFBLElBQ3JCLFFBQVFBLFFBQU87QUFBQSxJQUNmLFNBQVNDLE1BQUs7QUFBQSxJQUNkLEtBQUs7QUFBQSxJQUNMLFFBQVFBLE1BQUs7QUFBQSxFQUNmLENBQUM7QUFDSDtBQUdPLFNBQVMscUJBQXFCQSxPQUEwQyxVQUErRDtBQUM1SSxTQUFPQSxNQUFLLHNCQUFzQixTQUFZLFNBQVksS0FBSyxNQUFNLFNBQVMsYUFBYUEsTUFBSyxpQkFBaUI7QUFDbkg7OztBQ3hCTyxJQUFNLGVBQXNDLENBQUMsV0FBVyxnQkFBZ0I7QUFReEUsSUFBTSxZQUFnQyxDQUFDLFFBQVEsUUFBUSxRQUFRO0FBaUMvRCxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLHVCQUF1QjtBQUU3QixJQUFNLHNCQUFzQjtBQUU1QixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLFFBQTJCLFVBQVUsd0NBQXdDLENBQUMsUUFBUTtBQUMxRixNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUTtBQUMxQyxDQUFDO0FBR0QsSUFBTSxRQUEyQjtBQUFBLEVBQVU7QUFBQSxFQUFxQyxDQUFDLFFBQy9FLHNCQUFzQixLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNsRDtBQUdBLElBQU0sYUFBZ0MsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQzdHLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU1DLFNBQVEsUUFBUSxLQUFLLGNBQWMsaUJBQWlCLGNBQWM7QUFDeEUsU0FBTztBQUFBLElBQ0wsU0FBUyxRQUFRLEtBQUssZUFBZSxNQUFNLFlBQVksR0FBRyxTQUFTO0FBQUEsSUFDbkUsTUFBTSxRQUFRLEtBQUssWUFBWSxNQUFNLFNBQVMsR0FBRyxXQUFXO0FBQUEsSUFDNUQsT0FBQUE7QUFBQSxJQUNBLE9BQU8sUUFBUSxLQUFLLGNBQWMsUUFBUUEsUUFBTyxZQUFZLEdBQUcsS0FBSyxJQUFJLGdCQUFnQkEsTUFBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixZQUFZLG1CQUFtQjtBQUFBLElBQzNFLFlBQVksUUFBUSxLQUFLLG1CQUFtQixPQUFPLG1CQUFtQjtBQUFBLElBQ3RFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FKcEdBLElBQUk7QUFVRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxFQUFFLE1BQU0sR0FBR0MsTUFBSyxJQUFJO0FBQzFCLFFBQU0sV0FBVyxhQUFhLENBQUMsUUFBUSxpQkFBaUIsS0FBSyxJQUFJLENBQUM7QUFDbEUsV0FBUyxFQUFFLFFBQUFELFNBQVEsVUFBVSxNQUFBQyxNQUFLO0FBQ2xDLHVCQUFxQixRQUFRO0FBQzdCLFFBQU0sVUFBVSxTQUFTRCxTQUFRLFVBQVVDLEtBQUk7QUFDL0MsUUFBTSxZQUFZLFFBQVEsT0FBTyxDQUFDQyxTQUFRQSxLQUFJLFNBQVMsU0FBUyxFQUFFLElBQUksQ0FBQ0EsU0FBUUEsS0FBSSxVQUFVLEtBQUs7QUFFbEcsa0JBQWdCLFdBQVcsTUFBTUMsTUFBSyxTQUFTLGdCQUFnQixNQUFNLG9CQUFvQixhQUFhLFNBQVMsT0FBTztBQUN0SCxRQUFNLGFBQWEsa0JBQWtCLFNBQVM7QUFBQSxJQUM1QyxNQUFNLFNBQVM7QUFBQSxJQUNmLFVBQVVILFFBQU87QUFBQSxJQUNqQixzQkFBc0IscUJBQXFCQyxPQUFNLFFBQVE7QUFBQSxFQUMzRCxDQUFDO0FBQ0QsU0FBTyxFQUFFLFlBQVksbUJBQW1CLG9CQUFvQjtBQUM5RDtBQUdPLFNBQVMsYUFBcUM7QUFDbkQsU0FBTztBQUNUOzs7QUsxQ08sSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFHdkIsU0FBUyxpQkFBaUJHLFFBQXVCO0FBQ3RELFNBQU8sS0FBSyxJQUFJLGdCQUFnQixLQUFLLElBQUksZ0JBQWdCLHVCQUF1QkEsTUFBSyxDQUFDO0FBQ3hGOzs7QUNoQk8sSUFBTSxrQkFBa0I7QUFHeEIsSUFBTSxlQUFlO0FBRzVCLElBQU0sbUJBQW1CLE1BQU0sSUFBSTtBQWdCbkMsSUFBTSxjQUFjLElBQUksT0FBTyxJQUFJLFlBQVksMkRBQTJEO0FBT25HLFNBQVMsUUFBUSxTQUFpQixRQUFnQixJQUFxQjtBQUM1RSxRQUFNLFFBQVEsS0FBSyxNQUFNLFVBQVUsR0FBSTtBQUN2QyxRQUFNLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxTQUFTLEdBQUksR0FBRyxnQkFBZ0I7QUFDaEUsUUFBTSxTQUFTLEdBQUcsWUFBWSxJQUFJLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUMsSUFBSSxFQUFFO0FBQ2hHLFNBQU8sRUFBRSxRQUFRLFNBQVMsUUFBUSxLQUFNLFFBQVEsUUFBUSxRQUFRLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsYUFBYSxNQUFtQztBQUM5RCxRQUFNLFFBQVEsWUFBWSxLQUFLLElBQUk7QUFDbkMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsUUFBUSxPQUFPLE1BQU0sRUFBRSxJQUFJO0FBQ2xDLFFBQU0sVUFBVSxTQUFTLE9BQU8sRUFBRSxJQUFJO0FBQ3RDLFNBQU8sRUFBRSxRQUFRLFNBQVMsT0FBTyxVQUFVLFNBQVMsTUFBTSxFQUFFLElBQUksS0FBTSxHQUFHO0FBQzNFO0FBR08sU0FBUyxZQUFZQyxTQUE4QjtBQUN4RCxNQUFJLEtBQUs7QUFDVCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssTUFBTUEsUUFBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDdkUsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLE1BQWMsT0FBZSxLQUF1QjtBQUM1RSxRQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLE1BQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFFBQVE7QUFDM0M7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFNTyxTQUFTLGNBQWMsTUFBb0M7QUFDaEUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEVBQUcsUUFBTztBQUNqQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQWtCQSxNQUFtQyxJQUFJO0FBQ2pGLFNBQU8sTUFBTSxNQUFNLENBQUMsU0FBeUIsT0FBTyxTQUFTLFFBQVEsSUFBSSxRQUFRO0FBQ25GO0FBR08sSUFBTSxZQUFZO0FBR2xCLElBQU0sYUFBYTs7O0FDMUcxQixTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBR2pCLElBQU0sU0FBUyxDQUFDQyxXQUFrQixJQUFJLFdBQVcsWUFBWUEsTUFBSyxDQUFDO0FBQ25FLElBQU0sV0FBVyxJQUFJLFdBQVcsTUFBTTtBQUN0QyxJQUFJO0FBR0csU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxTQUFTLEdBQUdDLE1BQUssR0FBRyxtQkFBbUI7QUFDaEQ7QUFPTyxTQUFTLE9BQVUsUUFBZ0IsUUFBNEIsTUFBcUM7QUFDekcsc0JBQVcsSUFBSSxjQUFjLFFBQVEsTUFBTTtBQUMzQyxRQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU07QUFDaEMsRUFBQUEsTUFBSyxHQUFHLFFBQVEsU0FBUyxXQUFXLE1BQU07QUFDMUMsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsVUFBRTtBQUNBLFdBQU9BLE1BQUssR0FBRyxRQUFRLFNBQVM7QUFBQSxFQUNsQztBQUNGOzs7QUMxQk8sSUFBTSxnQkFBZ0I7OztBaEJnQjdCLElBQU0sV0FBcUU7QUFBQSxFQUN6RSxLQUFLLEtBQUssaUJBQWlCLGdCQUFnQixHQUFHO0FBQUEsRUFDOUMsTUFBTSxLQUFLLGlCQUFpQixnQkFBZ0IsSUFBSTtBQUFBLEVBQ2hELFFBQVEsS0FBSyxpQkFBaUIsZ0JBQWdCLE1BQU07QUFDdEQ7QUFHTyxTQUFTLGlCQUF5QjtBQUN2QyxTQUFPLEdBQUcsaUJBQWlCLFdBQVcsR0FBRyxTQUFTLFNBQVMsY0FBYyxDQUFDO0FBQzVFO0FBb0JPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQU0xQixZQUNtQixTQUNBLEtBQ0EsVUFBbUIsV0FDcEM7QUFIaUI7QUFDQTtBQUNBO0FBUm5CLHdCQUFpQjtBQUNqQix3QkFBaUIsV0FBVSxlQUFlO0FBQzFDLHdCQUFRLFdBQVU7QUFDbEIsd0JBQVEsZ0JBQWU7QUFPckIsU0FBSyxVQUFVLFlBQVksSUFBSSxRQUFRLGFBQWEsRUFBRTtBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUdBLEtBQUssT0FBeUI7QUFDNUIsVUFBTSxFQUFFLFVBQVUsUUFBUSxJQUFJLEtBQUssS0FBSyxPQUFPLE9BQU8sUUFBVyxNQUFNO0FBQ3ZFLFVBQU0sUUFBUSxTQUFTLFdBQVcsZ0JBQWdCLE9BQU8sU0FBUyxPQUFPLGNBQWMsU0FBUyxJQUFJLElBQUk7QUFDeEcsV0FBTyxFQUFFLFVBQVUsT0FBTyxRQUFRO0FBQUEsRUFDcEM7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFFBQVEsT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQ2hEO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHUSxRQUFnQjtBQUN0QixRQUFJLEtBQUssWUFBWSxRQUFTLFFBQU8sVUFBVSxLQUFLLElBQUksUUFBUSxlQUFlLE9BQU87QUFDdEYsVUFBTSxVQUFVLGVBQWU7QUFDL0IsUUFBSSxZQUFZLEtBQUssU0FBUztBQUM1QixXQUFLLFVBQVU7QUFDZixXQUFLLGVBQWUsVUFBVSxLQUFLLElBQUksUUFBUSxlQUFlLEVBQUUsUUFBUSxDQUFDO0FBQUEsSUFDM0U7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFUSxLQUE4QixRQUFnQixPQUFlLE1BQTBCLGNBQWtCO0FBQy9HLFVBQU0sUUFBUSxJQUFJLEtBQUs7QUFDdkIsVUFBTSxTQUFTLEtBQUssWUFBWTtBQUNoQyxVQUFNQyxRQUErQixTQUFTLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxFQUFFLE1BQU0sT0FBTyxJQUFJLFFBQVE7QUFDbEcsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxVQUFNLFFBQVEsS0FBSyxNQUFNO0FBQ3pCLFdBQU8sT0FBTyxLQUFLLElBQUksUUFBUSxTQUFTLFNBQVMsUUFBVyxDQUFDLFVBQVU7QUFDckUsWUFBTSxTQUFTLEtBQUssSUFBSTtBQUN4QixZQUFNLFdBQVcsS0FBSyxRQUFZLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUksTUFBTTtBQUFBLFFBQ3pFLFNBQVM7QUFBQSxVQUNQLGFBQWEsTUFBTTtBQUFBLFVBQ25CLFNBQVMsS0FBSztBQUFBLFVBQ2QsY0FBYztBQUFBLFVBQ2QsR0FBSSxTQUFTLE9BQU8sQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLFFBQ2hFO0FBQUEsUUFDQSxNQUFBQTtBQUFBLFFBQ0EsU0FBUyxLQUFLO0FBQUEsUUFDZDtBQUFBLFFBQ0Esa0JBQWtCLFNBQVMsTUFBTTtBQUFBLE1BQ25DLENBQUM7QUFDRCxVQUFJLENBQUMsT0FBUSxRQUFPLEVBQUUsVUFBVSxTQUFTLE9BQVU7QUFDbkQsWUFBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLFlBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELFlBQU0sVUFBMEI7QUFBQSxRQUM5QixTQUFTLE1BQU07QUFBQSxRQUNmLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNO0FBQUEsUUFDTjtBQUFBLFFBQ0E7QUFBQSxRQUNBLFNBQVMsQ0FBQyxVQUFVLGNBQWMsUUFBUSxTQUFTLFFBQVEsY0FBYyxDQUFDO0FBQUEsUUFDMUUsWUFBWSxRQUFRO0FBQUEsUUFDcEI7QUFBQSxNQUNGO0FBQ0EsbUJBQWEsT0FBTyxRQUFRLFFBQVEsUUFBUSxRQUFRO0FBQ3BELHFCQUFlLE9BQU87QUFDdEIsYUFBTyxFQUFFLFVBQVUsUUFBUTtBQUFBLElBQzdCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBaUJoSUEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTtBQVFqQixJQUFNLFFBQVEsSUFBSSxZQUFZLHFCQUFxQixNQUFnQixLQUFLLE1BQU0sS0FBSyxtQkFBbUIsQ0FBQyxDQUFDO0FBTWpHLFNBQVMsY0FBYyxLQUFvQjtBQUNoRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixRQUFNLFlBQVlBLE1BQUssR0FBRztBQUUxQixRQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU8sYUFBYSxNQUFNLE1BQU07QUFDekQsU0FBTyxZQUFZLElBQUksUUFBUSxNQUFNLElBQUksU0FBUztBQUNwRDs7O0FDbEJPLElBQU0sU0FBNEIsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQ2hILFFBQU0sUUFBUSx3QkFBd0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDaEUsU0FBTyxRQUFRLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFDN0MsQ0FBQztBQUdNLElBQU1DLFNBQTJCLFVBQVUscUNBQXFDLENBQUMsUUFBUTtBQUM5RixRQUFNLFFBQVEsMkNBQTJDLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ25GLFNBQU8sU0FBUyxLQUFLLFNBQVMsSUFBSSxRQUFRO0FBQzVDLENBQUM7QUFHTSxTQUFTLEtBQUssS0FBZ0M7QUFDbkQsU0FBTyxVQUFVLDRCQUE0QixHQUFHLElBQUksQ0FBQyxRQUFRO0FBQzNELFVBQU0sUUFBUSxZQUFZLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3BELFdBQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDOUMsQ0FBQztBQUNIO0FBR08sSUFBTSxnQkFBZ0I7QUFpQnRCLFNBQVMsV0FBVyxLQUFVLFVBQTBCO0FBQzdELFNBQU8sUUFBUSxLQUFLLFdBQVcsS0FBSyxhQUFhLEdBQUcsUUFBUTtBQUM5RDtBQUdPLFNBQVMsYUFBYSxLQUFVLFVBQWtCLFVBQTBCO0FBQ2pGLFNBQU8sUUFBUSxLQUFLLFVBQVUsVUFBVSxRQUFRO0FBQ2xEO0FBR08sSUFBTSxlQUFrQztBQUFBLEVBQVU7QUFBQSxFQUEyQyxDQUFDLFFBQ25HLGlCQUFpQixLQUFLLEdBQUcsS0FBSyxXQUFXLEdBQUcsTUFBTSxTQUFZLE1BQU07QUFDdEU7QUFHTyxTQUFTLFNBQVMsS0FBVSxVQUFrQixVQUEwQjtBQUM3RSxTQUFPLFFBQVEsS0FBSyxVQUFVLGNBQWMsUUFBUTtBQUN0RDs7O0FDMUNPLFNBQVMsV0FBVyxLQUFlO0FBQ3hDLFNBQU87QUFBQSxJQUNMLFdBQVcsUUFBUSxLQUFLLFlBQVlDLFFBQU8sR0FBRztBQUFBLElBQzlDLFlBQVksUUFBUSxLQUFLLG1CQUFtQixLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDMUQ7QUFDRjtBQU9PLFNBQVMsWUFBWSxHQUFXLFNBQWlCQyxNQUFpQjtBQUN2RSxNQUFJLElBQUlBLEtBQUksVUFBVyxRQUFPO0FBQzlCLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxXQUFXQSxLQUFJLFdBQVksUUFBTztBQUN0QyxTQUFPLElBQUlBLEtBQUksYUFBYSxJQUFJQSxLQUFJLGFBQWEsSUFBSSxXQUFXO0FBQ2xFO0FBR08sU0FBUyxZQUFZLEdBQVcsUUFBbUM7QUFDeEUsU0FBTyxPQUFPLEtBQUssSUFBSSxPQUFPLFNBQVMsR0FBRyxLQUFLLE1BQU0sSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFFOzs7QUNyQ0EsT0FBT0MsV0FBVTtBQWVWLFNBQVMsYUFBYUMsU0FBNkM7QUFDeEUsU0FBT0QsTUFBSyxLQUFLLFFBQVEsTUFBTSxVQUFVQyxRQUFPO0FBQ2xEO0FBTU8sU0FBUyxTQUFTLEtBQStCO0FBQ3RELE1BQUksQ0FBQyxJQUFLLENBQUFELE1BQUssS0FBSyxNQUFNLHlIQUF5SDtBQUNuSixTQUFPO0FBQ1Q7OztBQzFCQSxTQUFTLGFBQWE7QUFDdEIsU0FBUyxXQUFBRSxnQkFBZTtBQVN4QixJQUFNLGdCQUFnQixJQUFJQyxTQUFRLGNBQWM7QUFNekMsU0FBUyxRQUFXLE9BQVUsTUFBNkNDLE9BQWtEO0FBQ2xJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxNQUFNLFNBQVMsS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQ3BELFVBQU0sU0FBUyxNQUFNLE9BQU8sRUFBRSxDQUFDLElBQUksR0FBRyxVQUFVLEdBQUdBLEtBQUk7QUFDdkQsa0JBQWMsSUFBSSxHQUFHLEVBQUUsR0FBR0EsT0FBTSxRQUFRLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDeEQsUUFBSSxDQUFDLE9BQVEsa0JBQWlCQSxLQUFJO0FBQ2xDLFVBQU0sT0FBTztBQUFBLEVBQ2Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ2ZPLFNBQVMsVUFBVSxNQUFnQixPQUFlLE1BQTBEO0FBQ2pILE1BQUksS0FBSyxTQUFTLFdBQVcsZ0JBQWdCLElBQUs7QUFDbEQsUUFBTSxhQUFhLE9BQU87QUFBQSxJQUN4QixPQUFPLFFBQVEsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sU0FBUyxNQUFNLENBQUMsTUFBTSxDQUFDQyxZQUFxQkEsUUFBTyxVQUFVLFVBQWEsVUFBVUEsUUFBTyxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ3JJO0FBQ0EsTUFBSSxDQUFDLFFBQVEsTUFBTSxZQUFZLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQyxLQUFLLEtBQUssUUFBUyxnQkFBZSxFQUFFLEdBQUcsS0FBSyxTQUFTLGFBQWEsS0FBSyxDQUFDO0FBQ2pJOzs7QUNGTyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUEyQixRQUFvQixpQkFBeUI7QUFDNUgsUUFBTSxTQUFTLElBQUksZUFBZSxTQUFTLEtBQUssT0FBTztBQUN2RCxRQUFNLE1BQU0sVUFBVSxrQkFBa0IsSUFBSSxTQUFTO0FBQ3JELE1BQUksVUFBVTtBQUNkLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sRUFBRSxVQUFVLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLFNBQVMsV0FBVyxFQUFHLFFBQU8sUUFBUSxRQUFRLEtBQUssbUJBQW1CLFNBQVMsS0FBSyxLQUFLLEtBQUssT0FBTztBQUN6RyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sYUFBYSxJQUFJLE1BQU0sbUJBQW1CO0FBQ3ZHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxVQUFVQSxNQUFLLEtBQUssSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHO0FBQ3pFLFlBQU0sRUFBRSxRQUFRLE1BQU0sSUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ25ELFVBQUksV0FBVyxFQUFHLFFBQU8sUUFBUSxXQUFXLEtBQUssbUJBQW1CLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDMUYsVUFBSSxXQUFXLGdCQUFnQixPQUFRO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxVQUFVLEVBQUcsU0FBUSxLQUFLLGtCQUFrQixPQUFPLFlBQVksTUFBTSxrQkFBa0IsRUFBRSxpQkFBaUI7QUFDOUcsTUFBSSxJQUFLLFNBQVEsSUFBSSxHQUFHLFVBQVUsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNqRCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsUUFBZ0IsS0FBWSxTQUF5QjtBQUNwRSxVQUFRLEtBQUsscUNBQXFDLE1BQU0sYUFBYSxJQUFJLE1BQU0saUVBQWlFO0FBQ2hKLFNBQU87QUFDVDs7O0FDWk8sU0FBUyxhQUFhQyxTQUFxQkMsTUFBd0I7QUFDeEUsUUFBTSxVQUFpQixDQUFDO0FBQ3hCLE1BQUk7QUFDSixTQUFPO0FBQUEsSUFDTCxNQUFNLE1BQStCO0FBQ25DLFlBQU0sTUFBTSxTQUFTLElBQUk7QUFDekIsMEJBQVcsSUFBSSxlQUFlRCxRQUFPLFNBQVMsR0FBRztBQUNqRCxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBRyxRQUFRLFFBQVFDLElBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0YsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBRXBCLGtCQUFVLE9BQU8sS0FBSyxLQUFLLEdBQUcsT0FBTyxFQUFFLGdDQUFnQyxNQUFNLEtBQUssQ0FBQztBQUNuRjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsTUFBTSxLQUFrQjtBQUN0QixlQUFTQSxRQUFPLFNBQVMsS0FBS0EsUUFBTyxNQUFNO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZEQSxPQUFPRyxXQUFVOzs7QUN5QmpCLElBQU0sY0FBYyxFQUFFLGNBQWMsT0FBTyxpQkFBaUIsT0FBTyxjQUFjLE9BQU8sa0JBQWtCLE9BQU8sYUFBYSxNQUFNO0FBRzdILElBQU0sb0JBQW9CO0FBR2pDLElBQU0sYUFBYSxLQUFLO0FBRXhCLElBQU0sVUFBa0MsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLEdBQUcsR0FBRyxLQUFNLEdBQUcsS0FBUSxHQUFHLE1BQVcsR0FBRyxNQUFXO0FBR3hILFNBQVMsYUFBYUMsT0FBK0I7QUFDMUQsTUFBSSxPQUFPQSxVQUFTLFNBQVUsUUFBT0E7QUFDckMsTUFBSSxnQkFBZ0IsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBT0EsS0FBSTtBQUNsRCxNQUFJLENBQUMsMENBQTBDLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU87QUFDekUsTUFBSSxRQUFRO0FBQ1osYUFBVyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksS0FBS0EsTUFBSyxTQUFTLHFDQUFxQyxFQUFHLFVBQVMsT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzNILFNBQU87QUFDVDtBQUVBLFNBQVMsR0FBRyxPQUFrQyxVQUEwQjtBQUN0RSxRQUFNLFNBQVMsYUFBYSxTQUFTLFFBQVE7QUFDN0MsU0FBTyxPQUFPLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDNUM7QUFHTyxTQUFTLGNBQWMsVUFBa0M7QUFDOUQsUUFBTSxlQUFlLEdBQUcsU0FBUyxjQUFjLFlBQVksWUFBWTtBQUN2RSxRQUFNLFVBQVUsU0FBUyxVQUFVLENBQUMsR0FBRyxPQUFPLENBQUMsS0FBSyxVQUFVLE1BQU0sR0FBRyxNQUFNLFVBQVUsSUFBSSxHQUFHLENBQUM7QUFDL0YsVUFBUSxTQUFTLFVBQVU7QUFBQSxJQUN6QixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsYUFBYSxZQUFZLFdBQVcsSUFBSTtBQUFBLElBQzdELEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxVQUFVLElBQUksSUFBSTtBQUFBLElBQ3ZDLEtBQUs7QUFDSCxhQUFPLFNBQVMsR0FBRyxTQUFTLGtCQUFrQixZQUFZLGdCQUFnQixJQUFJO0FBQUEsSUFDaEYsS0FBSztBQUNILGFBQU8sU0FBUztBQUFBLElBQ2xCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQU1PLFNBQVMsVUFBVUMsVUFBNEI7QUFDcEQsUUFBTSxZQUFZLE9BQU8sT0FBT0EsU0FBUSxhQUFhLENBQUMsQ0FBQztBQUN2RCxRQUFNLGVBQWUsVUFBVSxXQUFXLElBQ3RDLGFBQ0EsS0FBSyxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsYUFBYSxHQUFHLFNBQVMsV0FBVyxJQUFJLElBQUksY0FBYyxRQUFRLENBQUMsQ0FBQztBQUNuRyxTQUNFLEdBQUdBLFNBQVEsY0FBYyxZQUFZLFlBQVksSUFBSSxlQUFlLEdBQUdBLFNBQVEsaUJBQWlCLFlBQVksZUFBZSxJQUFJO0FBRW5JOzs7QUNsRkEsT0FBT0MsV0FBb0M7QUFRcEMsSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxZQUFZQyxTQUFpRztBQUMzSCxRQUFNLFNBQVMsWUFBWUEsUUFBTyxPQUFPO0FBQ3pDLFFBQU0sU0FBUyxhQUFhQSxPQUFNO0FBQ2xDLFFBQU0sVUFBVSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxlQUFlLEdBQUc7QUFDaEUsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxRQUFRLE9BQU8sR0FBRztBQUNyRCxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLE9BQU8sSUFBSTtBQUM1RCxNQUFJLEtBQUssVUFBVSxJQUFLLFFBQU87QUFDL0IsTUFBSSxLQUFLLFdBQVcsT0FBTyxjQUFjLEtBQUssUUFBUSxFQUFFLE1BQU0sUUFBVztBQUN2RSxXQUFPLEdBQUcsTUFBTSw2Q0FBNkNBLFFBQU8sWUFBWSxVQUFVLEtBQUssYUFBYSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzFIO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLFNBQWlCLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzFHLFNBQU87QUFBQSxJQUFPO0FBQUEsSUFBUTtBQUFBLElBQVcsQ0FBQyxVQUNoQ0MsTUFBSyxJQUFJLEdBQUcsT0FBTyxJQUFJLE9BQU8sSUFBSTtBQUFBLE1BQ2hDLFNBQVMsRUFBRSxhQUFhLE1BQU0sWUFBWTtBQUFBLE1BQzFDLE1BQU0sRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksUUFBUTtBQUFBLE1BQ3pDLFNBQVMsZUFBZTtBQUFBLE1BQ3hCLGNBQWM7QUFBQSxNQUNkLGtCQUFrQkEsTUFBSyxpQkFBaUIsUUFBUTtBQUFBLElBQ2xELENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLFdBQVcsUUFBZ0IsU0FBaUIsVUFBMkM7QUFDOUYsUUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixNQUFJLFNBQVMsZUFBZSxNQUFNO0FBQ2hDLFdBQU8sR0FBRyxNQUFNLHVCQUF1QixJQUFJLFdBQVcsZUFBZSxDQUFDO0FBQUEsRUFDeEU7QUFDQSxRQUFNLFNBQVMscUJBQXFCLEtBQUssU0FBUyxLQUFLLElBQUksdUJBQXVCLFNBQVM7QUFDM0YsU0FBTyxHQUFHLE1BQU0sMkJBQTJCLElBQUksWUFBWSxNQUFNO0FBQ25FO0FBR0EsU0FBUyxPQUFPLFVBQTJDO0FBQ3pELFFBQU0sUUFBUSxTQUFTLFFBQVEsSUFBSSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDN0QsU0FBTyxHQUFHLFNBQVMsTUFBTSxJQUFJLEtBQUssVUFBVSxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUNoRzs7O0FGaERPLFNBQVMsU0FBU0MsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FHaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNnQk8sSUFBTSxvQkFBc0QsRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLE1BQU0sS0FBSztBQUc1RixTQUFTLFFBQVFDLFdBQTBCO0FBRWhELFVBQVEsV0FBV0EsU0FBUSxLQUFLLEtBQUs7QUFDdkM7QUFhTyxTQUFTLGtCQUFrQixVQUFtQztBQUNuRSxRQUFNQyxhQUFZLElBQUksa0JBQWtCLFNBQVMsUUFBUTtBQUN6RCxNQUFJLFNBQVMsYUFBYSx3QkFBeUIsUUFBTyxTQUFTLE9BQU9BLGFBQVksUUFBUSxTQUFTLFFBQVE7QUFDL0csTUFBSUMsUUFBTyxTQUFTO0FBQ3BCLE1BQUksUUFBUTtBQUNaLGFBQVcsU0FBUyxTQUFTLFFBQVE7QUFDbkMsY0FBV0EsUUFBTyxNQUFNLFVBQVUsSUFBS0QsYUFBWSxRQUFRLE1BQU0sUUFBUTtBQUN6RSxJQUFBQyxRQUFPLE1BQU07QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUO0FBU0EsSUFBTSxvQkFBb0I7QUFPbkIsU0FBUyxPQUFPLGVBQXVCLFFBQTZEO0FBQ3pHLFFBQU0sU0FBUyxLQUFLLEtBQUssZ0JBQWdCLG9CQUFvQixDQUFDO0FBQzlELFNBQU8sRUFBRSxpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDLEdBQUcsT0FBTztBQUMxRTtBQUdPLFNBQVMsVUFBVUMsT0FBb0I7QUFDNUMsU0FBT0EsTUFBSyxPQUFPLGtCQUFrQkEsTUFBSyxRQUFRO0FBQ3BEOzs7QUNoRk8sSUFBTSx1QkFBdUI7QUFzQjdCLFNBQVMsZUFBZSxLQUEwQjtBQUN2RCxRQUFNLFFBQVEsUUFBYyxLQUFLLGVBQWUsTUFBZSxFQUFFLE1BQU0sSUFBSSxVQUFVLEtBQUssQ0FBQztBQUMzRixRQUFNLFlBQVksUUFBUSxLQUFLLGNBQWMsS0FBSyxHQUFTLEdBQUcsRUFBRTtBQUNoRSxRQUFNLFFBQVEsUUFBUSxLQUFLLGVBQWUsS0FBSyxvQkFBb0IsR0FBRyxFQUFFO0FBQ3hFLFFBQU0sT0FBTyxhQUFhLEtBQUssaUJBQWlCLElBQUk7QUFDcEQsUUFBTSxPQUFPLFNBQVMsS0FBSyxhQUFhLElBQUk7QUFDNUMsUUFBTSxTQUFTLFdBQVcsS0FBSyxHQUFJO0FBQ25DLFFBQU0sWUFBWSxNQUFNLEtBQUssRUFBRSxRQUFRLE1BQU0sR0FBRyxDQUFDLEdBQUcsTUFBTSxNQUFNLE9BQU8sSUFBSSxTQUFTO0FBQ3BGLFFBQU0sU0FBa0IsQ0FBQyxFQUFFLFVBQVUsTUFBTSxRQUFRLFVBQVUsQ0FBQyxFQUFFLENBQUM7QUFDakUsYUFBVyxVQUFVLFVBQVUsTUFBTSxDQUFDLEVBQUcsUUFBTyxLQUFLLEVBQUUsVUFBVSxNQUFNLE9BQU8sR0FBRyxFQUFFLFVBQVUsTUFBTSxPQUFPLENBQUM7QUFDM0csUUFBTSxPQUFPLFVBQVUsRUFBRSxNQUFNLFVBQVUsUUFBUSxDQUFDLEdBQUcsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUMvRSxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsTUFDUixVQUFVO0FBQUEsTUFDVixXQUFXLFVBQVUsQ0FBQztBQUFBLE1BQ3RCLFVBQVUsTUFBTTtBQUFBLE1BQ2hCO0FBQUEsTUFDQSxHQUFHLE9BQU8sTUFBTSxNQUFNO0FBQUEsTUFDdEIsY0FBYztBQUFBLElBQ2hCO0FBQUEsSUFDQTtBQUFBLElBQ0EsVUFBVSxNQUFNO0FBQUEsSUFDaEIsYUFBYSxRQUFRLElBQUk7QUFBQSxJQUN6QixhQUFhLFFBQVEsSUFBSTtBQUFBO0FBQUEsSUFFekIsT0FBTyxpQkFBaUIsS0FBSyxRQUFRLEVBQUU7QUFBQSxJQUN2QyxjQUFjLFFBQVEsS0FBSyxvQkFBb0JDLFFBQU8sSUFBSTtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLE9BQU9DLE9BQXNCLGdCQUFnQztBQUMzRSxNQUFJLGlCQUFpQkEsTUFBSyxZQUFhLFFBQU87QUFDOUMsUUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLGlCQUFpQkEsTUFBSyxnQkFBZ0JBLE1BQUssY0FBY0EsTUFBSyxZQUFZO0FBQ3ZHLFNBQU8sS0FBSyxJQUFJLE1BQU1BLE1BQUssVUFBVSxTQUFTLENBQUM7QUFDakQ7QUFHTyxTQUFTLFdBQVcsUUFBK0QsTUFBc0I7QUFDOUcsU0FBTyxHQUFHLE1BQU0sU0FBUyxJQUFJO0FBQy9CO0FBVU8sU0FBUyxlQUFlQSxPQUF1RDtBQUNwRixRQUFNLGFBQThDLENBQUM7QUFDckQsRUFBQUEsTUFBSyxVQUFVLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFDbEMsZUFBVyxXQUFXLHFCQUFxQixJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsV0FBVyxTQUFTQSxNQUFLLEtBQUssSUFBSSxhQUFhLEtBQUssQ0FBQztBQUM1RyxlQUFXLFdBQVcsbUJBQW1CLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLFFBQVFBLE1BQUssWUFBWSxJQUFJLGFBQWEsS0FBSyxDQUFDO0FBQ2hILGVBQVcsV0FBVyxhQUFhLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVTtBQUFBLEVBQ3pELENBQUM7QUFDRCxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFlBQVlBLE9BQXNCLFNBQXVGO0FBQ3ZJLFNBQU9BLE1BQUssVUFBVSxJQUFJLENBQUMsR0FBRyxTQUFTO0FBQ3JDLFVBQU0sV0FBVyxRQUFRLFdBQVcsYUFBYSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDekUsVUFBTSxRQUFRLENBQUMsUUFBaUQsU0FDOUQsV0FBVyxJQUFLLFFBQVEsV0FBVyxRQUFRLElBQUksQ0FBQyxHQUFHLE9BQU8sSUFBSSxLQUFLLE9BQVE7QUFDN0UsV0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLHFCQUFxQixPQUFPLEdBQUcsV0FBVyxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUztBQUFBLEVBQ25ILENBQUM7QUFDSDtBQUdPLFNBQVMsZUFBZSxRQUFrQztBQUMvRCxNQUFJLE9BQU8sZUFBZSxNQUFNO0FBQzlCLFdBQU8sOENBQThDLE9BQU8sZUFBZSxDQUFDLGVBQWUsT0FBTyxRQUFRO0FBQUEsRUFDNUc7QUFDQSxRQUFNLE9BQU8sT0FBTyxnQkFBZ0IsT0FBTyxpQ0FBaUMsd0JBQXdCLE9BQU8sV0FBVztBQUN0SCxTQUFPLHdCQUF3QixPQUFPLFVBQVUsZ0JBQWdCLE9BQU8sV0FBVyxLQUFLLE9BQU8sTUFBTSxNQUFNLElBQUk7QUFDaEg7QUEwQk8sU0FBUyxXQUFXQSxPQUFzQixPQUF1QztBQUN0RixRQUFNLE1BQU0sQ0FBQyxTQUFpQixVQUFVLEVBQUUsTUFBTUEsTUFBSyxVQUFVLElBQUksR0FBRyxVQUFVQSxNQUFLLFNBQVMsQ0FBQztBQUMvRixRQUFNLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsQ0FBQztBQUM5QyxhQUFXLEtBQUssS0FBSztBQUNuQixVQUFNLE9BQU8sRUFBRSxVQUFVLFFBQVEsRUFBRSxTQUFTQSxNQUFLO0FBQ2pELFVBQU0sVUFBVSxFQUFFLGNBQWMsUUFBUSxFQUFFLGFBQWFBLE1BQUs7QUFDNUQsUUFBSSxRQUFRLFNBQVM7QUFDbkIsWUFBTSxTQUFTLE9BQ1gsT0FBTyxFQUFFLE1BQU8sUUFBUSxDQUFDLENBQUMsU0FBU0EsTUFBSyxLQUFLLFFBQzdDLGVBQWUsRUFBRSxZQUFhLEtBQUssUUFBUSxDQUFDLENBQUMsUUFBUUEsTUFBSyxlQUFlLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDNUYsYUFBTztBQUFBLFFBQ0wsYUFBYSxFQUFFO0FBQUEsUUFDZixZQUFZLElBQUksRUFBRSxJQUFJO0FBQUEsUUFDdEIsYUFBYSxFQUFFLE9BQU8sSUFBSSxJQUFJLEVBQUUsT0FBTyxDQUFDLElBQUk7QUFBQSxRQUM1QztBQUFBLFFBQ0EsVUFBVSxJQUFJO0FBQUEsUUFDZDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBTyxJQUFJLFNBQVMsSUFBSSxJQUFJLFNBQVMsQ0FBQyxFQUFFLE9BQU87QUFDckQsU0FBTyxFQUFFLGFBQWEsTUFBTSxZQUFZLE1BQU0sYUFBYSxTQUFTLE9BQU8sT0FBTyxJQUFJLElBQUksR0FBRyxRQUFRLE1BQU0sVUFBVSxJQUFJLFFBQVEsTUFBTTtBQUN6STs7O0FDN0hPLFNBQVMsVUFBVSxVQUEyQkMsTUFBVSxRQUErQjtBQUM1RixRQUFNLGFBQWEsc0JBQXNCLFFBQVE7QUFDakQsUUFBTSxRQUFRLEVBQUUsT0FBTyxHQUFHLFFBQVEsWUFBWSxPQUFPQSxLQUFJLFlBQVksT0FBTztBQUM1RSxRQUFNLFNBQVMsRUFBRSxPQUFPLEdBQUcsUUFBUSxZQUFZLFFBQVEsSUFBSUEsS0FBSSxhQUFhLE9BQU87QUFDbkYsU0FBTyxFQUFFLFVBQVUsRUFBRSxLQUFLLE9BQU8sTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFHLFFBQVEsTUFBTTtBQUNqRjtBQUdPLFNBQVMsc0JBQXNCLFVBQW1DO0FBQ3ZFLFNBQU8sS0FBSyxLQUFLLGtCQUFrQixRQUFRLElBQUksSUFBSTtBQUNyRDtBQUdPLFNBQVMsZUFBZSxVQUEyQkEsTUFBVSxRQUF5QjtBQUMzRixTQUFPLEVBQUUsUUFBUSxVQUFVLFVBQVVBLE1BQUssTUFBTSxHQUFHLG1CQUFtQixzQkFBc0IsUUFBUSxFQUFFO0FBQ3hHOzs7QUM1Qk8sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxhQUFhLE9BQWUsS0FBd0I7QUFDbEUsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxtQkFBbUIsSUFBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLGtCQUFrQjtBQUNoRztBQVVPLFNBQVMsV0FBVyxTQUEwQixZQUF3QixPQUFlLE9BQTBCO0FBQ3BILFFBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxVQUFVLE1BQU0sUUFBUSxTQUFTLE9BQU8sUUFBUSxTQUFTLEVBQUUsVUFBVTtBQUNsRyxRQUFNQyxRQUFPLGVBQWUsVUFBVSxFQUFFLFdBQVcsV0FBVyxNQUFNLElBQUksRUFBRSxNQUFNLE1BQU07QUFDdEYsUUFBTSxPQUFPLEVBQUUsWUFBWSxLQUFLLFNBQVMsQ0FBQyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsSUFBSSxHQUFHLEdBQUdBLE1BQUssQ0FBQyxHQUFHLE9BQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEdBQUcsSUFBSSxPQUFPLE1BQU0sRUFBRSxFQUFFLEVBQUU7QUFDbkosU0FBTyxHQUFHLFFBQVEsR0FBRyxrQ0FBa0MsaUJBQWlCLEtBQUssVUFBVSxFQUFFLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQztBQUN0RztBQUdBLFNBQVMsaUJBQWlCLE9BQXVCO0FBQy9DLFNBQU8sbUJBQW1CLEtBQUssRUFBRSxRQUFRLHNCQUFzQixDQUFDLFlBQVksbUJBQW1CLE9BQU8sQ0FBQztBQUN6RztBQWdCTyxTQUFTLFNBQVMsU0FBMEIsUUFBZ0IsT0FBeUI7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSw4QkFBOEIsWUFBWSxrREFBa0Qsb0JBQW9CLE1BQU0sQ0FBQztBQUFBLE1BQ3ZIO0FBQUEsSUFDRjtBQUFBLElBQ0EsTUFBTSxXQUFXLFNBQVMsUUFBUSxrQkFBa0IsWUFBWSxrQkFBa0IsWUFBWSxNQUFNLENBQUMsS0FBSyxLQUFLO0FBQUEsSUFDL0csT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSwyREFBMkQsTUFBTTtBQUFBLE1BQ2pFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDckVPLElBQU0saUJBQWlCO0FBRXZCLElBQU0sa0JBQWtCOzs7QUNHeEIsSUFBTSxzQkFBc0I7QUFFNUIsSUFBTSxrQkFBa0I7QUFnQ3hCLFNBQVMsZ0JBQWdCLE1BQXFCLFNBQXlCLEtBQTRCO0FBQ3hHLFFBQU0sTUFBTSxJQUFJLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLElBQUksS0FBSyxNQUFNLGlCQUFpQixFQUFFLFlBQVk7QUFDckYsUUFBTSxRQUFRLGFBQWEsT0FBTyxHQUFHO0FBQ3JDLFFBQU0sT0FBTyxRQUFRLElBQUksQ0FBQ0MsU0FBUSxTQUFTLE1BQU1BLE1BQUssSUFBSSxJQUFJLFNBQVMsS0FBSyxDQUFDO0FBQzdFLE1BQUksSUFBSSxTQUFVLE1BQUssS0FBSyxjQUFjLE1BQU0sS0FBSyxLQUFLLENBQUM7QUFDM0QsUUFBTSxTQUFTLENBQUMsUUFBZ0IsS0FBSyxRQUFRLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFDOUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsUUFBUSxJQUFJO0FBQUEsSUFDWixVQUFVLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSSxJQUFJO0FBQUEsSUFDakIsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUNkLFNBQVMsSUFBSTtBQUFBLElBQ2IsUUFBUSxFQUFFLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFFBQVE7QUFBQTtBQUFBLE1BRU4sVUFBVSxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQUEsTUFDdkMsWUFBWSxPQUFPLFlBQVksRUFBRSxTQUFTO0FBQUEsTUFDMUMsaUJBQWlCLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxNQUNoRCxjQUFjLE9BQU8sUUFBUSxFQUFFLFVBQVU7QUFBQSxNQUN6QyxjQUFjLE9BQU8sUUFBUSxFQUFFLFNBQVM7QUFBQSxJQUMxQztBQUFBLElBQ0EsTUFBTSxZQUFZLE1BQU0sU0FBUyxJQUFJLFFBQVE7QUFBQSxJQUM3QztBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLE1BQU07QUFBQSxFQUNwRDtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQXFCQSxNQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sU0FBUyxLQUFLLFFBQVEsYUFBYUEsS0FBSSxRQUFRQSxLQUFJLElBQUksQ0FBQztBQUM5RCxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWFBLElBQUcsQ0FBQztBQUM5QyxRQUFNLFlBQVksa0JBQWtCQSxJQUFHO0FBQ3ZDLFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYUEsS0FBSSxPQUFPQSxLQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sU0FBUztBQUNqRixRQUFNLE1BQU0sU0FBUyxPQUFPLFNBQVM7QUFDckMsUUFBTSxXQUFXLFVBQVUsSUFBSyxRQUFRLE9BQU9BLEtBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxXQUFXQSxLQUFJLE1BQU0sWUFBWTtBQUN2QyxRQUFNLFVBQVUsTUFBTSxTQUFTLE1BQU0sVUFBVSxTQUFTLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDbkYsU0FBTztBQUFBLElBQ0wsSUFBSUEsS0FBSTtBQUFBLElBQ1IsYUFBYUEsS0FBSTtBQUFBLElBQ2pCLE1BQU1BLEtBQUk7QUFBQSxJQUNWLFFBQVEsYUFBYUEsSUFBRztBQUFBLElBQ3hCO0FBQUEsSUFDQSxNQUFNQSxLQUFJO0FBQUEsSUFDVixXQUFXQSxLQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxZQUFZLFVBQVUsSUFBSSxNQUFNLFVBQVVBLEtBQUksZUFBZTtBQUFBLElBQzdELE1BQU0sVUFBVUEsTUFBSyxLQUFLLE9BQU87QUFBQSxJQUNqQyxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVNBLEtBQUksUUFBUSxTQUFTLEtBQUs7QUFBQSxNQUM5RCxNQUFNLFdBQVcsU0FBUyxRQUFRQSxLQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBU0EsS0FBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTQSxLQUFJO0FBQUEsRUFDZjtBQUNGO0FBR08sU0FBUyxVQUFVQSxNQUF5QyxLQUFhLFNBQTBCO0FBQ3hHLFFBQU0sT0FBT0EsS0FBSSxRQUFRLEVBQUUsZUFBZSxTQUFTLFVBQVUsR0FBRyxPQUFPLEVBQUU7QUFDekUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLGNBQWNBLEtBQUk7QUFBQSxJQUNsQixlQUFlLEtBQUs7QUFBQSxJQUNwQixVQUFVLEtBQUs7QUFBQSxJQUNmLE9BQU8sS0FBSztBQUFBLElBQ1osUUFBUSxVQUFVLElBQUksVUFBVSxTQUFTQSxLQUFJLGNBQWMsR0FBRyxJQUFJO0FBQUEsSUFDbEUsVUFBVSxVQUFVLElBQUksZUFBZSxLQUFLLFNBQVMsbUJBQW1CLElBQUk7QUFBQSxJQUM1RSxZQUFZLG1CQUFtQixTQUFTLEtBQUssVUFBVSxlQUFlO0FBQUEsRUFDeEU7QUFDRjtBQU1BLFNBQVMsY0FBYyxNQUFxQixLQUFpQixPQUE2QjtBQUN4RixRQUFNLEVBQUUsbUJBQUFDLG9CQUFtQixXQUFXLElBQUksSUFBSTtBQUM5QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGtCQUFrQjtBQUMvQyxRQUFNLFVBQVUsU0FBUyxPQUFPLFNBQVM7QUFDekMsUUFBTSxZQUFZLGtCQUFrQixVQUFVO0FBQzlDLFFBQU0sVUFBVSxJQUFJLElBQUk7QUFDeEIsUUFBTSxXQUFXQSxxQkFBb0IsSUFBSSxVQUFVQSxxQkFBb0I7QUFDdkUsUUFBTSxTQUFTLDJDQUEyQyxJQUFJLE1BQU07QUFDcEUsUUFBTSxVQUFVLE1BQU1BLG9CQUFtQixXQUFXLFlBQVksU0FBUyxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQ3BHLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLGFBQWEsc0NBQXNDQyxPQUFNLE9BQU8sSUFBSSxRQUFRLENBQUMsWUFBWUQsa0JBQWlCO0FBQUEsSUFDMUcsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOLFdBQVcsRUFBRSxJQUFJLE1BQU0sT0FBTyxTQUFTLE1BQU0sUUFBUTtBQUFBLElBQ3JEO0FBQUEsSUFDQSxTQUFTQTtBQUFBLElBQ1Q7QUFBQSxJQUNBLFlBQVksVUFBVSxJQUFJLFdBQVcsVUFBVSxVQUFVLElBQUksV0FBVztBQUFBLElBQ3hFLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQztBQUFBLElBQ1osT0FBTyxFQUFFLEdBQUcsU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSyxHQUFHLE9BQU8sV0FBVyxJQUFJLElBQUksU0FBUyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQUEsSUFDckgsU0FBUyxFQUFFLFFBQVEsa0JBQWtCLFFBQVEsU0FBUyxJQUFJLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQ0Y7QUFNQSxTQUFTLE1BQU0sU0FBaUIsT0FBZ0IsTUFBb0M7QUFDbEYsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFNBQVMsT0FBVyxRQUFPLE9BQU8sU0FBUztBQUMvQyxTQUFPLFFBQVEsU0FBUztBQUMxQjtBQUVBLFNBQVNDLE9BQU0sT0FBdUI7QUFDcEMsU0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFDbkM7QUFNQSxTQUFTLFlBQVksTUFBcUIsU0FBeUIsVUFBdUM7QUExSzFHO0FBMktFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxhQUFhLFFBQVEsQ0FBQyxFQUFFO0FBQzNFLGFBQVdGLFFBQU8sUUFBUyxXQUFLQSxLQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNQSxLQUFJLElBQUk7QUFDakUsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLE1BQXFCRyxPQUFtQztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxXQUFtQixLQUFLLFFBQVEsYUFBYSxRQUFRQSxLQUFJLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDeEYsUUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFDOUMsUUFBTUMsWUFBVyxPQUFPLG1CQUFtQjtBQUMzQyxRQUFNLFVBQVUsQ0FBQyxVQUErQixXQUFXLEtBQUssVUFBVSxTQUFZLFFBQVE7QUFDOUYsU0FBTztBQUFBLElBQ0wsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxXQUFXLFFBQVEsT0FBTyxpQkFBaUIsRUFBRSxJQUFJO0FBQUEsSUFDakQsS0FBSyxRQUFRLE9BQU8sV0FBVyxFQUFFLElBQUk7QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFDRjs7O0FDNUpPLFNBQVMsWUFBWSxRQUFzQixPQUFPLGVBQXVCO0FBQzlFLFFBQU0sU0FBUyxPQUFPLElBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDbEYsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLEtBQUssVUFBVSxPQUFPLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDckUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHFCQUFxQixLQUFLLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVdDLFNBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXRCxTQUFRLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSSxTQUFTO0FBQ2hNLFFBQU0sYUFBYSxPQUFPLFFBQVEsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUN4RCxRQUFNLGdCQUFnQixXQUFXLFNBQzdCLENBQUMsb0JBQW9CLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSx5QkFBeUIsS0FBSyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxLQUFLLEdBQUcsbUJBQW1CLElBQ2pJLENBQUM7QUFDTCxTQUFPLENBQUNDLE9BQU0sR0FBRyxlQUFlLEdBQUcsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLGdCQUFnQixFQUFFLEtBQUssSUFBSTtBQUM3RjtBQUVBLFNBQVMsV0FBVyxVQUE2QjtBQUMvQyxRQUFNQSxRQUFPLHVCQUF1QixLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixLQUFLLFNBQVMsU0FBUyxDQUFDLFdBQVdELFNBQVEsU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNySSxRQUFNLFdBQXFCLENBQUM7QUFDNUIsTUFBSSxTQUFTLFNBQVM7QUFDcEIsVUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLElBQUksU0FBUztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssT0FBTyxDQUFDLFdBQVcsS0FBSyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksQ0FBQyxZQUFZO0FBQUEsRUFDeEcsV0FBVyxTQUFTLFlBQVksUUFBVztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssU0FBUyxPQUFPLENBQUMsS0FBSztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxTQUFTLFVBQVcsVUFBUyxLQUFLLHFCQUFxQixLQUFLLFNBQVMsU0FBUyxDQUFDLGVBQWU7QUFDbEcsU0FBTyxTQUFTLFNBQVMsQ0FBQyxHQUFHQyxLQUFJLEtBQUssR0FBRyxVQUFVLGlCQUFpQixFQUFFLEtBQUssSUFBSSxJQUFJLEdBQUdBLEtBQUk7QUFDNUY7QUFFQSxTQUFTRCxTQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ2pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBT0UsTUFBd0I7QUFDN0MsUUFBTSxPQUFPQSxLQUFJO0FBQ2pCLFFBQU0sVUFBVSxLQUFLLE9BQU9BLEtBQUksWUFBWSxLQUFLQSxLQUFJLE9BQU87QUFDNUQsU0FBTztBQUFBLElBQ0wsSUFBSUEsS0FBSTtBQUFBLElBQ1IsV0FBVyxnQkFBZ0JBLElBQUc7QUFBQSxJQUM5QixLQUFLLE9BQU8sR0FBRyxLQUFLLEdBQUcsSUFBSUEsS0FBSSxPQUFPLEtBQUssR0FBRyxPQUFPLElBQUlBLEtBQUksT0FBTztBQUFBLElBQ3BFLE9BQU8sTUFBTSxXQUFXLEdBQUcsWUFBWSxLQUFLLE1BQU1BLEtBQUksT0FBTyxDQUFDLEtBQUssWUFBWSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxZQUFZLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxNQUFNO0FBQUEsSUFDdkksVUFBVSxPQUFPLEtBQUssS0FBSyxRQUFRLFNBQVMsS0FBSyxhQUFhLEtBQUssS0FBS0EsS0FBSSxVQUFVLE1BQU0sVUFBVSxNQUFNLENBQUMsT0FBT0EsS0FBSSxPQUFPO0FBQUEsSUFDL0gsU0FBUyxDQUFDLE9BQU8sTUFBTSxLQUFLLGVBQWUsT0FBTyxZQUFZLEtBQUssWUFBWSxLQUFLLFVBQVUsQ0FBQztBQUFBLElBQy9GLFVBQVVBLEtBQUksYUFBYSxPQUFPLE1BQU0sWUFBWUEsTUFBS0EsS0FBSSxRQUFRO0FBQUEsSUFDckUsU0FBUyxlQUFlQSxLQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRQSxLQUFJLGVBQWUsT0FBTyxNQUFNLFlBQVlBLEtBQUksVUFBVTtBQUFBLEVBQ3BFO0FBQ0Y7QUFFQSxJQUFNLFdBQXdELEVBQUUsY0FBYyxVQUFVLFFBQVEsVUFBVSxTQUFTLElBQUksVUFBVSxVQUFVO0FBR3BJLFNBQVMsZ0JBQWdCQSxNQUE2RDtBQUMzRixRQUFNLFVBQVVBLEtBQUksU0FBUyxZQUFZQSxLQUFJLE9BQU8sU0FBU0EsS0FBSSxJQUFJO0FBQ3JFLFNBQU8sR0FBRyxPQUFPLElBQUlBLEtBQUksVUFBVSxFQUFFLElBQUksWUFBWUEsTUFBS0EsS0FBSSxVQUFVLEtBQUssQ0FBQztBQUNoRjtBQUVBLFNBQVMsWUFBWUEsTUFBbUMsT0FBdUI7QUFDN0UsU0FBT0EsS0FBSSxVQUFVLFNBQVMsT0FBTyxHQUFHQyxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZQyxRQUF1QjtBQUNqRCxNQUFJLENBQUMsT0FBTyxTQUFTQSxNQUFLLEVBQUcsUUFBTztBQUNwQyxTQUFPLEdBQUdELE9BQU1DLFNBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTRCxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUNELFNBQVFBLEtBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFlBQVksTUFBTSxFQUFFO0FBQ3RFLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGVBQWVBLE1BQXdCO0FBQ3JELFFBQU1HLE9BQU0sT0FBT0gsSUFBRztBQUN0QixNQUFJQSxLQUFJLFlBQVksVUFBVyxRQUFPLDhDQUE4Q0csS0FBSSxTQUFTO0FBQ2pHLE1BQUksQ0FBQ0gsS0FBSSxLQUFNLFFBQU8sV0FBV0csS0FBSSxHQUFHLHdCQUF3QkEsS0FBSSxRQUFRLGdCQUFnQkEsS0FBSSxTQUFTO0FBQ3pHLFFBQU0sSUFBSUgsS0FBSSxLQUFLLFdBQVcsT0FBTyxLQUFLLFNBQVMsa0JBQWtCQSxLQUFJLEtBQUssTUFBTSxDQUFDO0FBQ3JGLFNBQU8sR0FBR0csS0FBSSxHQUFHLFNBQVNBLEtBQUksS0FBSyw4QkFBOEJILEtBQUksS0FBSyxRQUFRLGtCQUFrQkcsS0FBSSxTQUFTLEtBQUssV0FBV0gsS0FBSSxJQUFJLENBQUMsR0FBRyxDQUFDLGNBQWNHLEtBQUksUUFBUTtBQUMxSztBQUVBLElBQU0sYUFBMEQ7QUFBQSxFQUM5RCxjQUFjO0FBQUEsRUFDZCxTQUFTO0FBQUEsRUFDVCxRQUFRO0FBQUEsRUFDUixVQUFVO0FBQ1o7QUFHTyxTQUFTLGtCQUFrQixHQUFtQjtBQUNuRCxTQUFPLEtBQUssT0FBUSxPQUFPLEtBQUssTUFBTSxJQUFJLEdBQUksSUFBSSxHQUFJLElBQUksRUFBRSxjQUFjLENBQUM7QUFDN0U7QUFRTyxTQUFTLFlBQVksU0FBOEI7QUFDeEQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDSCxTQUFRQSxLQUFJLFFBQVFBLEtBQUksWUFBWSxTQUFTO0FBQ2pGLFFBQU0sUUFBUSxPQUFPLE9BQU8sQ0FBQ0EsU0FBUUEsS0FBSSxNQUFNLGVBQWUsSUFBSTtBQUNsRSxNQUFJLE1BQU0sUUFBUTtBQUNoQixVQUFNLEtBQUssR0FBRyxNQUFNLE1BQU0seUhBQXlILE1BQU0sSUFBSSxDQUFDQSxTQUFRQSxLQUFJLEVBQUUsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDNUw7QUFDQSxRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUNBLFNBQVFBLEtBQUksUUFBUUEsS0FBSSxVQUFVQSxLQUFJLEtBQUssYUFBYTtBQUNwRixNQUFJLEtBQUssUUFBUTtBQUNmLFVBQU0sS0FBSyxHQUFHLEtBQUssTUFBTSxxRkFBcUYsS0FBSyxJQUFJLENBQUNBLFNBQVEsR0FBR0EsS0FBSSxFQUFFLEtBQUtBLEtBQUksT0FBTyxNQUFNQSxLQUFJLE1BQU0sYUFBYSxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQ3pNO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxpQkFBaUIsVUFBc0Q7QUFDckYsUUFBTSxFQUFFLFFBQVEsT0FBTyxRQUFRLFlBQUFJLGFBQVksTUFBTSxRQUFRLElBQUk7QUFDN0QsUUFBTSxTQUFTLEdBQUcsTUFBTSxLQUFLLEtBQUssWUFBWSxNQUFNLEtBQUtBLFdBQVUsUUFBUSxJQUFJLGFBQWEsT0FBTztBQUNuRyxNQUFJLFNBQVMsUUFBUyxRQUFPLEVBQUUsTUFBTSxTQUFTLFNBQVMsT0FBTyxJQUFJLE9BQU87QUFDekUsUUFBTSxNQUFNLFdBQVcsSUFBSSxnQkFBZ0IsS0FBSyxNQUFNO0FBQ3RELFNBQU8sRUFBRSxNQUFNLHVDQUF1QyxHQUFHLEtBQUssT0FBTztBQUN2RTtBQUdPLFNBQVMsY0FBYyxVQUE4QjtBQUMxRCxRQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLFFBQVE7QUFDbEQsU0FBTyxDQUFDLE9BQU8sSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFJLFNBQVMsV0FBVyxDQUFDLFNBQVMsU0FBUyxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUU7QUFDaEc7OztBQzlITyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsU0FBUyxNQUFNO0FBQ3BDLFFBQU0sTUFBTTtBQUFBLElBQ1YsT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLE1BQU0sU0FBUyxPQUFPLENBQUM7QUFBQSxJQUNyRjtBQUFBLElBQ0EsYUFBYSxRQUFRLE9BQU8sY0FBYyxRQUFRLElBQUksT0FBTyxRQUFRLE9BQU8sUUFBUSxnQkFBZ0IsUUFBUSxPQUFPLGdCQUFnQixRQUFRLENBQUMsQ0FBQyxjQUFjLFFBQVEsT0FBTztBQUFBLElBQzFLO0FBQUEsSUFDQSxHQUFJLFFBQVEsYUFBYSxDQUFDLE1BQU0saUJBQWlCLE9BQU8sUUFBUSxVQUFVLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN6RjtBQUNBLGFBQVdDLFFBQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLFVBQVVBLEtBQUksRUFBRSxJQUFJLElBQUksR0FBR0EsS0FBSSxXQUFXLEtBQUssZUFBZUEsSUFBRyxDQUFDLEtBQUssRUFBRTtBQUNsRixlQUFXLFlBQVlBLEtBQUksV0FBVztBQUNwQyxZQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLFFBQVE7QUFDbEQsVUFBSSxLQUFLLEtBQUssU0FBUyxXQUFXLElBQUksSUFBSSxLQUFLLFNBQVMsUUFBUSxNQUFNLElBQUksTUFBTSxNQUFNLEVBQUU7QUFBQSxJQUMxRjtBQUNBLFFBQUksS0FBSyxpQkFBaUJBLEtBQUksTUFBTSxJQUFJLGdCQUFnQkEsS0FBSSxNQUFNLEtBQUssc0JBQXNCQSxLQUFJLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUk7QUFBQSxJQUNGLHlCQUF5QixRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsUUFBUSxLQUNSLElBQUksTUFBTSxFQUNWLElBQUksQ0FBQ0MsU0FBUSxPQUFPQSxLQUFJLEVBQUUsUUFBUSxLQUFLQSxLQUFJLFNBQVMsQ0FBQyxNQUFNQSxLQUFJLEdBQUcsTUFBTUEsS0FBSSxLQUFLLE1BQU1BLEtBQUksUUFBUSxNQUFNQSxLQUFJLE9BQU8sTUFBTSxLQUFLQSxLQUFJLFFBQVEsQ0FBQyxNQUFNQSxLQUFJLE9BQU8sSUFBSTtBQUFBLElBQ3BLLEdBQUcsWUFBWSxPQUFPLEVBQUUsUUFBUSxDQUFDLFNBQVMsQ0FBQyxJQUFJLEtBQUssSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMzRDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxjQUFjLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUcsY0FBYyxRQUFRLE1BQU0sS0FBSyxjQUFjLFFBQVEsTUFBTSxJQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQy9KO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxTQUFTLEtBQUtDLE9BQXNCO0FBQ2xDLFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUs7QUFDbEM7OztBQ3hDTyxTQUFTLGNBQWMsU0FBZ0M7QUFDNUQsU0FBTztBQUFBLElBQ0wsTUFBTSxvQkFBb0IsUUFBUSxRQUFRLElBQUksUUFBUSxNQUFNO0FBQUEsSUFDNUQsV0FBVyxRQUFRLE9BQU87QUFBQSxJQUMxQixNQUFNLFFBQVEsT0FBTztBQUFBLElBQ3JCLFlBQVksRUFBRSxRQUFRLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQy9HLE9BQU8sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU9ELElBQUc7QUFDdEIsWUFBTSxVQUFVO0FBQUEsUUFDZEEsS0FBSTtBQUFBLFFBQ0osY0FBY0MsS0FBSSxTQUFTO0FBQUEsUUFDM0IsZUFBZUEsS0FBSSxHQUFHLFdBQVdBLEtBQUksS0FBSztBQUFBLFFBQzFDLGNBQWNBLEtBQUksUUFBUTtBQUFBLFFBQzFCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWUQsS0FBSSxPQUFPO0FBQUEsUUFDdkIsR0FBR0EsS0FBSSxVQUFVLElBQUksQ0FBQyxNQUFNO0FBQzFCLGdCQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLENBQUM7QUFDM0MsaUJBQU8sR0FBRyxJQUFJLEtBQUssTUFBTSxJQUFJLEVBQUUsV0FBVyxLQUFLLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxRQUNsRSxDQUFDO0FBQUEsUUFDRCxTQUFTQSxLQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVdBLEtBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUUEsS0FBSSxNQUFNLEtBQUs7QUFBQSxNQUN6QixFQUFFLEtBQUssSUFBSTtBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU1BLEtBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CQSxLQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJQSxLQUFJLFlBQVksU0FBUyxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUyxlQUFlQSxJQUFHLEdBQUcsTUFBTUEsS0FBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQ2pDTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUNwQixDQUFDLFNBQVMsb0JBQW9CO0FBQUEsRUFDOUIsQ0FBQyxZQUFZLFdBQVc7QUFBQSxFQUN4QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsWUFBWSxVQUFVO0FBQUEsRUFDdkIsQ0FBQyxXQUFXLFNBQVM7QUFDdkI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDRSxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUMzRCxHQUFHLFlBQVksT0FBTyxFQUFFLElBQUksQ0FBQyxTQUFTLE9BQU8sSUFBSSxFQUFFO0FBQUEsRUFDckQ7QUFDQSxhQUFXRSxRQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLE9BQU9BLEtBQUksRUFBRSxLQUFLQSxLQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWVBLElBQUcsQ0FBQyxFQUFFO0FBQzlFLGVBQVcsWUFBWUEsS0FBSSxVQUFXLEtBQUksS0FBSyxHQUFHLGNBQWMsUUFBUSxDQUFDO0FBQ3pFLFFBQUksS0FBSyxlQUFlQSxLQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWVBLEtBQUksTUFBTSxLQUFLLElBQUksZUFBZUEsS0FBSSxNQUFNLEtBQUssRUFBRTtBQUFBLEVBQzlHO0FBQ0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLGdCQUFnQixRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHO0FBQUEsSUFDNUQsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkMsZ0JBQWdCLFFBQVEsTUFBTSxJQUFJO0FBQUEsSUFDbEMsZ0JBQWdCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLFdBQVksS0FBSSxLQUFLLEtBQUssaUJBQWlCLEtBQUssT0FBTyxRQUFRLFVBQVUsSUFBSSxFQUFFO0FBQzNGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7OztBQ25DTyxTQUFTLGtCQUFrQixNQUE2QjtBQUM3RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEtBQUssU0FBUyxHQUFHLENBQUM7QUFDbkYsUUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLElBQUkscUJBQXFCLEVBQUU7QUFDeEMsTUFBSSxRQUFRO0FBQ1YsVUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLE9BQU8sU0FBUztBQUN0RCxRQUFJO0FBQUEsTUFDRixJQUFJLGdCQUFnQixHQUFHLEtBQUssRUFBRTtBQUFBLE1BQzlCLElBQUksb0JBQW9CLEdBQUdDLFNBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sVUFBVSxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDNUYsSUFBSSxpQkFBaUIsR0FBR0EsU0FBUSxLQUFLLE9BQU8sUUFBUSxFQUFFLENBQUMsSUFBSSxPQUFPLFNBQVMsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzlGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsT0FBTyxPQUFPLEtBQUssWUFBWTtBQUN6QyxVQUFNLGFBQWEsUUFBUSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLFFBQUksV0FBVyxXQUFXLEVBQUc7QUFDN0IsUUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sYUFBYSxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNyRztBQUNBLE1BQUksS0FBSyxrQkFBa0IsS0FBSyxNQUFNLG9CQUFvQixLQUFNLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUNqRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsSUFBTSxxQkFBcUIsQ0FBQyxzQkFBc0IsY0FBYyxPQUFPLFdBQVcsb0JBQW9CO0FBQ3RHLElBQU0sbUJBQW1CLENBQUMsaUJBQWlCLFdBQVc7QUFFdEQsSUFBTSxhQUF5RDtBQUFBLEVBQzdELENBQUMsUUFBUSxDQUFDLFNBQVMsS0FBSyxXQUFXLE9BQU8sQ0FBQztBQUFBLEVBQzNDLENBQUMsYUFBYSxDQUFDLFNBQVMsbUJBQW1CLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDekQsQ0FBQyxXQUFXLENBQUMsU0FBUyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNyRCxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLG1CQUFtQixTQUFTLElBQUksS0FBSyxDQUFDLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUMxSDtBQUVBLFNBQVMsSUFBSSxNQUFjLE9BQXVCO0FBQ2hELFNBQU8sT0FBTyxHQUFHLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLEtBQUssS0FBSztBQUNuRDtBQUVBLFNBQVMsYUFBYSxRQUFpQztBQUNyRCxRQUFNLElBQUksT0FBTztBQUNqQixVQUFRLE9BQU8sTUFBTTtBQUFBLElBQ25CLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN6RixLQUFLLFFBQVE7QUFDWCxZQUFNLFNBQVMsRUFBRSxVQUFVLE1BQU0sRUFBRSxTQUFTO0FBQzVDLGFBQU8sR0FBR0EsU0FBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsV0FBVyxLQUFLO0FBQUEsSUFDakU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDdkksS0FBSztBQUNILGFBQU8sQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxPQUFPLEVBQzFELE9BQU8sQ0FBQyxTQUFTLEVBQUUsSUFBSSxNQUFNLE1BQVMsRUFDdEMsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQyxFQUFFLEVBQzNELEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxPQUFlLFVBQTBCO0FBQ3ZELE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQyxNQUFNLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDO0FBQ2xJLE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3BJLFNBQU8sS0FBSyxLQUFLO0FBQ25CO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRztBQUM3QztBQUVBLFNBQVNBLFNBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sSUFBSUEsU0FBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUNsRE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLEtBQUFDLE1BQUssTUFBQUMsTUFBSyxJQUFJO0FBQzlCLFFBQU0sYUFBYSxxQkFBcUJBLE9BQU1ELElBQUc7QUFDakQsUUFBTSxXQUFXQyxNQUFLLHNCQUFzQixVQUFhLGVBQWUsU0FBWSxTQUFZLEVBQUUsbUJBQW1CQSxNQUFLLG1CQUFtQixXQUFXO0FBQ3hKLFFBQU0sVUFBVSxnQkFBZ0IsTUFBTSxTQUFTRixTQUFRQyxNQUFLQyxLQUFJLEdBQUc7QUFBQSxJQUNqRSxRQUFRRixRQUFPO0FBQUEsSUFDZixVQUFVQSxRQUFPO0FBQUEsSUFDakIsU0FBU0EsUUFBTztBQUFBLElBQ2hCLEtBQUssTUFBTTtBQUFBLElBQ1gsS0FBQUM7QUFBQSxJQUNBO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTyxFQUFFLEdBQUcsU0FBUyxZQUFZLE1BQU0sY0FBYyxLQUFLO0FBQzVEO0FBTU8sU0FBUyxpQkFBaUIsTUFBcUIsT0FBK0M7QUFDbkcsUUFBTSxVQUFVLGFBQWEsTUFBTSxLQUFLO0FBQ3hDLFFBQU0sUUFBUSxNQUFNLGFBQ2hCLDhEQUE4RCxNQUFNLE9BQU8sU0FBUztBQUFBLElBQ3BGLGVBQWUsT0FBTztBQUMxQixTQUFPLEVBQUUsUUFBUSxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFBQSxFQUFLLEtBQUssSUFBSSxHQUFHLFlBQVksU0FBUyxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQzNHOzs7QUM3Q0EsSUFBTSxVQUFVLENBQUMsS0FBSyxLQUFLLE1BQU07QUFRMUIsU0FBUyxlQUFlLEtBQXlCO0FBQ3RELFFBQU0sS0FBSyxRQUFRLFNBQVMsSUFBSSxrQkFBa0IsS0FBSyxFQUFFLFlBQVksS0FBSyxFQUFFO0FBQzVFLFFBQU0sUUFBUSxJQUFJLHlCQUF5QixLQUFLLEtBQUssSUFBSSx5QkFBeUIsS0FBSyxNQUFNO0FBQzdGLFNBQU8sTUFBTSxTQUFTLEtBQUssT0FBTztBQUNwQzs7O0FDUE8sU0FBUyxjQUFjLE1BQXdFO0FBR3BHLE1BQUksS0FBSyxlQUFlLFVBQWEsS0FBSyxRQUFRLGVBQWUsT0FBVyxRQUFPLENBQUM7QUFDcEYsUUFBTSxPQUFPLFdBQVc7QUFDeEIsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLE1BQU0scUZBQXFGO0FBR2hILFFBQU1FLFVBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxRQUFRLGFBQWEsS0FBSyxNQUFNLEVBQUU7QUFDbkUsU0FBTyxpQkFBaUIsTUFBTTtBQUFBLElBQzVCLFFBQUFBO0FBQUEsSUFDQSxLQUFLLEtBQUs7QUFBQSxJQUNWLE1BQU0sS0FBSztBQUFBLElBQ1gsS0FBSyxvQkFBSSxLQUFLO0FBQUEsSUFDZCxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLFlBQVksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLEVBQ3hDLENBQUM7QUFDSDs7O0F0RE5BLElBQU0sU0FBUyxXQUFXLFlBQVk7QUFDdEMsSUFBTSxPQUFPLGFBQWEsY0FBYztBQUN4QyxJQUFNLE1BQU0sYUFBYSxVQUFVO0FBRW5DLElBQU0sTUFBTSxXQUFXLFFBQVEsRUFBRSxNQUFNLFVBQVUsR0FBRyxlQUFlLEtBQUssVUFBVSxLQUFLLE9BQU8sT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUd2RyxJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXLEVBQUUsWUFBWSxLQUFLLFNBQVM7QUFBQSxFQUN2QyxtQkFBbUIsSUFBSTtBQUFBLEVBQ3ZCLFlBQVksRUFBRSxHQUFHLElBQUksWUFBWSxHQUFHLGVBQWUsSUFBSSxFQUFFO0FBQzNEO0FBRUEsSUFBTSxVQUFVLGFBQWEsUUFBUSxHQUFHO0FBR2pDLFNBQVMsUUFBZTtBQUM3QixTQUFPLFNBQVMsTUFBTTtBQUN4QjtBQUdlLFNBQVIsbUJBQWtCLEtBQWtCO0FBQ3pDLFFBQU0sa0JBQWtCLEtBQUssSUFBSSxJQUFJQyxNQUFLLFNBQVMsYUFBYTtBQUNoRSxFQUFBQSxNQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sT0FBTyxPQUFPLE1BQU0sY0FBYyxDQUFDO0FBQy9ELFVBQVEsTUFBTSxHQUFHO0FBQ25CO0FBR08sU0FBUyxTQUFTLEtBQWtCO0FBQ3pDLFVBQVEsTUFBTSxHQUFHO0FBQ25CO0FBR08sU0FBU0MsZUFBYyxNQUE2QztBQUN6RSxRQUFNLFVBQVUsY0FBYSxJQUFJO0FBQ2pDLFFBQU0sU0FBUyxXQUFXLE1BQU0sWUFBWSxNQUFNLEtBQUssT0FBTyxDQUFDO0FBQy9ELFFBQU0sT0FBTyxlQUFlLE1BQU07QUFDbEMsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsQ0FBQyxXQUFXLE9BQU8sV0FBVyxpQkFBaUIsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLEVBQUUsR0FBRyxRQUFRLEtBQUssR0FBRyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDbEcsUUFBUSxHQUFHLFFBQVEsVUFBVSxFQUFFO0FBQUEsRUFBSyxJQUFJO0FBQUE7QUFBQSxFQUMxQztBQUNGOyIsCiAgIm5hbWVzIjogWyJleGVjIiwgInRleHQiLCAibXMiLCAicmFuZG9tIiwgImNvbmZpZyIsICJyYW5kb20iLCAibGV2ZWwiLCAic2hhcmUiLCAic2xvIiwgInNoYXJlIiwgIm1zIiwgImR1cmF0aW9uTXMiLCAidGFncyIsICJleGVjIiwgImxhdGVuY3lPYmplY3RpdmVzTXMiLCAibXMiLCAib3BlbiIsICJ0YWdzIiwgInNsbyIsICJhZGQiLCAiY29uZmlnIiwgInBsYW4iLCAicDk1TXMiLCAiY29uZmlnIiwgInBsYW4iLCAic2xvIiwgImV4ZWMiLCAicDk5TXMiLCAicmFuZG9tIiwgInJvdyIsICJleGVjIiwgImNvdW50IiwgImV4ZWMiLCAidGFncyIsICJleGVjIiwgImV4ZWMiLCAic2hhcmUiLCAic2hhcmUiLCAibWl4IiwgImV4ZWMiLCAiY29uZmlnIiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJ0YWdzIiwgImFuc3dlciIsICJyb3ciLCAiY29uZmlnIiwgIm1peCIsICJyb3ciLCAiZXhlYyIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAiaHR0cCIsICJjb25maWciLCAiaHR0cCIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiZHVyYXRpb24iLCAicGVyU2Vjb25kIiwgInJhdGUiLCAicmF0ZSIsICJzaGFyZSIsICJwbGFuIiwgIm1peCIsICJ0ZXh0IiwgInNsbyIsICJwbGFubmVkSXRlcmF0aW9ucyIsICJyb3VuZCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgInNlY29uZHMiLCAib3BlbiIsICJzbG8iLCAicm91bmQiLCAic2hhcmUiLCAicm93IiwgImR1cmF0aW9uTXMiLCAic2xvIiwgInJvdyIsICJ0ZXh0IiwgInNsbyIsICJyb3ciLCAicm93IiwgImNlbGwiLCAic2xvIiwgInBlcmNlbnQiLCAic2hhcmUiLCAiY29uZmlnIiwgInNsbyIsICJwbGFuIiwgImNvbmZpZyIsICJleGVjIiwgImhhbmRsZVN1bW1hcnkiXQp9Cg==
