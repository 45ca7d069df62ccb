// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// scenarios/breakpoint.ts
import exec6 from "k6/execution";

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
      out.push(`- [trace \`${exemplar.traceId}\`](${exemplar.traceUrl}) — ${exemplar.method} /${exemplar.beast}, status ${exemplar.status}, ${exemplar.durationMs} ms, ${exemplar.time}`);
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
  const elapsedSeconds = (Date.now() - exec6.scenario.startTime) / 1e3;
  exec6.vu.metrics.tags.step = String(stepAt(plan, elapsedSeconds));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9jbGllbnQudHMiLCAiLi4vdGhyZXNob2xkcy9iYWQtZXZlbnRzLnRzIiwgIi4uL3RocmVzaG9sZHMvcXVlcmllcy50cyIsICIuLi90aHJlc2hvbGRzL3N0YXRpc3RpY3MudHMiLCAiLi4vdGhyZXNob2xkcy9zYW1wbGUudHMiLCAiLi4vdGhyZXNob2xkcy9jYXRhbG9nLnRzIiwgIi4uL2xpYi9leGVtcGxhcnMudHMiLCAiLi4vdGhyZXNob2xkcy9jb21waWxlLnRzIiwgIi4uL3RocmVzaG9sZHMvc2V0dXAudHMiLCAiLi4vdGhyZXNob2xkcy9zZXR0aW5ncy50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL2xpYi9yZXF1ZXN0LXRpbWVvdXQudHMiLCAiLi4vbGliL25hbWVzLnRzIiwgIi4uL2xpYi90cmFjaW5nL2s2LnRzIiwgIi4uL2xpYi90cmFjaW5nL3RyYWNlcGFyZW50LnRzIiwgIi4uL2xpYi92ZXJzaW9uLnRzIiwgIi4uL2xpYi9kYXRhL25hbWVzLnRzIiwgIi4uL2xpYi9wbGFucy9rbm9icy50cyIsICIuLi9saWIvcGxhbnMvbWl4LnRzIiwgIi4uL2xpYi9ydW4taWQudHMiLCAiLi4vdGhyZXNob2xkcy9jaGVja3MudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9taXgudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N0YXJ0LnRzIiwgIi4uL2xpYi9ydW4tbGlmZS50cyIsICIuLi9saWIvam91cm5leXMvcHJvYmUudHMiLCAiLi4vbGliL3N5c3RlbS10YWdzLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9wbGFucy9hcnJpdmFsLnRzIiwgIi4uL2xpYi9wbGFucy9icmVha3BvaW50LnRzIiwgIi4uL2xpYi9wbGFucy9zYW1wbGUudHMiLCAiLi4vdGhyZXNob2xkcy9saW5rcy50cyIsICIuLi90aHJlc2hvbGRzL3N1bW1hcnktc2NoZW1hLnRzIiwgIi4uL3RocmVzaG9sZHMvZXZhbHVhdGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZm9ybWF0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L3Nsby1qdW5pdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9maWxlcy50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90YWJsZS50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC90ZXh0LXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9lbmQtb2YtdGVzdC50cyIsICIuLi9saWIvd2ViLWRhc2hib2FyZC50cyIsICIuLi9saWIvc3VtbWFyeS50cyJdLAogICJtYXBwaW5ncyI6ICI7Ozs7OztBQU9BLE9BQU9BLFdBQVU7OztBQ1BqQixPQUFPLFVBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFBQSxFQUMzQixNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsUUFBUSxDQUFDLE1BQU07QUFBQSxFQUNmLE9BQU8sQ0FBQyxNQUFNO0FBQUEsRUFDZCxNQUFNLENBQUMsUUFBUSxVQUFVO0FBQUEsRUFDekIsWUFBWSxDQUFDO0FBQ2Y7OztBQ0FPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSx1Q0FBdUMsQ0FBQyxRQUFRO0FBQzFHLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXQyxPQUFrQztBQUMzRCxRQUFNLFFBQVEsY0FBYyxLQUFLQSxLQUFJO0FBQ3JDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLEVBQUUsR0FBRyxHQUFHLEdBQUdDLEdBQUUsSUFBSTtBQUN4QixRQUFNLFFBQ0osT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBT0EsT0FBTSxDQUFDO0FBQ2hCLFNBQU8sUUFBUSxJQUFJLFFBQVE7QUFDN0I7QUFHTyxJQUFNLFdBQThCO0FBQUEsRUFBVTtBQUFBLEVBQXVDLENBQUMsUUFDM0YsV0FBVyxHQUFHLE1BQU0sU0FBWSxTQUFZO0FBQzlDO0FBVU8sSUFBTSxPQUF3QixVQUFVLGdGQUFnRixDQUFDLFFBQVE7QUFDdEksUUFBTSxRQUFRLDRCQUE0QixLQUFLLEdBQUc7QUFDbEQsTUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUcsUUFBTztBQUMzQyxTQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsVUFBVSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEdBQUcsR0FBdUI7QUFDdkYsQ0FBQztBQUdNLFNBQVMsTUFBd0IsUUFBb0M7QUFDMUUsU0FBTztBQUFBLElBQVUsVUFBVSxPQUFPLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFBSSxDQUFDLFFBQy9DLE9BQU8sS0FBSyxDQUFDLFVBQVUsTUFBTSxZQUFZLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFBQSxFQUNsRTtBQUNGO0FBR08sU0FBUyxPQUFVLE1BQW9DO0FBQzVELFNBQU8sVUFBVSw2QkFBNkIsS0FBSyxPQUFPLElBQUksQ0FBQyxRQUFRO0FBQ3JFLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3RELFFBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxTQUFTLEVBQUUsS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLFNBQVMsTUFBTSxPQUFRLFFBQU87QUFDdEYsUUFBSTtBQUNGLGFBQU8sTUFBTSxJQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDM0MsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFHTyxJQUFNLFVBQThCLFVBQVUsaUJBQWlCLENBQUMsUUFBUTtBQUM3RSxRQUFNLE9BQU8sSUFBSSxZQUFZO0FBQzdCLE1BQUksQ0FBQyxRQUFRLEtBQUssT0FBTyxJQUFJLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN0RCxNQUFJLENBQUMsU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDdkQsU0FBTztBQUNULENBQUM7QUFHTSxTQUFTLFNBQVMsTUFBYyxTQUFvQztBQUN6RSxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVMsS0FBSyxLQUFLLEdBQUcsSUFBSSxNQUFNLE1BQVU7QUFDdkU7QUFHTyxJQUFNLGFBQWE7QUFFbkIsSUFBTSxhQUFhO0FBTW5CLFNBQVMsS0FBSyxVQUFnRTtBQUNuRixRQUFNLFVBQVUsb0VBQW9FLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDdkcsU0FBTyxVQUFVLFNBQVMsQ0FBQyxRQUFRO0FBQ2pDLFVBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQ2pFLFVBQU0sU0FBaUMsQ0FBQztBQUN4QyxlQUFXLFFBQVEsT0FBTztBQUN4QixVQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsWUFBTSxDQUFDLEtBQUssS0FBSyxJQUFJO0FBQ3JCLFlBQU0sUUFBUSxXQUFXLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxTQUFTLEdBQUcsS0FBSyxXQUFXLEtBQUssS0FBSyxLQUFLLE1BQU0sVUFBVTtBQUMzRyxVQUFJLENBQUMsU0FBUyxPQUFPLE9BQVEsUUFBTztBQUNwQyxhQUFPLEdBQUcsSUFBSTtBQUFBLElBQ2hCO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIOzs7QUM1SE8sSUFBTSxtQkFBbUI7QUFHekIsSUFBTSxxQkFBcUI7QUFHM0IsSUFBTSxvQkFBb0I7QUFBQSxFQUMvQjtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQzNCO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFPO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBcUI7QUFBQSxFQUFTO0FBQUEsRUFDdkY7QUFBQSxFQUFTO0FBQUEsRUFBZTtBQUFBLEVBQVk7QUFBQSxFQUFXO0FBQUEsRUFBWTtBQUFBLEVBQWlCO0FBQUEsRUFBTTtBQUFBLEVBQVE7QUFDNUY7QUFtQ08sSUFBTSxvQkFBb0I7QUFHMUIsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixJQUFJLE9BQU8sV0FBVyxpQkFBaUIsTUFBTSxXQUFXLE9BQU8sTUFBTSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ3pFLFdBQVcsaUJBQWlCO0FBQzlCO0FBR08sU0FBUyxjQUFjLFVBQWtCLEtBQVcsUUFBOEI7QUFDdkYsUUFBTSxPQUFPLElBQUksWUFBWSxFQUFFLFFBQVEsU0FBUyxFQUFFLEVBQUUsUUFBUSxXQUFXLEdBQUc7QUFDMUUsTUFBSSxTQUFTO0FBQ2IsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssV0FBVSxLQUFLLE1BQU0sT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEVBQUU7QUFDM0UsU0FBTyxHQUFHLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLElBQUksSUFBSSxNQUFNO0FBQ25EO0FBTU8sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sVUFBVSxRQUFRLEtBQUssWUFBWSxLQUFLLGdCQUFnQjtBQUM5RCxRQUFNLGVBQWUsUUFBUSxLQUFLLGlCQUFpQixNQUFNLGNBQWMsR0FBRyxTQUFTO0FBQ25GLFFBQU0sUUFBMkIsVUFBVSxZQUFZO0FBQ3ZELFFBQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLE9BQU8sTUFBTSxLQUFLLENBQUMsQ0FBQztBQUNsRSxRQUFNLFNBQVMsU0FBUyxNQUFNLE9BQU8sQ0FBQyxVQUFVLE9BQU8sU0FBUyxLQUFLLENBQUMsSUFBSTtBQUMxRSxTQUFPLEVBQUUsU0FBUyxjQUFjLE9BQU87QUFDekM7QUFHTyxTQUFTLFlBQVksS0FBVSxTQUFvQztBQUN4RSxRQUFNLEVBQUUsU0FBUyxjQUFjLE9BQU8sSUFBSSxZQUFZLEdBQUc7QUFDekQsUUFBTSxPQUFPLFVBQVUsS0FBSyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxTQUFTLFFBQVEsS0FBSyxVQUFVLGlCQUFpQixjQUFjLFFBQVEsVUFBVSxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDbkgsUUFBTSxZQUFZLFFBQVEsS0FBSyxRQUFRLEtBQUssaUJBQWlCLEdBQUcsQ0FBQyxDQUFDO0FBR2xFLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxTQUFTLGdCQUFnQixrQkFBa0IsR0FBRyxrQkFBa0I7QUFDN0csU0FBTyxFQUFFLFVBQVUsUUFBUSxVQUFVLFNBQVMsY0FBYyxRQUFRLE1BQU0sUUFBUSxNQUFNLFdBQVcsVUFBVTtBQUMvRztBQUVBLFNBQVMsVUFBVSxLQUFVLFVBQWlDO0FBQzVELFFBQU0sV0FBVyxlQUFlLFFBQVEsS0FBSyxDQUFDO0FBQzlDLFFBQU0sT0FBTyxDQUFJLFVBQW9CLGFBQTBDO0FBQzdFLFVBQU0sUUFBUSxnQkFBZ0IsS0FBSyxVQUFVLFFBQVE7QUFDckQsUUFBSSxVQUFVLFVBQWEsQ0FBQyxTQUFTLFNBQVMsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sUUFBUSxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSyxJQUFJLENBQUMsS0FBSztBQUNwRSxZQUFNLElBQUksWUFBWSxVQUFVLE9BQU8sSUFBSSxRQUFRLENBQUMsRUFBRSxLQUFLLEdBQUcsaUJBQWlCLFFBQVEsbUJBQW1CLEtBQUssRUFBRTtBQUFBLElBQ25IO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQUEsSUFDTCxLQUFLLEtBQUssT0FBTyxlQUFlO0FBQUEsSUFDaEMsWUFBWSxLQUFLLGNBQWMsZUFBZTtBQUFBLElBQzlDLFVBQVUsS0FBSyxZQUFZLFFBQVE7QUFBQSxJQUNuQyxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQUEsRUFDekI7QUFDRjs7O0FDcEhPLFNBQVMsY0FBYyxXQUFtQixLQUE2QztBQUM1RixNQUFJLFVBQVUsV0FBVyxHQUFHLEVBQUcsUUFBTztBQUN0QyxNQUFJLENBQUMsS0FBSyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2xDLFNBQU8sR0FBRyxJQUFJLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxVQUFVLFFBQVEsVUFBVSxFQUFFLENBQUM7QUFDdEU7QUFTTyxTQUFTLGVBQWUsV0FBbUIsS0FBeUIsTUFBdUM7QUFDaEgsUUFBTSxPQUFPLGNBQWMsV0FBVyxHQUFHO0FBQ3pDLE1BQUksU0FBUyxPQUFXO0FBQ3hCLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxJQUFJO0FBQ1QsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxVQUFNLFVBQVUsT0FBTyxLQUFLO0FBQzVCLFFBQUksaUNBQWlDLEtBQUssT0FBTyxFQUFHO0FBQ3BELFFBQUksQ0FBQyw0QkFBNEIsS0FBSyxPQUFPLEVBQUc7QUFDaEQsY0FBVSxHQUFHLElBQUk7QUFBQSxFQUNuQjtBQUNBLFFBQU0sSUFBSSxZQUFZLGNBQWMsV0FBVyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ25HOzs7QUM5Qk8sSUFBTSxlQUFlO0FBVTVCLElBQU0sV0FBVztBQW1CVixTQUFTLHFCQUFxQixLQUFnQjtBQUNuRCxRQUFNLE1BQU0sSUFBSSxZQUFZLEdBQUcsS0FBSztBQUNwQyxNQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsS0FBSyxHQUFHLEVBQUc7QUFDakMsUUFBTSxJQUFJO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxRQUFRLFVBQVUsUUFBUTtBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGOzs7QVA1Qk8sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLFNBQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBT08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVE7QUFDM0IsVUFBTUMsVUFBUyxZQUFZLEtBQUssRUFBRSxVQUFVLEtBQUssb0JBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDbEYsUUFBSSxTQUFTLEdBQUc7QUFDZCxxQkFBZUEsUUFBTyxXQUFXLElBQUksS0FBSyxDQUFDLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDOUQsMkJBQXFCLEdBQUc7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBUXRDQSxPQUFPLFVBQXVEOzs7QUNBOUQsU0FBUyxlQUFlOzs7QUNZakIsSUFBTSxlQUFlO0FBT3JCLFNBQVMsV0FBVyxNQUFlLFVBQXlCLGFBQXFCLE9BQStCO0FBQ3JILFFBQU0sVUFBVSxhQUFhLE9BQU8sU0FBUyxZQUFZLGNBQWMsV0FBVyxPQUFPLGdCQUFnQjtBQUN6RyxRQUFNLFFBQVEsWUFBWSxPQUFPLFNBQVMsWUFBWSxRQUFRLE9BQU87QUFDckUsTUFBSSxTQUFTLFdBQVc7QUFDdEIsVUFBTSxJQUFJLFlBQVk7QUFDdEIsVUFBTSxXQUFXLGFBQWEsT0FBTyxDQUFDLENBQUM7QUFDdkMsV0FBTztBQUFBLE1BQ0wsUUFBUSxzQkFBc0IsQ0FBQyxxQ0FBcUMsUUFBUTtBQUFBLE1BQzVFLGtCQUFrQiw2QkFBNkIsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUFBLE1BQzdFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUNKLFNBQVMsaUJBQ0wsV0FBVyxzQkFBc0IsT0FBTyxFQUFFLG1CQUFtQixRQUFRLENBQUMsSUFDdEUsV0FBVyw0QkFBNEIsT0FBTyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ3RFLFNBQU8sRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsTUFBTTtBQUM1RDtBQUdBLFNBQVMsV0FBVyxTQUFpQixPQUFtQixNQUFzQztBQUM1RixTQUFPLFFBQVEsT0FBTyxHQUFHLGFBQWEsT0FBTyxJQUFJLENBQUMseUJBQXlCLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUc7QUFFQSxTQUFTLGFBQWEsT0FBbUIsT0FBdUM7QUFDOUUsUUFBTSxTQUFTLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLFFBQVEsR0FBRyxNQUFNO0FBQzFGLFNBQU8sSUFBSSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQzdFO0FBR08sU0FBUyxhQUFhLE9BQW1DLFdBQTRCO0FBQzFGLFFBQU0sUUFBUTtBQUFBLElBQ1osNEJBQTRCLFlBQVk7QUFBQSxJQUN4QyxRQUFRLE1BQU0sR0FBRyxPQUFPLE1BQU0sS0FBSztBQUFBO0FBQUEsSUFFbkMsd0JBQXdCLE1BQU0sTUFBTSxvQ0FBb0MsTUFBTSxNQUFNO0FBQUEsSUFDcEYsR0FBSSxZQUFZLENBQUMsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU8sS0FBSyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2hDO0FBT08sU0FBUyxZQUFZLE9BQW1DLE9BQWdDO0FBQzdGLFFBQU0sUUFBUSxVQUFVLFVBQVUsb0JBQW9CO0FBQ3RELFFBQU0sU0FBUyxrQkFBa0IsWUFBWSxNQUFNLE1BQU0sR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUs7QUFDckYsUUFBTSxpQkFBaUIsRUFBRSxVQUFVLFdBQVcsTUFBTSxXQUFXO0FBQy9ELFNBQU8saUJBQWlCLEdBQUcsTUFBTSxvQkFBb0IsTUFBTSxNQUFNLE1BQU07QUFDekU7OztBQ2hFQSxJQUFNLFVBQVU7QUFBQSxFQUNkO0FBQUEsRUFBcUI7QUFBQSxFQUFtQjtBQUFBLEVBQXFCO0FBQUEsRUFBb0I7QUFBQSxFQUNqRjtBQUFBLEVBQW9CO0FBQUEsRUFBc0I7QUFBQSxFQUF1QjtBQUNuRTtBQUdPLFNBQVMsU0FBUyxHQUFtQjtBQUMxQyxNQUFJLElBQUksSUFBSyxRQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssS0FBSyxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUMsSUFBSSxTQUFTLElBQUksQ0FBQztBQUM5RSxRQUFNLElBQUksSUFBSTtBQUNkLE1BQUksTUFBTSxRQUFRLENBQUM7QUFDbkIsV0FBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLFFBQVEsSUFBSyxRQUFPLFFBQVEsQ0FBQyxLQUFLLElBQUk7QUFDbEUsUUFBTSxJQUFJLElBQUk7QUFDZCxTQUFPLE1BQU0sS0FBSyxJQUFJLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxPQUFPLEtBQUssSUFBSSxDQUFDLElBQUksSUFBSSxLQUFLLElBQUksR0FBRztBQUNqRjtBQUdBLFNBQVMsT0FBTyxHQUFXLEdBQVcsR0FBbUI7QUFDdkQsU0FBTyxTQUFTLElBQUksQ0FBQyxJQUFJLFNBQVMsSUFBSSxDQUFDLElBQUksU0FBUyxJQUFJLElBQUksQ0FBQyxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsQ0FBQztBQUM1RztBQU1BLFNBQVMsU0FBUyxHQUFXLEdBQVcsTUFBYyxNQUFzQjtBQUMxRSxRQUFNLE9BQU8sS0FBSyxJQUFJO0FBQ3RCLE1BQUksT0FBTztBQUNYLE1BQUksTUFBTTtBQUNWLFdBQVMsSUFBSSxNQUFNLFNBQVMsSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHLEtBQUssTUFBTTtBQUN4RCxZQUFRLFNBQVMsS0FBTSxJQUFJLE1BQU0sSUFBSSxLQUFNLE9BQVEsS0FBSyxJQUFJLElBQUksS0FBTTtBQUN0RSxXQUFPO0FBQ1AsUUFBSSxPQUFPLE1BQU0sTUFBTztBQUFBLEVBQzFCO0FBQ0EsU0FBTyxLQUFLLElBQUksT0FBTyxHQUFHLEdBQUcsSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLENBQUM7QUFDcEQ7QUFHTyxTQUFTLFVBQVUsR0FBVyxHQUFXLEdBQW1CO0FBQ2pFLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsUUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssQ0FBQztBQUNuQyxTQUFPLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLElBQUksVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDOUY7QUFHTyxTQUFTLFVBQVUsR0FBVyxHQUFXLEdBQW1CO0FBQ2pFLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsUUFBTSxPQUFPLEtBQUssT0FBTyxJQUFJLEtBQUssQ0FBQztBQUNuQyxTQUFPLElBQUksT0FBTyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsR0FBRyxHQUFHLEVBQUUsQ0FBQyxJQUFJLEtBQUssSUFBSSxHQUFHLElBQUksVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDL0Y7QUFNTyxTQUFTLGNBQWMsR0FBVyxJQUFZLE9BQXVCO0FBQzFFLE1BQUksTUFBTTtBQUNWLE1BQUksT0FBTyxJQUFJO0FBQ2YsU0FBTyxNQUFNLE1BQU07QUFDakIsVUFBTSxNQUFNLEtBQUssT0FBTyxNQUFNLFFBQVEsQ0FBQztBQUN2QyxRQUFJLFVBQVUsR0FBRyxJQUFJLEdBQUcsS0FBSyxNQUFPLFFBQU87QUFBQSxRQUN0QyxPQUFNLE1BQU07QUFBQSxFQUNuQjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxHQUFXLEdBQVcsT0FBdUI7QUFDekUsU0FBTyxLQUFLLElBQUksR0FBRyxjQUFjLEdBQUcsR0FBRyxLQUFLLElBQUksQ0FBQztBQUNuRDtBQUdPLFNBQVMsTUFBTSxHQUFXLEdBQVcsVUFBMEI7QUFDcEUsU0FBTyxVQUFVLEdBQUcsR0FBRyxRQUFRO0FBQ2pDO0FBR0EsU0FBUyxnQkFBZ0IsR0FBMEIsUUFBd0I7QUFDekUsTUFBSSxNQUFNO0FBQ1YsTUFBSSxPQUFPO0FBQ1gsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLEtBQUs7QUFDM0IsVUFBTSxPQUFPLE1BQU0sUUFBUTtBQUMzQixRQUFJLEVBQUUsR0FBRyxJQUFJLE9BQVEsT0FBTTtBQUFBLFFBQ3RCLFFBQU87QUFBQSxFQUNkO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxtQkFBbUIsR0FBVyxVQUFrQixhQUFvQztBQUNsRyxNQUFJLFdBQVcsRUFBRyxRQUFPO0FBQ3pCLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsU0FBTyxnQkFBZ0IsQ0FBQyxNQUFNLE1BQU0sR0FBRyxHQUFHLFFBQVEsR0FBRyxXQUFXO0FBQ2xFO0FBR08sU0FBUyxlQUFlLEdBQVcsR0FBVyxZQUFzQztBQUN6RixNQUFJLEtBQUssRUFBRyxRQUFPLENBQUMsR0FBRyxDQUFDO0FBQ3hCLFFBQU0sUUFBUSxJQUFJLGNBQWM7QUFDaEMsUUFBTSxNQUFNLE1BQU0sSUFBSSxJQUFJLGdCQUFnQixDQUFDLE1BQU0sVUFBVSxHQUFHLEdBQUcsQ0FBQyxHQUFHLElBQUk7QUFDekUsUUFBTSxPQUFPLE1BQU0sSUFBSSxJQUFJLGdCQUFnQixDQUFDLE1BQU0sSUFBSSxVQUFVLEdBQUcsR0FBRyxDQUFDLEdBQUcsSUFBSSxJQUFJO0FBQ2xGLFNBQU8sQ0FBQyxLQUFLLElBQUk7QUFDbkI7OztBQ3hGTyxTQUFTLFVBQVUsT0FBb0IsY0FBc0IsT0FBdUI7QUFDekYsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE1BQU07QUFDckMsUUFBTUMsU0FBUSxNQUFNLFVBQVUsWUFBWSxlQUFlLE1BQU07QUFDL0QsU0FBTyxNQUFNLFFBQVEsY0FBYyxNQUFNLFFBQVFBLFFBQU8sS0FBSztBQUMvRDtBQUdPLFNBQVMsU0FBUyxPQUE2QjtBQUNwRCxTQUFPLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVTtBQUM3Qzs7O0FDOUJPLElBQU0sVUFBVSxDQUFDLE9BQU8sUUFBUSxRQUFRO0FBS3hDLElBQU0saUJBQWlCO0FBR3ZCLElBQU0scUJBQXFCO0FBTTNCLElBQU0sOEJBQThCO0FBTXBDLElBQU0sbUJBQW1CO0FBb0N6QixTQUFTLGFBQWEsT0FBNEI7QUFDdkQsUUFBTSxZQUFZLGFBQWEsTUFBTSxHQUFHO0FBQ3hDLFFBQU0sTUFBTSxNQUFNLGlCQUFpQixXQUFXLGFBQWE7QUFDM0QsUUFBTSxPQUFjLENBQUM7QUFDckIsYUFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxlQUFXLFVBQVUsTUFBTSxXQUFXLFNBQVM7QUFDN0MsWUFBTSxRQUFRLEdBQUcsTUFBTSxLQUFLLEtBQUs7QUFDakMsWUFBTSxRQUFvQixFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJO0FBQ3JFLGlCQUFXLFlBQVksVUFBVSxPQUFPLENBQUMsY0FBYyxVQUFVLFNBQVMsU0FBUyxNQUFNLEtBQUssSUFBSSxHQUFHO0FBQ25HLGNBQU0sWUFBWSxTQUFTLFVBQVUsTUFBTTtBQUMzQyxjQUFNLGVBQWUsU0FBUyxhQUFhLE1BQU07QUFDakQsYUFBSyxLQUFLO0FBQUEsVUFDUixJQUFJLEdBQUcsU0FBUyxRQUFRLElBQUksT0FBTyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsVUFDekQsYUFBYSxTQUFTLFlBQVksT0FBTyxNQUFNO0FBQUEsVUFDL0MsTUFBTSxTQUFTO0FBQUEsVUFDZixRQUFRLFNBQVM7QUFBQSxVQUNqQixNQUFNLEVBQUUsT0FBTyxPQUFPO0FBQUEsVUFDdEIsTUFBTSxTQUFTO0FBQUEsVUFDZjtBQUFBLFVBQ0EsU0FBUyxXQUFXLFNBQVMsTUFBTSxXQUFXLFNBQVMsSUFBSSxHQUFHLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDcEY7QUFBQSxVQUNBLE9BQU8sU0FBUztBQUFBLFVBQ2hCO0FBQUEsVUFDQSxTQUFTLEVBQUUsT0FBTyxRQUFRLEtBQUssU0FBUyxTQUFTO0FBQUEsUUFDbkQsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxNQUFNLElBQUksYUFBYSxLQUFLO0FBQzFDLFFBQU0sU0FBUyxNQUFNO0FBQ3JCLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFFcEIsUUFBTSxlQUFlLENBQUMsVUFBa0IsS0FBSyxLQUFLLENBQUNDLFNBQVFBLEtBQUksU0FBUyxrQkFBa0JBLEtBQUksVUFBVSxLQUFLLEdBQUcsZ0JBQWdCO0FBR2hJLFFBQU0sV0FBVyxLQUFLO0FBQ3RCLFNBQU8sS0FBSyxJQUFJLENBQUNBLFNBQVE7QUFDdkIsVUFBTSxRQUFRQSxLQUFJLFNBQVMsV0FBVyxPQUFPLFNBQVMsT0FBTyxTQUFTQSxLQUFJLEtBQUssTUFBZ0I7QUFDL0YsVUFBTSxZQUFZLFNBQVMsS0FBSyxJQUFJLFFBQVEsbUJBQW1CO0FBQy9ELFVBQU1DLFNBQVEsYUFBYUQsS0FBSSxLQUFLO0FBQ3BDLFVBQU0sZ0JBQWdCLFNBQVMsT0FBTyxLQUFLLFVBQVUsS0FBSyxDQUFDLElBQUlDLE1BQUssSUFBSSxNQUFNLFVBQVUsT0FBT0EsUUFBTyxTQUFTLENBQUM7QUFDaEgsVUFBTSxXQUFXLFNBQVMsS0FBSyxhQUFhLElBQUlELEtBQUksWUFBWSxJQUFJLFNBQVMsSUFBSSxNQUFNLGNBQWMsZUFBZUEsS0FBSSxjQUFjLFFBQVEsU0FBUyxDQUFDO0FBQ3hKLFdBQU8sRUFBRSxHQUFHQSxNQUFLLE1BQU0sRUFBRSxlQUFlLFVBQVUsT0FBTyxVQUFVLEVBQUU7QUFBQSxFQUN2RSxDQUFDO0FBQ0g7QUFHQSxTQUFTLE9BQXVEO0FBQzlELFFBQU0sU0FBUyxvQkFBSSxJQUFvQjtBQUN2QyxTQUFPLENBQUMsS0FBSyxZQUFZO0FBQ3ZCLFFBQUksUUFBUSxPQUFPLElBQUksR0FBRztBQUMxQixRQUFJLFVBQVUsUUFBVztBQUN2QixjQUFRLFFBQVE7QUFDaEIsYUFBTyxJQUFJLEtBQUssS0FBSztBQUFBLElBQ3ZCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsYUFBYUEsTUFBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjQSxLQUFJLFNBQVMsUUFBUUEsS0FBSSxZQUFZO0FBQzlGLFFBQU0sV0FBVyxDQUFDLFdBQ2hCQSxLQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCRSxTQUE2QjtBQUFBLElBQ3JFLE1BQU07QUFBQSxJQUNOLFVBQVUsV0FBVyxLQUFLLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsY0FBYyxNQUFNLE1BQU0sSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLEdBQUc7QUFBQSxJQUM3RCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBT0EsS0FBSSxNQUFNLEtBQUs7QUFBQSxJQUNuRCxhQUFhLENBQUMsVUFBVSxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxRQUFRLEtBQUssMkJBQTJCQSxHQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsY0FBYztBQUFBLE1BQ2QsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVNGLEtBQUksS0FBSztBQUFBLElBQzFCLFFBQVEsU0FBU0EsS0FBSSxLQUFLO0FBQUEsSUFDMUI7QUFBQTtBQUFBO0FBQUEsTUFHRSxNQUFNO0FBQUEsTUFDTixTQUFTLENBQUMsS0FBSztBQUFBLE1BQ2YsVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsY0FBYyxNQUFNLE1BQU0sSUFBSUEsS0FBSSxNQUFNO0FBQUEsTUFDeEMsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTUEsS0FBSSxNQUFNLEdBQUcsTUFBTSxRQUFRO0FBQUEsTUFDckUsYUFBYSxDQUFDLFVBQVUsR0FBRyxRQUFRQSxLQUFJLE1BQU0sQ0FBQyxxQkFBcUIsS0FBSztBQUFBLElBQzFFO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxjQUFjLFNBQXFCLFFBQWdCLFdBQTJCO0FBQ3JGLFFBQU0sU0FBUyxNQUFNLElBQUksU0FBUztBQUNsQyxTQUFPLFlBQVksYUFBYSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsMkJBQTJCLElBQUk7QUFDdEc7QUFFQSxTQUFTLFdBQVcsTUFBOEI7QUFDaEQsU0FBTyxTQUFTLFNBQVMsT0FBTyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQzlEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBRUEsU0FBUyxRQUFRQyxRQUF1QjtBQUN0QyxTQUFPLEdBQUcsTUFBTUEsU0FBUSxHQUFHLENBQUM7QUFDOUI7OztBSjlLQSxJQUFNLFlBQVksSUFBSSxRQUFRLGtCQUFrQjtBQUVoRCxJQUFJLFFBQVEsT0FBTztBQUNuQixJQUFJLFFBQVEsT0FBTztBQUdaLFNBQVMscUJBQXFCLFlBQW9EO0FBQ3ZGLFVBQVEsV0FBVztBQUNuQixVQUFRLFdBQVc7QUFDckI7QUFHTyxTQUFTLGFBQWEsT0FBZSxRQUFnQixRQUFpQkUsYUFBMEI7QUFDckcsTUFBSSxPQUFRLFdBQVUsSUFBSSxHQUFHLEVBQUUsT0FBTyxRQUFRLEtBQUssZUFBZSxDQUFDO0FBQ25FLE1BQUlBLGVBQWMsTUFBTyxXQUFVLElBQUksR0FBRyxFQUFFLE9BQU8sUUFBUSxLQUFLLGNBQWMsQ0FBQztBQUMvRSxNQUFJQSxlQUFjLE1BQU8sV0FBVSxJQUFJLEdBQUcsRUFBRSxPQUFPLFFBQVEsS0FBSyxjQUFjLENBQUM7QUFDakY7QUFHTyxTQUFTLGlCQUFpQkMsT0FBK0M7QUFDOUUsWUFBVSxJQUFJLEdBQUcsRUFBRSxPQUFPQSxNQUFLLE9BQU8sUUFBUUEsTUFBSyxRQUFRLEtBQUssU0FBUyxDQUFDO0FBQzVFOzs7QUtyQk8sSUFBTSxrQkFBa0I7QUF3QnhCLElBQU0sa0JBQWdDLEVBQUUsT0FBTyxHQUFHLFVBQVUsS0FBTSxPQUFPLElBQUk7QUFHN0UsSUFBTSxjQUFOLE1BQWtCO0FBQUEsRUFLdkIsWUFDbUIsUUFDakIsS0FDQTtBQUZpQjtBQUxuQix3QkFBUTtBQUNSLHdCQUFRO0FBQ1Isd0JBQVEsU0FBUTtBQU1kLFNBQUssU0FBUyxPQUFPO0FBQ3JCLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsS0FBSyxLQUFzQjtBQUN6QixVQUFNLFdBQVcsS0FBSyxPQUFPLE1BQU0sS0FBSyxRQUFRLEtBQUssT0FBTyxRQUFRO0FBQ3BFLFFBQUksV0FBVyxHQUFHO0FBQ2hCLFdBQUssU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU8sS0FBSyxTQUFTLFFBQVE7QUFDaEUsV0FBSyxRQUFRLFdBQVcsS0FBSyxPQUFPO0FBQUEsSUFDdEM7QUFDQSxRQUFJLEtBQUssU0FBUyxLQUFLLEtBQUssU0FBUyxLQUFLLE9BQU8sTUFBTyxRQUFPO0FBQy9ELFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUNkLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFpQk8sSUFBTSxtQkFBTixNQUF1QjtBQUFBLEVBRzVCLFlBQ21CLGFBQ0EsT0FDQSxNQUFvQixLQUFLLEtBQ3pCLFNBQXVCLGlCQUN4QztBQUppQjtBQUNBO0FBQ0E7QUFDQTtBQU5uQix3QkFBUTtBQUFBLEVBT0w7QUFBQTtBQUFBLEVBR0gsT0FBTyxTQUFrQztBQUN2QyxRQUFJLENBQUMsUUFBUSxVQUFVLFFBQVEsY0FBYyxLQUFLLFlBQVksRUFBRyxRQUFPO0FBQ3hFLFVBQU0sTUFBTSxLQUFLLElBQUk7QUFDckIsU0FBSyxXQUFMLEtBQUssU0FBVyxJQUFJLFlBQVksS0FBSyxRQUFRLEdBQUc7QUFDaEQsUUFBSSxDQUFDLEtBQUssT0FBTyxLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ25DLFNBQUssTUFBTSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3RDLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixTQUFpQztBQUNsRSxRQUFNLE9BQXFCO0FBQUEsSUFDekIsU0FBUyxRQUFRO0FBQUEsSUFDakIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVE7QUFBQSxJQUNoQixNQUFNLFFBQVE7QUFBQSxJQUNkLFFBQVEsUUFBUTtBQUFBLElBQ2hCLFlBQVksS0FBSyxNQUFNLFFBQVEsYUFBYSxHQUFJLElBQUk7QUFBQSxJQUNwRCxNQUFNLElBQUksS0FBSyxRQUFRLE1BQU0sRUFBRSxZQUFZO0FBQUEsRUFDN0M7QUFDQSxTQUFPLEdBQUcsZUFBZSxHQUFHLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDbEQ7QUFrQkEsSUFBSSxxQkFBcUIsT0FBTztBQUd6QixTQUFTLHFCQUFxQkMsS0FBa0I7QUFDckQsdUJBQXFCQTtBQUN2QjtBQUdBLElBQU0sV0FBVyxJQUFJLGlCQUFpQixNQUFNLG9CQUFvQixDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksQ0FBQztBQUdwRixTQUFTLGVBQWUsU0FBK0I7QUFDNUQsV0FBUyxPQUFPLE9BQU87QUFDekI7OztBQ25JTyxTQUFTLGFBQWEsUUFBZ0JDLE9BQXNDO0FBQ2pGLFFBQU0sU0FBUyxPQUFPLFFBQVFBLEtBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUU7QUFDM0UsU0FBTyxPQUFPLFNBQVMsR0FBRyxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUcsQ0FBQyxNQUFNO0FBQzVEO0FBR08sU0FBUyxhQUFhQyxNQUFtQztBQUM5RCxTQUFPLGFBQWEsb0JBQW9CQSxLQUFJLE9BQU87QUFDckQ7QUFHTyxTQUFTLGtCQUFrQkEsTUFBZ0M7QUFDaEUsTUFBSSxDQUFDQSxLQUFJLEtBQU0sT0FBTSxJQUFJLE1BQU0sMkRBQTJEO0FBQzFGLFNBQU8sU0FBU0EsS0FBSSxLQUFLLFFBQVE7QUFDbkM7QUFHTyxJQUFNLG1CQUFtQjtBQUd6QixTQUFTLGFBQWEsVUFBMEM7QUFDckUsU0FBTyxFQUFFLFNBQVM7QUFDcEI7QUFxQk8sU0FBUyxrQkFBa0IsU0FBeUIsT0FBa0Q7QUFDM0csUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFFBQU1DLE9BQU0sQ0FBQyxLQUFhLGNBQStCO0FBQ3ZELFVBQU0sT0FBUSxzQ0FBb0IsQ0FBQztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLENBQUMsYUFBYSxLQUFLLFVBQVUsUUFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssU0FBUztBQUFBLEVBQzNHO0FBQ0EsUUFBTSxTQUFTLENBQUMsZUFDZCxNQUFNLFNBQVMsV0FBVyxhQUFhLE1BQU0sU0FBUyxTQUFTLEVBQUUsV0FBVyxZQUFZLGFBQWEsS0FBSyxJQUFJO0FBQ2hILGFBQVdELFFBQU8sU0FBUztBQUN6QixJQUFBQyxLQUFJLGFBQWFELElBQUcsR0FBRyxPQUFPLGtCQUFrQkEsSUFBRyxDQUFDLENBQUM7QUFDckQsSUFBQUMsS0FBSSxhQUFhRCxLQUFJLFFBQVFBLEtBQUksSUFBSSxHQUFHLEdBQUdBLEtBQUksSUFBSSxLQUFLO0FBQ3hELElBQUFDLEtBQUksYUFBYUQsS0FBSSxPQUFPQSxLQUFJLElBQUksR0FBRyxNQUFNLFNBQVMsV0FBVyxhQUFhLGdCQUFnQjtBQUFBLEVBQ2hHO0FBQ0EsUUFBTSxNQUFNLGFBQWEsTUFBTSxRQUFRO0FBQ3ZDLEVBQUFDLEtBQUksYUFBYSxhQUFhLEdBQUcsR0FBRyxVQUFVO0FBQzlDLEVBQUFBLEtBQUksYUFBYSxtQkFBbUIsR0FBRyxHQUFHLFNBQVM7QUFDbkQsRUFBQUEsS0FBSSxhQUFhLHFCQUFxQixHQUFHLEdBQUcsVUFBVTtBQUN0RCxFQUFBQSxLQUFJLGFBQWEscUJBQXFCLEdBQUcsR0FBRyxVQUFVO0FBQ3RELE1BQUksTUFBTSx5QkFBeUIsT0FBVyxDQUFBQSxLQUFJLG9CQUFvQixPQUFPLGtCQUFrQixNQUFNLG9CQUFvQixDQUFDLENBQUM7QUFDM0gsU0FBTztBQUNUO0FBR08sSUFBTSxxQkFBcUI7QUFHM0IsU0FBUyxrQkFBa0IsWUFBNEI7QUFDNUQsU0FBTyxVQUFVLFVBQVU7QUFDN0I7QUFHTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDakUzRixTQUFTLFNBQ2RDLFNBQ0EsVUFDQUMsT0FDTztBQUNQLFNBQU8sYUFBYTtBQUFBLElBQ2xCLFFBQVFELFFBQU87QUFBQSxJQUNmLGNBQWNBLFFBQU87QUFBQSxJQUNyQixRQUFRQSxRQUFPO0FBQUEsSUFDZixTQUFTQyxNQUFLO0FBQUEsSUFDZCxLQUFLO0FBQUEsSUFDTCxRQUFRQSxNQUFLO0FBQUEsRUFDZixDQUFDO0FBQ0g7QUFHTyxTQUFTLHFCQUFxQkEsT0FBMEMsVUFBK0Q7QUFDNUksU0FBT0EsTUFBSyxzQkFBc0IsU0FBWSxTQUFZLEtBQUssTUFBTSxTQUFTLGFBQWFBLE1BQUssaUJBQWlCO0FBQ25IOzs7QUN4Qk8sSUFBTSxlQUFzQyxDQUFDLFdBQVcsZ0JBQWdCO0FBUXhFLElBQU0sWUFBZ0MsQ0FBQyxRQUFRLFFBQVEsUUFBUTtBQWlDL0QsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxzQkFBc0I7QUFFNUIsSUFBTSxzQkFBc0I7QUFHbkMsSUFBTSxRQUEyQixVQUFVLHdDQUF3QyxDQUFDLFFBQVE7QUFDMUYsTUFBSSxDQUFDLGdCQUFnQixLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3ZDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxRQUFRLEtBQUssUUFBUSxJQUFJLFFBQVE7QUFDMUMsQ0FBQztBQUdELElBQU0sUUFBMkI7QUFBQSxFQUFVO0FBQUEsRUFBcUMsQ0FBQyxRQUMvRSxzQkFBc0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbEQ7QUFHQSxJQUFNLGFBQWdDLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUM3RyxNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR0QsU0FBUyxRQUFRLE9BQWUsV0FBc0M7QUFDcEUsU0FBTyxVQUFVLDhCQUE4QixLQUFLLEtBQUssU0FBUyxLQUFLLENBQUMsUUFBUTtBQUM5RSxVQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNyRCxXQUFPLFNBQVMsU0FBUyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxRCxDQUFDO0FBQ0g7QUFHQSxJQUFNLGdCQUFnQixTQUFTLHlCQUF5Qiw4Q0FBOEM7QUFNL0YsU0FBUyxpQkFBaUIsS0FBVSxhQUFtQztBQUM1RSxRQUFNQyxTQUFRLFFBQVEsS0FBSyxjQUFjLGlCQUFpQixjQUFjO0FBQ3hFLFNBQU87QUFBQSxJQUNMLFNBQVMsUUFBUSxLQUFLLGVBQWUsTUFBTSxZQUFZLEdBQUcsU0FBUztBQUFBLElBQ25FLE1BQU0sUUFBUSxLQUFLLFlBQVksTUFBTSxTQUFTLEdBQUcsV0FBVztBQUFBLElBQzVELE9BQUFBO0FBQUEsSUFDQSxPQUFPLFFBQVEsS0FBSyxjQUFjLFFBQVFBLFFBQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0JBLE1BQUssQ0FBQztBQUFBLElBQy9GLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLG9CQUFvQjtBQUFBLElBQzFFLFFBQVEsUUFBUSxLQUFLLGNBQWMsT0FBTyxvQkFBb0I7QUFBQSxJQUM5RCxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsWUFBWSxtQkFBbUI7QUFBQSxJQUMzRSxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsT0FBTyxtQkFBbUI7QUFBQSxJQUN0RSxTQUFTO0FBQUEsTUFDUCxLQUFLLFFBQVEsS0FBSyxlQUFlLEtBQUssdUJBQXVCO0FBQUEsTUFDN0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLE1BQ2xFLFNBQVMsUUFBUSxLQUFLLG9CQUFvQixlQUFlLE1BQU07QUFBQSxNQUMvRCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0Y7OztBQ3JHQSxJQUFJO0FBU0csU0FBUyxXQUNkQyxTQUNBLFVBQ21EO0FBQ25ELFFBQU0sRUFBRSxNQUFNLEdBQUdDLE1BQUssSUFBSTtBQUMxQixRQUFNLFdBQVcsYUFBYSxDQUFDLFFBQVEsaUJBQWlCLEtBQUssSUFBSSxDQUFDO0FBQ2xFLFdBQVMsRUFBRSxRQUFBRCxTQUFRLFVBQVUsTUFBQUMsTUFBSztBQUNsQyx1QkFBcUIsU0FBUyxLQUFLO0FBQ25DLHVCQUFxQixRQUFRO0FBQzdCLFFBQU0sVUFBVSxTQUFTRCxTQUFRLFVBQVVDLEtBQUk7QUFDL0MsUUFBTSxhQUFhLGtCQUFrQixTQUFTO0FBQUEsSUFDNUMsTUFBTSxTQUFTO0FBQUEsSUFDZixVQUFVRCxRQUFPO0FBQUEsSUFDakIsc0JBQXNCLHFCQUFxQkMsT0FBTSxRQUFRO0FBQUEsRUFDM0QsQ0FBQztBQUNELFNBQU8sRUFBRSxZQUFZLG1CQUFtQixvQkFBb0I7QUFDOUQ7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FDdENPLElBQU0sdUJBQXVCO0FBRTdCLElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBR3ZCLFNBQVMsaUJBQWlCQyxRQUF1QjtBQUN0RCxTQUFPLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxJQUFJLGdCQUFnQix1QkFBdUJBLE1BQUssQ0FBQztBQUN4Rjs7O0FDaEJPLElBQU0sa0JBQWtCO0FBR3hCLElBQU0sZUFBZTtBQUc1QixJQUFNLG1CQUFtQixNQUFNLElBQUk7QUFnQm5DLElBQU0sY0FBYyxJQUFJLE9BQU8sSUFBSSxZQUFZLDJEQUEyRDtBQU9uRyxTQUFTLFFBQVEsU0FBaUIsUUFBZ0IsSUFBcUI7QUFDNUUsUUFBTSxRQUFRLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxHQUFJLEdBQUcsZ0JBQWdCO0FBQ2hFLFFBQU0sU0FBUyxHQUFHLFlBQVksSUFBSSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRTtBQUNoRyxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsS0FBTSxRQUFRLFFBQVEsUUFBUSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLFFBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUNsQyxRQUFNLFVBQVUsU0FBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsUUFBUSxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sRUFBRSxJQUFJLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsWUFBWSxRQUE4QjtBQUN4RCxNQUFJLEtBQUs7QUFDVCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUN2RSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsTUFBYyxPQUFlLEtBQXVCO0FBQzVFLFFBQU0sTUFBTSxhQUFhLElBQUk7QUFDN0IsTUFBSSxDQUFDLElBQUssUUFBTztBQUNqQixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksUUFBUTtBQUMzQztBQWlCTyxTQUFTLFlBQVksUUFBZ0IsTUFBYyxJQUFZLFdBQTJCO0FBQy9GLFFBQU0sT0FBTyxJQUFJLEdBQUcsU0FBUyxFQUFFLENBQUMsSUFBSSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzFELFFBQU0sT0FBTyxrQkFBa0IsT0FBTyxTQUFTLElBQUksS0FBSztBQUN4RCxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDcEUsU0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLFNBQVMsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLEdBQUcsSUFBSTtBQUN2RTtBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7QUFHTyxJQUFNLFlBQVk7QUFHbEIsSUFBTSxhQUFhOzs7QUMxRzFCLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ01WLFNBQVMsVUFBVSxPQUFlLFFBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUksT0FBTyxLQUFLLENBQUMsVUFBVSxVQUFVLENBQUMsR0FBRztBQUN2QyxhQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUFpQixRQUF3QjtBQUNuRSxTQUFPLE1BQU0sT0FBTyxJQUFJLE1BQU07QUFDaEM7QUFhTyxJQUFNLGtCQUFOLE1BQXNCO0FBQUEsRUFJM0IsWUFBNkIsUUFBcUI7QUFBckI7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLFdBQVU7QUFBQSxFQUVpQztBQUFBO0FBQUEsRUFHbkQsS0FBSyxXQUFpQztBQUNwQyxRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLFVBQVUsVUFBVSxJQUFJLEtBQUssTUFBTTtBQUFBLElBQzFDO0FBQ0EsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLFFBQVEsYUFBYSxZQUFZLEtBQUssU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN6RjtBQUNGO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsZUFBZSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBQy9GOzs7QURoREEsSUFBTSxTQUFTLElBQUksZ0JBQWdCLENBQUNDLFdBQVUsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQyxDQUFDO0FBTXpFLFNBQVMsT0FBVSxNQUFxQztBQUM3RCxRQUFNLFFBQVEsT0FBTyxLQUFLQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ3JELEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FFakJPLElBQU0sZ0JBQWdCOzs7QWZhdEIsSUFBTSxrQkFBb0QsRUFBRSxLQUFLLEtBQUssTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUdwRyxJQUFNLFdBQXFFO0FBQUEsRUFDekUsS0FBSyxLQUFLLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLEVBQzlDLE1BQU0sS0FBSyxpQkFBaUIsZ0JBQWdCLElBQUk7QUFBQSxFQUNoRCxRQUFRLEtBQUssaUJBQWlCLGdCQUFnQixNQUFNO0FBQ3REO0FBR08sU0FBUyxpQkFBeUI7QUFDdkMsU0FBTyxHQUFHLGlCQUFpQixXQUFXLEdBQUcsU0FBUyxTQUFTLGNBQWMsQ0FBQztBQUM1RTtBQWVPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUkxQixZQUNtQixTQUNqQixLQUNpQixVQUFtQixXQUNwQztBQUhpQjtBQUVBO0FBTm5CLHdCQUFpQjtBQUNqQix3QkFBaUIsV0FBVSxlQUFlO0FBT3hDLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sV0FBVyxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUMxRCxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDaEQ7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQyxRQUNKLEtBQUssWUFBWSxVQUFVLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUSxJQUFJLEVBQUUsTUFBTSxPQUFPLE1BQU07QUFDakYsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxXQUFPLE9BQU8sQ0FBQyxVQUFVO0FBQ3ZCLFlBQU0sU0FBUyxLQUFLLElBQUk7QUFDeEIsWUFBTSxXQUFXLEtBQUssUUFBWSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU07QUFBQSxRQUN6RSxTQUFTO0FBQUEsVUFDUCxhQUFhLE1BQU07QUFBQSxVQUNuQixTQUFTLEtBQUs7QUFBQSxVQUNkLEdBQUksU0FBUyxPQUFPLENBQUMsSUFBSSxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxRQUNoRTtBQUFBLFFBQ0EsTUFBQUE7QUFBQSxRQUNBLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQ0QsVUFBSSxLQUFLLFlBQVksV0FBVztBQUM5QixjQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsY0FBTSxTQUFTLFdBQVcsZ0JBQWdCLE1BQU07QUFDaEQscUJBQWEsT0FBTyxRQUFRLFFBQVEsUUFBUSxRQUFRO0FBQ3BELHVCQUFlLEVBQUUsU0FBUyxNQUFNLFNBQVMsT0FBTyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsWUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDO0FBQUEsTUFDN0g7QUFDQSxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QWdCakdBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7QUFRakIsSUFBTSxRQUFRLElBQUksWUFBWSxxQkFBcUIsTUFBZ0IsS0FBSyxNQUFNLEtBQUssbUJBQW1CLENBQUMsQ0FBQztBQU1qRyxTQUFTLGNBQWMsS0FBb0I7QUFDaEQsUUFBTSxLQUFLQyxNQUFLLEdBQUc7QUFDbkIsUUFBTSxZQUFZQSxNQUFLLEdBQUc7QUFFMUIsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLGFBQWEsTUFBTSxNQUFNO0FBQ3pELFNBQU8sWUFBWSxJQUFJLFFBQVEsTUFBTSxJQUFJLFNBQVM7QUFDcEQ7OztBQ2xCTyxJQUFNLFNBQTRCLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUNoSCxRQUFNLFFBQVEsd0JBQXdCLEtBQUssR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJO0FBQ2hFLFNBQU8sUUFBUSxLQUFLLFNBQVMsTUFBTSxRQUFRO0FBQzdDLENBQUM7QUFHTSxJQUFNQyxTQUEyQixVQUFVLHFDQUFxQyxDQUFDLFFBQVE7QUFDOUYsUUFBTSxRQUFRLDJDQUEyQyxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRixTQUFPLFNBQVMsS0FBSyxTQUFTLElBQUksUUFBUTtBQUM1QyxDQUFDO0FBR00sU0FBUyxLQUFLLEtBQWdDO0FBQ25ELFNBQU8sVUFBVSw0QkFBNEIsR0FBRyxJQUFJLENBQUMsUUFBUTtBQUMzRCxVQUFNLFFBQVEsWUFBWSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNwRCxXQUFPLFNBQVMsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzlDLENBQUM7QUFDSDtBQUdPLElBQU0sZ0JBQWdCO0FBaUJ0QixTQUFTLFdBQVcsS0FBVSxVQUEwQjtBQUM3RCxTQUFPLFFBQVEsS0FBSyxXQUFXLEtBQUssYUFBYSxHQUFHLFFBQVE7QUFDOUQ7QUFHTyxTQUFTLGFBQWEsS0FBVSxVQUFrQixVQUEwQjtBQUNqRixTQUFPLFFBQVEsS0FBSyxVQUFVLFVBQVUsUUFBUTtBQUNsRDtBQUdPLElBQU0sZUFBa0M7QUFBQSxFQUFVO0FBQUEsRUFBMkMsQ0FBQyxRQUNuRyxpQkFBaUIsS0FBSyxHQUFHLEtBQUssV0FBVyxHQUFHLE1BQU0sU0FBWSxNQUFNO0FBQ3RFO0FBR08sU0FBUyxTQUFTLEtBQVUsVUFBa0IsVUFBMEI7QUFDN0UsU0FBTyxRQUFRLEtBQUssVUFBVSxjQUFjLFFBQVE7QUFDdEQ7OztBQzFDTyxTQUFTLFdBQVcsS0FBZTtBQUN4QyxTQUFPO0FBQUEsSUFDTCxXQUFXLFFBQVEsS0FBSyxZQUFZQyxRQUFPLEdBQUc7QUFBQSxJQUM5QyxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsS0FBSyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQzFEO0FBQ0Y7QUFPTyxTQUFTLFlBQVksR0FBVyxTQUFpQkMsTUFBaUI7QUFDdkUsTUFBSSxJQUFJQSxLQUFJLFVBQVcsUUFBTztBQUM5QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLE1BQUksV0FBV0EsS0FBSSxXQUFZLFFBQU87QUFDdEMsU0FBTyxJQUFJQSxLQUFJLGFBQWEsSUFBSUEsS0FBSSxhQUFhLElBQUksV0FBVztBQUNsRTtBQUdPLFNBQVMsWUFBWSxHQUFXLFFBQW1DO0FBQ3hFLFNBQU8sT0FBTyxLQUFLLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxNQUFNLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRTs7O0FDckNBLE9BQU9DLFdBQVU7QUFlVixTQUFTLGFBQWFDLFNBQTZCO0FBQ3hELFNBQU9ELE1BQUssS0FBSyxRQUFRLE1BQU0sVUFBVUMsUUFBTztBQUNsRDtBQU1PLFNBQVMsU0FBUyxLQUErQjtBQUN0RCxNQUFJLENBQUMsSUFBSyxDQUFBRCxNQUFLLEtBQUssTUFBTSx5SEFBeUg7QUFDbkosU0FBTztBQUNUOzs7QUMxQkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsV0FBQUUsZ0JBQWU7QUFTeEIsSUFBTSxnQkFBZ0IsSUFBSUMsU0FBUSxjQUFjO0FBTXpDLFNBQVMsUUFBVyxPQUFVLE1BQTZDQyxPQUFrRDtBQUNsSSxNQUFJLE1BQU07QUFDVixhQUFXLENBQUMsTUFBTSxTQUFTLEtBQUssT0FBTyxRQUFRLElBQUksR0FBRztBQUNwRCxVQUFNLFNBQVMsTUFBTSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEdBQUcsVUFBVSxHQUFHQSxLQUFJO0FBQ3ZELGtCQUFjLElBQUksR0FBRyxFQUFFLEdBQUdBLE9BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3hELFFBQUksQ0FBQyxPQUFRLGtCQUFpQkEsS0FBSTtBQUNsQyxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUNYTyxTQUFTLFNBQVMsU0FBaUIsS0FBWSxRQUEyQixRQUFvQixpQkFBeUI7QUFDNUgsUUFBTSxTQUFTLElBQUksZUFBZSxTQUFTLEtBQUssT0FBTztBQUN2RCxRQUFNLE1BQU0sVUFBVSxrQkFBa0IsSUFBSSxTQUFTO0FBQ3JELE1BQUksVUFBVTtBQUNkLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sRUFBRSxVQUFVLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLFNBQVMsV0FBVyxFQUFHLFFBQU8sUUFBUSxRQUFRLEtBQUssbUJBQW1CLFNBQVMsS0FBSyxLQUFLLEtBQUssT0FBTztBQUN6RyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sYUFBYSxJQUFJLE1BQU0sbUJBQW1CO0FBQ3ZHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxVQUFVQSxNQUFLLEtBQUssSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHO0FBQ3pFLFlBQU0sRUFBRSxRQUFRLE1BQU0sSUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ25ELFVBQUksV0FBVyxFQUFHLFFBQU8sUUFBUSxXQUFXLEtBQUssbUJBQW1CLEtBQUssS0FBSyxLQUFLLE9BQU87QUFDMUYsVUFBSSxXQUFXLGdCQUFnQixPQUFRO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxVQUFVLEVBQUcsU0FBUSxLQUFLLGtCQUFrQixPQUFPLFlBQVksTUFBTSxrQkFBa0IsRUFBRSxpQkFBaUI7QUFDOUcsTUFBSSxJQUFLLFNBQVEsSUFBSSxHQUFHLFVBQVUsR0FBRyxJQUFJLE1BQU0sRUFBRTtBQUNqRCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsUUFBZ0IsS0FBWSxTQUF5QjtBQUNwRSxVQUFRLEtBQUsscUNBQXFDLE1BQU0sYUFBYSxJQUFJLE1BQU0saUVBQWlFO0FBQ2hKLFNBQU87QUFDVDs7O0FDWk8sU0FBUyxhQUFhQyxTQUFxQkMsTUFBd0I7QUFDeEUsUUFBTSxVQUFpQixDQUFDO0FBQ3hCLE1BQUk7QUFDSixTQUFPO0FBQUEsSUFDTCxNQUFNLE1BQStCO0FBQ25DLFlBQU0sTUFBTSxTQUFTLElBQUk7QUFDekIsMEJBQVcsSUFBSSxlQUFlRCxRQUFPLFNBQVMsR0FBRztBQUNqRCxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBRyxRQUFRLFFBQVFDLElBQUc7QUFDNUQsVUFBSSxVQUFVLFVBQVU7QUFDdEIsY0FBTUMsT0FBTSxRQUFRLE1BQU07QUFDMUIsZUFBTyxPQUFPQSxLQUFJLE9BQU9BLEtBQUksSUFBSTtBQUNqQztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsWUFBWSxLQUFLLE9BQU8sR0FBR0YsUUFBTyxNQUFNO0FBQ3RELFVBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQU0sT0FBTyxPQUFPLEtBQUssS0FBSztBQUU5QixZQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixLQUFLO0FBQ2hELGtCQUFRLE1BQU0sRUFBRSxnQ0FBZ0MsQ0FBQ0csWUFBV0EsUUFBTyxVQUFVLE9BQVUsR0FBRyxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFBQSxRQUNwSDtBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxjQUFjLEdBQUc7QUFHOUIsVUFBSSxPQUFPLE9BQU8sT0FBTyxJQUFJLEVBQUUsV0FBVyxnQkFBZ0IsS0FBTSxTQUFRLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlGO0FBQUEsSUFDQSxNQUFNLEtBQWtCO0FBQ3RCLGVBQVNILFFBQU8sU0FBUyxLQUFLQSxRQUFPLE1BQU07QUFBQSxJQUM3QztBQUFBLEVBQ0Y7QUFDRjs7O0FDMURBLE9BQU9JLFdBQVU7OztBQ3lCakIsSUFBTSxjQUFjLEVBQUUsY0FBYyxPQUFPLGlCQUFpQixPQUFPLGNBQWMsT0FBTyxrQkFBa0IsT0FBTyxhQUFhLE1BQU07QUFHN0gsSUFBTSxvQkFBb0I7QUFHakMsSUFBTSxhQUFhLEtBQUs7QUFFeEIsSUFBTSxVQUFrQyxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksR0FBRyxHQUFHLEtBQU0sR0FBRyxLQUFRLEdBQUcsTUFBVyxHQUFHLE1BQVc7QUFHeEgsU0FBUyxhQUFhQyxPQUErQjtBQUMxRCxNQUFJLE9BQU9BLFVBQVMsU0FBVSxRQUFPQTtBQUNyQyxNQUFJLGdCQUFnQixLQUFLQSxLQUFJLEVBQUcsUUFBTyxPQUFPQSxLQUFJO0FBQ2xELE1BQUksQ0FBQywwQ0FBMEMsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBTztBQUN6RSxNQUFJLFFBQVE7QUFDWixhQUFXLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxLQUFLQSxNQUFLLFNBQVMscUNBQXFDLEVBQUcsVUFBUyxPQUFPLEtBQUssSUFBSSxRQUFRLElBQUk7QUFDM0gsU0FBTztBQUNUO0FBRUEsU0FBUyxHQUFHLE9BQWtDLFVBQTBCO0FBQ3RFLFFBQU0sU0FBUyxhQUFhLFNBQVMsUUFBUTtBQUM3QyxTQUFPLE9BQU8sU0FBUyxNQUFNLElBQUksU0FBUztBQUM1QztBQUdPLFNBQVMsY0FBYyxVQUFrQztBQUM5RCxRQUFNLGVBQWUsR0FBRyxTQUFTLGNBQWMsWUFBWSxZQUFZO0FBQ3ZFLFFBQU0sVUFBVSxTQUFTLFVBQVUsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxLQUFLLFVBQVUsTUFBTSxHQUFHLE1BQU0sVUFBVSxJQUFJLEdBQUcsQ0FBQztBQUMvRixVQUFRLFNBQVMsVUFBVTtBQUFBLElBQ3pCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxhQUFhLFlBQVksV0FBVyxJQUFJO0FBQUEsSUFDN0QsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sR0FBRyxTQUFTLFVBQVUsSUFBSSxJQUFJO0FBQUEsSUFDdkMsS0FBSztBQUNILGFBQU8sU0FBUyxHQUFHLFNBQVMsa0JBQWtCLFlBQVksZ0JBQWdCLElBQUk7QUFBQSxJQUNoRixLQUFLO0FBQ0gsYUFBTyxTQUFTO0FBQUEsSUFDbEI7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBTU8sU0FBUyxVQUFVQyxVQUE0QjtBQUNwRCxRQUFNLFlBQVksT0FBTyxPQUFPQSxTQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQ3ZELFFBQU0sZUFBZSxVQUFVLFdBQVcsSUFDdEMsYUFDQSxLQUFLLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxhQUFhLEdBQUcsU0FBUyxXQUFXLElBQUksSUFBSSxjQUFjLFFBQVEsQ0FBQyxDQUFDO0FBQ25HLFNBQ0UsR0FBR0EsU0FBUSxjQUFjLFlBQVksWUFBWSxJQUFJLGVBQWUsR0FBR0EsU0FBUSxpQkFBaUIsWUFBWSxlQUFlLElBQUk7QUFFbkk7OztBQ2xGQSxPQUFPQyxXQUFvQztBQU9wQyxJQUFNLGdCQUFnQjtBQVN0QixTQUFTLFlBQVlDLFNBQXNGO0FBQ2hILFFBQU0sU0FBUyxZQUFZQSxRQUFPLE9BQU87QUFDekMsUUFBTSxVQUFVLE1BQU1BLFFBQU8sU0FBUyxlQUFlLEdBQUc7QUFDeEQsUUFBTSxlQUFlLEdBQUcsYUFBYTtBQUNyQyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU8sV0FBVyxRQUFRLGVBQWUsT0FBTztBQUMxRSxNQUFJLFFBQVEsV0FBVyxRQUFRLFFBQVEsUUFBUSxJQUFJLEtBQUssTUFBTSxjQUFjO0FBQzFFLFdBQU8sR0FBRyxNQUFNLGtDQUFrQyxhQUFhLGFBQWEsT0FBTyxPQUFPLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUM1SDtBQUNBLFFBQU0sUUFBUUEsUUFBTyxPQUFPLENBQUM7QUFDN0IsUUFBTSxPQUFPLE1BQU1BLFFBQU8sU0FBUyxPQUFPLEdBQUc7QUFDN0MsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxPQUFPLElBQUk7QUFDNUQsTUFBSSxLQUFLLFVBQVUsSUFBSyxRQUFPO0FBQy9CLE1BQUksS0FBSyxXQUFXLE9BQU8sY0FBYyxLQUFLLFFBQVEsRUFBRSxNQUFNLFFBQVc7QUFDdkUsV0FBTyxHQUFHLE1BQU0sNkNBQTZDQSxRQUFPLFlBQVksVUFBVSxLQUFLLGFBQWEsT0FBTyxJQUFJLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxTQUFpQixTQUFpQixVQUEyQztBQUMxRixTQUFPO0FBQUEsSUFBTyxDQUFDLFVBQ2JDLE1BQUssSUFBSSxHQUFHLE9BQU8sSUFBSSxPQUFPLElBQUk7QUFBQSxNQUNoQyxTQUFTLEVBQUUsYUFBYSxNQUFNLFlBQVk7QUFBQSxNQUMxQyxNQUFNLEVBQUUsTUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUN6QyxTQUFTLGVBQWU7QUFBQSxNQUN4QixjQUFjO0FBQUEsTUFDZCxrQkFBa0JBLE1BQUssaUJBQWlCLFFBQVE7QUFBQSxJQUNsRCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxXQUFXLFFBQWdCLFNBQWlCLFVBQTJDO0FBQzlGLFFBQU0sT0FBTyxJQUFJLE9BQU87QUFDeEIsTUFBSSxTQUFTLGVBQWUsTUFBTTtBQUNoQyxXQUFPLEdBQUcsTUFBTSx1QkFBdUIsSUFBSSxXQUFXLGVBQWUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0EsUUFBTSxTQUFTLHFCQUFxQixLQUFLLFNBQVMsS0FBSyxJQUFJLHVCQUF1QixTQUFTO0FBQzNGLFNBQU8sR0FBRyxNQUFNLDJCQUEyQixJQUFJLFlBQVksTUFBTTtBQUNuRTtBQUdBLFNBQVMsT0FBTyxVQUEyQztBQUN6RCxRQUFNLFFBQVEsU0FBUyxRQUFRLElBQUksUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQzdELFNBQU8sR0FBRyxTQUFTLE1BQU0sSUFBSSxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsTUFBTSxJQUFJLENBQUM7QUFDaEc7OztBRjdDTyxTQUFTLFNBQVNDLFNBQTRCO0FBQ25ELFFBQU0sVUFBVSxZQUFZQSxPQUFNO0FBQ2xDLE1BQUksUUFBUyxDQUFBQyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3BDLFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLFVBQVVBLE1BQUssS0FBSyxPQUFvQixHQUFHLFlBQVksS0FBSyxNQUFNLENBQUM7QUFDcEcsUUFBTSxNQUFhLEVBQUUsUUFBUSxhQUFhRCxPQUFNLEdBQUcsUUFBUSxLQUFLLE9BQU87QUFDdkUsVUFBUSxJQUFJLEdBQUcsU0FBUyxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ3ZDLFdBQVNBLFFBQU8sU0FBUyxLQUFLQSxRQUFPLFFBQVEsT0FBTztBQUNwRCxTQUFPO0FBQ1Q7OztBR2hCTyxJQUFNLGNBQWM7QUFBQSxFQUN6QjtBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUNuRTtBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUN4Qzs7O0FDSE8sU0FBUyxZQUFZRSxTQUE4QjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsR0FBR0EsUUFBTyxNQUFNLFFBQVFBLFFBQU8sT0FBTztBQUFBLElBQzlDLFlBQVk7QUFBQSxJQUNaLFdBQVcsWUFBWUEsUUFBTyxRQUFRLGFBQWEsRUFBRTtBQUFBO0FBQUEsSUFFckQsdUJBQXVCO0FBQUEsSUFDdkIsY0FBYztBQUFBLElBQ2QsaUJBQWlCO0FBQUEsRUFDbkI7QUFDRjs7O0FDZ0JPLElBQU0sb0JBQXNELEVBQUUsTUFBTSxHQUFHLE1BQU0sSUFBSSxNQUFNLEtBQUs7QUFHNUYsU0FBUyxRQUFRQyxXQUEwQjtBQUVoRCxVQUFRLFdBQVdBLFNBQVEsS0FBSyxLQUFLO0FBQ3ZDO0FBYU8sU0FBUyxrQkFBa0IsVUFBbUM7QUFDbkUsUUFBTUMsYUFBWSxJQUFJLGtCQUFrQixTQUFTLFFBQVE7QUFDekQsTUFBSSxTQUFTLGFBQWEsd0JBQXlCLFFBQU8sU0FBUyxPQUFPQSxhQUFZLFFBQVEsU0FBUyxRQUFRO0FBQy9HLE1BQUlDLFFBQU8sU0FBUztBQUNwQixNQUFJLFFBQVE7QUFDWixhQUFXLFNBQVMsU0FBUyxRQUFRO0FBQ25DLGNBQVdBLFFBQU8sTUFBTSxVQUFVLElBQUtELGFBQVksUUFBUSxNQUFNLFFBQVE7QUFDekUsSUFBQUMsUUFBTyxNQUFNO0FBQUEsRUFDZjtBQUNBLFNBQU87QUFDVDtBQVNBLElBQU0sb0JBQW9CO0FBT25CLFNBQVMsT0FBTyxlQUF1QixRQUE2RDtBQUN6RyxRQUFNLFNBQVMsS0FBSyxLQUFLLGdCQUFnQixvQkFBb0IsQ0FBQztBQUM5RCxTQUFPLEVBQUUsaUJBQWlCLEtBQUssSUFBSSxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQyxHQUFHLE9BQU87QUFDMUU7QUFHTyxTQUFTLFVBQVVDLE9BQW9CO0FBQzVDLFNBQU9BLE1BQUssT0FBTyxrQkFBa0JBLE1BQUssUUFBUTtBQUNwRDs7O0FDaEZPLElBQU0sdUJBQXVCO0FBc0I3QixTQUFTLGVBQWUsS0FBMEI7QUFDdkQsUUFBTSxRQUFRLFFBQWMsS0FBSyxlQUFlLE1BQWUsRUFBRSxNQUFNLElBQUksVUFBVSxLQUFLLENBQUM7QUFDM0YsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLEtBQUssR0FBUyxHQUFHLEVBQUU7QUFDaEUsUUFBTSxRQUFRLFFBQVEsS0FBSyxlQUFlLEtBQUssb0JBQW9CLEdBQUcsRUFBRTtBQUN4RSxRQUFNLE9BQU8sYUFBYSxLQUFLLGlCQUFpQixJQUFJO0FBQ3BELFFBQU0sT0FBTyxTQUFTLEtBQUssYUFBYSxJQUFJO0FBQzVDLFFBQU0sU0FBUyxXQUFXLEtBQUssR0FBSTtBQUNuQyxRQUFNLFlBQVksTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLEdBQUcsQ0FBQyxHQUFHLE1BQU0sTUFBTSxPQUFPLElBQUksU0FBUztBQUNwRixRQUFNLFNBQWtCLENBQUMsRUFBRSxVQUFVLE1BQU0sUUFBUSxVQUFVLENBQUMsRUFBRSxDQUFDO0FBQ2pFLGFBQVcsVUFBVSxVQUFVLE1BQU0sQ0FBQyxFQUFHLFFBQU8sS0FBSyxFQUFFLFVBQVUsTUFBTSxPQUFPLEdBQUcsRUFBRSxVQUFVLE1BQU0sT0FBTyxDQUFDO0FBQzNHLFFBQU0sT0FBTyxVQUFVLEVBQUUsTUFBTSxVQUFVLFFBQVEsQ0FBQyxHQUFHLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDL0UsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLE1BQ1IsVUFBVTtBQUFBLE1BQ1YsV0FBVyxVQUFVLENBQUM7QUFBQSxNQUN0QixVQUFVLE1BQU07QUFBQSxNQUNoQjtBQUFBLE1BQ0EsR0FBRyxPQUFPLE1BQU0sTUFBTTtBQUFBLE1BQ3RCLGNBQWM7QUFBQSxJQUNoQjtBQUFBLElBQ0E7QUFBQSxJQUNBLFVBQVUsTUFBTTtBQUFBLElBQ2hCLGFBQWEsUUFBUSxJQUFJO0FBQUEsSUFDekIsYUFBYSxRQUFRLElBQUk7QUFBQTtBQUFBLElBRXpCLE9BQU8saUJBQWlCLEtBQUssUUFBUSxFQUFFO0FBQUEsSUFDdkMsY0FBYyxRQUFRLEtBQUssb0JBQW9CQyxRQUFPLElBQUk7QUFBQSxFQUM1RDtBQUNGO0FBR08sU0FBUyxPQUFPQyxPQUFzQixnQkFBZ0M7QUFDM0UsTUFBSSxpQkFBaUJBLE1BQUssWUFBYSxRQUFPO0FBQzlDLFFBQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxpQkFBaUJBLE1BQUssZ0JBQWdCQSxNQUFLLGNBQWNBLE1BQUssWUFBWTtBQUN2RyxTQUFPLEtBQUssSUFBSSxNQUFNQSxNQUFLLFVBQVUsU0FBUyxDQUFDO0FBQ2pEO0FBR08sU0FBUyxXQUFXLFFBQStELE1BQXNCO0FBQzlHLFNBQU8sR0FBRyxNQUFNLFNBQVMsSUFBSTtBQUMvQjtBQVVPLFNBQVMsZUFBZUEsT0FBdUQ7QUFDcEYsUUFBTSxhQUE4QyxDQUFDO0FBQ3JELEVBQUFBLE1BQUssVUFBVSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQ2xDLGVBQVcsV0FBVyxxQkFBcUIsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLFdBQVcsU0FBU0EsTUFBSyxLQUFLLElBQUksYUFBYSxLQUFLLENBQUM7QUFDNUcsZUFBVyxXQUFXLG1CQUFtQixJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsV0FBVyxRQUFRQSxNQUFLLFlBQVksSUFBSSxhQUFhLEtBQUssQ0FBQztBQUNoSCxlQUFXLFdBQVcsYUFBYSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVU7QUFBQSxFQUN6RCxDQUFDO0FBQ0QsU0FBTztBQUNUO0FBR08sU0FBUyxZQUFZQSxPQUFzQixTQUF1RjtBQUN2SSxTQUFPQSxNQUFLLFVBQVUsSUFBSSxDQUFDLEdBQUcsU0FBUztBQUNyQyxVQUFNLFdBQVcsUUFBUSxXQUFXLGFBQWEsSUFBSSxDQUFDLEdBQUcsT0FBTyxTQUFTO0FBQ3pFLFVBQU0sUUFBUSxDQUFDLFFBQWlELFNBQzlELFdBQVcsSUFBSyxRQUFRLFdBQVcsUUFBUSxJQUFJLENBQUMsR0FBRyxPQUFPLElBQUksS0FBSyxPQUFRO0FBQzdFLFdBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxxQkFBcUIsT0FBTyxHQUFHLFdBQVcsTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVM7QUFBQSxFQUNuSCxDQUFDO0FBQ0g7QUFHTyxTQUFTLGVBQWUsUUFBa0M7QUFDL0QsTUFBSSxPQUFPLGVBQWUsTUFBTTtBQUM5QixXQUFPLDhDQUE4QyxPQUFPLGVBQWUsQ0FBQyxlQUFlLE9BQU8sUUFBUTtBQUFBLEVBQzVHO0FBQ0EsUUFBTSxPQUFPLE9BQU8sZ0JBQWdCLE9BQU8saUNBQWlDLHdCQUF3QixPQUFPLFdBQVc7QUFDdEgsU0FBTyx3QkFBd0IsT0FBTyxVQUFVLGdCQUFnQixPQUFPLFdBQVcsS0FBSyxPQUFPLE1BQU0sTUFBTSxJQUFJO0FBQ2hIO0FBMEJPLFNBQVMsV0FBV0EsT0FBc0IsT0FBdUM7QUFDdEYsUUFBTSxNQUFNLENBQUMsU0FBaUIsVUFBVSxFQUFFLE1BQU1BLE1BQUssVUFBVSxJQUFJLEdBQUcsVUFBVUEsTUFBSyxTQUFTLENBQUM7QUFDL0YsUUFBTSxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUM7QUFDOUMsYUFBVyxLQUFLLEtBQUs7QUFDbkIsVUFBTSxPQUFPLEVBQUUsVUFBVSxRQUFRLEVBQUUsU0FBU0EsTUFBSztBQUNqRCxVQUFNLFVBQVUsRUFBRSxjQUFjLFFBQVEsRUFBRSxhQUFhQSxNQUFLO0FBQzVELFFBQUksUUFBUSxTQUFTO0FBQ25CLFlBQU0sU0FBUyxPQUNYLE9BQU8sRUFBRSxNQUFPLFFBQVEsQ0FBQyxDQUFDLFNBQVNBLE1BQUssS0FBSyxRQUM3QyxlQUFlLEVBQUUsWUFBYSxLQUFLLFFBQVEsQ0FBQyxDQUFDLFFBQVFBLE1BQUssZUFBZSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzVGLGFBQU87QUFBQSxRQUNMLGFBQWEsRUFBRTtBQUFBLFFBQ2YsWUFBWSxJQUFJLEVBQUUsSUFBSTtBQUFBLFFBQ3RCLGFBQWEsRUFBRSxPQUFPLElBQUksSUFBSSxFQUFFLE9BQU8sQ0FBQyxJQUFJO0FBQUEsUUFDNUM7QUFBQSxRQUNBLFVBQVUsSUFBSTtBQUFBLFFBQ2Q7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sSUFBSSxTQUFTLElBQUksSUFBSSxTQUFTLENBQUMsRUFBRSxPQUFPO0FBQ3JELFNBQU8sRUFBRSxhQUFhLE1BQU0sWUFBWSxNQUFNLGFBQWEsU0FBUyxPQUFPLE9BQU8sSUFBSSxJQUFJLEdBQUcsUUFBUSxNQUFNLFVBQVUsSUFBSSxRQUFRLE1BQU07QUFDekk7OztBQzdITyxTQUFTLFVBQVUsVUFBMkJDLE1BQVUsUUFBK0I7QUFDNUYsUUFBTSxhQUFhLHNCQUFzQixRQUFRO0FBQ2pELFFBQU0sUUFBUSxFQUFFLE9BQU8sR0FBRyxRQUFRLFlBQVksT0FBT0EsS0FBSSxZQUFZLE9BQU87QUFDNUUsUUFBTSxTQUFTLEVBQUUsT0FBTyxHQUFHLFFBQVEsWUFBWSxRQUFRLElBQUlBLEtBQUksYUFBYSxPQUFPO0FBQ25GLFNBQU8sRUFBRSxVQUFVLEVBQUUsS0FBSyxPQUFPLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBRyxRQUFRLE1BQU07QUFDakY7QUFHTyxTQUFTLHNCQUFzQixVQUFtQztBQUN2RSxTQUFPLEtBQUssS0FBSyxrQkFBa0IsUUFBUSxJQUFJLElBQUk7QUFDckQ7QUFHTyxTQUFTLGVBQWUsVUFBMkJBLE1BQVUsUUFBeUI7QUFDM0YsU0FBTyxFQUFFLFFBQVEsVUFBVSxVQUFVQSxNQUFLLE1BQU0sR0FBRyxtQkFBbUIsc0JBQXNCLFFBQVEsRUFBRTtBQUN4Rzs7O0FDN0JPLElBQU0sb0JBQW9CO0FBRzFCLFNBQVMsYUFBYSxPQUFlLEtBQXdCO0FBQ2xFLFNBQU8sRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksbUJBQW1CLElBQUksS0FBSyxNQUFNLEdBQUcsSUFBSSxrQkFBa0I7QUFDaEc7QUFRTyxTQUFTLFdBQVcsU0FBMEIsWUFBd0IsT0FBZSxPQUEwQjtBQUNwSCxRQUFNLE1BQU0sRUFBRSxPQUFPLFFBQVEsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsU0FBUyxFQUFFLFVBQVU7QUFDbEcsUUFBTSxPQUFPO0FBQUEsSUFDWCxZQUFZO0FBQUEsSUFDWixTQUFTLENBQUMsVUFBVSxZQUFZLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDM0MsT0FBTyxFQUFFLE1BQU0sT0FBTyxNQUFNLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUU7QUFBQSxFQUMxRDtBQUNBLFFBQU0sUUFBUSxtQkFBbUIsS0FBSyxVQUFVLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQztBQUNuRSxTQUFPLEdBQUcsUUFBUSxHQUFHLGtDQUFrQyxLQUFLO0FBQzlEO0FBRUEsU0FBUyxVQUFVLFlBQXdCLEtBQWEsT0FBd0M7QUFDOUYsVUFBUSxZQUFZO0FBQUEsSUFDbEIsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUFJLEdBQUcsV0FBVyxXQUFXLE9BQU8sT0FBTyxJQUFJLFdBQVcsU0FBUztBQUFBLElBQ3ZILEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLFFBQVEsSUFBSSxHQUFHLFdBQVcsU0FBUyxNQUFNLE1BQU07QUFBQSxJQUMxRixLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxjQUFjLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLEVBQzNHO0FBQ0Y7QUFhTyxTQUFTLFNBQVMsU0FBMEIsUUFBZ0IsT0FBeUI7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTyxXQUFXLFNBQVMsU0FBUyw4QkFBOEIsWUFBWSxPQUFPLEtBQUs7QUFBQSxJQUMxRixNQUFNLFdBQVcsU0FBUyxRQUFRLGtCQUFrQixZQUFZLE1BQU0sS0FBSztBQUFBLElBQzNFLE9BQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsMkRBQTJELE1BQU07QUFBQSxNQUNqRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ3BFTyxJQUFNLGlCQUFpQjtBQUV2QixJQUFNLGtCQUFrQjs7O0FDR3hCLElBQU0sc0JBQXNCO0FBRTVCLElBQU0sa0JBQWtCO0FBZ0N4QixTQUFTLGdCQUFnQixNQUFxQixTQUF5QixLQUE0QjtBQUN4RyxRQUFNLE1BQU0sSUFBSSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLElBQUksUUFBUSxJQUFJLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxZQUFZO0FBQ3JGLFFBQU0sUUFBUSxhQUFhLE9BQU8sR0FBRztBQUNyQyxRQUFNLE9BQU8sUUFBUSxJQUFJLENBQUNDLFNBQVEsU0FBUyxNQUFNQSxNQUFLLElBQUksSUFBSSxTQUFTLEtBQUssQ0FBQztBQUM3RSxNQUFJLElBQUksU0FBVSxNQUFLLEtBQUssY0FBYyxNQUFNLEtBQUssS0FBSyxDQUFDO0FBQzNELFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUE7QUFBQSxNQUVOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLFNBQVMsSUFBSSxRQUFRO0FBQUEsSUFDN0M7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUNBLFNBQVFBLEtBQUksWUFBWSxNQUFNO0FBQUEsRUFDcEQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFxQkEsTUFBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLFNBQVMsS0FBSyxRQUFRLGFBQWFBLEtBQUksUUFBUUEsS0FBSSxJQUFJLENBQUM7QUFDOUQsUUFBTSxVQUFVLEtBQUssUUFBUSxhQUFhQSxJQUFHLENBQUM7QUFDOUMsUUFBTSxZQUFZLGtCQUFrQkEsSUFBRztBQUN2QyxRQUFNLFVBQVUsS0FBSyxRQUFRLGFBQWFBLEtBQUksT0FBT0EsS0FBSSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDakYsUUFBTSxNQUFNLFNBQVMsT0FBTyxTQUFTO0FBQ3JDLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPQSxLQUFJLElBQUksS0FBSyxPQUFRO0FBQ3BFLFFBQU0sV0FBV0EsS0FBSSxNQUFNLFlBQVk7QUFDdkMsUUFBTSxVQUFVLE1BQU0sU0FBUyxNQUFNLFVBQVUsU0FBUyxhQUFhLFNBQVMsR0FBRyxFQUFFO0FBQ25GLFNBQU87QUFBQSxJQUNMLElBQUlBLEtBQUk7QUFBQSxJQUNSLGFBQWFBLEtBQUk7QUFBQSxJQUNqQixNQUFNQSxLQUFJO0FBQUEsSUFDVixRQUFRLGFBQWFBLElBQUc7QUFBQSxJQUN4QjtBQUFBLElBQ0EsTUFBTUEsS0FBSTtBQUFBLElBQ1YsV0FBV0EsS0FBSTtBQUFBLElBQ2Y7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsWUFBWSxVQUFVLElBQUksTUFBTSxVQUFVQSxLQUFJLGVBQWU7QUFBQSxJQUM3RCxNQUFNLFVBQVVBLE1BQUssS0FBSyxPQUFPO0FBQUEsSUFDakMsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTQSxLQUFJLFFBQVEsU0FBUyxLQUFLO0FBQUEsTUFDOUQsTUFBTSxXQUFXLFNBQVMsUUFBUUEsS0FBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVNBLEtBQUksUUFBUSxRQUFRLEtBQUs7QUFBQSxJQUMvRDtBQUFBLElBQ0EsU0FBU0EsS0FBSTtBQUFBLEVBQ2Y7QUFDRjtBQUdPLFNBQVMsVUFBVUEsTUFBeUMsS0FBYSxTQUEwQjtBQUN4RyxRQUFNLE9BQU9BLEtBQUksUUFBUSxFQUFFLGVBQWUsU0FBUyxVQUFVLEdBQUcsT0FBTyxFQUFFO0FBQ3pFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxjQUFjQSxLQUFJO0FBQUEsSUFDbEIsZUFBZSxLQUFLO0FBQUEsSUFDcEIsVUFBVSxLQUFLO0FBQUEsSUFDZixPQUFPLEtBQUs7QUFBQSxJQUNaLFFBQVEsVUFBVSxJQUFJLFVBQVUsU0FBU0EsS0FBSSxjQUFjLEdBQUcsSUFBSTtBQUFBLElBQ2xFLFVBQVUsVUFBVSxJQUFJLGVBQWUsS0FBSyxTQUFTLG1CQUFtQixJQUFJO0FBQUEsSUFDNUUsWUFBWSxtQkFBbUIsU0FBUyxLQUFLLFVBQVUsZUFBZTtBQUFBLEVBQ3hFO0FBQ0Y7QUFNQSxTQUFTLGNBQWMsTUFBcUIsS0FBaUIsT0FBNkI7QUFDeEYsUUFBTSxFQUFFLG1CQUFBQyxvQkFBbUIsV0FBVyxJQUFJLElBQUk7QUFDOUMsUUFBTSxVQUFVLEtBQUssUUFBUSxrQkFBa0I7QUFDL0MsUUFBTSxVQUFVLFNBQVMsT0FBTyxTQUFTO0FBQ3pDLFFBQU0sWUFBWSxrQkFBa0IsVUFBVTtBQUM5QyxRQUFNLFVBQVUsSUFBSSxJQUFJO0FBQ3hCLFFBQU0sV0FBV0EscUJBQW9CLElBQUksVUFBVUEscUJBQW9CO0FBQ3ZFLFFBQU0sU0FBUywyQ0FBMkMsSUFBSSxNQUFNO0FBQ3BFLFFBQU0sVUFBVSxNQUFNQSxvQkFBbUIsV0FBVyxZQUFZLFNBQVMsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUNwRyxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixhQUFhLHNDQUFzQ0MsT0FBTSxPQUFPLElBQUksUUFBUSxDQUFDLFlBQVlELGtCQUFpQjtBQUFBLElBQzFHLE1BQU07QUFBQSxJQUNOLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixXQUFXLEVBQUUsSUFBSSxNQUFNLE9BQU8sU0FBUyxNQUFNLFFBQVE7QUFBQSxJQUNyRDtBQUFBLElBQ0EsU0FBU0E7QUFBQSxJQUNUO0FBQUEsSUFDQSxZQUFZLFVBQVUsSUFBSSxXQUFXLFVBQVUsVUFBVSxJQUFJLFdBQVc7QUFBQSxJQUN4RSxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU8sRUFBRSxHQUFHLFNBQVMsSUFBSSxJQUFJLFNBQVMsSUFBSSxRQUFRLEtBQUssR0FBRyxPQUFPLFdBQVcsSUFBSSxJQUFJLFNBQVMsU0FBUyxRQUFRLEtBQUssRUFBRTtBQUFBLElBQ3JILFNBQVMsRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsSUFBSSxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUNGO0FBTUEsU0FBUyxNQUFNLFNBQWlCLE9BQWdCLE1BQW9DO0FBQ2xGLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLFNBQVM7QUFDL0MsU0FBTyxRQUFRLFNBQVM7QUFDMUI7QUFFQSxTQUFTQyxPQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBTUEsU0FBUyxZQUFZLE1BQXFCLFNBQXlCLFVBQXVDO0FBMUsxRztBQTJLRSxRQUFNLE9BQTRCLEVBQUUsS0FBSyxJQUFJLE1BQU0sYUFBYSxRQUFRLENBQUMsRUFBRTtBQUMzRSxhQUFXRixRQUFPLFFBQVMsV0FBS0EsS0FBSSxXQUFULFdBQW9CLElBQUksTUFBTUEsS0FBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkcsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQzVKTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXQyxTQUFRLElBQUksQ0FBQztBQUFBLElBQ3BKLEdBQUcsT0FBTyxJQUFJLFdBQVc7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFRQSxTQUFTLE1BQU0sT0FBMkI7QUFDeEMsU0FBTztBQUFBLElBQ0wsT0FBTyxNQUFNLE1BQU07QUFBQSxJQUNuQixVQUFVLE1BQU0sTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQy9DLFNBQVMsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsWUFBWSxNQUFTLEVBQUU7QUFBQSxFQUM1RTtBQUNGO0FBRUEsU0FBUyxJQUFJLEdBQVcsR0FBbUI7QUFDekMsU0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxVQUFVLEVBQUUsV0FBVyxFQUFFLFVBQVUsU0FBUyxFQUFFLFVBQVUsRUFBRSxRQUFRO0FBQ3ZHO0FBRUEsU0FBUyxZQUFZLE9BQTJCO0FBQzlDLFFBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsUUFBTSxZQUFZLE1BQU0sWUFBWSxlQUFlLEtBQUssTUFBTSxTQUFTLENBQUMsTUFBTTtBQUM5RSxRQUFNQyxRQUFPLHNCQUFzQixLQUFLLE1BQU0sSUFBSSxDQUFDLFlBQVksT0FBTyxLQUFLLGVBQWUsT0FBTyxRQUFRLHlCQUF5QixPQUFPLE9BQU8sV0FBV0QsU0FBUSxNQUFNLFFBQVEsQ0FBQyxDQUFDLElBQUksU0FBUztBQUNoTSxRQUFNLGFBQWEsT0FBTyxRQUFRLE1BQU0sY0FBYyxDQUFDLENBQUM7QUFDeEQsUUFBTSxnQkFBZ0IsV0FBVyxTQUM3QixDQUFDLG9CQUFvQixHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0seUJBQXlCLEtBQUssQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsS0FBSyxHQUFHLG1CQUFtQixJQUNqSSxDQUFDO0FBQ0wsU0FBTyxDQUFDQyxPQUFNLEdBQUcsZUFBZSxHQUFHLE1BQU0sTUFBTSxJQUFJLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRSxLQUFLLElBQUk7QUFDN0Y7QUFFQSxTQUFTLFdBQVcsVUFBNkI7QUFDL0MsUUFBTUEsUUFBTyx1QkFBdUIsS0FBSyxTQUFTLElBQUksQ0FBQyxnQkFBZ0IsS0FBSyxTQUFTLFNBQVMsQ0FBQyxXQUFXRCxTQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0MsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBU0QsU0FBUSxPQUF1QjtBQUN0QyxTQUFPLE9BQU8sU0FBUyxLQUFLLElBQUksTUFBTSxRQUFRLENBQUMsSUFBSTtBQUNyRDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLE1BQU0sUUFBUSx5REFBeUQsRUFBRTtBQUNsRjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2RjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxRQUFRLEVBQUUsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxNQUFNO0FBQ2xIOzs7QUNqRk8sSUFBTSxpQkFBb0QsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFdBQVcsVUFBVTtBQUc3RyxTQUFTLE9BQU9FLE1BQXdCO0FBQzdDLFFBQU0sT0FBT0EsS0FBSTtBQUNqQixRQUFNLFVBQVUsS0FBSyxPQUFPQSxLQUFJLFlBQVksS0FBS0EsS0FBSSxPQUFPO0FBQzVELFNBQU87QUFBQSxJQUNMLElBQUlBLEtBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCQSxJQUFHO0FBQUEsSUFDOUIsS0FBSyxPQUFPLEdBQUcsS0FBSyxHQUFHLElBQUlBLEtBQUksT0FBTyxLQUFLLEdBQUcsT0FBTyxJQUFJQSxLQUFJLE9BQU87QUFBQSxJQUNwRSxPQUFPLE1BQU0sV0FBVyxHQUFHLFlBQVksS0FBSyxNQUFNQSxLQUFJLE9BQU8sQ0FBQyxLQUFLLFlBQVksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksWUFBWSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsTUFBTTtBQUFBLElBQ3ZJLFVBQVUsT0FBTyxLQUFLLEtBQUssUUFBUSxTQUFTLEtBQUssYUFBYSxLQUFLLEtBQUtBLEtBQUksVUFBVSxNQUFNLFVBQVUsTUFBTSxDQUFDLE9BQU9BLEtBQUksT0FBTztBQUFBLElBQy9ILFNBQVMsQ0FBQyxPQUFPLE1BQU0sS0FBSyxlQUFlLE9BQU8sWUFBWSxLQUFLLFlBQVksS0FBSyxVQUFVLENBQUM7QUFBQSxJQUMvRixVQUFVQSxLQUFJLGFBQWEsT0FBTyxNQUFNLFlBQVlBLE1BQUtBLEtBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZUEsS0FBSSxPQUFPO0FBQUEsSUFDbkMsUUFBUUEsS0FBSSxlQUFlLE9BQU8sTUFBTSxZQUFZQSxLQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBRUEsSUFBTSxXQUF3RCxFQUFFLGNBQWMsVUFBVSxRQUFRLFVBQVUsU0FBUyxJQUFJLFVBQVUsVUFBVTtBQUdwSSxTQUFTLGdCQUFnQkEsTUFBNkQ7QUFDM0YsUUFBTSxVQUFVQSxLQUFJLFNBQVMsWUFBWUEsS0FBSSxPQUFPLFNBQVNBLEtBQUksSUFBSTtBQUNyRSxTQUFPLEdBQUcsT0FBTyxJQUFJQSxLQUFJLFVBQVUsRUFBRSxJQUFJLFlBQVlBLE1BQUtBLEtBQUksVUFBVSxLQUFLLENBQUM7QUFDaEY7QUFFQSxTQUFTLFlBQVlBLE1BQW1DLE9BQXVCO0FBQzdFLFNBQU9BLEtBQUksVUFBVSxTQUFTLE9BQU8sR0FBR0MsT0FBTSxPQUFPLENBQUMsQ0FBQyxRQUFRLFlBQVksS0FBSztBQUNsRjtBQUdPLFNBQVMsWUFBWUMsUUFBdUI7QUFDakQsTUFBSSxDQUFDLE9BQU8sU0FBU0EsTUFBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHRCxPQUFNQyxTQUFRLEtBQUssQ0FBQyxDQUFDO0FBQ2pDO0FBRUEsU0FBU0QsT0FBTSxPQUFlLFVBQTBCO0FBQ3RELFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxNQUFNLFFBQVE7QUFDbkU7QUFHTyxTQUFTLFdBQVcsU0FBaUM7QUFDMUQsU0FBTyxRQUFRLEtBQUssT0FBTyxDQUFDRCxTQUFRQSxLQUFJLFlBQVksTUFBTTtBQUM1RDtBQUdPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFdBQVcsUUFBUSxLQUFLLE9BQU8sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLE1BQU0sRUFBRTtBQUN0RSxRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQ0EsU0FBUUEsS0FBSSxZQUFZLFNBQVMsRUFBRTtBQUN2RSxNQUFJLFdBQVcsV0FBVyxFQUFHLFFBQU8sT0FBTyxRQUFRLEtBQUssTUFBTTtBQUM5RCxTQUFPLEdBQUcsV0FBVyxNQUFNLE9BQU8sUUFBUSxLQUFLLE1BQU0saUJBQWlCLFFBQVEsY0FBYyxNQUFNO0FBQ3BHO0FBR08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxlQUFlQSxNQUF3QjtBQUNyRCxRQUFNRyxPQUFNLE9BQU9ILElBQUc7QUFDdEIsTUFBSUEsS0FBSSxZQUFZLFVBQVcsUUFBTyw4Q0FBOENHLEtBQUksU0FBUztBQUNqRyxNQUFJLENBQUNILEtBQUksS0FBTSxRQUFPLFdBQVdHLEtBQUksR0FBRyx3QkFBd0JBLEtBQUksUUFBUSxnQkFBZ0JBLEtBQUksU0FBUztBQUN6RyxRQUFNLElBQUlILEtBQUksS0FBSyxXQUFXLE9BQU8sS0FBSyxTQUFTLGtCQUFrQkEsS0FBSSxLQUFLLE1BQU0sQ0FBQztBQUNyRixTQUFPLEdBQUdHLEtBQUksR0FBRyxTQUFTQSxLQUFJLEtBQUssOEJBQThCSCxLQUFJLEtBQUssUUFBUSxrQkFBa0JHLEtBQUksU0FBUyxLQUFLLFdBQVdILEtBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxjQUFjRyxLQUFJLFFBQVE7QUFDMUs7QUFFQSxJQUFNLGFBQTBEO0FBQUEsRUFDOUQsY0FBYztBQUFBLEVBQ2QsU0FBUztBQUFBLEVBQ1QsUUFBUTtBQUFBLEVBQ1IsVUFBVTtBQUNaO0FBR08sU0FBUyxrQkFBa0IsR0FBbUI7QUFDbkQsU0FBTyxLQUFLLE9BQVEsT0FBTyxLQUFLLE1BQU0sSUFBSSxHQUFJLElBQUksR0FBSSxJQUFJLEVBQUUsY0FBYyxDQUFDO0FBQzdFO0FBUU8sU0FBUyxZQUFZLFNBQThCO0FBQ3hELFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sQ0FBQ0gsU0FBUUEsS0FBSSxRQUFRQSxLQUFJLFlBQVksU0FBUztBQUNqRixRQUFNLFFBQVEsT0FBTyxPQUFPLENBQUNBLFNBQVFBLEtBQUksTUFBTSxlQUFlLElBQUk7QUFDbEUsTUFBSSxNQUFNLFFBQVE7QUFDaEIsVUFBTSxLQUFLLEdBQUcsTUFBTSxNQUFNLHlIQUF5SCxNQUFNLElBQUksQ0FBQ0EsU0FBUUEsS0FBSSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzVMO0FBQ0EsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDQSxTQUFRQSxLQUFJLFFBQVFBLEtBQUksVUFBVUEsS0FBSSxLQUFLLGFBQWE7QUFDcEYsTUFBSSxLQUFLLFFBQVE7QUFDZixVQUFNLEtBQUssR0FBRyxLQUFLLE1BQU0scUZBQXFGLEtBQUssSUFBSSxDQUFDQSxTQUFRLEdBQUdBLEtBQUksRUFBRSxLQUFLQSxLQUFJLE9BQU8sTUFBTUEsS0FBSSxNQUFNLGFBQWEsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUN6TTtBQUNBLFNBQU87QUFDVDs7O0FDNUdPLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxTQUFTLE1BQU07QUFDcEMsUUFBTSxNQUFNO0FBQUEsSUFDVixPQUFPLElBQUksY0FBYyxRQUFRLE1BQU0sT0FBTyxRQUFRLFFBQVEsTUFBTSxTQUFTLE9BQU8sQ0FBQztBQUFBLElBQ3JGO0FBQUEsSUFDQSxhQUFhLFFBQVEsT0FBTyxjQUFjLFFBQVEsSUFBSSxPQUFPLFFBQVEsT0FBTyxRQUFRLGdCQUFnQixRQUFRLE9BQU8sZ0JBQWdCLFFBQVEsQ0FBQyxDQUFDLGNBQWMsUUFBUSxPQUFPO0FBQUEsSUFDMUs7QUFBQSxJQUNBLEdBQUksUUFBUSxhQUFhLENBQUMsTUFBTSxpQkFBaUIsT0FBTyxRQUFRLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsYUFBV0ksUUFBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssVUFBVUEsS0FBSSxFQUFFLElBQUksSUFBSSxHQUFHQSxLQUFJLFdBQVcsS0FBSyxlQUFlQSxJQUFHLENBQUMsS0FBSyxFQUFFO0FBQ2xGLGVBQVcsWUFBWUEsS0FBSSxXQUFXO0FBQ3BDLFVBQUksS0FBSyxjQUFjLFNBQVMsT0FBTyxPQUFPLFNBQVMsUUFBUSxPQUFPLFNBQVMsTUFBTSxLQUFLLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxLQUFLLFNBQVMsVUFBVSxRQUFRLFNBQVMsSUFBSSxFQUFFO0FBQUEsSUFDcEw7QUFDQSxRQUFJLEtBQUssaUJBQWlCQSxLQUFJLE1BQU0sSUFBSSxnQkFBZ0JBLEtBQUksTUFBTSxLQUFLLHNCQUFzQkEsS0FBSSxNQUFNLEtBQUssS0FBSyxFQUFFO0FBQUEsRUFDckg7QUFDQSxNQUFJO0FBQUEsSUFDRix5QkFBeUIsUUFBUSxLQUFLLE1BQU07QUFBQSxJQUM1QztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFFBQVEsS0FDUixJQUFJLE1BQU0sRUFDVixJQUFJLENBQUNDLFNBQVEsT0FBT0EsS0FBSSxFQUFFLFFBQVEsS0FBS0EsS0FBSSxTQUFTLENBQUMsTUFBTUEsS0FBSSxHQUFHLE1BQU1BLEtBQUksS0FBSyxNQUFNQSxLQUFJLFFBQVEsTUFBTUEsS0FBSSxPQUFPLE1BQU0sS0FBS0EsS0FBSSxRQUFRLENBQUMsTUFBTUEsS0FBSSxPQUFPLElBQUk7QUFBQSxJQUNwSyxHQUFHLFlBQVksT0FBTyxFQUFFLFFBQVEsQ0FBQyxTQUFTLENBQUMsSUFBSSxLQUFLLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDM0Q7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsY0FBYyxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxHQUFHLGNBQWMsUUFBUSxNQUFNLEtBQUssY0FBYyxRQUFRLE1BQU0sSUFBSSxpQkFBaUIsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUMvSjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCO0FBRUEsU0FBUyxLQUFLQyxPQUFzQjtBQUNsQyxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLO0FBQ2xDOzs7QUN2Q08sU0FBUyxjQUFjLFNBQWdDO0FBQzVELFNBQU87QUFBQSxJQUNMLE1BQU0sb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsTUFBTTtBQUFBLElBQzVELFdBQVcsUUFBUSxPQUFPO0FBQUEsSUFDMUIsTUFBTSxRQUFRLE9BQU87QUFBQSxJQUNyQixZQUFZLEVBQUUsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUMvRyxPQUFPLFFBQVEsS0FBSyxJQUFJLENBQUNDLFNBQVE7QUFDL0IsWUFBTUMsT0FBTSxPQUFPRCxJQUFHO0FBQ3RCLFlBQU0sVUFBVTtBQUFBLFFBQ2RBLEtBQUk7QUFBQSxRQUNKLGNBQWNDLEtBQUksU0FBUztBQUFBLFFBQzNCLGVBQWVBLEtBQUksR0FBRyxXQUFXQSxLQUFJLEtBQUs7QUFBQSxRQUMxQyxjQUFjQSxLQUFJLFFBQVE7QUFBQSxRQUMxQixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixhQUFhQSxLQUFJLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxLQUFJLE9BQU87QUFBQSxRQUN2QixzQkFBc0JBLEtBQUksTUFBTTtBQUFBLFFBQ2hDLFlBQVlELEtBQUksT0FBTztBQUFBLFFBQ3ZCLEdBQUdBLEtBQUksVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLEVBQUUsVUFBVSxTQUFTLEVBQUUsUUFBUSxFQUFFO0FBQUEsUUFDakksU0FBU0EsS0FBSSxNQUFNLElBQUk7QUFBQSxRQUN2QixXQUFXQSxLQUFJLE1BQU0sS0FBSztBQUFBLFFBQzFCLFFBQVFBLEtBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNQSxLQUFJO0FBQUEsUUFDVixXQUFXLG1CQUFtQkEsS0FBSSxJQUFJO0FBQUEsUUFDdEMsR0FBSUEsS0FBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZUEsSUFBRyxHQUFHLE1BQU1BLEtBQUksU0FBUyxNQUFNLFFBQVEsRUFBRTtBQUFBLFFBQ2hILFdBQVc7QUFBQSxNQUNiO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUM5Qk8sU0FBUyxXQUFXLFdBQW1CLE1BQXNCO0FBQ2xFLFNBQU8sR0FBRyxVQUFVLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxJQUFJO0FBQ2pEO0FBR08sU0FBUyxZQUFZLFNBQW9CLFdBQTJDO0FBQ3pGLFNBQU87QUFBQSxJQUNMLENBQUMsV0FBVyxXQUFXLGNBQWMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUFBLElBQzVFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksQ0FBQyxjQUFjLE9BQU8sQ0FBQyxDQUFDO0FBQUEsSUFDMUUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxDQUFDLEdBQUcsZUFBZSxPQUFPO0FBQUEsRUFDOUQ7QUFDRjs7O0FDZEEsSUFBTSxVQUF5QztBQUFBLEVBQzdDLENBQUMsTUFBTSxLQUFLO0FBQUEsRUFDWixDQUFDLGFBQWEsV0FBVztBQUFBLEVBQ3pCLENBQUMsT0FBTyxZQUFZO0FBQUEsRUFDcEIsQ0FBQyxTQUFTLG9CQUFvQjtBQUFBLEVBQzlCLENBQUMsWUFBWSxXQUFXO0FBQUEsRUFDeEIsQ0FBQyxXQUFXLFNBQVM7QUFBQSxFQUNyQixDQUFDLFlBQVksVUFBVTtBQUFBLEVBQ3ZCLENBQUMsV0FBVyxTQUFTO0FBQ3ZCO0FBTU8sU0FBUyxlQUFlLFNBQTRCO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxNQUFNO0FBQ3BDLFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQ0UsU0FBUUEsS0FBSSxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDMUcsUUFBTSxPQUFPLENBQUMsVUFBb0IsS0FBSyxNQUFNLElBQUksQ0FBQ0MsT0FBTSxNQUFNQSxNQUFLLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUMzRyxRQUFNLE1BQU07QUFBQSxJQUNWLGFBQWEsUUFBUSxNQUFNLE1BQU0sU0FBUyxPQUFPLENBQUMsYUFBYSxRQUFRLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFBQSxJQUNwRztBQUFBLElBQ0EsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3RDLEdBQUcsS0FBSyxJQUFJLENBQUNELFNBQVEsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEdBQUcsTUFBTUEsS0FBSSxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDM0QsR0FBRyxZQUFZLE9BQU8sRUFBRSxJQUFJLENBQUMsU0FBUyxPQUFPLElBQUksRUFBRTtBQUFBLEVBQ3JEO0FBQ0EsYUFBV0UsUUFBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPQSxLQUFJLEVBQUUsS0FBS0EsS0FBSSxXQUFXLElBQUksT0FBTyxlQUFlQSxJQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVlBLEtBQUksV0FBVztBQUNwQyxVQUFJLEtBQUssYUFBYSxTQUFTLE9BQU8sS0FBSyxTQUFTLE1BQU0sS0FBSyxTQUFTLEtBQUssWUFBWSxTQUFTLE1BQU0sS0FBSyxTQUFTLFVBQVUsUUFBUSxTQUFTLElBQUksRUFBRTtBQUN2SixVQUFJLEtBQUssU0FBUyxTQUFTLFFBQVEsRUFBRTtBQUFBLElBQ3ZDO0FBQ0EsUUFBSSxLQUFLLGVBQWVBLEtBQUksTUFBTSxJQUFJLElBQUksZUFBZUEsS0FBSSxNQUFNLEtBQUssSUFBSSxlQUFlQSxLQUFJLE1BQU0sS0FBSyxFQUFFO0FBQUEsRUFDOUc7QUFDQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0EsZ0JBQWdCLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUc7QUFBQSxJQUM1RCxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQyxnQkFBZ0IsUUFBUSxNQUFNLElBQUk7QUFBQSxJQUNsQyxnQkFBZ0IsUUFBUSxNQUFNLEtBQUs7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsV0FBWSxLQUFJLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxPQUFPLFFBQVEsVUFBVSxJQUFJLEVBQUU7QUFDM0YsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0Qjs7O0FDdENPLFNBQVMsa0JBQWtCLE1BQTZCO0FBQzdELFFBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUNuRixRQUFNLFNBQVMsS0FBSyxRQUFRLFFBQVE7QUFDcEMsUUFBTSxNQUFNLENBQUMsSUFBSSxxQkFBcUIsRUFBRTtBQUN4QyxNQUFJLFFBQVE7QUFDVixVQUFNLFNBQVMsT0FBTyxVQUFVLE1BQU0sT0FBTyxTQUFTO0FBQ3RELFFBQUk7QUFBQSxNQUNGLElBQUksZ0JBQWdCLEdBQUcsS0FBSyxFQUFFO0FBQUEsTUFDOUIsSUFBSSxvQkFBb0IsR0FBR0MsU0FBUSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksT0FBTyxVQUFVLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM1RixJQUFJLGlCQUFpQixHQUFHQSxTQUFRLEtBQUssT0FBTyxRQUFRLEVBQUUsQ0FBQyxJQUFJLE9BQU8sU0FBUyxDQUFDLFdBQVcsS0FBSyxFQUFFO0FBQUEsTUFDOUY7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxZQUFZO0FBQ3pDLFVBQU0sYUFBYSxRQUFRLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxTQUFTLFlBQVksUUFBUSxJQUFJLENBQUM7QUFDaEYsUUFBSSxXQUFXLFdBQVcsRUFBRztBQUM3QixRQUFJLEtBQUssT0FBTyxLQUFLLElBQUksR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxhQUFhLE1BQU0sQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3JHO0FBQ0EsTUFBSSxLQUFLLGtCQUFrQixLQUFLLE1BQU0sb0JBQW9CLEtBQU0sUUFBUSxDQUFDLENBQUMsS0FBSyxFQUFFO0FBQ2pGLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxJQUFNLHFCQUFxQixDQUFDLHNCQUFzQixjQUFjLE9BQU8sV0FBVyxvQkFBb0I7QUFDdEcsSUFBTSxtQkFBbUIsQ0FBQyxpQkFBaUIsV0FBVztBQUV0RCxJQUFNLGFBQXlEO0FBQUEsRUFDN0QsQ0FBQyxRQUFRLENBQUMsU0FBUyxLQUFLLFdBQVcsT0FBTyxDQUFDO0FBQUEsRUFDM0MsQ0FBQyxhQUFhLENBQUMsU0FBUyxtQkFBbUIsU0FBUyxJQUFJLENBQUM7QUFBQSxFQUN6RCxDQUFDLFdBQVcsQ0FBQyxTQUFTLGlCQUFpQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3JELENBQUMsVUFBVSxDQUFDLFNBQVMsQ0FBQyxLQUFLLFdBQVcsT0FBTyxLQUFLLENBQUMsbUJBQW1CLFNBQVMsSUFBSSxLQUFLLENBQUMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQzFIO0FBRUEsU0FBUyxJQUFJLE1BQWMsT0FBdUI7QUFDaEQsU0FBTyxPQUFPLEdBQUcsSUFBSSxHQUFHLE9BQU8sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLO0FBQ25EO0FBRUEsU0FBUyxhQUFhLFFBQWlDO0FBQ3JELFFBQU0sSUFBSSxPQUFPO0FBQ2pCLFVBQVEsT0FBTyxNQUFNO0FBQUEsSUFDbkIsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3pGLEtBQUssUUFBUTtBQUNYLFlBQU0sU0FBUyxFQUFFLFVBQVUsTUFBTSxFQUFFLFNBQVM7QUFDNUMsYUFBTyxHQUFHQSxTQUFRLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxXQUFXLEtBQUs7QUFBQSxJQUNqRTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sR0FBRyxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQyxRQUFRLE9BQU8sRUFBRSxPQUFPLEdBQUcsT0FBTyxRQUFRLENBQUM7QUFBQSxJQUN2SSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLE9BQU8sRUFDMUQsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBUyxFQUN0QyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsRUFDM0QsS0FBSyxHQUFHO0FBQUEsRUFDZjtBQUNGO0FBRUEsU0FBUyxPQUFPLE9BQWUsVUFBMEI7QUFDdkQsTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU8sR0FBRyxLQUFLLFFBQVEsR0FBSSxDQUFDLE1BQU0sU0FBUyxJQUFJLEdBQUcsS0FBSyxLQUFLLENBQUMsT0FBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUM7QUFDbEksTUFBSSxhQUFhLE9BQVEsUUFBTyxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsU0FBUyxNQUFNLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQyxRQUFRLEdBQUcsS0FBSyxLQUFLLENBQUM7QUFDcEksU0FBTyxLQUFLLEtBQUs7QUFDbkI7QUFFQSxTQUFTLEtBQUssT0FBdUI7QUFDbkMsU0FBTyxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQzdDO0FBRUEsU0FBU0EsU0FBUUMsUUFBdUI7QUFDdEMsU0FBTyxJQUFJQSxTQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDcEM7OztBQ2xETyxTQUFTLGFBQWEsTUFBcUIsT0FBc0Q7QUFDdEcsUUFBTSxFQUFFLFFBQUFDLFNBQVEsS0FBQUMsTUFBSyxNQUFBQyxNQUFLLElBQUk7QUFDOUIsUUFBTSxhQUFhLHFCQUFxQkEsT0FBTUQsSUFBRztBQUNqRCxRQUFNLFdBQVdDLE1BQUssc0JBQXNCLFVBQWEsZUFBZSxTQUFZLFNBQVksRUFBRSxtQkFBbUJBLE1BQUssbUJBQW1CLFdBQVc7QUFDeEosUUFBTSxVQUFVLGdCQUFnQixNQUFNLFNBQVNGLFNBQVFDLE1BQUtDLEtBQUksR0FBRztBQUFBLElBQ2pFLFFBQVFGLFFBQU87QUFBQSxJQUNmLFVBQVVBLFFBQU87QUFBQSxJQUNqQixTQUFTQSxRQUFPO0FBQUEsSUFDaEIsS0FBSyxNQUFNO0FBQUEsSUFDWCxLQUFBQztBQUFBLElBQ0E7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPLEVBQUUsR0FBRyxTQUFTLFlBQVksTUFBTSxjQUFjLEtBQUs7QUFDNUQ7QUFNTyxTQUFTLGlCQUFpQixNQUFxQixPQUErQztBQUNuRyxRQUFNLFVBQVUsYUFBYSxNQUFNLEtBQUs7QUFDeEMsUUFBTSxRQUFRLE1BQU0sYUFDaEIsOERBQThELE1BQU0sT0FBTyxTQUFTO0FBQUEsSUFDcEYsZUFBZSxPQUFPO0FBQzFCLFNBQU8sRUFBRSxRQUFRLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQUssS0FBSyxJQUFJLEdBQUcsWUFBWSxTQUFTLE1BQU0sT0FBTyxTQUFTLEVBQUU7QUFDM0c7OztBQzdDQSxJQUFNLFVBQVUsQ0FBQyxLQUFLLEtBQUssTUFBTTtBQVExQixTQUFTLGVBQWUsS0FBeUI7QUFDdEQsUUFBTSxLQUFLLFFBQVEsU0FBUyxJQUFJLGtCQUFrQixLQUFLLEVBQUUsWUFBWSxLQUFLLEVBQUU7QUFDNUUsUUFBTSxRQUFRLElBQUkseUJBQXlCLEtBQUssS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU07QUFDN0YsU0FBTyxNQUFNLFNBQVMsS0FBSyxPQUFPO0FBQ3BDOzs7QUNQTyxTQUFTLGNBQWMsTUFBd0U7QUFHcEcsTUFBSSxLQUFLLGVBQWUsVUFBYSxLQUFLLFFBQVEsZUFBZSxPQUFXLFFBQU8sQ0FBQztBQUNwRixRQUFNLE9BQU8sV0FBVztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxxRkFBcUY7QUFHaEgsUUFBTUUsVUFBUyxFQUFFLEdBQUcsS0FBSyxRQUFRLFFBQVEsYUFBYSxLQUFLLE1BQU0sRUFBRTtBQUNuRSxTQUFPLGlCQUFpQixNQUFNO0FBQUEsSUFDNUIsUUFBQUE7QUFBQSxJQUNBLEtBQUssS0FBSztBQUFBLElBQ1YsTUFBTSxLQUFLO0FBQUEsSUFDWCxLQUFLLG9CQUFJLEtBQUs7QUFBQSxJQUNkLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsWUFBWSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsRUFDeEMsQ0FBQztBQUNIOzs7QXBETkEsSUFBTSxTQUFTLFdBQVcsWUFBWTtBQUN0QyxJQUFNLE9BQU8sYUFBYSxjQUFjO0FBQ3hDLElBQU0sTUFBTSxhQUFhLFVBQVU7QUFFbkMsSUFBTSxNQUFNLFdBQVcsUUFBUSxFQUFFLE1BQU0sVUFBVSxHQUFHLGVBQWUsS0FBSyxVQUFVLEtBQUssT0FBTyxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBR3ZHLElBQU0sVUFBbUI7QUFBQSxFQUM5QixHQUFHLFlBQVksTUFBTTtBQUFBLEVBQ3JCLFdBQVcsRUFBRSxZQUFZLEtBQUssU0FBUztBQUFBLEVBQ3ZDLG1CQUFtQixJQUFJO0FBQUEsRUFDdkIsWUFBWSxFQUFFLEdBQUcsSUFBSSxZQUFZLEdBQUcsZUFBZSxJQUFJLEVBQUU7QUFDM0Q7QUFFQSxJQUFNLFVBQVUsYUFBYSxRQUFRLEdBQUc7QUFHakMsU0FBUyxRQUFlO0FBQzdCLFNBQU8sU0FBUyxNQUFNO0FBQ3hCO0FBR2UsU0FBUixtQkFBa0IsS0FBa0I7QUFDekMsUUFBTSxrQkFBa0IsS0FBSyxJQUFJLElBQUlDLE1BQUssU0FBUyxhQUFhO0FBQ2hFLEVBQUFBLE1BQUssR0FBRyxRQUFRLEtBQUssT0FBTyxPQUFPLE9BQU8sTUFBTSxjQUFjLENBQUM7QUFDL0QsVUFBUSxNQUFNLEdBQUc7QUFDbkI7QUFHTyxTQUFTLFNBQVMsS0FBa0I7QUFDekMsVUFBUSxNQUFNLEdBQUc7QUFDbkI7QUFHTyxTQUFTQyxlQUFjLE1BQTZDO0FBQ3pFLFFBQU0sVUFBVSxjQUFhLElBQUk7QUFDakMsUUFBTSxTQUFTLFdBQVcsTUFBTSxZQUFZLE1BQU0sS0FBSyxPQUFPLENBQUM7QUFDL0QsUUFBTSxPQUFPLGVBQWUsTUFBTTtBQUNsQyxTQUFPO0FBQUEsSUFDTCxHQUFHO0FBQUEsSUFDSCxDQUFDLFdBQVcsT0FBTyxXQUFXLGlCQUFpQixDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsRUFBRSxHQUFHLFFBQVEsS0FBSyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUNsRyxRQUFRLEdBQUcsUUFBUSxVQUFVLEVBQUU7QUFBQSxFQUFLLElBQUk7QUFBQTtBQUFBLEVBQzFDO0FBQ0Y7IiwKICAibmFtZXMiOiBbImV4ZWMiLCAidGV4dCIsICJtcyIsICJjb25maWciLCAic2hhcmUiLCAic2xvIiwgInNoYXJlIiwgIm1zIiwgImR1cmF0aW9uTXMiLCAidGFncyIsICJtcyIsICJ0YWdzIiwgInNsbyIsICJhZGQiLCAiY29uZmlnIiwgInBsYW4iLCAicDk1TXMiLCAiY29uZmlnIiwgInBsYW4iLCAicDk5TXMiLCAicm93IiwgImV4ZWMiLCAiY291bnQiLCAiZXhlYyIsICJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJzaGFyZSIsICJzaGFyZSIsICJtaXgiLCAiZXhlYyIsICJjb25maWciLCAiQ291bnRlciIsICJDb3VudGVyIiwgInRhZ3MiLCAicm93IiwgImNvbmZpZyIsICJtaXgiLCAicm93IiwgImFuc3dlciIsICJleGVjIiwgInRleHQiLCAib3B0aW9ucyIsICJodHRwIiwgImNvbmZpZyIsICJodHRwIiwgImNvbmZpZyIsICJleGVjIiwgImNvbmZpZyIsICJkdXJhdGlvbiIsICJwZXJTZWNvbmQiLCAicmF0ZSIsICJyYXRlIiwgInNoYXJlIiwgInBsYW4iLCAibWl4IiwgInNsbyIsICJwbGFubmVkSXRlcmF0aW9ucyIsICJyb3VuZCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgInNlY29uZHMiLCAib3BlbiIsICJzbG8iLCAicm91bmQiLCAic2hhcmUiLCAicm93IiwgInNsbyIsICJyb3ciLCAidGV4dCIsICJzbG8iLCAicm93IiwgInJvdyIsICJjZWxsIiwgInNsbyIsICJwZXJjZW50IiwgInNoYXJlIiwgImNvbmZpZyIsICJzbG8iLCAicGxhbiIsICJjb25maWciLCAiZXhlYyIsICJoYW5kbGVTdW1tYXJ5Il0KfQo=
