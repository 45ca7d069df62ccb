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

// scenarios/spike.ts
var config = loadConfig("spike");
var executor = readSettings(spikePlan);
var mix = readSettings(mixFromEnv);
var options = {
  ...baseOptions(config),
  scenarios: { spike: executor },
  ...sloOptions(config, { mode: "report", ...arrivalSloPlan(executor, mix, config.beasts.length) })
};
var traffic = mixedTraffic(config, mix);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9iYWQtZXZlbnRzLnRzIiwgIi4uL2xpYi9jb250cmFjdC50cyIsICIuLi9saWIvdHJhY2luZy90cmFjZXBhcmVudC50cyIsICIuLi90aHJlc2hvbGRzL3F1ZXJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9zdGF0aXN0aWNzLnRzIiwgIi4uL3RocmVzaG9sZHMvc2FtcGxlLnRzIiwgIi4uL3RocmVzaG9sZHMvY2F0YWxvZy50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL2xpYi9leGVtcGxhcnMudHMiLCAiLi4vdGhyZXNob2xkcy9jb21waWxlLnRzIiwgIi4uL3RocmVzaG9sZHMvc2V0dXAudHMiLCAiLi4vdGhyZXNob2xkcy9zZXR0aW5ncy50cyIsICIuLi9saWIvcmVxdWVzdC10aW1lb3V0LnRzIiwgIi4uL2xpYi9uYW1lcy50cyIsICIuLi9saWIvdHJhY2luZy9rNi50cyIsICIuLi9saWIvdmVyc2lvbi50cyIsICIuLi9saWIvZGF0YS9uYW1lcy50cyIsICIuLi9saWIvcGxhbnMva25vYnMudHMiLCAiLi4vbGliL3BsYW5zL21peC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jaGVjay1saXN0LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zd2VlcC50cyIsICIuLi9saWIvam91cm5leXMvbWl4LnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zdGFydC50cyIsICIuLi9saWIvcnVuLWxpZmUudHMiLCAiLi4vbGliL2pvdXJuZXlzL3Byb2JlLnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi9saWIvcGxhbnMvYXJyaXZhbC50cyIsICIuLi9saWIvcGxhbnMvc2FtcGxlLnRzIiwgIi4uL2xpYi9wbGFucy9zcGlrZS50cyIsICIuLi90aHJlc2hvbGRzL2xpbmtzLnRzIiwgIi4uL3RocmVzaG9sZHMvc3VtbWFyeS1zY2hlbWEudHMiLCAiLi4vdGhyZXNob2xkcy9ldmFsdWF0ZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9mb3JtYXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvc2xvLWp1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2ZpbGVzLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RhYmxlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RleHQtc3VtbWFyeS50cyIsICIuLi90aHJlc2hvbGRzL2VuZC1vZi10ZXN0LnRzIiwgIi4uL2xpYi93ZWItZGFzaGJvYXJkLnRzIiwgIi4uL2xpYi9zdW1tYXJ5LnRzIiwgIi4uL3NjZW5hcmlvcy9zcGlrZS50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQUFBLE9BQU8sVUFBVTs7O0FDS1YsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUlyQyxZQUFZLFVBQWtCLE9BQWUsVUFBa0I7QUFDN0QsVUFBTSxHQUFHLFFBQVEsSUFBSSxVQUFVLEtBQUssQ0FBQywyQkFBMkIsUUFBUSxFQUFFO0FBSDVFO0FBQUEsd0JBQVM7QUFJUCxTQUFLLE9BQU87QUFDWixTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXVCO0FBQ3hDLFFBQU0sV0FBVyxNQUFNLFFBQVEsNkJBQTZCLFFBQVE7QUFDcEUsU0FBTyxpQkFBaUIsS0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLFVBQVUsUUFBUTtBQUM3RTs7O0FDaEJPLElBQU0sWUFBWTtBQUFBLEVBQ3ZCLFNBQVMsQ0FBQyxXQUFXLGFBQWEsWUFBWSxXQUFXLFVBQVU7QUFBQSxFQUNuRSxRQUFRLENBQUMsU0FBUyxXQUFXLFdBQVcsUUFBUSxVQUFVLFdBQVc7QUFDdkU7QUFNTyxJQUFNLGlCQUFpQixPQUFPLEtBQUssU0FBUzs7O0FDTDVDLElBQU0saUJBQWdFO0FBQUEsRUFDM0UsT0FBTyxDQUFDLE9BQU8sWUFBWTtBQUFBLEVBQzNCLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixRQUFRLENBQUMsTUFBTTtBQUFBLEVBQ2YsT0FBTyxDQUFDLE1BQU07QUFBQSxFQUNkLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixZQUFZLENBQUM7QUFDZjs7O0FDQU8sU0FBUyxVQUFhLFNBQWlCLE9BQXFEO0FBQ2pHLFFBQU0sV0FBVyxDQUFDLEtBQWEsYUFBd0I7QUFDckQsVUFBTSxRQUFRLE1BQU0sR0FBRztBQUN2QixRQUFJLFVBQVUsT0FBVyxPQUFNLElBQUksWUFBWSxVQUFVLEtBQUssT0FBTztBQUNyRSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sT0FBTyxPQUFPLFVBQVUsRUFBRSxRQUFRLENBQUM7QUFDNUM7QUFNTyxTQUFTLFFBQVcsS0FBVSxVQUFrQixVQUF3QixVQUFnQjtBQUM3RixRQUFNLE1BQU0sSUFBSSxRQUFRO0FBQ3hCLFNBQU8sUUFBUSxVQUFhLElBQUksS0FBSyxNQUFNLEtBQUssV0FBVyxTQUFTLElBQUksS0FBSyxHQUFHLFFBQVE7QUFDMUY7QUFHTyxTQUFTLGdCQUFtQixLQUFVLFVBQWtCLFVBQXVDO0FBQ3BHLFNBQU8sUUFBdUIsS0FBSyxVQUFVLFVBQVUsTUFBUztBQUNsRTtBQUVBLElBQU0sV0FBVztBQUdWLElBQU0sTUFBeUIsVUFBVSxnREFBZ0QsQ0FBQyxRQUFRO0FBQ3ZHLFFBQU0sUUFBUSxTQUFTLEtBQUssR0FBRztBQUMvQixNQUFJLENBQUMsU0FBVSxNQUFNLENBQUMsTUFBTSxVQUFhLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxNQUFRLFFBQU87QUFDM0UsU0FBTyxJQUFJLFFBQVEsUUFBUSxFQUFFO0FBQy9CLENBQUM7QUFHTSxJQUFNLGtCQUFxQyxVQUFVLHVDQUF1QyxDQUFDLFFBQVE7QUFDMUcsTUFBSSxDQUFDLGFBQWEsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sU0FBUyxLQUFLLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUN0RCxDQUFDO0FBRUQsSUFBTSxvQkFBNEMsRUFBRSxHQUFHLE1BQVcsR0FBRyxLQUFRLEdBQUcsS0FBTyxJQUFJLEVBQUU7QUFDN0YsSUFBTSxnQkFBZ0I7QUFHZixTQUFTLFdBQVdBLE9BQWtDO0FBQzNELFFBQU0sUUFBUSxjQUFjLEtBQUtBLEtBQUk7QUFDckMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsRUFBRSxHQUFHLEdBQUcsR0FBR0MsR0FBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPQSxPQUFNLENBQUM7QUFDaEIsU0FBTyxRQUFRLElBQUksUUFBUTtBQUM3QjtBQUdPLElBQU0sV0FBOEI7QUFBQSxFQUFVO0FBQUEsRUFBdUMsQ0FBQyxRQUMzRixXQUFXLEdBQUcsTUFBTSxTQUFZLFNBQVk7QUFDOUM7QUFVTyxJQUFNLE9BQXdCLFVBQVUsZ0ZBQWdGLENBQUMsUUFBUTtBQUN0SSxRQUFNLFFBQVEsNEJBQTRCLEtBQUssR0FBRztBQUNsRCxNQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRyxRQUFPO0FBQzNDLFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxVQUFVLElBQUksTUFBTSxDQUFDLEtBQUssR0FBRyxHQUF1QjtBQUN2RixDQUFDO0FBR00sU0FBUyxNQUF3QixRQUFvQztBQUMxRSxTQUFPO0FBQUEsSUFBVSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLENBQUMsUUFDL0MsT0FBTyxLQUFLLENBQUMsVUFBVSxNQUFNLFlBQVksTUFBTSxJQUFJLFlBQVksQ0FBQztBQUFBLEVBQ2xFO0FBQ0Y7QUFHTyxTQUFTLE9BQVUsTUFBb0M7QUFDNUQsU0FBTyxVQUFVLDZCQUE2QixLQUFLLE9BQU8sSUFBSSxDQUFDLFFBQVE7QUFDckUsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDdEQsUUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLFNBQVMsRUFBRSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFNLE9BQVEsUUFBTztBQUN0RixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLElBQU0sVUFBOEIsVUFBVSxpQkFBaUIsQ0FBQyxRQUFRO0FBQzdFLFFBQU0sT0FBTyxJQUFJLFlBQVk7QUFDN0IsTUFBSSxDQUFDLFFBQVEsS0FBSyxPQUFPLElBQUksRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RELE1BQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN2RCxTQUFPO0FBQ1QsQ0FBQztBQUdNLFNBQVMsU0FBUyxNQUFjLFNBQW9DO0FBQ3pFLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBVTtBQUN2RTtBQUdPLElBQU0sYUFBYTtBQUVuQixJQUFNLGFBQWE7QUFNbkIsU0FBUyxLQUFLLFVBQWdFO0FBQ25GLFFBQU0sVUFBVSxvRUFBb0UsU0FBUyxLQUFLLElBQUksQ0FBQztBQUN2RyxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVE7QUFDakMsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakUsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixZQUFNLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDckIsWUFBTSxRQUFRLFdBQVcsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLFNBQVMsR0FBRyxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQzNHLFVBQUksQ0FBQyxTQUFTLE9BQU8sT0FBUSxRQUFPO0FBQ3BDLGFBQU8sR0FBRyxJQUFJO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBQzVITyxJQUFNLG1CQUFtQjtBQUd6QixJQUFNLHFCQUFxQjtBQUczQixJQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFDM0I7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFxQjtBQUFBLEVBQVM7QUFBQSxFQUN2RjtBQUFBLEVBQVM7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBaUI7QUFBQSxFQUFNO0FBQUEsRUFBUTtBQUM1RjtBQW1DTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLElBQUksT0FBTyxXQUFXLGlCQUFpQixNQUFNLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDekUsV0FBVyxpQkFBaUI7QUFDOUI7QUFHTyxTQUFTLGNBQWMsVUFBa0IsS0FBV0MsU0FBOEI7QUFDdkYsUUFBTSxPQUFPLElBQUksWUFBWSxFQUFFLFFBQVEsU0FBUyxFQUFFLEVBQUUsUUFBUSxXQUFXLEdBQUc7QUFDMUUsTUFBSSxTQUFTO0FBQ2IsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssV0FBVSxLQUFLLE1BQU1BLFFBQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQzNFLFNBQU8sR0FBRyxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxJQUFJLElBQUksTUFBTTtBQUNuRDtBQU1PLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLFVBQVUsUUFBUSxLQUFLLFlBQVksS0FBSyxnQkFBZ0I7QUFDOUQsUUFBTSxlQUFlLFFBQVEsS0FBSyxpQkFBaUIsTUFBTSxjQUFjLEdBQUcsU0FBUztBQUNuRixRQUFNLFFBQTJCLFVBQVUsWUFBWTtBQUN2RCxRQUFNLFNBQVMsZ0JBQWdCLEtBQUssVUFBVSxPQUFPLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFDbEUsUUFBTSxTQUFTLFNBQVMsTUFBTSxPQUFPLENBQUMsVUFBVSxPQUFPLFNBQVMsS0FBSyxDQUFDLElBQUk7QUFDMUUsU0FBTyxFQUFFLFNBQVMsY0FBYyxPQUFPO0FBQ3pDO0FBR08sU0FBUyxZQUFZLEtBQVUsU0FBb0M7QUFDeEUsUUFBTSxFQUFFLFNBQVMsY0FBYyxPQUFPLElBQUksWUFBWSxHQUFHO0FBQ3pELFFBQU0sT0FBTyxVQUFVLEtBQUssUUFBUSxRQUFRO0FBQzVDLFFBQU0sU0FBUyxRQUFRLEtBQUssVUFBVSxpQkFBaUIsY0FBYyxRQUFRLFVBQVUsUUFBUSxLQUFLLFFBQVEsTUFBTSxDQUFDO0FBQ25ILFFBQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxLQUFLLGlCQUFpQixHQUFHLENBQUMsQ0FBQztBQUdsRSxRQUFNLFlBQVksUUFBUSxLQUFLLGNBQWMsU0FBUyxnQkFBZ0Isa0JBQWtCLEdBQUcsa0JBQWtCO0FBQzdHLFNBQU8sRUFBRSxVQUFVLFFBQVEsVUFBVSxTQUFTLGNBQWMsUUFBUSxNQUFNLFFBQVEsTUFBTSxXQUFXLFVBQVU7QUFDL0c7QUFFQSxTQUFTLFVBQVUsS0FBVSxVQUFpQztBQUM1RCxRQUFNLFdBQVcsZUFBZSxRQUFRLEtBQUssQ0FBQztBQUM5QyxRQUFNLE9BQU8sQ0FBSSxVQUFvQixhQUEwQztBQUM3RSxVQUFNLFFBQVEsZ0JBQWdCLEtBQUssVUFBVSxRQUFRO0FBQ3JELFFBQUksVUFBVSxVQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsR0FBRztBQUN2RCxZQUFNLFFBQVEsU0FBUyxTQUFTLElBQUksUUFBUSxTQUFTLEtBQUssSUFBSSxDQUFDLEtBQUs7QUFDcEUsWUFBTSxJQUFJLFlBQVksVUFBVSxPQUFPLElBQUksUUFBUSxDQUFDLEVBQUUsS0FBSyxHQUFHLGlCQUFpQixRQUFRLG1CQUFtQixLQUFLLEVBQUU7QUFBQSxJQUNuSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUFBLElBQ0wsS0FBSyxLQUFLLE9BQU8sZUFBZTtBQUFBLElBQ2hDLFlBQVksS0FBSyxjQUFjLGVBQWU7QUFBQSxJQUM5QyxVQUFVLEtBQUssWUFBWSxRQUFRO0FBQUEsSUFDbkMsTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUFBLEVBQ3pCO0FBQ0Y7OztBQ3BITyxTQUFTLGNBQWMsV0FBbUIsS0FBNkM7QUFDNUYsTUFBSSxVQUFVLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDdEMsTUFBSSxDQUFDLEtBQUssV0FBVyxHQUFHLEVBQUcsUUFBTztBQUNsQyxTQUFPLEdBQUcsSUFBSSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksVUFBVSxRQUFRLFVBQVUsRUFBRSxDQUFDO0FBQ3RFO0FBU08sU0FBUyxlQUFlLFdBQW1CLEtBQXlCLE1BQXVDO0FBQ2hILFFBQU0sT0FBTyxjQUFjLFdBQVcsR0FBRztBQUN6QyxNQUFJLFNBQVMsT0FBVztBQUN4QixNQUFJO0FBQ0osTUFBSTtBQUNGLFNBQUssSUFBSTtBQUNULGNBQVUsR0FBRyxJQUFJO0FBQUEsRUFDbkIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixRQUFJLGlDQUFpQyxLQUFLLE9BQU8sRUFBRztBQUNwRCxRQUFJLENBQUMsNEJBQTRCLEtBQUssT0FBTyxFQUFHO0FBQ2hELGNBQVUsR0FBRyxJQUFJO0FBQUEsRUFDbkI7QUFDQSxRQUFNLElBQUksWUFBWSxjQUFjLFdBQVcsd0NBQXdDLE9BQU8sR0FBRztBQUNuRzs7O0FDOUJPLElBQU0sZUFBZTtBQVU1QixJQUFNLFdBQVc7QUFtQlYsU0FBUyxxQkFBcUIsS0FBZ0I7QUFDbkQsUUFBTSxNQUFNLElBQUksWUFBWSxHQUFHLEtBQUs7QUFDcEMsTUFBSSxDQUFDLE9BQU8sQ0FBQyxTQUFTLEtBQUssR0FBRyxFQUFHO0FBQ2pDLFFBQU0sSUFBSTtBQUFBLElBQ1I7QUFBQSxJQUNBLElBQUksUUFBUSxVQUFVLFFBQVE7QUFBQSxJQUM5QjtBQUFBLEVBQ0Y7QUFDRjs7O0FQNUJPLFNBQVMsYUFBZ0IsTUFBMEI7QUFDeEQsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsU0FBUyxPQUFPO0FBQ2QsUUFBSSxFQUFFLGlCQUFpQixhQUFjLE9BQU07QUFDM0MsWUFBUSxNQUFNLE1BQU0sT0FBTztBQUMzQixTQUFLLEtBQUssTUFBTSxNQUFNLE9BQU87QUFDN0IsVUFBTTtBQUFBLEVBQ1I7QUFDRjtBQU9PLFNBQVMsV0FBVyxVQUErQjtBQUN4RCxTQUFPLGFBQWEsQ0FBQyxRQUFRO0FBQzNCLFVBQU1DLFVBQVMsWUFBWSxLQUFLLEVBQUUsVUFBVSxLQUFLLG9CQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxDQUFDO0FBQ2xGLFFBQUksU0FBUyxHQUFHO0FBQ2QscUJBQWVBLFFBQU8sV0FBVyxJQUFJLEtBQUssQ0FBQyxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQzlELDJCQUFxQixHQUFHO0FBQUEsSUFDMUI7QUFDQSxXQUFPQTtBQUFBLEVBQ1QsQ0FBQztBQUNIOzs7QVF0Q0EsT0FBTyxVQUF1RDs7O0FDQTlELFNBQVMsZUFBZTs7O0FDTWpCLElBQU0sa0JBQW9ELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7OztBQ0M3RixTQUFTLFVBQVUsT0FBZUMsU0FBNkI7QUFDcEUsYUFBUztBQUNQLFVBQU0sU0FBU0EsUUFBTyxLQUFLO0FBQzNCLFFBQUksT0FBTyxLQUFLLENBQUMsVUFBVSxVQUFVLENBQUMsR0FBRztBQUN2QyxhQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUFpQixRQUF3QjtBQUNuRSxTQUFPLE1BQU0sT0FBTyxJQUFJLE1BQU07QUFDaEM7QUFlTyxJQUFNLGVBQWlELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHMUYsU0FBUyxZQUFZLFFBQXdCO0FBQ2xELE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLElBQUssUUFBTyxLQUFLLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxHQUFHLFFBQVUsTUFBTTtBQUN0RyxTQUFPLEtBQUssU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDMUM7QUFNTyxTQUFTLGNBQWMsUUFBZ0IsUUFBb0M7QUFDaEYsU0FBTyxHQUFHLFlBQVksTUFBTSxDQUFDLEdBQUksV0FBVyxVQUFhLGFBQWEsTUFBTSxLQUFNLEdBQUc7QUFDdkY7QUFPTyxJQUFNLGdCQUFOLE1BQW9CO0FBQUEsRUFDekIsWUFDbUIsUUFDQUEsU0FDakI7QUFGaUI7QUFDQSxrQ0FBQUE7QUFBQSxFQUNoQjtBQUFBO0FBQUEsRUFHSCxLQUFLLFFBQTBDO0FBQzdDLFVBQU0sVUFBVSxHQUFHLGNBQWMsS0FBSyxRQUFRLE1BQU0sQ0FBQyxHQUFHLFVBQVUsSUFBSSxLQUFLLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMzRixVQUFNLFNBQVMsVUFBVSxHQUFHLEtBQUssTUFBTTtBQUN2QyxXQUFPLEVBQUUsU0FBUyxRQUFRLGFBQWEsWUFBWSxTQUFTLE1BQU0sRUFBRTtBQUFBLEVBQ3RFO0FBQ0Y7QUFPTyxJQUFNLGFBQU4sTUFBaUI7QUFBQSxFQUl0QixZQUE2QkEsU0FBcUI7QUFBckIsa0NBQUFBO0FBSDdCLHdCQUFRLGFBQVksT0FBTztBQUMzQix3QkFBUSxNQUFLO0FBQUEsRUFFc0M7QUFBQTtBQUFBLEVBR25ELEdBQUcsV0FBMkI7QUFDNUIsUUFBSSxjQUFjLEtBQUssV0FBVztBQUNoQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxLQUFLLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFBQSxJQUNwQztBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQVVPLFNBQVMsVUFBVSxRQUFnQixTQUFpQixTQUFpQixRQUFtQjtBQUM3RixRQUFNLE9BQU8sV0FBVyxTQUFZLEtBQUssV0FBVyxVQUFVLFlBQVksYUFBYSxPQUFPLE9BQU87QUFDckcsU0FBTyxlQUFlLE9BQU8sWUFBWSxNQUFNLEdBQUcsSUFBSTtBQUN4RDtBQUdPLFNBQVMsWUFBWSxRQUFnQixTQUF5RDtBQUNuRyxTQUFPLEVBQUUsU0FBUyxVQUFVLE1BQU0sSUFBSSxXQUFXLFVBQVUsUUFBUSxPQUFPLEVBQUU7QUFDOUU7OztBQzVGTyxJQUFNLGVBQWU7QUFPckIsU0FBUyxXQUFXLE1BQWUsVUFBeUIsYUFBcUIsT0FBK0I7QUFFckgsUUFBTSxZQUNKLFNBQVMsaUJBQWlCLDRCQUE0QixnQkFBZ0IsTUFBTSxNQUFnQixDQUFDLEtBQzNGLFNBQVMsWUFBWSxlQUFlLFdBQVcsT0FDL0M7QUFDSixRQUFNLFVBQVUsYUFBYSxPQUFPLFNBQVM7QUFDN0MsUUFBTSxRQUFRLFlBQVksT0FBTyxTQUFTLGlCQUFpQixVQUFVLEtBQUs7QUFDMUUsTUFBSSxTQUFTLFdBQVc7QUFDdEIsVUFBTSxJQUFJLFlBQVk7QUFDdEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDdkMsV0FBTztBQUFBLE1BQ0wsUUFBUSxzQkFBc0IsQ0FBQyxxQ0FBcUMsUUFBUTtBQUFBLE1BQzVFLGtCQUFrQiw2QkFBNkIsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUFBLE1BQzdFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUNKLFNBQVMsaUJBQ0wsV0FBVyxzQkFBc0IsT0FBTyxFQUFFLG1CQUFtQixRQUFRLENBQUMsSUFDdEUsV0FBVyw0QkFBNEIsT0FBTyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsTUFBTTtBQUM1RDtBQUdBLFNBQVMsV0FBVyxTQUFpQixPQUFtQixNQUFzQztBQUM1RixTQUFPLFFBQVEsT0FBTyxHQUFHLGFBQWEsT0FBTyxJQUFJLENBQUMseUJBQXlCLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUc7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBdUM7QUFDOUUsUUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxNQUFNO0FBQzFGLFNBQU8sSUFBSSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzdFO0FBUU8sU0FBUyxvQkFBb0IsUUFBd0I7QUFDMUQsU0FBTyxlQUFlLE9BQU8sV0FBVyxLQUFLLEtBQUssQ0FBQztBQUNyRDtBQU9PLFNBQVMsYUFBYSxPQUFtQixXQUE0QjtBQUMxRSxRQUFNLFFBQVE7QUFBQSxJQUNaLDRCQUE0QixZQUFZO0FBQUEsSUFDeEM7QUFBQSxJQUNBLHVCQUF1QixNQUFNLE1BQU07QUFBQSxJQUNuQyx3QkFBd0IsTUFBTSxLQUFLO0FBQUEsSUFDbkMsNEJBQTRCLG9CQUFvQixNQUFNLE1BQU0sQ0FBQztBQUFBLElBQzdELEdBQUksWUFBWSxDQUFDLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPLEtBQUssTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUNoQztBQVFPLFNBQVMsWUFBWSxPQUFtQixPQUFnQztBQUM3RSxRQUFNQyxTQUFRLFVBQVUsVUFBVSxvQkFBb0I7QUFDdEQsU0FBTyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJQSxNQUFLLGlCQUFpQixjQUFjLE1BQU0sUUFBUSxNQUFNLE1BQU0sQ0FBQztBQUN6STs7O0FDdEZBLElBQU0sVUFBVTtBQUFBLEVBQ2Q7QUFBQSxFQUFxQjtBQUFBLEVBQW1CO0FBQUEsRUFBcUI7QUFBQSxFQUFvQjtBQUFBLEVBQ2pGO0FBQUEsRUFBb0I7QUFBQSxFQUFzQjtBQUFBLEVBQXVCO0FBQ25FO0FBR08sU0FBUyxTQUFTLEdBQW1CO0FBQzFDLE1BQUksSUFBSSxJQUFLLFFBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxLQUFLLElBQUksS0FBSyxLQUFLLENBQUMsQ0FBQyxJQUFJLFNBQVMsSUFBSSxDQUFDO0FBQzlFLFFBQU0sSUFBSSxJQUFJO0FBQ2QsTUFBSSxNQUFNLFFBQVEsQ0FBQztBQUNuQixXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsUUFBUSxJQUFLLFFBQU8sUUFBUSxDQUFDLEtBQUssSUFBSTtBQUNsRSxRQUFNLElBQUksSUFBSTtBQUNkLFNBQU8sTUFBTSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsS0FBSyxJQUFJLE9BQU8sS0FBSyxJQUFJLENBQUMsSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHO0FBQ2pGO0FBR0EsU0FBUyxPQUFPLEdBQVcsR0FBVyxHQUFtQjtBQUN2RCxTQUFPLFNBQVMsSUFBSSxDQUFDLElBQUksU0FBUyxJQUFJLENBQUMsSUFBSSxTQUFTLElBQUksSUFBSSxDQUFDLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxDQUFDO0FBQzVHO0FBTUEsU0FBUyxTQUFTLEdBQVcsR0FBVyxNQUFjLE1BQXNCO0FBQzFFLFFBQU0sT0FBTyxLQUFLLElBQUk7QUFDdEIsTUFBSSxPQUFPO0FBQ1gsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLE1BQU0sU0FBUyxJQUFJLElBQUksSUFBSSxJQUFJLEdBQUcsS0FBSyxNQUFNO0FBQ3hELFlBQVEsU0FBUyxLQUFNLElBQUksTUFBTSxJQUFJLEtBQU0sT0FBUSxLQUFLLElBQUksSUFBSSxLQUFNO0FBQ3RFLFdBQU87QUFDUCxRQUFJLE9BQU8sTUFBTSxNQUFPO0FBQUEsRUFDMUI7QUFDQSxTQUFPLEtBQUssSUFBSSxPQUFPLEdBQUcsR0FBRyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsQ0FBQztBQUNwRDtBQUdPLFNBQVMsVUFBVSxHQUFXLEdBQVcsR0FBbUI7QUFDakUsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLElBQUksRUFBRyxRQUFPO0FBQ2xCLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixRQUFNLE9BQU8sS0FBSyxPQUFPLElBQUksS0FBSyxDQUFDO0FBQ25DLFNBQU8sSUFBSSxPQUFPLEtBQUssSUFBSSxHQUFHLFNBQVMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLEdBQUcsSUFBSSxVQUFVLEdBQUcsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUM5RjtBQUdPLFNBQVMsVUFBVSxHQUFXLEdBQVcsR0FBbUI7QUFDakUsTUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixRQUFNLE9BQU8sS0FBSyxPQUFPLElBQUksS0FBSyxDQUFDO0FBQ25DLFNBQU8sSUFBSSxPQUFPLEtBQUssSUFBSSxHQUFHLFNBQVMsR0FBRyxHQUFHLEdBQUcsRUFBRSxDQUFDLElBQUksS0FBSyxJQUFJLEdBQUcsSUFBSSxVQUFVLEdBQUcsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUMvRjtBQU1PLFNBQVMsY0FBYyxHQUFXLElBQVksT0FBdUI7QUFDMUUsTUFBSSxNQUFNO0FBQ1YsTUFBSSxPQUFPLElBQUk7QUFDZixTQUFPLE1BQU0sTUFBTTtBQUNqQixVQUFNLE1BQU0sS0FBSyxPQUFPLE1BQU0sUUFBUSxDQUFDO0FBQ3ZDLFFBQUksVUFBVSxHQUFHLElBQUksR0FBRyxLQUFLLE1BQU8sUUFBTztBQUFBLFFBQ3RDLE9BQU0sTUFBTTtBQUFBLEVBQ25CO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxjQUFjLEdBQVcsR0FBVyxPQUF1QjtBQUN6RSxTQUFPLEtBQUssSUFBSSxHQUFHLGNBQWMsR0FBRyxHQUFHLEtBQUssSUFBSSxDQUFDO0FBQ25EO0FBR08sU0FBUyxNQUFNLEdBQVcsR0FBVyxVQUEwQjtBQUNwRSxTQUFPLFVBQVUsR0FBRyxHQUFHLFFBQVE7QUFDakM7QUFHQSxTQUFTLGdCQUFnQixHQUEwQixRQUF3QjtBQUN6RSxNQUFJLE1BQU07QUFDVixNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLElBQUksS0FBSztBQUMzQixVQUFNLE9BQU8sTUFBTSxRQUFRO0FBQzNCLFFBQUksRUFBRSxHQUFHLElBQUksT0FBUSxPQUFNO0FBQUEsUUFDdEIsUUFBTztBQUFBLEVBQ2Q7QUFDQSxTQUFPO0FBQ1Q7QUFNTyxTQUFTLG1CQUFtQixHQUFXLFVBQWtCLGFBQW9DO0FBQ2xHLE1BQUksV0FBVyxFQUFHLFFBQU87QUFDekIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixTQUFPLGdCQUFnQixDQUFDLE1BQU0sTUFBTSxHQUFHLEdBQUcsUUFBUSxHQUFHLFdBQVc7QUFDbEU7QUFHTyxTQUFTLGVBQWUsR0FBVyxHQUFXLFlBQXNDO0FBQ3pGLE1BQUksS0FBSyxFQUFHLFFBQU8sQ0FBQyxHQUFHLENBQUM7QUFDeEIsUUFBTSxRQUFRLElBQUksY0FBYztBQUNoQyxRQUFNLE1BQU0sTUFBTSxJQUFJLElBQUksZ0JBQWdCLENBQUMsTUFBTSxVQUFVLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSTtBQUN6RSxRQUFNLE9BQU8sTUFBTSxJQUFJLElBQUksZ0JBQWdCLENBQUMsTUFBTSxJQUFJLFVBQVUsR0FBRyxHQUFHLENBQUMsR0FBRyxJQUFJLElBQUk7QUFDbEYsU0FBTyxDQUFDLEtBQUssSUFBSTtBQUNuQjs7O0FDeEZPLFNBQVMsVUFBVSxPQUFvQixjQUFzQixPQUF1QjtBQUN6RixNQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sTUFBTTtBQUNyQyxRQUFNQyxTQUFRLE1BQU0sVUFBVSxZQUFZLGVBQWUsTUFBTTtBQUMvRCxTQUFPLE1BQU0sUUFBUSxjQUFjLE1BQU0sUUFBUUEsUUFBTyxLQUFLO0FBQy9EO0FBR08sU0FBUyxTQUFTLE9BQTZCO0FBQ3BELFNBQU8sTUFBTSxTQUFTLEtBQUssTUFBTSxVQUFVO0FBQzdDOzs7QUM5Qk8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFHdkIsSUFBTSxxQkFBcUI7QUFNM0IsSUFBTSw4QkFBOEI7QUFNcEMsSUFBTSxtQkFBbUI7QUFvQ3pCLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGNBQU0sZUFBZSxTQUFTLGFBQWEsTUFBTTtBQUNqRCxhQUFLLEtBQUs7QUFBQSxVQUNSLElBQUksR0FBRyxTQUFTLFFBQVEsSUFBSSxPQUFPLFlBQVksQ0FBQyxJQUFJLEtBQUs7QUFBQSxVQUN6RCxhQUFhLFNBQVMsWUFBWSxPQUFPLE1BQU07QUFBQSxVQUMvQyxNQUFNLFNBQVM7QUFBQSxVQUNmLFFBQVEsU0FBUztBQUFBLFVBQ2pCLE1BQU0sRUFBRSxPQUFPLE9BQU87QUFBQSxVQUN0QixNQUFNLFNBQVM7QUFBQSxVQUNmO0FBQUEsVUFDQSxTQUFTLFdBQVcsU0FBUyxNQUFNLFdBQVcsU0FBUyxJQUFJLEdBQUcsVUFBVSxPQUFPLEtBQUs7QUFBQSxVQUNwRjtBQUFBLFVBQ0EsT0FBTyxTQUFTO0FBQUEsVUFDaEI7QUFBQSxVQUNBLFNBQVMsRUFBRSxPQUFPLFFBQVEsS0FBSyxTQUFTLFNBQVM7QUFBQSxRQUNuRCxDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLE1BQU0sSUFBSSxhQUFhLEtBQUs7QUFDMUMsUUFBTSxTQUFTLE1BQU07QUFDckIsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUVwQixRQUFNLGVBQWUsQ0FBQyxVQUFrQixLQUFLLEtBQUssQ0FBQyxRQUFRLElBQUksU0FBUyxrQkFBa0IsSUFBSSxVQUFVLEtBQUssR0FBRyxnQkFBZ0I7QUFHaEksUUFBTSxXQUFXLEtBQUs7QUFDdEIsU0FBTyxLQUFLLElBQUksQ0FBQyxRQUFRO0FBQ3ZCLFVBQU0sUUFBUSxJQUFJLFNBQVMsV0FBVyxPQUFPLFNBQVMsT0FBTyxTQUFTLElBQUksS0FBSyxNQUFnQjtBQUMvRixVQUFNLFlBQVksU0FBUyxLQUFLLElBQUksUUFBUSxtQkFBbUI7QUFDL0QsVUFBTUMsU0FBUSxhQUFhLElBQUksS0FBSztBQUNwQyxVQUFNLGdCQUFnQixTQUFTLE9BQU8sS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJQSxNQUFLLElBQUksTUFBTSxVQUFVLE9BQU9BLFFBQU8sU0FBUyxDQUFDO0FBQ2hILFVBQU0sV0FBVyxTQUFTLEtBQUssYUFBYSxJQUFJLElBQUksWUFBWSxJQUFJLFNBQVMsSUFBSSxNQUFNLGNBQWMsZUFBZSxJQUFJLGNBQWMsUUFBUSxTQUFTLENBQUM7QUFDeEosV0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFNLEVBQUUsZUFBZSxVQUFVLE9BQU8sVUFBVSxFQUFFO0FBQUEsRUFDdkUsQ0FBQztBQUNIO0FBR0EsU0FBUyxPQUF1RDtBQUM5RCxRQUFNLFNBQVMsb0JBQUksSUFBb0I7QUFDdkMsU0FBTyxDQUFDLEtBQUssWUFBWTtBQUN2QixRQUFJLFFBQVEsT0FBTyxJQUFJLEdBQUc7QUFDMUIsUUFBSSxVQUFVLFFBQVc7QUFDdkIsY0FBUSxRQUFRO0FBQ2hCLGFBQU8sSUFBSSxLQUFLLEtBQUs7QUFBQSxJQUN2QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsS0FBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjLElBQUksU0FBUyxRQUFRLElBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQixJQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCQyxTQUE2QjtBQUFBLElBQ3JFLE1BQU07QUFBQSxJQUNOLFVBQVUsV0FBVyxLQUFLLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsY0FBYyxNQUFNLE1BQU0sSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLEdBQUc7QUFBQSxJQUM3RCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBT0EsS0FBSSxNQUFNLEtBQUs7QUFBQSxJQUNuRCxhQUFhLENBQUMsVUFBVSxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxRQUFRLEtBQUssMkJBQTJCQSxHQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsY0FBYztBQUFBLE1BQ2QsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUIsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCO0FBQUE7QUFBQTtBQUFBLE1BR0UsTUFBTTtBQUFBLE1BQ04sU0FBUyxDQUFDLEtBQUs7QUFBQSxNQUNmLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLGNBQWMsTUFBTSxNQUFNLElBQUksSUFBSSxNQUFNO0FBQUEsTUFDeEMsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNyRSxhQUFhLENBQUMsVUFBVSxHQUFHLFFBQVEsSUFBSSxNQUFNLENBQUMscUJBQXFCLEtBQUs7QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsY0FBYyxTQUFxQixRQUFnQixXQUEyQjtBQUNyRixRQUFNLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDbEMsU0FBTyxZQUFZLGFBQWEsV0FBVyxTQUFTLEtBQUssSUFBSSxRQUFRLDJCQUEyQixJQUFJO0FBQ3RHO0FBRUEsU0FBUyxXQUFXLE1BQThCO0FBQ2hELFNBQU8sU0FBUyxTQUFTLE9BQU8sT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUM5RDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVBLFNBQVMsUUFBUUQsUUFBdUI7QUFDdEMsU0FBTyxHQUFHLE1BQU1BLFNBQVEsR0FBRyxDQUFDO0FBQzlCOzs7QU45S0EsSUFBTSxZQUFZLElBQUksUUFBUSxrQkFBa0I7QUFFaEQsSUFBSSxRQUFRLE9BQU87QUFDbkIsSUFBSSxRQUFRLE9BQU87QUFHWixTQUFTLHFCQUFxQixZQUFvRDtBQUN2RixVQUFRLFdBQVc7QUFDbkIsVUFBUSxXQUFXO0FBQ3JCO0FBR08sU0FBUyxhQUFhLE9BQWUsUUFBZ0IsUUFBaUJFLGFBQTBCO0FBQ3JHLE1BQUksT0FBUSxXQUFVLElBQUksR0FBRyxFQUFFLE9BQU8sUUFBUSxLQUFLLGVBQWUsQ0FBQztBQUNuRSxNQUFJQSxlQUFjLE1BQU8sV0FBVSxJQUFJLEdBQUcsRUFBRSxPQUFPLFFBQVEsS0FBSyxjQUFjLENBQUM7QUFDL0UsTUFBSUEsZUFBYyxNQUFPLFdBQVUsSUFBSSxHQUFHLEVBQUUsT0FBTyxRQUFRLEtBQUssY0FBYyxDQUFDO0FBQ2pGO0FBR08sU0FBUyxpQkFBaUJDLE9BQStDO0FBQzlFLFlBQVUsSUFBSSxHQUFHLEVBQUUsT0FBT0EsTUFBSyxPQUFPLFFBQVFBLE1BQUssUUFBUSxLQUFLLFNBQVMsQ0FBQztBQUM1RTs7O0FPOUJBLE9BQU9DLFdBQVU7OztBQ1VWLElBQU0sa0JBQWtCO0FBd0MvQixJQUFNLG1CQUFtQixDQUFDLEtBQUssS0FBSyxHQUFHO0FBT2hDLFNBQVMsY0FBYyxRQUFnQixXQUF3QztBQUNwRixNQUFJLFdBQVcsRUFBRyxRQUFPO0FBQ3pCLFNBQU8sQ0FBQyxpQkFBaUIsU0FBUyxNQUFNLEtBQUssY0FBYztBQUM3RDtBQU9PLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsV0FBVyxTQUF5QkMsc0JBQWtEO0FBQ3BHLFFBQU0sUUFBUSxHQUFHLFFBQVEsTUFBTSxLQUFLLFFBQVEsS0FBSyxHQUFHLFFBQVEsVUFBVSxLQUFLLFlBQVk7QUFDdkYsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLE1BQUksUUFBUSxPQUFRLE1BQUssS0FBSyxnQkFBZ0IsS0FBSyxFQUFFO0FBQ3JELGFBQVdDLE9BQU1ELHFCQUFxQixLQUFJLFFBQVEsY0FBY0MsSUFBSSxNQUFLLEtBQUssWUFBWUEsR0FBRSxJQUFJLEtBQUssRUFBRTtBQUN2RyxNQUFJLFFBQVEsWUFBYSxNQUFLLEtBQUssVUFBVSxLQUFLLEVBQUU7QUFDcEQsU0FBTztBQUNUO0FBR08sSUFBTSxtQkFBTixNQUF1QjtBQUFBLEVBRzVCLFlBQ21CRCxzQkFDQSxLQUNBLE9BQ2pCO0FBSGlCLCtDQUFBQTtBQUNBO0FBQ0E7QUFMbkIsd0JBQWlCLFNBQVEsb0JBQUksSUFBb0I7QUFBQSxFQU05QztBQUFBO0FBQUEsRUFHSCxPQUFPLFNBQWtDO0FBQ3ZDLFVBQU0sT0FBTyxXQUFXLFNBQVMsS0FBSyxvQkFBb0IsQ0FBQztBQUMzRCxRQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFFOUIsVUFBTSxRQUFRLFFBQVEsVUFBVSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssb0JBQW9CLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJO0FBQ3RHLFVBQU1FLFFBQU8sS0FBSyxPQUFPLENBQUMsU0FBUyxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxLQUFLO0FBQ3BFLFFBQUlBLE1BQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsZUFBVyxPQUFPQSxNQUFNLE1BQUssTUFBTSxJQUFJLE1BQU0sS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQztBQUMxRSxTQUFLLE1BQU0sbUJBQW1CLE9BQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxtQkFBbUIsU0FBaUM7QUFDbEUsUUFBTSxPQUFxQjtBQUFBLElBQ3pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRO0FBQUEsSUFDaEIsTUFBTSxRQUFRO0FBQUEsSUFDZCxRQUFRLFFBQVE7QUFBQSxJQUNoQixTQUFTLFFBQVE7QUFBQSxJQUNqQixhQUFhLFFBQVEsZ0JBQWdCO0FBQUEsSUFDckMsWUFBWSxLQUFLLE1BQU0sUUFBUSxhQUFhLEdBQUksSUFBSTtBQUFBLElBQ3BELE1BQU0sSUFBSSxLQUFLLFFBQVEsTUFBTSxFQUFFLFlBQVk7QUFBQSxFQUM3QztBQUNBLFNBQU8sR0FBRyxlQUFlLEdBQUcsS0FBSyxVQUFVLElBQUksQ0FBQztBQUNsRDtBQW1CQSxJQUFJLHNCQUF5QyxDQUFDO0FBQzlDLElBQUksV0FBeUIsTUFBTTtBQUNuQyxJQUFJLFFBQTBCO0FBUXZCLFNBQVMsZ0JBQWdCLGNBQWlDLEtBQW1CLFdBQW1DO0FBQ3JILHdCQUFzQixDQUFDLEdBQUcsSUFBSSxJQUFJLFlBQVksQ0FBQztBQUMvQyxhQUFXO0FBQ1gsVUFBUTtBQUNWO0FBR0EsSUFBTSxXQUFXLElBQUk7QUFBQSxFQUNuQixNQUFNO0FBQUEsRUFDTixNQUFNLFNBQVM7QUFBQSxFQUNmLENBQUMsU0FBVSxVQUFVLFNBQVMsUUFBUSxLQUFLLElBQUksSUFBSSxRQUFRLE1BQU0sSUFBSTtBQUN2RTtBQUdPLFNBQVMsZUFBZSxTQUErQjtBQUM1RCxXQUFTLE9BQU8sT0FBTztBQUN6Qjs7O0FDeEpPLFNBQVMsYUFBYSxRQUFnQkMsT0FBc0M7QUFDakYsUUFBTSxTQUFTLE9BQU8sUUFBUUEsS0FBSSxFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRTtBQUMzRSxTQUFPLE9BQU8sU0FBUyxHQUFHLE1BQU0sSUFBSSxPQUFPLEtBQUssR0FBRyxDQUFDLE1BQU07QUFDNUQ7QUFHTyxTQUFTLGFBQWEsS0FBbUM7QUFDOUQsU0FBTyxhQUFhLG9CQUFvQixJQUFJLE9BQU87QUFDckQ7QUFHTyxTQUFTLGtCQUFrQixLQUFnQztBQUNoRSxNQUFJLENBQUMsSUFBSSxLQUFNLE9BQU0sSUFBSSxNQUFNLDJEQUEyRDtBQUMxRixTQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVE7QUFDbkM7QUFHTyxJQUFNLG1CQUFtQjtBQUd6QixTQUFTLGFBQWEsVUFBMEM7QUFDckUsU0FBTyxFQUFFLFNBQVM7QUFDcEI7QUFxQk8sU0FBUyxrQkFBa0IsU0FBeUIsT0FBa0Q7QUFDM0csUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsUUFBTSxTQUFTLENBQUMsZUFDZCxNQUFNLFNBQVMsV0FBVyxhQUFhLE1BQU0sU0FBUyxTQUFTLEVBQUUsV0FBVyxZQUFZLGFBQWEsS0FBSyxJQUFJO0FBQ2hILGFBQVcsT0FBTyxTQUFTO0FBQ3pCLElBQUFBLEtBQUksYUFBYSxHQUFHLEdBQUcsT0FBTyxrQkFBa0IsR0FBRyxDQUFDLENBQUM7QUFDckQsSUFBQUEsS0FBSSxhQUFhLElBQUksUUFBUSxJQUFJLElBQUksR0FBRyxHQUFHLElBQUksSUFBSSxLQUFLO0FBQ3hELElBQUFBLEtBQUksYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsTUFBTSxTQUFTLFdBQVcsYUFBYSxnQkFBZ0I7QUFBQSxFQUNoRztBQUNBLFFBQU0sTUFBTSxhQUFhLE1BQU0sUUFBUTtBQUN2QyxFQUFBQSxLQUFJLGFBQWEsYUFBYSxHQUFHLEdBQUcsVUFBVTtBQUM5QyxFQUFBQSxLQUFJLGFBQWEsbUJBQW1CLEdBQUcsR0FBRyxTQUFTO0FBQ25ELEVBQUFBLEtBQUksYUFBYSxxQkFBcUIsR0FBRyxHQUFHLFVBQVU7QUFDdEQsRUFBQUEsS0FBSSxhQUFhLHFCQUFxQixHQUFHLEdBQUcsVUFBVTtBQUN0RCxNQUFJLE1BQU0seUJBQXlCLE9BQVcsQ0FBQUEsS0FBSSxvQkFBb0IsT0FBTyxrQkFBa0IsTUFBTSxvQkFBb0IsQ0FBQyxDQUFDO0FBQzNILFNBQU87QUFDVDtBQUdPLElBQU0scUJBQXFCO0FBRzNCLFNBQVMsa0JBQWtCLFlBQTRCO0FBQzVELFNBQU8sVUFBVSxVQUFVO0FBQzdCO0FBR08sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ2pFM0YsU0FBUyxTQUNkQyxTQUNBLFVBQ0EsTUFDTztBQUNQLFNBQU8sYUFBYTtBQUFBLElBQ2xCLFFBQVFBLFFBQU87QUFBQSxJQUNmLGNBQWNBLFFBQU87QUFBQSxJQUNyQixRQUFRQSxRQUFPO0FBQUEsSUFDZixTQUFTLEtBQUs7QUFBQSxJQUNkLEtBQUs7QUFBQSxJQUNMLFFBQVEsS0FBSztBQUFBLEVBQ2YsQ0FBQztBQUNIO0FBR08sU0FBUyxxQkFBcUIsTUFBMEMsVUFBK0Q7QUFDNUksU0FBTyxLQUFLLHNCQUFzQixTQUFZLFNBQVksS0FBSyxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQjtBQUNuSDs7O0FDeEJPLElBQU0sZUFBc0MsQ0FBQyxXQUFXLGdCQUFnQjtBQVF4RSxJQUFNLFlBQWdDLENBQUMsUUFBUSxRQUFRLFFBQVE7QUFpQy9ELElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBRXZCLElBQU0sdUJBQXVCO0FBRTdCLElBQU0sc0JBQXNCO0FBRTVCLElBQU0sc0JBQXNCO0FBR25DLElBQU0sUUFBMkIsVUFBVSx3Q0FBd0MsQ0FBQyxRQUFRO0FBQzFGLE1BQUksQ0FBQyxnQkFBZ0IsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUN2QyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sUUFBUSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQzFDLENBQUM7QUFHRCxJQUFNLFFBQTJCO0FBQUEsRUFBVTtBQUFBLEVBQXFDLENBQUMsUUFDL0Usc0JBQXNCLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ2xEO0FBR0EsSUFBTSxhQUFnQyxVQUFVLHNEQUFzRCxDQUFDLFFBQVE7QUFDN0csTUFBSSxDQUFDLGdCQUFnQixLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3ZDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxRQUFRLEtBQUssU0FBUyxNQUFNLFFBQVE7QUFDN0MsQ0FBQztBQUdELFNBQVMsUUFBUSxPQUFlLFdBQXNDO0FBQ3BFLFNBQU8sVUFBVSw4QkFBOEIsS0FBSyxLQUFLLFNBQVMsS0FBSyxDQUFDLFFBQVE7QUFDOUUsVUFBTSxRQUFRLGFBQWEsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDckQsV0FBTyxTQUFTLFNBQVMsU0FBUyxLQUFLLEtBQUssSUFBSSxRQUFRO0FBQUEsRUFDMUQsQ0FBQztBQUNIO0FBR0EsSUFBTSxnQkFBZ0IsU0FBUyx5QkFBeUIsOENBQThDO0FBTS9GLFNBQVMsaUJBQWlCLEtBQVUsYUFBbUM7QUFDNUUsUUFBTUMsU0FBUSxRQUFRLEtBQUssY0FBYyxpQkFBaUIsY0FBYztBQUN4RSxTQUFPO0FBQUEsSUFDTCxTQUFTLFFBQVEsS0FBSyxlQUFlLE1BQU0sWUFBWSxHQUFHLFNBQVM7QUFBQSxJQUNuRSxNQUFNLFFBQVEsS0FBSyxZQUFZLE1BQU0sU0FBUyxHQUFHLFdBQVc7QUFBQSxJQUM1RCxPQUFBQTtBQUFBLElBQ0EsT0FBTyxRQUFRLEtBQUssY0FBYyxRQUFRQSxRQUFPLFlBQVksR0FBRyxLQUFLLElBQUksZ0JBQWdCQSxNQUFLLENBQUM7QUFBQSxJQUMvRixjQUFjLFFBQVEsS0FBSyxvQkFBb0IsT0FBTyxvQkFBb0I7QUFBQSxJQUMxRSxRQUFRLFFBQVEsS0FBSyxjQUFjLE9BQU8sb0JBQW9CO0FBQUEsSUFDOUQsWUFBWSxRQUFRLEtBQUssbUJBQW1CLFlBQVksbUJBQW1CO0FBQUEsSUFDM0UsWUFBWSxRQUFRLEtBQUssbUJBQW1CLE9BQU8sbUJBQW1CO0FBQUEsSUFDdEUsU0FBUztBQUFBLE1BQ1AsS0FBSyxRQUFRLEtBQUssZUFBZSxLQUFLLHVCQUF1QjtBQUFBLE1BQzdELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxNQUNsRSxTQUFTLFFBQVEsS0FBSyxvQkFBb0IsZUFBZSxNQUFNO0FBQUEsTUFDL0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNGOzs7QUpwR0EsSUFBSTtBQVVHLFNBQVMsV0FDZEMsU0FDQSxVQUNtRDtBQUNuRCxRQUFNLEVBQUUsTUFBTSxHQUFHLEtBQUssSUFBSTtBQUMxQixRQUFNLFdBQVcsYUFBYSxDQUFDLFFBQVEsaUJBQWlCLEtBQUssSUFBSSxDQUFDO0FBQ2xFLFdBQVMsRUFBRSxRQUFBQSxTQUFRLFVBQVUsS0FBSztBQUNsQyx1QkFBcUIsUUFBUTtBQUM3QixRQUFNLFVBQVUsU0FBU0EsU0FBUSxVQUFVLElBQUk7QUFDL0MsUUFBTSxZQUFZLFFBQVEsT0FBTyxDQUFDLFFBQVEsSUFBSSxTQUFTLFNBQVMsRUFBRSxJQUFJLENBQUMsUUFBUSxJQUFJLFVBQVUsS0FBSztBQUVsRyxrQkFBZ0IsV0FBVyxNQUFNQyxNQUFLLFNBQVMsZ0JBQWdCLE1BQU0sb0JBQW9CLGFBQWEsU0FBUyxPQUFPO0FBQ3RILFFBQU0sYUFBYSxrQkFBa0IsU0FBUztBQUFBLElBQzVDLE1BQU0sU0FBUztBQUFBLElBQ2YsVUFBVUQsUUFBTztBQUFBLElBQ2pCLHNCQUFzQixxQkFBcUIsTUFBTSxRQUFRO0FBQUEsRUFDM0QsQ0FBQztBQUNELFNBQU8sRUFBRSxZQUFZLG1CQUFtQixvQkFBb0I7QUFDOUQ7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FLMUNPLElBQU0sdUJBQXVCO0FBRTdCLElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBR3ZCLFNBQVMsaUJBQWlCRSxRQUF1QjtBQUN0RCxTQUFPLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxJQUFJLGdCQUFnQix1QkFBdUJBLE1BQUssQ0FBQztBQUN4Rjs7O0FDaEJPLElBQU0sa0JBQWtCO0FBR3hCLElBQU0sZUFBZTtBQUc1QixJQUFNLG1CQUFtQixNQUFNLElBQUk7QUFnQm5DLElBQU0sY0FBYyxJQUFJLE9BQU8sSUFBSSxZQUFZLDJEQUEyRDtBQU9uRyxTQUFTLFFBQVEsU0FBaUIsUUFBZ0IsSUFBcUI7QUFDNUUsUUFBTSxRQUFRLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxHQUFJLEdBQUcsZ0JBQWdCO0FBQ2hFLFFBQU0sU0FBUyxHQUFHLFlBQVksSUFBSSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRTtBQUNoRyxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsS0FBTSxRQUFRLFFBQVEsUUFBUSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLFFBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUNsQyxRQUFNLFVBQVUsU0FBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsUUFBUSxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sRUFBRSxJQUFJLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsWUFBWUMsU0FBOEI7QUFDeEQsTUFBSSxLQUFLO0FBQ1QsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTSxLQUFLLE1BQU1BLFFBQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQ3ZFLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxNQUFjLE9BQWUsS0FBdUI7QUFDNUUsUUFBTSxNQUFNLGFBQWEsSUFBSTtBQUM3QixNQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxRQUFRO0FBQzNDO0FBaUJPLFNBQVMsWUFBWSxRQUFnQixNQUFjLElBQVksV0FBMkI7QUFDL0YsUUFBTSxPQUFPLElBQUksR0FBRyxTQUFTLEVBQUUsQ0FBQyxJQUFJLFVBQVUsU0FBUyxFQUFFLENBQUM7QUFDMUQsUUFBTSxPQUFPLGtCQUFrQixPQUFPLFNBQVMsSUFBSSxLQUFLO0FBQ3hELFFBQU0sWUFBWSxLQUFLLE1BQU0sR0FBRyxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUNwRSxTQUFPLFlBQVksR0FBRyxNQUFNLElBQUksU0FBUyxHQUFHLElBQUksS0FBSyxHQUFHLE1BQU0sR0FBRyxJQUFJO0FBQ3ZFO0FBTU8sU0FBUyxjQUFjLE1BQW9DO0FBQ2hFLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxFQUFHLFFBQU87QUFDakMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDQyxTQUFrQkEsTUFBbUMsSUFBSTtBQUNqRixTQUFPLE1BQU0sTUFBTSxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQUksUUFBUTtBQUNuRjtBQUdPLElBQU0sWUFBWTtBQUdsQixJQUFNLGFBQWE7OztBQzFHMUIsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTtBQUdqQixJQUFNLFNBQVMsQ0FBQ0MsV0FBa0IsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQztBQUNuRSxJQUFNLFdBQVcsSUFBSSxXQUFXLE1BQU07QUFDdEMsSUFBSTtBQUdHLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sU0FBUyxHQUFHQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ2hEO0FBT08sU0FBUyxPQUFVLFFBQWdCLFFBQTRCLE1BQXFDO0FBQ3pHLHNCQUFXLElBQUksY0FBYyxRQUFRLE1BQU07QUFDM0MsUUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNO0FBQ2hDLEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FDMUJPLElBQU0sZ0JBQWdCOzs7QWhCZ0I3QixJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBR08sU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxHQUFHLGlCQUFpQixXQUFXLEdBQUcsU0FBUyxTQUFTLGNBQWMsQ0FBQztBQUM1RTtBQW9CTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFNMUIsWUFDbUIsU0FDQSxLQUNBLFVBQW1CLFdBQ3BDO0FBSGlCO0FBQ0E7QUFDQTtBQVJuQix3QkFBaUI7QUFDakIsd0JBQWlCLFdBQVUsZUFBZTtBQUMxQyx3QkFBUSxXQUFVO0FBQ2xCLHdCQUFRLGdCQUFlO0FBT3JCLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sRUFBRSxVQUFVLFFBQVEsSUFBSSxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUN2RSxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE9BQU8sUUFBUTtBQUFBLEVBQ3BDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxRQUFRLE9BQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUNoRDtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR1EsUUFBZ0I7QUFDdEIsUUFBSSxLQUFLLFlBQVksUUFBUyxRQUFPLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxPQUFPO0FBQ3RGLFVBQU0sVUFBVSxlQUFlO0FBQy9CLFFBQUksWUFBWSxLQUFLLFNBQVM7QUFDNUIsV0FBSyxVQUFVO0FBQ2YsV0FBSyxlQUFlLFVBQVUsS0FBSyxJQUFJLFFBQVEsZUFBZSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQzNFO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRVEsS0FBOEIsUUFBZ0IsT0FBZSxNQUEwQixjQUFrQjtBQUMvRyxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQ3ZCLFVBQU0sU0FBUyxLQUFLLFlBQVk7QUFDaEMsVUFBTUMsUUFBK0IsU0FBUyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksRUFBRSxNQUFNLE9BQU8sSUFBSSxRQUFRO0FBQ2xHLFVBQU0sT0FBTyxTQUFTLFNBQVksT0FBTyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDaEUsVUFBTSxRQUFRLEtBQUssTUFBTTtBQUN6QixXQUFPLE9BQU8sS0FBSyxJQUFJLFFBQVEsU0FBUyxTQUFTLFFBQVcsQ0FBQyxVQUFVO0FBQ3JFLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLGNBQWM7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUE7QUFBQSxRQUNBLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQ0QsVUFBSSxDQUFDLE9BQVEsUUFBTyxFQUFFLFVBQVUsU0FBUyxPQUFVO0FBQ25ELFlBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSTtBQUM1QixZQUFNLFNBQVMsV0FBVyxnQkFBZ0IsTUFBTTtBQUNoRCxZQUFNLFVBQTBCO0FBQUEsUUFDOUIsU0FBUyxNQUFNO0FBQUEsUUFDZixTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFFBQ0EsTUFBTTtBQUFBLFFBQ047QUFBQSxRQUNBO0FBQUEsUUFDQSxTQUFTLENBQUMsVUFBVSxjQUFjLFFBQVEsU0FBUyxRQUFRLGNBQWMsQ0FBQztBQUFBLFFBQzFFLFlBQVksUUFBUTtBQUFBLFFBQ3BCO0FBQUEsTUFDRjtBQUNBLG1CQUFhLE9BQU8sUUFBUSxRQUFRLFFBQVEsUUFBUTtBQUNwRCxxQkFBZSxPQUFPO0FBQ3RCLGFBQU8sRUFBRSxVQUFVLFFBQVE7QUFBQSxJQUM3QixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QWlCaElBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7QUFRakIsSUFBTSxRQUFRLElBQUksWUFBWSxxQkFBcUIsTUFBZ0IsS0FBSyxNQUFNLEtBQUssbUJBQW1CLENBQUMsQ0FBQztBQU1qRyxTQUFTLGNBQWMsS0FBb0I7QUFDaEQsUUFBTSxLQUFLQyxNQUFLLEdBQUc7QUFDbkIsUUFBTSxZQUFZQSxNQUFLLEdBQUc7QUFFMUIsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLGFBQWEsTUFBTSxNQUFNO0FBQ3pELFNBQU8sWUFBWSxJQUFJLFFBQVEsTUFBTSxJQUFJLFNBQVM7QUFDcEQ7OztBQ2xCTyxJQUFNLFNBQTRCLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUNoSCxRQUFNLFFBQVEsd0JBQXdCLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ2hFLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHTSxJQUFNQyxTQUEyQixVQUFVLHFDQUFxQyxDQUFDLFFBQVE7QUFDOUYsUUFBTSxRQUFRLDJDQUEyQyxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRixTQUFPLFNBQVMsS0FBSyxTQUFTLElBQUksUUFBUTtBQUM1QyxDQUFDO0FBR00sU0FBUyxLQUFLLEtBQWdDO0FBQ25ELFNBQU8sVUFBVSw0QkFBNEIsR0FBRyxJQUFJLENBQUMsUUFBUTtBQUMzRCxVQUFNLFFBQVEsWUFBWSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNwRCxXQUFPLFNBQVMsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzlDLENBQUM7QUFDSDtBQUdPLElBQU0sZ0JBQWdCO0FBU3RCLFNBQVMsYUFBYSxLQUFVLFVBQTBEO0FBQy9GLFNBQU87QUFBQSxJQUNMLE1BQU0sUUFBYyxLQUFLLFFBQVEsTUFBTSxFQUFFLE1BQU0sU0FBUyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsSUFDOUUsUUFBUSxXQUFXLEtBQUssU0FBUyxNQUFNO0FBQUEsRUFDekM7QUFDRjtBQUdPLFNBQVMsV0FBVyxLQUFVLFVBQTBCO0FBQzdELFNBQU8sUUFBUSxLQUFLLFdBQVcsS0FBSyxhQUFhLEdBQUcsUUFBUTtBQUM5RDtBQUdPLFNBQVMsYUFBYSxLQUFVLFVBQWtCLFVBQTBCO0FBQ2pGLFNBQU8sUUFBUSxLQUFLLFVBQVUsVUFBVSxRQUFRO0FBQ2xEO0FBR08sSUFBTSxlQUFrQztBQUFBLEVBQVU7QUFBQSxFQUEyQyxDQUFDLFFBQ25HLGlCQUFpQixLQUFLLEdBQUcsS0FBSyxXQUFXLEdBQUcsTUFBTSxTQUFZLE1BQU07QUFDdEU7QUFHTyxTQUFTLFNBQVMsS0FBVSxVQUFrQixVQUEwQjtBQUM3RSxTQUFPLFFBQVEsS0FBSyxVQUFVLGNBQWMsUUFBUTtBQUN0RDs7O0FDMUNPLFNBQVMsV0FBVyxLQUFlO0FBQ3hDLFNBQU87QUFBQSxJQUNMLFdBQVcsUUFBUSxLQUFLLFlBQVlDLFFBQU8sR0FBRztBQUFBLElBQzlDLFlBQVksUUFBUSxLQUFLLG1CQUFtQixLQUFLLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDMUQ7QUFDRjtBQU9PLFNBQVMsWUFBWSxHQUFXLFNBQWlCQyxNQUFpQjtBQUN2RSxNQUFJLElBQUlBLEtBQUksVUFBVyxRQUFPO0FBQzlCLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxXQUFXQSxLQUFJLFdBQVksUUFBTztBQUN0QyxTQUFPLElBQUlBLEtBQUksYUFBYSxJQUFJQSxLQUFJLGFBQWEsSUFBSSxXQUFXO0FBQ2xFO0FBR08sU0FBUyxZQUFZLEdBQVcsUUFBbUM7QUFDeEUsU0FBTyxPQUFPLEtBQUssSUFBSSxPQUFPLFNBQVMsR0FBRyxLQUFLLE1BQU0sSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFFOzs7QUNyQ0EsT0FBT0MsV0FBVTtBQWVWLFNBQVMsYUFBYUMsU0FBNkM7QUFDeEUsU0FBT0QsTUFBSyxLQUFLLFFBQVEsTUFBTSxVQUFVQyxRQUFPO0FBQ2xEO0FBTU8sU0FBUyxTQUFTLEtBQStCO0FBQ3RELE1BQUksQ0FBQyxJQUFLLENBQUFELE1BQUssS0FBSyxNQUFNLHlIQUF5SDtBQUNuSixTQUFPO0FBQ1Q7OztBQzFCQSxTQUFTLGFBQWE7QUFDdEIsU0FBUyxXQUFBRSxnQkFBZTtBQVN4QixJQUFNLGdCQUFnQixJQUFJQyxTQUFRLGNBQWM7QUFNekMsU0FBUyxRQUFXLE9BQVUsTUFBNkNDLE9BQWtEO0FBQ2xJLE1BQUksTUFBTTtBQUNWLGFBQVcsQ0FBQyxNQUFNLFNBQVMsS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQ3BELFVBQU0sU0FBUyxNQUFNLE9BQU8sRUFBRSxDQUFDLElBQUksR0FBRyxVQUFVLEdBQUdBLEtBQUk7QUFDdkQsa0JBQWMsSUFBSSxHQUFHLEVBQUUsR0FBR0EsT0FBTSxRQUFRLE9BQU8sTUFBTSxFQUFFLENBQUM7QUFDeEQsUUFBSSxDQUFDLE9BQVEsa0JBQWlCQSxLQUFJO0FBQ2xDLFVBQU0sT0FBTztBQUFBLEVBQ2Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ2ZPLFNBQVMsVUFBVSxNQUFnQixPQUFlLE1BQTBEO0FBQ2pILE1BQUksS0FBSyxTQUFTLFdBQVcsZ0JBQWdCLElBQUs7QUFDbEQsUUFBTSxhQUFhLE9BQU87QUFBQSxJQUN4QixPQUFPLFFBQVEsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sU0FBUyxNQUFNLENBQUMsTUFBTSxDQUFDQyxZQUFxQkEsUUFBTyxVQUFVLFVBQWEsVUFBVUEsUUFBTyxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ3JJO0FBQ0EsTUFBSSxDQUFDLFFBQVEsTUFBTSxZQUFZLEVBQUUsT0FBTyxRQUFRLE1BQU0sQ0FBQyxLQUFLLEtBQUssUUFBUyxnQkFBZSxFQUFFLEdBQUcsS0FBSyxTQUFTLGFBQWEsS0FBSyxDQUFDO0FBQ2pJOzs7QUNGTyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUEyQixRQUFvQixpQkFBeUI7QUFDNUgsUUFBTSxTQUFTLElBQUksZUFBZSxTQUFTLEtBQUssT0FBTztBQUN2RCxRQUFNLE1BQU0sVUFBVSxrQkFBa0IsSUFBSSxTQUFTO0FBQ3JELE1BQUksVUFBVTtBQUNkLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sRUFBRSxVQUFVLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLFNBQVMsV0FBVyxFQUFHLFFBQU8sUUFBUSxRQUFRLEtBQUssbUJBQW1CLFNBQVMsS0FBSyxLQUFLLEtBQUssT0FBTztBQUN6RyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sYUFBYSxJQUFJLE1BQU0sbUJBQW1CO0FBQ3ZHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxVQUFVQSxNQUFLLEtBQUssSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHO0FBQ3pFLFlBQU0sRUFBRSxRQUFRLE1BQU0sSUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ25ELFVBQUksV0FBVyxFQUFHLFFBQU8sUUFBUSxXQUFXLEtBQUssbUJBQW1CLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDMUYsVUFBSSxXQUFXLGdCQUFnQixPQUFRO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxVQUFVLEVBQUcsU0FBUSxLQUFLLGtCQUFrQixPQUFPLFlBQVksTUFBTSxrQkFBa0IsRUFBRSxpQkFBaUI7QUFDOUcsTUFBSSxJQUFLLFNBQVEsSUFBSSxHQUFHLFVBQVUsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNqRCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsUUFBZ0IsS0FBWSxTQUF5QjtBQUNwRSxVQUFRLEtBQUsscUNBQXFDLE1BQU0sYUFBYSxJQUFJLE1BQU0saUVBQWlFO0FBQ2hKLFNBQU87QUFDVDs7O0FDWk8sU0FBUyxhQUFhQyxTQUFxQkMsTUFBd0I7QUFDeEUsUUFBTSxVQUFpQixDQUFDO0FBQ3hCLE1BQUk7QUFDSixTQUFPO0FBQUEsSUFDTCxNQUFNLE1BQStCO0FBQ25DLFlBQU0sTUFBTSxTQUFTLElBQUk7QUFDekIsMEJBQVcsSUFBSSxlQUFlRCxRQUFPLFNBQVMsR0FBRztBQUNqRCxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBRyxRQUFRLFFBQVFDLElBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0YsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBRXBCLGtCQUFVLE9BQU8sS0FBSyxLQUFLLEdBQUcsT0FBTyxFQUFFLGdDQUFnQyxNQUFNLEtBQUssQ0FBQztBQUNuRjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsTUFBTSxLQUFrQjtBQUN0QixlQUFTQSxRQUFPLFNBQVMsS0FBS0EsUUFBTyxNQUFNO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0Y7OztBQ3ZEQSxPQUFPRyxXQUFVOzs7QUN5QmpCLElBQU0sY0FBYyxFQUFFLGNBQWMsT0FBTyxpQkFBaUIsT0FBTyxjQUFjLE9BQU8sa0JBQWtCLE9BQU8sYUFBYSxNQUFNO0FBRzdILElBQU0sb0JBQW9CO0FBR2pDLElBQU0sYUFBYSxLQUFLO0FBRXhCLElBQU0sVUFBa0MsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLEdBQUcsR0FBRyxLQUFNLEdBQUcsS0FBUSxHQUFHLE1BQVcsR0FBRyxNQUFXO0FBR3hILFNBQVMsYUFBYUMsT0FBK0I7QUFDMUQsTUFBSSxPQUFPQSxVQUFTLFNBQVUsUUFBT0E7QUFDckMsTUFBSSxnQkFBZ0IsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBT0EsS0FBSTtBQUNsRCxNQUFJLENBQUMsMENBQTBDLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU87QUFDekUsTUFBSSxRQUFRO0FBQ1osYUFBVyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksS0FBS0EsTUFBSyxTQUFTLHFDQUFxQyxFQUFHLFVBQVMsT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzNILFNBQU87QUFDVDtBQUVBLFNBQVMsR0FBRyxPQUFrQyxVQUEwQjtBQUN0RSxRQUFNLFNBQVMsYUFBYSxTQUFTLFFBQVE7QUFDN0MsU0FBTyxPQUFPLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDNUM7QUFHTyxTQUFTLGNBQWMsVUFBa0M7QUFDOUQsUUFBTSxlQUFlLEdBQUcsU0FBUyxjQUFjLFlBQVksWUFBWTtBQUN2RSxRQUFNLFVBQVUsU0FBUyxVQUFVLENBQUMsR0FBRyxPQUFPLENBQUMsS0FBSyxVQUFVLE1BQU0sR0FBRyxNQUFNLFVBQVUsSUFBSSxHQUFHLENBQUM7QUFDL0YsVUFBUSxTQUFTLFVBQVU7QUFBQSxJQUN6QixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsYUFBYSxZQUFZLFdBQVcsSUFBSTtBQUFBLElBQzdELEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxVQUFVLElBQUksSUFBSTtBQUFBLElBQ3ZDLEtBQUs7QUFDSCxhQUFPLFNBQVMsR0FBRyxTQUFTLGtCQUFrQixZQUFZLGdCQUFnQixJQUFJO0FBQUEsSUFDaEYsS0FBSztBQUNILGFBQU8sU0FBUztBQUFBLElBQ2xCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQU1PLFNBQVMsVUFBVUMsVUFBNEI7QUFDcEQsUUFBTSxZQUFZLE9BQU8sT0FBT0EsU0FBUSxhQUFhLENBQUMsQ0FBQztBQUN2RCxRQUFNLGVBQWUsVUFBVSxXQUFXLElBQ3RDLGFBQ0EsS0FBSyxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsYUFBYSxHQUFHLFNBQVMsV0FBVyxJQUFJLElBQUksY0FBYyxRQUFRLENBQUMsQ0FBQztBQUNuRyxTQUNFLEdBQUdBLFNBQVEsY0FBYyxZQUFZLFlBQVksSUFBSSxlQUFlLEdBQUdBLFNBQVEsaUJBQWlCLFlBQVksZUFBZSxJQUFJO0FBRW5JOzs7QUNsRkEsT0FBT0MsV0FBb0M7QUFRcEMsSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxZQUFZQyxTQUFpRztBQUMzSCxRQUFNLFNBQVMsWUFBWUEsUUFBTyxPQUFPO0FBQ3pDLFFBQU0sU0FBUyxhQUFhQSxPQUFNO0FBQ2xDLFFBQU0sVUFBVSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxlQUFlLEdBQUc7QUFDaEUsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxRQUFRLE9BQU8sR0FBRztBQUNyRCxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLE9BQU8sSUFBSTtBQUM1RCxNQUFJLEtBQUssVUFBVSxJQUFLLFFBQU87QUFDL0IsTUFBSSxLQUFLLFdBQVcsT0FBTyxjQUFjLEtBQUssUUFBUSxFQUFFLE1BQU0sUUFBVztBQUN2RSxXQUFPLEdBQUcsTUFBTSw2Q0FBNkNBLFFBQU8sWUFBWSxVQUFVLEtBQUssYUFBYSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzFIO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLFNBQWlCLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzFHLFNBQU87QUFBQSxJQUFPO0FBQUEsSUFBUTtBQUFBLElBQVcsQ0FBQyxVQUNoQ0MsTUFBSyxJQUFJLEdBQUcsT0FBTyxJQUFJLE9BQU8sSUFBSTtBQUFBLE1BQ2hDLFNBQVMsRUFBRSxhQUFhLE1BQU0sWUFBWTtBQUFBLE1BQzFDLE1BQU0sRUFBRSxNQUFNLElBQUksT0FBTyxJQUFJLElBQUksUUFBUTtBQUFBLE1BQ3pDLFNBQVMsZUFBZTtBQUFBLE1BQ3hCLGNBQWM7QUFBQSxNQUNkLGtCQUFrQkEsTUFBSyxpQkFBaUIsUUFBUTtBQUFBLElBQ2xELENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLFdBQVcsUUFBZ0IsU0FBaUIsVUFBMkM7QUFDOUYsUUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixNQUFJLFNBQVMsZUFBZSxNQUFNO0FBQ2hDLFdBQU8sR0FBRyxNQUFNLHVCQUF1QixJQUFJLFdBQVcsZUFBZSxDQUFDO0FBQUEsRUFDeEU7QUFDQSxRQUFNLFNBQVMscUJBQXFCLEtBQUssU0FBUyxLQUFLLElBQUksdUJBQXVCLFNBQVM7QUFDM0YsU0FBTyxHQUFHLE1BQU0sMkJBQTJCLElBQUksWUFBWSxNQUFNO0FBQ25FO0FBR0EsU0FBUyxPQUFPLFVBQTJDO0FBQ3pELFFBQU0sUUFBUSxTQUFTLFFBQVEsSUFBSSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDN0QsU0FBTyxHQUFHLFNBQVMsTUFBTSxJQUFJLEtBQUssVUFBVSxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUNoRzs7O0FGaERPLFNBQVMsU0FBU0MsU0FBNEI7QUFDbkQsUUFBTSxVQUFVLFlBQVlBLE9BQU07QUFDbEMsTUFBSSxRQUFTLENBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDcEMsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsVUFBVUEsTUFBSyxLQUFLLE9BQW9CLEdBQUcsWUFBWSxLQUFLLE1BQU0sQ0FBQztBQUNwRyxRQUFNLE1BQWEsRUFBRSxRQUFRLGFBQWFELE9BQU0sR0FBRyxRQUFRLEtBQUssT0FBTztBQUN2RSxVQUFRLElBQUksR0FBRyxTQUFTLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDdkMsV0FBU0EsUUFBTyxTQUFTLEtBQUtBLFFBQU8sUUFBUSxPQUFPO0FBQ3BELFNBQU87QUFDVDs7O0FHaEJPLElBQU0sY0FBYztBQUFBLEVBQ3pCO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQ25FO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQ3hDOzs7QUNITyxTQUFTLFlBQVlFLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUNnQk8sSUFBTSxvQkFBc0QsRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLE1BQU0sS0FBSztBQUc1RixTQUFTLFFBQVFDLFdBQTBCO0FBRWhELFVBQVEsV0FBV0EsU0FBUSxLQUFLLEtBQUs7QUFDdkM7QUFhTyxTQUFTLGtCQUFrQkMsV0FBbUM7QUFDbkUsUUFBTUMsYUFBWSxJQUFJLGtCQUFrQkQsVUFBUyxRQUFRO0FBQ3pELE1BQUlBLFVBQVMsYUFBYSx3QkFBeUIsUUFBT0EsVUFBUyxPQUFPQyxhQUFZLFFBQVFELFVBQVMsUUFBUTtBQUMvRyxNQUFJRSxRQUFPRixVQUFTO0FBQ3BCLE1BQUksUUFBUTtBQUNaLGFBQVcsU0FBU0EsVUFBUyxRQUFRO0FBQ25DLGNBQVdFLFFBQU8sTUFBTSxVQUFVLElBQUtELGFBQVksUUFBUSxNQUFNLFFBQVE7QUFDekUsSUFBQUMsUUFBTyxNQUFNO0FBQUEsRUFDZjtBQUNBLFNBQU87QUFDVDtBQVNBLElBQU0sb0JBQW9CO0FBT25CLFNBQVMsT0FBTyxlQUF1QixRQUE2RDtBQUN6RyxRQUFNLFNBQVMsS0FBSyxLQUFLLGdCQUFnQixvQkFBb0IsQ0FBQztBQUM5RCxTQUFPLEVBQUUsaUJBQWlCLEtBQUssSUFBSSxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQyxHQUFHLE9BQU87QUFDMUU7QUFHTyxTQUFTLFVBQVVDLE9BQW9CO0FBQzVDLFNBQU9BLE1BQUssT0FBTyxrQkFBa0JBLE1BQUssUUFBUTtBQUNwRDs7O0FDMURPLFNBQVMsVUFBVUMsV0FBMkJDLE1BQVUsUUFBK0I7QUFDNUYsUUFBTSxhQUFhLHNCQUFzQkQsU0FBUTtBQUNqRCxRQUFNLFFBQVEsRUFBRSxPQUFPLEdBQUcsUUFBUSxZQUFZLE9BQU9DLEtBQUksWUFBWSxPQUFPO0FBQzVFLFFBQU0sU0FBUyxFQUFFLE9BQU8sR0FBRyxRQUFRLFlBQVksUUFBUSxJQUFJQSxLQUFJLGFBQWEsT0FBTztBQUNuRixTQUFPLEVBQUUsVUFBVSxFQUFFLEtBQUssT0FBTyxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQUcsUUFBUSxNQUFNO0FBQ2pGO0FBR08sU0FBUyxzQkFBc0JELFdBQW1DO0FBQ3ZFLFNBQU8sS0FBSyxLQUFLLGtCQUFrQkEsU0FBUSxJQUFJLElBQUk7QUFDckQ7QUFHTyxTQUFTLGVBQWVBLFdBQTJCQyxNQUFVLFFBQXlCO0FBQzNGLFNBQU8sRUFBRSxRQUFRLFVBQVVELFdBQVVDLE1BQUssTUFBTSxHQUFHLG1CQUFtQixzQkFBc0JELFNBQVEsRUFBRTtBQUN4Rzs7O0FDakNPLFNBQVMsVUFBVSxLQUEyQjtBQUNuRCxRQUFNLEVBQUUsTUFBQUUsT0FBTSxPQUFPLElBQUksYUFBYSxLQUFLLEVBQUUsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDO0FBQ3BFLFFBQU0sY0FBYyxRQUFRLEtBQUssZ0JBQWdCLFFBQVEsRUFBRTtBQUMzRCxRQUFNLE9BQU8sU0FBUyxLQUFLLGNBQWMsS0FBSztBQUM5QyxRQUFNLFlBQVksS0FBSyxNQUFNQSxNQUFLLE9BQU8sV0FBVztBQUNwRCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixXQUFXQSxNQUFLO0FBQUEsSUFDaEIsVUFBVUEsTUFBSztBQUFBLElBQ2YsUUFBUTtBQUFBLE1BQ04sRUFBRSxVQUFVLGFBQWEsS0FBSyxXQUFXLElBQUksR0FBRyxRQUFRQSxNQUFLLEtBQUs7QUFBQSxNQUNsRSxFQUFFLFVBQVUsTUFBTSxRQUFRLFVBQVU7QUFBQSxNQUNwQyxFQUFFLFVBQVUsYUFBYSxLQUFLLGtCQUFrQixJQUFJLEdBQUcsUUFBUSxVQUFVO0FBQUEsTUFDekUsRUFBRSxVQUFVLE1BQU0sUUFBUUEsTUFBSyxLQUFLO0FBQUEsTUFDcEMsRUFBRSxVQUFVLGFBQWEsS0FBSyxZQUFZLElBQUksR0FBRyxRQUFRQSxNQUFLLEtBQUs7QUFBQSxJQUNyRTtBQUFBLElBQ0EsR0FBRyxPQUFPLFVBQVVBLEtBQUksSUFBSSxhQUFhLE1BQU07QUFBQSxJQUMvQyxjQUFjO0FBQUEsRUFDaEI7QUFDRjs7O0FDZE8sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxhQUFhLE9BQWUsS0FBd0I7QUFDbEUsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxtQkFBbUIsSUFBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLGtCQUFrQjtBQUNoRztBQVVPLFNBQVMsV0FBVyxTQUEwQixZQUF3QixPQUFlLE9BQTBCO0FBQ3BILFFBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxVQUFVLE1BQU0sUUFBUSxTQUFTLE9BQU8sUUFBUSxTQUFTLEVBQUUsVUFBVTtBQUNsRyxRQUFNQyxRQUFPLGVBQWUsVUFBVSxFQUFFLFdBQVcsV0FBVyxNQUFNLElBQUksRUFBRSxNQUFNLE1BQU07QUFDdEYsUUFBTSxPQUFPLEVBQUUsWUFBWSxLQUFLLFNBQVMsQ0FBQyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsSUFBSSxHQUFHLEdBQUdBLE1BQUssQ0FBQyxHQUFHLE9BQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEdBQUcsSUFBSSxPQUFPLE1BQU0sRUFBRSxFQUFFLEVBQUU7QUFDbkosU0FBTyxHQUFHLFFBQVEsR0FBRyxrQ0FBa0MsaUJBQWlCLEtBQUssVUFBVSxFQUFFLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQztBQUN0RztBQUdBLFNBQVMsaUJBQWlCLE9BQXVCO0FBQy9DLFNBQU8sbUJBQW1CLEtBQUssRUFBRSxRQUFRLHNCQUFzQixDQUFDLFlBQVksbUJBQW1CLE9BQU8sQ0FBQztBQUN6RztBQWdCTyxTQUFTLFNBQVMsU0FBMEIsUUFBZ0IsT0FBeUI7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSw4QkFBOEIsWUFBWSxrREFBa0Qsb0JBQW9CLE1BQU0sQ0FBQztBQUFBLE1BQ3ZIO0FBQUEsSUFDRjtBQUFBLElBQ0EsTUFBTSxXQUFXLFNBQVMsUUFBUSxrQkFBa0IsWUFBWSxrQkFBa0IsWUFBWSxNQUFNLENBQUMsS0FBSyxLQUFLO0FBQUEsSUFDL0csT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSwyREFBMkQsTUFBTTtBQUFBLE1BQ2pFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDckVPLElBQU0saUJBQWlCO0FBRXZCLElBQU0sa0JBQWtCOzs7QUNHeEIsSUFBTSxzQkFBc0I7QUFFNUIsSUFBTSxrQkFBa0I7QUFnQ3hCLFNBQVMsZ0JBQWdCLE1BQXFCLFNBQXlCLEtBQTRCO0FBQ3hHLFFBQU0sTUFBTSxJQUFJLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLElBQUksS0FBSyxNQUFNLGlCQUFpQixFQUFFLFlBQVk7QUFDckYsUUFBTSxRQUFRLGFBQWEsT0FBTyxHQUFHO0FBQ3JDLFFBQU0sT0FBTyxRQUFRLElBQUksQ0FBQyxRQUFRLFNBQVMsTUFBTSxLQUFLLElBQUksSUFBSSxTQUFTLEtBQUssQ0FBQztBQUM3RSxNQUFJLElBQUksU0FBVSxNQUFLLEtBQUssY0FBYyxNQUFNLEtBQUssS0FBSyxDQUFDO0FBQzNELFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUE7QUFBQSxNQUVOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLFNBQVMsSUFBSSxRQUFRO0FBQUEsSUFDN0M7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUFBLEVBQ3BEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBcUIsS0FBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLFNBQVMsS0FBSyxRQUFRLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSSxDQUFDO0FBQzlELFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYSxHQUFHLENBQUM7QUFDOUMsUUFBTSxZQUFZLGtCQUFrQixHQUFHO0FBQ3ZDLFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDakYsUUFBTSxNQUFNLFNBQVMsT0FBTyxTQUFTO0FBQ3JDLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxXQUFXLElBQUksTUFBTSxZQUFZO0FBQ3ZDLFFBQU0sVUFBVSxNQUFNLFNBQVMsTUFBTSxVQUFVLFNBQVMsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUNuRixTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLGFBQWEsSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSTtBQUFBLElBQ1YsUUFBUSxhQUFhLEdBQUc7QUFBQSxJQUN4QjtBQUFBLElBQ0EsTUFBTSxJQUFJO0FBQUEsSUFDVixXQUFXLElBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksVUFBVSxJQUFJLE1BQU0sVUFBVSxJQUFJLGVBQWU7QUFBQSxJQUM3RCxNQUFNLFVBQVUsS0FBSyxLQUFLLE9BQU87QUFBQSxJQUNqQyxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSztBQUFBLE1BQzlELE1BQU0sV0FBVyxTQUFTLFFBQVEsSUFBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTLElBQUk7QUFBQSxFQUNmO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsS0FBeUMsS0FBYSxTQUEwQjtBQUN4RyxRQUFNLE9BQU8sSUFBSSxRQUFRLEVBQUUsZUFBZSxTQUFTLFVBQVUsR0FBRyxPQUFPLEVBQUU7QUFDekUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLGNBQWMsSUFBSTtBQUFBLElBQ2xCLGVBQWUsS0FBSztBQUFBLElBQ3BCLFVBQVUsS0FBSztBQUFBLElBQ2YsT0FBTyxLQUFLO0FBQUEsSUFDWixRQUFRLFVBQVUsSUFBSSxVQUFVLFNBQVMsSUFBSSxjQUFjLEdBQUcsSUFBSTtBQUFBLElBQ2xFLFVBQVUsVUFBVSxJQUFJLGVBQWUsS0FBSyxTQUFTLG1CQUFtQixJQUFJO0FBQUEsSUFDNUUsWUFBWSxtQkFBbUIsU0FBUyxLQUFLLFVBQVUsZUFBZTtBQUFBLEVBQ3hFO0FBQ0Y7QUFNQSxTQUFTLGNBQWMsTUFBcUIsS0FBaUIsT0FBNkI7QUFDeEYsUUFBTSxFQUFFLG1CQUFBQyxvQkFBbUIsV0FBVyxJQUFJLElBQUk7QUFDOUMsUUFBTSxVQUFVLEtBQUssUUFBUSxrQkFBa0I7QUFDL0MsUUFBTSxVQUFVLFNBQVMsT0FBTyxTQUFTO0FBQ3pDLFFBQU0sWUFBWSxrQkFBa0IsVUFBVTtBQUM5QyxRQUFNLFVBQVUsSUFBSSxJQUFJO0FBQ3hCLFFBQU0sV0FBV0EscUJBQW9CLElBQUksVUFBVUEscUJBQW9CO0FBQ3ZFLFFBQU0sU0FBUywyQ0FBMkMsSUFBSSxNQUFNO0FBQ3BFLFFBQU0sVUFBVSxNQUFNQSxvQkFBbUIsV0FBVyxZQUFZLFNBQVMsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUNwRyxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixhQUFhLHNDQUFzQ0MsT0FBTSxPQUFPLElBQUksUUFBUSxDQUFDLFlBQVlELGtCQUFpQjtBQUFBLElBQzFHLE1BQU07QUFBQSxJQUNOLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixXQUFXLEVBQUUsSUFBSSxNQUFNLE9BQU8sU0FBUyxNQUFNLFFBQVE7QUFBQSxJQUNyRDtBQUFBLElBQ0EsU0FBU0E7QUFBQSxJQUNUO0FBQUEsSUFDQSxZQUFZLFVBQVUsSUFBSSxXQUFXLFVBQVUsVUFBVSxJQUFJLFdBQVc7QUFBQSxJQUN4RSxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU8sRUFBRSxHQUFHLFNBQVMsSUFBSSxJQUFJLFNBQVMsSUFBSSxRQUFRLEtBQUssR0FBRyxPQUFPLFdBQVcsSUFBSSxJQUFJLFNBQVMsU0FBUyxRQUFRLEtBQUssRUFBRTtBQUFBLElBQ3JILFNBQVMsRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsSUFBSSxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUNGO0FBTUEsU0FBUyxNQUFNLFNBQWlCLE9BQWdCLE1BQW9DO0FBQ2xGLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLFNBQVM7QUFDL0MsU0FBTyxRQUFRLFNBQVM7QUFDMUI7QUFFQSxTQUFTQyxPQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBTUEsU0FBUyxZQUFZLE1BQXFCLFNBQXlCLFVBQXVDO0FBMUsxRztBQTJLRSxRQUFNLE9BQTRCLEVBQUUsS0FBSyxJQUFJLE1BQU0sYUFBYSxRQUFRLENBQUMsRUFBRTtBQUMzRSxhQUFXLE9BQU8sUUFBUyxXQUFLLElBQUksV0FBVCxXQUFvQixJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQzVKTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXQyxTQUFRLElBQUksQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTyxJQUFJLFdBQVc7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFRQSxTQUFTLE1BQU0sT0FBMkI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQy9DLFNBQVMsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsWUFBWSxNQUFTLEVBQUU7QUFBQSxFQUM1RTtBQUNGO0FBRUEsU0FBUyxJQUFJLEdBQVcsR0FBbUI7QUFDekMsU0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQ3ZHO0FBRUEsU0FBUyxZQUFZLE9BQTJCO0FBQzlDLFFBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsUUFBTSxZQUFZLE1BQU0sWUFBWSxlQUFlLEtBQUssTUFBTSxTQUFTLENBQUMsTUFBTTtBQUM5RSxRQUFNQyxRQUFPLHNCQUFzQixLQUFLLE1BQU0sSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBV0QsU0FBUSxNQUFNLFFBQVEsQ0FBQyxDQUFDLElBQUksU0FBUztBQUNoTSxRQUFNLGFBQWEsT0FBTyxRQUFRLE1BQU0sY0FBYyxDQUFDLENBQUM7QUFDeEQsUUFBTSxnQkFBZ0IsV0FBVyxTQUM3QixDQUFDLG9CQUFvQixHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0seUJBQXlCLEtBQUssQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsS0FBSyxHQUFHLG1CQUFtQixJQUNqSSxDQUFDO0FBQ0wsU0FBTyxDQUFDQyxPQUFNLEdBQUcsZUFBZSxHQUFHLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRSxLQUFLLElBQUk7QUFDN0Y7QUFFQSxTQUFTLFdBQVcsVUFBNkI7QUFDL0MsUUFBTUEsUUFBTyx1QkFBdUIsS0FBSyxTQUFTLElBQUksQ0FBQyxnQkFBZ0IsS0FBSyxTQUFTLFNBQVMsQ0FBQyxXQUFXRCxTQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0MsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBU0QsU0FBUSxPQUF1QjtBQUN0QyxTQUFPLE9BQU8sU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUMsSUFBSTtBQUNyRDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLE1BQU0sUUFBUSx5REFBeUQsRUFBRTtBQUNsRjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2RjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxRQUFRLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxNQUFNO0FBQ2xIOzs7QUNqRk8sSUFBTSxpQkFBb0QsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFdBQVcsVUFBVTtBQUc3RyxTQUFTLE9BQU8sS0FBd0I7QUFDN0MsUUFBTSxPQUFPLElBQUk7QUFDakIsUUFBTSxVQUFVLEtBQUssT0FBTyxJQUFJLFlBQVksS0FBSyxJQUFJLE9BQU87QUFDNUQsU0FBTztBQUFBLElBQ0wsSUFBSSxJQUFJO0FBQUEsSUFDUixXQUFXLGdCQUFnQixHQUFHO0FBQUEsSUFDOUIsS0FBSyxPQUFPLEdBQUcsS0FBSyxHQUFHLElBQUksSUFBSSxPQUFPLEtBQUssR0FBRyxPQUFPLElBQUksSUFBSSxPQUFPO0FBQUEsSUFDcEUsT0FBTyxNQUFNLFdBQVcsR0FBRyxZQUFZLEtBQUssTUFBTSxJQUFJLE9BQU8sQ0FBQyxLQUFLLFlBQVksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksWUFBWSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsTUFBTTtBQUFBLElBQ3ZJLFVBQVUsT0FBTyxLQUFLLEtBQUssUUFBUSxTQUFTLEtBQUssYUFBYSxLQUFLLEtBQUssSUFBSSxVQUFVLE1BQU0sVUFBVSxNQUFNLENBQUMsT0FBTyxJQUFJLE9BQU87QUFBQSxJQUMvSCxTQUFTLENBQUMsT0FBTyxNQUFNLEtBQUssZUFBZSxPQUFPLFlBQVksS0FBSyxZQUFZLEtBQUssVUFBVSxDQUFDO0FBQUEsSUFDL0YsVUFBVSxJQUFJLGFBQWEsT0FBTyxNQUFNLFlBQVksS0FBSyxJQUFJLFFBQVE7QUFBQSxJQUNyRSxTQUFTLGVBQWUsSUFBSSxPQUFPO0FBQUEsSUFDbkMsUUFBUSxJQUFJLGVBQWUsT0FBTyxNQUFNLFlBQVksSUFBSSxVQUFVO0FBQUEsRUFDcEU7QUFDRjtBQUVBLElBQU0sV0FBd0QsRUFBRSxjQUFjLFVBQVUsUUFBUSxVQUFVLFNBQVMsSUFBSSxVQUFVLFVBQVU7QUFHcEksU0FBUyxnQkFBZ0IsS0FBNkQ7QUFDM0YsUUFBTSxVQUFVLElBQUksU0FBUyxZQUFZLElBQUksT0FBTyxTQUFTLElBQUksSUFBSTtBQUNyRSxTQUFPLEdBQUcsT0FBTyxJQUFJLElBQUksVUFBVSxFQUFFLElBQUksWUFBWSxLQUFLLElBQUksVUFBVSxLQUFLLENBQUM7QUFDaEY7QUFFQSxTQUFTLFlBQVksS0FBbUMsT0FBdUI7QUFDN0UsU0FBTyxJQUFJLFVBQVUsU0FBUyxPQUFPLEdBQUdFLE9BQU0sT0FBTyxDQUFDLENBQUMsUUFBUSxZQUFZLEtBQUs7QUFDbEY7QUFHTyxTQUFTLFlBQVlDLFFBQXVCO0FBQ2pELE1BQUksQ0FBQyxPQUFPLFNBQVNBLE1BQUssRUFBRyxRQUFPO0FBQ3BDLFNBQU8sR0FBR0QsT0FBTUMsU0FBUSxLQUFLLENBQUMsQ0FBQztBQUNqQztBQUVBLFNBQVNELE9BQU0sT0FBZSxVQUEwQjtBQUN0RCxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksTUFBTSxRQUFRO0FBQ25FO0FBR08sU0FBUyxXQUFXLFNBQWlDO0FBQzFELFNBQU8sUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQyxRQUFRLElBQUksWUFBWSxTQUFTLEVBQUU7QUFDdkUsTUFBSSxXQUFXLFdBQVcsRUFBRyxRQUFPLE9BQU8sUUFBUSxLQUFLLE1BQU07QUFDOUQsU0FBTyxHQUFHLFdBQVcsTUFBTSxPQUFPLFFBQVEsS0FBSyxNQUFNLGlCQUFpQixRQUFRLGNBQWMsTUFBTTtBQUNwRztBQUdPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsZUFBZSxLQUF3QjtBQUNyRCxRQUFNRSxPQUFNLE9BQU8sR0FBRztBQUN0QixNQUFJLElBQUksWUFBWSxVQUFXLFFBQU8sOENBQThDQSxLQUFJLFNBQVM7QUFDakcsTUFBSSxDQUFDLElBQUksS0FBTSxRQUFPLFdBQVdBLEtBQUksR0FBRyx3QkFBd0JBLEtBQUksUUFBUSxnQkFBZ0JBLEtBQUksU0FBUztBQUN6RyxRQUFNLElBQUksSUFBSSxLQUFLLFdBQVcsT0FBTyxLQUFLLFNBQVMsa0JBQWtCLElBQUksS0FBSyxNQUFNLENBQUM7QUFDckYsU0FBTyxHQUFHQSxLQUFJLEdBQUcsU0FBU0EsS0FBSSxLQUFLLDhCQUE4QixJQUFJLEtBQUssUUFBUSxrQkFBa0JBLEtBQUksU0FBUyxLQUFLLFdBQVcsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLGNBQWNBLEtBQUksUUFBUTtBQUMxSztBQUVBLElBQU0sYUFBMEQ7QUFBQSxFQUM5RCxjQUFjO0FBQUEsRUFDZCxTQUFTO0FBQUEsRUFDVCxRQUFRO0FBQUEsRUFDUixVQUFVO0FBQ1o7QUFHTyxTQUFTLGtCQUFrQixHQUFtQjtBQUNuRCxTQUFPLEtBQUssT0FBUSxPQUFPLEtBQUssTUFBTSxJQUFJLEdBQUksSUFBSSxHQUFJLElBQUksRUFBRSxjQUFjLENBQUM7QUFDN0U7QUFRTyxTQUFTLFlBQVksU0FBOEI7QUFDeEQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxRQUFRLElBQUksWUFBWSxTQUFTO0FBQ2pGLFFBQU0sUUFBUSxPQUFPLE9BQU8sQ0FBQyxRQUFRLElBQUksTUFBTSxlQUFlLElBQUk7QUFDbEUsTUFBSSxNQUFNLFFBQVE7QUFDaEIsVUFBTSxLQUFLLEdBQUcsTUFBTSxNQUFNLHlIQUF5SCxNQUFNLElBQUksQ0FBQyxRQUFRLElBQUksRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM1TDtBQUNBLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxRQUFRLElBQUksUUFBUSxJQUFJLFVBQVUsSUFBSSxLQUFLLGFBQWE7QUFDcEYsTUFBSSxLQUFLLFFBQVE7QUFDZixVQUFNLEtBQUssR0FBRyxLQUFLLE1BQU0scUZBQXFGLEtBQUssSUFBSSxDQUFDLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyxJQUFJLE9BQU8sTUFBTSxJQUFJLE1BQU0sYUFBYSxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQ3pNO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxpQkFBaUIsVUFBc0Q7QUFDckYsUUFBTSxFQUFFLFFBQVEsT0FBTyxRQUFRLFlBQUFDLGFBQVksTUFBTSxRQUFRLElBQUk7QUFDN0QsUUFBTSxTQUFTLEdBQUcsTUFBTSxLQUFLLEtBQUssWUFBWSxNQUFNLEtBQUtBLFdBQVUsUUFBUSxJQUFJLGFBQWEsT0FBTztBQUNuRyxNQUFJLFNBQVMsUUFBUyxRQUFPLEVBQUUsTUFBTSxTQUFTLFNBQVMsT0FBTyxJQUFJLE9BQU87QUFDekUsUUFBTSxNQUFNLFdBQVcsSUFBSSxnQkFBZ0IsS0FBSyxNQUFNO0FBQ3RELFNBQU8sRUFBRSxNQUFNLHVDQUF1QyxHQUFHLEtBQUssT0FBTztBQUN2RTtBQUdPLFNBQVMsY0FBYyxVQUE4QjtBQUMxRCxRQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksaUJBQWlCLFFBQVE7QUFDbEQsU0FBTyxDQUFDLE9BQU8sSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFJLFNBQVMsV0FBVyxDQUFDLFNBQVMsU0FBUyxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUU7QUFDaEc7OztBQzlITyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsU0FBUyxNQUFNO0FBQ3BDLFFBQU0sTUFBTTtBQUFBLElBQ1YsT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLE1BQU0sU0FBUyxPQUFPLENBQUM7QUFBQSxJQUNyRjtBQUFBLElBQ0EsYUFBYSxRQUFRLE9BQU8sY0FBYyxRQUFRLElBQUksT0FBTyxRQUFRLE9BQU8sUUFBUSxnQkFBZ0IsUUFBUSxPQUFPLGdCQUFnQixRQUFRLENBQUMsQ0FBQyxjQUFjLFFBQVEsT0FBTztBQUFBLElBQzFLO0FBQUEsSUFDQSxHQUFJLFFBQVEsYUFBYSxDQUFDLE1BQU0saUJBQWlCLE9BQU8sUUFBUSxVQUFVLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN6RjtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssVUFBVSxJQUFJLEVBQUUsSUFBSSxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUssZUFBZSxHQUFHLENBQUMsS0FBSyxFQUFFO0FBQ2xGLGVBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsWUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLGlCQUFpQixRQUFRO0FBQ2xELFVBQUksS0FBSyxLQUFLLFNBQVMsV0FBVyxJQUFJLElBQUksS0FBSyxTQUFTLFFBQVEsTUFBTSxJQUFJLE1BQU0sTUFBTSxFQUFFO0FBQUEsSUFDMUY7QUFDQSxRQUFJLEtBQUssaUJBQWlCLElBQUksTUFBTSxJQUFJLGdCQUFnQixJQUFJLE1BQU0sS0FBSyxzQkFBc0IsSUFBSSxNQUFNLEtBQUssS0FBSyxFQUFFO0FBQUEsRUFDckg7QUFDQSxNQUFJO0FBQUEsSUFDRix5QkFBeUIsUUFBUSxLQUFLLE1BQU07QUFBQSxJQUM1QztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFFBQVEsS0FDUixJQUFJLE1BQU0sRUFDVixJQUFJLENBQUNDLFNBQVEsT0FBT0EsS0FBSSxFQUFFLFFBQVEsS0FBS0EsS0FBSSxTQUFTLENBQUMsTUFBTUEsS0FBSSxHQUFHLE1BQU1BLEtBQUksS0FBSyxNQUFNQSxLQUFJLFFBQVEsTUFBTUEsS0FBSSxPQUFPLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLElBQUk7QUFBQSxJQUNwSyxHQUFHLFlBQVksT0FBTyxFQUFFLFFBQVEsQ0FBQyxTQUFTLENBQUMsSUFBSSxLQUFLLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDM0Q7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUN4Q08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUMsUUFBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU8sR0FBRztBQUN0QixZQUFNLFVBQVU7QUFBQSxRQUNkLElBQUk7QUFBQSxRQUNKLGNBQWNBLEtBQUksU0FBUztBQUFBLFFBQzNCLGVBQWVBLEtBQUksR0FBRyxXQUFXQSxLQUFJLEtBQUs7QUFBQSxRQUMxQyxjQUFjQSxLQUFJLFFBQVE7QUFBQSxRQUMxQixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixhQUFhQSxLQUFJLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixzQkFBc0JBLEtBQUksTUFBTTtBQUFBLFFBQ2hDLFlBQVksSUFBSSxPQUFPO0FBQUEsUUFDdkIsR0FBRyxJQUFJLFVBQVUsSUFBSSxDQUFDLE1BQU07QUFDMUIsZ0JBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxpQkFBaUIsQ0FBQztBQUMzQyxpQkFBTyxHQUFHLElBQUksS0FBSyxNQUFNLElBQUksRUFBRSxXQUFXLEtBQUssRUFBRSxRQUFRLEtBQUssRUFBRTtBQUFBLFFBQ2xFLENBQUM7QUFBQSxRQUNELFNBQVMsSUFBSSxNQUFNLElBQUk7QUFBQSxRQUN2QixXQUFXLElBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUSxJQUFJLE1BQU0sS0FBSztBQUFBLE1BQ3pCLEVBQUUsS0FBSyxJQUFJO0FBQ1gsYUFBTztBQUFBLFFBQ0wsTUFBTSxJQUFJO0FBQUEsUUFDVixXQUFXLG1CQUFtQixJQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJLElBQUksWUFBWSxTQUFTLENBQUMsSUFBSSxFQUFFLFNBQVMsRUFBRSxTQUFTLGVBQWUsR0FBRyxHQUFHLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQ2pDTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUNwQixDQUFDLFNBQVMsb0JBQW9CO0FBQUEsRUFDOUIsQ0FBQyxZQUFZLFdBQVc7QUFBQSxFQUN4QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsWUFBWSxVQUFVO0FBQUEsRUFDdkIsQ0FBQyxXQUFXLFNBQVM7QUFDdkI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDQyxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUMzRCxHQUFHLFlBQVksT0FBTyxFQUFFLElBQUksQ0FBQyxTQUFTLE9BQU8sSUFBSSxFQUFFO0FBQUEsRUFDckQ7QUFDQSxhQUFXLE9BQU8sV0FBVyxPQUFPLEdBQUc7QUFDckMsUUFBSSxLQUFLLElBQUksT0FBTyxJQUFJLEVBQUUsS0FBSyxJQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWUsR0FBRyxDQUFDLEVBQUU7QUFDOUUsZUFBVyxZQUFZLElBQUksVUFBVyxLQUFJLEtBQUssR0FBRyxjQUFjLFFBQVEsQ0FBQztBQUN6RSxRQUFJLEtBQUssZUFBZSxJQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFZLEtBQUksS0FBSyxLQUFLLGlCQUFpQixLQUFLLE9BQU8sUUFBUSxVQUFVLElBQUksRUFBRTtBQUMzRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCOzs7QUNuQ08sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ25GLFFBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxJQUFJLHFCQUFxQixFQUFFO0FBQ3hDLE1BQUksUUFBUTtBQUNWLFVBQU0sU0FBUyxPQUFPLFVBQVUsTUFBTSxPQUFPLFNBQVM7QUFDdEQsUUFBSTtBQUFBLE1BQ0YsSUFBSSxnQkFBZ0IsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUM5QixJQUFJLG9CQUFvQixHQUFHRSxTQUFRLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxPQUFPLFVBQVUsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzVGLElBQUksaUJBQWlCLEdBQUdBLFNBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRSxDQUFDLElBQUksT0FBTyxTQUFTLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM5RjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sT0FBTyxLQUFLLFlBQVk7QUFDekMsVUFBTSxhQUFhLFFBQVEsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsWUFBWSxRQUFRLElBQUksQ0FBQztBQUNoRixRQUFJLFdBQVcsV0FBVyxFQUFHO0FBQzdCLFFBQUksS0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLGFBQWEsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDckc7QUFDQSxNQUFJLEtBQUssa0JBQWtCLEtBQUssTUFBTSxvQkFBb0IsS0FBTSxRQUFRLENBQUMsQ0FBQyxLQUFLLEVBQUU7QUFDakYsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLElBQU0scUJBQXFCLENBQUMsc0JBQXNCLGNBQWMsT0FBTyxXQUFXLG9CQUFvQjtBQUN0RyxJQUFNLG1CQUFtQixDQUFDLGlCQUFpQixXQUFXO0FBRXRELElBQU0sYUFBeUQ7QUFBQSxFQUM3RCxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssV0FBVyxPQUFPLENBQUM7QUFBQSxFQUMzQyxDQUFDLGFBQWEsQ0FBQyxTQUFTLG1CQUFtQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3pELENBQUMsV0FBVyxDQUFDLFNBQVMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDckQsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLEtBQUssV0FBVyxPQUFPLEtBQUssQ0FBQyxtQkFBbUIsU0FBUyxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFDMUg7QUFFQSxTQUFTLElBQUksTUFBYyxPQUF1QjtBQUNoRCxTQUFPLE9BQU8sR0FBRyxJQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEtBQUs7QUFDbkQ7QUFFQSxTQUFTLGFBQWEsUUFBaUM7QUFDckQsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxPQUFPLE1BQU07QUFBQSxJQUNuQixLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDekYsS0FBSyxRQUFRO0FBQ1gsWUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLEVBQUUsU0FBUztBQUM1QyxhQUFPLEdBQUdBLFNBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSztBQUFBLElBQ2pFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3ZJLEtBQUs7QUFDSCxhQUFPLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxFQUMxRCxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFTLEVBQ3RDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxFQUMzRCxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sT0FBZSxVQUEwQjtBQUN2RCxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUMsTUFBTSxTQUFTLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQyxPQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQztBQUNsSSxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsR0FBRyxLQUFLLEtBQUssQ0FBQztBQUNwSSxTQUFPLEtBQUssS0FBSztBQUNuQjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFDN0M7QUFFQSxTQUFTQSxTQUFRQyxRQUF1QjtBQUN0QyxTQUFPLElBQUlBLFNBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNwQzs7O0FDbERPLFNBQVMsYUFBYSxNQUFxQixPQUFzRDtBQUN0RyxRQUFNLEVBQUUsUUFBQUMsU0FBUSxLQUFLLEtBQUssSUFBSTtBQUM5QixRQUFNLGFBQWEscUJBQXFCLE1BQU0sR0FBRztBQUNqRCxRQUFNLFdBQVcsS0FBSyxzQkFBc0IsVUFBYSxlQUFlLFNBQVksU0FBWSxFQUFFLG1CQUFtQixLQUFLLG1CQUFtQixXQUFXO0FBQ3hKLFFBQU0sVUFBVSxnQkFBZ0IsTUFBTSxTQUFTQSxTQUFRLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDakUsUUFBUUEsUUFBTztBQUFBLElBQ2YsVUFBVUEsUUFBTztBQUFBLElBQ2pCLFNBQVNBLFFBQU87QUFBQSxJQUNoQixLQUFLLE1BQU07QUFBQSxJQUNYO0FBQUEsSUFDQTtBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU8sRUFBRSxHQUFHLFNBQVMsWUFBWSxNQUFNLGNBQWMsS0FBSztBQUM1RDtBQU1PLFNBQVMsaUJBQWlCLE1BQXFCLE9BQStDO0FBQ25HLFFBQU0sVUFBVSxhQUFhLE1BQU0sS0FBSztBQUN4QyxRQUFNLFFBQVEsTUFBTSxhQUNoQiw4REFBOEQsTUFBTSxPQUFPLFNBQVM7QUFBQSxJQUNwRixlQUFlLE9BQU87QUFDMUIsU0FBTyxFQUFFLFFBQVEsR0FBRyxrQkFBa0IsSUFBSSxDQUFDO0FBQUEsRUFBSyxLQUFLLElBQUksR0FBRyxZQUFZLFNBQVMsTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUMzRzs7O0FDN0NBLElBQU0sVUFBVSxDQUFDLEtBQUssS0FBSyxNQUFNO0FBUTFCLFNBQVMsZUFBZSxLQUF5QjtBQUN0RCxRQUFNLEtBQUssUUFBUSxTQUFTLElBQUksa0JBQWtCLEtBQUssRUFBRSxZQUFZLEtBQUssRUFBRTtBQUM1RSxRQUFNLFFBQVEsSUFBSSx5QkFBeUIsS0FBSyxLQUFLLElBQUkseUJBQXlCLEtBQUssTUFBTTtBQUM3RixTQUFPLE1BQU0sU0FBUyxLQUFLLE9BQU87QUFDcEM7OztBQ1BPLFNBQVMsY0FBYyxNQUF3RTtBQUdwRyxNQUFJLEtBQUssZUFBZSxVQUFhLEtBQUssUUFBUSxlQUFlLE9BQVcsUUFBTyxDQUFDO0FBQ3BGLFFBQU0sT0FBTyxXQUFXO0FBQ3hCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLHFGQUFxRjtBQUdoSCxRQUFNQyxVQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsUUFBUSxhQUFhLEtBQUssTUFBTSxFQUFFO0FBQ25FLFNBQU8saUJBQWlCLE1BQU07QUFBQSxJQUM1QixRQUFBQTtBQUFBLElBQ0EsS0FBSyxLQUFLO0FBQUEsSUFDVixNQUFNLEtBQUs7QUFBQSxJQUNYLEtBQUssb0JBQUksS0FBSztBQUFBLElBQ2QsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxZQUFZLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxFQUN4QyxDQUFDO0FBQ0g7OztBQ1ZBLElBQU0sU0FBUyxXQUFXLE9BQU87QUFDakMsSUFBTSxXQUFXLGFBQWEsU0FBUztBQUN2QyxJQUFNLE1BQU0sYUFBYSxVQUFVO0FBRzVCLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVcsRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3QixHQUFHLFdBQVcsUUFBUSxFQUFFLE1BQU0sVUFBVSxHQUFHLGVBQWUsVUFBVSxLQUFLLE9BQU8sT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUNsRztBQUVBLElBQU0sVUFBVSxhQUFhLFFBQVEsR0FBRztBQUdqQyxTQUFTLFFBQWU7QUFDN0IsU0FBTyxTQUFTLE1BQU07QUFDeEI7QUFHZSxTQUFSLGNBQWtCLEtBQWtCO0FBQ3pDLFVBQVEsTUFBTSxHQUFHO0FBQ25CO0FBR08sU0FBUyxTQUFTLEtBQWtCO0FBQ3pDLFVBQVEsTUFBTSxHQUFHO0FBQ25COyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgIm1zIiwgInJhbmRvbSIsICJjb25maWciLCAicmFuZG9tIiwgImxldmVsIiwgInNoYXJlIiwgInNoYXJlIiwgIm1zIiwgImR1cmF0aW9uTXMiLCAidGFncyIsICJleGVjIiwgImxhdGVuY3lPYmplY3RpdmVzTXMiLCAibXMiLCAib3BlbiIsICJ0YWdzIiwgImFkZCIsICJjb25maWciLCAicDk1TXMiLCAiY29uZmlnIiwgImV4ZWMiLCAicDk5TXMiLCAicmFuZG9tIiwgInJvdyIsICJleGVjIiwgImNvdW50IiwgImV4ZWMiLCAidGFncyIsICJleGVjIiwgImV4ZWMiLCAic2hhcmUiLCAic2hhcmUiLCAibWl4IiwgImV4ZWMiLCAiY29uZmlnIiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJ0YWdzIiwgImFuc3dlciIsICJyb3ciLCAiY29uZmlnIiwgIm1peCIsICJyb3ciLCAiZXhlYyIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAiaHR0cCIsICJjb25maWciLCAiaHR0cCIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiZHVyYXRpb24iLCAiZXhlY3V0b3IiLCAicGVyU2Vjb25kIiwgInJhdGUiLCAicmF0ZSIsICJleGVjdXRvciIsICJtaXgiLCAicmF0ZSIsICJ0ZXh0IiwgInBsYW5uZWRJdGVyYXRpb25zIiwgInJvdW5kIiwgInRhZ3MiLCAiZHVyYXRpb24iLCAic2Vjb25kcyIsICJvcGVuIiwgInJvdW5kIiwgInNoYXJlIiwgInJvdyIsICJkdXJhdGlvbk1zIiwgInJvdyIsICJ0ZXh0IiwgInJvdyIsICJyb3ciLCAiY2VsbCIsICJwZXJjZW50IiwgInNoYXJlIiwgImNvbmZpZyIsICJjb25maWciXQp9Cg==
