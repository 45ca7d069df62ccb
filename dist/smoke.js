// Built by tools/build.ts (npm run build) from scenarios/ and lib/. Do not edit: edit the TypeScript.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// lib/client.ts
import http from "k6/http";

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
  const names = rows.map((row) => row?.name);
  return names.every((name) => typeof name === "string") ? names : void 0;
}

// lib/tracing/k6.ts
import { randomBytes } from "k6/crypto";
import exec from "k6/execution";

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
var tracer = new IterationTracer((count) => new Uint8Array(randomBytes(count)));
function traced(send) {
  const trace = tracer.next(exec.vu.iterationInInstance);
  exec.vu.metrics.metadata.trace_id = trace.traceId;
  try {
    return send(trace);
  } finally {
    delete exec.vu.metrics.metadata.trace_id;
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
    return traced(
      (trace) => http.request(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          ...body === null ? {} : { "Content-Type": "application/json" }
        },
        tags: tags2,
        responseType,
        responseCallback: EXPECTED[method]
      })
    );
  }
};

// lib/config/k6.ts
import exec2 from "k6/execution";

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
  smoke: ["VUS", "ITERATIONS"]
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
function durationMs(text) {
  const match = DURATION_FORM.exec(text);
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
  const reportDir = setting(env, "REPORT_DIR", matching(/^[^\0\r\n]+$/, "a directory path"), `reports/${testid}`);
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
    exec2.test.abort(error.message);
    throw error;
  }
}
function loadConfig(scenario) {
  return readSettings((env) => parseConfig(env, { scenario, now: /* @__PURE__ */ new Date(), random: Math.random }));
}

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

// lib/journeys/crud.ts
import { check } from "k6";
function createWithRetry(client2, beast, name) {
  let response = client2.create(beast, name);
  const retried = response.status === 500;
  if (retried) response = client2.create(beast, name);
  const outcome = retried ? "POST created after one retry of a 500" : "POST created";
  return check(response, { [outcome]: (r) => r.status === 201 }, { beast });
}
function crudJourney(client2, beast, name) {
  if (!createWithRetry(client2, beast, name)) return;
  check(client2.list(beast), { "GET lists the new name": (list) => list.names?.includes(name) === true }, { beast });
  check(client2.remove(beast, name), { "DELETE answered 204": (r) => r.status === 204 }, { beast });
  check(
    client2.list(beast),
    { "GET no longer lists it": (list) => list.names !== void 0 && !list.names.includes(name) },
    { beast }
  );
}

// lib/journeys/sweep.ts
function sweepRun(baseUrl, run, beasts) {
  const client2 = new MythicalClient(baseUrl, run, "sweep");
  let deleted = 0;
  for (const beast of beasts) {
    const { response, names } = client2.list(beast);
    if (!names) {
      console.warn(`sweep: GET /${beast} answered ${response.status}; rows named ${run.prefix}-* may remain`);
      continue;
    }
    for (const name of names.filter((row) => belongsToRun(row, run.prefix))) {
      if (client2.remove(beast, name).status === 204) deleted++;
    }
  }
  if (deleted > 0) console.info(`sweep: deleted ${deleted} rows left by ${run.prefix}`);
  return deleted;
}

// lib/options.ts
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

