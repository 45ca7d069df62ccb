// The bench's CRUD mix for k6 (plain JS: k6 runs it as is). Per iteration: POST a fresh name,
// GET the beast, DELETE the name. Settings come from bench/load/k6-crud-mix.ts through the environment.
import http from 'k6/http';
import exec from 'k6/execution';

export const options = {
  vus: Number(__ENV.CONNECTIONS),
  duration: `${__ENV.DURATION_SECONDS}s`,
  discardResponseBodies: true,
  summaryTrendStats: ['p(99)'],
};

const url = `${__ENV.BASE_URL}/unicorn`;
const params = { headers: { 'Content-Type': 'application/json' }, tags: { name: '/unicorn' } };

export default function () {
  const body = JSON.stringify({ name: `bench-${exec.vu.idInTest}-${exec.vu.iterationInScenario}` });
  http.post(url, body, params);
  http.get(url, { tags: params.tags });
  http.del(url, body, params);
}

export function handleSummary(data) {
  return { [__ENV.SUMMARY_FILE]: JSON.stringify(data) };
}
