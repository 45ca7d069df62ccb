/**
 * The fault spec: what the sandbox does wrong on purpose, beyond the real server's own faults.
 * Every part is optional; an empty spec `{}` means a healthy server. `beast` and `method` take a
 * name or `*` (any; the default). Among the rules of one kind the first that matches wins.
 */
export interface FaultSpec {
  /** Added delay before the response. */
  latency?: LatencyRule[];
  /** A share of requests answered with `status` instead of being served. */
  errors?: ErrorRule[];
  /** A share of requests whose connection is reset (TCP RST) with no response. */
  resets?: ResetRule[];
  /** Every request (except the admin endpoint) fails for a time window. */
  outage?: Outage;
  /** Degradation past a request rate: the breakpoint a stress test looks for. */
  capacity?: CapacityRule[];
}

/** Which requests a rule applies to. */
export interface FaultMatch {
  /** A beast (or BORING endpoint) name, or `*` for any; default `*`. */
  beast?: string;
  /** `GET`, `POST`, `DELETE`, or `*` for any; default `*`. */
  method?: string;
}

/** Adds `fixedMs` plus a uniform random 0..`jitterMs` to matching requests. */
export interface LatencyRule extends FaultMatch {
  fixedMs: number;
  jitterMs?: number;
}

/** Answers a `rate` share (0..1) of matching requests with `status` (default 500). */
export interface ErrorRule extends FaultMatch {
  rate: number;
  status?: number;
}

/** Resets the connection of a `rate` share (0..1) of matching requests. */
export interface ResetRule extends FaultMatch {
  rate: number;
}

/** A full outage: from `startAfterMs` (default 0) after the spec is set, for `durationMs`. */
export interface Outage {
  durationMs: number;
  startAfterMs?: number;
  /** `status` answers every request with `status` (default 503); `reset` resets every connection. */
  mode?: 'status' | 'reset';
  status?: number;
}

/**
 * Above `rps` requests in the last second (a sliding 1 s window over the API routes), matching
 * requests get `latencyMs` (+ 0..`jitterMs`) and/or fail with `status` (default 503) at `errorRate`.
 */
export interface CapacityRule {
  rps: number;
  /** `all`: one window over every beast the rule matches (default); `beast`: one window per beast. */
  scope?: 'all' | 'beast';
  /** Beasts this rule watches and degrades; default `*`. */
  beast?: string;
  latencyMs?: number;
  jitterMs?: number;
  errorRate?: number;
  status?: number;
}

/** A fault spec that failed validation; the message names the field and the accepted form. */
export class FaultSpecError extends Error {}

const METHODS = new Set(['GET', 'POST', 'DELETE', '*']);

/** Validates untrusted JSON (env, flag, admin endpoint) into a `FaultSpec`. */
export function parseFaultSpec(input: unknown): FaultSpec {
  const spec = record(input, 'faults');
  allowOnly(spec, ['latency', 'errors', 'resets', 'outage', 'capacity'], 'faults');
  const result: FaultSpec = {};
  if (spec.latency !== undefined) {
    result.latency = list(spec.latency, 'faults.latency').map((item, i) => {
      const at = `faults.latency[${i}]`;
      const rule = record(item, at);
      allowOnly(rule, ['beast', 'method', 'fixedMs', 'jitterMs'], at);
      return { ...match(rule, at), fixedMs: ms(rule.fixedMs, `${at}.fixedMs`), jitterMs: optionalMs(rule.jitterMs, `${at}.jitterMs`) };
    });
  }
  if (spec.errors !== undefined) {
    result.errors = list(spec.errors, 'faults.errors').map((item, i) => {
      const at = `faults.errors[${i}]`;
      const rule = record(item, at);
      allowOnly(rule, ['beast', 'method', 'rate', 'status'], at);
      return { ...match(rule, at), rate: rate(rule.rate, `${at}.rate`), status: optionalStatus(rule.status, `${at}.status`) ?? 500 };
    });
  }
  if (spec.resets !== undefined) {
    result.resets = list(spec.resets, 'faults.resets').map((item, i) => {
      const at = `faults.resets[${i}]`;
      const rule = record(item, at);
      allowOnly(rule, ['beast', 'method', 'rate'], at);
      return { ...match(rule, at), rate: rate(rule.rate, `${at}.rate`) };
    });
  }
  if (spec.outage !== undefined) result.outage = outage(spec.outage);
  if (spec.capacity !== undefined) {
    result.capacity = list(spec.capacity, 'faults.capacity').map((item, i) => capacity(item, `faults.capacity[${i}]`));
  }
  return result;
}

