import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import { countRequest } from '../thresholds/bad-events.ts';
import type { Method } from '../thresholds/catalog.ts';
import { activeSlos } from '../thresholds/active-slos.ts';
import { DEFAULT_P99_MS } from '../thresholds/settings.ts';
import { EXPECTED_STATUS } from './contract.ts';
import { reachedServer, recordExemplar, type RequestOutcome } from './exemplars.ts';
import { requestTimeoutMs } from './request-timeout.ts';
import { parseNameList } from './row-names.ts';
import type { RunId } from './run-id.ts';
import { currentJourney, traced } from './tracing/request-trace.ts';
import { loadMarkers, userAgent } from './tracing/traceparent.ts';
import { SUITE_VERSION } from './version.ts';

export { EXPECTED_STATUS };

// Built once per VU, in the init stage, rather than per request.
const EXPECTED: Record<Method, ReturnType<typeof http.expectedStatuses>> = {
  GET: http.expectedStatuses(EXPECTED_STATUS.GET),
  POST: http.expectedStatuses(EXPECTED_STATUS.POST),
  DELETE: http.expectedStatuses(EXPECTED_STATUS.DELETE),
};

/** Every request's timeout, from the run's p99 objective (lib/request-timeout.ts); read in VU code, after init. */
export function requestTimeout(): string {
  return `${requestTimeoutMs(activeSlos()?.settings.p99Ms ?? DEFAULT_P99_MS)}ms`;
}

/**
 * Why requests are sent: `journey` requests are tagged with their `beast` and judged by the
 * SLOs; `sweep` requests (teardown clean-up) carry `op: sweep` and no `beast`, so they never count.
 */
export type Purpose = 'journey' | 'sweep';

/** A `GET /{beast}` answer, with the names when it was a 200 carrying the expected array. */
export interface NameList {
  response: RefinedResponse<'text'>;
  names: string[] | undefined;
  /** The request as an exemplar candidate, for a check that fails on this answer (journeys only). */
  outcome: RequestOutcome | undefined;
}

/**
 * Typed calls to the Mythical API: every request named `/{beast}`, a trace of its own, marked
 * with the testid and its journey in the User-Agent (which the server records as `http.user_agent`).
 */
export class MythicalClient {
  private readonly baggage: string;
  private readonly timeout = requestTimeout();
  private journey = '';
  private journeyAgent = '';
  private readonly tagsByBeast: Record<string, Record<string, string>> = {};

  constructor(
    private readonly baseUrl: string,
    private readonly run: RunId,
    private readonly purpose: Purpose = 'journey',
  ) {
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }

  /** `GET /{beast}`: every row of that beast; the only request whose body is read. */
  list(beast: string): NameList {
    const { response, outcome } = this.send('GET', beast, undefined, 'text');
    const names = response.status === EXPECTED_STATUS.GET && response.body ? parseNameList(response.body) : undefined;
    return { response, names, outcome };
  }

  /** `POST /{beast}` with `{"name": name}`: 201 when stored. */
  create(beast: string, name: string): RefinedResponse<'none'> {
    return this.send('POST', beast, name, 'none').response;
  }

  /** `DELETE /{beast}` with `{"name": name}`: 204, also when the name is not there. */
  remove(beast: string, name: string): RefinedResponse<'none'> {
    return this.send('DELETE', beast, name, 'none').response;
  }

  /** The User-Agent of this request: the journey's (built once per iteration) or the sweep's. */
  private agent(): string {
    if (this.purpose === 'sweep') return userAgent(this.run.testid, SUITE_VERSION, 'sweep');
    const journey = currentJourney();
    if (journey !== this.journey) {
      this.journey = journey;
      this.journeyAgent = userAgent(this.run.testid, SUITE_VERSION, { journey });
    }
    return this.journeyAgent;
  }

  /** The `name` and `beast` (or `op`) tags of a beast's requests, built once per beast: k6 copies them on each request. */
  private tagsOf(beast: string): Record<string, string> {
    let tags = this.tagsByBeast[beast];
    if (tags === undefined) {
      tags = this.purpose === 'journey' ? { name: `/${beast}`, beast } : { name: `/${beast}`, op: 'sweep' };
      this.tagsByBeast[beast] = tags;
    }
    return tags;
  }

  private send<RT extends ResponseType>(method: Method, beast: string, name: string | undefined, responseType: RT) {
    const tags = this.tagsOf(beast);
    const route = tags.name;
    const judged = this.purpose === 'journey';
    const body = name === undefined ? null : JSON.stringify({ name });
    const agent = this.agent();
    return traced(this.run.testid, judged ? method : undefined, (trace) => {
      const headers: Record<string, string> = { traceparent: trace.traceparent, baggage: this.baggage, 'User-Agent': agent };
      if (body !== null) headers['Content-Type'] = 'application/json';
      const sentAt = Date.now();
      const response = http.request<RT>(method, `${this.baseUrl}${route}`, body, {
        headers,
        tags,
        timeout: this.timeout,
        responseType,
        responseCallback: EXPECTED[method],
      });
      if (!judged) return { response, outcome: undefined };
      const { status, timings } = response;
      const failed = status !== EXPECTED_STATUS[method];
      const outcome: RequestOutcome = {
        traceId: trace.traceId,
        journey: this.journey,
        beast,
        method,
        name: route,
        status,
        failed,
        reached: !failed || reachedServer(status, response.headers['X-Powered-By']),
        durationMs: timings.duration,
        sentAt,
      };
      countRequest(beast, method, failed, timings.duration);
      recordExemplar(outcome);
      return { response, outcome };
    });
  }
}