// scenarios/smoke.ts
var config = loadConfig("smoke");
var smokeThresholds = {
  http_reqs: ["count>0"],
  checks: ["rate>0.95"],
  http_req_failed: ["rate<0.15"]
};
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
  thresholds: smokeThresholds
};
var client;
function smoke_default() {
  const run = runId(config);
  client ?? (client = new MythicalClient(config.baseUrl, run));
  const name = iterationName(run);
  for (const beast of config.beasts) crudJourney(client, beast, name);
}
function teardown() {
  sweepRun(config.baseUrl, runId(config), config.beasts);
}
export {
  smoke_default as default,
  options,
  smokeThresholds,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2NsaWVudC50cyIsICIuLi9saWIvbmFtZXMudHMiLCAiLi4vbGliL3RyYWNpbmcvazYudHMiLCAiLi4vbGliL3RyYWNpbmcvdHJhY2VwYXJlbnQudHMiLCAiLi4vbGliL3ZlcnNpb24udHMiLCAiLi4vbGliL2NvbmZpZy9rNi50cyIsICIuLi9saWIvY29uZmlnL2Vycm9yLnRzIiwgIi4uL2xpYi9iZWFzdHMudHMiLCAiLi4vbGliL2NvbmZpZy9zY2VuYXJpb3MudHMiLCAiLi4vbGliL2NvbmZpZy92YWxpZGF0b3JzLnRzIiwgIi4uL2xpYi9jb25maWcvcGFyc2UudHMiLCAiLi4vbGliL2RhdGEvbmFtZXMudHMiLCAiLi4vbGliL2pvdXJuZXlzL2NydWQudHMiLCAiLi4vbGliL2pvdXJuZXlzL3N3ZWVwLnRzIiwgIi4uL2xpYi9vcHRpb25zLnRzIiwgIi4uL2xpYi9ydW4taWQudHMiLCAiLi4vc2NlbmFyaW9zL3Ntb2tlLnRzIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7O0FBQUEsT0FBTyxVQUF1RDs7O0FDQ3ZELElBQU0sa0JBQWtCO0FBVXhCLFNBQVMsVUFBVSxRQUF3QjtBQUNoRCxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsR0FBRyxRQUFVLE1BQU07QUFBQSxFQUNoRTtBQUNBLFNBQU8sTUFBTSxPQUFPLE1BQU0sR0FBRyxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzVEO0FBaUJPLFNBQVMsWUFBWSxRQUFnQixNQUFjLElBQVksV0FBMkI7QUFDL0YsUUFBTSxPQUFPLElBQUksR0FBRyxTQUFTLEVBQUUsQ0FBQyxJQUFJLFVBQVUsU0FBUyxFQUFFLENBQUM7QUFDMUQsUUFBTSxPQUFPLGtCQUFrQixPQUFPLFNBQVMsSUFBSSxLQUFLO0FBQ3hELFFBQU0sWUFBWSxLQUFLLE1BQU0sR0FBRyxLQUFLLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUNwRSxTQUFPLFlBQVksR0FBRyxNQUFNLElBQUksU0FBUyxHQUFHLElBQUksS0FBSyxHQUFHLE1BQU0sR0FBRyxJQUFJO0FBQ3ZFO0FBR08sU0FBUyxhQUFhLE1BQWMsUUFBeUI7QUFDbEUsU0FBTyxLQUFLLFdBQVcsR0FBRyxNQUFNLEdBQUc7QUFDckM7QUFNTyxTQUFTLGNBQWMsTUFBb0M7QUFDaEUsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDeEIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEVBQUcsUUFBTztBQUNqQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsUUFBa0IsS0FBbUMsSUFBSTtBQUNqRixTQUFPLE1BQU0sTUFBTSxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQUksUUFBUTtBQUNuRjs7O0FDNURBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU8sVUFBVTs7O0FDTVYsU0FBUyxVQUFVLE9BQWUsUUFBNkI7QUFDcEUsYUFBUztBQUNQLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSSxPQUFPLEtBQUssQ0FBQyxVQUFVLFVBQVUsQ0FBQyxHQUFHO0FBQ3ZDLGFBQU8sTUFBTSxLQUFLLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxZQUFZLFNBQWlCLFFBQXdCO0FBQ25FLFNBQU8sTUFBTSxPQUFPLElBQUksTUFBTTtBQUNoQztBQWFPLElBQU0sa0JBQU4sTUFBc0I7QUFBQSxFQUkzQixZQUE2QixRQUFxQjtBQUFyQjtBQUg3Qix3QkFBUSxhQUFZLE9BQU87QUFDM0Isd0JBQVEsV0FBVTtBQUFBLEVBRWlDO0FBQUE7QUFBQSxFQUduRCxLQUFLLFdBQWlDO0FBQ3BDLFFBQUksY0FBYyxLQUFLLFdBQVc7QUFDaEMsV0FBSyxZQUFZO0FBQ2pCLFdBQUssVUFBVSxVQUFVLElBQUksS0FBSyxNQUFNO0FBQUEsSUFDMUM7QUFDQSxVQUFNLFNBQVMsVUFBVSxHQUFHLEtBQUssTUFBTTtBQUN2QyxXQUFPLEVBQUUsU0FBUyxLQUFLLFNBQVMsUUFBUSxhQUFhLFlBQVksS0FBSyxTQUFTLE1BQU0sRUFBRTtBQUFBLEVBQ3pGO0FBQ0Y7QUFHTyxTQUFTLFlBQVksUUFBZ0IsU0FBeUQ7QUFDbkcsU0FBTyxFQUFFLFNBQVMsVUFBVSxNQUFNLElBQUksV0FBVyxlQUFlLE9BQU8sWUFBWSxNQUFNLElBQUk7QUFDL0Y7OztBRGhEQSxJQUFNLFNBQVMsSUFBSSxnQkFBZ0IsQ0FBQyxVQUFVLElBQUksV0FBVyxZQUFZLEtBQUssQ0FBQyxDQUFDO0FBTXpFLFNBQVMsT0FBVSxNQUFxQztBQUM3RCxRQUFNLFFBQVEsT0FBTyxLQUFLLEtBQUssR0FBRyxtQkFBbUI7QUFDckQsT0FBSyxHQUFHLFFBQVEsU0FBUyxXQUFXLE1BQU07QUFDMUMsTUFBSTtBQUNGLFdBQU8sS0FBSyxLQUFLO0FBQUEsRUFDbkIsVUFBRTtBQUNBLFdBQU8sS0FBSyxHQUFHLFFBQVEsU0FBUztBQUFBLEVBQ2xDO0FBQ0Y7OztBRWpCTyxJQUFNLGdCQUFnQjs7O0FKVXRCLElBQU0sa0JBQW9ELEVBQUUsS0FBSyxLQUFLLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFHcEcsSUFBTSxXQUFxRTtBQUFBLEVBQ3pFLEtBQUssS0FBSyxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5QyxNQUFNLEtBQUssaUJBQWlCLGdCQUFnQixJQUFJO0FBQUEsRUFDaEQsUUFBUSxLQUFLLGlCQUFpQixnQkFBZ0IsTUFBTTtBQUN0RDtBQWVPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUcxQixZQUNtQixTQUNqQixLQUNpQixVQUFtQixXQUNwQztBQUhpQjtBQUVBO0FBTG5CLHdCQUFpQjtBQU9mLFNBQUssVUFBVSxZQUFZLElBQUksUUFBUSxhQUFhLEVBQUU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxLQUFLLE9BQXlCO0FBQzVCLFVBQU0sV0FBVyxLQUFLLEtBQUssT0FBTyxPQUFPLFFBQVcsTUFBTTtBQUMxRCxVQUFNLFFBQVEsU0FBUyxXQUFXLGdCQUFnQixPQUFPLFNBQVMsT0FBTyxjQUFjLFNBQVMsSUFBSSxJQUFJO0FBQ3hHLFdBQU8sRUFBRSxVQUFVLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE9BQWUsTUFBdUM7QUFDM0QsV0FBTyxLQUFLLEtBQUssUUFBUSxPQUFPLE1BQU0sTUFBTTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLE9BQU8sT0FBZSxNQUF1QztBQUMzRCxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxNQUFNO0FBQUEsRUFDaEQ7QUFBQSxFQUVRLEtBQThCLFFBQWdCLE9BQWUsTUFBMEIsY0FBa0I7QUFDL0csVUFBTSxRQUFRLElBQUksS0FBSztBQUN2QixVQUFNQSxRQUNKLEtBQUssWUFBWSxVQUFVLEVBQUUsTUFBTSxPQUFPLElBQUksUUFBUSxJQUFJLEVBQUUsTUFBTSxPQUFPLE1BQU07QUFDakYsVUFBTSxPQUFPLFNBQVMsU0FBWSxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQztBQUNoRSxXQUFPO0FBQUEsTUFBTyxDQUFDLFVBQ2IsS0FBSyxRQUFZLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUksTUFBTTtBQUFBLFFBQ3hELFNBQVM7QUFBQSxVQUNQLGFBQWEsTUFBTTtBQUFBLFVBQ25CLFNBQVMsS0FBSztBQUFBLFVBQ2QsR0FBSSxTQUFTLE9BQU8sQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLFFBQ2hFO0FBQUEsUUFDQSxNQUFBQTtBQUFBLFFBQ0E7QUFBQSxRQUNBLGtCQUFrQixTQUFTLE1BQU07QUFBQSxNQUNuQyxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDRjs7O0FLL0VBLE9BQU9DLFdBQVU7OztBQ0tWLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFJckMsWUFBWSxVQUFrQixPQUFlLFVBQWtCO0FBQzdELFVBQU0sR0FBRyxRQUFRLElBQUksVUFBVSxLQUFLLENBQUMsMkJBQTJCLFFBQVEsRUFBRTtBQUg1RTtBQUFBLHdCQUFTO0FBSVAsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxPQUF1QjtBQUN4QyxRQUFNLFdBQVcsTUFBTSxRQUFRLDZCQUE2QixRQUFRO0FBQ3BFLFNBQU8saUJBQWlCLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxVQUFVLFFBQVE7QUFDN0U7OztBQ2hCTyxJQUFNLFlBQVk7QUFBQSxFQUN2QixTQUFTLENBQUMsV0FBVyxhQUFhLFlBQVksV0FBVyxVQUFVO0FBQUEsRUFDbkUsUUFBUSxDQUFDLFNBQVMsV0FBVyxXQUFXLFFBQVEsVUFBVSxXQUFXO0FBQ3ZFO0FBTU8sSUFBTSxpQkFBaUIsT0FBTyxLQUFLLFNBQVM7OztBQ0w1QyxJQUFNLGlCQUFnRTtBQUFBLEVBQzNFLE9BQU8sQ0FBQyxPQUFPLFlBQVk7QUFDN0I7OztBQ0tPLFNBQVMsVUFBYSxTQUFpQixPQUFxRDtBQUNqRyxRQUFNLFdBQVcsQ0FBQyxLQUFhLGFBQXdCO0FBQ3JELFVBQU0sUUFBUSxNQUFNLEdBQUc7QUFDdkIsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLFlBQVksVUFBVSxLQUFLLE9BQU87QUFDckUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLE9BQU8sT0FBTyxVQUFVLEVBQUUsUUFBUSxDQUFDO0FBQzVDO0FBTU8sU0FBUyxRQUFXLEtBQVUsVUFBa0IsVUFBd0IsVUFBZ0I7QUFDN0YsUUFBTSxNQUFNLElBQUksUUFBUTtBQUN4QixTQUFPLFFBQVEsVUFBYSxJQUFJLEtBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxJQUFJLEtBQUssR0FBRyxRQUFRO0FBQzFGO0FBR08sU0FBUyxnQkFBbUIsS0FBVSxVQUFrQixVQUF1QztBQUNwRyxTQUFPLFFBQXVCLEtBQUssVUFBVSxVQUFVLE1BQVM7QUFDbEU7QUFFQSxJQUFNLFdBQVc7QUFHVixJQUFNLE1BQXlCLFVBQVUsZ0RBQWdELENBQUMsUUFBUTtBQUN2RyxRQUFNLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDL0IsTUFBSSxDQUFDLFNBQVUsTUFBTSxDQUFDLE1BQU0sVUFBYSxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksTUFBUSxRQUFPO0FBQzNFLFNBQU8sSUFBSSxRQUFRLFFBQVEsRUFBRTtBQUMvQixDQUFDO0FBR00sSUFBTSxrQkFBcUMsVUFBVSxnQ0FBZ0MsQ0FBQyxRQUFRO0FBQ25HLE1BQUksQ0FBQyxhQUFhLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLE9BQU8sR0FBRztBQUN4QixTQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssS0FBSyxJQUFJLFFBQVE7QUFDdEQsQ0FBQztBQUVELElBQU0sb0JBQTRDLEVBQUUsR0FBRyxNQUFXLEdBQUcsS0FBUSxHQUFHLEtBQU8sSUFBSSxFQUFFO0FBQzdGLElBQU0sZ0JBQWdCO0FBR2YsU0FBUyxXQUFXLE1BQWtDO0FBQzNELFFBQU0sUUFBUSxjQUFjLEtBQUssSUFBSTtBQUNyQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFFBQU0sQ0FBQyxFQUFFLEdBQUcsR0FBRyxHQUFHLEVBQUUsSUFBSTtBQUN4QixRQUFNLFFBQ0osT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxLQUFLLENBQUMsSUFBSSxrQkFBa0IsSUFDbkMsT0FBTyxNQUFNLENBQUM7QUFDaEIsU0FBTyxRQUFRLElBQUksUUFBUTtBQUM3QjtBQUdPLElBQU0sV0FBOEI7QUFBQSxFQUFVO0FBQUEsRUFBdUMsQ0FBQyxRQUMzRixXQUFXLEdBQUcsTUFBTSxTQUFZLFNBQVk7QUFDOUM7QUFVTyxJQUFNLE9BQXdCLFVBQVUsNkRBQTZELENBQUMsUUFBUTtBQUNuSCxRQUFNLFFBQVEsNEJBQTRCLEtBQUssR0FBRztBQUNsRCxNQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRyxRQUFPO0FBQzNDLFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxVQUFVLElBQUksTUFBTSxDQUFDLEtBQUssR0FBRyxHQUF1QjtBQUN2RixDQUFDO0FBR00sU0FBUyxNQUF3QixRQUFvQztBQUMxRSxTQUFPO0FBQUEsSUFBVSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLENBQUMsUUFDL0MsT0FBTyxLQUFLLENBQUMsVUFBVSxNQUFNLFlBQVksTUFBTSxJQUFJLFlBQVksQ0FBQztBQUFBLEVBQ2xFO0FBQ0Y7QUFHTyxTQUFTLE9BQVUsTUFBb0M7QUFDNUQsU0FBTyxVQUFVLDZCQUE2QixLQUFLLE9BQU8sSUFBSSxDQUFDLFFBQVE7QUFDckUsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDdEQsUUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLFNBQVMsRUFBRSxLQUFLLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxNQUFNLE9BQVEsUUFBTztBQUN0RixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLElBQU0sVUFBOEIsVUFBVSxpQkFBaUIsQ0FBQyxRQUFRO0FBQzdFLFFBQU0sT0FBTyxJQUFJLFlBQVk7QUFDN0IsTUFBSSxDQUFDLFFBQVEsS0FBSyxPQUFPLElBQUksRUFBRSxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RELE1BQUksQ0FBQyxTQUFTLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUN2RCxTQUFPO0FBQ1QsQ0FBQztBQUdNLFNBQVMsU0FBUyxNQUFjLFNBQW9DO0FBQ3pFLFNBQU8sVUFBVSxTQUFTLENBQUMsUUFBUyxLQUFLLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBVTtBQUN2RTtBQUdPLElBQU0sYUFBYTtBQUVuQixJQUFNLGFBQWE7QUFNbkIsU0FBUyxLQUFLLFVBQWdFO0FBQ25GLFFBQU0sVUFBVSxvRUFBb0UsU0FBUyxLQUFLLElBQUksQ0FBQztBQUN2RyxTQUFPLFVBQVUsU0FBUyxDQUFDLFFBQVE7QUFDakMsVUFBTSxRQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakUsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixZQUFNLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDckIsWUFBTSxRQUFRLFdBQVcsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLFNBQVMsR0FBRyxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQzNHLFVBQUksQ0FBQyxTQUFTLE9BQU8sT0FBUSxRQUFPO0FBQ3BDLGFBQU8sR0FBRyxJQUFJO0FBQUEsSUFDaEI7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7OztBQzVITyxJQUFNLG1CQUFtQjtBQUd6QixJQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFDM0I7QUFBQSxFQUFVO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFxQjtBQUFBLEVBQVM7QUFBQSxFQUN2RjtBQUFBLEVBQVM7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBaUI7QUFBQSxFQUFNO0FBQUEsRUFBUTtBQUM1RjtBQWtDTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLElBQUksT0FBTyxXQUFXLGlCQUFpQixNQUFNLFdBQVcsT0FBTyxNQUFNLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDekUsV0FBVyxpQkFBaUI7QUFDOUI7QUFHTyxTQUFTLGNBQWMsVUFBa0IsS0FBVyxRQUE4QjtBQUN2RixRQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsUUFBUSxTQUFTLEVBQUUsRUFBRSxRQUFRLFdBQVcsR0FBRztBQUMxRSxNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssTUFBTSxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsRUFBRTtBQUMzRSxTQUFPLEdBQUcsU0FBUyxNQUFNLEdBQUcsRUFBRSxDQUFDLElBQUksSUFBSSxJQUFJLE1BQU07QUFDbkQ7QUFHTyxTQUFTLFlBQVksS0FBVSxTQUFvQztBQUN4RSxRQUFNLFVBQVUsUUFBUSxLQUFLLFlBQVksS0FBSyxnQkFBZ0I7QUFDOUQsUUFBTSxlQUFlLFFBQVEsS0FBSyxpQkFBaUIsTUFBTSxjQUFjLEdBQUcsU0FBUztBQUNuRixRQUFNLFFBQTJCLFVBQVUsWUFBWTtBQUN2RCxRQUFNLFNBQVMsZ0JBQWdCLEtBQUssVUFBVSxPQUFPLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFDbEUsUUFBTSxTQUFTLFNBQVMsTUFBTSxPQUFPLENBQUMsVUFBVSxPQUFPLFNBQVMsS0FBSyxDQUFDLElBQUk7QUFDMUUsUUFBTSxPQUFPLFVBQVUsS0FBSyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxTQUFTLFFBQVEsS0FBSyxVQUFVLGlCQUFpQixjQUFjLFFBQVEsVUFBVSxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDbkgsUUFBTSxZQUFZLFFBQVEsS0FBSyxRQUFRLEtBQUssaUJBQWlCLEdBQUcsQ0FBQyxDQUFDO0FBQ2xFLFFBQU0sWUFBWSxRQUFRLEtBQUssY0FBYyxTQUFTLGdCQUFnQixrQkFBa0IsR0FBRyxXQUFXLE1BQU0sRUFBRTtBQUM5RyxTQUFPLEVBQUUsVUFBVSxRQUFRLFVBQVUsU0FBUyxjQUFjLFFBQVEsTUFBTSxRQUFRLE1BQU0sV0FBVyxVQUFVO0FBQy9HO0FBRUEsU0FBUyxVQUFVLEtBQVUsVUFBaUM7QUFDNUQsUUFBTSxXQUFXLGVBQWUsUUFBUSxLQUFLLENBQUM7QUFDOUMsUUFBTSxPQUFPLENBQUksVUFBb0IsYUFBMEM7QUFDN0UsVUFBTSxRQUFRLGdCQUFnQixLQUFLLFVBQVUsUUFBUTtBQUNyRCxRQUFJLFVBQVUsVUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLEdBQUc7QUFDdkQsWUFBTSxRQUFRLFNBQVMsU0FBUyxJQUFJLFFBQVEsU0FBUyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQ3BFLFlBQU0sSUFBSSxZQUFZLFVBQVUsT0FBTyxJQUFJLFFBQVEsQ0FBQyxFQUFFLEtBQUssR0FBRyxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxFQUFFO0FBQUEsSUFDbkg7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLEtBQUssS0FBSyxPQUFPLGVBQWU7QUFBQSxJQUNoQyxZQUFZLEtBQUssY0FBYyxlQUFlO0FBQUEsSUFDOUMsVUFBVSxLQUFLLFlBQVksUUFBUTtBQUFBLElBQ25DLE1BQU0sS0FBSyxRQUFRLElBQUk7QUFBQSxFQUN6QjtBQUNGOzs7QUxqR08sU0FBUyxhQUFnQixNQUEwQjtBQUN4RCxNQUFJO0FBQ0YsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQixTQUFTLE9BQU87QUFDZCxRQUFJLEVBQUUsaUJBQWlCLGFBQWMsT0FBTTtBQUMzQyxZQUFRLE1BQU0sTUFBTSxPQUFPO0FBQzNCLElBQUFDLE1BQUssS0FBSyxNQUFNLE1BQU0sT0FBTztBQUM3QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBR08sU0FBUyxXQUFXLFVBQStCO0FBQ3hELFNBQU8sYUFBYSxDQUFDLFFBQVEsWUFBWSxLQUFLLEVBQUUsVUFBVSxLQUFLLG9CQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxDQUFDLENBQUM7QUFDbkc7OztBTXpCQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVO0FBUWpCLElBQU0sUUFBUSxJQUFJLFlBQVkscUJBQXFCLE1BQWdCLEtBQUssTUFBTSxLQUFLLG1CQUFtQixDQUFDLENBQUM7QUFNakcsU0FBUyxjQUFjLEtBQW9CO0FBQ2hELFFBQU0sS0FBS0MsTUFBSyxHQUFHO0FBQ25CLFFBQU0sWUFBWUEsTUFBSyxHQUFHO0FBRTFCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxhQUFhLE1BQU0sTUFBTTtBQUN6RCxTQUFPLFlBQVksSUFBSSxRQUFRLE1BQU0sSUFBSSxTQUFTO0FBQ3BEOzs7QUNyQkEsU0FBUyxhQUFhO0FBUWYsU0FBUyxnQkFBZ0JDLFNBQXdCLE9BQWUsTUFBdUI7QUFDNUYsTUFBSSxXQUFXQSxRQUFPLE9BQU8sT0FBTyxJQUFJO0FBQ3hDLFFBQU0sVUFBVSxTQUFTLFdBQVc7QUFDcEMsTUFBSSxRQUFTLFlBQVdBLFFBQU8sT0FBTyxPQUFPLElBQUk7QUFDakQsUUFBTSxVQUFVLFVBQVUsMENBQTBDO0FBQ3BFLFNBQU8sTUFBTSxVQUFVLEVBQUUsQ0FBQyxPQUFPLEdBQUcsQ0FBQyxNQUFNLEVBQUUsV0FBVyxJQUFJLEdBQUcsRUFBRSxNQUFNLENBQUM7QUFDMUU7QUFNTyxTQUFTLFlBQVlBLFNBQXdCLE9BQWUsTUFBb0I7QUFDckYsTUFBSSxDQUFDLGdCQUFnQkEsU0FBUSxPQUFPLElBQUksRUFBRztBQUMzQyxRQUFNQSxRQUFPLEtBQUssS0FBSyxHQUFHLEVBQUUsMEJBQTBCLENBQUMsU0FBUyxLQUFLLE9BQU8sU0FBUyxJQUFJLE1BQU0sS0FBSyxHQUFHLEVBQUUsTUFBTSxDQUFDO0FBQ2hILFFBQU1BLFFBQU8sT0FBTyxPQUFPLElBQUksR0FBRyxFQUFFLHVCQUF1QixDQUFDLE1BQU0sRUFBRSxXQUFXLElBQUksR0FBRyxFQUFFLE1BQU0sQ0FBQztBQUMvRjtBQUFBLElBQ0VBLFFBQU8sS0FBSyxLQUFLO0FBQUEsSUFDakIsRUFBRSwwQkFBMEIsQ0FBQyxTQUFTLEtBQUssVUFBVSxVQUFhLENBQUMsS0FBSyxNQUFNLFNBQVMsSUFBSSxFQUFFO0FBQUEsSUFDN0YsRUFBRSxNQUFNO0FBQUEsRUFDVjtBQUNGOzs7QUNwQk8sU0FBUyxTQUFTLFNBQWlCLEtBQVksUUFBbUM7QUFDdkYsUUFBTUMsVUFBUyxJQUFJLGVBQWUsU0FBUyxLQUFLLE9BQU87QUFDdkQsTUFBSSxVQUFVO0FBQ2QsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxFQUFFLFVBQVUsTUFBTSxJQUFJQSxRQUFPLEtBQUssS0FBSztBQUM3QyxRQUFJLENBQUMsT0FBTztBQUNWLGNBQVEsS0FBSyxlQUFlLEtBQUssYUFBYSxTQUFTLE1BQU0sZ0JBQWdCLElBQUksTUFBTSxlQUFlO0FBQ3RHO0FBQUEsSUFDRjtBQUNBLGVBQVcsUUFBUSxNQUFNLE9BQU8sQ0FBQyxRQUFRLGFBQWEsS0FBSyxJQUFJLE1BQU0sQ0FBQyxHQUFHO0FBQ3ZFLFVBQUlBLFFBQU8sT0FBTyxPQUFPLElBQUksRUFBRSxXQUFXLElBQUs7QUFBQSxJQUNqRDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFVBQVUsRUFBRyxTQUFRLEtBQUssa0JBQWtCLE9BQU8saUJBQWlCLElBQUksTUFBTSxFQUFFO0FBQ3BGLFNBQU87QUFDVDs7O0FDZk8sSUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQVU7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVM7QUFBQSxFQUFTO0FBQUEsRUFDbkU7QUFBQSxFQUFlO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFDeEM7QUFHTyxTQUFTLFlBQVlDLFNBQThCO0FBQ3hELFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRSxHQUFHQSxRQUFPLE1BQU0sUUFBUUEsUUFBTyxPQUFPO0FBQUEsSUFDOUMsWUFBWTtBQUFBLElBQ1osV0FBVyxZQUFZQSxRQUFPLFFBQVEsYUFBYSxFQUFFO0FBQUE7QUFBQSxJQUVyRCx1QkFBdUI7QUFBQSxJQUN2QixjQUFjO0FBQUEsSUFDZCxpQkFBaUI7QUFBQSxFQUNuQjtBQUNGOzs7QUN6QkEsT0FBT0MsV0FBVTtBQVdqQixJQUFJO0FBT0csU0FBUyxNQUFNQyxTQUE0QjtBQUNoRCxNQUFJLENBQUMsU0FBUztBQUNaLFVBQU0sU0FBU0MsTUFBSyxLQUFLLFFBQVEsTUFBTSxVQUFVRCxRQUFPO0FBQ3hELGNBQVUsRUFBRSxRQUFRLFFBQVEsVUFBVSxNQUFNLEVBQUU7QUFBQSxFQUNoRDtBQUNBLFNBQU87QUFDVDs7O0FDWEEsSUFBTSxTQUFTLFdBQVcsT0FBTztBQU0xQixJQUFNLGtCQUF5QztBQUFBLEVBQ3BELFdBQVcsQ0FBQyxTQUFTO0FBQUEsRUFDckIsUUFBUSxDQUFDLFdBQVc7QUFBQSxFQUNwQixpQkFBaUIsQ0FBQyxXQUFXO0FBQy9CO0FBRU8sSUFBTSxVQUFtQjtBQUFBLEVBQzlCLEdBQUcsWUFBWSxNQUFNO0FBQUEsRUFDckIsV0FBVztBQUFBLElBQ1QsT0FBTztBQUFBLE1BQ0wsVUFBVTtBQUFBLE1BQ1YsS0FBSyxPQUFPLEtBQUssT0FBTztBQUFBLE1BQ3hCLFlBQVksT0FBTyxLQUFLLGNBQWM7QUFBQSxNQUN0QyxhQUFhO0FBQUEsSUFDZjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFlBQVk7QUFDZDtBQUVBLElBQUk7QUFFVyxTQUFSLGdCQUEwQjtBQUMvQixRQUFNLE1BQU0sTUFBTSxNQUFNO0FBQ3hCLHNCQUFXLElBQUksZUFBZSxPQUFPLFNBQVMsR0FBRztBQUNqRCxRQUFNLE9BQU8sY0FBYyxHQUFHO0FBQzlCLGFBQVcsU0FBUyxPQUFPLE9BQVEsYUFBWSxRQUFRLE9BQU8sSUFBSTtBQUNwRTtBQUVPLFNBQVMsV0FBaUI7QUFDL0IsV0FBUyxPQUFPLFNBQVMsTUFBTSxNQUFNLEdBQUcsT0FBTyxNQUFNO0FBQ3ZEOyIsCiAgIm5hbWVzIjogWyJ0YWdzIiwgImV4ZWMiLCAiZXhlYyIsICJleGVjIiwgImV4ZWMiLCAiY2xpZW50IiwgImNsaWVudCIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiZXhlYyJdCn0K