function outage(input: unknown): Outage {
  const at = 'faults.outage';
  const value = record(input, at);
  allowOnly(value, ['durationMs', 'startAfterMs', 'mode', 'status'], at);
  if (value.mode !== undefined && value.mode !== 'status' && value.mode !== 'reset') {
    throw new FaultSpecError(`${at}.mode must be "status" or "reset"`);
  }
  return {
    durationMs: ms(value.durationMs, `${at}.durationMs`),
    startAfterMs: optionalMs(value.startAfterMs, `${at}.startAfterMs`) ?? 0,
    mode: (value.mode as Outage['mode']) ?? 'status',
    status: optionalStatus(value.status, `${at}.status`) ?? 503,
  };
}

function capacity(input: unknown, at: string): CapacityRule {
  const rule = record(input, at);
  allowOnly(rule, ['rps', 'scope', 'beast', 'latencyMs', 'jitterMs', 'errorRate', 'status'], at);
  if (typeof rule.rps !== 'number' || !Number.isInteger(rule.rps) || rule.rps < 1) {
    throw new FaultSpecError(`${at}.rps must be an integer ≥ 1 (requests per second)`);
  }
  if (rule.scope !== undefined && rule.scope !== 'all' && rule.scope !== 'beast') {
    throw new FaultSpecError(`${at}.scope must be "all" or "beast"`);
  }
  const result: CapacityRule = {
    rps: rule.rps,
    scope: (rule.scope as CapacityRule['scope']) ?? 'all',
    beast: name(rule.beast, `${at}.beast`),
    latencyMs: optionalMs(rule.latencyMs, `${at}.latencyMs`) ?? 0,
    jitterMs: optionalMs(rule.jitterMs, `${at}.jitterMs`) ?? 0,
    errorRate: rule.errorRate === undefined ? 0 : rate(rule.errorRate, `${at}.errorRate`),
    status: optionalStatus(rule.status, `${at}.status`) ?? 503,
  };
  if (result.latencyMs === 0 && result.jitterMs === 0 && result.errorRate === 0) {
    throw new FaultSpecError(`${at} needs latencyMs, jitterMs or errorRate: otherwise it does nothing`);
  }
  return result;
}

function match(rule: Record<string, unknown>, at: string): Required<FaultMatch> {
  const method = rule.method === undefined ? '*' : rule.method;
  if (typeof method !== 'string' || !METHODS.has(method.toUpperCase())) {
    throw new FaultSpecError(`${at}.method must be GET, POST, DELETE or *`);
  }
  return { beast: name(rule.beast, `${at}.beast`), method: method.toUpperCase() };
}

function name(value: unknown, at: string): string {
  if (value === undefined) return '*';
  if (typeof value !== 'string' || !/^(\*|[A-Za-z0-9_-]+)$/.test(value)) {
    throw new FaultSpecError(`${at} must be a beast name or *`);
  }
  return value;
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FaultSpecError(`${at} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new FaultSpecError(`${at} must be a JSON array of rules`);
  return value;
}

function allowOnly(value: Record<string, unknown>, keys: string[], at: string): void {
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) throw new FaultSpecError(`${at}.${unknown} is not a known field (accepted: ${keys.join(', ')})`);
}

function ms(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 600_000) {
    throw new FaultSpecError(`${at} must be milliseconds, a number from 0 to 600000`);
  }
  return value;
}

function optionalMs(value: unknown, at: string): number | undefined {
  return value === undefined ? undefined : ms(value, at);
}

function rate(value: unknown, at: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new FaultSpecError(`${at} must be a share from 0 to 1`);
  }
  return value;
}

function optionalStatus(value: unknown, at: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 400 || value > 599) {
    throw new FaultSpecError(`${at} must be an HTTP error status, an integer from 400 to 599`);
  }
  return value;
}
