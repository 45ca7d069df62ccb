// The suite's per-request pieces, timed one by one in one VU against the sandbox, next to the
// request they ride on (bench/benchmarks/hot-path.ts bundles and runs it). It imports the
// suite's own modules, so what is timed is what the scenarios run, and it is compiled with them
// (tsconfig.k6.json), so a changed signature cannot leave it timing something else.
import http from 'k6/http';
import type { RequestPlan } from '../../lib/client.ts';
import { mythicalClient } from '../../lib/client.ts';
import { slugs } from '../../lib/data/iteration-names.ts';
import { exemplarLine, type RequestOutcome } from '../../lib/exemplars.ts';
import { composeName, parseNameList } from '../../lib/row-names.ts';
import { chooseVisit } from '../../lib/plans/mix-choice.ts';
import { newTrace } from '../../lib/tracing/traceparent.ts';
import { checkNames } from '../../thresholds/checks.ts';

export const options = { vus: 1, iterations: 1, discardResponseBodies: true };

const REQUESTS = Number(__ENV.HOT_PATH_REQUESTS);
const CALLS = Number(__ENV.HOT_PATH_CALLS);
const plan: RequestPlan = { baseUrl: __ENV.BASE_URL, beasts: ['unicorn'], p95Ms: 300, p99Ms: 1000, requestTimeout: '5000ms', exemplarLevel: 'debug' };
const run = { testid: 'hot-path', prefix: 'k6hotpth', traceTag: '0123abcd' };

/** Microseconds per call of `piece`, over `count` calls. */
function timed(count: number, piece: (call: number) => unknown): number {
  const start = Date.now();
  for (let i = 0; i < count; i++) piece(i);
  return ((Date.now() - start) * 1000) / count;
}

export default function () {
  const url = `${__ENV.BASE_URL}/unicorn`;
  const client = mythicalClient(plan, run);
  // A body like the mix's GETs read: a few rows of this VU's names.
  for (let i = 0; i < 5; i++) client.send('POST', 'unicorn', `k6hotpth-some-person-name-1-${i}`);
  const body = http.get(url, { responseType: 'text' }).body as string;
  const outcome: RequestOutcome = { traceId: '1'.repeat(32), journey: '0'.repeat(12), beast: 'unicorn', method: 'GET', name: '/unicorn', status: 200, failed: false, reached: true, durationMs: 2 };
  const list = client.send('GET', 'unicorn');
  const beasts = ['a', 'b', 'c'];
  const figures = {
    'bare GET, body read and parsed': timed(REQUESTS, () => JSON.parse(http.get(url, { tags: { name: '/unicorn' }, responseType: 'text' }).body as string)),
    'suite GET (client.send: trace, headers, tags, bad events, exemplar, parse)': timed(REQUESTS, () => client.send('GET', 'unicorn')),
    'trace ids (newTrace)': timed(CALLS, () => newTrace('0123abcd1', Math.random)),
    'exemplar decision, request within objective (exemplarLine)': timed(CALLS, () => exemplarLine(outcome, [300, 1000], {}, 1)),
    'journey check of a GET and its mythical_checks count (checkNames)': timed(CALLS, () => checkNames(client, list, 'unicorn', 'GET answered a list of names')),
    'GET body parsed into names (parseNameList)': timed(CALLS, () => parseNameList(body)),
    'POST body: name and JSON (composeName)': timed(CALLS, (i) => JSON.stringify({ name: composeName(run.prefix, slugs, 1, i) })),
    'mix draw (chooseVisit, beast)': timed(CALLS, () => beasts[(Math.random() * 3) | 0] + chooseVisit(Math.random(), 2, { readShare: 0.6, maxPending: 5 })),
  };
  for (let i = 0; i < 5; i++) client.send('DELETE', 'unicorn', `k6hotpth-some-person-name-1-${i}`);
  console.log(`hot-path ${JSON.stringify(figures)}`);
}
