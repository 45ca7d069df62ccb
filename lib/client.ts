import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import { countRequest } from '../thresholds/bad-events.ts';
import type { Method } from '../thresholds/catalog.ts';
import { activeSlos } from '../thresholds/k6.ts';
import { DEFAULT_P99_MS } from '../thresholds/settings.ts';
import { recordExemplar } from './exemplars.ts';
import { requestTimeoutMs } from './request-timeout.ts';
import { parseNameList } from './names.ts';
import type { RunId } from './run-id.ts';
import { traced } from './tracing/k6.ts';
import { loadMarkers } from './tracing/traceparent.ts';
import { SUITE_VERSION } from './version.ts';

/** The status the contract promises for each method; any other counts in `http_req_failed`. */
export const EXPECTED_STATUS: Readonly<Record<Method, number>> = { GET: 200, POST: 201, DELETE: 204 };

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
}

/** Typed calls to the Mythical API: every request named `/{beast}`, traced, marked with the testid. */
export class MythicalClient {
  private readonly baggage: string;
  private readonly timeout = requestTimeout();

  constructor(
    private readonly baseUrl: string,
    run: RunId,
    private readonly purpose: Purpose = 'journey',
  ) {
    this.baggage = loadMarkers(run.testid, SUITE_VERSION).baggage;
  }

  /** `GET /{beast}`: every row of that beast; the only request whose body is read. */
  list(beast: string): NameList {
    const response = this.send('GET', beast, undefined, 'text');
    const names = response.status === EXPECTED_STATUS.GET && response.body ? parseNameList(response.body) : undefined;
    return { response, names };
  }

  /** `POST /{beast}` with `{"name": name}`: 201 when stored. */
  create(beast: string, name: string): RefinedResponse<'none'> {
    return this.send('POST', beast, name, 'none');
  }

  /** `DELETE /{beast}` with `{"name": name}`: 204, also when the name is not there. */
  remove(beast: string, name: string): RefinedResponse<'none'> {
    return this.send('DELETE', beast, name, 'none');
  }

  private send<RT extends ResponseType>(method: Method, beast: string, name: string | undefined, responseType: RT) {
    const route = `/${beast}`;
    const tags: Record<string, string> =
      this.purpose === 'sweep' ? { name: route, op: 'sweep' } : { name: route, beast };
    const body = name === undefined ? null : JSON.stringify({ name });
    return traced((trace) => {
      const sentAt = Date.now();
      const response = http.request<RT>(method, `${this.baseUrl}${route}`, body, {
        headers: {
          traceparent: trace.traceparent,
          baggage: this.baggage,
          ...(body === null ? {} : { 'Content-Type': 'application/json' }),
        },
        tags,
        timeout: this.timeout,
        responseType,
        responseCallback: EXPECTED[method],
      });
      if (this.purpose === 'journey') {
        const { status, timings } = response;
        const failed = status !== EXPECTED_STATUS[method];
        countRequest(beast, method, failed, timings.duration);
        recordExemplar({ traceId: trace.traceId, beast, method, name: route, status, failed, durationMs: timings.duration, sentAt });
      }
      return response;
    });
  }
}
