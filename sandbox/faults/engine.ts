import type { Random } from '../random.ts';
import type { CapacityRule, FaultMatch, FaultSpec, Outage } from './spec.ts';
import { SlidingWindowCounter } from './window.ts';

/** What to do with one request: wait `delayMs`, then serve it, answer `status`, or reset it. */
export interface FaultDecision {
  delayMs: number;
  action: 'serve' | 'error' | 'reset';
  /** The status for `error`. */
  status: number;
  /** Which rule decided (`latency`, `errors`, `resets`, `capacity`), for the log line and span. */
  cause?: string;
}

const SERVE: FaultDecision = Object.freeze({ delayMs: 0, action: 'serve', status: 0 }) as FaultDecision;

/** Applies a `FaultSpec` to requests; cheap when the spec is empty, which is the default. */
export class FaultEngine {
  private spec: FaultSpec = {};
  private setAt = 0;
  private windows = new Map<string, SlidingWindowCounter>();

  constructor(
    private readonly random: Random,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Replaces the spec; an outage window starts counting from now. Capacity windows restart. */
  set(spec: FaultSpec): void {
    this.spec = spec;
    this.setAt = this.now();
    this.windows = new Map();
  }

  /** The spec in force. */
  current(): FaultSpec {
    return this.spec;
  }

  /** The outage in force at this moment, if any. */
  activeOutage(): Outage | undefined {
    const outage = this.spec.outage;
    if (outage === undefined) return undefined;
    const elapsed = this.now() - this.setAt - (outage.startAfterMs ?? 0);
    return elapsed >= 0 && elapsed < outage.durationMs ? outage : undefined;
  }

  /** Decides the fate of one API request to `beast` with `method`. */
  decide(beast: string, method: string): FaultDecision {
    const { latency, errors, resets, capacity } = this.spec;
    if (!latency && !errors && !resets && !capacity) return SERVE;
    const decision: FaultDecision = { delayMs: 0, action: 'serve', status: 0 };
    const overloaded = capacity ? this.overloadedRule(capacity, beast) : undefined;
    const slow = latency?.find((rule) => matches(rule, beast, method));
    if (slow) {
      decision.delayMs += slow.fixedMs + this.random() * (slow.jitterMs ?? 0);
      decision.cause = 'latency';
    }
    if (overloaded) {
      decision.delayMs += (overloaded.latencyMs ?? 0) + this.random() * (overloaded.jitterMs ?? 0);
      decision.cause = 'capacity';
    }
    const reset = resets?.find((rule) => matches(rule, beast, method));
    if (reset && this.random() < reset.rate) return { ...decision, action: 'reset', cause: 'resets' };
    const error = errors?.find((rule) => matches(rule, beast, method));
    if (error && this.random() < error.rate) return { ...decision, action: 'error', status: error.status ?? 500, cause: 'errors' };
    if (overloaded && this.random() < (overloaded.errorRate ?? 0)) {
      return { ...decision, action: 'error', status: overloaded.status ?? 503, cause: 'capacity' };
    }
    return decision;
  }

  /** Counts this request in every capacity window it belongs to; returns the first rule now over its rate. */
  private overloadedRule(rules: CapacityRule[], beast: string): CapacityRule | undefined {
    const now = this.now();
    let over: CapacityRule | undefined;
    rules.forEach((rule, index) => {
      if (!matchesName(rule.beast, beast)) return;
      const key = rule.scope === 'beast' ? `${index}:${beast}` : `${index}`;
      let window = this.windows.get(key);
      if (!window) this.windows.set(key, (window = new SlidingWindowCounter()));
      if (window.hit(now) > rule.rps && over === undefined) over = rule;
    });
    return over;
  }
}

function matches(rule: FaultMatch, beast: string, method: string): boolean {
  return matchesName(rule.beast, beast) && (rule.method === undefined || rule.method === '*' || rule.method === method);
}

function matchesName(pattern: string | undefined, beast: string): boolean {
  return pattern === undefined || pattern === '*' || pattern === beast;
}
