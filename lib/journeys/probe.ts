import type { RefinedResponse, ResponseType } from 'k6/http';
import { mythicalClient, requestPlan } from '../client.ts';
import type { RunId } from '../run-id.ts';
import type { ActiveSlos } from '../../thresholds/active-slos.ts';

/** A segment no Mythical server serves: it must answer 404 `<segment> is not a valid endpoint`. */
export const PROBE_SEGMENT = 'mythical-k6-probe';

/**
 * Two requests, before any load, that tell the Mythical API from anything else at `BASE_URL`:
 * an unknown segment must get the server's own 404 text (true even while its database is
 * down), and `GET /{first beast}` a JSON array of names (or a 5xx: the server's own faults are
 * the SLOs' to judge). Returns the one line that says what is wrong, or undefined when the
 * target answers like the contract. Requests carry `op: probe` and no `beast`: no SLO counts them.
 */
export function probeTarget(slos: ActiveSlos, run: RunId): string | undefined {
  const { config } = slos;
  const plan = requestPlan(slos);
  const target = `BASE_URL=${config.baseUrl}`;
  const client = mythicalClient(plan, run, 'probe');
  const unknown = client.send('GET', PROBE_SEGMENT, undefined, 404).response;
  const expectedText = `${PROBE_SEGMENT} is not a valid endpoint`;
  if (unknown.status === 0) return unanswered(target, PROBE_SEGMENT, unknown, plan.requestTimeout);
  if (unknown.status !== 404 || (typeof unknown.body === 'string' ? unknown.body : '').trim() !== expectedText) {
    return `${target} is not the Mythical API: GET /${PROBE_SEGMENT} answered ${answer(unknown)}; expected 404 "${expectedText}"`;
  }
  const beast = config.beasts[0];
  const { response: list, names } = client.send('GET', beast);
  if (list.status === 0) return unanswered(target, beast, list, plan.requestTimeout);
  if (list.status >= 500) return undefined;
  if (names === undefined) {
    return `${target} is not the Mythical API of ENDPOINT_TYPE=${config.endpointType}: GET /${beast} answered ${answer(list)}; expected 200 and a JSON array of names`;
  }
  return undefined;
}

/** Connection refused, a DNS failure, or no answer within the request timeout. */
function unanswered(target: string, segment: string, response: RefinedResponse<ResponseType | undefined>, timeout: string): string {
  const path = `/${segment}`;
  if (response.error_code === 1050) {
    return `${target} did not answer GET ${path} within ${timeout} (the target hangs); expected the Mythical server to answer`;
  }
  const reason = /connection refused/.test(response.error) ? 'connection refused' : response.error;
  return `${target} cannot be reached: GET ${path} failed (${reason}); expected the Mythical server listening there`;
}

/** `200 "hello"`: the status and the start of the body, on one line. */
function answer(response: RefinedResponse<ResponseType | undefined>): string {
  const body = (typeof response.body === 'string' ? response.body : '').replace(/\s+/g, ' ').trim();
  return `${response.status} ${JSON.stringify(body.length > 60 ? `${body.slice(0, 60)}…` : body)}`;
}
