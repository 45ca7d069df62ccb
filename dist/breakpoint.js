// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// scenarios/breakpoint.ts
import exec5 from "k6/execution";

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
var positiveInteger = validator("a whole number of at least 1", (raw) => {
  if (!/^\d{1,10}$/.test(raw)) return void 0;
  const value = Number(raw);
  return value >= 1 && value <= 2 ** 31 - 1 ? value : void 0;
});
var DURATION_UNITS_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var DURATION_FORM = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
function durationMs(text2) {
  const match = DURATION_FORM.exec(text2);
  if (!match) return void 0;
  const [, h, m, s, ms] = match;
  const total = Number(h ?? 0) * DURATION_UNITS_MS.h + Number(m ?? 0) * DURATION_UNITS_MS.m + Number(s ?? 0) * DURATION_UNITS_MS.s + Number(ms ?? 0);
  return total > 0 ? total : void 0;
}
var duration = validator(
  "a duration such as 30s, 5m or 1h30m",
  (raw) => durationMs(raw) === void 0 ? void 0 : raw
);
var rate = validator("iterations per time unit such as 20, 20/s, 600/m or 100/h", (raw) => {
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
function parseConfig(env, context) {
  const baseUrl = setting(env, "BASE_URL", url, DEFAULT_BASE_URL);
  const endpointType = setting(env, "ENDPOINT_TYPE", oneOf(ENDPOINT_TYPES), "DEFAULT");
  const known = ENDPOINTS[endpointType];
  const chosen = optionalSetting(env, "BEASTS", listOf(oneOf(known)));
  const beasts = chosen ? known.filter((beast) => chosen.includes(beast)) : known;
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
  return readSettings((env) => parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random }));
}

// lib/client.ts
import http from "k6/http";

