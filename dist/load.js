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
  const add2 = (key, threshold) => {
    const list = thresholds[key] ?? (thresholds[key] = []);
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(threshold))) list.push(threshold);
  };
  const judged = (expression) => input.mode === "report" ? "count>=0" : input.mode === "gate" ? { threshold: expression, abortOnFail: true } : expression;
  for (const slo of catalog) {
    add2(badEventsKey(slo), judged(verdictExpression(slo)));
    add2(submetricKey(slo.metric, slo.tags), `${slo.stat}>=0`);
    add2(submetricKey(slo.guard, slo.tags), input.mode === "report" ? "count>=0" : GUARD_EXPRESSION);
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
function sloSetup(config2, settings, plan) {
  return buildCatalog({
    testid: config2.testid,
    endpointType: config2.endpointType,
    beasts: config2.beasts,
    methods: plan.methods,
    slo: settings,
    sample: plan.sample
  });
}
function maxDroppedIterations(plan, settings) {
  return plan.plannedIterations === void 0 ? void 0 : Math.floor(settings.maxDropped * plan.plannedIterations);
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
  const { mode, ...plan } = defaults;
  const settings = readSettings((env) => parseSloSettings(env, mode));
  active = { config: config2, settings, plan };
  setLatencyObjectives(settings);
  const catalog = sloSetup(config2, settings, plan);
  const latencyMs = catalog.filter((slo) => slo.kind === "latency").map((slo) => slo.objective.value);
  setExemplarPlan(latencyMs, () => exec2.instance.vusInitialized, __ENV.REPORT_FINALIZE === "run-tool" ? "info" : "debug");
  const thresholds = compileThresholds(catalog, {
    mode: settings.mode,
    scenario: config2.scenario,
    maxDroppedIterations: maxDroppedIterations(plan, settings)
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
function plannedIterations(executor2) {
  const perSecond2 = 1 / TIME_UNIT_SECONDS[executor2.timeUnit];
  if (executor2.executor === "constant-arrival-rate") return executor2.rate * perSecond2 * seconds(executor2.duration);
  let rate2 = executor2.startRate;
  let total = 0;
  for (const stage of executor2.stages) {
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
function mixSample(executor2, mix2, beasts) {
  const iterations = plannedIterationCount(executor2);
  const reads = { fixed: 0, trials: iterations, share: mix2.readShare / beasts };
  const writes = { fixed: 0, trials: iterations, share: (1 - mix2.readShare) / beasts };
  return { requests: { GET: reads, POST: writes, DELETE: writes }, checks: reads };
}
function plannedIterationCount(executor2) {
  return Math.ceil(plannedIterations(executor2) - 1e-9);
}
function arrivalSloPlan(executor2, mix2, beasts) {
  return { sample: mixSample(executor2, mix2, beasts), plannedIterations: plannedIterationCount(executor2) };
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
  const slos = catalog.map((slo) => judgeSlo(data, slo, run.slo.grafana, range));
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
    passed: slos.every((slo) => slo.verdict === "pass")
  };
}
function judgeSlo(data, slo, grafana, range) {
  const metric = data.metrics[submetricKey(slo.metric, slo.tags)];
  const counter = data.metrics[badEventsKey(slo)];
  const threshold = verdictExpression(slo);
  const samples = data.metrics[submetricKey(slo.guard, slo.tags)]?.values.count ?? 0;
  const bad = counter?.values.count ?? 0;
  const observed = samples > 0 ? metric?.values[slo.stat] ?? null : null;
  const breachAt = slo.gate?.breachAt ?? 1;
  const verdict = judge(samples, bad < breachAt, counter?.thresholds?.[threshold]?.ok);
  return {
    id: slo.id,
    description: slo.description,
    kind: slo.kind,
    metric: badEventsKey(slo),
    threshold,
    stat: slo.stat,
    objective: slo.objective,
    observed,
    samples,
    verdict,
    budgetUsed: samples > 0 ? bad / samples / slo.allowedShare : null,
    test: exactTest(slo, bad, samples),
    exemplars: [],
    links: {
      tempo: exploreUrl(grafana, "tempo", slo.queries.traceql, range),
      loki: exploreUrl(grafana, "loki", slo.queries.logql, range),
      mimir: exploreUrl(grafana, "mimir", slo.queries.promql, range)
    },
    queries: slo.queries
  };
}
function exactTest(slo, bad, samples) {
  const gate = slo.gate ?? { plannedSample: samples, breachAt: 1, alpha: 0 };
  return {
    bad,
    allowedShare: slo.allowedShare,
    plannedSample: gate.plannedSample,
    breachAt: gate.breachAt,
    alpha: gate.alpha,
    pValue: samples > 0 ? upperTail(samples, slo.allowedShare, bad) : null,
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
function sloRow(slo) {
  const test = slo.test;
  const dropped = Math.round((slo.observed ?? 0) * slo.samples);
  return {
    id: slo.id,
    objective: formatObjective(slo),
    bad: test ? `${test.bad}/${slo.samples}` : `${dropped}/${slo.samples}`,
    share: test?.interval ? `${formatShare(test.bad / slo.samples)} (${formatShare(test.interval[0])}–${formatShare(test.interval[1])})` : "—",
    breachAt: test ? `≥ ${test.breachAt} of ≤ ${test.plannedSample}` : `> ${slo.threshold.slice("count<=".length)} of ${slo.samples}`,
    detects: !test ? "—" : test.detectable === null ? "nothing" : `≥ ${formatShare(test.detectable)}`,
    observed: slo.observed === null ? "—" : formatValue(slo, slo.observed),
    verdict: VERDICT_LABELS[slo.verdict],
    budget: slo.budgetUsed === null ? "—" : formatShare(slo.budgetUsed)
  };
}
var SUBJECTS = { availability: "failed", checks: "passed", latency: "", delivery: "dropped" };
function formatObjective(slo) {
  const subject = slo.kind === "latency" ? slo.stat : SUBJECTS[slo.kind];
  return `${subject} ${slo.objective.op} ${formatValue(slo, slo.objective.value)}`;
}
function formatValue(slo, value) {
  return slo.objective.unit === "ms" ? `${round3(value, 1)} ms` : formatShare(value);
}
function formatShare(share3) {
  if (!Number.isFinite(share3)) return "∞";
  return `${round3(share3 * 100, 2)}%`;
}
function round3(value, decimals) {
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
  if (slo.verdict === "no-data") return `no request of this group was measured, so "${row2.objective}" cannot be shown to hold`;
  if (!slo.test) return `dropped ${row2.bad} planned iterations (${row2.observed}), more than ${row2.objective}: the load was not delivered`;
  const p = slo.test.pValue === null ? "" : `, p = ${formatProbability(slo.test.pValue)}`;
  return `${row2.bad} bad (${row2.share}) reached the breach count ${slo.test.breachAt}: too many for ${row2.objective} (${BAD_EVENTS[slo.kind]}${p}; observed ${row2.observed})`;
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
  const judged = summary.slos.filter((slo) => slo.test && slo.verdict !== "no-data");
  const blind = judged.filter((slo) => slo.test?.detectable === null);
  if (blind.length) {
    notes.push(`${blind.length} SLO(s) could not breach with the sample they got (fewer events than the breach count), so their PASS proves nothing: ${blind.map((slo) => slo.id).join(", ")}`);
  }
  const over = judged.filter((slo) => slo.test && slo.samples > slo.test.plannedSample);
  if (over.length) {
    notes.push(`${over.length} SLO(s) got more events than planned, so their false-alarm bound no longer holds: ${over.map((slo) => `${slo.id} (${slo.samples} > ${slo.test?.plannedSample})`).join(", ")}`);
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
    cases: summary.slos.map((slo) => {
      const row2 = sloRow(slo);
      const details = [
        slo.description,
        `objective: ${row2.objective}`,
        `bad events: ${row2.bad}, share ${row2.share}`,
        `breach at: ${row2.breachAt}`,
        `detects: ${row2.detects}`,
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
function percent2(share3) {
  return `${(share3 * 100).toFixed(2)}%`;
}

// thresholds/end-of-test.ts
function summarizeRun(data, input) {
  const { config: config2, slo, plan } = input;
  const maxDropped = maxDroppedIterations(plan, slo);
  const delivery = plan.plannedIterations === void 0 || maxDropped === void 0 ? void 0 : { plannedIterations: plan.plannedIterations, maxDropped };
  const summary = evaluateSummary(data, sloSetup(config2, slo, plan), {
    testid: config2.testid,
    scenario: config2.scenario,
    baseUrl: config2.baseUrl,
    end: input.end,
    slo,
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

// scenarios/load.ts
var config = loadConfig("load");
var executor = readSettings(loadPlan);
var mix = readSettings(mixFromEnv);
var options = {
  ...baseOptions(config),
  scenarios: { load: executor },
  ...sloOptions(config, { mode: "gate", ...arrivalSloPlan(executor, mix, config.beasts.length) })
};
var traffic = mixedTraffic(config, mix);
function setup() {
  return startRun(config);
}
function load_default(run) {
  traffic.visit(run);
}
function teardown(run) {
  traffic.sweep(run);
}
export {
  load_default as default,
  handleSummary,
  options,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9iYWQtZXZlbnRzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9zdGF0aXN0aWNzLnRzIiwgIi4uL3RocmVzaG9sZHMvc2FtcGxlLnRzIiwgIi4uL3RocmVzaG9sZHMvY2F0YWxvZy50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL2xpYi9leGVtcGxhcnMudHMiLCAiLi4vdGhyZXNob2xkcy9jb21waWxlLnRzIiwgIi4uL3RocmVzaG9sZHMvc2V0dXAudHMiLCAiLi4vdGhyZXNob2xkcy9zZXR0aW5ncy50cyIsICIuLi9saWIvcmVxdWVzdC10aW1lb3V0LnRzIiwgIi4uL2xpYi9uYW1lcy50cyIsICIuLi9saWIvdHJhY2luZy9rNi50cyIsICIuLi9saWIvdmVyc2lvbi50cyIsICIuLi9saWIvZGF0YS9uYW1lcy50cyIsICIuLi9saWIvcGxhbnMva25vYnMudHMiLCAiLi4vbGliL3BsYW5zL21peC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jaGVjay1saXN0LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zd2VlcC50cyIsICIuLi9saWIvam91cm5leXMvbWl4LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zdGFydC50cyIsICIuLi9saWIvcnVuLWxpZmUudHMiLCAiLi4vbGliL2pvdXJuZXlzL3Byb2JlLnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi9saWIvcGxhbnMvYXJyaXZhbC50cyIsICIuLi9saWIvcGxhbnMvc2FtcGxlLnRzIiwgIi4uL2xpYi9wbGFucy9sb2FkLnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiLCAiLi4vc2NlbmFyaW9zL2xvYWQudHMiXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7QUFBQSxPQUFPLFVBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUMzQixNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNmLE9BQU8sQ0FBQyxNQUFNO0FBQUEsRUFDZCxNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsWUFBWSxDQUFDO0FBQ2Y7OztBQ0FPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSx1Q0FBdUMsQ0FBQyxRQUFRO0FBQzFHLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXQSxPQUFrQztBQUMzRCxRQUFNLFFBQVEsY0FBYyxLQUFLQSxLQUFJO0FBQ3JDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFHLEdBQUdDLEdBQUUsSUFBSTtBQUN4QixRQUFNLFFBQ0osT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBT0EsT0FBTSxDQUFDO0FBQ2hCLFNBQU8sUUFBUSxJQUFJLFFBQVE7QUFDN0I7QUFHTyxJQUFNLFdBQThCO0FBQUEsRUFBVTtBQUFBLEVBQXVDLENBQUMsUUFDM0YsV0FBVyxHQUFHLE1BQU0sU0FBWSxTQUFZO0FBQzlDO0FBVU8sSUFBTSxPQUF3QixVQUFVLGdGQUFnRixDQUFDLFFBQVE7QUFDdEksUUFBTSxRQUFRLDRCQUE0QixLQUFLLEdBQUc7QUFDbEQsTUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUcsUUFBTztBQUMzQyxTQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsVUFBVSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEdBQUcsR0FBdUI7QUFDdkYsQ0FBQztBQUdNLFNBQVMsTUFBd0IsUUFBb0M7QUFDMUUsU0FBTztBQUFBLElBQVUsVUFBVSxPQUFPLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFBSSxDQUFDLFFBQy9DLE9BQU8sS0FBSyxDQUFDLFVBQVUsTUFBTSxZQUFZLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFBQSxFQUNsRTtBQUNGO0FBR08sU0FBUyxPQUFVLE1BQW9DO0FBQzVELFNBQU8sVUFBVSw2QkFBNkIsS0FBSyxPQUFPLElBQUksQ0FBQyxRQUFRO0FBQ3JFLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3RELFFBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxTQUFTLEVBQUUsS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLFNBQVMsTUFBTSxPQUFRLFFBQU87QUFDdEYsUUFBSTtBQUNGLGFBQU8sTUFBTSxJQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDM0MsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFHTyxJQUFNLFVBQThCLFVBQVUsaUJBQWlCLENBQUMsUUFBUTtBQUM3RSxRQUFNLE9BQU8sSUFBSSxZQUFZO0FBQzdCLE1BQUksQ0FBQyxRQUFRLEtBQUssT0FBTyxJQUFJLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN0RCxNQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdkQsU0FBTztBQUNULENBQUM7QUFHTSxTQUFTLFNBQVMsTUFBYyxTQUFvQztBQUN6RSxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVMsS0FBSyxLQUFLLEdBQUcsSUFBSSxNQUFNLE1BQVU7QUFDdkU7QUFHTyxJQUFNLGFBQWE7QUFFbkIsSUFBTSxhQUFhO0FBTW5CLFNBQVMsS0FBSyxVQUFnRTtBQUNuRixRQUFNLFVBQVUsb0VBQW9FLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDdkcsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFRO0FBQ2pDLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQ2pFLFVBQU0sU0FBaUMsQ0FBQztBQUN4QyxlQUFXLFFBQVEsT0FBTztBQUN4QixVQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsWUFBTSxDQUFDLEtBQUssS0FBSyxJQUFJO0FBQ3JCLFlBQU0sUUFBUSxXQUFXLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxTQUFTLEdBQUcsS0FBSyxXQUFXLEtBQUssS0FBSyxLQUFLLE1BQU0sVUFBVTtBQUMzRyxVQUFJLENBQUMsU0FBUyxPQUFPLE9BQVEsUUFBTztBQUNwQyxhQUFPLEdBQUcsSUFBSTtBQUFBLElBQ2hCO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIOzs7QUM1SE8sSUFBTSxtQkFBbUI7QUFHekIsSUFBTSxxQkFBcUI7QUFHM0IsSUFBTSxvQkFBb0I7QUFBQSxFQUMvQjtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQzNCO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFPO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBcUI7QUFBQSxFQUFTO0FBQUEsRUFDdkY7QUFBQSxFQUFTO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQUEsRUFBWTtBQUFBLEVBQWlCO0FBQUEsRUFBTTtBQUFBLEVBQVE7QUFDNUY7QUFtQ08sSUFBTSxvQkFBb0I7QUFHMUIsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixJQUFJLE9BQU8sV0FBVyxpQkFBaUIsTUFBTSxXQUFXLE9BQU8sTUFBTSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ3pFLFdBQVcsaUJBQWlCO0FBQzlCO0FBR08sU0FBUyxjQUFjLFVBQWtCLEtBQVdDLFNBQThCO0FBQ3ZGLFFBQU0sT0FBTyxJQUFJLFlBQVksRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsV0FBVyxHQUFHO0FBQzFFLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFdBQVUsS0FBSyxNQUFNQSxRQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUMzRSxTQUFPLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxJQUFJLE1BQU07QUFDbkQ7QUFNTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFNBQU8sRUFBRSxTQUFTLGNBQWMsT0FBTztBQUN6QztBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sRUFBRSxTQUFTLGNBQWMsT0FBTyxJQUFJLFlBQVksR0FBRztBQUN6RCxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUNwSE8sU0FBUyxjQUFjLFdBQW1CLEtBQTZDO0FBQzVGLE1BQUksVUFBVSxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ3RDLE1BQUksQ0FBQyxLQUFLLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDbEMsU0FBTyxHQUFHLElBQUksUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLFVBQVUsUUFBUSxVQUFVLEVBQUUsQ0FBQztBQUN0RTtBQVNPLFNBQVMsZUFBZSxXQUFtQixLQUF5QixNQUF1QztBQUNoSCxRQUFNLE9BQU8sY0FBYyxXQUFXLEdBQUc7QUFDekMsTUFBSSxTQUFTLE9BQVc7QUFDeEIsTUFBSTtBQUNKLE1BQUk7QUFDRixTQUFLLElBQUk7QUFDVCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxpQ0FBaUMsS0FBSyxPQUFPLEVBQUc7QUFDcEQsUUFBSSxDQUFDLDRCQUE0QixLQUFLLE9BQU8sRUFBRztBQUNoRCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CO0FBQ0EsUUFBTSxJQUFJLFlBQVksY0FBYyxXQUFXLHdDQUF3QyxPQUFPLEdBQUc7QUFDbkc7OztBQzlCTyxJQUFNLGVBQWU7QUFVNUIsSUFBTSxXQUFXO0FBbUJWLFNBQVMscUJBQXFCLEtBQWdCO0FBQ25ELFFBQU0sTUFBTSxJQUFJLFlBQVksR0FBRyxLQUFLO0FBQ3BDLE1BQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxLQUFLLEdBQUcsRUFBRztBQUNqQyxRQUFNLElBQUk7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFFBQVEsVUFBVSxRQUFRO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBQ0Y7OztBUDVCTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFPTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUTtBQUMzQixVQUFNQyxVQUFTLFlBQVksS0FBSyxFQUFFLFVBQVUsS0FBSyxvQkFBSSxLQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUNsRixRQUFJLFNBQVMsR0FBRztBQUNkLHFCQUFlQSxRQUFPLFdBQVcsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLElBQUksQ0FBQztBQUM5RCwyQkFBcUIsR0FBRztBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNULENBQUM7QUFDSDs7O0FRdENBLE9BQU8sVUFBdUQ7OztBQ0E5RCxTQUFTLGVBQWU7OztBQ01qQixJQUFNLGtCQUFvRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJOzs7QUNDN0YsU0FBUyxVQUFVLE9BQWVDLFNBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVNBLFFBQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBZU8sSUFBTSxlQUFpRCxFQUFFLEtBQUssS0FBSyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBRzFGLFNBQVMsWUFBWSxRQUF3QjtBQUNsRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxJQUFLLFFBQU8sS0FBSyxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsR0FBRyxRQUFVLE1BQU07QUFDdEcsU0FBTyxLQUFLLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQzFDO0FBTU8sU0FBUyxjQUFjLFFBQWdCLFFBQW9DO0FBQ2hGLFNBQU8sR0FBRyxZQUFZLE1BQU0sQ0FBQyxHQUFJLFdBQVcsVUFBYSxhQUFhLE1BQU0sS0FBTSxHQUFHO0FBQ3ZGO0FBT08sSUFBTSxnQkFBTixNQUFvQjtBQUFBLEVBQ3pCLFlBQ21CLFFBQ0FBLFNBQ2pCO0FBRmlCO0FBQ0Esa0NBQUFBO0FBQUEsRUFDaEI7QUFBQTtBQUFBLEVBR0gsS0FBSyxRQUEwQztBQUM3QyxVQUFNLFVBQVUsR0FBRyxjQUFjLEtBQUssUUFBUSxNQUFNLENBQUMsR0FBRyxVQUFVLElBQUksS0FBSyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDM0YsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsUUFBUSxhQUFhLFlBQVksU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN0RTtBQUNGO0FBT08sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFJdEIsWUFBNkJBLFNBQXFCO0FBQXJCLGtDQUFBQTtBQUg3Qix3QkFBUSxhQUFZLE9BQU87QUFDM0Isd0JBQVEsTUFBSztBQUFBLEVBRXNDO0FBQUE7QUFBQSxFQUduRCxHQUFHLFdBQTJCO0FBQzVCLFFBQUksY0FBYyxLQUFLLFdBQVc7QUFDaEMsV0FBSyxZQUFZO0FBQ2pCLFdBQUssS0FBSyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQUEsSUFDcEM7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFVTyxTQUFTLFVBQVUsUUFBZ0IsU0FBaUIsU0FBaUIsUUFBbUI7QUFDN0YsUUFBTSxPQUFPLFdBQVcsU0FBWSxLQUFLLFdBQVcsVUFBVSxZQUFZLGFBQWEsT0FBTyxPQUFPO0FBQ3JHLFNBQU8sZUFBZSxPQUFPLFlBQVksTUFBTSxHQUFHLElBQUk7QUFDeEQ7QUFHTyxTQUFTLFlBQVksUUFBZ0IsU0FBeUQ7QUFDbkcsU0FBTyxFQUFFLFNBQVMsVUFBVSxNQUFNLElBQUksV0FBVyxVQUFVLFFBQVEsT0FBTyxFQUFFO0FBQzlFOzs7QUM1Rk8sSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBRXJILFFBQU0sWUFDSixTQUFTLGlCQUFpQiw0QkFBNEIsZ0JBQWdCLE1BQU0sTUFBZ0IsQ0FBQyxLQUMzRixTQUFTLFlBQVksZUFBZSxXQUFXLE9BQy9DO0FBQ0osUUFBTSxVQUFVLGFBQWEsT0FBTyxTQUFTO0FBQzdDLFFBQU0sUUFBUSxZQUFZLE9BQU8sU0FBUyxpQkFBaUIsVUFBVSxLQUFLO0FBQzFFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQVFPLFNBQVMsb0JBQW9CLFFBQXdCO0FBQzFELFNBQU8sZUFBZSxPQUFPLFdBQVcsS0FBSyxLQUFLLENBQUM7QUFDckQ7QUFPTyxTQUFTLGFBQWEsT0FBbUIsV0FBNEI7QUFDMUUsUUFBTSxRQUFRO0FBQUEsSUFDWiw0QkFBNEIsWUFBWTtBQUFBLElBQ3hDO0FBQUEsSUFDQSx1QkFBdUIsTUFBTSxNQUFNO0FBQUEsSUFDbkMsd0JBQXdCLE1BQU0sS0FBSztBQUFBLElBQ25DLDRCQUE0QixvQkFBb0IsTUFBTSxNQUFNLENBQUM7QUFBQSxJQUM3RCxHQUFJLFlBQVksQ0FBQyxTQUFTLElBQUksQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxLQUFLLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFDaEM7QUFRTyxTQUFTLFlBQVksT0FBbUIsT0FBZ0M7QUFDN0UsUUFBTUMsU0FBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFNBQU8sa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSUEsTUFBSyxpQkFBaUIsY0FBYyxNQUFNLFFBQVEsTUFBTSxNQUFNLENBQUM7QUFDekk7OztBQ3RGQSxJQUFNLFVBQVU7QUFBQSxFQUNkO0FBQUEsRUFBcUI7QUFBQSxFQUFtQjtBQUFBLEVBQXFCO0FBQUEsRUFBb0I7QUFBQSxFQUNqRjtBQUFBLEVBQW9CO0FBQUEsRUFBc0I7QUFBQSxFQUF1QjtBQUNuRTtBQUdPLFNBQVMsU0FBUyxHQUFtQjtBQUMxQyxNQUFJLElBQUksSUFBSyxRQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssS0FBSyxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUMsSUFBSSxTQUFTLElBQUksQ0FBQztBQUM5RSxRQUFNLElBQUksSUFBSTtBQUNkLE1BQUksTUFBTSxRQUFRLENBQUM7QUFDbkIsV0FBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLFFBQVEsSUFBSyxRQUFPLFFBQVEsQ0FBQyxLQUFLLElBQUk7QUFDbEUsUUFBTSxJQUFJLElBQUk7QUFDZCxTQUFPLE1BQU0sS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxPQUFPLEtBQUssSUFBSSxDQUFDLElBQUksSUFBSSxLQUFLLElBQUksR0FBRztBQUNqRjtBQUdBLFNBQVMsT0FBTyxHQUFXLEdBQVcsR0FBbUI7QUFDdkQsU0FBTyxTQUFTLElBQUksQ0FBQyxJQUFJLFNBQVMsSUFBSSxDQUFDLElBQUksU0FBUyxJQUFJLElBQUksQ0FBQyxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsQ0FBQztBQUM1RztBQU1BLFNBQVMsU0FBUyxHQUFXLEdBQVcsTUFBYyxNQUFzQjtBQUMxRSxRQUFNLE9BQU8sS0FBSyxJQUFJO0FBQ3RCLE1BQUksT0FBTztBQUNYLE1BQUksTUFBTTtBQUNWLFdBQVMsSUFBSSxNQUFNLFNBQVMsSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHLEtBQUssTUFBTTtBQUN4RCxZQUFRLFNBQVMsS0FBTSxJQUFJLE1BQU0sSUFBSSxLQUFNLE9BQVEsS0FBSyxJQUFJLElBQUksS0FBTTtBQUN0RSxXQUFPO0FBQ1AsUUFBSSxPQUFPLE1BQU0sTUFBTztBQUFBLEVBQzFCO0FBQ0EsU0FBTyxLQUFLLElBQUksT0FBTyxHQUFHLEdBQUcsSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLENBQUM7QUFDcEQ7QUFHTyxTQUFTLFVBQVUsR0FBVyxHQUFXLEdBQW1CO0FBQ2pFLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsUUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssQ0FBQztBQUNuQyxTQUFPLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLElBQUksVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDOUY7QUFHTyxTQUFTLFVBQVUsR0FBVyxHQUFXLEdBQW1CO0FBQ2pFLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsUUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssQ0FBQztBQUNuQyxTQUFPLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLEVBQUUsQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLElBQUksVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDL0Y7QUFNTyxTQUFTLGNBQWMsR0FBVyxJQUFZLE9BQXVCO0FBQzFFLE1BQUksTUFBTTtBQUNWLE1BQUksT0FBTyxJQUFJO0FBQ2YsU0FBTyxNQUFNLE1BQU07QUFDakIsVUFBTSxNQUFNLEtBQUssT0FBTyxNQUFNLFFBQVEsQ0FBQztBQUN2QyxRQUFJLFVBQVUsR0FBRyxJQUFJLEdBQUcsS0FBSyxNQUFPLFFBQU87QUFBQSxRQUN0QyxPQUFNLE1BQU07QUFBQSxFQUNuQjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxHQUFXLEdBQVcsT0FBdUI7QUFDekUsU0FBTyxLQUFLLElBQUksR0FBRyxjQUFjLEdBQUcsR0FBRyxLQUFLLElBQUksQ0FBQztBQUNuRDtBQUdPLFNBQVMsTUFBTSxHQUFXLEdBQVcsVUFBMEI7QUFDcEUsU0FBTyxVQUFVLEdBQUcsR0FBRyxRQUFRO0FBQ2pDO0FBR0EsU0FBUyxnQkFBZ0IsR0FBMEIsUUFBd0I7QUFDekUsTUFBSSxNQUFNO0FBQ1YsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLEtBQUs7QUFDM0IsVUFBTSxPQUFPLE1BQU0sUUFBUTtBQUMzQixRQUFJLEVBQUUsR0FBRyxJQUFJLE9BQVEsT0FBTTtBQUFBLFFBQ3RCLFFBQU87QUFBQSxFQUNkO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxtQkFBbUIsR0FBVyxVQUFrQixhQUFvQztBQUNsRyxNQUFJLFdBQVcsRUFBRyxRQUFPO0FBQ3pCLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsU0FBTyxnQkFBZ0IsQ0FBQyxNQUFNLE1BQU0sR0FBRyxHQUFHLFFBQVEsR0FBRyxXQUFXO0FBQ2xFO0FBR08sU0FBUyxlQUFlLEdBQVcsR0FBVyxZQUFzQztBQUN6RixNQUFJLEtBQUssRUFBRyxRQUFPLENBQUMsR0FBRyxDQUFDO0FBQ3hCLFFBQU0sUUFBUSxJQUFJLGNBQWM7QUFDaEMsUUFBTSxNQUFNLE1BQU0sSUFBSSxJQUFJLGdCQUFnQixDQUFDLE1BQU0sVUFBVSxHQUFHLEdBQUcsQ0FBQyxHQUFHLElBQUk7QUFDekUsUUFBTSxPQUFPLE1BQU0sSUFBSSxJQUFJLGdCQUFnQixDQUFDLE1BQU0sSUFBSSxVQUFVLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSSxJQUFJO0FBQ2xGLFNBQU8sQ0FBQyxLQUFLLElBQUk7QUFDbkI7OztBQ3hGTyxTQUFTLFVBQVUsT0FBb0IsY0FBc0IsT0FBdUI7QUFDekYsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE1BQU07QUFDckMsUUFBTUMsU0FBUSxNQUFNLFVBQVUsWUFBWSxlQUFlLE1BQU07QUFDL0QsU0FBTyxNQUFNLFFBQVEsY0FBYyxNQUFNLFFBQVFBLFFBQU8sS0FBSztBQUMvRDtBQUdPLFNBQVMsU0FBUyxPQUE2QjtBQUNwRCxTQUFPLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVTtBQUM3Qzs7O0FDOUJPLElBQU0sVUFBVSxDQUFDLE9BQU8sUUFBUSxRQUFRO0FBS3hDLElBQU0saUJBQWlCO0FBR3ZCLElBQU0scUJBQXFCO0FBTTNCLElBQU0sOEJBQThCO0FBTXBDLElBQU0sbUJBQW1CO0FBb0N6QixTQUFTLGFBQWEsT0FBNEI7QUFDdkQsUUFBTSxZQUFZLGFBQWEsTUFBTSxHQUFHO0FBQ3hDLFFBQU0sTUFBTSxNQUFNLGlCQUFpQixXQUFXLGFBQWE7QUFDM0QsUUFBTSxPQUFjLENBQUM7QUFDckIsYUFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxlQUFXLFVBQVUsTUFBTSxXQUFXLFNBQVM7QUFDN0MsWUFBTSxRQUFRLEdBQUcsTUFBTSxLQUFLLEtBQUs7QUFDakMsWUFBTSxRQUFvQixFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJO0FBQ3JFLGlCQUFXLFlBQVksVUFBVSxPQUFPLENBQUMsY0FBYyxVQUFVLFNBQVMsU0FBUyxNQUFNLEtBQUssSUFBSSxHQUFHO0FBQ25HLGNBQU0sWUFBWSxTQUFTLFVBQVUsTUFBTTtBQUMzQyxjQUFNLGVBQWUsU0FBUyxhQUFhLE1BQU07QUFDakQsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFVBQ2hCO0FBQUEsVUFDQSxTQUFTLEVBQUUsT0FBTyxRQUFRLEtBQUssU0FBUyxTQUFTO0FBQUEsUUFDbkQsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxNQUFNLElBQUksYUFBYSxLQUFLO0FBQzFDLFFBQU0sU0FBUyxNQUFNO0FBQ3JCLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFFcEIsUUFBTSxlQUFlLENBQUMsVUFBa0IsS0FBSyxLQUFLLENBQUMsUUFBUSxJQUFJLFNBQVMsa0JBQWtCLElBQUksVUFBVSxLQUFLLEdBQUcsZ0JBQWdCO0FBR2hJLFFBQU0sV0FBVyxLQUFLO0FBQ3RCLFNBQU8sS0FBSyxJQUFJLENBQUMsUUFBUTtBQUN2QixVQUFNLFFBQVEsSUFBSSxTQUFTLFdBQVcsT0FBTyxTQUFTLE9BQU8sU0FBUyxJQUFJLEtBQUssTUFBZ0I7QUFDL0YsVUFBTSxZQUFZLFNBQVMsS0FBSyxJQUFJLFFBQVEsbUJBQW1CO0FBQy9ELFVBQU1DLFNBQVEsYUFBYSxJQUFJLEtBQUs7QUFDcEMsVUFBTSxnQkFBZ0IsU0FBUyxPQUFPLEtBQUssVUFBVSxLQUFLLENBQUMsSUFBSUEsTUFBSyxJQUFJLE1BQU0sVUFBVSxPQUFPQSxRQUFPLFNBQVMsQ0FBQztBQUNoSCxVQUFNLFdBQVcsU0FBUyxLQUFLLGFBQWEsSUFBSSxJQUFJLFlBQVksSUFBSSxTQUFTLElBQUksTUFBTSxjQUFjLGVBQWUsSUFBSSxjQUFjLFFBQVEsU0FBUyxDQUFDO0FBQ3hKLFdBQU8sRUFBRSxHQUFHLEtBQUssTUFBTSxFQUFFLGVBQWUsVUFBVSxPQUFPLFVBQVUsRUFBRTtBQUFBLEVBQ3ZFLENBQUM7QUFDSDtBQUdBLFNBQVMsT0FBdUQ7QUFDOUQsUUFBTSxTQUFTLG9CQUFJLElBQW9CO0FBQ3ZDLFNBQU8sQ0FBQyxLQUFLLFlBQVk7QUFDdkIsUUFBSSxRQUFRLE9BQU8sSUFBSSxHQUFHO0FBQzFCLFFBQUksVUFBVSxRQUFXO0FBQ3ZCLGNBQVEsUUFBUTtBQUNoQixhQUFPLElBQUksS0FBSyxLQUFLO0FBQUEsSUFDdkI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxhQUFhLEtBQXlDO0FBQzdELFFBQU0saUJBQWlCLENBQUMsV0FBbUIsY0FBYyxJQUFJLFNBQVMsUUFBUSxJQUFJLFlBQVk7QUFDOUYsUUFBTSxXQUFXLENBQUMsV0FDaEIsSUFBSSxZQUFZLGFBQWEsV0FBVyxTQUFTLHFEQUFxRDtBQUN4RyxRQUFNLFVBQVUsQ0FBQyxNQUF5QkMsU0FBNkI7QUFBQSxJQUNyRSxNQUFNO0FBQUEsSUFDTixVQUFVLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE9BQU87QUFBQSxJQUNQLGNBQWMsTUFBTSxNQUFNLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxHQUFHO0FBQUEsSUFDN0QsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU9BLEtBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQkEsR0FBRTtBQUFBLEVBQ3hGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLGNBQWM7QUFBQSxNQUNkLFdBQVcsQ0FBQyxZQUFZLEVBQUUsSUFBSSxLQUFLLE9BQU8sZUFBZSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDaEYsYUFBYSxDQUFDLE9BQU8sV0FBVyxHQUFHLFFBQVEsSUFBSSxlQUFlLE1BQU0sQ0FBQyxDQUFDLE9BQU8sS0FBSyxvQkFBb0IsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUN4SDtBQUFBLElBQ0EsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMxQjtBQUFBO0FBQUE7QUFBQSxNQUdFLE1BQU07QUFBQSxNQUNOLFNBQVMsQ0FBQyxLQUFLO0FBQUEsTUFDZixVQUFVO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsTUFDUCxjQUFjLE1BQU0sTUFBTSxJQUFJLElBQUksTUFBTTtBQUFBLE1BQ3hDLFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLE1BQU0sSUFBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRLElBQUksTUFBTSxDQUFDLHFCQUFxQixLQUFLO0FBQUEsSUFDMUU7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGNBQWMsU0FBcUIsUUFBZ0IsV0FBMkI7QUFDckYsUUFBTSxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQ2xDLFNBQU8sWUFBWSxhQUFhLFdBQVcsU0FBUyxLQUFLLElBQUksUUFBUSwyQkFBMkIsSUFBSTtBQUN0RztBQUVBLFNBQVMsV0FBVyxNQUE4QjtBQUNoRCxTQUFPLFNBQVMsU0FBUyxPQUFPLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUk7QUFDOUQ7QUFHQSxTQUFTLE1BQU0sT0FBdUI7QUFDcEMsU0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFDbkM7QUFFQSxTQUFTLFFBQVFELFFBQXVCO0FBQ3RDLFNBQU8sR0FBRyxNQUFNQSxTQUFRLEdBQUcsQ0FBQztBQUM5Qjs7O0FOOUtBLElBQU0sWUFBWSxJQUFJLFFBQVEsa0JBQWtCO0FBRWhELElBQUksUUFBUSxPQUFPO0FBQ25CLElBQUksUUFBUSxPQUFPO0FBR1osU0FBUyxxQkFBcUIsWUFBb0Q7QUFDdkYsVUFBUSxXQUFXO0FBQ25CLFVBQVEsV0FBVztBQUNyQjtBQUdPLFNBQVMsYUFBYSxPQUFlLFFBQWdCLFFBQWlCRSxhQUEwQjtBQUNyRyxNQUFJLE9BQVEsV0FBVSxJQUFJLEdBQUcsRUFBRSxPQUFPLFFBQVEsS0FBSyxlQUFlLENBQUM7QUFDbkUsTUFBSUEsZUFBYyxNQUFPLFdBQVUsSUFBSSxHQUFHLEVBQUUsT0FBTyxRQUFRLEtBQUssY0FBYyxDQUFDO0FBQy9FLE1BQUlBLGVBQWMsTUFBTyxXQUFVLElBQUksR0FBRyxFQUFFLE9BQU8sUUFBUSxLQUFLLGNBQWMsQ0FBQztBQUNqRjtBQUdPLFNBQVMsaUJBQWlCQyxPQUErQztBQUM5RSxZQUFVLElBQUksR0FBRyxFQUFFLE9BQU9BLE1BQUssT0FBTyxRQUFRQSxNQUFLLFFBQVEsS0FBSyxTQUFTLENBQUM7QUFDNUU7OztBTzlCQSxPQUFPQyxXQUFVOzs7QUNVVixJQUFNLGtCQUFrQjtBQXdDL0IsSUFBTSxtQkFBbUIsQ0FBQyxLQUFLLEtBQUssR0FBRztBQU9oQyxTQUFTLGNBQWMsUUFBZ0IsV0FBd0M7QUFDcEYsTUFBSSxXQUFXLEVBQUcsUUFBTztBQUN6QixTQUFPLENBQUMsaUJBQWlCLFNBQVMsTUFBTSxLQUFLLGNBQWM7QUFDN0Q7QUFPTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLFdBQVcsU0FBeUJDLHNCQUFrRDtBQUNwRyxRQUFNLFFBQVEsR0FBRyxRQUFRLE1BQU0sS0FBSyxRQUFRLEtBQUssR0FBRyxRQUFRLFVBQVUsS0FBSyxZQUFZO0FBQ3ZGLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixNQUFJLFFBQVEsT0FBUSxNQUFLLEtBQUssZ0JBQWdCLEtBQUssRUFBRTtBQUNyRCxhQUFXQyxPQUFNRCxxQkFBcUIsS0FBSSxRQUFRLGNBQWNDLElBQUksTUFBSyxLQUFLLFlBQVlBLEdBQUUsSUFBSSxLQUFLLEVBQUU7QUFDdkcsTUFBSSxRQUFRLFlBQWEsTUFBSyxLQUFLLFVBQVUsS0FBSyxFQUFFO0FBQ3BELFNBQU87QUFDVDtBQUdPLElBQU0sbUJBQU4sTUFBdUI7QUFBQSxFQUc1QixZQUNtQkQsc0JBQ0EsS0FDQSxPQUNqQjtBQUhpQiwrQ0FBQUE7QUFDQTtBQUNBO0FBTG5CLHdCQUFpQixTQUFRLG9CQUFJLElBQW9CO0FBQUEsRUFNOUM7QUFBQTtBQUFBLEVBR0gsT0FBTyxTQUFrQztBQUN2QyxVQUFNLE9BQU8sV0FBVyxTQUFTLEtBQUssb0JBQW9CLENBQUM7QUFDM0QsUUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBRTlCLFVBQU0sUUFBUSxRQUFRLFVBQVUsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLG9CQUFvQixLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSTtBQUN0RyxVQUFNRSxRQUFPLEtBQUssT0FBTyxDQUFDLFNBQVMsS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssS0FBSztBQUNwRSxRQUFJQSxNQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLGVBQVcsT0FBT0EsTUFBTSxNQUFLLE1BQU0sSUFBSSxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDMUUsU0FBSyxNQUFNLG1CQUFtQixPQUFPLENBQUM7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFNBQWlDO0FBQ2xFLFFBQU0sT0FBcUI7QUFBQSxJQUN6QixTQUFTLFFBQVE7QUFBQSxJQUNqQixTQUFTLFFBQVE7QUFBQSxJQUNqQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUTtBQUFBLElBQ2hCLE1BQU0sUUFBUTtBQUFBLElBQ2QsUUFBUSxRQUFRO0FBQUEsSUFDaEIsU0FBUyxRQUFRO0FBQUEsSUFDakIsYUFBYSxRQUFRLGdCQUFnQjtBQUFBLElBQ3JDLFlBQVksS0FBSyxNQUFNLFFBQVEsYUFBYSxHQUFJLElBQUk7QUFBQSxJQUNwRCxNQUFNLElBQUksS0FBSyxRQUFRLE1BQU0sRUFBRSxZQUFZO0FBQUEsRUFDN0M7QUFDQSxTQUFPLEdBQUcsZUFBZSxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDbEQ7QUFtQkEsSUFBSSxzQkFBeUMsQ0FBQztBQUM5QyxJQUFJLFdBQXlCLE1BQU07QUFDbkMsSUFBSSxRQUEwQjtBQVF2QixTQUFTLGdCQUFnQixjQUFpQyxLQUFtQixXQUFtQztBQUNySCx3QkFBc0IsQ0FBQyxHQUFHLElBQUksSUFBSSxZQUFZLENBQUM7QUFDL0MsYUFBVztBQUNYLFVBQVE7QUFDVjtBQUdBLElBQU0sV0FBVyxJQUFJO0FBQUEsRUFDbkIsTUFBTTtBQUFBLEVBQ04sTUFBTSxTQUFTO0FBQUEsRUFDZixDQUFDLFNBQVUsVUFBVSxTQUFTLFFBQVEsS0FBSyxJQUFJLElBQUksUUFBUSxNQUFNLElBQUk7QUFDdkU7QUFHTyxTQUFTLGVBQWUsU0FBK0I7QUFDNUQsV0FBUyxPQUFPLE9BQU87QUFDekI7OztBQ3hKTyxTQUFTLGFBQWEsUUFBZ0JDLE9BQXNDO0FBQ2pGLFFBQU0sU0FBUyxPQUFPLFFBQVFBLEtBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUU7QUFDM0UsU0FBTyxPQUFPLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQzVEO0FBR08sU0FBUyxhQUFhLEtBQW1DO0FBQzlELFNBQU8sYUFBYSxvQkFBb0IsSUFBSSxPQUFPO0FBQ3JEO0FBR08sU0FBUyxrQkFBa0IsS0FBZ0M7QUFDaEUsTUFBSSxDQUFDLElBQUksS0FBTSxPQUFNLElBQUksTUFBTSwyREFBMkQ7QUFDMUYsU0FBTyxTQUFTLElBQUksS0FBSyxRQUFRO0FBQ25DO0FBR08sSUFBTSxtQkFBbUI7QUFHekIsU0FBUyxhQUFhLFVBQTBDO0FBQ3JFLFNBQU8sRUFBRSxTQUFTO0FBQ3BCO0FBcUJPLFNBQVMsa0JBQWtCLFNBQXlCLE9BQWtEO0FBQzNHLFFBQU0sYUFBMEMsQ0FBQztBQUNqRCxRQUFNQyxPQUFNLENBQUMsS0FBYSxjQUErQjtBQUN2RCxVQUFNLE9BQVEsc0NBQW9CLENBQUM7QUFDbkMsUUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDLGFBQWEsS0FBSyxVQUFVLFFBQVEsTUFBTSxLQUFLLFVBQVUsU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLFNBQVM7QUFBQSxFQUMzRztBQUNBLFFBQU0sU0FBUyxDQUFDLGVBQ2QsTUFBTSxTQUFTLFdBQVcsYUFBYSxNQUFNLFNBQVMsU0FBUyxFQUFFLFdBQVcsWUFBWSxhQUFhLEtBQUssSUFBSTtBQUNoSCxhQUFXLE9BQU8sU0FBUztBQUN6QixJQUFBQSxLQUFJLGFBQWEsR0FBRyxHQUFHLE9BQU8sa0JBQWtCLEdBQUcsQ0FBQyxDQUFDO0FBQ3JELElBQUFBLEtBQUksYUFBYSxJQUFJLFFBQVEsSUFBSSxJQUFJLEdBQUcsR0FBRyxJQUFJLElBQUksS0FBSztBQUN4RCxJQUFBQSxLQUFJLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxHQUFHLE1BQU0sU0FBUyxXQUFXLGFBQWEsZ0JBQWdCO0FBQUEsRUFDaEc7QUFDQSxRQUFNLE1BQU0sYUFBYSxNQUFNLFFBQVE7QUFDdkMsRUFBQUEsS0FBSSxhQUFhLGFBQWEsR0FBRyxHQUFHLFVBQVU7QUFDOUMsRUFBQUEsS0FBSSxhQUFhLG1CQUFtQixHQUFHLEdBQUcsU0FBUztBQUNuRCxFQUFBQSxLQUFJLGFBQWEscUJBQXFCLEdBQUcsR0FBRyxVQUFVO0FBQ3RELEVBQUFBLEtBQUksYUFBYSxxQkFBcUIsR0FBRyxHQUFHLFVBQVU7QUFDdEQsTUFBSSxNQUFNLHlCQUF5QixPQUFXLENBQUFBLEtBQUksb0JBQW9CLE9BQU8sa0JBQWtCLE1BQU0sb0JBQW9CLENBQUMsQ0FBQztBQUMzSCxTQUFPO0FBQ1Q7QUFHTyxJQUFNLHFCQUFxQjtBQUczQixTQUFTLGtCQUFrQixZQUE0QjtBQUM1RCxTQUFPLFVBQVUsVUFBVTtBQUM3QjtBQUdPLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNqRTNGLFNBQVMsU0FDZEMsU0FDQSxVQUNBLE1BQ087QUFDUCxTQUFPLGFBQWE7QUFBQSxJQUNsQixRQUFRQSxRQUFPO0FBQUEsSUFDZixjQUFjQSxRQUFPO0FBQUEsSUFDckIsUUFBUUEsUUFBTztBQUFBLElBQ2YsU0FBUyxLQUFLO0FBQUEsSUFDZCxLQUFLO0FBQUEsSUFDTCxRQUFRLEtBQUs7QUFBQSxFQUNmLENBQUM7QUFDSDtBQUdPLFNBQVMscUJBQXFCLE1BQTBDLFVBQStEO0FBQzVJLFNBQU8sS0FBSyxzQkFBc0IsU0FBWSxTQUFZLEtBQUssTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUI7QUFDbkg7OztBQ3hCTyxJQUFNLGVBQXNDLENBQUMsV0FBVyxnQkFBZ0I7QUFReEUsSUFBTSxZQUFnQyxDQUFDLFFBQVEsUUFBUSxRQUFRO0FBaUMvRCxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLHVCQUF1QjtBQUU3QixJQUFNLHNCQUFzQjtBQUU1QixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLFFBQTJCLFVBQVUsd0NBQXdDLENBQUMsUUFBUTtBQUMxRixNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUTtBQUMxQyxDQUFDO0FBR0QsSUFBTSxRQUEyQjtBQUFBLEVBQVU7QUFBQSxFQUFxQyxDQUFDLFFBQy9FLHNCQUFzQixLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNsRDtBQUdBLElBQU0sYUFBZ0MsVUFBVSxzREFBc0QsQ0FBQyxRQUFRO0FBQzdHLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHRCxTQUFTLFFBQVEsT0FBZSxXQUFzQztBQUNwRSxTQUFPLFVBQVUsOEJBQThCLEtBQUssS0FBSyxTQUFTLEtBQUssQ0FBQyxRQUFRO0FBQzlFLFVBQU0sUUFBUSxhQUFhLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3JELFdBQU8sU0FBUyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFELENBQUM7QUFDSDtBQUdBLElBQU0sZ0JBQWdCLFNBQVMseUJBQXlCLDhDQUE4QztBQU0vRixTQUFTLGlCQUFpQixLQUFVLGFBQW1DO0FBQzVFLFFBQU1DLFNBQVEsUUFBUSxLQUFLLGNBQWMsaUJBQWlCLGNBQWM7QUFDeEUsU0FBTztBQUFBLElBQ0wsU0FBUyxRQUFRLEtBQUssZUFBZSxNQUFNLFlBQVksR0FBRyxTQUFTO0FBQUEsSUFDbkUsTUFBTSxRQUFRLEtBQUssWUFBWSxNQUFNLFNBQVMsR0FBRyxXQUFXO0FBQUEsSUFDNUQsT0FBQUE7QUFBQSxJQUNBLE9BQU8sUUFBUSxLQUFLLGNBQWMsUUFBUUEsUUFBTyxZQUFZLEdBQUcsS0FBSyxJQUFJLGdCQUFnQkEsTUFBSyxDQUFDO0FBQUEsSUFDL0YsY0FBYyxRQUFRLEtBQUssb0JBQW9CLE9BQU8sb0JBQW9CO0FBQUEsSUFDMUUsUUFBUSxRQUFRLEtBQUssY0FBYyxPQUFPLG9CQUFvQjtBQUFBLElBQzlELFlBQVksUUFBUSxLQUFLLG1CQUFtQixZQUFZLG1CQUFtQjtBQUFBLElBQzNFLFlBQVksUUFBUSxLQUFLLG1CQUFtQixPQUFPLG1CQUFtQjtBQUFBLElBQ3RFLFNBQVM7QUFBQSxNQUNQLEtBQUssUUFBUSxLQUFLLGVBQWUsS0FBSyx1QkFBdUI7QUFBQSxNQUM3RCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsTUFDbEUsU0FBUyxRQUFRLEtBQUssb0JBQW9CLGVBQWUsTUFBTTtBQUFBLE1BQy9ELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDRjs7O0FKcEdBLElBQUk7QUFVRyxTQUFTLFdBQ2RDLFNBQ0EsVUFDbUQ7QUFDbkQsUUFBTSxFQUFFLE1BQU0sR0FBRyxLQUFLLElBQUk7QUFDMUIsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLElBQUksQ0FBQztBQUNsRSxXQUFTLEVBQUUsUUFBQUEsU0FBUSxVQUFVLEtBQUs7QUFDbEMsdUJBQXFCLFFBQVE7QUFDN0IsUUFBTSxVQUFVLFNBQVNBLFNBQVEsVUFBVSxJQUFJO0FBQy9DLFFBQU0sWUFBWSxRQUFRLE9BQU8sQ0FBQyxRQUFRLElBQUksU0FBUyxTQUFTLEVBQUUsSUFBSSxDQUFDLFFBQVEsSUFBSSxVQUFVLEtBQUs7QUFFbEcsa0JBQWdCLFdBQVcsTUFBTUMsTUFBSyxTQUFTLGdCQUFnQixNQUFNLG9CQUFvQixhQUFhLFNBQVMsT0FBTztBQUN0SCxRQUFNLGFBQWEsa0JBQWtCLFNBQVM7QUFBQSxJQUM1QyxNQUFNLFNBQVM7QUFBQSxJQUNmLFVBQVVELFFBQU87QUFBQSxJQUNqQixzQkFBc0IscUJBQXFCLE1BQU0sUUFBUTtBQUFBLEVBQzNELENBQUM7QUFDRCxTQUFPLEVBQUUsWUFBWSxtQkFBbUIsb0JBQW9CO0FBQzlEO0FBR08sU0FBUyxhQUFxQztBQUNuRCxTQUFPO0FBQ1Q7OztBSzFDTyxJQUFNLHVCQUF1QjtBQUU3QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUd2QixTQUFTLGlCQUFpQkUsUUFBdUI7QUFDdEQsU0FBTyxLQUFLLElBQUksZ0JBQWdCLEtBQUssSUFBSSxnQkFBZ0IsdUJBQXVCQSxNQUFLLENBQUM7QUFDeEY7OztBQ2hCTyxJQUFNLGtCQUFrQjtBQUd4QixJQUFNLGVBQWU7QUFHNUIsSUFBTSxtQkFBbUIsTUFBTSxJQUFJO0FBZ0JuQyxJQUFNLGNBQWMsSUFBSSxPQUFPLElBQUksWUFBWSwyREFBMkQ7QUFPbkcsU0FBUyxRQUFRLFNBQWlCLFFBQWdCLElBQXFCO0FBQzVFLFFBQU0sUUFBUSxLQUFLLE1BQU0sVUFBVSxHQUFJO0FBQ3ZDLFFBQU0sT0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLFNBQVMsR0FBSSxHQUFHLGdCQUFnQjtBQUNoRSxRQUFNLFNBQVMsR0FBRyxZQUFZLElBQUksTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLElBQUksS0FBSyxTQUFTLEVBQUUsQ0FBQyxJQUFJLEVBQUU7QUFDaEcsU0FBTyxFQUFFLFFBQVEsU0FBUyxRQUFRLEtBQU0sUUFBUSxRQUFRLFFBQVEsS0FBTSxHQUFHO0FBQzNFO0FBR08sU0FBUyxhQUFhLE1BQW1DO0FBQzlELFFBQU0sUUFBUSxZQUFZLEtBQUssSUFBSTtBQUNuQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxRQUFRLE9BQU8sTUFBTSxFQUFFLElBQUk7QUFDbEMsUUFBTSxVQUFVLFNBQVMsT0FBTyxFQUFFLElBQUk7QUFDdEMsU0FBTyxFQUFFLFFBQVEsU0FBUyxPQUFPLFVBQVUsU0FBUyxNQUFNLEVBQUUsSUFBSSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLFlBQVlDLFNBQThCO0FBQ3hELE1BQUksS0FBSztBQUNULFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLE9BQU0sS0FBSyxNQUFNQSxRQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUN2RSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsTUFBYyxPQUFlLEtBQXVCO0FBQzVFLFFBQU0sTUFBTSxhQUFhLElBQUk7QUFDN0IsTUFBSSxDQUFDLElBQUssUUFBTztBQUNqQixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksUUFBUTtBQUMzQztBQWlCTyxTQUFTLFlBQVksUUFBZ0IsTUFBYyxJQUFZLFdBQTJCO0FBQy9GLFFBQU0sT0FBTyxJQUFJLEdBQUcsU0FBUyxFQUFFLENBQUMsSUFBSSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzFELFFBQU0sT0FBTyxrQkFBa0IsT0FBTyxTQUFTLElBQUksS0FBSztBQUN4RCxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDcEUsU0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLFNBQVMsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLEdBQUcsSUFBSTtBQUN2RTtBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7QUFHTyxJQUFNLFlBQVk7QUFHbEIsSUFBTSxhQUFhOzs7QUMxRzFCLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7QUFHakIsSUFBTSxTQUFTLENBQUNDLFdBQWtCLElBQUksV0FBVyxZQUFZQSxNQUFLLENBQUM7QUFDbkUsSUFBTSxXQUFXLElBQUksV0FBVyxNQUFNO0FBQ3RDLElBQUk7QUFHRyxTQUFTLGlCQUF5QjtBQUN2QyxTQUFPLFNBQVMsR0FBR0MsTUFBSyxHQUFHLG1CQUFtQjtBQUNoRDtBQU9PLFNBQVMsT0FBVSxRQUFnQixRQUE0QixNQUFxQztBQUN6RyxzQkFBVyxJQUFJLGNBQWMsUUFBUSxNQUFNO0FBQzNDLFFBQU0sUUFBUSxPQUFPLEtBQUssTUFBTTtBQUNoQyxFQUFBQSxNQUFLLEdBQUcsUUFBUSxTQUFTLFdBQVcsTUFBTTtBQUMxQyxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixVQUFFO0FBQ0EsV0FBT0EsTUFBSyxHQUFHLFFBQVEsU0FBUztBQUFBLEVBQ2xDO0FBQ0Y7OztBQzFCTyxJQUFNLGdCQUFnQjs7O0FoQmdCN0IsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQUdPLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sR0FBRyxpQkFBaUIsV0FBVyxHQUFHLFNBQVMsU0FBUyxjQUFjLENBQUM7QUFDNUU7QUFvQk8sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBTTFCLFlBQ21CLFNBQ0EsS0FDQSxVQUFtQixXQUNwQztBQUhpQjtBQUNBO0FBQ0E7QUFSbkIsd0JBQWlCO0FBQ2pCLHdCQUFpQixXQUFVLGVBQWU7QUFDMUMsd0JBQVEsV0FBVTtBQUNsQix3QkFBUSxnQkFBZTtBQU9yQixTQUFLLFVBQVUsWUFBWSxJQUFJLFFBQVEsYUFBYSxFQUFFO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsS0FBSyxPQUF5QjtBQUM1QixVQUFNLEVBQUUsVUFBVSxRQUFRLElBQUksS0FBSyxLQUFLLE9BQU8sT0FBTyxRQUFXLE1BQU07QUFDdkUsVUFBTSxRQUFRLFNBQVMsV0FBVyxnQkFBZ0IsT0FBTyxTQUFTLE9BQU8sY0FBYyxTQUFTLElBQUksSUFBSTtBQUN4RyxXQUFPLEVBQUUsVUFBVSxPQUFPLFFBQVE7QUFBQSxFQUNwQztBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDaEQ7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQ2xEO0FBQUE7QUFBQSxFQUdRLFFBQWdCO0FBQ3RCLFFBQUksS0FBSyxZQUFZLFFBQVMsUUFBTyxVQUFVLEtBQUssSUFBSSxRQUFRLGVBQWUsT0FBTztBQUN0RixVQUFNLFVBQVUsZUFBZTtBQUMvQixRQUFJLFlBQVksS0FBSyxTQUFTO0FBQzVCLFdBQUssVUFBVTtBQUNmLFdBQUssZUFBZSxVQUFVLEtBQUssSUFBSSxRQUFRLGVBQWUsRUFBRSxRQUFRLENBQUM7QUFBQSxJQUMzRTtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNLFNBQVMsS0FBSyxZQUFZO0FBQ2hDLFVBQU1DLFFBQStCLFNBQVMsRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUTtBQUNsRyxVQUFNLE9BQU8sU0FBUyxTQUFZLE9BQU8sS0FBSyxVQUFVLEVBQUUsS0FBSyxDQUFDO0FBQ2hFLFVBQU0sUUFBUSxLQUFLLE1BQU07QUFDekIsV0FBTyxPQUFPLEtBQUssSUFBSSxRQUFRLFNBQVMsU0FBUyxRQUFXLENBQUMsVUFBVTtBQUNyRSxZQUFNLFNBQVMsS0FBSyxJQUFJO0FBQ3hCLFlBQU0sV0FBVyxLQUFLLFFBQVksUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSSxNQUFNO0FBQUEsUUFDekUsU0FBUztBQUFBLFVBQ1AsYUFBYSxNQUFNO0FBQUEsVUFDbkIsU0FBUyxLQUFLO0FBQUEsVUFDZCxjQUFjO0FBQUEsVUFDZCxHQUFJLFNBQVMsT0FBTyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsUUFDaEU7QUFBQSxRQUNBLE1BQUFBO0FBQUEsUUFDQSxTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksQ0FBQyxPQUFRLFFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBVTtBQUNuRCxZQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsWUFBTSxTQUFTLFdBQVcsZ0JBQWdCLE1BQU07QUFDaEQsWUFBTSxVQUEwQjtBQUFBLFFBQzlCLFNBQVMsTUFBTTtBQUFBLFFBQ2YsU0FBUyxLQUFLO0FBQUEsUUFDZDtBQUFBLFFBQ0E7QUFBQSxRQUNBLE1BQU07QUFBQSxRQUNOO0FBQUEsUUFDQTtBQUFBLFFBQ0EsU0FBUyxDQUFDLFVBQVUsY0FBYyxRQUFRLFNBQVMsUUFBUSxjQUFjLENBQUM7QUFBQSxRQUMxRSxZQUFZLFFBQVE7QUFBQSxRQUNwQjtBQUFBLE1BQ0Y7QUFDQSxtQkFBYSxPQUFPLFFBQVEsUUFBUSxRQUFRLFFBQVE7QUFDcEQscUJBQWUsT0FBTztBQUN0QixhQUFPLEVBQUUsVUFBVSxRQUFRO0FBQUEsSUFDN0IsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FpQmhJQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNsQk8sSUFBTSxTQUE0QixVQUFVLHNEQUFzRCxDQUFDLFFBQVE7QUFDaEgsUUFBTSxRQUFRLHdCQUF3QixLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNoRSxTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR00sSUFBTUMsU0FBMkIsVUFBVSxxQ0FBcUMsQ0FBQyxRQUFRO0FBQzlGLFFBQU0sUUFBUSwyQ0FBMkMsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkYsU0FBTyxTQUFTLEtBQUssU0FBUyxJQUFJLFFBQVE7QUFDNUMsQ0FBQztBQUdNLFNBQVMsS0FBSyxLQUFnQztBQUNuRCxTQUFPLFVBQVUsNEJBQTRCLEdBQUcsSUFBSSxDQUFDLFFBQVE7QUFDM0QsVUFBTSxRQUFRLFlBQVksS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDcEQsV0FBTyxTQUFTLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUM5QyxDQUFDO0FBQ0g7QUFHTyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLGFBQWEsS0FBVSxVQUEwRDtBQUMvRixTQUFPO0FBQUEsSUFDTCxNQUFNLFFBQWMsS0FBSyxRQUFRLE1BQU0sRUFBRSxNQUFNLFNBQVMsTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLElBQzlFLFFBQVEsV0FBVyxLQUFLLFNBQVMsTUFBTTtBQUFBLEVBQ3pDO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsS0FBVSxVQUEwQjtBQUM3RCxTQUFPLFFBQVEsS0FBSyxXQUFXLEtBQUssYUFBYSxHQUFHLFFBQVE7QUFDOUQ7QUFHTyxTQUFTLGFBQWEsS0FBVSxVQUFrQixVQUEwQjtBQUNqRixTQUFPLFFBQVEsS0FBSyxVQUFVLFVBQVUsUUFBUTtBQUNsRDtBQUdPLElBQU0sZUFBa0M7QUFBQSxFQUFVO0FBQUEsRUFBMkMsQ0FBQyxRQUNuRyxpQkFBaUIsS0FBSyxHQUFHLEtBQUssV0FBVyxHQUFHLE1BQU0sU0FBWSxNQUFNO0FBQ3RFO0FBR08sU0FBUyxTQUFTLEtBQVUsVUFBa0IsVUFBMEI7QUFDN0UsU0FBTyxRQUFRLEtBQUssVUFBVSxjQUFjLFFBQVE7QUFDdEQ7OztBQzFDTyxTQUFTLFdBQVcsS0FBZTtBQUN4QyxTQUFPO0FBQUEsSUFDTCxXQUFXLFFBQVEsS0FBSyxZQUFZQyxRQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQkMsTUFBaUI7QUFDdkUsTUFBSSxJQUFJQSxLQUFJLFVBQVcsUUFBTztBQUM5QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksV0FBV0EsS0FBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJQSxLQUFJLGFBQWEsSUFBSUEsS0FBSSxhQUFhLElBQUksV0FBVztBQUNsRTtBQUdPLFNBQVMsWUFBWSxHQUFXLFFBQW1DO0FBQ3hFLFNBQU8sT0FBTyxLQUFLLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxNQUFNLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRTs7O0FDckNBLE9BQU9DLFdBQVU7QUFlVixTQUFTLGFBQWFDLFNBQTZDO0FBQ3hFLFNBQU9ELE1BQUssS0FBSyxRQUFRLE1BQU0sVUFBVUMsUUFBTztBQUNsRDtBQU1PLFNBQVMsU0FBUyxLQUErQjtBQUN0RCxNQUFJLENBQUMsSUFBSyxDQUFBRCxNQUFLLEtBQUssTUFBTSx5SEFBeUg7QUFDbkosU0FBTztBQUNUOzs7QUMxQkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsV0FBQUUsZ0JBQWU7QUFTeEIsSUFBTSxnQkFBZ0IsSUFBSUMsU0FBUSxjQUFjO0FBTXpDLFNBQVMsUUFBVyxPQUFVLE1BQTZDQyxPQUFrRDtBQUNsSSxNQUFJLE1BQU07QUFDVixhQUFXLENBQUMsTUFBTSxTQUFTLEtBQUssT0FBTyxRQUFRLElBQUksR0FBRztBQUNwRCxVQUFNLFNBQVMsTUFBTSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEdBQUcsVUFBVSxHQUFHQSxLQUFJO0FBQ3ZELGtCQUFjLElBQUksR0FBRyxFQUFFLEdBQUdBLE9BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3hELFFBQUksQ0FBQyxPQUFRLGtCQUFpQkEsS0FBSTtBQUNsQyxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUNmTyxTQUFTLFVBQVUsTUFBZ0IsT0FBZSxNQUEwRDtBQUNqSCxNQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixJQUFLO0FBQ2xELFFBQU0sYUFBYSxPQUFPO0FBQUEsSUFDeEIsT0FBTyxRQUFRLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLFNBQVMsTUFBTSxDQUFDLE1BQU0sQ0FBQ0MsWUFBcUJBLFFBQU8sVUFBVSxVQUFhLFVBQVVBLFFBQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxFQUNySTtBQUNBLE1BQUksQ0FBQyxRQUFRLE1BQU0sWUFBWSxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUMsS0FBSyxLQUFLLFFBQVMsZ0JBQWUsRUFBRSxHQUFHLEtBQUssU0FBUyxhQUFhLEtBQUssQ0FBQztBQUNqSTs7O0FDRk8sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBMkIsUUFBb0IsaUJBQXlCO0FBQzVILFFBQU0sU0FBUyxJQUFJLGVBQWUsU0FBUyxLQUFLLE9BQU87QUFDdkQsUUFBTSxNQUFNLFVBQVUsa0JBQWtCLElBQUksU0FBUztBQUNyRCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDN0MsUUFBSSxTQUFTLFdBQVcsRUFBRyxRQUFPLFFBQVEsUUFBUSxLQUFLLG1CQUFtQixTQUFTLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDekcsUUFBSSxDQUFDLE9BQU87QUFDVixjQUFRLEtBQUssZUFBZSxLQUFLLGFBQWEsU0FBUyxNQUFNLGFBQWEsSUFBSSxNQUFNLG1CQUFtQjtBQUN2RztBQUFBLElBQ0Y7QUFDQSxlQUFXLFFBQVEsTUFBTSxPQUFPLENBQUNDLFNBQVEsVUFBVUEsTUFBSyxLQUFLLElBQUksR0FBRyxHQUFHLENBQUMsR0FBRztBQUN6RSxZQUFNLEVBQUUsUUFBUSxNQUFNLElBQUksT0FBTyxPQUFPLE9BQU8sSUFBSTtBQUNuRCxVQUFJLFdBQVcsRUFBRyxRQUFPLFFBQVEsV0FBVyxLQUFLLG1CQUFtQixLQUFLLEtBQUssS0FBSyxPQUFPO0FBQzFGLFVBQUksV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxZQUFZLE1BQU0sa0JBQWtCLEVBQUUsaUJBQWlCO0FBQzlHLE1BQUksSUFBSyxTQUFRLElBQUksR0FBRyxVQUFVLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDakQsU0FBTztBQUNUO0FBRUEsU0FBUyxRQUFRLFFBQWdCLEtBQVksU0FBeUI7QUFDcEUsVUFBUSxLQUFLLHFDQUFxQyxNQUFNLGFBQWEsSUFBSSxNQUFNLGlFQUFpRTtBQUNoSixTQUFPO0FBQ1Q7OztBQ1pPLFNBQVMsYUFBYUMsU0FBcUJDLE1BQXdCO0FBQ3hFLFFBQU0sVUFBaUIsQ0FBQztBQUN4QixNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0wsTUFBTSxNQUErQjtBQUNuQyxZQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3pCLDBCQUFXLElBQUksZUFBZUQsUUFBTyxTQUFTLEdBQUc7QUFDakQsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUcsUUFBUSxRQUFRQyxJQUFHO0FBQzVELFVBQUksVUFBVSxVQUFVO0FBQ3RCLGNBQU1DLE9BQU0sUUFBUSxNQUFNO0FBQzFCLGVBQU8sT0FBT0EsS0FBSSxPQUFPQSxLQUFJLElBQUk7QUFDakM7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLFlBQVksS0FBSyxPQUFPLEdBQUdGLFFBQU8sTUFBTTtBQUN0RCxVQUFJLFVBQVUsUUFBUTtBQUVwQixrQkFBVSxPQUFPLEtBQUssS0FBSyxHQUFHLE9BQU8sRUFBRSxnQ0FBZ0MsTUFBTSxLQUFLLENBQUM7QUFDbkY7QUFBQSxNQUNGO0FBQ0EsWUFBTSxPQUFPLGNBQWMsR0FBRztBQUc5QixVQUFJLE9BQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLGdCQUFnQixLQUFNLFNBQVEsS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUY7QUFBQSxJQUNBLE1BQU0sS0FBa0I7QUFDdEIsZUFBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sTUFBTTtBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNGOzs7QUN2REEsT0FBT0csV0FBVTs7O0FDeUJqQixJQUFNLGNBQWMsRUFBRSxjQUFjLE9BQU8saUJBQWlCLE9BQU8sY0FBYyxPQUFPLGtCQUFrQixPQUFPLGFBQWEsTUFBTTtBQUc3SCxJQUFNLG9CQUFvQjtBQUdqQyxJQUFNLGFBQWEsS0FBSztBQUV4QixJQUFNLFVBQWtDLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxHQUFHLEdBQUcsS0FBTSxHQUFHLEtBQVEsR0FBRyxNQUFXLEdBQUcsTUFBVztBQUd4SCxTQUFTLGFBQWFDLE9BQStCO0FBQzFELE1BQUksT0FBT0EsVUFBUyxTQUFVLFFBQU9BO0FBQ3JDLE1BQUksZ0JBQWdCLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU9BLEtBQUk7QUFDbEQsTUFBSSxDQUFDLDBDQUEwQyxLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPO0FBQ3pFLE1BQUksUUFBUTtBQUNaLGFBQVcsQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLEtBQUtBLE1BQUssU0FBUyxxQ0FBcUMsRUFBRyxVQUFTLE9BQU8sS0FBSyxJQUFJLFFBQVEsSUFBSTtBQUMzSCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLEdBQUcsT0FBa0MsVUFBMEI7QUFDdEUsUUFBTSxTQUFTLGFBQWEsU0FBUyxRQUFRO0FBQzdDLFNBQU8sT0FBTyxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQzVDO0FBR08sU0FBUyxjQUFjLFVBQWtDO0FBQzlELFFBQU0sZUFBZSxHQUFHLFNBQVMsY0FBYyxZQUFZLFlBQVk7QUFDdkUsUUFBTSxVQUFVLFNBQVMsVUFBVSxDQUFDLEdBQUcsT0FBTyxDQUFDLEtBQUssVUFBVSxNQUFNLEdBQUcsTUFBTSxVQUFVLElBQUksR0FBRyxDQUFDO0FBQy9GLFVBQVEsU0FBUyxVQUFVO0FBQUEsSUFDekIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLGFBQWEsWUFBWSxXQUFXLElBQUk7QUFBQSxJQUM3RCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsVUFBVSxJQUFJLElBQUk7QUFBQSxJQUN2QyxLQUFLO0FBQ0gsYUFBTyxTQUFTLEdBQUcsU0FBUyxrQkFBa0IsWUFBWSxnQkFBZ0IsSUFBSTtBQUFBLElBQ2hGLEtBQUs7QUFDSCxhQUFPLFNBQVM7QUFBQSxJQUNsQjtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFNTyxTQUFTLFVBQVVDLFVBQTRCO0FBQ3BELFFBQU0sWUFBWSxPQUFPLE9BQU9BLFNBQVEsYUFBYSxDQUFDLENBQUM7QUFDdkQsUUFBTSxlQUFlLFVBQVUsV0FBVyxJQUN0QyxhQUNBLEtBQUssSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLGFBQWEsR0FBRyxTQUFTLFdBQVcsSUFBSSxJQUFJLGNBQWMsUUFBUSxDQUFDLENBQUM7QUFDbkcsU0FDRSxHQUFHQSxTQUFRLGNBQWMsWUFBWSxZQUFZLElBQUksZUFBZSxHQUFHQSxTQUFRLGlCQUFpQixZQUFZLGVBQWUsSUFBSTtBQUVuSTs7O0FDbEZBLE9BQU9DLFdBQW9DO0FBUXBDLElBQU0sZ0JBQWdCO0FBU3RCLFNBQVMsWUFBWUMsU0FBaUc7QUFDM0gsUUFBTSxTQUFTLFlBQVlBLFFBQU8sT0FBTztBQUN6QyxRQUFNLFNBQVMsYUFBYUEsT0FBTTtBQUNsQyxRQUFNLFVBQVUsTUFBTUEsUUFBTyxTQUFTLFFBQVEsZUFBZSxHQUFHO0FBQ2hFLFFBQU0sZUFBZSxHQUFHLGFBQWE7QUFDckMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxlQUFlLE9BQU87QUFDMUUsTUFBSSxRQUFRLFdBQVcsUUFBUSxRQUFRLFFBQVEsSUFBSSxLQUFLLE1BQU0sY0FBYztBQUMxRSxXQUFPLEdBQUcsTUFBTSxrQ0FBa0MsYUFBYSxhQUFhLE9BQU8sT0FBTyxDQUFDLG1CQUFtQixZQUFZO0FBQUEsRUFDNUg7QUFDQSxRQUFNLFFBQVFBLFFBQU8sT0FBTyxDQUFDO0FBQzdCLFFBQU0sT0FBTyxNQUFNQSxRQUFPLFNBQVMsUUFBUSxPQUFPLEdBQUc7QUFDckQsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxPQUFPLElBQUk7QUFDNUQsTUFBSSxLQUFLLFVBQVUsSUFBSyxRQUFPO0FBQy9CLE1BQUksS0FBSyxXQUFXLE9BQU8sY0FBYyxLQUFLLFFBQVEsRUFBRSxNQUFNLFFBQVc7QUFDdkUsV0FBTyxHQUFHLE1BQU0sNkNBQTZDQSxRQUFPLFlBQVksVUFBVSxLQUFLLGFBQWEsT0FBTyxJQUFJLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsTUFBTSxTQUFpQixRQUFnQixTQUFpQixVQUEyQztBQUMxRyxTQUFPO0FBQUEsSUFBTztBQUFBLElBQVE7QUFBQSxJQUFXLENBQUMsVUFDaENDLE1BQUssSUFBSSxHQUFHLE9BQU8sSUFBSSxPQUFPLElBQUk7QUFBQSxNQUNoQyxTQUFTLEVBQUUsYUFBYSxNQUFNLFlBQVk7QUFBQSxNQUMxQyxNQUFNLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUN6QyxTQUFTLGVBQWU7QUFBQSxNQUN4QixjQUFjO0FBQUEsTUFDZCxrQkFBa0JBLE1BQUssaUJBQWlCLFFBQVE7QUFBQSxJQUNsRCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxXQUFXLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzlGLFFBQU0sT0FBTyxJQUFJLE9BQU87QUFDeEIsTUFBSSxTQUFTLGVBQWUsTUFBTTtBQUNoQyxXQUFPLEdBQUcsTUFBTSx1QkFBdUIsSUFBSSxXQUFXLGVBQWUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0EsUUFBTSxTQUFTLHFCQUFxQixLQUFLLFNBQVMsS0FBSyxJQUFJLHVCQUF1QixTQUFTO0FBQzNGLFNBQU8sR0FBRyxNQUFNLDJCQUEyQixJQUFJLFlBQVksTUFBTTtBQUNuRTtBQUdBLFNBQVMsT0FBTyxVQUEyQztBQUN6RCxRQUFNLFFBQVEsU0FBUyxRQUFRLElBQUksUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQzdELFNBQU8sR0FBRyxTQUFTLE1BQU0sSUFBSSxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsTUFBTSxJQUFJLENBQUM7QUFDaEc7OztBRmhETyxTQUFTLFNBQVNDLFNBQTRCO0FBQ25ELFFBQU0sVUFBVSxZQUFZQSxPQUFNO0FBQ2xDLE1BQUksUUFBUyxDQUFBQyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3BDLFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLFVBQVVBLE1BQUssS0FBSyxPQUFvQixHQUFHLFlBQVksS0FBSyxNQUFNLENBQUM7QUFDcEcsUUFBTSxNQUFhLEVBQUUsUUFBUSxhQUFhRCxPQUFNLEdBQUcsUUFBUSxLQUFLLE9BQU87QUFDdkUsVUFBUSxJQUFJLEdBQUcsU0FBUyxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ3ZDLFdBQVNBLFFBQU8sU0FBUyxLQUFLQSxRQUFPLFFBQVEsT0FBTztBQUNwRCxTQUFPO0FBQ1Q7OztBR2hCTyxJQUFNLGNBQWM7QUFBQSxFQUN6QjtBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUNuRTtBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUN4Qzs7O0FDSE8sU0FBUyxZQUFZRSxTQUE4QjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsR0FBR0EsUUFBTyxNQUFNLFFBQVFBLFFBQU8sT0FBTztBQUFBLElBQzlDLFlBQVk7QUFBQSxJQUNaLFdBQVcsWUFBWUEsUUFBTyxRQUFRLGFBQWEsRUFBRTtBQUFBO0FBQUEsSUFFckQsdUJBQXVCO0FBQUEsSUFDdkIsY0FBYztBQUFBLElBQ2QsaUJBQWlCO0FBQUEsRUFDbkI7QUFDRjs7O0FDZ0JPLElBQU0sb0JBQXNELEVBQUUsTUFBTSxHQUFHLE1BQU0sSUFBSSxNQUFNLEtBQUs7QUFHNUYsU0FBUyxRQUFRQyxXQUEwQjtBQUVoRCxVQUFRLFdBQVdBLFNBQVEsS0FBSyxLQUFLO0FBQ3ZDO0FBYU8sU0FBUyxrQkFBa0JDLFdBQW1DO0FBQ25FLFFBQU1DLGFBQVksSUFBSSxrQkFBa0JELFVBQVMsUUFBUTtBQUN6RCxNQUFJQSxVQUFTLGFBQWEsd0JBQXlCLFFBQU9BLFVBQVMsT0FBT0MsYUFBWSxRQUFRRCxVQUFTLFFBQVE7QUFDL0csTUFBSUUsUUFBT0YsVUFBUztBQUNwQixNQUFJLFFBQVE7QUFDWixhQUFXLFNBQVNBLFVBQVMsUUFBUTtBQUNuQyxjQUFXRSxRQUFPLE1BQU0sVUFBVSxJQUFLRCxhQUFZLFFBQVEsTUFBTSxRQUFRO0FBQ3pFLElBQUFDLFFBQU8sTUFBTTtBQUFBLEVBQ2Y7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxJQUFNLG9CQUFvQjtBQU9uQixTQUFTLE9BQU8sZUFBdUIsUUFBNkQ7QUFDekcsUUFBTSxTQUFTLEtBQUssS0FBSyxnQkFBZ0Isb0JBQW9CLENBQUM7QUFDOUQsU0FBTyxFQUFFLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUMsR0FBRyxPQUFPO0FBQzFFO0FBR08sU0FBUyxVQUFVQyxPQUFvQjtBQUM1QyxTQUFPQSxNQUFLLE9BQU8sa0JBQWtCQSxNQUFLLFFBQVE7QUFDcEQ7OztBQzFETyxTQUFTLFVBQVVDLFdBQTJCQyxNQUFVLFFBQStCO0FBQzVGLFFBQU0sYUFBYSxzQkFBc0JELFNBQVE7QUFDakQsUUFBTSxRQUFRLEVBQUUsT0FBTyxHQUFHLFFBQVEsWUFBWSxPQUFPQyxLQUFJLFlBQVksT0FBTztBQUM1RSxRQUFNLFNBQVMsRUFBRSxPQUFPLEdBQUcsUUFBUSxZQUFZLFFBQVEsSUFBSUEsS0FBSSxhQUFhLE9BQU87QUFDbkYsU0FBTyxFQUFFLFVBQVUsRUFBRSxLQUFLLE9BQU8sTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFHLFFBQVEsTUFBTTtBQUNqRjtBQUdPLFNBQVMsc0JBQXNCRCxXQUFtQztBQUN2RSxTQUFPLEtBQUssS0FBSyxrQkFBa0JBLFNBQVEsSUFBSSxJQUFJO0FBQ3JEO0FBR08sU0FBUyxlQUFlQSxXQUEyQkMsTUFBVSxRQUF5QjtBQUMzRixTQUFPLEVBQUUsUUFBUSxVQUFVRCxXQUFVQyxNQUFLLE1BQU0sR0FBRyxtQkFBbUIsc0JBQXNCRCxTQUFRLEVBQUU7QUFDeEc7OztBQ25DTyxTQUFTLFNBQVMsS0FBMkI7QUFDbEQsUUFBTSxFQUFFLE1BQUFFLE9BQU0sT0FBTyxJQUFJLGFBQWEsS0FBSyxFQUFFLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQztBQUNwRSxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixXQUFXO0FBQUEsSUFDWCxVQUFVQSxNQUFLO0FBQUEsSUFDZixRQUFRO0FBQUEsTUFDTixFQUFFLFVBQVUsU0FBUyxLQUFLLFdBQVcsSUFBSSxHQUFHLFFBQVFBLE1BQUssS0FBSztBQUFBLE1BQzlELEVBQUUsVUFBVSxhQUFhLEtBQUssWUFBWSxJQUFJLEdBQUcsUUFBUUEsTUFBSyxLQUFLO0FBQUEsTUFDbkUsRUFBRSxVQUFVLFNBQVMsS0FBSyxhQUFhLEtBQUssR0FBRyxRQUFRLEVBQUU7QUFBQSxJQUMzRDtBQUFBLElBQ0EsR0FBRyxPQUFPLFVBQVVBLEtBQUksR0FBRyxNQUFNO0FBQUEsSUFDakMsY0FBYztBQUFBLEVBQ2hCO0FBQ0Y7OztBQ1BPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsYUFBYSxPQUFlLEtBQXdCO0FBQ2xFLFNBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksbUJBQW1CLElBQUksS0FBSyxNQUFNLEdBQUcsSUFBSSxrQkFBa0I7QUFDaEc7QUFVTyxTQUFTLFdBQVcsU0FBMEIsWUFBd0IsT0FBZSxPQUEwQjtBQUNwSCxRQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsU0FBUyxFQUFFLFVBQVU7QUFDbEcsUUFBTUMsUUFBTyxlQUFlLFVBQVUsRUFBRSxXQUFXLFdBQVcsTUFBTSxJQUFJLEVBQUUsTUFBTSxNQUFNO0FBQ3RGLFFBQU0sT0FBTyxFQUFFLFlBQVksS0FBSyxTQUFTLENBQUMsRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLElBQUksR0FBRyxHQUFHQSxNQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEVBQUUsRUFBRSxFQUFFO0FBQ25KLFNBQU8sR0FBRyxRQUFRLEdBQUcsa0NBQWtDLGlCQUFpQixLQUFLLFVBQVUsRUFBRSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDdEc7QUFHQSxTQUFTLGlCQUFpQixPQUF1QjtBQUMvQyxTQUFPLG1CQUFtQixLQUFLLEVBQUUsUUFBUSxzQkFBc0IsQ0FBQyxZQUFZLG1CQUFtQixPQUFPLENBQUM7QUFDekc7QUFnQk8sU0FBUyxTQUFTLFNBQTBCLFFBQWdCLE9BQXlCO0FBQzFGLFNBQU87QUFBQSxJQUNMLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsOEJBQThCLFlBQVksa0RBQWtELG9CQUFvQixNQUFNLENBQUM7QUFBQSxNQUN2SDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE1BQU0sV0FBVyxTQUFTLFFBQVEsa0JBQWtCLFlBQVksa0JBQWtCLFlBQVksTUFBTSxDQUFDLEtBQUssS0FBSztBQUFBLElBQy9HLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsMkRBQTJELE1BQU07QUFBQSxNQUNqRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3JFTyxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGtCQUFrQjs7O0FDR3hCLElBQU0sc0JBQXNCO0FBRTVCLElBQU0sa0JBQWtCO0FBZ0N4QixTQUFTLGdCQUFnQixNQUFxQixTQUF5QixLQUE0QjtBQUN4RyxRQUFNLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLElBQUksUUFBUSxJQUFJLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxZQUFZO0FBQ3JGLFFBQU0sUUFBUSxhQUFhLE9BQU8sR0FBRztBQUNyQyxRQUFNLE9BQU8sUUFBUSxJQUFJLENBQUMsUUFBUSxTQUFTLE1BQU0sS0FBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsTUFBSSxJQUFJLFNBQVUsTUFBSyxLQUFLLGNBQWMsTUFBTSxLQUFLLEtBQUssQ0FBQztBQUMzRCxRQUFNLFNBQVMsQ0FBQyxRQUFnQixLQUFLLFFBQVEsR0FBRyxHQUFHLFVBQVUsQ0FBQztBQUM5RCxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVCxRQUFRLElBQUk7QUFBQSxJQUNaLFVBQVUsSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUksSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJO0FBQUEsSUFDYixRQUFRLEVBQUUsT0FBTyxJQUFJO0FBQUEsSUFDckIsUUFBUTtBQUFBO0FBQUEsTUFFTixVQUFVLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFBQSxNQUN2QyxZQUFZLE9BQU8sWUFBWSxFQUFFLFNBQVM7QUFBQSxNQUMxQyxpQkFBaUIsS0FBSyxNQUFNLG9CQUFvQjtBQUFBLE1BQ2hELGNBQWMsT0FBTyxRQUFRLEVBQUUsVUFBVTtBQUFBLE1BQ3pDLGNBQWMsT0FBTyxRQUFRLEVBQUUsU0FBUztBQUFBLElBQzFDO0FBQUEsSUFDQSxNQUFNLFlBQVksTUFBTSxTQUFTLElBQUksUUFBUTtBQUFBLElBQzdDO0FBQUEsSUFDQSxPQUFPLFNBQVMsSUFBSSxJQUFJLFNBQVMsSUFBSSxRQUFRLEtBQUs7QUFBQSxJQUNsRCxRQUFRLEtBQUssTUFBTSxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU07QUFBQSxFQUNwRDtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQXFCLEtBQVUsU0FBMEIsT0FBNkI7QUFDdEcsUUFBTSxTQUFTLEtBQUssUUFBUSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksQ0FBQztBQUM5RCxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWEsR0FBRyxDQUFDO0FBQzlDLFFBQU0sWUFBWSxrQkFBa0IsR0FBRztBQUN2QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWEsSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ2pGLFFBQU0sTUFBTSxTQUFTLE9BQU8sU0FBUztBQUNyQyxRQUFNLFdBQVcsVUFBVSxJQUFLLFFBQVEsT0FBTyxJQUFJLElBQUksS0FBSyxPQUFRO0FBQ3BFLFFBQU0sV0FBVyxJQUFJLE1BQU0sWUFBWTtBQUN2QyxRQUFNLFVBQVUsTUFBTSxTQUFTLE1BQU0sVUFBVSxTQUFTLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDbkYsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixhQUFhLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUk7QUFBQSxJQUNWLFFBQVEsYUFBYSxHQUFHO0FBQUEsSUFDeEI7QUFBQSxJQUNBLE1BQU0sSUFBSTtBQUFBLElBQ1YsV0FBVyxJQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxZQUFZLFVBQVUsSUFBSSxNQUFNLFVBQVUsSUFBSSxlQUFlO0FBQUEsSUFDN0QsTUFBTSxVQUFVLEtBQUssS0FBSyxPQUFPO0FBQUEsSUFDakMsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUs7QUFBQSxNQUM5RCxNQUFNLFdBQVcsU0FBUyxRQUFRLElBQUksUUFBUSxPQUFPLEtBQUs7QUFBQSxNQUMxRCxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUksUUFBUSxRQUFRLEtBQUs7QUFBQSxJQUMvRDtBQUFBLElBQ0EsU0FBUyxJQUFJO0FBQUEsRUFDZjtBQUNGO0FBR08sU0FBUyxVQUFVLEtBQXlDLEtBQWEsU0FBMEI7QUFDeEcsUUFBTSxPQUFPLElBQUksUUFBUSxFQUFFLGVBQWUsU0FBUyxVQUFVLEdBQUcsT0FBTyxFQUFFO0FBQ3pFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxjQUFjLElBQUk7QUFBQSxJQUNsQixlQUFlLEtBQUs7QUFBQSxJQUNwQixVQUFVLEtBQUs7QUFBQSxJQUNmLE9BQU8sS0FBSztBQUFBLElBQ1osUUFBUSxVQUFVLElBQUksVUFBVSxTQUFTLElBQUksY0FBYyxHQUFHLElBQUk7QUFBQSxJQUNsRSxVQUFVLFVBQVUsSUFBSSxlQUFlLEtBQUssU0FBUyxtQkFBbUIsSUFBSTtBQUFBLElBQzVFLFlBQVksbUJBQW1CLFNBQVMsS0FBSyxVQUFVLGVBQWU7QUFBQSxFQUN4RTtBQUNGO0FBTUEsU0FBUyxjQUFjLE1BQXFCLEtBQWlCLE9BQTZCO0FBQ3hGLFFBQU0sRUFBRSxtQkFBQUMsb0JBQW1CLFdBQVcsSUFBSSxJQUFJO0FBQzlDLFFBQU0sVUFBVSxLQUFLLFFBQVEsa0JBQWtCO0FBQy9DLFFBQU0sVUFBVSxTQUFTLE9BQU8sU0FBUztBQUN6QyxRQUFNLFlBQVksa0JBQWtCLFVBQVU7QUFDOUMsUUFBTSxVQUFVLElBQUksSUFBSTtBQUN4QixRQUFNLFdBQVdBLHFCQUFvQixJQUFJLFVBQVVBLHFCQUFvQjtBQUN2RSxRQUFNLFNBQVMsMkNBQTJDLElBQUksTUFBTTtBQUNwRSxRQUFNLFVBQVUsTUFBTUEsb0JBQW1CLFdBQVcsWUFBWSxTQUFTLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDcEcsU0FBTztBQUFBLElBQ0wsSUFBSTtBQUFBLElBQ0osYUFBYSxzQ0FBc0NDLE9BQU0sT0FBTyxJQUFJLFFBQVEsQ0FBQyxZQUFZRCxrQkFBaUI7QUFBQSxJQUMxRyxNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsTUFBTTtBQUFBLElBQ04sV0FBVyxFQUFFLElBQUksTUFBTSxPQUFPLFNBQVMsTUFBTSxRQUFRO0FBQUEsSUFDckQ7QUFBQSxJQUNBLFNBQVNBO0FBQUEsSUFDVDtBQUFBLElBQ0EsWUFBWSxVQUFVLElBQUksV0FBVyxVQUFVLFVBQVUsSUFBSSxXQUFXO0FBQUEsSUFDeEUsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPLEVBQUUsR0FBRyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLLEdBQUcsT0FBTyxXQUFXLElBQUksSUFBSSxTQUFTLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFBQSxJQUNySCxTQUFTLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLElBQUksT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFDRjtBQU1BLFNBQVMsTUFBTSxTQUFpQixPQUFnQixNQUFvQztBQUNsRixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksU0FBUyxPQUFXLFFBQU8sT0FBTyxTQUFTO0FBQy9DLFNBQU8sUUFBUSxTQUFTO0FBQzFCO0FBRUEsU0FBU0MsT0FBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQU1BLFNBQVMsWUFBWSxNQUFxQixTQUF5QixVQUF1QztBQTFLMUc7QUEyS0UsUUFBTSxPQUE0QixFQUFFLEtBQUssSUFBSSxNQUFNLGFBQWEsUUFBUSxDQUFDLEVBQUU7QUFDM0UsYUFBVyxPQUFPLFFBQVMsV0FBSyxJQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNLElBQUksSUFBSTtBQUNqRSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksTUFBcUJDLE9BQW1DO0FBQ25FLFFBQU0sU0FBUyxDQUFDLFdBQW1CLEtBQUssUUFBUSxhQUFhLFFBQVFBLEtBQUksQ0FBQyxHQUFHLFVBQVUsQ0FBQztBQUN4RixRQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUM5QyxRQUFNQyxZQUFXLE9BQU8sbUJBQW1CO0FBQzNDLFFBQU0sVUFBVSxDQUFDLFVBQStCLFdBQVcsS0FBSyxVQUFVLFNBQVksUUFBUTtBQUM5RixTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLFdBQVcsUUFBUSxPQUFPLGlCQUFpQixFQUFFLElBQUk7QUFBQSxJQUNqRCxLQUFLLFFBQVEsT0FBTyxXQUFXLEVBQUUsSUFBSTtBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUNGOzs7QUM1Sk8sU0FBUyxZQUFZLFFBQXNCLE9BQU8sZUFBdUI7QUFDOUUsUUFBTSxTQUFTLE9BQU8sSUFBSSxLQUFLLEVBQUUsT0FBTyxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQVUsR0FBRyxTQUFTLEVBQUUsQ0FBQztBQUNsRixRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLElBQUksQ0FBQztBQUNyRSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EscUJBQXFCLEtBQUssSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBV0MsU0FBUSxJQUFJLENBQUM7QUFBQSxJQUNwSixHQUFHLE9BQU8sSUFBSSxXQUFXO0FBQUEsSUFDekI7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiO0FBUUEsU0FBUyxNQUFNLE9BQTJCO0FBQ3hDLFNBQU87QUFBQSxJQUNMLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFDbkIsVUFBVSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUU7QUFBQSxJQUMvQyxTQUFTLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxFQUFFLFlBQVksTUFBUyxFQUFFO0FBQUEsRUFDNUU7QUFDRjtBQUVBLFNBQVMsSUFBSSxHQUFXLEdBQW1CO0FBQ3pDLFNBQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSxVQUFVLFNBQVMsRUFBRSxVQUFVLEVBQUUsUUFBUTtBQUN2RztBQUVBLFNBQVMsWUFBWSxPQUEyQjtBQUM5QyxRQUFNLFNBQVMsTUFBTSxLQUFLO0FBQzFCLFFBQU0sWUFBWSxNQUFNLFlBQVksZUFBZSxLQUFLLE1BQU0sU0FBUyxDQUFDLE1BQU07QUFDOUUsUUFBTUMsUUFBTyxzQkFBc0IsS0FBSyxNQUFNLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVdELFNBQVEsTUFBTSxRQUFRLENBQUMsQ0FBQyxJQUFJLFNBQVM7QUFDaE0sUUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLGNBQWMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sZ0JBQWdCLFdBQVcsU0FDN0IsQ0FBQyxvQkFBb0IsR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLHlCQUF5QixLQUFLLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxtQkFBbUIsSUFDakksQ0FBQztBQUNMLFNBQU8sQ0FBQ0MsT0FBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsZ0JBQWdCLEVBQUUsS0FBSyxJQUFJO0FBQzdGO0FBRUEsU0FBUyxXQUFXLFVBQTZCO0FBQy9DLFFBQU1BLFFBQU8sdUJBQXVCLEtBQUssU0FBUyxJQUFJLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxTQUFTLENBQUMsV0FBV0QsU0FBUSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ3JJLFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLFNBQVMsU0FBUztBQUNwQixVQUFNLEVBQUUsU0FBUyxNQUFNLEtBQUssSUFBSSxTQUFTO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxPQUFPLENBQUMsV0FBVyxLQUFLLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSSxDQUFDLFlBQVk7QUFBQSxFQUN4RyxXQUFXLFNBQVMsWUFBWSxRQUFXO0FBQ3pDLGFBQVMsS0FBSywyQkFBMkIsS0FBSyxTQUFTLE9BQU8sQ0FBQyxLQUFLO0FBQUEsRUFDdEU7QUFDQSxNQUFJLFNBQVMsVUFBVyxVQUFTLEtBQUsscUJBQXFCLEtBQUssU0FBUyxTQUFTLENBQUMsZUFBZTtBQUNsRyxTQUFPLFNBQVMsU0FBUyxDQUFDLEdBQUdDLEtBQUksS0FBSyxHQUFHLFVBQVUsaUJBQWlCLEVBQUUsS0FBSyxJQUFJLElBQUksR0FBR0EsS0FBSTtBQUM1RjtBQUVBLFNBQVNELFNBQVEsT0FBdUI7QUFDdEMsU0FBTyxPQUFPLFNBQVMsS0FBSyxJQUFJLE1BQU0sUUFBUSxDQUFDLElBQUk7QUFDckQ7QUFHQSxTQUFTLE1BQU0sT0FBdUI7QUFDcEMsU0FBTyxNQUFNLFFBQVEseURBQXlELEVBQUU7QUFDbEY7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxNQUFNLEtBQUssRUFBRSxRQUFRLE1BQU0sT0FBTyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkY7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxLQUFLLEtBQUssRUFBRSxRQUFRLE1BQU0sUUFBUSxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sTUFBTTtBQUNsSDs7O0FDakZPLElBQU0saUJBQW9ELEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxXQUFXLFVBQVU7QUFHN0csU0FBUyxPQUFPLEtBQXdCO0FBQzdDLFFBQU0sT0FBTyxJQUFJO0FBQ2pCLFFBQU0sVUFBVSxLQUFLLE9BQU8sSUFBSSxZQUFZLEtBQUssSUFBSSxPQUFPO0FBQzVELFNBQU87QUFBQSxJQUNMLElBQUksSUFBSTtBQUFBLElBQ1IsV0FBVyxnQkFBZ0IsR0FBRztBQUFBLElBQzlCLEtBQUssT0FBTyxHQUFHLEtBQUssR0FBRyxJQUFJLElBQUksT0FBTyxLQUFLLEdBQUcsT0FBTyxJQUFJLElBQUksT0FBTztBQUFBLElBQ3BFLE9BQU8sTUFBTSxXQUFXLEdBQUcsWUFBWSxLQUFLLE1BQU0sSUFBSSxPQUFPLENBQUMsS0FBSyxZQUFZLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFJLFlBQVksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLE1BQU07QUFBQSxJQUN2SSxVQUFVLE9BQU8sS0FBSyxLQUFLLFFBQVEsU0FBUyxLQUFLLGFBQWEsS0FBSyxLQUFLLElBQUksVUFBVSxNQUFNLFVBQVUsTUFBTSxDQUFDLE9BQU8sSUFBSSxPQUFPO0FBQUEsSUFDL0gsU0FBUyxDQUFDLE9BQU8sTUFBTSxLQUFLLGVBQWUsT0FBTyxZQUFZLEtBQUssWUFBWSxLQUFLLFVBQVUsQ0FBQztBQUFBLElBQy9GLFVBQVUsSUFBSSxhQUFhLE9BQU8sTUFBTSxZQUFZLEtBQUssSUFBSSxRQUFRO0FBQUEsSUFDckUsU0FBUyxlQUFlLElBQUksT0FBTztBQUFBLElBQ25DLFFBQVEsSUFBSSxlQUFlLE9BQU8sTUFBTSxZQUFZLElBQUksVUFBVTtBQUFBLEVBQ3BFO0FBQ0Y7QUFFQSxJQUFNLFdBQXdELEVBQUUsY0FBYyxVQUFVLFFBQVEsVUFBVSxTQUFTLElBQUksVUFBVSxVQUFVO0FBR3BJLFNBQVMsZ0JBQWdCLEtBQTZEO0FBQzNGLFFBQU0sVUFBVSxJQUFJLFNBQVMsWUFBWSxJQUFJLE9BQU8sU0FBUyxJQUFJLElBQUk7QUFDckUsU0FBTyxHQUFHLE9BQU8sSUFBSSxJQUFJLFVBQVUsRUFBRSxJQUFJLFlBQVksS0FBSyxJQUFJLFVBQVUsS0FBSyxDQUFDO0FBQ2hGO0FBRUEsU0FBUyxZQUFZLEtBQW1DLE9BQXVCO0FBQzdFLFNBQU8sSUFBSSxVQUFVLFNBQVMsT0FBTyxHQUFHRSxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZQyxRQUF1QjtBQUNqRCxNQUFJLENBQUMsT0FBTyxTQUFTQSxNQUFLLEVBQUcsUUFBTztBQUNwQyxTQUFPLEdBQUdELE9BQU1DLFNBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTRCxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUM1RDtBQUdPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNLEVBQUU7QUFDdEUsUUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGVBQWUsS0FBd0I7QUFDckQsUUFBTUUsT0FBTSxPQUFPLEdBQUc7QUFDdEIsTUFBSSxJQUFJLFlBQVksVUFBVyxRQUFPLDhDQUE4Q0EsS0FBSSxTQUFTO0FBQ2pHLE1BQUksQ0FBQyxJQUFJLEtBQU0sUUFBTyxXQUFXQSxLQUFJLEdBQUcsd0JBQXdCQSxLQUFJLFFBQVEsZ0JBQWdCQSxLQUFJLFNBQVM7QUFDekcsUUFBTSxJQUFJLElBQUksS0FBSyxXQUFXLE9BQU8sS0FBSyxTQUFTLGtCQUFrQixJQUFJLEtBQUssTUFBTSxDQUFDO0FBQ3JGLFNBQU8sR0FBR0EsS0FBSSxHQUFHLFNBQVNBLEtBQUksS0FBSyw4QkFBOEIsSUFBSSxLQUFLLFFBQVEsa0JBQWtCQSxLQUFJLFNBQVMsS0FBSyxXQUFXLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxjQUFjQSxLQUFJLFFBQVE7QUFDMUs7QUFFQSxJQUFNLGFBQTBEO0FBQUEsRUFDOUQsY0FBYztBQUFBLEVBQ2QsU0FBUztBQUFBLEVBQ1QsUUFBUTtBQUFBLEVBQ1IsVUFBVTtBQUNaO0FBR08sU0FBUyxrQkFBa0IsR0FBbUI7QUFDbkQsU0FBTyxLQUFLLE9BQVEsT0FBTyxLQUFLLE1BQU0sSUFBSSxHQUFJLElBQUksR0FBSSxJQUFJLEVBQUUsY0FBYyxDQUFDO0FBQzdFO0FBUU8sU0FBUyxZQUFZLFNBQThCO0FBQ3hELFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksUUFBUSxJQUFJLFlBQVksU0FBUztBQUNqRixRQUFNLFFBQVEsT0FBTyxPQUFPLENBQUMsUUFBUSxJQUFJLE1BQU0sZUFBZSxJQUFJO0FBQ2xFLE1BQUksTUFBTSxRQUFRO0FBQ2hCLFVBQU0sS0FBSyxHQUFHLE1BQU0sTUFBTSx5SEFBeUgsTUFBTSxJQUFJLENBQUMsUUFBUSxJQUFJLEVBQUUsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDNUw7QUFDQSxRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUMsUUFBUSxJQUFJLFFBQVEsSUFBSSxVQUFVLElBQUksS0FBSyxhQUFhO0FBQ3BGLE1BQUksS0FBSyxRQUFRO0FBQ2YsVUFBTSxLQUFLLEdBQUcsS0FBSyxNQUFNLHFGQUFxRixLQUFLLElBQUksQ0FBQyxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssSUFBSSxPQUFPLE1BQU0sSUFBSSxNQUFNLGFBQWEsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUN6TTtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsaUJBQWlCLFVBQXNEO0FBQ3JGLFFBQU0sRUFBRSxRQUFRLE9BQU8sUUFBUSxZQUFBQyxhQUFZLE1BQU0sUUFBUSxJQUFJO0FBQzdELFFBQU0sU0FBUyxHQUFHLE1BQU0sS0FBSyxLQUFLLFlBQVksTUFBTSxLQUFLQSxXQUFVLFFBQVEsSUFBSSxhQUFhLE9BQU87QUFDbkcsTUFBSSxTQUFTLFFBQVMsUUFBTyxFQUFFLE1BQU0sU0FBUyxTQUFTLE9BQU8sSUFBSSxPQUFPO0FBQ3pFLFFBQU0sTUFBTSxXQUFXLElBQUksZ0JBQWdCLEtBQUssTUFBTTtBQUN0RCxTQUFPLEVBQUUsTUFBTSx1Q0FBdUMsR0FBRyxLQUFLLE9BQU87QUFDdkU7QUFHTyxTQUFTLGNBQWMsVUFBOEI7QUFDMUQsUUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixRQUFRO0FBQ2xELFNBQU8sQ0FBQyxPQUFPLElBQUksS0FBSyxNQUFNLElBQUksR0FBSSxTQUFTLFdBQVcsQ0FBQyxTQUFTLFNBQVMsUUFBUSxFQUFFLElBQUksQ0FBQyxDQUFFO0FBQ2hHOzs7QUM5SE8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLFNBQVMsTUFBTTtBQUNwQyxRQUFNLE1BQU07QUFBQSxJQUNWLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQUEsSUFDckY7QUFBQSxJQUNBLGFBQWEsUUFBUSxPQUFPLGNBQWMsUUFBUSxJQUFJLE9BQU8sUUFBUSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsUUFBUSxDQUFDLENBQUMsY0FBYyxRQUFRLE9BQU87QUFBQSxJQUMxSztBQUFBLElBQ0EsR0FBSSxRQUFRLGFBQWEsQ0FBQyxNQUFNLGlCQUFpQixPQUFPLFFBQVEsVUFBVSxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDekY7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLFVBQVUsSUFBSSxFQUFFLElBQUksSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLLGVBQWUsR0FBRyxDQUFDLEtBQUssRUFBRTtBQUNsRixlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFlBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsUUFBUTtBQUNsRCxVQUFJLEtBQUssS0FBSyxTQUFTLFdBQVcsSUFBSSxJQUFJLEtBQUssU0FBUyxRQUFRLE1BQU0sSUFBSSxNQUFNLE1BQU0sRUFBRTtBQUFBLElBQzFGO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQixJQUFJLE1BQU0sSUFBSSxnQkFBZ0IsSUFBSSxNQUFNLEtBQUssc0JBQXNCLElBQUksTUFBTSxLQUFLLEtBQUssRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsTUFBSTtBQUFBLElBQ0YseUJBQXlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLEtBQ1IsSUFBSSxNQUFNLEVBQ1YsSUFBSSxDQUFDQyxTQUFRLE9BQU9BLEtBQUksRUFBRSxRQUFRLEtBQUtBLEtBQUksU0FBUyxDQUFDLE1BQU1BLEtBQUksR0FBRyxNQUFNQSxLQUFJLEtBQUssTUFBTUEsS0FBSSxRQUFRLE1BQU1BLEtBQUksT0FBTyxNQUFNLEtBQUtBLEtBQUksUUFBUSxDQUFDLE1BQU1BLEtBQUksT0FBTyxJQUFJO0FBQUEsSUFDcEssR0FBRyxZQUFZLE9BQU8sRUFBRSxRQUFRLENBQUMsU0FBUyxDQUFDLElBQUksS0FBSyxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzNEO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGNBQWMsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRyxjQUFjLFFBQVEsTUFBTSxLQUFLLGNBQWMsUUFBUSxNQUFNLElBQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFLO0FBQUEsSUFDL0o7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLFNBQVMsS0FBS0MsT0FBc0I7QUFDbEMsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSztBQUNsQzs7O0FDeENPLFNBQVMsY0FBYyxTQUFnQztBQUM1RCxTQUFPO0FBQUEsSUFDTCxNQUFNLG9CQUFvQixRQUFRLFFBQVEsSUFBSSxRQUFRLE1BQU07QUFBQSxJQUM1RCxXQUFXLFFBQVEsT0FBTztBQUFBLElBQzFCLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDckIsWUFBWSxFQUFFLFFBQVEsUUFBUSxRQUFRLFVBQVUsUUFBUSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDL0csT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLFFBQVE7QUFDL0IsWUFBTUMsT0FBTSxPQUFPLEdBQUc7QUFDdEIsWUFBTSxVQUFVO0FBQUEsUUFDZCxJQUFJO0FBQUEsUUFDSixjQUFjQSxLQUFJLFNBQVM7QUFBQSxRQUMzQixlQUFlQSxLQUFJLEdBQUcsV0FBV0EsS0FBSSxLQUFLO0FBQUEsUUFDMUMsY0FBY0EsS0FBSSxRQUFRO0FBQUEsUUFDMUIsWUFBWUEsS0FBSSxPQUFPO0FBQUEsUUFDdkIsYUFBYUEsS0FBSSxRQUFRO0FBQUEsUUFDekIsWUFBWUEsS0FBSSxPQUFPO0FBQUEsUUFDdkIsc0JBQXNCQSxLQUFJLE1BQU07QUFBQSxRQUNoQyxZQUFZLElBQUksT0FBTztBQUFBLFFBQ3ZCLEdBQUcsSUFBSSxVQUFVLElBQUksQ0FBQyxNQUFNO0FBQzFCLGdCQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLENBQUM7QUFDM0MsaUJBQU8sR0FBRyxJQUFJLEtBQUssTUFBTSxJQUFJLEVBQUUsV0FBVyxLQUFLLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxRQUNsRSxDQUFDO0FBQUEsUUFDRCxTQUFTLElBQUksTUFBTSxJQUFJO0FBQUEsUUFDdkIsV0FBVyxJQUFJLE1BQU0sS0FBSztBQUFBLFFBQzFCLFFBQVEsSUFBSSxNQUFNLEtBQUs7QUFBQSxNQUN6QixFQUFFLEtBQUssSUFBSTtBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU0sSUFBSTtBQUFBLFFBQ1YsV0FBVyxtQkFBbUIsSUFBSSxJQUFJO0FBQUEsUUFDdEMsR0FBSSxJQUFJLFlBQVksU0FBUyxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUyxlQUFlLEdBQUcsR0FBRyxNQUFNLElBQUksU0FBUyxNQUFNLFFBQVEsRUFBRTtBQUFBLFFBQ2hILFdBQVc7QUFBQSxNQUNiO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUNqQ08sU0FBUyxXQUFXLFdBQW1CLE1BQXNCO0FBQ2xFLFNBQU8sR0FBRyxVQUFVLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJO0FBQ2pEO0FBR08sU0FBUyxZQUFZLFNBQW9CLFdBQTJDO0FBQ3pGLFNBQU87QUFBQSxJQUNMLENBQUMsV0FBVyxXQUFXLGNBQWMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUFBLElBQzVFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksQ0FBQyxjQUFjLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDMUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsZUFBZSxPQUFPO0FBQUEsRUFDOUQ7QUFDRjs7O0FDZEEsSUFBTSxVQUF5QztBQUFBLEVBQzdDLENBQUMsTUFBTSxLQUFLO0FBQUEsRUFDWixDQUFDLGFBQWEsV0FBVztBQUFBLEVBQ3pCLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDcEIsQ0FBQyxTQUFTLG9CQUFvQjtBQUFBLEVBQzlCLENBQUMsWUFBWSxXQUFXO0FBQUEsRUFDeEIsQ0FBQyxXQUFXLFNBQVM7QUFBQSxFQUNyQixDQUFDLFlBQVksVUFBVTtBQUFBLEVBQ3ZCLENBQUMsV0FBVyxTQUFTO0FBQ3ZCO0FBTU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQ3BDLFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQ0MsU0FBUUEsS0FBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDMUcsUUFBTSxPQUFPLENBQUMsVUFBb0IsS0FBSyxNQUFNLElBQUksQ0FBQ0MsT0FBTSxNQUFNQSxNQUFLLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMzRyxRQUFNLE1BQU07QUFBQSxJQUNWLGFBQWEsUUFBUSxNQUFNLE1BQU0sU0FBUyxPQUFPLENBQUMsYUFBYSxRQUFRLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFBQSxJQUNwRztBQUFBLElBQ0EsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3RDLEdBQUcsS0FBSyxJQUFJLENBQUNELFNBQVEsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBTUEsS0FBSSxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDM0QsR0FBRyxZQUFZLE9BQU8sRUFBRSxJQUFJLENBQUMsU0FBUyxPQUFPLElBQUksRUFBRTtBQUFBLEVBQ3JEO0FBQ0EsYUFBVyxPQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLE9BQU8sSUFBSSxFQUFFLEtBQUssSUFBSSxXQUFXLElBQUksT0FBTyxlQUFlLEdBQUcsQ0FBQyxFQUFFO0FBQzlFLGVBQVcsWUFBWSxJQUFJLFVBQVcsS0FBSSxLQUFLLEdBQUcsY0FBYyxRQUFRLENBQUM7QUFDekUsUUFBSSxLQUFLLGVBQWUsSUFBSSxNQUFNLElBQUksSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLElBQUksZUFBZSxJQUFJLE1BQU0sS0FBSyxFQUFFO0FBQUEsRUFDOUc7QUFDQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0EsZ0JBQWdCLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUc7QUFBQSxJQUM1RCxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQyxnQkFBZ0IsUUFBUSxNQUFNLElBQUk7QUFBQSxJQUNsQyxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsV0FBWSxLQUFJLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxPQUFPLFFBQVEsVUFBVSxJQUFJLEVBQUU7QUFDM0YsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0Qjs7O0FDbkNPLFNBQVMsa0JBQWtCLE1BQTZCO0FBQzdELFFBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUNuRixRQUFNLFNBQVMsS0FBSyxRQUFRLFFBQVE7QUFDcEMsUUFBTSxNQUFNLENBQUMsSUFBSSxxQkFBcUIsRUFBRTtBQUN4QyxNQUFJLFFBQVE7QUFDVixVQUFNLFNBQVMsT0FBTyxVQUFVLE1BQU0sT0FBTyxTQUFTO0FBQ3RELFFBQUk7QUFBQSxNQUNGLElBQUksZ0JBQWdCLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDOUIsSUFBSSxvQkFBb0IsR0FBR0UsU0FBUSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksT0FBTyxVQUFVLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM1RixJQUFJLGlCQUFpQixHQUFHQSxTQUFRLEtBQUssT0FBTyxRQUFRLEVBQUUsQ0FBQyxJQUFJLE9BQU8sU0FBUyxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDOUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxZQUFZO0FBQ3pDLFVBQU0sYUFBYSxRQUFRLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxTQUFTLFlBQVksUUFBUSxJQUFJLENBQUM7QUFDaEYsUUFBSSxXQUFXLFdBQVcsRUFBRztBQUM3QixRQUFJLEtBQUssT0FBTyxLQUFLLElBQUksR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxhQUFhLE1BQU0sQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3JHO0FBQ0EsTUFBSSxLQUFLLGtCQUFrQixLQUFLLE1BQU0sb0JBQW9CLEtBQU0sUUFBUSxDQUFDLENBQUMsS0FBSyxFQUFFO0FBQ2pGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxJQUFNLHFCQUFxQixDQUFDLHNCQUFzQixjQUFjLE9BQU8sV0FBVyxvQkFBb0I7QUFDdEcsSUFBTSxtQkFBbUIsQ0FBQyxpQkFBaUIsV0FBVztBQUV0RCxJQUFNLGFBQXlEO0FBQUEsRUFDN0QsQ0FBQyxRQUFRLENBQUMsU0FBUyxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQUEsRUFDM0MsQ0FBQyxhQUFhLENBQUMsU0FBUyxtQkFBbUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUN6RCxDQUFDLFdBQVcsQ0FBQyxTQUFTLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3JELENBQUMsVUFBVSxDQUFDLFNBQVMsQ0FBQyxLQUFLLFdBQVcsT0FBTyxLQUFLLENBQUMsbUJBQW1CLFNBQVMsSUFBSSxLQUFLLENBQUMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQzFIO0FBRUEsU0FBUyxJQUFJLE1BQWMsT0FBdUI7QUFDaEQsU0FBTyxPQUFPLEdBQUcsSUFBSSxHQUFHLE9BQU8sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLO0FBQ25EO0FBRUEsU0FBUyxhQUFhLFFBQWlDO0FBQ3JELFFBQU0sSUFBSSxPQUFPO0FBQ2pCLFVBQVEsT0FBTyxNQUFNO0FBQUEsSUFDbkIsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3pGLEtBQUssUUFBUTtBQUNYLFlBQU0sU0FBUyxFQUFFLFVBQVUsTUFBTSxFQUFFLFNBQVM7QUFDNUMsYUFBTyxHQUFHQSxTQUFRLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxXQUFXLEtBQUs7QUFBQSxJQUNqRTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN2SSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLE9BQU8sRUFDMUQsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBUyxFQUN0QyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsRUFDM0QsS0FBSyxHQUFHO0FBQUEsRUFDZjtBQUNGO0FBRUEsU0FBUyxPQUFPLE9BQWUsVUFBMEI7QUFDdkQsTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDLE1BQU0sU0FBUyxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUMsT0FBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUM7QUFDbEksTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDcEksU0FBTyxLQUFLLEtBQUs7QUFDbkI7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQzdDO0FBRUEsU0FBU0EsU0FBUUMsUUFBdUI7QUFDdEMsU0FBTyxJQUFJQSxTQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDcEM7OztBQ2xETyxTQUFTLGFBQWEsTUFBcUIsT0FBc0Q7QUFDdEcsUUFBTSxFQUFFLFFBQUFDLFNBQVEsS0FBSyxLQUFLLElBQUk7QUFDOUIsUUFBTSxhQUFhLHFCQUFxQixNQUFNLEdBQUc7QUFDakQsUUFBTSxXQUFXLEtBQUssc0JBQXNCLFVBQWEsZUFBZSxTQUFZLFNBQVksRUFBRSxtQkFBbUIsS0FBSyxtQkFBbUIsV0FBVztBQUN4SixRQUFNLFVBQVUsZ0JBQWdCLE1BQU0sU0FBU0EsU0FBUSxLQUFLLElBQUksR0FBRztBQUFBLElBQ2pFLFFBQVFBLFFBQU87QUFBQSxJQUNmLFVBQVVBLFFBQU87QUFBQSxJQUNqQixTQUFTQSxRQUFPO0FBQUEsSUFDaEIsS0FBSyxNQUFNO0FBQUEsSUFDWDtBQUFBLElBQ0E7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQzdDQSxJQUFNLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTTtBQVExQixTQUFTLGVBQWUsS0FBeUI7QUFDdEQsUUFBTSxLQUFLLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixLQUFLLEVBQUUsWUFBWSxLQUFLLEVBQUU7QUFDNUUsUUFBTSxRQUFRLElBQUkseUJBQXlCLEtBQUssS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU07QUFDN0YsU0FBTyxNQUFNLFNBQVMsS0FBSyxPQUFPO0FBQ3BDOzs7QUNQTyxTQUFTLGNBQWMsTUFBd0U7QUFHcEcsTUFBSSxLQUFLLGVBQWUsVUFBYSxLQUFLLFFBQVEsZUFBZSxPQUFXLFFBQU8sQ0FBQztBQUNwRixRQUFNLE9BQU8sV0FBVztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxxRkFBcUY7QUFHaEgsUUFBTUMsVUFBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLFFBQVEsYUFBYSxLQUFLLE1BQU0sRUFBRTtBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsTUFBTSxLQUFLO0FBQUEsSUFDWCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsWUFBWSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsRUFDeEMsQ0FBQztBQUNIOzs7QUNWQSxJQUFNLFNBQVMsV0FBVyxNQUFNO0FBQ2hDLElBQU0sV0FBVyxhQUFhLFFBQVE7QUFDdEMsSUFBTSxNQUFNLGFBQWEsVUFBVTtBQUc1QixJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsRUFDNUIsR0FBRyxXQUFXLFFBQVEsRUFBRSxNQUFNLFFBQVEsR0FBRyxlQUFlLFVBQVUsS0FBSyxPQUFPLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDaEc7QUFFQSxJQUFNLFVBQVUsYUFBYSxRQUFRLEdBQUc7QUFHakMsU0FBUyxRQUFlO0FBQzdCLFNBQU8sU0FBUyxNQUFNO0FBQ3hCO0FBR2UsU0FBUixhQUFrQixLQUFrQjtBQUN6QyxVQUFRLE1BQU0sR0FBRztBQUNuQjtBQUdPLFNBQVMsU0FBUyxLQUFrQjtBQUN6QyxVQUFRLE1BQU0sR0FBRztBQUNuQjsiLAogICJuYW1lcyI6IFsidGV4dCIsICJtcyIsICJyYW5kb20iLCAiY29uZmlnIiwgInJhbmRvbSIsICJsZXZlbCIsICJzaGFyZSIsICJzaGFyZSIsICJtcyIsICJkdXJhdGlvbk1zIiwgInRhZ3MiLCAiZXhlYyIsICJsYXRlbmN5T2JqZWN0aXZlc01zIiwgIm1zIiwgIm9wZW4iLCAidGFncyIsICJhZGQiLCAiY29uZmlnIiwgInA5NU1zIiwgImNvbmZpZyIsICJleGVjIiwgInA5OU1zIiwgInJhbmRvbSIsICJyb3ciLCAiZXhlYyIsICJjb3VudCIsICJleGVjIiwgInRhZ3MiLCAiZXhlYyIsICJleGVjIiwgInNoYXJlIiwgInNoYXJlIiwgIm1peCIsICJleGVjIiwgImNvbmZpZyIsICJDb3VudGVyIiwgIkNvdW50ZXIiLCAidGFncyIsICJhbnN3ZXIiLCAicm93IiwgImNvbmZpZyIsICJtaXgiLCAicm93IiwgImV4ZWMiLCAidGV4dCIsICJvcHRpb25zIiwgImh0dHAiLCAiY29uZmlnIiwgImh0dHAiLCAiY29uZmlnIiwgImV4ZWMiLCAiY29uZmlnIiwgImR1cmF0aW9uIiwgImV4ZWN1dG9yIiwgInBlclNlY29uZCIsICJyYXRlIiwgInJhdGUiLCAiZXhlY3V0b3IiLCAibWl4IiwgInJhdGUiLCAidGV4dCIsICJwbGFubmVkSXRlcmF0aW9ucyIsICJyb3VuZCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgInNlY29uZHMiLCAib3BlbiIsICJyb3VuZCIsICJzaGFyZSIsICJyb3ciLCAiZHVyYXRpb25NcyIsICJyb3ciLCAidGV4dCIsICJyb3ciLCAicm93IiwgImNlbGwiLCAicGVyY2VudCIsICJzaGFyZSIsICJjb25maWciLCAiY29uZmlnIl0KfQo=
