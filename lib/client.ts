import { exec, http } from './k6-modules.ts';
import type { RefinedParams, RefinedResponse, ResponseType } from 'k6/http';
import { badEvents } from '../thresholds/bad-events.ts';
import type { Method } from '../thresholds/catalog.ts';
import type { ActiveSlos } from '../thresholds/active-slos.ts';
import { EXPECTED_STATUS } from './contract.ts';
import { exemplarLine, reachedServer, type ExemplarBudget, type RequestOutcome } from './exemplars.ts';
import { requestTimeoutMs } from './request-timeout.ts';
import { parseNameList } from './row-names.ts';
import type { RunId } from './run-id.ts';
import { METHOD_DIGIT, newTrace, userAgent } from './tracing/traceparent.ts';
import { SUITE_VERSION } from './version.ts';

export { EXPECTED_STATUS };

// Built once per VU, in the init stage, rather than per request. Each status as a range: k6
// turns a bare number argument into a Number object, which would build Number.prototype in
// every VU (about 1 KB).
const EXPECTED: Record<Method, ReturnType<typeof http.expectedStatuses>> = {
  GET: http.expectedStatuses({ min: EXPECTED_STATUS.GET, max: EXPECTED_STATUS.GET }),
  POST: http.expectedStatuses({ min: EXPECTED_STATUS.POST, max: EXPECTED_STATUS.POST }),
  DELETE: http.expectedStatuses({ min: EXPECTED_STATUS.DELETE, max: EXPECTED_STATUS.DELETE }),
};

/**
 * What a client needs of the run's settings, derived once where they are parsed (`__VU` 0) and
 * read by every VU as this small object: a VU holds every object it parses (the whole settings
 * would cost each about 8 KB).
 */
export interface RequestPlan {
  baseUrl: string;
  beasts: readonly string[];
  /** The latency objectives a request is judged against (bad events, exemplars). */
  p95Ms: number;
  p99Ms: number;
  /** Every request's timeout, from the p99 objective (lib/request-timeout.ts), as k6 takes it (`5000ms`). */
  requestTimeout: string;
  exemplarLevel: ActiveSlos['exemplarLevel'];
}

/** The {@link RequestPlan} of a scenario's settings (options stage, setup, teardown). */
export function requestPlan(slos: ActiveSlos): RequestPlan {
  const { config, settings } = slos;
  return {
    baseUrl: config.baseUrl,
    beasts: config.beasts,
    p95Ms: settings.p95Ms,
    p99Ms: settings.p99Ms,
    requestTimeout: `${requestTimeoutMs(settings.p99Ms)}ms`,
    exemplarLevel: slos.exemplarLevel,
  };
}

/**
 * Why requests are sent: `journey` requests are tagged with their `beast` and judged by the
 * SLOs; `sweep` (teardown clean-up) and `probe` (setup's look at the target) requests carry
 * `op: <purpose>` and no `beast`, so they never count.
 */
export type Purpose = 'journey' | 'sweep' | 'probe';

/** One request as answered: `names` when it was a `GET` whose 200 carried the expected array. */
export interface Answer {
  response: RefinedResponse<ResponseType | undefined>;
  names: string[] | undefined;
  /** The trace the request was sent in. */
  traceId: string;
}

/** Typed calls to the Mythical API, one VU's: see {@link mythicalClient}. */
export interface MythicalClient {
  /** `exec.vu.idInTest`, read once: unique across the instances of a distributed run. */
  readonly vu: number;
  /**
   * `method /{beast}`, with `{"name": name}` as the body when given; a GET's body is read and
   * its names parsed, no other body is. `expected` replaces the contract's status (a probe).
   */
  send(method: Method, beast: string, name?: string, expected?: number): Answer;
  /**
   * Prints the request of `answer` as an exemplar line if it offends an SLO (`failed`, at or over
   * a latency objective, or its check failed) whose budget in this VU has room. A client of
   * another purpose than a journey prints none.
   */
  recordExemplar(answer: Answer, method: Method, beast: string, failed: boolean, checkFailed: boolean): void;
}

/**
 * The client of one VU (or of setup and teardown): every request named `/{beast}`, sent in a
 * trace of its own whose id starts with the run's tag and the method's digit, marked with the
 * testid in `baggage` and, for a journey, its journey id in the User-Agent (which the server
 * records as `http.user_agent`); the trace id is the VU's `trace_id` metadata while it is sent,
 * so every sample of the request carries it. A journey request is judged: its bad events are
 * counted (thresholds/bad-events.ts) and an offending one printed as an exemplar.
 *
 * One function builds it and two do the work, and everything per-run (timeout, tags, objectives)
 * is computed once: a VU holds every function of its bundle (about 0.7 KB each, at 1000 VUs and
 * more), and this is the hot path (docs/generator-cost.md). An exemplar's outcome is only built
 * for a request that offends: most do not, and a nine-key object on each would cost it about 2 µs.
 */