// thresholds/bad-events.ts
import { Counter } from "k6/metrics";

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
  const latency = (stat, ms) => ({
    kind: "latency",
    idPrefix: `latency-${stat.replace(/[()]/g, "")}`,
    metric: "http_req_duration",
    stat,
    guard: "http_reqs",
    allowedShare: () => round(1 - Number(stat.slice(2, -1)) / 100),
    objective: () => ({ op: "<", value: ms, unit: "ms" }),
    description: (group) => `${stat.slice(2, -1)}% of ${group} requests answer within ${ms} ms`
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
function setExemplarObjective(ms) {
  latencyObjectiveMs = ms;
}
var recorder = new ExemplarRecorder(() => latencyObjectiveMs, (line) => console.log(line));
function recordExemplar(outcome) {
  recorder.record(outcome);
}

// lib/names.ts
var NAME_MAX_LENGTH = 50;
function runPrefix(testid) {
  let hash = 2166136261;
  for (let i = 0; i < testid.length; i++) {
    hash = Math.imul(hash ^ testid.charCodeAt(i), 16777619) >>> 0;
  }
  return `k6${(hash % 36 ** 6).toString(36).padStart(6, "0")}`;
}
function composeName(prefix, slug, vu, iteration) {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  const room = NAME_MAX_LENGTH - prefix.length - 1 - tail.length;
  const shortened = slug.slice(0, Math.max(room, 0)).replace(/-+$/, "");
  return shortened ? `${prefix}-${shortened}${tail}` : `${prefix}${tail}`;
}
function belongsToRun(name, prefix) {
  return name.startsWith(`${prefix}-`);
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
var MythicalClient = class {
  constructor(baseUrl, run, purpose = "journey") {
    __publicField(this, "baseUrl", baseUrl);
    __publicField(this, "purpose", purpose);
    __publicField(this, "baggage");
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
        responseType,
        responseCallback: EXPECTED[method]
      });
      if (this.purpose === "journey") {
        const { status, timings } = response;
        const failed = status !== EXPECTED_STATUS[method];
        countRequest(beast, method, failed, timings.duration);
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
import exec4 from "k6/execution";
var current;
function runId(config2) {
  if (!current) {
    const testid = exec4.test.options.tags?.testid ?? config2.testid;
    current = { testid, prefix: runPrefix(testid) };
  }
  return current;
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

// lib/journeys/sweep.ts
function sweepRun(baseUrl, run, beasts) {
  const client = new MythicalClient(baseUrl, run, "sweep");
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client.list(beast);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows named ${run.prefix}-* may remain`);
      continue;
    }
    for (const name of names.filter((row2) => belongsToRun(row2, run.prefix))) {
      if (client.remove(beast, name).status === EXPECTED_STATUS.DELETE) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows left by ${run.prefix}`);
  return deleted;
}

// lib/journeys/mix.ts
function mixedTraffic(config2, mix2) {
  const pending = [];
  let client;
  return {
    visit() {
      const run = runId(config2);
      client ?? (client = new MythicalClient(config2.baseUrl, run));
      const visit = chooseVisit(Math.random(), pending.length, mix2);
      if (visit === "delete") {
        const row2 = pending.shift();
        client.remove(row2.beast, row2.name);
        return;
      }
      const beast = chooseBeast(Math.random(), config2.beasts);
      if (visit === "read") {
        const list = client.list(beast);
        if (list.response.status === EXPECTED_STATUS.GET) {
          checked(list, { "GET answered a list of names": (answer) => answer.names !== void 0 }, { beast, method: "GET" });
        }
        return;
      }
      const name = iterationName(run);
      if (client.create(beast, name).status === EXPECTED_STATUS.POST) pending.push({ beast, name });
    },
    sweep() {
      sweepRun(config2.baseUrl, runId(config2), config2.beasts);
    }
  };
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
var share2 = validator(
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
    maxDropped: setting(env, "SLO_MAX_DROPPED", share2, DEFAULT_MAX_DROPPED),
    grafana: {
      url: setting(env, "GRAFANA_URL", url, "http://localhost:3000"),
      tempoUid: setting(env, "GRAFANA_TEMPO_UID", datasourceUid, "tempo"),
      lokiUid: setting(env, "GRAFANA_LOKI_UID", datasourceUid, "loki"),
      mimirUid: setting(env, "GRAFANA_MIMIR_UID", datasourceUid, "mimir")
    }
  };
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
    maxErrorRate: setting(env, "BREAK_ERROR_RATE", share, 0.05)
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
      requests: metric(submetricKey("http_reqs", scenarioTags(run.scenario))).count ?? 0,
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

// thresholds/report/markdown.ts
function renderMarkdown(summary) {
  const icon = summary.passed ? "✅" : "❌";
  const out = [
    `### ${icon} SLOs of \`${summary.testid}\` (${summary.scenario}): ${headline(summary)}`,
    "",
    `Profile \`${summary.profile}\`, mode \`${summary.mode}\`, ${summary.totals.requests} requests in ${summary.totals.durationSeconds.toFixed(1)} s against ${summary.baseUrl}.`,
    "",
    "| SLO | Objective | Bad/sample | Bad share (95% CI) | Breach at | Detects | Observed | Verdict |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...summary.slos.map(sloRow).map((row2) => `| \`${row2.id}\` | ${cell(row2.objective)} | ${row2.bad} | ${row2.share} | ${row2.breachAt} | ${row2.detects} | ${cell(row2.observed)} | ${row2.verdict} |`),
    ...sampleNotes(summary).flatMap((note) => ["", `⚠ ${note}`])
  ];
  for (const slo2 of failedSlos(summary)) {
    out.push("", `#### ${slo2.id}`, "", `${slo2.description}: ${failureMessage(slo2)}.`, "");
    for (const exemplar of slo2.exemplars) {
      out.push(`- [trace \`${exemplar.traceId}\`](${exemplar.traceUrl}) — ${exemplar.method} /${exemplar.beast}, status ${exemplar.status}, ${exemplar.durationMs} ms, ${exemplar.time}`);
    }
    out.push(`- [log lines](${slo2.links.loki}) · [traces](${slo2.links.tempo}) · [SLI in Mimir](${slo2.links.mimir})`);
  }
  out.push(
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
        ...slo2.exemplars.map((e) => `trace ${e.traceId} (${e.method} /${e.beast}, status ${e.status}, ${e.durationMs} ms): ${e.traceUrl}`),
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
    for (const exemplar of slo2.exemplars) {
      out.push(`    trace ${exemplar.traceId}  ${exemplar.method} /${exemplar.beast}  status ${exemplar.status}  ${exemplar.durationMs} ms  ${exemplar.time}`);
      out.push(`      ${exemplar.traceUrl}`);
    }
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

// thresholds/end-of-test.ts
function summarizeRun(data, input) {
  const { config: config2, slo: slo2, plan: plan2 } = input;
  const maxDropped = maxDroppedIterations(plan2, slo2);
  const delivery = plan2.plannedIterations === void 0 || maxDropped === void 0 ? void 0 : { plannedIterations: plan2.plannedIterations, maxDropped };
  return evaluateSummary(data, sloSetup(config2, slo2, plan2), {
    testid: config2.testid,
    scenario: config2.scenario,
    baseUrl: config2.baseUrl,
    end: input.end,
    slo: slo2,
    delivery
  });
}
function endOfTestOutputs(data, input) {
  const summary = summarizeRun(data, input);
  const table = input.deferTable ? `  SLO table: printed by the run tool once the exemplars of ${input.config.reportDir}/k6.log are folded in
` : renderSloTable(summary);
  return { stdout: `${renderTextSummary(data)}
${table}`, ...reportFiles(summary, input.config.reportDir) };
}

// thresholds/k6.ts
var active;
function sloOptions(config2, defaults) {
  const { mode, ...plan2 } = defaults;
  const settings = readSettings((env) => parseSloSettings(env, mode));
  active = { config: config2, settings, plan: plan2 };
  setExemplarObjective(settings.p95Ms);
  setLatencyObjectives(settings);
  const catalog = sloSetup(config2, settings, plan2);
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

// lib/summary.ts
function handleSummary(data) {
  const slos = activeSlos();
  if (!slos) throw new Error("handleSummary: the scenario did not spread sloOptions(config, ...) into its options");
  const config2 = { ...slos.config, testid: runId(slos.config).testid };
  return endOfTestOutputs(data, {
    config: config2,
    slo: slos.settings,
    plan: slos.plan,
    end: /* @__PURE__ */ new Date(),
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
function breakpoint_default() {
  const elapsedSeconds = (Date.now() - exec5.scenario.startTime) / 1e3;
  exec5.vu.metrics.tags.step = String(stepAt(plan, elapsedSeconds));
  traffic.visit();
}
function teardown() {
  traffic.sweep();
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
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NsaWVudC50cyIsICIuLi90aHJlc2hvbGRzL2JhZC1ldmVudHMudHMiLCAiLi4vdGhyZXNob2xkcy9xdWVyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvc3RhdGlzdGljcy50cyIsICIuLi90aHJlc2hvbGRzL3NhbXBsZS50cyIsICIuLi90aHJlc2hvbGRzL2NhdGFsb2cudHMiLCAiLi4vbGliL2V4ZW1wbGFycy50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vbGliL3BsYW5zL2tub2JzLnRzIiwgIi4uL2xpYi9wbGFucy9taXgudHMiLCAiLi4vbGliL3J1bi1pZC50cyIsICIuLi90aHJlc2hvbGRzL2NoZWNrcy50cyIsICIuLi9saWIvam91cm5leXMvc3dlZXAudHMiLCAiLi4vbGliL2pvdXJuZXlzL21peC50cyIsICIuLi9saWIvc3lzdGVtLXRhZ3MudHMiLCAiLi4vbGliL29wdGlvbnMudHMiLCAiLi4vbGliL3BsYW5zL2Fycml2YWwudHMiLCAiLi4vdGhyZXNob2xkcy9zZXR0aW5ncy50cyIsICIuLi9saWIvcGxhbnMvYnJlYWtwb2ludC50cyIsICIuLi9saWIvcGxhbnMvc2FtcGxlLnRzIiwgIi4uL3RocmVzaG9sZHMvY29tcGlsZS50cyIsICIuLi90aHJlc2hvbGRzL2xpbmtzLnRzIiwgIi4uL3RocmVzaG9sZHMvc3VtbWFyeS1zY2hlbWEudHMiLCAiLi4vdGhyZXNob2xkcy9ldmFsdWF0ZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9mb3JtYXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvc2xvLWp1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2ZpbGVzLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RhYmxlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3RleHQtc3VtbWFyeS50cyIsICIuLi90aHJlc2hvbGRzL3NldHVwLnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vdGhyZXNob2xkcy9rNi50cyIsICIuLi9saWIvc3VtbWFyeS50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQU9BLE9BQU9BLFdBQVU7OztBQ1BqQixPQUFPLFVBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUMzQixNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNmLE9BQU8sQ0FBQyxNQUFNO0FBQUEsRUFDZCxNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsWUFBWSxDQUFDO0FBQ2Y7OztBQ0FPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSxnQ0FBZ0MsQ0FBQyxRQUFRO0FBQ25HLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXQyxPQUFrQztBQUMzRCxRQUFNLFFBQVEsY0FBYyxLQUFLQSxLQUFJO0FBQ3JDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFHLEdBQUcsRUFBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLE1BQU0sQ0FBQztBQUNoQixTQUFPLFFBQVEsSUFBSSxRQUFRO0FBQzdCO0FBR08sSUFBTSxXQUE4QjtBQUFBLEVBQVU7QUFBQSxFQUF1QyxDQUFDLFFBQzNGLFdBQVcsR0FBRyxNQUFNLFNBQVksU0FBWTtBQUM5QztBQVVPLElBQU0sT0FBd0IsVUFBVSw2REFBNkQsQ0FBQyxRQUFRO0FBQ25ILFFBQU0sUUFBUSw0QkFBNEIsS0FBSyxHQUFHO0FBQ2xELE1BQUksQ0FBQyxTQUFTLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFHLFFBQU87QUFDM0MsU0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFVBQVUsSUFBSSxNQUFNLENBQUMsS0FBSyxHQUFHLEdBQXVCO0FBQ3ZGLENBQUM7QUFHTSxTQUFTLE1BQXdCLFFBQW9DO0FBQzFFLFNBQU87QUFBQSxJQUFVLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksQ0FBQyxRQUMvQyxPQUFPLEtBQUssQ0FBQyxVQUFVLE1BQU0sWUFBWSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQUEsRUFDbEU7QUFDRjtBQUdPLFNBQVMsT0FBVSxNQUFvQztBQUM1RCxTQUFPLFVBQVUsNkJBQTZCLEtBQUssT0FBTyxJQUFJLENBQUMsUUFBUTtBQUNyRSxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN0RCxRQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsU0FBUyxFQUFFLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLE1BQU0sT0FBUSxRQUFPO0FBQ3RGLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNDLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR08sSUFBTSxVQUE4QixVQUFVLGlCQUFpQixDQUFDLFFBQVE7QUFDN0UsUUFBTSxPQUFPLElBQUksWUFBWTtBQUM3QixNQUFJLENBQUMsUUFBUSxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdEQsTUFBSSxDQUFDLFNBQVMsS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3ZELFNBQU87QUFDVCxDQUFDO0FBR00sU0FBUyxTQUFTLE1BQWMsU0FBb0M7QUFDekUsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFTLEtBQUssS0FBSyxHQUFHLElBQUksTUFBTSxNQUFVO0FBQ3ZFO0FBR08sSUFBTSxhQUFhO0FBRW5CLElBQU0sYUFBYTtBQU1uQixTQUFTLEtBQUssVUFBZ0U7QUFDbkYsUUFBTSxVQUFVLG9FQUFvRSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3ZHLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsZUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFlBQU0sQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUNyQixZQUFNLFFBQVEsV0FBVyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsU0FBUyxHQUFHLEtBQUssV0FBVyxLQUFLLEtBQUssS0FBSyxNQUFNLFVBQVU7QUFDM0csVUFBSSxDQUFDLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDcEMsYUFBTyxHQUFHLElBQUk7QUFBQSxJQUNoQjtBQUNBLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDs7O0FDNUhPLElBQU0sbUJBQW1CO0FBR3pCLElBQU0scUJBQXFCO0FBRzNCLElBQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUMzQjtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQXFCO0FBQUEsRUFBUztBQUFBLEVBQ3ZGO0FBQUEsRUFBUztBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFpQjtBQUFBLEVBQU07QUFBQSxFQUFRO0FBQzVGO0FBbUNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsSUFBSSxPQUFPLFdBQVcsaUJBQWlCLE1BQU0sV0FBVyxPQUFPLE1BQU0sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUN6RSxXQUFXLGlCQUFpQjtBQUM5QjtBQUdPLFNBQVMsY0FBYyxVQUFrQixLQUFXLFFBQThCO0FBQ3ZGLFFBQU0sT0FBTyxJQUFJLFlBQVksRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsV0FBVyxHQUFHO0FBQzFFLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFdBQVUsS0FBSyxNQUFNLE9BQU8sSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFO0FBQzNFLFNBQU8sR0FBRyxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSSxJQUFJLElBQUksTUFBTTtBQUNuRDtBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUx2R08sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBR08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVEsWUFBWSxLQUFLLEVBQUUsVUFBVSxLQUFLLG9CQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxDQUFDLENBQUM7QUFDbkc7OztBTXpCQSxPQUFPLFVBQXVEOzs7QUNBOUQsU0FBUyxlQUFlOzs7QUNZakIsSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBQ3JILFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUyxZQUFZLGNBQWMsV0FBVyxPQUFPLGdCQUFnQjtBQUN6RyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDckUsTUFBSSxTQUFTLFdBQVc7QUFDdEIsVUFBTSxJQUFJLFlBQVk7QUFDdEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDdkMsV0FBTztBQUFBLE1BQ0wsUUFBUSxzQkFBc0IsQ0FBQyxxQ0FBcUMsUUFBUTtBQUFBLE1BQzVFLGtCQUFrQiw2QkFBNkIsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUFBLE1BQzdFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUNKLFNBQVMsaUJBQ0wsV0FBVyxzQkFBc0IsT0FBTyxFQUFFLG1CQUFtQixRQUFRLENBQUMsSUFDdEUsV0FBVyw0QkFBNEIsT0FBTyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsTUFBTTtBQUM1RDtBQUdBLFNBQVMsV0FBVyxTQUFpQixPQUFtQixNQUFzQztBQUM1RixTQUFPLFFBQVEsT0FBTyxHQUFHLGFBQWEsT0FBTyxJQUFJLENBQUMseUJBQXlCLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUc7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBdUM7QUFDOUUsUUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxNQUFNO0FBQzFGLFNBQU8sSUFBSSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzdFO0FBR08sU0FBUyxhQUFhLE9BQW1DLFdBQTRCO0FBQzFGLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QyxRQUFRLE1BQU0sR0FBRyxPQUFPLE1BQU0sS0FBSztBQUFBO0FBQUEsSUFFbkMsd0JBQXdCLE1BQU0sTUFBTSxvQ0FBb0MsTUFBTSxNQUFNO0FBQUEsSUFDcEYsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBT08sU0FBUyxZQUFZLE9BQW1DLE9BQWdDO0FBQzdGLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFFBQU0sU0FBUyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUs7QUFDckYsUUFBTSxpQkFBaUIsRUFBRSxVQUFVLFdBQVcsTUFBTSxXQUFXO0FBQy9ELFNBQU8saUJBQWlCLEdBQUcsTUFBTSxvQkFBb0IsTUFBTSxNQUFNLE1BQU07QUFDekU7OztBQ2hFQSxJQUFNLFVBQVU7QUFBQSxFQUNkO0FBQUEsRUFBcUI7QUFBQSxFQUFtQjtBQUFBLEVBQXFCO0FBQUEsRUFBb0I7QUFBQSxFQUNqRjtBQUFBLEVBQW9CO0FBQUEsRUFBc0I7QUFBQSxFQUF1QjtBQUNuRTtBQUdPLFNBQVMsU0FBUyxHQUFtQjtBQUMxQyxNQUFJLElBQUksSUFBSyxRQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssS0FBSyxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUMsSUFBSSxTQUFTLElBQUksQ0FBQztBQUM5RSxRQUFNLElBQUksSUFBSTtBQUNkLE1BQUksTUFBTSxRQUFRLENBQUM7QUFDbkIsV0FBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLFFBQVEsSUFBSyxRQUFPLFFBQVEsQ0FBQyxLQUFLLElBQUk7QUFDbEUsUUFBTSxJQUFJLElBQUk7QUFDZCxTQUFPLE1BQU0sS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxPQUFPLEtBQUssSUFBSSxDQUFDLElBQUksSUFBSSxLQUFLLElBQUksR0FBRztBQUNqRjtBQUdBLFNBQVMsT0FBTyxHQUFXLEdBQVcsR0FBbUI7QUFDdkQsU0FBTyxTQUFTLElBQUksQ0FBQyxJQUFJLFNBQVMsSUFBSSxDQUFDLElBQUksU0FBUyxJQUFJLElBQUksQ0FBQyxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsQ0FBQztBQUM1RztBQU1BLFNBQVMsU0FBUyxHQUFXLEdBQVcsTUFBYyxNQUFzQjtBQUMxRSxRQUFNLE9BQU8sS0FBSyxJQUFJO0FBQ3RCLE1BQUksT0FBTztBQUNYLE1BQUksTUFBTTtBQUNWLFdBQVMsSUFBSSxNQUFNLFNBQVMsSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHLEtBQUssTUFBTTtBQUN4RCxZQUFRLFNBQVMsS0FBTSxJQUFJLE1BQU0sSUFBSSxLQUFNLE9BQVEsS0FBSyxJQUFJLElBQUksS0FBTTtBQUN0RSxXQUFPO0FBQ1AsUUFBSSxPQUFPLE1BQU0sTUFBTztBQUFBLEVBQzFCO0FBQ0EsU0FBTyxLQUFLLElBQUksT0FBTyxHQUFHLEdBQUcsSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLENBQUM7QUFDcEQ7QUFHTyxTQUFTLFVBQVUsR0FBVyxHQUFXLEdBQW1CO0FBQ2pFLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsUUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssQ0FBQztBQUNuQyxTQUFPLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLElBQUksVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDOUY7QUFHTyxTQUFTLFVBQVUsR0FBVyxHQUFXLEdBQW1CO0FBQ2pFLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsUUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssQ0FBQztBQUNuQyxTQUFPLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLEVBQUUsQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLElBQUksVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDL0Y7QUFNTyxTQUFTLGNBQWMsR0FBVyxJQUFZLE9BQXVCO0FBQzFFLE1BQUksTUFBTTtBQUNWLE1BQUksT0FBTyxJQUFJO0FBQ2YsU0FBTyxNQUFNLE1BQU07QUFDakIsVUFBTSxNQUFNLEtBQUssT0FBTyxNQUFNLFFBQVEsQ0FBQztBQUN2QyxRQUFJLFVBQVUsR0FBRyxJQUFJLEdBQUcsS0FBSyxNQUFPLFFBQU87QUFBQSxRQUN0QyxPQUFNLE1BQU07QUFBQSxFQUNuQjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxHQUFXLEdBQVcsT0FBdUI7QUFDekUsU0FBTyxLQUFLLElBQUksR0FBRyxjQUFjLEdBQUcsR0FBRyxLQUFLLElBQUksQ0FBQztBQUNuRDtBQUdPLFNBQVMsTUFBTSxHQUFXLEdBQVcsVUFBMEI7QUFDcEUsU0FBTyxVQUFVLEdBQUcsR0FBRyxRQUFRO0FBQ2pDO0FBR0EsU0FBUyxnQkFBZ0IsR0FBMEIsUUFBd0I7QUFDekUsTUFBSSxNQUFNO0FBQ1YsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLEtBQUs7QUFDM0IsVUFBTSxPQUFPLE1BQU0sUUFBUTtBQUMzQixRQUFJLEVBQUUsR0FBRyxJQUFJLE9BQVEsT0FBTTtBQUFBLFFBQ3RCLFFBQU87QUFBQSxFQUNkO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxtQkFBbUIsR0FBVyxVQUFrQixhQUFvQztBQUNsRyxNQUFJLFdBQVcsRUFBRyxRQUFPO0FBQ3pCLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsU0FBTyxnQkFBZ0IsQ0FBQyxNQUFNLE1BQU0sR0FBRyxHQUFHLFFBQVEsR0FBRyxXQUFXO0FBQ2xFO0FBR08sU0FBUyxlQUFlLEdBQVcsR0FBVyxZQUFzQztBQUN6RixNQUFJLEtBQUssRUFBRyxRQUFPLENBQUMsR0FBRyxDQUFDO0FBQ3hCLFFBQU0sUUFBUSxJQUFJLGNBQWM7QUFDaEMsUUFBTSxNQUFNLE1BQU0sSUFBSSxJQUFJLGdCQUFnQixDQUFDLE1BQU0sVUFBVSxHQUFHLEdBQUcsQ0FBQyxHQUFHLElBQUk7QUFDekUsUUFBTSxPQUFPLE1BQU0sSUFBSSxJQUFJLGdCQUFnQixDQUFDLE1BQU0sSUFBSSxVQUFVLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSSxJQUFJO0FBQ2xGLFNBQU8sQ0FBQyxLQUFLLElBQUk7QUFDbkI7OztBQ3hGTyxTQUFTLFVBQVUsT0FBb0IsY0FBc0IsT0FBdUI7QUFDekYsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE1BQU07QUFDckMsUUFBTUMsU0FBUSxNQUFNLFVBQVUsWUFBWSxlQUFlLE1BQU07QUFDL0QsU0FBTyxNQUFNLFFBQVEsY0FBYyxNQUFNLFFBQVFBLFFBQU8sS0FBSztBQUMvRDtBQUdPLFNBQVMsU0FBUyxPQUE2QjtBQUNwRCxTQUFPLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVTtBQUM3Qzs7O0FDOUJPLElBQU0sVUFBVSxDQUFDLE9BQU8sUUFBUSxRQUFRO0FBS3hDLElBQU0saUJBQWlCO0FBR3ZCLElBQU0scUJBQXFCO0FBTTNCLElBQU0sOEJBQThCO0FBTXBDLElBQU0sbUJBQW1CO0FBb0N6QixTQUFTLGFBQWEsT0FBNEI7QUFDdkQsUUFBTSxZQUFZLGFBQWEsTUFBTSxHQUFHO0FBQ3hDLFFBQU0sTUFBTSxNQUFNLGlCQUFpQixXQUFXLGFBQWE7QUFDM0QsUUFBTSxPQUFjLENBQUM7QUFDckIsYUFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxlQUFXLFVBQVUsTUFBTSxXQUFXLFNBQVM7QUFDN0MsWUFBTSxRQUFRLEdBQUcsTUFBTSxLQUFLLEtBQUs7QUFDakMsWUFBTSxRQUFvQixFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJO0FBQ3JFLGlCQUFXLFlBQVksVUFBVSxPQUFPLENBQUMsY0FBYyxVQUFVLFNBQVMsU0FBUyxNQUFNLEtBQUssSUFBSSxHQUFHO0FBQ25HLGNBQU0sWUFBWSxTQUFTLFVBQVUsTUFBTTtBQUMzQyxjQUFNLGVBQWUsU0FBUyxhQUFhLE1BQU07QUFDakQsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFVBQ2hCO0FBQUEsVUFDQSxTQUFTLEVBQUUsT0FBTyxRQUFRLEtBQUssU0FBUyxTQUFTO0FBQUEsUUFDbkQsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxNQUFNLElBQUksYUFBYSxLQUFLO0FBQzFDLFFBQU0sU0FBUyxNQUFNO0FBQ3JCLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFFcEIsUUFBTSxlQUFlLENBQUMsVUFBa0IsS0FBSyxLQUFLLENBQUNDLFNBQVFBLEtBQUksU0FBUyxrQkFBa0JBLEtBQUksVUFBVSxLQUFLLEdBQUcsZ0JBQWdCO0FBR2hJLFFBQU0sV0FBVyxLQUFLO0FBQ3RCLFNBQU8sS0FBSyxJQUFJLENBQUNBLFNBQVE7QUFDdkIsVUFBTSxRQUFRQSxLQUFJLFNBQVMsV0FBVyxPQUFPLFNBQVMsT0FBTyxTQUFTQSxLQUFJLEtBQUssTUFBZ0I7QUFDL0YsVUFBTSxZQUFZLFNBQVMsS0FBSyxJQUFJLFFBQVEsbUJBQW1CO0FBQy9ELFVBQU1DLFNBQVEsYUFBYUQsS0FBSSxLQUFLO0FBQ3BDLFVBQU0sZ0JBQWdCLFNBQVMsT0FBTyxLQUFLLFVBQVUsS0FBSyxDQUFDLElBQUlDLE1BQUssSUFBSSxNQUFNLFVBQVUsT0FBT0EsUUFBTyxTQUFTLENBQUM7QUFDaEgsVUFBTSxXQUFXLFNBQVMsS0FBSyxhQUFhLElBQUlELEtBQUksWUFBWSxJQUFJLFNBQVMsSUFBSSxNQUFNLGNBQWMsZUFBZUEsS0FBSSxjQUFjLFFBQVEsU0FBUyxDQUFDO0FBQ3hKLFdBQU8sRUFBRSxHQUFHQSxNQUFLLE1BQU0sRUFBRSxlQUFlLFVBQVUsT0FBTyxVQUFVLEVBQUU7QUFBQSxFQUN2RSxDQUFDO0FBQ0g7QUFHQSxTQUFTLE9BQXVEO0FBQzlELFFBQU0sU0FBUyxvQkFBSSxJQUFvQjtBQUN2QyxTQUFPLENBQUMsS0FBSyxZQUFZO0FBQ3ZCLFFBQUksUUFBUSxPQUFPLElBQUksR0FBRztBQUMxQixRQUFJLFVBQVUsUUFBVztBQUN2QixjQUFRLFFBQVE7QUFDaEIsYUFBTyxJQUFJLEtBQUssS0FBSztBQUFBLElBQ3ZCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsYUFBYUEsTUFBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjQSxLQUFJLFNBQVMsUUFBUUEsS0FBSSxZQUFZO0FBQzlGLFFBQU0sV0FBVyxDQUFDLFdBQ2hCQSxLQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCLFFBQTZCO0FBQUEsSUFDckUsTUFBTTtBQUFBLElBQ04sVUFBVSxXQUFXLEtBQUssUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUFBLElBQzlDLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxPQUFPO0FBQUEsSUFDUCxjQUFjLE1BQU0sTUFBTSxJQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksR0FBRztBQUFBLElBQzdELFdBQVcsT0FBTyxFQUFFLElBQUksS0FBSyxPQUFPLElBQUksTUFBTSxLQUFLO0FBQUEsSUFDbkQsYUFBYSxDQUFDLFVBQVUsR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsUUFBUSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsY0FBYztBQUFBLE1BQ2QsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVNBLEtBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBU0EsS0FBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsY0FBYyxNQUFNLE1BQU0sSUFBSUEsS0FBSSxNQUFNO0FBQUEsTUFDeEMsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTUEsS0FBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRQSxLQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsMkJBQTJCLElBQUk7QUFDdEc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRQyxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBSjlLQSxJQUFNLFlBQVksSUFBSSxRQUFRLGtCQUFrQjtBQUVoRCxJQUFJLFFBQVEsT0FBTztBQUNuQixJQUFJLFFBQVEsT0FBTztBQUdaLFNBQVMscUJBQXFCLFlBQW9EO0FBQ3ZGLFVBQVEsV0FBVztBQUNuQixVQUFRLFdBQVc7QUFDckI7QUFHTyxTQUFTLGFBQWEsT0FBZSxRQUFnQixRQUFpQkMsYUFBMEI7QUFDckcsTUFBSSxPQUFRLFdBQVUsSUFBSSxHQUFHLEVBQUUsT0FBTyxRQUFRLEtBQUssZUFBZSxDQUFDO0FBQ25FLE1BQUlBLGVBQWMsTUFBTyxXQUFVLElBQUksR0FBRyxFQUFFLE9BQU8sUUFBUSxLQUFLLGNBQWMsQ0FBQztBQUMvRSxNQUFJQSxlQUFjLE1BQU8sV0FBVSxJQUFJLEdBQUcsRUFBRSxPQUFPLFFBQVEsS0FBSyxjQUFjLENBQUM7QUFDakY7QUFHTyxTQUFTLGlCQUFpQkMsT0FBK0M7QUFDOUUsWUFBVSxJQUFJLEdBQUcsRUFBRSxPQUFPQSxNQUFLLE9BQU8sUUFBUUEsTUFBSyxRQUFRLEtBQUssU0FBUyxDQUFDO0FBQzVFOzs7QUtyQk8sSUFBTSxrQkFBa0I7QUF3QnhCLElBQU0sa0JBQWdDLEVBQUUsT0FBTyxHQUFHLFVBQVUsS0FBTSxPQUFPLElBQUk7QUFHN0UsSUFBTSxjQUFOLE1BQWtCO0FBQUEsRUFLdkIsWUFDbUIsUUFDakIsS0FDQTtBQUZpQjtBQUxuQix3QkFBUTtBQUNSLHdCQUFRO0FBQ1Isd0JBQVEsU0FBUTtBQU1kLFNBQUssU0FBUyxPQUFPO0FBQ3JCLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsS0FBSyxLQUFzQjtBQUN6QixVQUFNLFdBQVcsS0FBSyxPQUFPLE1BQU0sS0FBSyxRQUFRLEtBQUssT0FBTyxRQUFRO0FBQ3BFLFFBQUksV0FBVyxHQUFHO0FBQ2hCLFdBQUssU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU8sS0FBSyxTQUFTLFFBQVE7QUFDaEUsV0FBSyxRQUFRLFdBQVcsS0FBSyxPQUFPO0FBQUEsSUFDdEM7QUFDQSxRQUFJLEtBQUssU0FBUyxLQUFLLEtBQUssU0FBUyxLQUFLLE9BQU8sTUFBTyxRQUFPO0FBQy9ELFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUNkLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFpQk8sSUFBTSxtQkFBTixNQUF1QjtBQUFBLEVBRzVCLFlBQ21CLGFBQ0EsT0FDQSxNQUFvQixLQUFLLEtBQ3pCLFNBQXVCLGlCQUN4QztBQUppQjtBQUNBO0FBQ0E7QUFDQTtBQU5uQix3QkFBUTtBQUFBLEVBT0w7QUFBQTtBQUFBLEVBR0gsT0FBTyxTQUFrQztBQUN2QyxRQUFJLENBQUMsUUFBUSxVQUFVLFFBQVEsY0FBYyxLQUFLLFlBQVksRUFBRyxRQUFPO0FBQ3hFLFVBQU0sTUFBTSxLQUFLLElBQUk7QUFDckIsU0FBSyxXQUFMLEtBQUssU0FBVyxJQUFJLFlBQVksS0FBSyxRQUFRLEdBQUc7QUFDaEQsUUFBSSxDQUFDLEtBQUssT0FBTyxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ25DLFNBQUssTUFBTSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3RDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUFpQztBQUNsRSxRQUFNLE9BQXFCO0FBQUEsSUFDekIsU0FBUyxRQUFRO0FBQUEsSUFDakIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVE7QUFBQSxJQUNoQixNQUFNLFFBQVE7QUFBQSxJQUNkLFFBQVEsUUFBUTtBQUFBLElBQ2hCLFlBQVksS0FBSyxNQUFNLFFBQVEsYUFBYSxHQUFJLElBQUk7QUFBQSxJQUNwRCxNQUFNLElBQUksS0FBSyxRQUFRLE1BQU0sRUFBRSxZQUFZO0FBQUEsRUFDN0M7QUFDQSxTQUFPLEdBQUcsZUFBZSxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDbEQ7QUFrQkEsSUFBSSxxQkFBcUIsT0FBTztBQUd6QixTQUFTLHFCQUFxQixJQUFrQjtBQUNyRCx1QkFBcUI7QUFDdkI7QUFHQSxJQUFNLFdBQVcsSUFBSSxpQkFBaUIsTUFBTSxvQkFBb0IsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLENBQUM7QUFHcEYsU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUM3SU8sSUFBTSxrQkFBa0I7QUFVeEIsU0FBUyxVQUFVLFFBQXdCO0FBQ2hELE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsV0FBTyxLQUFLLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxHQUFHLFFBQVUsTUFBTTtBQUFBLEVBQ2hFO0FBQ0EsU0FBTyxNQUFNLE9BQU8sTUFBTSxHQUFHLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDNUQ7QUFpQk8sU0FBUyxZQUFZLFFBQWdCLE1BQWMsSUFBWSxXQUEyQjtBQUMvRixRQUFNLE9BQU8sSUFBSSxHQUFHLFNBQVMsRUFBRSxDQUFDLElBQUksVUFBVSxTQUFTLEVBQUUsQ0FBQztBQUMxRCxRQUFNLE9BQU8sa0JBQWtCLE9BQU8sU0FBUyxJQUFJLEtBQUs7QUFDeEQsUUFBTSxZQUFZLEtBQUssTUFBTSxHQUFHLEtBQUssSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQ3BFLFNBQU8sWUFBWSxHQUFHLE1BQU0sSUFBSSxTQUFTLEdBQUcsSUFBSSxLQUFLLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFDdkU7QUFHTyxTQUFTLGFBQWEsTUFBYyxRQUF5QjtBQUNsRSxTQUFPLEtBQUssV0FBVyxHQUFHLE1BQU0sR0FBRztBQUNyQztBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7OztBQzVEQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNNVixTQUFTLFVBQVUsT0FBZSxRQUE2QjtBQUNwRSxhQUFTO0FBQ1AsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFJLE9BQU8sS0FBSyxDQUFDLFVBQVUsVUFBVSxDQUFDLEdBQUc7QUFDdkMsYUFBTyxNQUFNLEtBQUssUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBaUIsUUFBd0I7QUFDbkUsU0FBTyxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQ2hDO0FBYU8sSUFBTSxrQkFBTixNQUFzQjtBQUFBLEVBSTNCLFlBQTZCLFFBQXFCO0FBQXJCO0FBSDdCLHdCQUFRLGFBQVksT0FBTztBQUMzQix3QkFBUSxXQUFVO0FBQUEsRUFFaUM7QUFBQTtBQUFBLEVBR25ELEtBQUssV0FBaUM7QUFDcEMsUUFBSSxjQUFjLEtBQUssV0FBVztBQUNoQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxVQUFVLFVBQVUsSUFBSSxLQUFLLE1BQU07QUFBQSxJQUMxQztBQUNBLFVBQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxNQUFNO0FBQ3ZDLFdBQU8sRUFBRSxTQUFTLEtBQUssU0FBUyxRQUFRLGFBQWEsWUFBWSxLQUFLLFNBQVMsTUFBTSxFQUFFO0FBQUEsRUFDekY7QUFDRjtBQUdPLFNBQVMsWUFBWSxRQUFnQixTQUF5RDtBQUNuRyxTQUFPLEVBQUUsU0FBUyxVQUFVLE1BQU0sSUFBSSxXQUFXLGVBQWUsT0FBTyxZQUFZLE1BQU0sSUFBSTtBQUMvRjs7O0FEaERBLElBQU0sU0FBUyxJQUFJLGdCQUFnQixDQUFDQyxXQUFVLElBQUksV0FBVyxZQUFZQSxNQUFLLENBQUMsQ0FBQztBQU16RSxTQUFTLE9BQVUsTUFBcUM7QUFDN0QsUUFBTSxRQUFRLE9BQU8sS0FBS0MsTUFBSyxHQUFHLG1CQUFtQjtBQUNyRCxFQUFBQSxNQUFLLEdBQUcsUUFBUSxTQUFTLFdBQVcsTUFBTTtBQUMxQyxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixVQUFFO0FBQ0EsV0FBT0EsTUFBSyxHQUFHLFFBQVEsU0FBUztBQUFBLEVBQ2xDO0FBQ0Y7OztBRWpCTyxJQUFNLGdCQUFnQjs7O0FWVXRCLElBQU0sa0JBQW9ELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHcEcsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQWVPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUcxQixZQUNtQixTQUNqQixLQUNpQixVQUFtQixXQUNwQztBQUhpQjtBQUVBO0FBTG5CLHdCQUFpQjtBQU9mLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sV0FBVyxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUMxRCxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDaEQ7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQyxRQUNKLEtBQUssWUFBWSxVQUFVLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUSxJQUFJLEVBQUUsTUFBTSxPQUFPLE1BQU07QUFDakYsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxXQUFPLE9BQU8sQ0FBQyxVQUFVO0FBQ3ZCLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUE7QUFBQSxRQUNBO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksS0FBSyxZQUFZLFdBQVc7QUFDOUIsY0FBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLGNBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELHFCQUFhLE9BQU8sUUFBUSxRQUFRLFFBQVEsUUFBUTtBQUNwRCx1QkFBZSxFQUFFLFNBQVMsTUFBTSxTQUFTLE9BQU8sUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLFlBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQztBQUFBLE1BQzdIO0FBQ0EsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FXdkZBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7QUFRakIsSUFBTSxRQUFRLElBQUksWUFBWSxxQkFBcUIsTUFBZ0IsS0FBSyxNQUFNLEtBQUssbUJBQW1CLENBQUMsQ0FBQztBQU1qRyxTQUFTLGNBQWMsS0FBb0I7QUFDaEQsUUFBTSxLQUFLQyxNQUFLLEdBQUc7QUFDbkIsUUFBTSxZQUFZQSxNQUFLLEdBQUc7QUFFMUIsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLGFBQWEsTUFBTSxNQUFNO0FBQ3pELFNBQU8sWUFBWSxJQUFJLFFBQVEsTUFBTSxJQUFJLFNBQVM7QUFDcEQ7OztBQ2xCTyxJQUFNLFNBQTRCLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUNoSCxRQUFNLFFBQVEsd0JBQXdCLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ2hFLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHTSxJQUFNLFFBQTJCLFVBQVUscUNBQXFDLENBQUMsUUFBUTtBQUM5RixRQUFNLFFBQVEsMkNBQTJDLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ25GLFNBQU8sU0FBUyxLQUFLLFNBQVMsSUFBSSxRQUFRO0FBQzVDLENBQUM7QUFHTSxTQUFTLEtBQUssS0FBZ0M7QUFDbkQsU0FBTyxVQUFVLDRCQUE0QixHQUFHLElBQUksQ0FBQyxRQUFRO0FBQzNELFVBQU0sUUFBUSxZQUFZLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ3BELFdBQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDOUMsQ0FBQztBQUNIO0FBR08sSUFBTSxnQkFBZ0I7QUFpQnRCLFNBQVMsV0FBVyxLQUFVLFVBQTBCO0FBQzdELFNBQU8sUUFBUSxLQUFLLFdBQVcsS0FBSyxhQUFhLEdBQUcsUUFBUTtBQUM5RDtBQUdPLFNBQVMsYUFBYSxLQUFVLFVBQWtCLFVBQTBCO0FBQ2pGLFNBQU8sUUFBUSxLQUFLLFVBQVUsVUFBVSxRQUFRO0FBQ2xEO0FBR08sSUFBTSxlQUFrQztBQUFBLEVBQVU7QUFBQSxFQUEyQyxDQUFDLFFBQ25HLGlCQUFpQixLQUFLLEdBQUcsS0FBSyxXQUFXLEdBQUcsTUFBTSxTQUFZLE1BQU07QUFDdEU7QUFHTyxTQUFTLFNBQVMsS0FBVSxVQUFrQixVQUEwQjtBQUM3RSxTQUFPLFFBQVEsS0FBSyxVQUFVLGNBQWMsUUFBUTtBQUN0RDs7O0FDMUNPLFNBQVMsV0FBVyxLQUFlO0FBQ3hDLFNBQU87QUFBQSxJQUNMLFdBQVcsUUFBUSxLQUFLLFlBQVksT0FBTyxHQUFHO0FBQUEsSUFDOUMsWUFBWSxRQUFRLEtBQUssbUJBQW1CLEtBQUssR0FBRyxHQUFHLENBQUM7QUFBQSxFQUMxRDtBQUNGO0FBT08sU0FBUyxZQUFZLEdBQVcsU0FBaUJDLE1BQWlCO0FBQ3ZFLE1BQUksSUFBSUEsS0FBSSxVQUFXLFFBQU87QUFDOUIsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFdBQVdBLEtBQUksV0FBWSxRQUFPO0FBQ3RDLFNBQU8sSUFBSUEsS0FBSSxhQUFhLElBQUlBLEtBQUksYUFBYSxJQUFJLFdBQVc7QUFDbEU7QUFHTyxTQUFTLFlBQVksR0FBVyxRQUFtQztBQUN4RSxTQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUU7OztBQ3JDQSxPQUFPQyxXQUFVO0FBV2pCLElBQUk7QUFPRyxTQUFTLE1BQU1DLFNBQTRCO0FBQ2hELE1BQUksQ0FBQyxTQUFTO0FBQ1osVUFBTSxTQUFTQyxNQUFLLEtBQUssUUFBUSxNQUFNLFVBQVVELFFBQU87QUFDeEQsY0FBVSxFQUFFLFFBQVEsUUFBUSxVQUFVLE1BQU0sRUFBRTtBQUFBLEVBQ2hEO0FBQ0EsU0FBTztBQUNUOzs7QUN4QkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsV0FBQUUsZ0JBQWU7QUFTeEIsSUFBTSxnQkFBZ0IsSUFBSUMsU0FBUSxjQUFjO0FBTXpDLFNBQVMsUUFBVyxPQUFVLE1BQTZDQyxPQUFrRDtBQUNsSSxNQUFJLE1BQU07QUFDVixhQUFXLENBQUMsTUFBTSxTQUFTLEtBQUssT0FBTyxRQUFRLElBQUksR0FBRztBQUNwRCxVQUFNLFNBQVMsTUFBTSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEdBQUcsVUFBVSxHQUFHQSxLQUFJO0FBQ3ZELGtCQUFjLElBQUksR0FBRyxFQUFFLEdBQUdBLE9BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3hELFFBQUksQ0FBQyxPQUFRLGtCQUFpQkEsS0FBSTtBQUNsQyxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUNoQk8sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBbUM7QUFDdkYsUUFBTSxTQUFTLElBQUksZUFBZSxTQUFTLEtBQUssT0FBTztBQUN2RCxNQUFJLFVBQVU7QUFDZCxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLEVBQUUsVUFBVSxNQUFNLElBQUksT0FBTyxLQUFLLEtBQUs7QUFDN0MsUUFBSSxDQUFDLE9BQU87QUFDVixjQUFRLEtBQUssZUFBZSxLQUFLLGFBQWEsU0FBUyxNQUFNLGdCQUFnQixJQUFJLE1BQU0sZUFBZTtBQUN0RztBQUFBLElBQ0Y7QUFDQSxlQUFXLFFBQVEsTUFBTSxPQUFPLENBQUNDLFNBQVEsYUFBYUEsTUFBSyxJQUFJLE1BQU0sQ0FBQyxHQUFHO0FBQ3ZFLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLE9BQVE7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFVBQVUsRUFBRyxTQUFRLEtBQUssa0JBQWtCLE9BQU8saUJBQWlCLElBQUksTUFBTSxFQUFFO0FBQ3BGLFNBQU87QUFDVDs7O0FDR08sU0FBUyxhQUFhQyxTQUFxQkMsTUFBd0I7QUFDeEUsUUFBTSxVQUFpQixDQUFDO0FBQ3hCLE1BQUk7QUFDSixTQUFPO0FBQUEsSUFDTCxRQUFjO0FBQ1osWUFBTSxNQUFNLE1BQU1ELE9BQU07QUFDeEIsMEJBQVcsSUFBSSxlQUFlQSxRQUFPLFNBQVMsR0FBRztBQUNqRCxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBRyxRQUFRLFFBQVFDLElBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0YsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELGtCQUFRLE1BQU0sRUFBRSxnQ0FBZ0MsQ0FBQyxXQUFXLE9BQU8sVUFBVSxPQUFVLEdBQUcsRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQUEsUUFDcEg7QUFDQTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLE9BQU8sY0FBYyxHQUFHO0FBRzlCLFVBQUksT0FBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCLEtBQU0sU0FBUSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RjtBQUFBLElBQ0EsUUFBYztBQUNaLGVBQVNBLFFBQU8sU0FBUyxNQUFNQSxPQUFNLEdBQUdBLFFBQU8sTUFBTTtBQUFBLElBQ3ZEO0FBQUEsRUFDRjtBQUNGOzs7QUNuRE8sSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFDbkU7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFDeEM7OztBQ0hPLFNBQVMsWUFBWUcsU0FBOEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsTUFBTSxFQUFFLEdBQUdBLFFBQU8sTUFBTSxRQUFRQSxRQUFPLE9BQU87QUFBQSxJQUM5QyxZQUFZO0FBQUEsSUFDWixXQUFXLFlBQVlBLFFBQU8sUUFBUSxhQUFhLEVBQUU7QUFBQTtBQUFBLElBRXJELHVCQUF1QjtBQUFBLElBQ3ZCLGNBQWM7QUFBQSxJQUNkLGlCQUFpQjtBQUFBLEVBQ25CO0FBQ0Y7OztBQ2dCTyxJQUFNLG9CQUFzRCxFQUFFLE1BQU0sR0FBRyxNQUFNLElBQUksTUFBTSxLQUFLO0FBRzVGLFNBQVMsUUFBUUMsV0FBMEI7QUFFaEQsVUFBUSxXQUFXQSxTQUFRLEtBQUssS0FBSztBQUN2QztBQWFPLFNBQVMsa0JBQWtCLFVBQW1DO0FBQ25FLFFBQU1DLGFBQVksSUFBSSxrQkFBa0IsU0FBUyxRQUFRO0FBQ3pELE1BQUksU0FBUyxhQUFhLHdCQUF5QixRQUFPLFNBQVMsT0FBT0EsYUFBWSxRQUFRLFNBQVMsUUFBUTtBQUMvRyxNQUFJQyxRQUFPLFNBQVM7QUFDcEIsTUFBSSxRQUFRO0FBQ1osYUFBVyxTQUFTLFNBQVMsUUFBUTtBQUNuQyxjQUFXQSxRQUFPLE1BQU0sVUFBVSxJQUFLRCxhQUFZLFFBQVEsTUFBTSxRQUFRO0FBQ3pFLElBQUFDLFFBQU8sTUFBTTtBQUFBLEVBQ2Y7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxJQUFNLG9CQUFvQjtBQU9uQixTQUFTLE9BQU8sZUFBdUIsUUFBNkQ7QUFDekcsUUFBTSxTQUFTLEtBQUssS0FBSyxnQkFBZ0Isb0JBQW9CLENBQUM7QUFDOUQsU0FBTyxFQUFFLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUMsR0FBRyxPQUFPO0FBQzFFO0FBR08sU0FBUyxVQUFVQyxPQUFvQjtBQUM1QyxTQUFPQSxNQUFLLE9BQU8sa0JBQWtCQSxNQUFLLFFBQVE7QUFDcEQ7OztBQ3hFTyxJQUFNLGVBQXNDLENBQUMsV0FBVyxnQkFBZ0I7QUFReEUsSUFBTSxZQUFnQyxDQUFDLFFBQVEsUUFBUSxRQUFRO0FBaUMvRCxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGlCQUFpQjtBQUV2QixJQUFNLHVCQUF1QjtBQUU3QixJQUFNLHNCQUFzQjtBQUU1QixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLFFBQTJCLFVBQVUsd0NBQXdDLENBQUMsUUFBUTtBQUMxRixNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxRQUFRLElBQUksUUFBUTtBQUMxQyxDQUFDO0FBR0QsSUFBTUMsU0FBMkI7QUFBQSxFQUFVO0FBQUEsRUFBcUMsQ0FBQyxRQUMvRSxzQkFBc0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbEQ7QUFHQSxJQUFNLGFBQWdDLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUM3RyxNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR0QsU0FBUyxRQUFRLE9BQWUsV0FBc0M7QUFDcEUsU0FBTyxVQUFVLDhCQUE4QixLQUFLLEtBQUssU0FBUyxLQUFLLENBQUMsUUFBUTtBQUM5RSxVQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNyRCxXQUFPLFNBQVMsU0FBUyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxRCxDQUFDO0FBQ0g7QUFHQSxJQUFNLGdCQUFnQixTQUFTLHlCQUF5Qiw4Q0FBOEM7QUFNL0YsU0FBUyxpQkFBaUIsS0FBVSxhQUFtQztBQUM1RSxRQUFNQyxTQUFRLFFBQVEsS0FBSyxjQUFjLGlCQUFpQixjQUFjO0FBQ3hFLFNBQU87QUFBQSxJQUNMLFNBQVMsUUFBUSxLQUFLLGVBQWUsTUFBTSxZQUFZLEdBQUcsU0FBUztBQUFBLElBQ25FLE1BQU0sUUFBUSxLQUFLLFlBQVksTUFBTSxTQUFTLEdBQUcsV0FBVztBQUFBLElBQzVELE9BQUFBO0FBQUEsSUFDQSxPQUFPLFFBQVEsS0FBSyxjQUFjLFFBQVFBLFFBQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0JBLE1BQUssQ0FBQztBQUFBLElBQy9GLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLG9CQUFvQjtBQUFBLElBQzFFLFFBQVEsUUFBUSxLQUFLLGNBQWMsT0FBTyxvQkFBb0I7QUFBQSxJQUM5RCxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsWUFBWSxtQkFBbUI7QUFBQSxJQUMzRSxZQUFZLFFBQVEsS0FBSyxtQkFBbUJELFFBQU8sbUJBQW1CO0FBQUEsSUFDdEUsU0FBUztBQUFBLE1BQ1AsS0FBSyxRQUFRLEtBQUssZUFBZSxLQUFLLHVCQUF1QjtBQUFBLE1BQzdELFVBQVUsUUFBUSxLQUFLLHFCQUFxQixlQUFlLE9BQU87QUFBQSxNQUNsRSxTQUFTLFFBQVEsS0FBSyxvQkFBb0IsZUFBZSxNQUFNO0FBQUEsTUFDL0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNGOzs7QUMvR08sSUFBTSx1QkFBdUI7QUFzQjdCLFNBQVMsZUFBZSxLQUEwQjtBQUN2RCxRQUFNLFFBQVEsUUFBYyxLQUFLLGVBQWUsTUFBZSxFQUFFLE1BQU0sSUFBSSxVQUFVLEtBQUssQ0FBQztBQUMzRixRQUFNLFlBQVksUUFBUSxLQUFLLGNBQWMsS0FBSyxHQUFTLEdBQUcsRUFBRTtBQUNoRSxRQUFNLFFBQVEsUUFBUSxLQUFLLGVBQWUsS0FBSyxvQkFBb0IsR0FBRyxFQUFFO0FBQ3hFLFFBQU0sT0FBTyxhQUFhLEtBQUssaUJBQWlCLElBQUk7QUFDcEQsUUFBTSxPQUFPLFNBQVMsS0FBSyxhQUFhLElBQUk7QUFDNUMsUUFBTSxTQUFTLFdBQVcsS0FBSyxHQUFJO0FBQ25DLFFBQU0sWUFBWSxNQUFNLEtBQUssRUFBRSxRQUFRLE1BQU0sR0FBRyxDQUFDLEdBQUcsTUFBTSxNQUFNLE9BQU8sSUFBSSxTQUFTO0FBQ3BGLFFBQU0sU0FBa0IsQ0FBQyxFQUFFLFVBQVUsTUFBTSxRQUFRLFVBQVUsQ0FBQyxFQUFFLENBQUM7QUFDakUsYUFBVyxVQUFVLFVBQVUsTUFBTSxDQUFDLEVBQUcsUUFBTyxLQUFLLEVBQUUsVUFBVSxNQUFNLE9BQU8sR0FBRyxFQUFFLFVBQVUsTUFBTSxPQUFPLENBQUM7QUFDM0csUUFBTSxPQUFPLFVBQVUsRUFBRSxNQUFNLFVBQVUsUUFBUSxDQUFDLEdBQUcsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUMvRSxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsTUFDUixVQUFVO0FBQUEsTUFDVixXQUFXLFVBQVUsQ0FBQztBQUFBLE1BQ3RCLFVBQVUsTUFBTTtBQUFBLE1BQ2hCO0FBQUEsTUFDQSxHQUFHLE9BQU8sTUFBTSxNQUFNO0FBQUEsTUFDdEIsY0FBYztBQUFBLElBQ2hCO0FBQUEsSUFDQTtBQUFBLElBQ0EsVUFBVSxNQUFNO0FBQUEsSUFDaEIsYUFBYSxRQUFRLElBQUk7QUFBQSxJQUN6QixhQUFhLFFBQVEsSUFBSTtBQUFBO0FBQUEsSUFFekIsT0FBTyxpQkFBaUIsS0FBSyxRQUFRLEVBQUU7QUFBQSxJQUN2QyxjQUFjLFFBQVEsS0FBSyxvQkFBb0IsT0FBTyxJQUFJO0FBQUEsRUFDNUQ7QUFDRjtBQUdPLFNBQVMsT0FBT0UsT0FBc0IsZ0JBQWdDO0FBQzNFLE1BQUksaUJBQWlCQSxNQUFLLFlBQWEsUUFBTztBQUM5QyxRQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8saUJBQWlCQSxNQUFLLGdCQUFnQkEsTUFBSyxjQUFjQSxNQUFLLFlBQVk7QUFDdkcsU0FBTyxLQUFLLElBQUksTUFBTUEsTUFBSyxVQUFVLFNBQVMsQ0FBQztBQUNqRDtBQUdPLFNBQVMsV0FBVyxRQUErRCxNQUFzQjtBQUM5RyxTQUFPLEdBQUcsTUFBTSxTQUFTLElBQUk7QUFDL0I7QUFVTyxTQUFTLGVBQWVBLE9BQXVEO0FBQ3BGLFFBQU0sYUFBOEMsQ0FBQztBQUNyRCxFQUFBQSxNQUFLLFVBQVUsUUFBUSxDQUFDLEdBQUcsU0FBUztBQUNsQyxlQUFXLFdBQVcscUJBQXFCLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLFNBQVNBLE1BQUssS0FBSyxJQUFJLGFBQWEsS0FBSyxDQUFDO0FBQzVHLGVBQVcsV0FBVyxtQkFBbUIsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLFdBQVcsUUFBUUEsTUFBSyxZQUFZLElBQUksYUFBYSxLQUFLLENBQUM7QUFDaEgsZUFBVyxXQUFXLGFBQWEsSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVO0FBQUEsRUFDekQsQ0FBQztBQUNELFNBQU87QUFDVDtBQUdPLFNBQVMsWUFBWUEsT0FBc0IsU0FBdUY7QUFDdkksU0FBT0EsTUFBSyxVQUFVLElBQUksQ0FBQyxHQUFHLFNBQVM7QUFDckMsVUFBTSxXQUFXLFFBQVEsV0FBVyxhQUFhLElBQUksQ0FBQyxHQUFHLE9BQU8sU0FBUztBQUN6RSxVQUFNLFFBQVEsQ0FBQyxRQUFpRCxTQUM5RCxXQUFXLElBQUssUUFBUSxXQUFXLFFBQVEsSUFBSSxDQUFDLEdBQUcsT0FBTyxJQUFJLEtBQUssT0FBUTtBQUM3RSxXQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0scUJBQXFCLE9BQU8sR0FBRyxXQUFXLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTO0FBQUEsRUFDbkgsQ0FBQztBQUNIO0FBR08sU0FBUyxlQUFlLFFBQWtDO0FBQy9ELE1BQUksT0FBTyxlQUFlLE1BQU07QUFDOUIsV0FBTyw4Q0FBOEMsT0FBTyxlQUFlLENBQUMsZUFBZSxPQUFPLFFBQVE7QUFBQSxFQUM1RztBQUNBLFFBQU0sT0FBTyxPQUFPLGdCQUFnQixPQUFPLGlDQUFpQyx3QkFBd0IsT0FBTyxXQUFXO0FBQ3RILFNBQU8sd0JBQXdCLE9BQU8sVUFBVSxnQkFBZ0IsT0FBTyxXQUFXLEtBQUssT0FBTyxNQUFNLE1BQU0sSUFBSTtBQUNoSDtBQTBCTyxTQUFTLFdBQVdBLE9BQXNCLE9BQXVDO0FBQ3RGLFFBQU0sTUFBTSxDQUFDLFNBQWlCLFVBQVUsRUFBRSxNQUFNQSxNQUFLLFVBQVUsSUFBSSxHQUFHLFVBQVVBLE1BQUssU0FBUyxDQUFDO0FBQy9GLFFBQU0sTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxDQUFDO0FBQzlDLGFBQVcsS0FBSyxLQUFLO0FBQ25CLFVBQU0sT0FBTyxFQUFFLFVBQVUsUUFBUSxFQUFFLFNBQVNBLE1BQUs7QUFDakQsVUFBTSxVQUFVLEVBQUUsY0FBYyxRQUFRLEVBQUUsYUFBYUEsTUFBSztBQUM1RCxRQUFJLFFBQVEsU0FBUztBQUNuQixZQUFNLFNBQVMsT0FDWCxPQUFPLEVBQUUsTUFBTyxRQUFRLENBQUMsQ0FBQyxTQUFTQSxNQUFLLEtBQUssUUFDN0MsZUFBZSxFQUFFLFlBQWEsS0FBSyxRQUFRLENBQUMsQ0FBQyxRQUFRQSxNQUFLLGVBQWUsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUM1RixhQUFPO0FBQUEsUUFDTCxhQUFhLEVBQUU7QUFBQSxRQUNmLFlBQVksSUFBSSxFQUFFLElBQUk7QUFBQSxRQUN0QixhQUFhLEVBQUUsT0FBTyxJQUFJLElBQUksRUFBRSxPQUFPLENBQUMsSUFBSTtBQUFBLFFBQzVDO0FBQUEsUUFDQSxVQUFVLElBQUk7QUFBQSxRQUNkO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLElBQUksU0FBUyxJQUFJLElBQUksU0FBUyxDQUFDLEVBQUUsT0FBTztBQUNyRCxTQUFPLEVBQUUsYUFBYSxNQUFNLFlBQVksTUFBTSxhQUFhLFNBQVMsT0FBTyxPQUFPLElBQUksSUFBSSxHQUFHLFFBQVEsTUFBTSxVQUFVLElBQUksUUFBUSxNQUFNO0FBQ3pJOzs7QUM3SE8sU0FBUyxVQUFVLFVBQTJCQyxNQUFVLFFBQStCO0FBQzVGLFFBQU0sYUFBYSxzQkFBc0IsUUFBUTtBQUNqRCxRQUFNLFFBQVEsRUFBRSxPQUFPLEdBQUcsUUFBUSxZQUFZLE9BQU9BLEtBQUksWUFBWSxPQUFPO0FBQzVFLFFBQU0sU0FBUyxFQUFFLE9BQU8sR0FBRyxRQUFRLFlBQVksUUFBUSxJQUFJQSxLQUFJLGFBQWEsT0FBTztBQUNuRixTQUFPLEVBQUUsVUFBVSxFQUFFLEtBQUssT0FBTyxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQUcsUUFBUSxNQUFNO0FBQ2pGO0FBR08sU0FBUyxzQkFBc0IsVUFBbUM7QUFDdkUsU0FBTyxLQUFLLEtBQUssa0JBQWtCLFFBQVEsSUFBSSxJQUFJO0FBQ3JEO0FBR08sU0FBUyxlQUFlLFVBQTJCQSxNQUFVLFFBQXlCO0FBQzNGLFNBQU8sRUFBRSxRQUFRLFVBQVUsVUFBVUEsTUFBSyxNQUFNLEdBQUcsbUJBQW1CLHNCQUFzQixRQUFRLEVBQUU7QUFDeEc7OztBQ2hDTyxTQUFTLGFBQWEsUUFBZ0JDLE9BQXNDO0FBQ2pGLFFBQU0sU0FBUyxPQUFPLFFBQVFBLEtBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUU7QUFDM0UsU0FBTyxPQUFPLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQzVEO0FBR08sU0FBUyxhQUFhQyxNQUFtQztBQUM5RCxTQUFPLGFBQWEsb0JBQW9CQSxLQUFJLE9BQU87QUFDckQ7QUFHTyxTQUFTLGtCQUFrQkEsTUFBZ0M7QUFDaEUsTUFBSSxDQUFDQSxLQUFJLEtBQU0sT0FBTSxJQUFJLE1BQU0sMkRBQTJEO0FBQzFGLFNBQU8sU0FBU0EsS0FBSSxLQUFLLFFBQVE7QUFDbkM7QUFHTyxJQUFNLG1CQUFtQjtBQUd6QixTQUFTLGFBQWEsVUFBMEM7QUFDckUsU0FBTyxFQUFFLFNBQVM7QUFDcEI7QUFxQk8sU0FBUyxrQkFBa0IsU0FBeUIsT0FBa0Q7QUFDM0csUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsUUFBTSxTQUFTLENBQUMsZUFDZCxNQUFNLFNBQVMsV0FBVyxhQUFhLE1BQU0sU0FBUyxTQUFTLEVBQUUsV0FBVyxZQUFZLGFBQWEsS0FBSyxJQUFJO0FBQ2hILGFBQVdELFFBQU8sU0FBUztBQUN6QixJQUFBQyxLQUFJLGFBQWFELElBQUcsR0FBRyxPQUFPLGtCQUFrQkEsSUFBRyxDQUFDLENBQUM7QUFDckQsSUFBQUMsS0FBSSxhQUFhRCxLQUFJLFFBQVFBLEtBQUksSUFBSSxHQUFHLEdBQUdBLEtBQUksSUFBSSxLQUFLO0FBQ3hELElBQUFDLEtBQUksYUFBYUQsS0FBSSxPQUFPQSxLQUFJLElBQUksR0FBRyxNQUFNLFNBQVMsV0FBVyxhQUFhLGdCQUFnQjtBQUFBLEVBQ2hHO0FBQ0EsUUFBTSxNQUFNLGFBQWEsTUFBTSxRQUFRO0FBQ3ZDLEVBQUFDLEtBQUksYUFBYSxhQUFhLEdBQUcsR0FBRyxVQUFVO0FBQzlDLEVBQUFBLEtBQUksYUFBYSxtQkFBbUIsR0FBRyxHQUFHLFNBQVM7QUFDbkQsRUFBQUEsS0FBSSxhQUFhLHFCQUFxQixHQUFHLEdBQUcsVUFBVTtBQUN0RCxFQUFBQSxLQUFJLGFBQWEscUJBQXFCLEdBQUcsR0FBRyxVQUFVO0FBQ3RELE1BQUksTUFBTSx5QkFBeUIsT0FBVyxDQUFBQSxLQUFJLG9CQUFvQixPQUFPLGtCQUFrQixNQUFNLG9CQUFvQixDQUFDLENBQUM7QUFDM0gsU0FBTztBQUNUO0FBR08sSUFBTSxxQkFBcUI7QUFHM0IsU0FBUyxrQkFBa0IsWUFBNEI7QUFDNUQsU0FBTyxVQUFVLFVBQVU7QUFDN0I7QUFHTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDdkUzRixJQUFNLG9CQUFvQjtBQUcxQixTQUFTLGFBQWEsT0FBZSxLQUF3QjtBQUNsRSxTQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxJQUFJLG1CQUFtQixJQUFJLEtBQUssTUFBTSxHQUFHLElBQUksa0JBQWtCO0FBQ2hHO0FBUU8sU0FBUyxXQUFXLFNBQTBCLFlBQXdCLE9BQWUsT0FBMEI7QUFDcEgsUUFBTSxNQUFNLEVBQUUsT0FBTyxRQUFRLFVBQVUsTUFBTSxRQUFRLFNBQVMsT0FBTyxRQUFRLFNBQVMsRUFBRSxVQUFVO0FBQ2xHLFFBQU0sT0FBTztBQUFBLElBQ1gsWUFBWTtBQUFBLElBQ1osU0FBUyxDQUFDLFVBQVUsWUFBWSxLQUFLLEtBQUssQ0FBQztBQUFBLElBQzNDLE9BQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxJQUFJLEdBQUcsSUFBSSxPQUFPLE1BQU0sRUFBRSxFQUFFO0FBQUEsRUFDMUQ7QUFDQSxRQUFNLFFBQVEsbUJBQW1CLEtBQUssVUFBVSxFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUM7QUFDbkUsU0FBTyxHQUFHLFFBQVEsR0FBRyxrQ0FBa0MsS0FBSztBQUM5RDtBQUVBLFNBQVMsVUFBVSxZQUF3QixLQUFhLE9BQXdDO0FBQzlGLFVBQVEsWUFBWTtBQUFBLElBQ2xCLEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLFNBQVMsSUFBSSxHQUFHLFdBQVcsV0FBVyxPQUFPLE9BQU8sSUFBSSxXQUFXLFNBQVM7QUFBQSxJQUN2SCxLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxRQUFRLElBQUksR0FBRyxXQUFXLFNBQVMsTUFBTSxNQUFNO0FBQUEsSUFDMUYsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sY0FBYyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxFQUMzRztBQUNGO0FBYU8sU0FBUyxTQUFTLFNBQTBCLFFBQWdCLE9BQXlCO0FBQzFGLFNBQU87QUFBQSxJQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsOEJBQThCLFlBQVksT0FBTyxLQUFLO0FBQUEsSUFDMUYsTUFBTSxXQUFXLFNBQVMsUUFBUSxrQkFBa0IsWUFBWSxNQUFNLEtBQUs7QUFBQSxJQUMzRSxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLDJEQUEyRCxNQUFNO0FBQUEsTUFDakU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNwRU8sSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxrQkFBa0I7OztBQ0d4QixJQUFNLHNCQUFzQjtBQUU1QixJQUFNLGtCQUFrQjtBQWdDeEIsU0FBUyxnQkFBZ0IsTUFBcUIsU0FBeUIsS0FBNEI7QUFDeEcsUUFBTSxNQUFNLElBQUksSUFBSSxZQUFZO0FBQ2hDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxLQUFLLE1BQU0saUJBQWlCLEVBQUUsWUFBWTtBQUNyRixRQUFNLFFBQVEsYUFBYSxPQUFPLEdBQUc7QUFDckMsUUFBTSxPQUFPLFFBQVEsSUFBSSxDQUFDQyxTQUFRLFNBQVMsTUFBTUEsTUFBSyxJQUFJLElBQUksU0FBUyxLQUFLLENBQUM7QUFDN0UsTUFBSSxJQUFJLFNBQVUsTUFBSyxLQUFLLGNBQWMsTUFBTSxLQUFLLEtBQUssQ0FBQztBQUMzRCxRQUFNLFNBQVMsQ0FBQyxRQUFnQixLQUFLLFFBQVEsR0FBRyxHQUFHLFVBQVUsQ0FBQztBQUM5RCxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVCxRQUFRLElBQUk7QUFBQSxJQUNaLFVBQVUsSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJLElBQUk7QUFBQSxJQUNqQixNQUFNLElBQUksSUFBSTtBQUFBLElBQ2QsU0FBUyxJQUFJO0FBQUEsSUFDYixRQUFRLEVBQUUsT0FBTyxJQUFJO0FBQUEsSUFDckIsUUFBUTtBQUFBLE1BQ04sVUFBVSxPQUFPLGFBQWEsYUFBYSxhQUFhLElBQUksUUFBUSxDQUFDLENBQUMsRUFBRSxTQUFTO0FBQUEsTUFDakYsWUFBWSxPQUFPLFlBQVksRUFBRSxTQUFTO0FBQUEsTUFDMUMsaUJBQWlCLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxNQUNoRCxjQUFjLE9BQU8sUUFBUSxFQUFFLFVBQVU7QUFBQSxNQUN6QyxjQUFjLE9BQU8sUUFBUSxFQUFFLFNBQVM7QUFBQSxJQUMxQztBQUFBLElBQ0EsTUFBTSxZQUFZLE1BQU0sU0FBUyxJQUFJLFFBQVE7QUFBQSxJQUM3QztBQUFBLElBQ0EsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLElBQUksUUFBUSxLQUFLO0FBQUEsSUFDbEQsUUFBUSxLQUFLLE1BQU0sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLE1BQU07QUFBQSxFQUNwRDtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQXFCQSxNQUFVLFNBQTBCLE9BQTZCO0FBQ3RHLFFBQU0sU0FBUyxLQUFLLFFBQVEsYUFBYUEsS0FBSSxRQUFRQSxLQUFJLElBQUksQ0FBQztBQUM5RCxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWFBLElBQUcsQ0FBQztBQUM5QyxRQUFNLFlBQVksa0JBQWtCQSxJQUFHO0FBQ3ZDLFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYUEsS0FBSSxPQUFPQSxLQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sU0FBUztBQUNqRixRQUFNLE1BQU0sU0FBUyxPQUFPLFNBQVM7QUFDckMsUUFBTSxXQUFXLFVBQVUsSUFBSyxRQUFRLE9BQU9BLEtBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxXQUFXQSxLQUFJLE1BQU0sWUFBWTtBQUN2QyxRQUFNLFVBQVUsTUFBTSxTQUFTLE1BQU0sVUFBVSxTQUFTLGFBQWEsU0FBUyxHQUFHLEVBQUU7QUFDbkYsU0FBTztBQUFBLElBQ0wsSUFBSUEsS0FBSTtBQUFBLElBQ1IsYUFBYUEsS0FBSTtBQUFBLElBQ2pCLE1BQU1BLEtBQUk7QUFBQSxJQUNWLFFBQVEsYUFBYUEsSUFBRztBQUFBLElBQ3hCO0FBQUEsSUFDQSxNQUFNQSxLQUFJO0FBQUEsSUFDVixXQUFXQSxLQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxZQUFZLFVBQVUsSUFBSSxNQUFNLFVBQVVBLEtBQUksZUFBZTtBQUFBLElBQzdELE1BQU0sVUFBVUEsTUFBSyxLQUFLLE9BQU87QUFBQSxJQUNqQyxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVNBLEtBQUksUUFBUSxTQUFTLEtBQUs7QUFBQSxNQUM5RCxNQUFNLFdBQVcsU0FBUyxRQUFRQSxLQUFJLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDMUQsT0FBTyxXQUFXLFNBQVMsU0FBU0EsS0FBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTQSxLQUFJO0FBQUEsRUFDZjtBQUNGO0FBR08sU0FBUyxVQUFVQSxNQUF5QyxLQUFhLFNBQTBCO0FBQ3hHLFFBQU0sT0FBT0EsS0FBSSxRQUFRLEVBQUUsZUFBZSxTQUFTLFVBQVUsR0FBRyxPQUFPLEVBQUU7QUFDekUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLGNBQWNBLEtBQUk7QUFBQSxJQUNsQixlQUFlLEtBQUs7QUFBQSxJQUNwQixVQUFVLEtBQUs7QUFBQSxJQUNmLE9BQU8sS0FBSztBQUFBLElBQ1osUUFBUSxVQUFVLElBQUksVUFBVSxTQUFTQSxLQUFJLGNBQWMsR0FBRyxJQUFJO0FBQUEsSUFDbEUsVUFBVSxVQUFVLElBQUksZUFBZSxLQUFLLFNBQVMsbUJBQW1CLElBQUk7QUFBQSxJQUM1RSxZQUFZLG1CQUFtQixTQUFTLEtBQUssVUFBVSxlQUFlO0FBQUEsRUFDeEU7QUFDRjtBQU1BLFNBQVMsY0FBYyxNQUFxQixLQUFpQixPQUE2QjtBQUN4RixRQUFNLEVBQUUsbUJBQUFDLG9CQUFtQixXQUFXLElBQUksSUFBSTtBQUM5QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGtCQUFrQjtBQUMvQyxRQUFNLFVBQVUsU0FBUyxPQUFPLFNBQVM7QUFDekMsUUFBTSxZQUFZLGtCQUFrQixVQUFVO0FBQzlDLFFBQU0sVUFBVSxJQUFJLElBQUk7QUFDeEIsUUFBTSxXQUFXQSxxQkFBb0IsSUFBSSxVQUFVQSxxQkFBb0I7QUFDdkUsUUFBTSxTQUFTLDJDQUEyQyxJQUFJLE1BQU07QUFDcEUsUUFBTSxVQUFVLE1BQU1BLG9CQUFtQixXQUFXLFlBQVksU0FBUyxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQ3BHLFNBQU87QUFBQSxJQUNMLElBQUk7QUFBQSxJQUNKLGFBQWEsc0NBQXNDQyxPQUFNLE9BQU8sSUFBSSxRQUFRLENBQUMsWUFBWUQsa0JBQWlCO0FBQUEsSUFDMUcsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOLFdBQVcsRUFBRSxJQUFJLE1BQU0sT0FBTyxTQUFTLE1BQU0sUUFBUTtBQUFBLElBQ3JEO0FBQUEsSUFDQSxTQUFTQTtBQUFBLElBQ1Q7QUFBQSxJQUNBLFlBQVksVUFBVSxJQUFJLFdBQVcsVUFBVSxVQUFVLElBQUksV0FBVztBQUFBLElBQ3hFLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQztBQUFBLElBQ1osT0FBTyxFQUFFLEdBQUcsU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSyxHQUFHLE9BQU8sV0FBVyxJQUFJLElBQUksU0FBUyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQUEsSUFDckgsU0FBUyxFQUFFLFFBQVEsa0JBQWtCLFFBQVEsU0FBUyxJQUFJLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQ0Y7QUFNQSxTQUFTLE1BQU0sU0FBaUIsT0FBZ0IsTUFBb0M7QUFDbEYsTUFBSSxZQUFZLEVBQUcsUUFBTztBQUMxQixNQUFJLFNBQVMsT0FBVyxRQUFPLE9BQU8sU0FBUztBQUMvQyxTQUFPLFFBQVEsU0FBUztBQUMxQjtBQUVBLFNBQVNDLE9BQU0sT0FBdUI7QUFDcEMsU0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUk7QUFDbkM7QUFNQSxTQUFTLFlBQVksTUFBcUIsU0FBeUIsVUFBdUM7QUF6SzFHO0FBMEtFLFFBQU0sT0FBNEIsRUFBRSxLQUFLLElBQUksTUFBTSxhQUFhLFFBQVEsQ0FBQyxFQUFFO0FBQzNFLGFBQVdGLFFBQU8sUUFBUyxXQUFLQSxLQUFJLFdBQVQsV0FBb0IsSUFBSSxNQUFNQSxLQUFJLElBQUk7QUFDakUsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLE1BQXFCRyxPQUFtQztBQUNuRSxRQUFNLFNBQVMsQ0FBQyxXQUFtQixLQUFLLFFBQVEsYUFBYSxRQUFRQSxLQUFJLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDeEYsUUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFNBQVM7QUFDOUMsUUFBTUMsWUFBVyxPQUFPLG1CQUFtQjtBQUMzQyxRQUFNLFVBQVUsQ0FBQyxVQUErQixXQUFXLEtBQUssVUFBVSxTQUFZLFFBQVE7QUFDOUYsU0FBTztBQUFBLElBQ0wsT0FBTyxRQUFRQSxVQUFTLE9BQU8sQ0FBQztBQUFBLElBQ2hDLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxXQUFXLFFBQVEsT0FBTyxpQkFBaUIsRUFBRSxJQUFJO0FBQUEsSUFDakQsS0FBSyxRQUFRLE9BQU8sV0FBVyxFQUFFLElBQUk7QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFDRjs7O0FDM0pPLFNBQVMsWUFBWSxRQUFzQixPQUFPLGVBQXVCO0FBQzlFLFFBQU0sU0FBUyxPQUFPLElBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDbEYsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLEtBQUssVUFBVSxPQUFPLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDckUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHFCQUFxQixLQUFLLElBQUksQ0FBQyxZQUFZLE9BQU8sS0FBSyxlQUFlLE9BQU8sUUFBUSx5QkFBeUIsT0FBTyxPQUFPLFdBQVdDLFNBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXRCxTQUFRLE1BQU0sUUFBUSxDQUFDLENBQUMsSUFBSSxTQUFTO0FBQ2hNLFFBQU0sYUFBYSxPQUFPLFFBQVEsTUFBTSxjQUFjLENBQUMsQ0FBQztBQUN4RCxRQUFNLGdCQUFnQixXQUFXLFNBQzdCLENBQUMsb0JBQW9CLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSx5QkFBeUIsS0FBSyxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxLQUFLLEdBQUcsbUJBQW1CLElBQ2pJLENBQUM7QUFDTCxTQUFPLENBQUNDLE9BQU0sR0FBRyxlQUFlLEdBQUcsTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLGdCQUFnQixFQUFFLEtBQUssSUFBSTtBQUM3RjtBQUVBLFNBQVMsV0FBVyxVQUE2QjtBQUMvQyxRQUFNQSxRQUFPLHVCQUF1QixLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixLQUFLLFNBQVMsU0FBUyxDQUFDLFdBQVdELFNBQVEsU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNySSxRQUFNLFdBQXFCLENBQUM7QUFDNUIsTUFBSSxTQUFTLFNBQVM7QUFDcEIsVUFBTSxFQUFFLFNBQVMsTUFBTSxLQUFLLElBQUksU0FBUztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssT0FBTyxDQUFDLFdBQVcsS0FBSyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksQ0FBQyxZQUFZO0FBQUEsRUFDeEcsV0FBVyxTQUFTLFlBQVksUUFBVztBQUN6QyxhQUFTLEtBQUssMkJBQTJCLEtBQUssU0FBUyxPQUFPLENBQUMsS0FBSztBQUFBLEVBQ3RFO0FBQ0EsTUFBSSxTQUFTLFVBQVcsVUFBUyxLQUFLLHFCQUFxQixLQUFLLFNBQVMsU0FBUyxDQUFDLGVBQWU7QUFDbEcsU0FBTyxTQUFTLFNBQVMsQ0FBQyxHQUFHQyxLQUFJLEtBQUssR0FBRyxVQUFVLGlCQUFpQixFQUFFLEtBQUssSUFBSSxJQUFJLEdBQUdBLEtBQUk7QUFDNUY7QUFFQSxTQUFTRCxTQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ2pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBT0UsTUFBd0I7QUFDN0MsUUFBTSxPQUFPQSxLQUFJO0FBQ2pCLFFBQU0sVUFBVSxLQUFLLE9BQU9BLEtBQUksWUFBWSxLQUFLQSxLQUFJLE9BQU87QUFDNUQsU0FBTztBQUFBLElBQ0wsSUFBSUEsS0FBSTtBQUFBLElBQ1IsV0FBVyxnQkFBZ0JBLElBQUc7QUFBQSxJQUM5QixLQUFLLE9BQU8sR0FBRyxLQUFLLEdBQUcsSUFBSUEsS0FBSSxPQUFPLEtBQUssR0FBRyxPQUFPLElBQUlBLEtBQUksT0FBTztBQUFBLElBQ3BFLE9BQU8sTUFBTSxXQUFXLEdBQUcsWUFBWSxLQUFLLE1BQU1BLEtBQUksT0FBTyxDQUFDLEtBQUssWUFBWSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxZQUFZLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxNQUFNO0FBQUEsSUFDdkksVUFBVSxPQUFPLEtBQUssS0FBSyxRQUFRLFNBQVMsS0FBSyxhQUFhLEtBQUssS0FBS0EsS0FBSSxVQUFVLE1BQU0sVUFBVSxNQUFNLENBQUMsT0FBT0EsS0FBSSxPQUFPO0FBQUEsSUFDL0gsU0FBUyxDQUFDLE9BQU8sTUFBTSxLQUFLLGVBQWUsT0FBTyxZQUFZLEtBQUssWUFBWSxLQUFLLFVBQVUsQ0FBQztBQUFBLElBQy9GLFVBQVVBLEtBQUksYUFBYSxPQUFPLE1BQU0sWUFBWUEsTUFBS0EsS0FBSSxRQUFRO0FBQUEsSUFDckUsU0FBUyxlQUFlQSxLQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRQSxLQUFJLGVBQWUsT0FBTyxNQUFNLFlBQVlBLEtBQUksVUFBVTtBQUFBLEVBQ3BFO0FBQ0Y7QUFFQSxJQUFNLFdBQXdELEVBQUUsY0FBYyxVQUFVLFFBQVEsVUFBVSxTQUFTLElBQUksVUFBVSxVQUFVO0FBR3BJLFNBQVMsZ0JBQWdCQSxNQUE2RDtBQUMzRixRQUFNLFVBQVVBLEtBQUksU0FBUyxZQUFZQSxLQUFJLE9BQU8sU0FBU0EsS0FBSSxJQUFJO0FBQ3JFLFNBQU8sR0FBRyxPQUFPLElBQUlBLEtBQUksVUFBVSxFQUFFLElBQUksWUFBWUEsTUFBS0EsS0FBSSxVQUFVLEtBQUssQ0FBQztBQUNoRjtBQUVBLFNBQVMsWUFBWUEsTUFBbUMsT0FBdUI7QUFDN0UsU0FBT0EsS0FBSSxVQUFVLFNBQVMsT0FBTyxHQUFHQyxPQUFNLE9BQU8sQ0FBQyxDQUFDLFFBQVEsWUFBWSxLQUFLO0FBQ2xGO0FBR08sU0FBUyxZQUFZQyxRQUF1QjtBQUNqRCxNQUFJLENBQUMsT0FBTyxTQUFTQSxNQUFLLEVBQUcsUUFBTztBQUNwQyxTQUFPLEdBQUdELE9BQU1DLFNBQVEsS0FBSyxDQUFDLENBQUM7QUFDakM7QUFFQSxTQUFTRCxPQUFNLE9BQWUsVUFBMEI7QUFDdEQsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLE1BQU0sUUFBUTtBQUNuRTtBQUdPLFNBQVMsV0FBVyxTQUFpQztBQUMxRCxTQUFPLFFBQVEsS0FBSyxPQUFPLENBQUNELFNBQVFBLEtBQUksWUFBWSxNQUFNO0FBQzVEO0FBR08sU0FBUyxTQUFTLFNBQTRCO0FBQ25ELFFBQU0sV0FBVyxRQUFRLEtBQUssT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFlBQVksTUFBTSxFQUFFO0FBQ3RFLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFlBQVksU0FBUyxFQUFFO0FBQ3ZFLE1BQUksV0FBVyxXQUFXLEVBQUcsUUFBTyxPQUFPLFFBQVEsS0FBSyxNQUFNO0FBQzlELFNBQU8sR0FBRyxXQUFXLE1BQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxpQkFBaUIsUUFBUSxjQUFjLE1BQU07QUFDcEc7QUFHTyxTQUFTLGVBQWVBLE1BQXdCO0FBQ3JELFFBQU1HLE9BQU0sT0FBT0gsSUFBRztBQUN0QixNQUFJQSxLQUFJLFlBQVksVUFBVyxRQUFPLDhDQUE4Q0csS0FBSSxTQUFTO0FBQ2pHLE1BQUksQ0FBQ0gsS0FBSSxLQUFNLFFBQU8sV0FBV0csS0FBSSxHQUFHLHdCQUF3QkEsS0FBSSxRQUFRLGdCQUFnQkEsS0FBSSxTQUFTO0FBQ3pHLFFBQU0sSUFBSUgsS0FBSSxLQUFLLFdBQVcsT0FBTyxLQUFLLFNBQVMsa0JBQWtCQSxLQUFJLEtBQUssTUFBTSxDQUFDO0FBQ3JGLFNBQU8sR0FBR0csS0FBSSxHQUFHLFNBQVNBLEtBQUksS0FBSyw4QkFBOEJILEtBQUksS0FBSyxRQUFRLGtCQUFrQkcsS0FBSSxTQUFTLEtBQUssV0FBV0gsS0FBSSxJQUFJLENBQUMsR0FBRyxDQUFDLGNBQWNHLEtBQUksUUFBUTtBQUMxSztBQUVBLElBQU0sYUFBMEQ7QUFBQSxFQUM5RCxjQUFjO0FBQUEsRUFDZCxTQUFTO0FBQUEsRUFDVCxRQUFRO0FBQUEsRUFDUixVQUFVO0FBQ1o7QUFHTyxTQUFTLGtCQUFrQixHQUFtQjtBQUNuRCxTQUFPLEtBQUssT0FBUSxPQUFPLEtBQUssTUFBTSxJQUFJLEdBQUksSUFBSSxHQUFJLElBQUksRUFBRSxjQUFjLENBQUM7QUFDN0U7QUFRTyxTQUFTLFlBQVksU0FBOEI7QUFDeEQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDSCxTQUFRQSxLQUFJLFFBQVFBLEtBQUksWUFBWSxTQUFTO0FBQ2pGLFFBQU0sUUFBUSxPQUFPLE9BQU8sQ0FBQ0EsU0FBUUEsS0FBSSxNQUFNLGVBQWUsSUFBSTtBQUNsRSxNQUFJLE1BQU0sUUFBUTtBQUNoQixVQUFNLEtBQUssR0FBRyxNQUFNLE1BQU0seUhBQXlILE1BQU0sSUFBSSxDQUFDQSxTQUFRQSxLQUFJLEVBQUUsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDNUw7QUFDQSxRQUFNLE9BQU8sT0FBTyxPQUFPLENBQUNBLFNBQVFBLEtBQUksUUFBUUEsS0FBSSxVQUFVQSxLQUFJLEtBQUssYUFBYTtBQUNwRixNQUFJLEtBQUssUUFBUTtBQUNmLFVBQU0sS0FBSyxHQUFHLEtBQUssTUFBTSxxRkFBcUYsS0FBSyxJQUFJLENBQUNBLFNBQVEsR0FBR0EsS0FBSSxFQUFFLEtBQUtBLEtBQUksT0FBTyxNQUFNQSxLQUFJLE1BQU0sYUFBYSxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQ3pNO0FBQ0EsU0FBTztBQUNUOzs7QUM3R08sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLFNBQVMsTUFBTTtBQUNwQyxRQUFNLE1BQU07QUFBQSxJQUNWLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTSxPQUFPLFFBQVEsUUFBUSxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQUEsSUFDckY7QUFBQSxJQUNBLGFBQWEsUUFBUSxPQUFPLGNBQWMsUUFBUSxJQUFJLE9BQU8sUUFBUSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsUUFBUSxDQUFDLENBQUMsY0FBYyxRQUFRLE9BQU87QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFFBQVEsS0FDUixJQUFJLE1BQU0sRUFDVixJQUFJLENBQUNJLFNBQVEsT0FBT0EsS0FBSSxFQUFFLFFBQVEsS0FBS0EsS0FBSSxTQUFTLENBQUMsTUFBTUEsS0FBSSxHQUFHLE1BQU1BLEtBQUksS0FBSyxNQUFNQSxLQUFJLFFBQVEsTUFBTUEsS0FBSSxPQUFPLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLElBQUk7QUFBQSxJQUNwSyxHQUFHLFlBQVksT0FBTyxFQUFFLFFBQVEsQ0FBQyxTQUFTLENBQUMsSUFBSSxLQUFLLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDN0Q7QUFDQSxhQUFXQyxRQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLFFBQVFBLEtBQUksRUFBRSxJQUFJLElBQUksR0FBR0EsS0FBSSxXQUFXLEtBQUssZUFBZUEsSUFBRyxDQUFDLEtBQUssRUFBRTtBQUNwRixlQUFXLFlBQVlBLEtBQUksV0FBVztBQUNwQyxVQUFJLEtBQUssY0FBYyxTQUFTLE9BQU8sT0FBTyxTQUFTLFFBQVEsT0FBTyxTQUFTLE1BQU0sS0FBSyxTQUFTLEtBQUssWUFBWSxTQUFTLE1BQU0sS0FBSyxTQUFTLFVBQVUsUUFBUSxTQUFTLElBQUksRUFBRTtBQUFBLElBQ3BMO0FBQ0EsUUFBSSxLQUFLLGlCQUFpQkEsS0FBSSxNQUFNLElBQUksZ0JBQWdCQSxLQUFJLE1BQU0sS0FBSyxzQkFBc0JBLEtBQUksTUFBTSxLQUFLLEdBQUc7QUFBQSxFQUNqSDtBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxjQUFjLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUcsY0FBYyxRQUFRLE1BQU0sS0FBSyxjQUFjLFFBQVEsTUFBTSxJQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQy9KO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxTQUFTLEtBQUtDLE9BQXNCO0FBQ2xDLFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUs7QUFDbEM7OztBQzlCTyxTQUFTLGNBQWMsU0FBZ0M7QUFDNUQsU0FBTztBQUFBLElBQ0wsTUFBTSxvQkFBb0IsUUFBUSxRQUFRLElBQUksUUFBUSxNQUFNO0FBQUEsSUFDNUQsV0FBVyxRQUFRLE9BQU87QUFBQSxJQUMxQixNQUFNLFFBQVEsT0FBTztBQUFBLElBQ3JCLFlBQVksRUFBRSxRQUFRLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQy9HLE9BQU8sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBUTtBQUMvQixZQUFNQyxPQUFNLE9BQU9ELElBQUc7QUFDdEIsWUFBTSxVQUFVO0FBQUEsUUFDZEEsS0FBSTtBQUFBLFFBQ0osY0FBY0MsS0FBSSxTQUFTO0FBQUEsUUFDM0IsZUFBZUEsS0FBSSxHQUFHLFdBQVdBLEtBQUksS0FBSztBQUFBLFFBQzFDLGNBQWNBLEtBQUksUUFBUTtBQUFBLFFBQzFCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWUQsS0FBSSxPQUFPO0FBQUEsUUFDdkIsR0FBR0EsS0FBSSxVQUFVLElBQUksQ0FBQyxNQUFNLFNBQVMsRUFBRSxPQUFPLEtBQUssRUFBRSxNQUFNLEtBQUssRUFBRSxLQUFLLFlBQVksRUFBRSxNQUFNLEtBQUssRUFBRSxVQUFVLFNBQVMsRUFBRSxRQUFRLEVBQUU7QUFBQSxRQUNqSSxTQUFTQSxLQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVdBLEtBQUksTUFBTSxLQUFLO0FBQUEsUUFDMUIsUUFBUUEsS0FBSSxNQUFNLEtBQUs7QUFBQSxNQUN6QixFQUFFLEtBQUssSUFBSTtBQUNYLGFBQU87QUFBQSxRQUNMLE1BQU1BLEtBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CQSxLQUFJLElBQUk7QUFBQSxRQUN0QyxHQUFJQSxLQUFJLFlBQVksU0FBUyxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUyxlQUFlQSxJQUFHLEdBQUcsTUFBTUEsS0FBSSxTQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsUUFDaEgsV0FBVztBQUFBLE1BQ2I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7OztBQzlCTyxTQUFTLFdBQVcsV0FBbUIsTUFBc0I7QUFDbEUsU0FBTyxHQUFHLFVBQVUsUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFDakQ7QUFHTyxTQUFTLFlBQVksU0FBb0IsV0FBMkM7QUFDekYsU0FBTztBQUFBLElBQ0wsQ0FBQyxXQUFXLFdBQVcsY0FBYyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDNUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxDQUFDLGNBQWMsT0FBTyxDQUFDLENBQUM7QUFBQSxJQUMxRSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxlQUFlLE9BQU87QUFBQSxFQUM5RDtBQUNGOzs7QUNkQSxJQUFNLFVBQXlDO0FBQUEsRUFDN0MsQ0FBQyxNQUFNLEtBQUs7QUFBQSxFQUNaLENBQUMsYUFBYSxXQUFXO0FBQUEsRUFDekIsQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUNwQixDQUFDLFNBQVMsb0JBQW9CO0FBQUEsRUFDOUIsQ0FBQyxZQUFZLFdBQVc7QUFBQSxFQUN4QixDQUFDLFdBQVcsU0FBUztBQUFBLEVBQ3JCLENBQUMsWUFBWSxVQUFVO0FBQUEsRUFDdkIsQ0FBQyxXQUFXLFNBQVM7QUFDdkI7QUFNTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsS0FBSyxJQUFJLE1BQU07QUFDcEMsUUFBTSxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxDQUFDRSxTQUFRQSxLQUFJLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUMxRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixLQUFLLE1BQU0sSUFBSSxDQUFDQyxPQUFNLE1BQU1BLE1BQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQzNHLFFBQU0sTUFBTTtBQUFBLElBQ1YsYUFBYSxRQUFRLE1BQU0sTUFBTSxTQUFTLE9BQU8sQ0FBQyxhQUFhLFFBQVEsT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUFBLElBQ3BHO0FBQUEsSUFDQSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDdEMsR0FBRyxLQUFLLElBQUksQ0FBQ0QsU0FBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxNQUFNQSxLQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUMzRCxHQUFHLFlBQVksT0FBTyxFQUFFLElBQUksQ0FBQyxTQUFTLE9BQU8sSUFBSSxFQUFFO0FBQUEsRUFDckQ7QUFDQSxhQUFXRSxRQUFPLFdBQVcsT0FBTyxHQUFHO0FBQ3JDLFFBQUksS0FBSyxJQUFJLE9BQU9BLEtBQUksRUFBRSxLQUFLQSxLQUFJLFdBQVcsSUFBSSxPQUFPLGVBQWVBLElBQUcsQ0FBQyxFQUFFO0FBQzlFLGVBQVcsWUFBWUEsS0FBSSxXQUFXO0FBQ3BDLFVBQUksS0FBSyxhQUFhLFNBQVMsT0FBTyxLQUFLLFNBQVMsTUFBTSxLQUFLLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxLQUFLLFNBQVMsVUFBVSxRQUFRLFNBQVMsSUFBSSxFQUFFO0FBQ3ZKLFVBQUksS0FBSyxTQUFTLFNBQVMsUUFBUSxFQUFFO0FBQUEsSUFDdkM7QUFDQSxRQUFJLEtBQUssZUFBZUEsS0FBSSxNQUFNLElBQUksSUFBSSxlQUFlQSxLQUFJLE1BQU0sS0FBSyxJQUFJLGVBQWVBLEtBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7OztBQ3JDTyxTQUFTLGtCQUFrQixNQUE2QjtBQUM3RCxRQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEtBQUssU0FBUyxHQUFHLENBQUM7QUFDbkYsUUFBTSxTQUFTLEtBQUssUUFBUSxRQUFRO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLElBQUkscUJBQXFCLEVBQUU7QUFDeEMsTUFBSSxRQUFRO0FBQ1YsVUFBTSxTQUFTLE9BQU8sVUFBVSxNQUFNLE9BQU8sU0FBUztBQUN0RCxRQUFJO0FBQUEsTUFDRixJQUFJLGdCQUFnQixHQUFHLEtBQUssRUFBRTtBQUFBLE1BQzlCLElBQUksb0JBQW9CLEdBQUdDLFNBQVEsT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sVUFBVSxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDNUYsSUFBSSxpQkFBaUIsR0FBR0EsU0FBUSxLQUFLLE9BQU8sUUFBUSxFQUFFLENBQUMsSUFBSSxPQUFPLFNBQVMsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzlGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsT0FBTyxPQUFPLEtBQUssWUFBWTtBQUN6QyxVQUFNLGFBQWEsUUFBUSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxDQUFDO0FBQ2hGLFFBQUksV0FBVyxXQUFXLEVBQUc7QUFDN0IsUUFBSSxLQUFLLE9BQU8sS0FBSyxJQUFJLEdBQUcsV0FBVyxJQUFJLENBQUMsQ0FBQyxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sYUFBYSxNQUFNLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNyRztBQUNBLE1BQUksS0FBSyxrQkFBa0IsS0FBSyxNQUFNLG9CQUFvQixLQUFNLFFBQVEsQ0FBQyxDQUFDLEtBQUssRUFBRTtBQUNqRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsSUFBTSxxQkFBcUIsQ0FBQyxzQkFBc0IsY0FBYyxPQUFPLFdBQVcsb0JBQW9CO0FBQ3RHLElBQU0sbUJBQW1CLENBQUMsaUJBQWlCLFdBQVc7QUFFdEQsSUFBTSxhQUF5RDtBQUFBLEVBQzdELENBQUMsUUFBUSxDQUFDLFNBQVMsS0FBSyxXQUFXLE9BQU8sQ0FBQztBQUFBLEVBQzNDLENBQUMsYUFBYSxDQUFDLFNBQVMsbUJBQW1CLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDekQsQ0FBQyxXQUFXLENBQUMsU0FBUyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNyRCxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLG1CQUFtQixTQUFTLElBQUksS0FBSyxDQUFDLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUMxSDtBQUVBLFNBQVMsSUFBSSxNQUFjLE9BQXVCO0FBQ2hELFNBQU8sT0FBTyxHQUFHLElBQUksR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLEtBQUssS0FBSztBQUNuRDtBQUVBLFNBQVMsYUFBYSxRQUFpQztBQUNyRCxRQUFNLElBQUksT0FBTztBQUNqQixVQUFRLE9BQU8sTUFBTTtBQUFBLElBQ25CLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN6RixLQUFLLFFBQVE7QUFDWCxZQUFNLFNBQVMsRUFBRSxVQUFVLE1BQU0sRUFBRSxTQUFTO0FBQzVDLGFBQU8sR0FBR0EsU0FBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxVQUFVLENBQUMsV0FBVyxLQUFLO0FBQUEsSUFDakU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDdkksS0FBSztBQUNILGFBQU8sQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxPQUFPLEVBQzFELE9BQU8sQ0FBQyxTQUFTLEVBQUUsSUFBSSxNQUFNLE1BQVMsRUFDdEMsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLElBQUksR0FBRyxPQUFPLFFBQVEsQ0FBQyxFQUFFLEVBQzNELEtBQUssR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsT0FBTyxPQUFlLFVBQTBCO0FBQ3ZELE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQyxNQUFNLFNBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDO0FBQ2xJLE1BQUksYUFBYSxPQUFRLFFBQU8sU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxHQUFHLEtBQUssS0FBSyxDQUFDO0FBQ3BJLFNBQU8sS0FBSyxLQUFLO0FBQ25CO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRztBQUM3QztBQUVBLFNBQVNBLFNBQVFDLFFBQXVCO0FBQ3RDLFNBQU8sSUFBSUEsU0FBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQ3BDOzs7QUN4RE8sU0FBUyxTQUNkQyxTQUNBLFVBQ0FDLE9BQ087QUFDUCxTQUFPLGFBQWE7QUFBQSxJQUNsQixRQUFRRCxRQUFPO0FBQUEsSUFDZixjQUFjQSxRQUFPO0FBQUEsSUFDckIsUUFBUUEsUUFBTztBQUFBLElBQ2YsU0FBU0MsTUFBSztBQUFBLElBQ2QsS0FBSztBQUFBLElBQ0wsUUFBUUEsTUFBSztBQUFBLEVBQ2YsQ0FBQztBQUNIO0FBR08sU0FBUyxxQkFBcUJBLE9BQTBDLFVBQStEO0FBQzVJLFNBQU9BLE1BQUssc0JBQXNCLFNBQVksU0FBWSxLQUFLLE1BQU0sU0FBUyxhQUFhQSxNQUFLLGlCQUFpQjtBQUNuSDs7O0FDZE8sU0FBUyxhQUFhLE1BQXFCLE9BQXNEO0FBQ3RHLFFBQU0sRUFBRSxRQUFBQyxTQUFRLEtBQUFDLE1BQUssTUFBQUMsTUFBSyxJQUFJO0FBQzlCLFFBQU0sYUFBYSxxQkFBcUJBLE9BQU1ELElBQUc7QUFDakQsUUFBTSxXQUFXQyxNQUFLLHNCQUFzQixVQUFhLGVBQWUsU0FBWSxTQUFZLEVBQUUsbUJBQW1CQSxNQUFLLG1CQUFtQixXQUFXO0FBQ3hKLFNBQU8sZ0JBQWdCLE1BQU0sU0FBU0YsU0FBUUMsTUFBS0MsS0FBSSxHQUFHO0FBQUEsSUFDeEQsUUFBUUYsUUFBTztBQUFBLElBQ2YsVUFBVUEsUUFBTztBQUFBLElBQ2pCLFNBQVNBLFFBQU87QUFBQSxJQUNoQixLQUFLLE1BQU07QUFBQSxJQUNYLEtBQUFDO0FBQUEsSUFDQTtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBTU8sU0FBUyxpQkFBaUIsTUFBcUIsT0FBK0M7QUFDbkcsUUFBTSxVQUFVLGFBQWEsTUFBTSxLQUFLO0FBQ3hDLFFBQU0sUUFBUSxNQUFNLGFBQ2hCLDhEQUE4RCxNQUFNLE9BQU8sU0FBUztBQUFBLElBQ3BGLGVBQWUsT0FBTztBQUMxQixTQUFPLEVBQUUsUUFBUSxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFBQSxFQUFLLEtBQUssSUFBSSxHQUFHLFlBQVksU0FBUyxNQUFNLE9BQU8sU0FBUyxFQUFFO0FBQzNHOzs7QUNoQ0EsSUFBSTtBQVNHLFNBQVMsV0FDZEUsU0FDQSxVQUNtRDtBQUNuRCxRQUFNLEVBQUUsTUFBTSxHQUFHQyxNQUFLLElBQUk7QUFDMUIsUUFBTSxXQUFXLGFBQWEsQ0FBQyxRQUFRLGlCQUFpQixLQUFLLElBQUksQ0FBQztBQUNsRSxXQUFTLEVBQUUsUUFBQUQsU0FBUSxVQUFVLE1BQUFDLE1BQUs7QUFDbEMsdUJBQXFCLFNBQVMsS0FBSztBQUNuQyx1QkFBcUIsUUFBUTtBQUM3QixRQUFNLFVBQVUsU0FBU0QsU0FBUSxVQUFVQyxLQUFJO0FBQy9DLFFBQU0sYUFBYSxrQkFBa0IsU0FBUztBQUFBLElBQzVDLE1BQU0sU0FBUztBQUFBLElBQ2YsVUFBVUQsUUFBTztBQUFBLElBQ2pCLHNCQUFzQixxQkFBcUJDLE9BQU0sUUFBUTtBQUFBLEVBQzNELENBQUM7QUFDRCxTQUFPLEVBQUUsWUFBWSxtQkFBbUIsb0JBQW9CO0FBQzlEO0FBR08sU0FBUyxhQUFxQztBQUNuRCxTQUFPO0FBQ1Q7OztBQ3BDTyxTQUFTLGNBQWMsTUFBNkM7QUFDekUsUUFBTSxPQUFPLFdBQVc7QUFDeEIsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLE1BQU0scUZBQXFGO0FBR2hILFFBQU1DLFVBQVMsRUFBRSxHQUFHLEtBQUssUUFBUSxRQUFRLE1BQU0sS0FBSyxNQUFNLEVBQUUsT0FBTztBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsTUFBTSxLQUFLO0FBQUEsSUFDWCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLEVBQ3hDLENBQUM7QUFDSDs7O0E3Q0hBLElBQU0sU0FBUyxXQUFXLFlBQVk7QUFDdEMsSUFBTSxPQUFPLGFBQWEsY0FBYztBQUN4QyxJQUFNLE1BQU0sYUFBYSxVQUFVO0FBRW5DLElBQU0sTUFBTSxXQUFXLFFBQVEsRUFBRSxNQUFNLFVBQVUsR0FBRyxlQUFlLEtBQUssVUFBVSxLQUFLLE9BQU8sT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUd2RyxJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXLEVBQUUsWUFBWSxLQUFLLFNBQVM7QUFBQSxFQUN2QyxtQkFBbUIsSUFBSTtBQUFBLEVBQ3ZCLFlBQVksRUFBRSxHQUFHLElBQUksWUFBWSxHQUFHLGVBQWUsSUFBSSxFQUFFO0FBQzNEO0FBRUEsSUFBTSxVQUFVLGFBQWEsUUFBUSxHQUFHO0FBR3pCLFNBQVIscUJBQTBCO0FBQy9CLFFBQU0sa0JBQWtCLEtBQUssSUFBSSxJQUFJQyxNQUFLLFNBQVMsYUFBYTtBQUNoRSxFQUFBQSxNQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sT0FBTyxPQUFPLE1BQU0sY0FBYyxDQUFDO0FBQy9ELFVBQVEsTUFBTTtBQUNoQjtBQUdPLFNBQVMsV0FBaUI7QUFDL0IsVUFBUSxNQUFNO0FBQ2hCO0FBR08sU0FBU0MsZUFBYyxNQUE2QztBQUN6RSxRQUFNLFVBQVUsY0FBYSxJQUFJO0FBQ2pDLFFBQU0sU0FBUyxXQUFXLE1BQU0sWUFBWSxNQUFNLEtBQUssT0FBTyxDQUFDO0FBQy9ELFFBQU0sT0FBTyxlQUFlLE1BQU07QUFDbEMsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsQ0FBQyxXQUFXLE9BQU8sV0FBVyxpQkFBaUIsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLEVBQUUsR0FBRyxRQUFRLEtBQUssR0FBRyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsSUFDbEcsUUFBUSxHQUFHLFFBQVEsVUFBVSxFQUFFO0FBQUEsRUFBSyxJQUFJO0FBQUE7QUFBQSxFQUMxQztBQUNGOyIsCiAgIm5hbWVzIjogWyJleGVjIiwgInRleHQiLCAic2hhcmUiLCAic2xvIiwgInNoYXJlIiwgImR1cmF0aW9uTXMiLCAidGFncyIsICJyb3ciLCAiZXhlYyIsICJjb3VudCIsICJleGVjIiwgInRhZ3MiLCAiZXhlYyIsICJleGVjIiwgIm1peCIsICJleGVjIiwgImNvbmZpZyIsICJleGVjIiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJ0YWdzIiwgInJvdyIsICJjb25maWciLCAibWl4IiwgInJvdyIsICJjb25maWciLCAiZHVyYXRpb24iLCAicGVyU2Vjb25kIiwgInJhdGUiLCAicmF0ZSIsICJzaGFyZSIsICJwOTVNcyIsICJwbGFuIiwgIm1peCIsICJ0YWdzIiwgInNsbyIsICJhZGQiLCAic2xvIiwgInBsYW5uZWRJdGVyYXRpb25zIiwgInJvdW5kIiwgInRhZ3MiLCAiZHVyYXRpb24iLCAic2Vjb25kcyIsICJvcGVuIiwgInNsbyIsICJyb3VuZCIsICJzaGFyZSIsICJyb3ciLCAicm93IiwgInNsbyIsICJ0ZXh0IiwgInNsbyIsICJyb3ciLCAicm93IiwgImNlbGwiLCAic2xvIiwgInBlcmNlbnQiLCAic2hhcmUiLCAiY29uZmlnIiwgInBsYW4iLCAiY29uZmlnIiwgInNsbyIsICJwbGFuIiwgImNvbmZpZyIsICJwbGFuIiwgImNvbmZpZyIsICJleGVjIiwgImhhbmRsZVN1bW1hcnkiXQp9Cg==
