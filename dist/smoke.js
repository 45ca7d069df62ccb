// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

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
function fixedBound(events) {
  return { fixed: events, trials: 0, share: 0 };
}
function sampleCap(bound, failureShare, alpha) {
  if (bound.trials === 0) return bound.fixed;
  const share2 = bound.share === "retries" ? failureShare : bound.share;
  return bound.fixed + upperQuantile(bound.trials, share2, alpha);
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
    const share2 = failureShare(slo.group);
    const plannedSample = remember(`cap ${JSON.stringify(bound)} ${share2}`, () => sampleCap(bound, share2, sizeAlpha));
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
function percent(share2) {
  return `${round(share2 * 100)}%`;
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
  setExemplarObjective(settings.p95Ms);
  setLatencyObjectives(settings);
  const catalog = sloSetup(config2, settings, plan);
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

// lib/journeys/crud.ts
function createWithRetry(client2, beast, name) {
  const first = client2.create(beast, name);
  if (first.status === 500) return client2.create(beast, name).status === EXPECTED_STATUS.POST;
  return first.status === EXPECTED_STATUS.POST;
}
function crudJourney(client2, beast, name) {
  if (!createWithRetry(client2, beast, name)) return;
  checkList(client2.list(beast), beast, { "GET lists the new name": (names) => names.includes(name) });
  if (client2.remove(beast, name).status !== EXPECTED_STATUS.DELETE) return;
  checkList(client2.list(beast), beast, { "GET no longer lists it": (names) => !names.includes(name) });
}
function checkList(list, beast, sets) {
  if (list.response.status !== EXPECTED_STATUS.GET) return;
  const conditions = Object.fromEntries(Object.entries(sets).map(([name, condition]) => [name, (answer2) => answer2.names !== void 0 && condition(answer2.names)]));
  checked(list, conditions, { beast, method: "GET" });
}

// lib/journeys/start.ts
import exec5 from "k6/execution";

// lib/run-id.ts
import exec4 from "k6/execution";
function agreedTestid(config2) {
  return exec4.test.options.tags?.testid ?? config2.testid;
}
function setupRun(run) {
  if (!run) exec4.test.abort("setup() did not run (--no-setup?): the suite's setup probes the target and names the run's rows; run without --no-setup");
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

// lib/plans/sample.ts
function crudSample(iterations2) {
  return {
    requests: {
      GET: fixedBound(2 * iterations2),
      POST: { fixed: iterations2, trials: iterations2, share: "retries" },
      DELETE: fixedBound(iterations2)
    },
    checks: fixedBound(2 * iterations2)
  };
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
function formatShare(share2) {
  if (!Number.isFinite(share2)) return "∞";
  return `${round3(share2 * 100, 2)}%`;
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

// scenarios/smoke.ts
var config = loadConfig("smoke");
var vus = config.load.vus ?? 4;
var iterations = config.load.iterations ?? 10;
var options = {
  ...baseOptions(config),
  scenarios: {
    smoke: { executor: "per-vu-iterations", vus, iterations, maxDuration: "45s" }
  },
  // The SLO catalog as thresholds, sized on the journeys this plan runs; a smoke run gates: a
  // breach aborts it (SLO_MODE overrides).
  ...sloOptions(config, { mode: "gate", sample: crudSample(vus * iterations) })
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NsaWVudC50cyIsICIuLi90aHJlc2hvbGRzL2JhZC1ldmVudHMudHMiLCAiLi4vdGhyZXNob2xkcy9xdWVyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvc3RhdGlzdGljcy50cyIsICIuLi90aHJlc2hvbGRzL3NhbXBsZS50cyIsICIuLi90aHJlc2hvbGRzL2NhdGFsb2cudHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2NvbmZpZy9yZXBvcnQtZGlyLnRzIiwgIi4uL2xpYi9jb25maWcvdXJsLWNyZWRlbnRpYWxzLnRzIiwgIi4uL2xpYi9leGVtcGxhcnMudHMiLCAiLi4vdGhyZXNob2xkcy9jb21waWxlLnRzIiwgIi4uL3RocmVzaG9sZHMvc2V0dXAudHMiLCAiLi4vdGhyZXNob2xkcy9zZXR0aW5ncy50cyIsICIuLi90aHJlc2hvbGRzL2s2LnRzIiwgIi4uL2xpYi9yZXF1ZXN0LXRpbWVvdXQudHMiLCAiLi4vbGliL25hbWVzLnRzIiwgIi4uL2xpYi90cmFjaW5nL2s2LnRzIiwgIi4uL2xpYi90cmFjaW5nL3RyYWNlcGFyZW50LnRzIiwgIi4uL2xpYi92ZXJzaW9uLnRzIiwgIi4uL2xpYi9kYXRhL25hbWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvY2hlY2tzLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9jcnVkLnRzIiwgIi4uL2xpYi9qb3VybmV5cy9zdGFydC50cyIsICIuLi9saWIvcnVuLWlkLnRzIiwgIi4uL2xpYi9ydW4tbGlmZS50cyIsICIuLi9saWIvam91cm5leXMvcHJvYmUudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9zeXN0ZW0tdGFncy50cyIsICIuLi9saWIvb3B0aW9ucy50cyIsICIuLi9saWIvcGxhbnMvc2FtcGxlLnRzIiwgIi4uL3RocmVzaG9sZHMvbGlua3MudHMiLCAiLi4vdGhyZXNob2xkcy9zdW1tYXJ5LXNjaGVtYS50cyIsICIuLi90aHJlc2hvbGRzL2V2YWx1YXRlLnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2p1bml0LnRzIiwgIi4uL3RocmVzaG9sZHMvcmVwb3J0L2Zvcm1hdC50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi90aHJlc2hvbGRzL3JlcG9ydC9zbG8tanVuaXQudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvZmlsZXMudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGFibGUudHMiLCAiLi4vdGhyZXNob2xkcy9yZXBvcnQvdGV4dC1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZW5kLW9mLXRlc3QudHMiLCAiLi4vbGliL3dlYi1kYXNoYm9hcmQudHMiLCAiLi4vbGliL3N1bW1hcnkudHMiLCAiLi4vc2NlbmFyaW9zL3Ntb2tlLnRzIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7O0FBQUEsT0FBTyxVQUF1RDs7O0FDQTlELFNBQVMsZUFBZTs7O0FDWWpCLElBQU0sZUFBZTtBQU9yQixTQUFTLFdBQVcsTUFBZSxVQUF5QixhQUFxQixPQUErQjtBQUNySCxRQUFNLFVBQVUsYUFBYSxPQUFPLFNBQVMsWUFBWSxjQUFjLFdBQVcsT0FBTyxnQkFBZ0I7QUFDekcsUUFBTSxRQUFRLFlBQVksT0FBTyxTQUFTLFlBQVksUUFBUSxPQUFPO0FBQ3JFLE1BQUksU0FBUyxXQUFXO0FBQ3RCLFVBQU0sSUFBSSxZQUFZO0FBQ3RCLFVBQU0sV0FBVyxhQUFhLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZDLFdBQU87QUFBQSxNQUNMLFFBQVEsc0JBQXNCLENBQUMscUNBQXFDLFFBQVE7QUFBQSxNQUM1RSxrQkFBa0IsNkJBQTZCLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFBQSxNQUM3RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FDSixTQUFTLGlCQUNMLFdBQVcsc0JBQXNCLE9BQU8sRUFBRSxtQkFBbUIsUUFBUSxDQUFDLElBQ3RFLFdBQVcsNEJBQTRCLE9BQU8sRUFBRSxRQUFRLE9BQU8sQ0FBQztBQUN0RSxTQUFPLEVBQUUsUUFBUSxrQkFBa0IsUUFBUSxTQUFTLE1BQU07QUFDNUQ7QUFHQSxTQUFTLFdBQVcsU0FBaUIsT0FBbUIsTUFBc0M7QUFDNUYsU0FBTyxRQUFRLE9BQU8sR0FBRyxhQUFhLE9BQU8sSUFBSSxDQUFDLHlCQUF5QixPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzlHO0FBRUEsU0FBUyxhQUFhLE9BQW1CLE9BQXVDO0FBQzlFLFFBQU0sU0FBUyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxRQUFRLEdBQUcsTUFBTTtBQUMxRixTQUFPLElBQUksT0FBTyxRQUFRLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUM3RTtBQUdPLFNBQVMsYUFBYSxPQUFtQyxXQUE0QjtBQUMxRixRQUFNLFFBQVE7QUFBQSxJQUNaLDRCQUE0QixZQUFZO0FBQUEsSUFDeEMsUUFBUSxNQUFNLEdBQUcsT0FBTyxNQUFNLEtBQUs7QUFBQTtBQUFBLElBRW5DLHdCQUF3QixNQUFNLE1BQU0sb0NBQW9DLE1BQU0sTUFBTTtBQUFBLElBQ3BGLEdBQUksWUFBWSxDQUFDLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPLEtBQUssTUFBTSxLQUFLLE1BQU0sQ0FBQztBQUNoQztBQU9PLFNBQVMsWUFBWSxPQUFtQyxPQUFnQztBQUM3RixRQUFNLFFBQVEsVUFBVSxVQUFVLG9CQUFvQjtBQUN0RCxRQUFNLFNBQVMsa0JBQWtCLFlBQVksTUFBTSxNQUFNLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxLQUFLO0FBQ3JGLFFBQU0saUJBQWlCLEVBQUUsVUFBVSxXQUFXLE1BQU0sV0FBVztBQUMvRCxTQUFPLGlCQUFpQixHQUFHLE1BQU0sb0JBQW9CLE1BQU0sTUFBTSxNQUFNO0FBQ3pFOzs7QUNoRUEsSUFBTSxVQUFVO0FBQUEsRUFDZDtBQUFBLEVBQXFCO0FBQUEsRUFBbUI7QUFBQSxFQUFxQjtBQUFBLEVBQW9CO0FBQUEsRUFDakY7QUFBQSxFQUFvQjtBQUFBLEVBQXNCO0FBQUEsRUFBdUI7QUFDbkU7QUFHTyxTQUFTLFNBQVMsR0FBbUI7QUFDMUMsTUFBSSxJQUFJLElBQUssUUFBTyxLQUFLLElBQUksS0FBSyxLQUFLLEtBQUssSUFBSSxLQUFLLEtBQUssQ0FBQyxDQUFDLElBQUksU0FBUyxJQUFJLENBQUM7QUFDOUUsUUFBTSxJQUFJLElBQUk7QUFDZCxNQUFJLE1BQU0sUUFBUSxDQUFDO0FBQ25CLFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxRQUFRLElBQUssUUFBTyxRQUFRLENBQUMsS0FBSyxJQUFJO0FBQ2xFLFFBQU0sSUFBSSxJQUFJO0FBQ2QsU0FBTyxNQUFNLEtBQUssSUFBSSxJQUFJLEtBQUssRUFBRSxLQUFLLElBQUksT0FBTyxLQUFLLElBQUksQ0FBQyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUc7QUFDakY7QUFHQSxTQUFTLE9BQU8sR0FBVyxHQUFXLEdBQW1CO0FBQ3ZELFNBQU8sU0FBUyxJQUFJLENBQUMsSUFBSSxTQUFTLElBQUksQ0FBQyxJQUFJLFNBQVMsSUFBSSxJQUFJLENBQUMsSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDNUc7QUFNQSxTQUFTLFNBQVMsR0FBVyxHQUFXLE1BQWMsTUFBc0I7QUFDMUUsUUFBTSxPQUFPLEtBQUssSUFBSTtBQUN0QixNQUFJLE9BQU87QUFDWCxNQUFJLE1BQU07QUFDVixXQUFTLElBQUksTUFBTSxTQUFTLElBQUksSUFBSSxJQUFJLElBQUksR0FBRyxLQUFLLE1BQU07QUFDeEQsWUFBUSxTQUFTLEtBQU0sSUFBSSxNQUFNLElBQUksS0FBTSxPQUFRLEtBQUssSUFBSSxJQUFJLEtBQU07QUFDdEUsV0FBTztBQUNQLFFBQUksT0FBTyxNQUFNLE1BQU87QUFBQSxFQUMxQjtBQUNBLFNBQU8sS0FBSyxJQUFJLE9BQU8sR0FBRyxHQUFHLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxDQUFDO0FBQ3BEO0FBR08sU0FBUyxVQUFVLEdBQVcsR0FBVyxHQUFtQjtBQUNqRSxNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLE1BQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLFFBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUM7QUFDbkMsU0FBTyxJQUFJLE9BQU8sS0FBSyxJQUFJLEdBQUcsU0FBUyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxLQUFLLElBQUksR0FBRyxJQUFJLFVBQVUsR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQzlGO0FBR08sU0FBUyxVQUFVLEdBQVcsR0FBVyxHQUFtQjtBQUNqRSxNQUFJLElBQUksRUFBRyxRQUFPO0FBQ2xCLE1BQUksS0FBSyxFQUFHLFFBQU87QUFDbkIsTUFBSSxLQUFLLEVBQUcsUUFBTztBQUNuQixNQUFJLEtBQUssRUFBRyxRQUFPO0FBQ25CLFFBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUM7QUFDbkMsU0FBTyxJQUFJLE9BQU8sS0FBSyxJQUFJLEdBQUcsU0FBUyxHQUFHLEdBQUcsR0FBRyxFQUFFLENBQUMsSUFBSSxLQUFLLElBQUksR0FBRyxJQUFJLFVBQVUsR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQy9GO0FBTU8sU0FBUyxjQUFjLEdBQVcsSUFBWSxPQUF1QjtBQUMxRSxNQUFJLE1BQU07QUFDVixNQUFJLE9BQU8sSUFBSTtBQUNmLFNBQU8sTUFBTSxNQUFNO0FBQ2pCLFVBQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxRQUFRLENBQUM7QUFDdkMsUUFBSSxVQUFVLEdBQUcsSUFBSSxHQUFHLEtBQUssTUFBTyxRQUFPO0FBQUEsUUFDdEMsT0FBTSxNQUFNO0FBQUEsRUFDbkI7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGNBQWMsR0FBVyxHQUFXLE9BQXVCO0FBQ3pFLFNBQU8sS0FBSyxJQUFJLEdBQUcsY0FBYyxHQUFHLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDbkQ7QUFHTyxTQUFTLE1BQU0sR0FBVyxHQUFXLFVBQTBCO0FBQ3BFLFNBQU8sVUFBVSxHQUFHLEdBQUcsUUFBUTtBQUNqQztBQUdBLFNBQVMsZ0JBQWdCLEdBQTBCLFFBQXdCO0FBQ3pFLE1BQUksTUFBTTtBQUNWLE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxLQUFLO0FBQzNCLFVBQU0sT0FBTyxNQUFNLFFBQVE7QUFDM0IsUUFBSSxFQUFFLEdBQUcsSUFBSSxPQUFRLE9BQU07QUFBQSxRQUN0QixRQUFPO0FBQUEsRUFDZDtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsbUJBQW1CLEdBQVcsVUFBa0IsYUFBb0M7QUFDbEcsTUFBSSxXQUFXLEVBQUcsUUFBTztBQUN6QixNQUFJLFlBQVksRUFBRyxRQUFPO0FBQzFCLFNBQU8sZ0JBQWdCLENBQUMsTUFBTSxNQUFNLEdBQUcsR0FBRyxRQUFRLEdBQUcsV0FBVztBQUNsRTtBQUdPLFNBQVMsZUFBZSxHQUFXLEdBQVcsWUFBc0M7QUFDekYsTUFBSSxLQUFLLEVBQUcsUUFBTyxDQUFDLEdBQUcsQ0FBQztBQUN4QixRQUFNLFFBQVEsSUFBSSxjQUFjO0FBQ2hDLFFBQU0sTUFBTSxNQUFNLElBQUksSUFBSSxnQkFBZ0IsQ0FBQyxNQUFNLFVBQVUsR0FBRyxHQUFHLENBQUMsR0FBRyxJQUFJO0FBQ3pFLFFBQU0sT0FBTyxNQUFNLElBQUksSUFBSSxnQkFBZ0IsQ0FBQyxNQUFNLElBQUksVUFBVSxHQUFHLEdBQUcsQ0FBQyxHQUFHLElBQUksSUFBSTtBQUNsRixTQUFPLENBQUMsS0FBSyxJQUFJO0FBQ25COzs7QUNoR08sU0FBUyxXQUFXLFFBQTZCO0FBQ3RELFNBQU8sRUFBRSxPQUFPLFFBQVEsUUFBUSxHQUFHLE9BQU8sRUFBRTtBQUM5QztBQU1PLFNBQVMsVUFBVSxPQUFvQixjQUFzQixPQUF1QjtBQUN6RixNQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sTUFBTTtBQUNyQyxRQUFNQSxTQUFRLE1BQU0sVUFBVSxZQUFZLGVBQWUsTUFBTTtBQUMvRCxTQUFPLE1BQU0sUUFBUSxjQUFjLE1BQU0sUUFBUUEsUUFBTyxLQUFLO0FBQy9EO0FBR08sU0FBUyxTQUFTLE9BQTZCO0FBQ3BELFNBQU8sTUFBTSxTQUFTLEtBQUssTUFBTSxVQUFVO0FBQzdDOzs7QUM5Qk8sSUFBTSxVQUFVLENBQUMsT0FBTyxRQUFRLFFBQVE7QUFLeEMsSUFBTSxpQkFBaUI7QUFHdkIsSUFBTSxxQkFBcUI7QUFNM0IsSUFBTSw4QkFBOEI7QUFNcEMsSUFBTSxtQkFBbUI7QUFvQ3pCLFNBQVMsYUFBYSxPQUE0QjtBQUN2RCxRQUFNLFlBQVksYUFBYSxNQUFNLEdBQUc7QUFDeEMsUUFBTSxNQUFNLE1BQU0saUJBQWlCLFdBQVcsYUFBYTtBQUMzRCxRQUFNLE9BQWMsQ0FBQztBQUNyQixhQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGVBQVcsVUFBVSxNQUFNLFdBQVcsU0FBUztBQUM3QyxZQUFNLFFBQVEsR0FBRyxNQUFNLEtBQUssS0FBSztBQUNqQyxZQUFNLFFBQW9CLEVBQUUsUUFBUSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUk7QUFDckUsaUJBQVcsWUFBWSxVQUFVLE9BQU8sQ0FBQyxjQUFjLFVBQVUsU0FBUyxTQUFTLE1BQU0sS0FBSyxJQUFJLEdBQUc7QUFDbkcsY0FBTSxZQUFZLFNBQVMsVUFBVSxNQUFNO0FBQzNDLGNBQU0sZUFBZSxTQUFTLGFBQWEsTUFBTTtBQUNqRCxhQUFLLEtBQUs7QUFBQSxVQUNSLElBQUksR0FBRyxTQUFTLFFBQVEsSUFBSSxPQUFPLFlBQVksQ0FBQyxJQUFJLEtBQUs7QUFBQSxVQUN6RCxhQUFhLFNBQVMsWUFBWSxPQUFPLE1BQU07QUFBQSxVQUMvQyxNQUFNLFNBQVM7QUFBQSxVQUNmLFFBQVEsU0FBUztBQUFBLFVBQ2pCLE1BQU0sRUFBRSxPQUFPLE9BQU87QUFBQSxVQUN0QixNQUFNLFNBQVM7QUFBQSxVQUNmO0FBQUEsVUFDQSxTQUFTLFdBQVcsU0FBUyxNQUFNLFdBQVcsU0FBUyxJQUFJLEdBQUcsVUFBVSxPQUFPLEtBQUs7QUFBQSxVQUNwRjtBQUFBLFVBQ0EsT0FBTyxTQUFTO0FBQUEsVUFDaEI7QUFBQSxVQUNBLFNBQVMsRUFBRSxPQUFPLFFBQVEsS0FBSyxTQUFTLFNBQVM7QUFBQSxRQUNuRCxDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLE1BQU0sSUFBSSxhQUFhLEtBQUs7QUFDMUMsUUFBTSxTQUFTLE1BQU07QUFDckIsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUVwQixRQUFNLGVBQWUsQ0FBQyxVQUFrQixLQUFLLEtBQUssQ0FBQyxRQUFRLElBQUksU0FBUyxrQkFBa0IsSUFBSSxVQUFVLEtBQUssR0FBRyxnQkFBZ0I7QUFHaEksUUFBTSxXQUFXLEtBQUs7QUFDdEIsU0FBTyxLQUFLLElBQUksQ0FBQyxRQUFRO0FBQ3ZCLFVBQU0sUUFBUSxJQUFJLFNBQVMsV0FBVyxPQUFPLFNBQVMsT0FBTyxTQUFTLElBQUksS0FBSyxNQUFnQjtBQUMvRixVQUFNLFlBQVksU0FBUyxLQUFLLElBQUksUUFBUSxtQkFBbUI7QUFDL0QsVUFBTUMsU0FBUSxhQUFhLElBQUksS0FBSztBQUNwQyxVQUFNLGdCQUFnQixTQUFTLE9BQU8sS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJQSxNQUFLLElBQUksTUFBTSxVQUFVLE9BQU9BLFFBQU8sU0FBUyxDQUFDO0FBQ2hILFVBQU0sV0FBVyxTQUFTLEtBQUssYUFBYSxJQUFJLElBQUksWUFBWSxJQUFJLFNBQVMsSUFBSSxNQUFNLGNBQWMsZUFBZSxJQUFJLGNBQWMsUUFBUSxTQUFTLENBQUM7QUFDeEosV0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFNLEVBQUUsZUFBZSxVQUFVLE9BQU8sVUFBVSxFQUFFO0FBQUEsRUFDdkUsQ0FBQztBQUNIO0FBR0EsU0FBUyxPQUF1RDtBQUM5RCxRQUFNLFNBQVMsb0JBQUksSUFBb0I7QUFDdkMsU0FBTyxDQUFDLEtBQUssWUFBWTtBQUN2QixRQUFJLFFBQVEsT0FBTyxJQUFJLEdBQUc7QUFDMUIsUUFBSSxVQUFVLFFBQVc7QUFDdkIsY0FBUSxRQUFRO0FBQ2hCLGFBQU8sSUFBSSxLQUFLLEtBQUs7QUFBQSxJQUN2QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsS0FBeUM7QUFDN0QsUUFBTSxpQkFBaUIsQ0FBQyxXQUFtQixjQUFjLElBQUksU0FBUyxRQUFRLElBQUksWUFBWTtBQUM5RixRQUFNLFdBQVcsQ0FBQyxXQUNoQixJQUFJLFlBQVksYUFBYSxXQUFXLFNBQVMscURBQXFEO0FBQ3hHLFFBQU0sVUFBVSxDQUFDLE1BQXlCQyxTQUE2QjtBQUFBLElBQ3JFLE1BQU07QUFBQSxJQUNOLFVBQVUsV0FBVyxLQUFLLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUjtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsY0FBYyxNQUFNLE1BQU0sSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxJQUFJLEdBQUc7QUFBQSxJQUM3RCxXQUFXLE9BQU8sRUFBRSxJQUFJLEtBQUssT0FBT0EsS0FBSSxNQUFNLEtBQUs7QUFBQSxJQUNuRCxhQUFhLENBQUMsVUFBVSxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxRQUFRLEtBQUssMkJBQTJCQSxHQUFFO0FBQUEsRUFDeEY7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsY0FBYztBQUFBLE1BQ2QsV0FBVyxDQUFDLFlBQVksRUFBRSxJQUFJLEtBQUssT0FBTyxlQUFlLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNoRixhQUFhLENBQUMsT0FBTyxXQUFXLEdBQUcsUUFBUSxJQUFJLGVBQWUsTUFBTSxDQUFDLENBQUMsT0FBTyxLQUFLLG9CQUFvQixTQUFTLE1BQU0sQ0FBQztBQUFBLElBQ3hIO0FBQUEsSUFDQSxRQUFRLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDMUIsUUFBUSxTQUFTLElBQUksS0FBSztBQUFBLElBQzFCO0FBQUE7QUFBQTtBQUFBLE1BR0UsTUFBTTtBQUFBLE1BQ04sU0FBUyxDQUFDLEtBQUs7QUFBQSxNQUNmLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLGNBQWMsTUFBTSxNQUFNLElBQUksSUFBSSxNQUFNO0FBQUEsTUFDeEMsV0FBVyxPQUFPLEVBQUUsSUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLE1BQU0sR0FBRyxNQUFNLFFBQVE7QUFBQSxNQUNyRSxhQUFhLENBQUMsVUFBVSxHQUFHLFFBQVEsSUFBSSxNQUFNLENBQUMscUJBQXFCLEtBQUs7QUFBQSxJQUMxRTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsY0FBYyxTQUFxQixRQUFnQixXQUEyQjtBQUNyRixRQUFNLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDbEMsU0FBTyxZQUFZLGFBQWEsV0FBVyxTQUFTLEtBQUssSUFBSSxRQUFRLDJCQUEyQixJQUFJO0FBQ3RHO0FBRUEsU0FBUyxXQUFXLE1BQThCO0FBQ2hELFNBQU8sU0FBUyxTQUFTLE9BQU8sT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsSUFBSTtBQUM5RDtBQUdBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVBLFNBQVMsUUFBUUQsUUFBdUI7QUFDdEMsU0FBTyxHQUFHLE1BQU1BLFNBQVEsR0FBRyxDQUFDO0FBQzlCOzs7QUo5S0EsSUFBTSxZQUFZLElBQUksUUFBUSxrQkFBa0I7QUFFaEQsSUFBSSxRQUFRLE9BQU87QUFDbkIsSUFBSSxRQUFRLE9BQU87QUFHWixTQUFTLHFCQUFxQixZQUFvRDtBQUN2RixVQUFRLFdBQVc7QUFDbkIsVUFBUSxXQUFXO0FBQ3JCO0FBR08sU0FBUyxhQUFhLE9BQWUsUUFBZ0IsUUFBaUJFLGFBQTBCO0FBQ3JHLE1BQUksT0FBUSxXQUFVLElBQUksR0FBRyxFQUFFLE9BQU8sUUFBUSxLQUFLLGVBQWUsQ0FBQztBQUNuRSxNQUFJQSxlQUFjLE1BQU8sV0FBVSxJQUFJLEdBQUcsRUFBRSxPQUFPLFFBQVEsS0FBSyxjQUFjLENBQUM7QUFDL0UsTUFBSUEsZUFBYyxNQUFPLFdBQVUsSUFBSSxHQUFHLEVBQUUsT0FBTyxRQUFRLEtBQUssY0FBYyxDQUFDO0FBQ2pGO0FBR08sU0FBUyxpQkFBaUJDLE9BQStDO0FBQzlFLFlBQVUsSUFBSSxHQUFHLEVBQUUsT0FBT0EsTUFBSyxPQUFPLFFBQVFBLE1BQUssUUFBUSxLQUFLLFNBQVMsQ0FBQztBQUM1RTs7O0FLOUJBLE9BQU8sVUFBVTs7O0FDS1YsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUlyQyxZQUFZLFVBQWtCLE9BQWUsVUFBa0I7QUFDN0QsVUFBTSxHQUFHLFFBQVEsSUFBSSxVQUFVLEtBQUssQ0FBQywyQkFBMkIsUUFBUSxFQUFFO0FBSDVFO0FBQUEsd0JBQVM7QUFJUCxTQUFLLE9BQU87QUFDWixTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXVCO0FBQ3hDLFFBQU0sV0FBVyxNQUFNLFFBQVEsNkJBQTZCLFFBQVE7QUFDcEUsU0FBTyxpQkFBaUIsS0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLFVBQVUsUUFBUTtBQUM3RTs7O0FDaEJPLElBQU0sWUFBWTtBQUFBLEVBQ3ZCLFNBQVMsQ0FBQyxXQUFXLGFBQWEsWUFBWSxXQUFXLFVBQVU7QUFBQSxFQUNuRSxRQUFRLENBQUMsU0FBUyxXQUFXLFdBQVcsUUFBUSxVQUFVLFdBQVc7QUFDdkU7QUFNTyxJQUFNLGlCQUFpQixPQUFPLEtBQUssU0FBUzs7O0FDTDVDLElBQU0saUJBQWdFO0FBQUEsRUFDM0UsT0FBTyxDQUFDLE9BQU8sWUFBWTtBQUFBLEVBQzNCLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixRQUFRLENBQUMsTUFBTTtBQUFBLEVBQ2YsT0FBTyxDQUFDLE1BQU07QUFBQSxFQUNkLE1BQU0sQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN6QixZQUFZLENBQUM7QUFDZjs7O0FDQU8sU0FBUyxVQUFhLFNBQWlCLE9BQXFEO0FBQ2pHLFFBQU0sV0FBVyxDQUFDLEtBQWEsYUFBd0I7QUFDckQsVUFBTSxRQUFRLE1BQU0sR0FBRztBQUN2QixRQUFJLFVBQVUsT0FBVyxPQUFNLElBQUksWUFBWSxVQUFVLEtBQUssT0FBTztBQUNyRSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sT0FBTyxPQUFPLFVBQVUsRUFBRSxRQUFRLENBQUM7QUFDNUM7QUFNTyxTQUFTLFFBQVcsS0FBVSxVQUFrQixVQUF3QixVQUFnQjtBQUM3RixRQUFNLE1BQU0sSUFBSSxRQUFRO0FBQ3hCLFNBQU8sUUFBUSxVQUFhLElBQUksS0FBSyxNQUFNLEtBQUssV0FBVyxTQUFTLElBQUksS0FBSyxHQUFHLFFBQVE7QUFDMUY7QUFHTyxTQUFTLGdCQUFtQixLQUFVLFVBQWtCLFVBQXVDO0FBQ3BHLFNBQU8sUUFBdUIsS0FBSyxVQUFVLFVBQVUsTUFBUztBQUNsRTtBQUVBLElBQU0sV0FBVztBQUdWLElBQU0sTUFBeUIsVUFBVSxnREFBZ0QsQ0FBQyxRQUFRO0FBQ3ZHLFFBQU0sUUFBUSxTQUFTLEtBQUssR0FBRztBQUMvQixNQUFJLENBQUMsU0FBVSxNQUFNLENBQUMsTUFBTSxVQUFhLE9BQU8sTUFBTSxDQUFDLENBQUMsSUFBSSxNQUFRLFFBQU87QUFDM0UsU0FBTyxJQUFJLFFBQVEsUUFBUSxFQUFFO0FBQy9CLENBQUM7QUFHTSxJQUFNLGtCQUFxQyxVQUFVLHVDQUF1QyxDQUFDLFFBQVE7QUFDMUcsTUFBSSxDQUFDLGFBQWEsS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsT0FBTyxHQUFHO0FBQ3hCLFNBQU8sU0FBUyxLQUFLLFNBQVMsS0FBSyxLQUFLLElBQUksUUFBUTtBQUN0RCxDQUFDO0FBRUQsSUFBTSxvQkFBNEMsRUFBRSxHQUFHLE1BQVcsR0FBRyxLQUFRLEdBQUcsS0FBTyxJQUFJLEVBQUU7QUFDN0YsSUFBTSxnQkFBZ0I7QUFHZixTQUFTLFdBQVdDLE9BQWtDO0FBQzNELFFBQU0sUUFBUSxjQUFjLEtBQUtBLEtBQUk7QUFDckMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsRUFBRSxHQUFHLEdBQUcsR0FBR0MsR0FBRSxJQUFJO0FBQ3hCLFFBQU0sUUFDSixPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPLEtBQUssQ0FBQyxJQUFJLGtCQUFrQixJQUNuQyxPQUFPQSxPQUFNLENBQUM7QUFDaEIsU0FBTyxRQUFRLElBQUksUUFBUTtBQUM3QjtBQUdPLElBQU0sV0FBOEI7QUFBQSxFQUFVO0FBQUEsRUFBdUMsQ0FBQyxRQUMzRixXQUFXLEdBQUcsTUFBTSxTQUFZLFNBQVk7QUFDOUM7QUFVTyxJQUFNLE9BQXdCLFVBQVUsZ0ZBQWdGLENBQUMsUUFBUTtBQUN0SSxRQUFNLFFBQVEsNEJBQTRCLEtBQUssR0FBRztBQUNsRCxNQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRyxRQUFPO0FBQzNDLFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxVQUFVLElBQUksTUFBTSxDQUFDLEtBQUssR0FBRyxHQUF1QjtBQUN2RixDQUFDO0FBR00sU0FBUyxNQUF3QixRQUFvQztBQUMxRSxTQUFPO0FBQUEsSUFBVSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLENBQUMsUUFDL0MsT0FBTyxLQUFLLENBQUMsVUFBVSxNQUFNLFlBQVksTUFBTSxJQUFJLFlBQVksQ0FBQztBQUFBLEVBQ2xFO0FBQ0Y7QUFHTyxTQUFTLE9BQVUsTUFBb0M7QUFDNUQsU0FBTyxVQUFVLDZCQUE2QixLQUFLLE9BQU8sSUFBSSxDQUFDLFFBQVE7QUFDckUsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDdEQsUUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLFNBQVMsRUFBRSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFNLE9BQVEsUUFBTztBQUN0RixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLElBQU0sVUFBOEIsVUFBVSxpQkFBaUIsQ0FBQyxRQUFRO0FBQzdFLFFBQU0sT0FBTyxJQUFJLFlBQVk7QUFDN0IsTUFBSSxDQUFDLFFBQVEsS0FBSyxPQUFPLElBQUksRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RELE1BQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN2RCxTQUFPO0FBQ1QsQ0FBQztBQUdNLFNBQVMsU0FBUyxNQUFjLFNBQW9DO0FBQ3pFLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBVTtBQUN2RTtBQUdPLElBQU0sYUFBYTtBQUVuQixJQUFNLGFBQWE7QUFNbkIsU0FBUyxLQUFLLFVBQWdFO0FBQ25GLFFBQU0sVUFBVSxvRUFBb0UsU0FBUyxLQUFLLElBQUksQ0FBQztBQUN2RyxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVE7QUFDakMsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakUsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixZQUFNLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDckIsWUFBTSxRQUFRLFdBQVcsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLFNBQVMsR0FBRyxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQzNHLFVBQUksQ0FBQyxTQUFTLE9BQU8sT0FBUSxRQUFPO0FBQ3BDLGFBQU8sR0FBRyxJQUFJO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBQzVITyxJQUFNLG1CQUFtQjtBQUd6QixJQUFNLHFCQUFxQjtBQUczQixJQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFDM0I7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFxQjtBQUFBLEVBQVM7QUFBQSxFQUN2RjtBQUFBLEVBQVM7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBaUI7QUFBQSxFQUFNO0FBQUEsRUFBUTtBQUM1RjtBQW1DTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLElBQUksT0FBTyxXQUFXLGlCQUFpQixNQUFNLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDekUsV0FBVyxpQkFBaUI7QUFDOUI7QUFHTyxTQUFTLGNBQWMsVUFBa0IsS0FBVyxRQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUMzRSxTQUFPLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxJQUFJLE1BQU07QUFDbkQ7QUFNTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxVQUFVLFFBQVEsS0FBSyxZQUFZLEtBQUssZ0JBQWdCO0FBQzlELFFBQU0sZUFBZSxRQUFRLEtBQUssaUJBQWlCLE1BQU0sY0FBYyxHQUFHLFNBQVM7QUFDbkYsUUFBTSxRQUEyQixVQUFVLFlBQVk7QUFDdkQsUUFBTSxTQUFTLGdCQUFnQixLQUFLLFVBQVUsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sU0FBUyxTQUFTLE1BQU0sT0FBTyxDQUFDLFVBQVUsT0FBTyxTQUFTLEtBQUssQ0FBQyxJQUFJO0FBQzFFLFNBQU8sRUFBRSxTQUFTLGNBQWMsT0FBTztBQUN6QztBQUdPLFNBQVMsWUFBWSxLQUFVLFNBQW9DO0FBQ3hFLFFBQU0sRUFBRSxTQUFTLGNBQWMsT0FBTyxJQUFJLFlBQVksR0FBRztBQUN6RCxRQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsUUFBUTtBQUM1QyxRQUFNLFNBQVMsUUFBUSxLQUFLLFVBQVUsaUJBQWlCLGNBQWMsUUFBUSxVQUFVLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNuSCxRQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxpQkFBaUIsR0FBRyxDQUFDLENBQUM7QUFHbEUsUUFBTSxZQUFZLFFBQVEsS0FBSyxjQUFjLFNBQVMsZ0JBQWdCLGtCQUFrQixHQUFHLGtCQUFrQjtBQUM3RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUNwSE8sU0FBUyxjQUFjLFdBQW1CLEtBQTZDO0FBQzVGLE1BQUksVUFBVSxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ3RDLE1BQUksQ0FBQyxLQUFLLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDbEMsU0FBTyxHQUFHLElBQUksUUFBUSxRQUFRLEVBQUUsQ0FBQyxJQUFJLFVBQVUsUUFBUSxVQUFVLEVBQUUsQ0FBQztBQUN0RTtBQVNPLFNBQVMsZUFBZSxXQUFtQixLQUF5QixNQUF1QztBQUNoSCxRQUFNLE9BQU8sY0FBYyxXQUFXLEdBQUc7QUFDekMsTUFBSSxTQUFTLE9BQVc7QUFDeEIsTUFBSTtBQUNKLE1BQUk7QUFDRixTQUFLLElBQUk7QUFDVCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFVBQU0sVUFBVSxPQUFPLEtBQUs7QUFDNUIsUUFBSSxpQ0FBaUMsS0FBSyxPQUFPLEVBQUc7QUFDcEQsUUFBSSxDQUFDLDRCQUE0QixLQUFLLE9BQU8sRUFBRztBQUNoRCxjQUFVLEdBQUcsSUFBSTtBQUFBLEVBQ25CO0FBQ0EsUUFBTSxJQUFJLFlBQVksY0FBYyxXQUFXLHdDQUF3QyxPQUFPLEdBQUc7QUFDbkc7OztBQzlCTyxJQUFNLGVBQWU7QUFVNUIsSUFBTSxXQUFXO0FBbUJWLFNBQVMscUJBQXFCLEtBQWdCO0FBQ25ELFFBQU0sTUFBTSxJQUFJLFlBQVksR0FBRyxLQUFLO0FBQ3BDLE1BQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxLQUFLLEdBQUcsRUFBRztBQUNqQyxRQUFNLElBQUk7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFFBQVEsVUFBVSxRQUFRO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBQ0Y7OztBUDVCTyxTQUFTLGFBQWdCLE1BQTBCO0FBQ3hELE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFNBQVMsT0FBTztBQUNkLFFBQUksRUFBRSxpQkFBaUIsYUFBYyxPQUFNO0FBQzNDLFlBQVEsTUFBTSxNQUFNLE9BQU87QUFDM0IsU0FBSyxLQUFLLE1BQU0sTUFBTSxPQUFPO0FBQzdCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFPTyxTQUFTLFdBQVcsVUFBK0I7QUFDeEQsU0FBTyxhQUFhLENBQUMsUUFBUTtBQUMzQixVQUFNQyxVQUFTLFlBQVksS0FBSyxFQUFFLFVBQVUsS0FBSyxvQkFBSSxLQUFLLEdBQUcsUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUNsRixRQUFJLFNBQVMsR0FBRztBQUNkLHFCQUFlQSxRQUFPLFdBQVcsSUFBSSxLQUFLLENBQUMsU0FBUyxLQUFLLElBQUksQ0FBQztBQUM5RCwyQkFBcUIsR0FBRztBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNULENBQUM7QUFDSDs7O0FRN0JPLElBQU0sa0JBQWtCO0FBd0J4QixJQUFNLGtCQUFnQyxFQUFFLE9BQU8sR0FBRyxVQUFVLEtBQU0sT0FBTyxJQUFJO0FBRzdFLElBQU0sY0FBTixNQUFrQjtBQUFBLEVBS3ZCLFlBQ21CLFFBQ2pCLEtBQ0E7QUFGaUI7QUFMbkIsd0JBQVE7QUFDUix3QkFBUTtBQUNSLHdCQUFRLFNBQVE7QUFNZCxTQUFLLFNBQVMsT0FBTztBQUNyQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUdBLEtBQUssS0FBc0I7QUFDekIsVUFBTSxXQUFXLEtBQUssT0FBTyxNQUFNLEtBQUssUUFBUSxLQUFLLE9BQU8sUUFBUTtBQUNwRSxRQUFJLFdBQVcsR0FBRztBQUNoQixXQUFLLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxPQUFPLEtBQUssU0FBUyxRQUFRO0FBQ2hFLFdBQUssUUFBUSxXQUFXLEtBQUssT0FBTztBQUFBLElBQ3RDO0FBQ0EsUUFBSSxLQUFLLFNBQVMsS0FBSyxLQUFLLFNBQVMsS0FBSyxPQUFPLE1BQU8sUUFBTztBQUMvRCxTQUFLLFVBQVU7QUFDZixTQUFLLFNBQVM7QUFDZCxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBaUJPLElBQU0sbUJBQU4sTUFBdUI7QUFBQSxFQUc1QixZQUNtQixhQUNBLE9BQ0EsTUFBb0IsS0FBSyxLQUN6QixTQUF1QixpQkFDeEM7QUFKaUI7QUFDQTtBQUNBO0FBQ0E7QUFObkIsd0JBQVE7QUFBQSxFQU9MO0FBQUE7QUFBQSxFQUdILE9BQU8sU0FBa0M7QUFDdkMsUUFBSSxDQUFDLFFBQVEsVUFBVSxRQUFRLGNBQWMsS0FBSyxZQUFZLEVBQUcsUUFBTztBQUN4RSxVQUFNLE1BQU0sS0FBSyxJQUFJO0FBQ3JCLFNBQUssV0FBTCxLQUFLLFNBQVcsSUFBSSxZQUFZLEtBQUssUUFBUSxHQUFHO0FBQ2hELFFBQUksQ0FBQyxLQUFLLE9BQU8sS0FBSyxHQUFHLEVBQUcsUUFBTztBQUNuQyxTQUFLLE1BQU0sbUJBQW1CLE9BQU8sQ0FBQztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxtQkFBbUIsU0FBaUM7QUFDbEUsUUFBTSxPQUFxQjtBQUFBLElBQ3pCLFNBQVMsUUFBUTtBQUFBLElBQ2pCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRO0FBQUEsSUFDaEIsTUFBTSxRQUFRO0FBQUEsSUFDZCxRQUFRLFFBQVE7QUFBQSxJQUNoQixZQUFZLEtBQUssTUFBTSxRQUFRLGFBQWEsR0FBSSxJQUFJO0FBQUEsSUFDcEQsTUFBTSxJQUFJLEtBQUssUUFBUSxNQUFNLEVBQUUsWUFBWTtBQUFBLEVBQzdDO0FBQ0EsU0FBTyxHQUFHLGVBQWUsR0FBRyxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ2xEO0FBa0JBLElBQUkscUJBQXFCLE9BQU87QUFHekIsU0FBUyxxQkFBcUJDLEtBQWtCO0FBQ3JELHVCQUFxQkE7QUFDdkI7QUFHQSxJQUFNLFdBQVcsSUFBSSxpQkFBaUIsTUFBTSxvQkFBb0IsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLENBQUM7QUFHcEYsU0FBUyxlQUFlLFNBQStCO0FBQzVELFdBQVMsT0FBTyxPQUFPO0FBQ3pCOzs7QUNuSU8sU0FBUyxhQUFhLFFBQWdCQyxPQUFzQztBQUNqRixRQUFNLFNBQVMsT0FBTyxRQUFRQSxLQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFO0FBQzNFLFNBQU8sT0FBTyxTQUFTLEdBQUcsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHLENBQUMsTUFBTTtBQUM1RDtBQUdPLFNBQVMsYUFBYSxLQUFtQztBQUM5RCxTQUFPLGFBQWEsb0JBQW9CLElBQUksT0FBTztBQUNyRDtBQUdPLFNBQVMsa0JBQWtCLEtBQWdDO0FBQ2hFLE1BQUksQ0FBQyxJQUFJLEtBQU0sT0FBTSxJQUFJLE1BQU0sMkRBQTJEO0FBQzFGLFNBQU8sU0FBUyxJQUFJLEtBQUssUUFBUTtBQUNuQztBQUdPLElBQU0sbUJBQW1CO0FBR3pCLFNBQVMsYUFBYSxVQUEwQztBQUNyRSxTQUFPLEVBQUUsU0FBUztBQUNwQjtBQXFCTyxTQUFTLGtCQUFrQixTQUF5QixPQUFrRDtBQUMzRyxRQUFNLGFBQTBDLENBQUM7QUFDakQsUUFBTUMsT0FBTSxDQUFDLEtBQWEsY0FBK0I7QUFDdkQsVUFBTSxPQUFRLHNDQUFvQixDQUFDO0FBQ25DLFFBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQyxhQUFhLEtBQUssVUFBVSxRQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsQ0FBQyxFQUFHLE1BQUssS0FBSyxTQUFTO0FBQUEsRUFDM0c7QUFDQSxRQUFNLFNBQVMsQ0FBQyxlQUNkLE1BQU0sU0FBUyxXQUFXLGFBQWEsTUFBTSxTQUFTLFNBQVMsRUFBRSxXQUFXLFlBQVksYUFBYSxLQUFLLElBQUk7QUFDaEgsYUFBVyxPQUFPLFNBQVM7QUFDekIsSUFBQUEsS0FBSSxhQUFhLEdBQUcsR0FBRyxPQUFPLGtCQUFrQixHQUFHLENBQUMsQ0FBQztBQUNyRCxJQUFBQSxLQUFJLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSSxHQUFHLEdBQUcsSUFBSSxJQUFJLEtBQUs7QUFDeEQsSUFBQUEsS0FBSSxhQUFhLElBQUksT0FBTyxJQUFJLElBQUksR0FBRyxNQUFNLFNBQVMsV0FBVyxhQUFhLGdCQUFnQjtBQUFBLEVBQ2hHO0FBQ0EsUUFBTSxNQUFNLGFBQWEsTUFBTSxRQUFRO0FBQ3ZDLEVBQUFBLEtBQUksYUFBYSxhQUFhLEdBQUcsR0FBRyxVQUFVO0FBQzlDLEVBQUFBLEtBQUksYUFBYSxtQkFBbUIsR0FBRyxHQUFHLFNBQVM7QUFDbkQsRUFBQUEsS0FBSSxhQUFhLHFCQUFxQixHQUFHLEdBQUcsVUFBVTtBQUN0RCxFQUFBQSxLQUFJLGFBQWEscUJBQXFCLEdBQUcsR0FBRyxVQUFVO0FBQ3RELE1BQUksTUFBTSx5QkFBeUIsT0FBVyxDQUFBQSxLQUFJLG9CQUFvQixPQUFPLGtCQUFrQixNQUFNLG9CQUFvQixDQUFDLENBQUM7QUFDM0gsU0FBTztBQUNUO0FBR08sSUFBTSxxQkFBcUI7QUFHM0IsU0FBUyxrQkFBa0IsWUFBNEI7QUFDNUQsU0FBTyxVQUFVLFVBQVU7QUFDN0I7QUFHTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDakUzRixTQUFTLFNBQ2RDLFNBQ0EsVUFDQSxNQUNPO0FBQ1AsU0FBTyxhQUFhO0FBQUEsSUFDbEIsUUFBUUEsUUFBTztBQUFBLElBQ2YsY0FBY0EsUUFBTztBQUFBLElBQ3JCLFFBQVFBLFFBQU87QUFBQSxJQUNmLFNBQVMsS0FBSztBQUFBLElBQ2QsS0FBSztBQUFBLElBQ0wsUUFBUSxLQUFLO0FBQUEsRUFDZixDQUFDO0FBQ0g7QUFHTyxTQUFTLHFCQUFxQixNQUEwQyxVQUErRDtBQUM1SSxTQUFPLEtBQUssc0JBQXNCLFNBQVksU0FBWSxLQUFLLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCO0FBQ25IOzs7QUN4Qk8sSUFBTSxlQUFzQyxDQUFDLFdBQVcsZ0JBQWdCO0FBUXhFLElBQU0sWUFBZ0MsQ0FBQyxRQUFRLFFBQVEsUUFBUTtBQWlDL0QsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSxpQkFBaUI7QUFFdkIsSUFBTSx1QkFBdUI7QUFFN0IsSUFBTSxzQkFBc0I7QUFFNUIsSUFBTSxzQkFBc0I7QUFHbkMsSUFBTSxRQUEyQixVQUFVLHdDQUF3QyxDQUFDLFFBQVE7QUFDMUYsTUFBSSxDQUFDLGdCQUFnQixLQUFLLEdBQUcsRUFBRyxRQUFPO0FBQ3ZDLFFBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsU0FBTyxRQUFRLEtBQUssUUFBUSxJQUFJLFFBQVE7QUFDMUMsQ0FBQztBQUdELElBQU0sUUFBMkI7QUFBQSxFQUFVO0FBQUEsRUFBcUMsQ0FBQyxRQUMvRSxzQkFBc0IsS0FBSyxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbEQ7QUFHQSxJQUFNLGFBQWdDLFVBQVUsc0RBQXNELENBQUMsUUFBUTtBQUM3RyxNQUFJLENBQUMsZ0JBQWdCLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFFBQVEsS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUM3QyxDQUFDO0FBR0QsU0FBUyxRQUFRLE9BQWUsV0FBc0M7QUFDcEUsU0FBTyxVQUFVLDhCQUE4QixLQUFLLEtBQUssU0FBUyxLQUFLLENBQUMsUUFBUTtBQUM5RSxVQUFNLFFBQVEsYUFBYSxLQUFLLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNyRCxXQUFPLFNBQVMsU0FBUyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxRCxDQUFDO0FBQ0g7QUFHQSxJQUFNLGdCQUFnQixTQUFTLHlCQUF5Qiw4Q0FBOEM7QUFNL0YsU0FBUyxpQkFBaUIsS0FBVSxhQUFtQztBQUM1RSxRQUFNQyxTQUFRLFFBQVEsS0FBSyxjQUFjLGlCQUFpQixjQUFjO0FBQ3hFLFNBQU87QUFBQSxJQUNMLFNBQVMsUUFBUSxLQUFLLGVBQWUsTUFBTSxZQUFZLEdBQUcsU0FBUztBQUFBLElBQ25FLE1BQU0sUUFBUSxLQUFLLFlBQVksTUFBTSxTQUFTLEdBQUcsV0FBVztBQUFBLElBQzVELE9BQUFBO0FBQUEsSUFDQSxPQUFPLFFBQVEsS0FBSyxjQUFjLFFBQVFBLFFBQU8sWUFBWSxHQUFHLEtBQUssSUFBSSxnQkFBZ0JBLE1BQUssQ0FBQztBQUFBLElBQy9GLGNBQWMsUUFBUSxLQUFLLG9CQUFvQixPQUFPLG9CQUFvQjtBQUFBLElBQzFFLFFBQVEsUUFBUSxLQUFLLGNBQWMsT0FBTyxvQkFBb0I7QUFBQSxJQUM5RCxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsWUFBWSxtQkFBbUI7QUFBQSxJQUMzRSxZQUFZLFFBQVEsS0FBSyxtQkFBbUIsT0FBTyxtQkFBbUI7QUFBQSxJQUN0RSxTQUFTO0FBQUEsTUFDUCxLQUFLLFFBQVEsS0FBSyxlQUFlLEtBQUssdUJBQXVCO0FBQUEsTUFDN0QsVUFBVSxRQUFRLEtBQUsscUJBQXFCLGVBQWUsT0FBTztBQUFBLE1BQ2xFLFNBQVMsUUFBUSxLQUFLLG9CQUFvQixlQUFlLE1BQU07QUFBQSxNQUMvRCxVQUFVLFFBQVEsS0FBSyxxQkFBcUIsZUFBZSxPQUFPO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0Y7OztBQ3JHQSxJQUFJO0FBU0csU0FBUyxXQUNkQyxTQUNBLFVBQ21EO0FBQ25ELFFBQU0sRUFBRSxNQUFNLEdBQUcsS0FBSyxJQUFJO0FBQzFCLFFBQU0sV0FBVyxhQUFhLENBQUMsUUFBUSxpQkFBaUIsS0FBSyxJQUFJLENBQUM7QUFDbEUsV0FBUyxFQUFFLFFBQUFBLFNBQVEsVUFBVSxLQUFLO0FBQ2xDLHVCQUFxQixTQUFTLEtBQUs7QUFDbkMsdUJBQXFCLFFBQVE7QUFDN0IsUUFBTSxVQUFVLFNBQVNBLFNBQVEsVUFBVSxJQUFJO0FBQy9DLFFBQU0sYUFBYSxrQkFBa0IsU0FBUztBQUFBLElBQzVDLE1BQU0sU0FBUztBQUFBLElBQ2YsVUFBVUEsUUFBTztBQUFBLElBQ2pCLHNCQUFzQixxQkFBcUIsTUFBTSxRQUFRO0FBQUEsRUFDM0QsQ0FBQztBQUNELFNBQU8sRUFBRSxZQUFZLG1CQUFtQixvQkFBb0I7QUFDOUQ7QUFHTyxTQUFTLGFBQXFDO0FBQ25ELFNBQU87QUFDVDs7O0FDdENPLElBQU0sdUJBQXVCO0FBRTdCLElBQU0saUJBQWlCO0FBRXZCLElBQU0saUJBQWlCO0FBR3ZCLFNBQVMsaUJBQWlCQyxRQUF1QjtBQUN0RCxTQUFPLEtBQUssSUFBSSxnQkFBZ0IsS0FBSyxJQUFJLGdCQUFnQix1QkFBdUJBLE1BQUssQ0FBQztBQUN4Rjs7O0FDaEJPLElBQU0sa0JBQWtCO0FBR3hCLElBQU0sZUFBZTtBQUc1QixJQUFNLG1CQUFtQixNQUFNLElBQUk7QUFnQm5DLElBQU0sY0FBYyxJQUFJLE9BQU8sSUFBSSxZQUFZLDJEQUEyRDtBQU9uRyxTQUFTLFFBQVEsU0FBaUIsUUFBZ0IsSUFBcUI7QUFDNUUsUUFBTSxRQUFRLEtBQUssTUFBTSxVQUFVLEdBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxHQUFJLEdBQUcsZ0JBQWdCO0FBQ2hFLFFBQU0sU0FBUyxHQUFHLFlBQVksSUFBSSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDLElBQUksRUFBRTtBQUNoRyxTQUFPLEVBQUUsUUFBUSxTQUFTLFFBQVEsS0FBTSxRQUFRLFFBQVEsUUFBUSxLQUFNLEdBQUc7QUFDM0U7QUFHTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxDQUFDLFFBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUNsQyxRQUFNLFVBQVUsU0FBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsUUFBUSxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sRUFBRSxJQUFJLEtBQU0sR0FBRztBQUMzRTtBQUdPLFNBQVMsWUFBWSxRQUE4QjtBQUN4RCxNQUFJLEtBQUs7QUFDVCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUN2RSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsTUFBYyxPQUFlLEtBQXVCO0FBQzVFLFFBQU0sTUFBTSxhQUFhLElBQUk7QUFDN0IsTUFBSSxDQUFDLElBQUssUUFBTztBQUNqQixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksUUFBUTtBQUMzQztBQWlCTyxTQUFTLFlBQVksUUFBZ0IsTUFBYyxJQUFZLFdBQTJCO0FBQy9GLFFBQU0sT0FBTyxJQUFJLEdBQUcsU0FBUyxFQUFFLENBQUMsSUFBSSxVQUFVLFNBQVMsRUFBRSxDQUFDO0FBQzFELFFBQU0sT0FBTyxrQkFBa0IsT0FBTyxTQUFTLElBQUksS0FBSztBQUN4RCxRQUFNLFlBQVksS0FBSyxNQUFNLEdBQUcsS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDcEUsU0FBTyxZQUFZLEdBQUcsTUFBTSxJQUFJLFNBQVMsR0FBRyxJQUFJLEtBQUssR0FBRyxNQUFNLEdBQUcsSUFBSTtBQUN2RTtBQU1PLFNBQVMsY0FBYyxNQUFvQztBQUNoRSxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxFQUN4QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLENBQUMsTUFBTSxRQUFRLElBQUksRUFBRyxRQUFPO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQ0MsU0FBa0JBLE1BQW1DLElBQUk7QUFDakYsU0FBTyxNQUFNLE1BQU0sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUFJLFFBQVE7QUFDbkY7QUFHTyxJQUFNLFlBQVk7QUFHbEIsSUFBTSxhQUFhOzs7QUMxRzFCLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ01WLFNBQVMsVUFBVSxPQUFlLFFBQTZCO0FBQ3BFLGFBQVM7QUFDUCxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUksT0FBTyxLQUFLLENBQUMsVUFBVSxVQUFVLENBQUMsR0FBRztBQUN2QyxhQUFPLE1BQU0sS0FBSyxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsWUFBWSxTQUFpQixRQUF3QjtBQUNuRSxTQUFPLE1BQU0sT0FBTyxJQUFJLE1BQU07QUFDaEM7QUFhTyxJQUFNLGtCQUFOLE1BQXNCO0FBQUEsRUFJM0IsWUFBNkIsUUFBcUI7QUFBckI7QUFIN0Isd0JBQVEsYUFBWSxPQUFPO0FBQzNCLHdCQUFRLFdBQVU7QUFBQSxFQUVpQztBQUFBO0FBQUEsRUFHbkQsS0FBSyxXQUFpQztBQUNwQyxRQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2hDLFdBQUssWUFBWTtBQUNqQixXQUFLLFVBQVUsVUFBVSxJQUFJLEtBQUssTUFBTTtBQUFBLElBQzFDO0FBQ0EsVUFBTSxTQUFTLFVBQVUsR0FBRyxLQUFLLE1BQU07QUFDdkMsV0FBTyxFQUFFLFNBQVMsS0FBSyxTQUFTLFFBQVEsYUFBYSxZQUFZLEtBQUssU0FBUyxNQUFNLEVBQUU7QUFBQSxFQUN6RjtBQUNGO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQXlEO0FBQ25HLFNBQU8sRUFBRSxTQUFTLFVBQVUsTUFBTSxJQUFJLFdBQVcsZUFBZSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBQy9GOzs7QURoREEsSUFBTSxTQUFTLElBQUksZ0JBQWdCLENBQUNDLFdBQVUsSUFBSSxXQUFXLFlBQVlBLE1BQUssQ0FBQyxDQUFDO0FBTXpFLFNBQVMsT0FBVSxNQUFxQztBQUM3RCxRQUFNLFFBQVEsT0FBTyxLQUFLQyxNQUFLLEdBQUcsbUJBQW1CO0FBQ3JELEVBQUFBLE1BQUssR0FBRyxRQUFRLFNBQVMsV0FBVyxNQUFNO0FBQzFDLE1BQUk7QUFDRixXQUFPLEtBQUssS0FBSztBQUFBLEVBQ25CLFVBQUU7QUFDQSxXQUFPQSxNQUFLLEdBQUcsUUFBUSxTQUFTO0FBQUEsRUFDbEM7QUFDRjs7O0FFakJPLElBQU0sZ0JBQWdCOzs7QXZCYXRCLElBQU0sa0JBQW9ELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHcEcsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQUdPLFNBQVMsaUJBQXlCO0FBQ3ZDLFNBQU8sR0FBRyxpQkFBaUIsV0FBVyxHQUFHLFNBQVMsU0FBUyxjQUFjLENBQUM7QUFDNUU7QUFlTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFJMUIsWUFDbUIsU0FDakIsS0FDaUIsVUFBbUIsV0FDcEM7QUFIaUI7QUFFQTtBQU5uQix3QkFBaUI7QUFDakIsd0JBQWlCLFdBQVUsZUFBZTtBQU94QyxTQUFLLFVBQVUsWUFBWSxJQUFJLFFBQVEsYUFBYSxFQUFFO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsS0FBSyxPQUF5QjtBQUM1QixVQUFNLFdBQVcsS0FBSyxLQUFLLE9BQU8sT0FBTyxRQUFXLE1BQU07QUFDMUQsVUFBTSxRQUFRLFNBQVMsV0FBVyxnQkFBZ0IsT0FBTyxTQUFTLE9BQU8sY0FBYyxTQUFTLElBQUksSUFBSTtBQUN4RyxXQUFPLEVBQUUsVUFBVSxNQUFNO0FBQUEsRUFDM0I7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUFlLE1BQXVDO0FBQzNELFdBQU8sS0FBSyxLQUFLLFFBQVEsT0FBTyxNQUFNLE1BQU07QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQ2hEO0FBQUEsRUFFUSxLQUE4QixRQUFnQixPQUFlLE1BQTBCLGNBQWtCO0FBQy9HLFVBQU0sUUFBUSxJQUFJLEtBQUs7QUFDdkIsVUFBTUMsUUFDSixLQUFLLFlBQVksVUFBVSxFQUFFLE1BQU0sT0FBTyxJQUFJLFFBQVEsSUFBSSxFQUFFLE1BQU0sT0FBTyxNQUFNO0FBQ2pGLFVBQU0sT0FBTyxTQUFTLFNBQVksT0FBTyxLQUFLLFVBQVUsRUFBRSxLQUFLLENBQUM7QUFDaEUsV0FBTyxPQUFPLENBQUMsVUFBVTtBQUN2QixZQUFNLFNBQVMsS0FBSyxJQUFJO0FBQ3hCLFlBQU0sV0FBVyxLQUFLLFFBQVksUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLEtBQUssSUFBSSxNQUFNO0FBQUEsUUFDekUsU0FBUztBQUFBLFVBQ1AsYUFBYSxNQUFNO0FBQUEsVUFDbkIsU0FBUyxLQUFLO0FBQUEsVUFDZCxHQUFJLFNBQVMsT0FBTyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsUUFDaEU7QUFBQSxRQUNBLE1BQUFBO0FBQUEsUUFDQSxTQUFTLEtBQUs7QUFBQSxRQUNkO0FBQUEsUUFDQSxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsTUFDbkMsQ0FBQztBQUNELFVBQUksS0FBSyxZQUFZLFdBQVc7QUFDOUIsY0FBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLGNBQU0sU0FBUyxXQUFXLGdCQUFnQixNQUFNO0FBQ2hELHFCQUFhLE9BQU8sUUFBUSxRQUFRLFFBQVEsUUFBUTtBQUNwRCx1QkFBZSxFQUFFLFNBQVMsTUFBTSxTQUFTLE9BQU8sUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLFlBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQztBQUFBLE1BQzdIO0FBQ0EsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0F3QmpHQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNyQkEsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsV0FBQUMsZ0JBQWU7QUFTeEIsSUFBTSxnQkFBZ0IsSUFBSUMsU0FBUSxjQUFjO0FBTXpDLFNBQVMsUUFBVyxPQUFVLE1BQTZDQyxPQUFrRDtBQUNsSSxNQUFJLE1BQU07QUFDVixhQUFXLENBQUMsTUFBTSxTQUFTLEtBQUssT0FBTyxRQUFRLElBQUksR0FBRztBQUNwRCxVQUFNLFNBQVMsTUFBTSxPQUFPLEVBQUUsQ0FBQyxJQUFJLEdBQUcsVUFBVSxHQUFHQSxLQUFJO0FBQ3ZELGtCQUFjLElBQUksR0FBRyxFQUFFLEdBQUdBLE9BQU0sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQ3hELFFBQUksQ0FBQyxPQUFRLGtCQUFpQkEsS0FBSTtBQUNsQyxVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0EsU0FBTztBQUNUOzs7QUNqQk8sU0FBUyxnQkFBZ0JDLFNBQXdCLE9BQWUsTUFBdUI7QUFDNUYsUUFBTSxRQUFRQSxRQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ3ZDLE1BQUksTUFBTSxXQUFXLElBQUssUUFBT0EsUUFBTyxPQUFPLE9BQU8sSUFBSSxFQUFFLFdBQVcsZ0JBQWdCO0FBQ3ZGLFNBQU8sTUFBTSxXQUFXLGdCQUFnQjtBQUMxQztBQVFPLFNBQVMsWUFBWUEsU0FBd0IsT0FBZSxNQUFvQjtBQUNyRixNQUFJLENBQUMsZ0JBQWdCQSxTQUFRLE9BQU8sSUFBSSxFQUFHO0FBQzNDLFlBQVVBLFFBQU8sS0FBSyxLQUFLLEdBQUcsT0FBTyxFQUFFLDBCQUEwQixDQUFDLFVBQVUsTUFBTSxTQUFTLElBQUksRUFBRSxDQUFDO0FBQ2xHLE1BQUlBLFFBQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLGdCQUFnQixPQUFRO0FBQ2xFLFlBQVVBLFFBQU8sS0FBSyxLQUFLLEdBQUcsT0FBTyxFQUFFLDBCQUEwQixDQUFDLFVBQVUsQ0FBQyxNQUFNLFNBQVMsSUFBSSxFQUFFLENBQUM7QUFDckc7QUFHQSxTQUFTLFVBQVUsTUFBZ0IsT0FBZSxNQUEwRDtBQUMxRyxNQUFJLEtBQUssU0FBUyxXQUFXLGdCQUFnQixJQUFLO0FBQ2xELFFBQU0sYUFBYSxPQUFPLFlBQVksT0FBTyxRQUFRLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLFNBQVMsTUFBTSxDQUFDLE1BQU0sQ0FBQ0MsWUFBcUJBLFFBQU8sVUFBVSxVQUFhLFVBQVVBLFFBQU8sS0FBSyxDQUFDLENBQUMsQ0FBQztBQUMxSyxVQUFRLE1BQU0sWUFBWSxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFDcEQ7OztBQ2hDQSxPQUFPQyxXQUFVOzs7QUNBakIsT0FBT0MsV0FBVTtBQWVWLFNBQVMsYUFBYUMsU0FBNkI7QUFDeEQsU0FBT0QsTUFBSyxLQUFLLFFBQVEsTUFBTSxVQUFVQyxRQUFPO0FBQ2xEO0FBTU8sU0FBUyxTQUFTLEtBQStCO0FBQ3RELE1BQUksQ0FBQyxJQUFLLENBQUFELE1BQUssS0FBSyxNQUFNLHlIQUF5SDtBQUNuSixTQUFPO0FBQ1Q7OztBQ0RBLElBQU0sY0FBYyxFQUFFLGNBQWMsT0FBTyxpQkFBaUIsT0FBTyxjQUFjLE9BQU8sa0JBQWtCLE9BQU8sYUFBYSxNQUFNO0FBRzdILElBQU0sb0JBQW9CO0FBR2pDLElBQU0sYUFBYSxLQUFLO0FBRXhCLElBQU0sVUFBa0MsRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxJQUFJLEdBQUcsR0FBRyxLQUFNLEdBQUcsS0FBUSxHQUFHLE1BQVcsR0FBRyxNQUFXO0FBR3hILFNBQVMsYUFBYUUsT0FBK0I7QUFDMUQsTUFBSSxPQUFPQSxVQUFTLFNBQVUsUUFBT0E7QUFDckMsTUFBSSxnQkFBZ0IsS0FBS0EsS0FBSSxFQUFHLFFBQU8sT0FBT0EsS0FBSTtBQUNsRCxNQUFJLENBQUMsMENBQTBDLEtBQUtBLEtBQUksRUFBRyxRQUFPLE9BQU87QUFDekUsTUFBSSxRQUFRO0FBQ1osYUFBVyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksS0FBS0EsTUFBSyxTQUFTLHFDQUFxQyxFQUFHLFVBQVMsT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzNILFNBQU87QUFDVDtBQUVBLFNBQVMsR0FBRyxPQUFrQyxVQUEwQjtBQUN0RSxRQUFNLFNBQVMsYUFBYSxTQUFTLFFBQVE7QUFDN0MsU0FBTyxPQUFPLFNBQVMsTUFBTSxJQUFJLFNBQVM7QUFDNUM7QUFHTyxTQUFTLGNBQWMsVUFBa0M7QUFDOUQsUUFBTSxlQUFlLEdBQUcsU0FBUyxjQUFjLFlBQVksWUFBWTtBQUN2RSxRQUFNLFVBQVUsU0FBUyxVQUFVLENBQUMsR0FBRyxPQUFPLENBQUMsS0FBSyxVQUFVLE1BQU0sR0FBRyxNQUFNLFVBQVUsSUFBSSxHQUFHLENBQUM7QUFDL0YsVUFBUSxTQUFTLFVBQVU7QUFBQSxJQUN6QixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLFNBQVMsYUFBYSxZQUFZLFdBQVcsSUFBSTtBQUFBLElBQzdELEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsU0FBUyxVQUFVLElBQUksSUFBSTtBQUFBLElBQ3ZDLEtBQUs7QUFDSCxhQUFPLFNBQVMsR0FBRyxTQUFTLGtCQUFrQixZQUFZLGdCQUFnQixJQUFJO0FBQUEsSUFDaEYsS0FBSztBQUNILGFBQU8sU0FBUztBQUFBLElBQ2xCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQU1PLFNBQVMsVUFBVUMsVUFBNEI7QUFDcEQsUUFBTSxZQUFZLE9BQU8sT0FBT0EsU0FBUSxhQUFhLENBQUMsQ0FBQztBQUN2RCxRQUFNLGVBQWUsVUFBVSxXQUFXLElBQ3RDLGFBQ0EsS0FBSyxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsYUFBYSxHQUFHLFNBQVMsV0FBVyxJQUFJLElBQUksY0FBYyxRQUFRLENBQUMsQ0FBQztBQUNuRyxTQUNFLEdBQUdBLFNBQVEsY0FBYyxZQUFZLFlBQVksSUFBSSxlQUFlLEdBQUdBLFNBQVEsaUJBQWlCLFlBQVksZUFBZSxJQUFJO0FBRW5JOzs7QUNsRkEsT0FBT0MsV0FBb0M7QUFPcEMsSUFBTSxnQkFBZ0I7QUFTdEIsU0FBUyxZQUFZQyxTQUFzRjtBQUNoSCxRQUFNLFNBQVMsWUFBWUEsUUFBTyxPQUFPO0FBQ3pDLFFBQU0sVUFBVSxNQUFNQSxRQUFPLFNBQVMsZUFBZSxHQUFHO0FBQ3hELFFBQU0sZUFBZSxHQUFHLGFBQWE7QUFDckMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPLFdBQVcsUUFBUSxlQUFlLE9BQU87QUFDMUUsTUFBSSxRQUFRLFdBQVcsUUFBUSxRQUFRLFFBQVEsSUFBSSxLQUFLLE1BQU0sY0FBYztBQUMxRSxXQUFPLEdBQUcsTUFBTSxrQ0FBa0MsYUFBYSxhQUFhLE9BQU8sT0FBTyxDQUFDLG1CQUFtQixZQUFZO0FBQUEsRUFDNUg7QUFDQSxRQUFNLFFBQVFBLFFBQU8sT0FBTyxDQUFDO0FBQzdCLFFBQU0sT0FBTyxNQUFNQSxRQUFPLFNBQVMsT0FBTyxHQUFHO0FBQzdDLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxXQUFXLFFBQVEsT0FBTyxJQUFJO0FBQzVELE1BQUksS0FBSyxVQUFVLElBQUssUUFBTztBQUMvQixNQUFJLEtBQUssV0FBVyxPQUFPLGNBQWMsS0FBSyxRQUFRLEVBQUUsTUFBTSxRQUFXO0FBQ3ZFLFdBQU8sR0FBRyxNQUFNLDZDQUE2Q0EsUUFBTyxZQUFZLFVBQVUsS0FBSyxhQUFhLE9BQU8sSUFBSSxDQUFDO0FBQUEsRUFDMUg7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE1BQU0sU0FBaUIsU0FBaUIsVUFBMkM7QUFDMUYsU0FBTztBQUFBLElBQU8sQ0FBQyxVQUNiQyxNQUFLLElBQUksR0FBRyxPQUFPLElBQUksT0FBTyxJQUFJO0FBQUEsTUFDaEMsU0FBUyxFQUFFLGFBQWEsTUFBTSxZQUFZO0FBQUEsTUFDMUMsTUFBTSxFQUFFLE1BQU0sSUFBSSxPQUFPLElBQUksSUFBSSxRQUFRO0FBQUEsTUFDekMsU0FBUyxlQUFlO0FBQUEsTUFDeEIsY0FBYztBQUFBLE1BQ2Qsa0JBQWtCQSxNQUFLLGlCQUFpQixRQUFRO0FBQUEsSUFDbEQsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsV0FBVyxRQUFnQixTQUFpQixVQUEyQztBQUM5RixRQUFNLE9BQU8sSUFBSSxPQUFPO0FBQ3hCLE1BQUksU0FBUyxlQUFlLE1BQU07QUFDaEMsV0FBTyxHQUFHLE1BQU0sdUJBQXVCLElBQUksV0FBVyxlQUFlLENBQUM7QUFBQSxFQUN4RTtBQUNBLFFBQU0sU0FBUyxxQkFBcUIsS0FBSyxTQUFTLEtBQUssSUFBSSx1QkFBdUIsU0FBUztBQUMzRixTQUFPLEdBQUcsTUFBTSwyQkFBMkIsSUFBSSxZQUFZLE1BQU07QUFDbkU7QUFHQSxTQUFTLE9BQU8sVUFBMkM7QUFDekQsUUFBTSxRQUFRLFNBQVMsUUFBUSxJQUFJLFFBQVEsUUFBUSxHQUFHLEVBQUUsS0FBSztBQUM3RCxTQUFPLEdBQUcsU0FBUyxNQUFNLElBQUksS0FBSyxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLE1BQU0sSUFBSSxDQUFDO0FBQ2hHOzs7QUM5Q08sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBMkIsUUFBb0IsaUJBQXlCO0FBQzVILFFBQU1DLFVBQVMsSUFBSSxlQUFlLFNBQVMsS0FBSyxPQUFPO0FBQ3ZELFFBQU0sTUFBTSxVQUFVLGtCQUFrQixJQUFJLFNBQVM7QUFDckQsTUFBSSxVQUFVO0FBQ2QsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxFQUFFLFVBQVUsTUFBTSxJQUFJQSxRQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLFNBQVMsV0FBVyxFQUFHLFFBQU8sUUFBUSxRQUFRLEtBQUssbUJBQW1CLFNBQVMsS0FBSyxLQUFLLEtBQUssT0FBTztBQUN6RyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sYUFBYSxJQUFJLE1BQU0sbUJBQW1CO0FBQ3ZHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQ0MsU0FBUSxVQUFVQSxNQUFLLEtBQUssSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHO0FBQ3pFLFlBQU0sRUFBRSxRQUFRLE1BQU0sSUFBSUQsUUFBTyxPQUFPLE9BQU8sSUFBSTtBQUNuRCxVQUFJLFdBQVcsRUFBRyxRQUFPLFFBQVEsV0FBVyxLQUFLLG1CQUFtQixLQUFLLEtBQUssS0FBSyxPQUFPO0FBQzFGLFVBQUksV0FBVyxnQkFBZ0IsT0FBUTtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUNBLE1BQUksVUFBVSxFQUFHLFNBQVEsS0FBSyxrQkFBa0IsT0FBTyxZQUFZLE1BQU0sa0JBQWtCLEVBQUUsaUJBQWlCO0FBQzlHLE1BQUksSUFBSyxTQUFRLElBQUksR0FBRyxVQUFVLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFDakQsU0FBTztBQUNUO0FBRUEsU0FBUyxRQUFRLFFBQWdCLEtBQVksU0FBeUI7QUFDcEUsVUFBUSxLQUFLLHFDQUFxQyxNQUFNLGFBQWEsSUFBSSxNQUFNLGlFQUFpRTtBQUNoSixTQUFPO0FBQ1Q7OztBSnhCTyxTQUFTLFNBQVNFLFNBQTRCO0FBQ25ELFFBQU0sVUFBVSxZQUFZQSxPQUFNO0FBQ2xDLE1BQUksUUFBUyxDQUFBQyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3BDLFFBQU0sT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLFVBQVVBLE1BQUssS0FBSyxPQUFvQixHQUFHLFlBQVksS0FBSyxNQUFNLENBQUM7QUFDcEcsUUFBTSxNQUFhLEVBQUUsUUFBUSxhQUFhRCxPQUFNLEdBQUcsUUFBUSxLQUFLLE9BQU87QUFDdkUsVUFBUSxJQUFJLEdBQUcsU0FBUyxHQUFHLElBQUksTUFBTSxFQUFFO0FBQ3ZDLFdBQVNBLFFBQU8sU0FBUyxLQUFLQSxRQUFPLFFBQVEsT0FBTztBQUNwRCxTQUFPO0FBQ1Q7OztBS2hCTyxJQUFNLGNBQWM7QUFBQSxFQUN6QjtBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQVU7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQVM7QUFBQSxFQUNuRTtBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUN4Qzs7O0FDSE8sU0FBUyxZQUFZRSxTQUE4QjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsR0FBR0EsUUFBTyxNQUFNLFFBQVFBLFFBQU8sT0FBTztBQUFBLElBQzlDLFlBQVk7QUFBQSxJQUNaLFdBQVcsWUFBWUEsUUFBTyxRQUFRLGFBQWEsRUFBRTtBQUFBO0FBQUEsSUFFckQsdUJBQXVCO0FBQUEsSUFDdkIsY0FBYztBQUFBLElBQ2QsaUJBQWlCO0FBQUEsRUFDbkI7QUFDRjs7O0FDUE8sU0FBUyxXQUFXQyxhQUFtQztBQUM1RCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsTUFDUixLQUFLLFdBQVcsSUFBSUEsV0FBVTtBQUFBLE1BQzlCLE1BQU0sRUFBRSxPQUFPQSxhQUFZLFFBQVFBLGFBQVksT0FBTyxVQUFVO0FBQUEsTUFDaEUsUUFBUSxXQUFXQSxXQUFVO0FBQUEsSUFDL0I7QUFBQSxJQUNBLFFBQVEsV0FBVyxJQUFJQSxXQUFVO0FBQUEsRUFDbkM7QUFDRjs7O0FDTE8sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxhQUFhLE9BQWUsS0FBd0I7QUFDbEUsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxtQkFBbUIsSUFBSSxLQUFLLE1BQU0sR0FBRyxJQUFJLGtCQUFrQjtBQUNoRztBQVFPLFNBQVMsV0FBVyxTQUEwQixZQUF3QixPQUFlLE9BQTBCO0FBQ3BILFFBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxVQUFVLE1BQU0sUUFBUSxTQUFTLE9BQU8sUUFBUSxTQUFTLEVBQUUsVUFBVTtBQUNsRyxRQUFNLE9BQU87QUFBQSxJQUNYLFlBQVk7QUFBQSxJQUNaLFNBQVMsQ0FBQyxVQUFVLFlBQVksS0FBSyxLQUFLLENBQUM7QUFBQSxJQUMzQyxPQUFPLEVBQUUsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEVBQUUsRUFBRTtBQUFBLEVBQzFEO0FBQ0EsUUFBTSxRQUFRLG1CQUFtQixLQUFLLFVBQVUsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDO0FBQ25FLFNBQU8sR0FBRyxRQUFRLEdBQUcsa0NBQWtDLEtBQUs7QUFDOUQ7QUFFQSxTQUFTLFVBQVUsWUFBd0IsS0FBYSxPQUF3QztBQUM5RixVQUFRLFlBQVk7QUFBQSxJQUNsQixLQUFLO0FBQ0gsYUFBTyxFQUFFLE9BQU8sS0FBSyxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQUksR0FBRyxXQUFXLFdBQVcsT0FBTyxPQUFPLElBQUksV0FBVyxTQUFTO0FBQUEsSUFDdkgsS0FBSztBQUNILGFBQU8sRUFBRSxPQUFPLEtBQUssWUFBWSxFQUFFLE1BQU0sUUFBUSxJQUFJLEdBQUcsV0FBVyxTQUFTLE1BQU0sTUFBTTtBQUFBLElBQzFGLEtBQUs7QUFDSCxhQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxNQUFNLGNBQWMsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsRUFDM0c7QUFDRjtBQWFPLFNBQVMsU0FBUyxTQUEwQixRQUFnQixPQUF5QjtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPLFdBQVcsU0FBUyxTQUFTLDhCQUE4QixZQUFZLE9BQU8sS0FBSztBQUFBLElBQzFGLE1BQU0sV0FBVyxTQUFTLFFBQVEsa0JBQWtCLFlBQVksTUFBTSxLQUFLO0FBQUEsSUFDM0UsT0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSwyREFBMkQsTUFBTTtBQUFBLE1BQ2pFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDcEVPLElBQU0saUJBQWlCO0FBRXZCLElBQU0sa0JBQWtCOzs7QUNHeEIsSUFBTSxzQkFBc0I7QUFFNUIsSUFBTSxrQkFBa0I7QUFnQ3hCLFNBQVMsZ0JBQWdCLE1BQXFCLFNBQXlCLEtBQTRCO0FBQ3hHLFFBQU0sTUFBTSxJQUFJLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxRQUFRLElBQUksS0FBSyxNQUFNLGlCQUFpQixFQUFFLFlBQVk7QUFDckYsUUFBTSxRQUFRLGFBQWEsT0FBTyxHQUFHO0FBQ3JDLFFBQU0sT0FBTyxRQUFRLElBQUksQ0FBQyxRQUFRLFNBQVMsTUFBTSxLQUFLLElBQUksSUFBSSxTQUFTLEtBQUssQ0FBQztBQUM3RSxNQUFJLElBQUksU0FBVSxNQUFLLEtBQUssY0FBYyxNQUFNLEtBQUssS0FBSyxDQUFDO0FBQzNELFFBQU0sU0FBUyxDQUFDLFFBQWdCLEtBQUssUUFBUSxHQUFHLEdBQUcsVUFBVSxDQUFDO0FBQzlELFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFFBQVEsSUFBSTtBQUFBLElBQ1osVUFBVSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUksSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSSxJQUFJO0FBQUEsSUFDZCxTQUFTLElBQUk7QUFBQSxJQUNiLFFBQVEsRUFBRSxPQUFPLElBQUk7QUFBQSxJQUNyQixRQUFRO0FBQUE7QUFBQSxNQUVOLFVBQVUsT0FBTyxXQUFXLEVBQUUsU0FBUztBQUFBLE1BQ3ZDLFlBQVksT0FBTyxZQUFZLEVBQUUsU0FBUztBQUFBLE1BQzFDLGlCQUFpQixLQUFLLE1BQU0sb0JBQW9CO0FBQUEsTUFDaEQsY0FBYyxPQUFPLFFBQVEsRUFBRSxVQUFVO0FBQUEsTUFDekMsY0FBYyxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDMUM7QUFBQSxJQUNBLE1BQU0sWUFBWSxNQUFNLFNBQVMsSUFBSSxRQUFRO0FBQUEsSUFDN0M7QUFBQSxJQUNBLE9BQU8sU0FBUyxJQUFJLElBQUksU0FBUyxJQUFJLFFBQVEsS0FBSztBQUFBLElBQ2xELFFBQVEsS0FBSyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTTtBQUFBLEVBQ3BEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBcUIsS0FBVSxTQUEwQixPQUE2QjtBQUN0RyxRQUFNLFNBQVMsS0FBSyxRQUFRLGFBQWEsSUFBSSxRQUFRLElBQUksSUFBSSxDQUFDO0FBQzlELFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYSxHQUFHLENBQUM7QUFDOUMsUUFBTSxZQUFZLGtCQUFrQixHQUFHO0FBQ3ZDLFFBQU0sVUFBVSxLQUFLLFFBQVEsYUFBYSxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUMsR0FBRyxPQUFPLFNBQVM7QUFDakYsUUFBTSxNQUFNLFNBQVMsT0FBTyxTQUFTO0FBQ3JDLFFBQU0sV0FBVyxVQUFVLElBQUssUUFBUSxPQUFPLElBQUksSUFBSSxLQUFLLE9BQVE7QUFDcEUsUUFBTSxXQUFXLElBQUksTUFBTSxZQUFZO0FBQ3ZDLFFBQU0sVUFBVSxNQUFNLFNBQVMsTUFBTSxVQUFVLFNBQVMsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUNuRixTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLGFBQWEsSUFBSTtBQUFBLElBQ2pCLE1BQU0sSUFBSTtBQUFBLElBQ1YsUUFBUSxhQUFhLEdBQUc7QUFBQSxJQUN4QjtBQUFBLElBQ0EsTUFBTSxJQUFJO0FBQUEsSUFDVixXQUFXLElBQUk7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksVUFBVSxJQUFJLE1BQU0sVUFBVSxJQUFJLGVBQWU7QUFBQSxJQUM3RCxNQUFNLFVBQVUsS0FBSyxLQUFLLE9BQU87QUFBQSxJQUNqQyxXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU87QUFBQSxNQUNMLE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFNBQVMsS0FBSztBQUFBLE1BQzlELE1BQU0sV0FBVyxTQUFTLFFBQVEsSUFBSSxRQUFRLE9BQU8sS0FBSztBQUFBLE1BQzFELE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSSxRQUFRLFFBQVEsS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTLElBQUk7QUFBQSxFQUNmO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsS0FBeUMsS0FBYSxTQUEwQjtBQUN4RyxRQUFNLE9BQU8sSUFBSSxRQUFRLEVBQUUsZUFBZSxTQUFTLFVBQVUsR0FBRyxPQUFPLEVBQUU7QUFDekUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLGNBQWMsSUFBSTtBQUFBLElBQ2xCLGVBQWUsS0FBSztBQUFBLElBQ3BCLFVBQVUsS0FBSztBQUFBLElBQ2YsT0FBTyxLQUFLO0FBQUEsSUFDWixRQUFRLFVBQVUsSUFBSSxVQUFVLFNBQVMsSUFBSSxjQUFjLEdBQUcsSUFBSTtBQUFBLElBQ2xFLFVBQVUsVUFBVSxJQUFJLGVBQWUsS0FBSyxTQUFTLG1CQUFtQixJQUFJO0FBQUEsSUFDNUUsWUFBWSxtQkFBbUIsU0FBUyxLQUFLLFVBQVUsZUFBZTtBQUFBLEVBQ3hFO0FBQ0Y7QUFNQSxTQUFTLGNBQWMsTUFBcUIsS0FBaUIsT0FBNkI7QUFDeEYsUUFBTSxFQUFFLG1CQUFBQyxvQkFBbUIsV0FBVyxJQUFJLElBQUk7QUFDOUMsUUFBTSxVQUFVLEtBQUssUUFBUSxrQkFBa0I7QUFDL0MsUUFBTSxVQUFVLFNBQVMsT0FBTyxTQUFTO0FBQ3pDLFFBQU0sWUFBWSxrQkFBa0IsVUFBVTtBQUM5QyxRQUFNLFVBQVUsSUFBSSxJQUFJO0FBQ3hCLFFBQU0sV0FBV0EscUJBQW9CLElBQUksVUFBVUEscUJBQW9CO0FBQ3ZFLFFBQU0sU0FBUywyQ0FBMkMsSUFBSSxNQUFNO0FBQ3BFLFFBQU0sVUFBVSxNQUFNQSxvQkFBbUIsV0FBVyxZQUFZLFNBQVMsYUFBYSxTQUFTLEdBQUcsRUFBRTtBQUNwRyxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixhQUFhLHNDQUFzQ0MsT0FBTSxPQUFPLElBQUksUUFBUSxDQUFDLFlBQVlELGtCQUFpQjtBQUFBLElBQzFHLE1BQU07QUFBQSxJQUNOLFFBQVE7QUFBQSxJQUNSO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixXQUFXLEVBQUUsSUFBSSxNQUFNLE9BQU8sU0FBUyxNQUFNLFFBQVE7QUFBQSxJQUNyRDtBQUFBLElBQ0EsU0FBU0E7QUFBQSxJQUNUO0FBQUEsSUFDQSxZQUFZLFVBQVUsSUFBSSxXQUFXLFVBQVUsVUFBVSxJQUFJLFdBQVc7QUFBQSxJQUN4RSxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUM7QUFBQSxJQUNaLE9BQU8sRUFBRSxHQUFHLFNBQVMsSUFBSSxJQUFJLFNBQVMsSUFBSSxRQUFRLEtBQUssR0FBRyxPQUFPLFdBQVcsSUFBSSxJQUFJLFNBQVMsU0FBUyxRQUFRLEtBQUssRUFBRTtBQUFBLElBQ3JILFNBQVMsRUFBRSxRQUFRLGtCQUFrQixRQUFRLFNBQVMsSUFBSSxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUNGO0FBTUEsU0FBUyxNQUFNLFNBQWlCLE9BQWdCLE1BQW9DO0FBQ2xGLE1BQUksWUFBWSxFQUFHLFFBQU87QUFDMUIsTUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLFNBQVM7QUFDL0MsU0FBTyxRQUFRLFNBQVM7QUFDMUI7QUFFQSxTQUFTQyxPQUFNLE9BQXVCO0FBQ3BDLFNBQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJO0FBQ25DO0FBTUEsU0FBUyxZQUFZLE1BQXFCLFNBQXlCLFVBQXVDO0FBMUsxRztBQTJLRSxRQUFNLE9BQTRCLEVBQUUsS0FBSyxJQUFJLE1BQU0sYUFBYSxRQUFRLENBQUMsRUFBRTtBQUMzRSxhQUFXLE9BQU8sUUFBUyxXQUFLLElBQUksV0FBVCxXQUFvQixJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ2pFLFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxNQUFxQkMsT0FBbUM7QUFDbkUsUUFBTSxTQUFTLENBQUMsV0FBbUIsS0FBSyxRQUFRLGFBQWEsUUFBUUEsS0FBSSxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQ3hGLFFBQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxTQUFTO0FBQzlDLFFBQU1DLFlBQVcsT0FBTyxtQkFBbUI7QUFDM0MsUUFBTSxVQUFVLENBQUMsVUFBK0IsV0FBVyxLQUFLLFVBQVUsU0FBWSxRQUFRO0FBQzlGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUUEsVUFBUyxPQUFPLENBQUM7QUFBQSxJQUNoQyxPQUFPLFFBQVFBLFVBQVMsT0FBTyxDQUFDO0FBQUEsSUFDaEMsV0FBVyxRQUFRLE9BQU8saUJBQWlCLEVBQUUsSUFBSTtBQUFBLElBQ2pELEtBQUssUUFBUSxPQUFPLFdBQVcsRUFBRSxJQUFJO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQ0Y7OztBQzVKTyxTQUFTLFlBQVksUUFBc0IsT0FBTyxlQUF1QjtBQUM5RSxRQUFNLFNBQVMsT0FBTyxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxHQUFHLFNBQVMsRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLFVBQVUsT0FBTyxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQ3JFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxxQkFBcUIsS0FBSyxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDcEosR0FBRyxPQUFPLElBQUksV0FBVztBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjtBQVFBLFNBQVMsTUFBTSxPQUEyQjtBQUN4QyxTQUFPO0FBQUEsSUFDTCxPQUFPLE1BQU0sTUFBTTtBQUFBLElBQ25CLFVBQVUsTUFBTSxNQUFNLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDL0MsU0FBUyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxZQUFZLE1BQVMsRUFBRTtBQUFBLEVBQzVFO0FBQ0Y7QUFFQSxTQUFTLElBQUksR0FBVyxHQUFtQjtBQUN6QyxTQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLFVBQVUsRUFBRSxXQUFXLEVBQUUsVUFBVSxTQUFTLEVBQUUsVUFBVSxFQUFFLFFBQVE7QUFDdkc7QUFFQSxTQUFTLFlBQVksT0FBMkI7QUFDOUMsUUFBTSxTQUFTLE1BQU0sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxZQUFZLGVBQWUsS0FBSyxNQUFNLFNBQVMsQ0FBQyxNQUFNO0FBQzlFLFFBQU1DLFFBQU8sc0JBQXNCLEtBQUssTUFBTSxJQUFJLENBQUMsWUFBWSxPQUFPLEtBQUssZUFBZSxPQUFPLFFBQVEseUJBQXlCLE9BQU8sT0FBTyxXQUFXLFFBQVEsTUFBTSxRQUFRLENBQUMsQ0FBQyxJQUFJLFNBQVM7QUFDaE0sUUFBTSxhQUFhLE9BQU8sUUFBUSxNQUFNLGNBQWMsQ0FBQyxDQUFDO0FBQ3hELFFBQU0sZ0JBQWdCLFdBQVcsU0FDN0IsQ0FBQyxvQkFBb0IsR0FBRyxXQUFXLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLHlCQUF5QixLQUFLLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxtQkFBbUIsSUFDakksQ0FBQztBQUNMLFNBQU8sQ0FBQ0EsT0FBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLE1BQU0sSUFBSSxVQUFVLEdBQUcsZ0JBQWdCLEVBQUUsS0FBSyxJQUFJO0FBQzdGO0FBRUEsU0FBUyxXQUFXLFVBQTZCO0FBQy9DLFFBQU1BLFFBQU8sdUJBQXVCLEtBQUssU0FBUyxJQUFJLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxTQUFTLENBQUMsV0FBVyxRQUFRLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUyxTQUFTO0FBQ3BCLFVBQU0sRUFBRSxTQUFTLE1BQU0sS0FBSyxJQUFJLFNBQVM7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLE9BQU8sQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLENBQUMsWUFBWTtBQUFBLEVBQ3hHLFdBQVcsU0FBUyxZQUFZLFFBQVc7QUFDekMsYUFBUyxLQUFLLDJCQUEyQixLQUFLLFNBQVMsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUN0RTtBQUNBLE1BQUksU0FBUyxVQUFXLFVBQVMsS0FBSyxxQkFBcUIsS0FBSyxTQUFTLFNBQVMsQ0FBQyxlQUFlO0FBQ2xHLFNBQU8sU0FBUyxTQUFTLENBQUMsR0FBR0EsS0FBSSxLQUFLLEdBQUcsVUFBVSxpQkFBaUIsRUFBRSxLQUFLLElBQUksSUFBSSxHQUFHQSxLQUFJO0FBQzVGO0FBRUEsU0FBUyxRQUFRLE9BQXVCO0FBQ3RDLFNBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxJQUFJO0FBQ3JEO0FBR0EsU0FBUyxNQUFNLE9BQXVCO0FBQ3BDLFNBQU8sTUFBTSxRQUFRLHlEQUF5RCxFQUFFO0FBQ2xGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxNQUFNLE9BQU8sRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZGO0FBRUEsU0FBUyxLQUFLLE9BQXVCO0FBQ25DLFNBQU8sS0FBSyxLQUFLLEVBQUUsUUFBUSxNQUFNLFFBQVEsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsUUFBUSxPQUFPLE1BQU07QUFDbEg7OztBQ2pGTyxJQUFNLGlCQUFvRCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsV0FBVyxVQUFVO0FBRzdHLFNBQVMsT0FBTyxLQUF3QjtBQUM3QyxRQUFNLE9BQU8sSUFBSTtBQUNqQixRQUFNLFVBQVUsS0FBSyxPQUFPLElBQUksWUFBWSxLQUFLLElBQUksT0FBTztBQUM1RCxTQUFPO0FBQUEsSUFDTCxJQUFJLElBQUk7QUFBQSxJQUNSLFdBQVcsZ0JBQWdCLEdBQUc7QUFBQSxJQUM5QixLQUFLLE9BQU8sR0FBRyxLQUFLLEdBQUcsSUFBSSxJQUFJLE9BQU8sS0FBSyxHQUFHLE9BQU8sSUFBSSxJQUFJLE9BQU87QUFBQSxJQUNwRSxPQUFPLE1BQU0sV0FBVyxHQUFHLFlBQVksS0FBSyxNQUFNLElBQUksT0FBTyxDQUFDLEtBQUssWUFBWSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxZQUFZLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxNQUFNO0FBQUEsSUFDdkksVUFBVSxPQUFPLEtBQUssS0FBSyxRQUFRLFNBQVMsS0FBSyxhQUFhLEtBQUssS0FBSyxJQUFJLFVBQVUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxPQUFPLElBQUksT0FBTztBQUFBLElBQy9ILFNBQVMsQ0FBQyxPQUFPLE1BQU0sS0FBSyxlQUFlLE9BQU8sWUFBWSxLQUFLLFlBQVksS0FBSyxVQUFVLENBQUM7QUFBQSxJQUMvRixVQUFVLElBQUksYUFBYSxPQUFPLE1BQU0sWUFBWSxLQUFLLElBQUksUUFBUTtBQUFBLElBQ3JFLFNBQVMsZUFBZSxJQUFJLE9BQU87QUFBQSxJQUNuQyxRQUFRLElBQUksZUFBZSxPQUFPLE1BQU0sWUFBWSxJQUFJLFVBQVU7QUFBQSxFQUNwRTtBQUNGO0FBRUEsSUFBTSxXQUF3RCxFQUFFLGNBQWMsVUFBVSxRQUFRLFVBQVUsU0FBUyxJQUFJLFVBQVUsVUFBVTtBQUdwSSxTQUFTLGdCQUFnQixLQUE2RDtBQUMzRixRQUFNLFVBQVUsSUFBSSxTQUFTLFlBQVksSUFBSSxPQUFPLFNBQVMsSUFBSSxJQUFJO0FBQ3JFLFNBQU8sR0FBRyxPQUFPLElBQUksSUFBSSxVQUFVLEVBQUUsSUFBSSxZQUFZLEtBQUssSUFBSSxVQUFVLEtBQUssQ0FBQztBQUNoRjtBQUVBLFNBQVMsWUFBWSxLQUFtQyxPQUF1QjtBQUM3RSxTQUFPLElBQUksVUFBVSxTQUFTLE9BQU8sR0FBR0MsT0FBTSxPQUFPLENBQUMsQ0FBQyxRQUFRLFlBQVksS0FBSztBQUNsRjtBQUdPLFNBQVMsWUFBWUMsUUFBdUI7QUFDakQsTUFBSSxDQUFDLE9BQU8sU0FBU0EsTUFBSyxFQUFHLFFBQU87QUFDcEMsU0FBTyxHQUFHRCxPQUFNQyxTQUFRLEtBQUssQ0FBQyxDQUFDO0FBQ2pDO0FBRUEsU0FBU0QsT0FBTSxPQUFlLFVBQTBCO0FBQ3RELFNBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxNQUFNLFFBQVE7QUFDbkU7QUFHTyxTQUFTLFdBQVcsU0FBaUM7QUFDMUQsU0FBTyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLE1BQU07QUFDNUQ7QUFHTyxTQUFTLFNBQVMsU0FBNEI7QUFDbkQsUUFBTSxXQUFXLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFlBQVksTUFBTSxFQUFFO0FBQ3RFLFFBQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxDQUFDLFFBQVEsSUFBSSxZQUFZLFNBQVMsRUFBRTtBQUN2RSxNQUFJLFdBQVcsV0FBVyxFQUFHLFFBQU8sT0FBTyxRQUFRLEtBQUssTUFBTTtBQUM5RCxTQUFPLEdBQUcsV0FBVyxNQUFNLE9BQU8sUUFBUSxLQUFLLE1BQU0saUJBQWlCLFFBQVEsY0FBYyxNQUFNO0FBQ3BHO0FBR08sSUFBTSxvQkFBb0I7QUFHMUIsU0FBUyxlQUFlLEtBQXdCO0FBQ3JELFFBQU1FLE9BQU0sT0FBTyxHQUFHO0FBQ3RCLE1BQUksSUFBSSxZQUFZLFVBQVcsUUFBTyw4Q0FBOENBLEtBQUksU0FBUztBQUNqRyxNQUFJLENBQUMsSUFBSSxLQUFNLFFBQU8sV0FBV0EsS0FBSSxHQUFHLHdCQUF3QkEsS0FBSSxRQUFRLGdCQUFnQkEsS0FBSSxTQUFTO0FBQ3pHLFFBQU0sSUFBSSxJQUFJLEtBQUssV0FBVyxPQUFPLEtBQUssU0FBUyxrQkFBa0IsSUFBSSxLQUFLLE1BQU0sQ0FBQztBQUNyRixTQUFPLEdBQUdBLEtBQUksR0FBRyxTQUFTQSxLQUFJLEtBQUssOEJBQThCLElBQUksS0FBSyxRQUFRLGtCQUFrQkEsS0FBSSxTQUFTLEtBQUssV0FBVyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsY0FBY0EsS0FBSSxRQUFRO0FBQzFLO0FBRUEsSUFBTSxhQUEwRDtBQUFBLEVBQzlELGNBQWM7QUFBQSxFQUNkLFNBQVM7QUFBQSxFQUNULFFBQVE7QUFBQSxFQUNSLFVBQVU7QUFDWjtBQUdPLFNBQVMsa0JBQWtCLEdBQW1CO0FBQ25ELFNBQU8sS0FBSyxPQUFRLE9BQU8sS0FBSyxNQUFNLElBQUksR0FBSSxJQUFJLEdBQUksSUFBSSxFQUFFLGNBQWMsQ0FBQztBQUM3RTtBQVFPLFNBQVMsWUFBWSxTQUE4QjtBQUN4RCxRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLENBQUMsUUFBUSxJQUFJLFFBQVEsSUFBSSxZQUFZLFNBQVM7QUFDakYsUUFBTSxRQUFRLE9BQU8sT0FBTyxDQUFDLFFBQVEsSUFBSSxNQUFNLGVBQWUsSUFBSTtBQUNsRSxNQUFJLE1BQU0sUUFBUTtBQUNoQixVQUFNLEtBQUssR0FBRyxNQUFNLE1BQU0seUhBQXlILE1BQU0sSUFBSSxDQUFDLFFBQVEsSUFBSSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzVMO0FBQ0EsUUFBTSxPQUFPLE9BQU8sT0FBTyxDQUFDLFFBQVEsSUFBSSxRQUFRLElBQUksVUFBVSxJQUFJLEtBQUssYUFBYTtBQUNwRixNQUFJLEtBQUssUUFBUTtBQUNmLFVBQU0sS0FBSyxHQUFHLEtBQUssTUFBTSxxRkFBcUYsS0FBSyxJQUFJLENBQUMsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLElBQUksT0FBTyxNQUFNLElBQUksTUFBTSxhQUFhLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDek07QUFDQSxTQUFPO0FBQ1Q7OztBQzVHTyxTQUFTLGVBQWUsU0FBNEI7QUFDekQsUUFBTSxPQUFPLFFBQVEsU0FBUyxNQUFNO0FBQ3BDLFFBQU0sTUFBTTtBQUFBLElBQ1YsT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNLE9BQU8sUUFBUSxRQUFRLE1BQU0sU0FBUyxPQUFPLENBQUM7QUFBQSxJQUNyRjtBQUFBLElBQ0EsYUFBYSxRQUFRLE9BQU8sY0FBYyxRQUFRLElBQUksT0FBTyxRQUFRLE9BQU8sUUFBUSxnQkFBZ0IsUUFBUSxPQUFPLGdCQUFnQixRQUFRLENBQUMsQ0FBQyxjQUFjLFFBQVEsT0FBTztBQUFBLElBQzFLO0FBQUEsSUFDQSxHQUFJLFFBQVEsYUFBYSxDQUFDLE1BQU0saUJBQWlCLE9BQU8sUUFBUSxVQUFVLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN6RjtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssVUFBVSxJQUFJLEVBQUUsSUFBSSxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUssZUFBZSxHQUFHLENBQUMsS0FBSyxFQUFFO0FBQ2xGLGVBQVcsWUFBWSxJQUFJLFdBQVc7QUFDcEMsVUFBSSxLQUFLLGNBQWMsU0FBUyxPQUFPLE9BQU8sU0FBUyxRQUFRLE9BQU8sU0FBUyxNQUFNLEtBQUssU0FBUyxLQUFLLFlBQVksU0FBUyxNQUFNLEtBQUssU0FBUyxVQUFVLFFBQVEsU0FBUyxJQUFJLEVBQUU7QUFBQSxJQUNwTDtBQUNBLFFBQUksS0FBSyxpQkFBaUIsSUFBSSxNQUFNLElBQUksZ0JBQWdCLElBQUksTUFBTSxLQUFLLHNCQUFzQixJQUFJLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUk7QUFBQSxJQUNGLHlCQUF5QixRQUFRLEtBQUssTUFBTTtBQUFBLElBQzVDO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsUUFBUSxLQUNSLElBQUksTUFBTSxFQUNWLElBQUksQ0FBQ0MsU0FBUSxPQUFPQSxLQUFJLEVBQUUsUUFBUSxLQUFLQSxLQUFJLFNBQVMsQ0FBQyxNQUFNQSxLQUFJLEdBQUcsTUFBTUEsS0FBSSxLQUFLLE1BQU1BLEtBQUksUUFBUSxNQUFNQSxLQUFJLE9BQU8sTUFBTSxLQUFLQSxLQUFJLFFBQVEsQ0FBQyxNQUFNQSxLQUFJLE9BQU8sSUFBSTtBQUFBLElBQ3BLLEdBQUcsWUFBWSxPQUFPLEVBQUUsUUFBUSxDQUFDLFNBQVMsQ0FBQyxJQUFJLEtBQUssSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMzRDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxjQUFjLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLEdBQUcsY0FBYyxRQUFRLE1BQU0sS0FBSyxjQUFjLFFBQVEsTUFBTSxJQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQy9KO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxLQUFLLElBQUk7QUFDdEI7QUFFQSxTQUFTLEtBQUtDLE9BQXNCO0FBQ2xDLFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUs7QUFDbEM7OztBQ3ZDTyxTQUFTLGNBQWMsU0FBZ0M7QUFDNUQsU0FBTztBQUFBLElBQ0wsTUFBTSxvQkFBb0IsUUFBUSxRQUFRLElBQUksUUFBUSxNQUFNO0FBQUEsSUFDNUQsV0FBVyxRQUFRLE9BQU87QUFBQSxJQUMxQixNQUFNLFFBQVEsT0FBTztBQUFBLElBQ3JCLFlBQVksRUFBRSxRQUFRLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQy9HLE9BQU8sUUFBUSxLQUFLLElBQUksQ0FBQyxRQUFRO0FBQy9CLFlBQU1DLE9BQU0sT0FBTyxHQUFHO0FBQ3RCLFlBQU0sVUFBVTtBQUFBLFFBQ2QsSUFBSTtBQUFBLFFBQ0osY0FBY0EsS0FBSSxTQUFTO0FBQUEsUUFDM0IsZUFBZUEsS0FBSSxHQUFHLFdBQVdBLEtBQUksS0FBSztBQUFBLFFBQzFDLGNBQWNBLEtBQUksUUFBUTtBQUFBLFFBQzFCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLGFBQWFBLEtBQUksUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLEtBQUksT0FBTztBQUFBLFFBQ3ZCLHNCQUFzQkEsS0FBSSxNQUFNO0FBQUEsUUFDaEMsWUFBWSxJQUFJLE9BQU87QUFBQSxRQUN2QixHQUFHLElBQUksVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLEVBQUUsT0FBTyxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLEVBQUUsVUFBVSxTQUFTLEVBQUUsUUFBUSxFQUFFO0FBQUEsUUFDakksU0FBUyxJQUFJLE1BQU0sSUFBSTtBQUFBLFFBQ3ZCLFdBQVcsSUFBSSxNQUFNLEtBQUs7QUFBQSxRQUMxQixRQUFRLElBQUksTUFBTSxLQUFLO0FBQUEsTUFDekIsRUFBRSxLQUFLLElBQUk7QUFDWCxhQUFPO0FBQUEsUUFDTCxNQUFNLElBQUk7QUFBQSxRQUNWLFdBQVcsbUJBQW1CLElBQUksSUFBSTtBQUFBLFFBQ3RDLEdBQUksSUFBSSxZQUFZLFNBQVMsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsZUFBZSxHQUFHLEdBQUcsTUFBTSxJQUFJLFNBQVMsTUFBTSxRQUFRLEVBQUU7QUFBQSxRQUNoSCxXQUFXO0FBQUEsTUFDYjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FDOUJPLFNBQVMsV0FBVyxXQUFtQixNQUFzQjtBQUNsRSxTQUFPLEdBQUcsVUFBVSxRQUFRLFFBQVEsRUFBRSxDQUFDLElBQUksSUFBSTtBQUNqRDtBQUdPLFNBQVMsWUFBWSxTQUFvQixXQUEyQztBQUN6RixTQUFPO0FBQUEsSUFDTCxDQUFDLFdBQVcsV0FBVyxjQUFjLENBQUMsR0FBRyxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUM1RSxDQUFDLFdBQVcsV0FBVyxXQUFXLENBQUMsR0FBRyxZQUFZLENBQUMsY0FBYyxPQUFPLENBQUMsQ0FBQztBQUFBLElBQzFFLENBQUMsV0FBVyxXQUFXLFdBQVcsQ0FBQyxHQUFHLGVBQWUsT0FBTztBQUFBLEVBQzlEO0FBQ0Y7OztBQ2RBLElBQU0sVUFBeUM7QUFBQSxFQUM3QyxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQ1osQ0FBQyxhQUFhLFdBQVc7QUFBQSxFQUN6QixDQUFDLE9BQU8sWUFBWTtBQUFBLEVBQ3BCLENBQUMsU0FBUyxvQkFBb0I7QUFBQSxFQUM5QixDQUFDLFlBQVksV0FBVztBQUFBLEVBQ3hCLENBQUMsV0FBVyxTQUFTO0FBQUEsRUFDckIsQ0FBQyxZQUFZLFVBQVU7QUFBQSxFQUN2QixDQUFDLFdBQVcsU0FBUztBQUN2QjtBQU1PLFNBQVMsZUFBZSxTQUE0QjtBQUN6RCxRQUFNLE9BQU8sUUFBUSxLQUFLLElBQUksTUFBTTtBQUNwQyxRQUFNLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxLQUFLLElBQUksTUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLENBQUNDLFNBQVFBLEtBQUksR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzFHLFFBQU0sT0FBTyxDQUFDLFVBQW9CLEtBQUssTUFBTSxJQUFJLENBQUNDLE9BQU0sTUFBTUEsTUFBSyxPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFDM0csUUFBTSxNQUFNO0FBQUEsSUFDVixhQUFhLFFBQVEsTUFBTSxNQUFNLFNBQVMsT0FBTyxDQUFDLGFBQWEsUUFBUSxPQUFPLFVBQVUsUUFBUSxJQUFJO0FBQUEsSUFDcEc7QUFBQSxJQUNBLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN0QyxHQUFHLEtBQUssSUFBSSxDQUFDRCxTQUFRLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLE1BQU1BLEtBQUksR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQzNELEdBQUcsWUFBWSxPQUFPLEVBQUUsSUFBSSxDQUFDLFNBQVMsT0FBTyxJQUFJLEVBQUU7QUFBQSxFQUNyRDtBQUNBLGFBQVcsT0FBTyxXQUFXLE9BQU8sR0FBRztBQUNyQyxRQUFJLEtBQUssSUFBSSxPQUFPLElBQUksRUFBRSxLQUFLLElBQUksV0FBVyxJQUFJLE9BQU8sZUFBZSxHQUFHLENBQUMsRUFBRTtBQUM5RSxlQUFXLFlBQVksSUFBSSxXQUFXO0FBQ3BDLFVBQUksS0FBSyxhQUFhLFNBQVMsT0FBTyxLQUFLLFNBQVMsTUFBTSxLQUFLLFNBQVMsS0FBSyxZQUFZLFNBQVMsTUFBTSxLQUFLLFNBQVMsVUFBVSxRQUFRLFNBQVMsSUFBSSxFQUFFO0FBQ3ZKLFVBQUksS0FBSyxTQUFTLFNBQVMsUUFBUSxFQUFFO0FBQUEsSUFDdkM7QUFDQSxRQUFJLEtBQUssZUFBZSxJQUFJLE1BQU0sSUFBSSxJQUFJLGVBQWUsSUFBSSxNQUFNLEtBQUssSUFBSSxlQUFlLElBQUksTUFBTSxLQUFLLEVBQUU7QUFBQSxFQUM5RztBQUNBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxnQkFBZ0IsUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sR0FBRztBQUFBLElBQzVELGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DLGdCQUFnQixRQUFRLE1BQU0sSUFBSTtBQUFBLElBQ2xDLGdCQUFnQixRQUFRLE1BQU0sS0FBSztBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFZLEtBQUksS0FBSyxLQUFLLGlCQUFpQixLQUFLLE9BQU8sUUFBUSxVQUFVLElBQUksRUFBRTtBQUMzRixTQUFPLElBQUksS0FBSyxJQUFJO0FBQ3RCOzs7QUN0Q08sU0FBUyxrQkFBa0IsTUFBNkI7QUFDN0QsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ25GLFFBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUTtBQUNwQyxRQUFNLE1BQU0sQ0FBQyxJQUFJLHFCQUFxQixFQUFFO0FBQ3hDLE1BQUksUUFBUTtBQUNWLFVBQU0sU0FBUyxPQUFPLFVBQVUsTUFBTSxPQUFPLFNBQVM7QUFDdEQsUUFBSTtBQUFBLE1BQ0YsSUFBSSxnQkFBZ0IsR0FBRyxLQUFLLEVBQUU7QUFBQSxNQUM5QixJQUFJLG9CQUFvQixHQUFHRSxTQUFRLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxPQUFPLFVBQVUsQ0FBQyxXQUFXLEtBQUssRUFBRTtBQUFBLE1BQzVGLElBQUksaUJBQWlCLEdBQUdBLFNBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRSxDQUFDLElBQUksT0FBTyxTQUFTLENBQUMsV0FBVyxLQUFLLEVBQUU7QUFBQSxNQUM5RjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxDQUFDLE9BQU8sT0FBTyxLQUFLLFlBQVk7QUFDekMsVUFBTSxhQUFhLFFBQVEsT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsWUFBWSxRQUFRLElBQUksQ0FBQztBQUNoRixRQUFJLFdBQVcsV0FBVyxFQUFHO0FBQzdCLFFBQUksS0FBSyxPQUFPLEtBQUssSUFBSSxHQUFHLFdBQVcsSUFBSSxDQUFDLENBQUMsTUFBTSxNQUFNLE1BQU0sSUFBSSxNQUFNLGFBQWEsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDckc7QUFDQSxNQUFJLEtBQUssa0JBQWtCLEtBQUssTUFBTSxvQkFBb0IsS0FBTSxRQUFRLENBQUMsQ0FBQyxLQUFLLEVBQUU7QUFDakYsU0FBTyxJQUFJLEtBQUssSUFBSTtBQUN0QjtBQUVBLElBQU0scUJBQXFCLENBQUMsc0JBQXNCLGNBQWMsT0FBTyxXQUFXLG9CQUFvQjtBQUN0RyxJQUFNLG1CQUFtQixDQUFDLGlCQUFpQixXQUFXO0FBRXRELElBQU0sYUFBeUQ7QUFBQSxFQUM3RCxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssV0FBVyxPQUFPLENBQUM7QUFBQSxFQUMzQyxDQUFDLGFBQWEsQ0FBQyxTQUFTLG1CQUFtQixTQUFTLElBQUksQ0FBQztBQUFBLEVBQ3pELENBQUMsV0FBVyxDQUFDLFNBQVMsaUJBQWlCLFNBQVMsSUFBSSxDQUFDO0FBQUEsRUFDckQsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLEtBQUssV0FBVyxPQUFPLEtBQUssQ0FBQyxtQkFBbUIsU0FBUyxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsU0FBUyxJQUFJLENBQUM7QUFDMUg7QUFFQSxTQUFTLElBQUksTUFBYyxPQUF1QjtBQUNoRCxTQUFPLE9BQU8sR0FBRyxJQUFJLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxLQUFLLEtBQUs7QUFDbkQ7QUFFQSxTQUFTLGFBQWEsUUFBaUM7QUFDckQsUUFBTSxJQUFJLE9BQU87QUFDakIsVUFBUSxPQUFPLE1BQU07QUFBQSxJQUNuQixLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxHQUFHLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDekYsS0FBSyxRQUFRO0FBQ1gsWUFBTSxTQUFTLEVBQUUsVUFBVSxNQUFNLEVBQUUsU0FBUztBQUM1QyxhQUFPLEdBQUdBLFNBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLFdBQVcsS0FBSztBQUFBLElBQ2pFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxRQUFRLENBQUMsUUFBUSxPQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sUUFBUSxDQUFDLFFBQVEsT0FBTyxFQUFFLE9BQU8sR0FBRyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ3ZJLEtBQUs7QUFDSCxhQUFPLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsT0FBTyxFQUMxRCxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFTLEVBQ3RDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxFQUMzRCxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sT0FBZSxVQUEwQjtBQUN2RCxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTyxHQUFHLEtBQUssUUFBUSxHQUFJLENBQUMsTUFBTSxTQUFTLElBQUksR0FBRyxLQUFLLEtBQUssQ0FBQyxPQUFPLEdBQUcsS0FBSyxRQUFRLEdBQUksQ0FBQztBQUNsSSxNQUFJLGFBQWEsT0FBUSxRQUFPLFNBQVMsTUFBTSxHQUFHLEtBQUssUUFBUSxHQUFHLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRyxLQUFLLFFBQVEsR0FBRyxDQUFDLFFBQVEsR0FBRyxLQUFLLEtBQUssQ0FBQztBQUNwSSxTQUFPLEtBQUssS0FBSztBQUNuQjtBQUVBLFNBQVMsS0FBSyxPQUF1QjtBQUNuQyxTQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUc7QUFDN0M7QUFFQSxTQUFTQSxTQUFRQyxRQUF1QjtBQUN0QyxTQUFPLElBQUlBLFNBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNwQzs7O0FDbERPLFNBQVMsYUFBYSxNQUFxQixPQUFzRDtBQUN0RyxRQUFNLEVBQUUsUUFBQUMsU0FBUSxLQUFLLEtBQUssSUFBSTtBQUM5QixRQUFNLGFBQWEscUJBQXFCLE1BQU0sR0FBRztBQUNqRCxRQUFNLFdBQVcsS0FBSyxzQkFBc0IsVUFBYSxlQUFlLFNBQVksU0FBWSxFQUFFLG1CQUFtQixLQUFLLG1CQUFtQixXQUFXO0FBQ3hKLFFBQU0sVUFBVSxnQkFBZ0IsTUFBTSxTQUFTQSxTQUFRLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDakUsUUFBUUEsUUFBTztBQUFBLElBQ2YsVUFBVUEsUUFBTztBQUFBLElBQ2pCLFNBQVNBLFFBQU87QUFBQSxJQUNoQixLQUFLLE1BQU07QUFBQSxJQUNYO0FBQUEsSUFDQTtBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU8sRUFBRSxHQUFHLFNBQVMsWUFBWSxNQUFNLGNBQWMsS0FBSztBQUM1RDtBQU1PLFNBQVMsaUJBQWlCLE1BQXFCLE9BQStDO0FBQ25HLFFBQU0sVUFBVSxhQUFhLE1BQU0sS0FBSztBQUN4QyxRQUFNLFFBQVEsTUFBTSxhQUNoQiw4REFBOEQsTUFBTSxPQUFPLFNBQVM7QUFBQSxJQUNwRixlQUFlLE9BQU87QUFDMUIsU0FBTyxFQUFFLFFBQVEsR0FBRyxrQkFBa0IsSUFBSSxDQUFDO0FBQUEsRUFBSyxLQUFLLElBQUksR0FBRyxZQUFZLFNBQVMsTUFBTSxPQUFPLFNBQVMsRUFBRTtBQUMzRzs7O0FDN0NBLElBQU0sVUFBVSxDQUFDLEtBQUssS0FBSyxNQUFNO0FBUTFCLFNBQVMsZUFBZSxLQUF5QjtBQUN0RCxRQUFNLEtBQUssUUFBUSxTQUFTLElBQUksa0JBQWtCLEtBQUssRUFBRSxZQUFZLEtBQUssRUFBRTtBQUM1RSxRQUFNLFFBQVEsSUFBSSx5QkFBeUIsS0FBSyxLQUFLLElBQUkseUJBQXlCLEtBQUssTUFBTTtBQUM3RixTQUFPLE1BQU0sU0FBUyxLQUFLLE9BQU87QUFDcEM7OztBQ1BPLFNBQVMsY0FBYyxNQUF3RTtBQUdwRyxNQUFJLEtBQUssZUFBZSxVQUFhLEtBQUssUUFBUSxlQUFlLE9BQVcsUUFBTyxDQUFDO0FBQ3BGLFFBQU0sT0FBTyxXQUFXO0FBQ3hCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLHFGQUFxRjtBQUdoSCxRQUFNQyxVQUFTLEVBQUUsR0FBRyxLQUFLLFFBQVEsUUFBUSxhQUFhLEtBQUssTUFBTSxFQUFFO0FBQ25FLFNBQU8saUJBQWlCLE1BQU07QUFBQSxJQUM1QixRQUFBQTtBQUFBLElBQ0EsS0FBSyxLQUFLO0FBQUEsSUFDVixNQUFNLEtBQUs7QUFBQSxJQUNYLEtBQUssb0JBQUksS0FBSztBQUFBLElBQ2QsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxZQUFZLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxFQUN4QyxDQUFDO0FBQ0g7OztBQ1RBLElBQU0sU0FBUyxXQUFXLE9BQU87QUFHakMsSUFBTSxNQUFNLE9BQU8sS0FBSyxPQUFPO0FBQy9CLElBQU0sYUFBYSxPQUFPLEtBQUssY0FBYztBQUd0QyxJQUFNLFVBQW1CO0FBQUEsRUFDOUIsR0FBRyxZQUFZLE1BQU07QUFBQSxFQUNyQixXQUFXO0FBQUEsSUFDVCxPQUFPLEVBQUUsVUFBVSxxQkFBcUIsS0FBSyxZQUFZLGFBQWEsTUFBTTtBQUFBLEVBQzlFO0FBQUE7QUFBQTtBQUFBLEVBR0EsR0FBRyxXQUFXLFFBQVEsRUFBRSxNQUFNLFFBQVEsUUFBUSxXQUFXLE1BQU0sVUFBVSxFQUFFLENBQUM7QUFDOUU7QUFFQSxJQUFJO0FBR0csU0FBUyxRQUFlO0FBQzdCLFNBQU8sU0FBUyxNQUFNO0FBQ3hCO0FBR2UsU0FBUixjQUFrQixNQUErQjtBQUN0RCxRQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3pCLHNCQUFXLElBQUksZUFBZSxPQUFPLFNBQVMsR0FBRztBQUNqRCxRQUFNLE9BQU8sY0FBYyxHQUFHO0FBQzlCLGFBQVcsU0FBUyxPQUFPLE9BQVEsYUFBWSxRQUFRLE9BQU8sSUFBSTtBQUNwRTtBQUdPLFNBQVMsU0FBUyxLQUFrQjtBQUN6QyxXQUFTLE9BQU8sU0FBUyxLQUFLLE9BQU8sTUFBTTtBQUM3QzsiLAogICJuYW1lcyI6IFsic2hhcmUiLCAic2hhcmUiLCAibXMiLCAiZHVyYXRpb25NcyIsICJ0YWdzIiwgInRleHQiLCAibXMiLCAiY29uZmlnIiwgIm1zIiwgInRhZ3MiLCAiYWRkIiwgImNvbmZpZyIsICJwOTVNcyIsICJjb25maWciLCAicDk5TXMiLCAicm93IiwgImV4ZWMiLCAiY291bnQiLCAiZXhlYyIsICJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJDb3VudGVyIiwgIkNvdW50ZXIiLCAidGFncyIsICJjbGllbnQiLCAiYW5zd2VyIiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAidGV4dCIsICJvcHRpb25zIiwgImh0dHAiLCAiY29uZmlnIiwgImh0dHAiLCAiY2xpZW50IiwgInJvdyIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiaXRlcmF0aW9ucyIsICJwbGFubmVkSXRlcmF0aW9ucyIsICJyb3VuZCIsICJ0YWdzIiwgImR1cmF0aW9uIiwgIm9wZW4iLCAicm91bmQiLCAic2hhcmUiLCAicm93IiwgInJvdyIsICJ0ZXh0IiwgInJvdyIsICJyb3ciLCAiY2VsbCIsICJwZXJjZW50IiwgInNoYXJlIiwgImNvbmZpZyIsICJjb25maWciXQp9Cg==