export function mythicalClient(plan: RequestPlan, run: RunId, purpose: Purpose = 'journey'): MythicalClient {
  const { baseUrl, p95Ms, p99Ms, requestTimeout, exemplarLevel } = plan;
  const judged = purpose === 'journey';
  // Setup's data is a Go map in a VU: each read of a field converts it anew, so read once.
  const { testid, traceTag } = run;
  const baggage = `testid=${testid}`;
  const objectivesMs = p95Ms === p99Ms ? [p95Ms] : [p95Ms, p99Ms];
  // exec.vu and exec.instance build a new object on every read (about 80 µs), and so does each
  // read of its metadata: read once.
  const vu = exec.vu;
  const vuId = vu.idInTest;
  const metadata = vu.metrics.metadata;
  const tagsByBeast: Record<string, Record<string, string>> = {};
  const spent: ExemplarBudget = {};
  let agent = userAgent(testid, SUITE_VERSION, purpose === 'sweep' ? 'sweep' : undefined);
  let iteration = -1;
  let journey = '';
  // The VUs sharing each exemplar budget: read when the client is made and again after each
  // line it prints (exec.instance builds a new object on every read), so the hot path never
  // reads it and a ramp's new VUs are counted by the next line. Journeys only: teardown, whose
  // sweep judges nothing, may not read exec.instance.
  let vus = judged ? exec.instance.vusInitialized : 1;
  // The headers and params of every request, rewritten for each: k6 reads them during the call,
  // and new objects of four and five keys cost each request about 1.4 KB of garbage.
  const plainHeaders: Record<string, string> = { traceparent: '', baggage, 'User-Agent': agent };
  const jsonHeaders: Record<string, string> = { ...plainHeaders, 'Content-Type': 'application/json' };
  const params: RefinedParams<ResponseType> = { headers: plainHeaders, tags: {}, timeout: requestTimeout, responseType: 'none', responseCallback: EXPECTED.GET };
  return {
    vu: vuId,
    send(method, beast, name, expected) {
      let tags = tagsByBeast[beast];
      if (tags === undefined) {
        // k6 copies the tags on each request: built once per beast.
        tags = judged ? { name: `/${beast}`, beast } : { name: `/${beast}`, op: purpose };
        tagsByBeast[beast] = tags;
      }
      // A new journey id when the iteration changes (no hook at the start of an iteration): the
      // VU's test-wide id and the iteration, unique in the run and across the instances of a
      // distributed one, with no random draw, and readable as k6's own numbers.
      if (judged && __ITER !== iteration) {
        iteration = __ITER;
        journey = `${vuId}-${iteration}`;
        agent = userAgent(testid, SUITE_VERSION, { journey });
      }
      const trace = newTrace(`${traceTag}${judged ? METHOD_DIGIT[method] : '0'}`, Math.random);
      const body = name === undefined ? null : JSON.stringify({ name });
      const headers = body === null ? plainHeaders : jsonHeaders;
      headers.traceparent = trace.traceparent;
      headers['User-Agent'] = agent;
      params.headers = headers;
      params.tags = tags;
      params.responseType = method === 'GET' ? 'text' : 'none';
      params.responseCallback = expected === undefined ? EXPECTED[method] : http.expectedStatuses({ min: expected, max: expected });
      metadata.trace_id = trace.traceId;
      let response: RefinedResponse<ResponseType | undefined>;
      try {
        response = http.request(method, `${baseUrl}${tags.name}`, body, params);
      } finally {
        delete metadata.trace_id;
      }
      const status = response.status;
      const names = method === 'GET' && status === EXPECTED_STATUS.GET && typeof response.body === 'string' ? parseNameList(response.body) : undefined;
      const answer: Answer = { response, names, traceId: trace.traceId };
      if (!judged) return answer;
      const failed = status !== EXPECTED_STATUS[method];
      const durationMs = response.timings.duration;
      if (failed) badEvents.add(1, { beast, method, sli: 'availability' });
      // p99Ms is never below p95Ms (thresholds/settings.ts).
      const slow = durationMs >= p95Ms;
      if (slow) {
        badEvents.add(1, { beast, method, sli: 'latency-p95' });
        if (durationMs >= p99Ms) badEvents.add(1, { beast, method, sli: 'latency-p99' });
      }
      if (failed || slow) this.recordExemplar(answer, method, beast, failed, false);
      return answer;
    },
    recordExemplar(answer, method, beast, failed, checkFailed) {
      if (!judged) return;
      const { status, timings, headers } = answer.response;
      // Built only for a request that offends: most do not.
      const outcome: RequestOutcome = {
        traceId: answer.traceId,
        journey,
        beast,
        method,
        name: `/${beast}`,
        status,
        failed,
        reached: !failed || reachedServer(status, headers['X-Powered-By']),
        durationMs: timings.duration,
        checkFailed,
      };
      const line = exemplarLine(outcome, objectivesMs, spent, vus);
      if (line === undefined) return;
      vus = exec.instance.vusInitialized;
      // info when a tool reads exemplars back from k6's log file; debug keeps them off a plain k6 run's terminal.
      if (exemplarLevel === 'info') console.info(line);
      else console.debug(line);
    },
  };
}
