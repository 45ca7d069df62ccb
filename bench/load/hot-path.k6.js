// The suite's per-request pieces, timed one by one in one VU against the sandbox, next to the
// request they ride on (bench/benchmarks/hot-path.ts bundles and runs it). Plain JS importing
// the suite's own TypeScript modules, so what is timed is what the scenarios run.
import http from 'k6/http';
import { MythicalClient } from '../../lib/client.ts';
import { iterationName } from '../../lib/data/iteration-names.ts';
import { recordExemplar, setExemplarPlan } from '../../lib/exemplars.ts';
import { parseNameList } from '../../lib/row-names.ts';
import { chooseBeast, chooseVisit } from '../../lib/plans/mix-choice.ts';
import { traced } from '../../lib/tracing/request-trace.ts';
import { checkList } from '../../lib/journeys/check-list.ts';
import { checked } from '../../thresholds/checks.ts';

export const options = { vus: 1, iterations: 1, discardResponseBodies: true };

const REQUESTS = Number(__ENV.HOT_PATH_REQUESTS);
const CALLS = Number(__ENV.HOT_PATH_CALLS);
const run = { testid: 'hot-path', prefix: 'k6hotpth' };
setExemplarPlan([300, 1000], () => 1, 'debug');

/** Microseconds per call of `piece`, over `count` calls. */
function timed(count, piece) {
  const start = Date.now();
  for (let i = 0; i < count; i++) piece(i);
  return ((Date.now() - start) * 1000) / count;
}

export default function () {
  const url = `${__ENV.BASE_URL}/unicorn`;
  const client = new MythicalClient(__ENV.BASE_URL, run);
  // A body like the mix's GETs read: a few rows of this VU's names.
  for (let i = 0; i < 5; i++) client.create('unicorn', `k6hotpth-some-person-name-1-${i}`);
  const body = http.get(url, { responseType: 'text' }).body;
  const group = { beast: 'unicorn', method: 'GET' };
  const outcome = { traceId: '1'.repeat(32), journey: '0'.repeat(12), beast: 'unicorn', method: 'GET', name: '/unicorn', status: 200, failed: false, reached: true, durationMs: 2, sentAt: 0 };
  const list = client.list('unicorn');
  const figures = {
    'bare GET, body read and parsed': timed(REQUESTS, () => JSON.parse(http.get(url, { tags: { name: '/unicorn' }, responseType: 'text' }).body)),
    'suite GET (client.list: trace, headers, tags, exemplar, parse)': timed(REQUESTS, () => client.list('unicorn')),
    'trace ids and trace_id metadata (traced)': timed(CALLS, () => traced(run.testid, 'GET', () => 0)),
    'exemplar decision, request within objective': timed(CALLS, () => recordExemplar(outcome)),
    'check and its mythical_checks count (checked)': timed(CALLS, () => checked(body, { 'GET answered a list of names': () => true }, group)),
    'journey check of a GET (checkList)': timed(CALLS, () => checkList(list, 'unicorn', { 'GET answered a list of names': () => true })),
    'GET body parsed into names (parseNameList)': timed(CALLS, () => parseNameList(body)),
    'POST body: name and JSON (iterationName)': timed(CALLS, () => JSON.stringify({ name: iterationName(run) })),
    'mix draw (chooseVisit, chooseBeast)': timed(CALLS, () => chooseBeast(Math.random(), ['a', 'b', 'c']) + chooseVisit(Math.random(), 2, { readShare: 0.6, maxPending: 5 })),
  };
  for (let i = 0; i < 5; i++) client.remove('unicorn', `k6hotpth-some-person-name-1-${i}`);
  console.log(`hot-path ${JSON.stringify(figures)}`);
}
