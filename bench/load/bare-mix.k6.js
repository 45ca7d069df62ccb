// The floor the suite's `load` scenario is measured against (bench/benchmarks/suite-overhead.ts):
// its request mix at the same arrival rate and VU pool, reading GET bodies as heavy as the suite's (its names are as long),
// and nothing else: no trace headers, no checks, no SharedArray, no custom metrics. Plain JS: k6 runs it as is. Every setting comes
// from the benchmark through the environment, under the names the suite reads them by.
import http from 'k6/http';
import exec from 'k6/execution';

export const options = {
  discardResponseBodies: true,
  // The suite's own executor, as `k6 inspect` reports it for the same knobs: same rate, stages and VU pool.
  scenarios: { mix: JSON.parse(__ENV.EXECUTOR) },
};

const beasts = __ENV.BEASTS.split(',');
const readShare = Number(__ENV.MIX_READ);
const maxPending = Number(__ENV.MIX_MAX_PENDING);
const headers = { 'Content-Type': 'application/json' };
// Rows this VU created and has not deleted yet (module state is per VU, as in the suite).
const pending = [];

function beastUrl(beast) {
  return `${__ENV.BASE_URL}/${beast}`;
}

// One request per iteration, chosen as lib/plans/mix.ts chooseVisit does: a read, else a create
// or a delete with even odds; nothing to delete forces a create, maxPending rows force a delete.
export default function () {
  const u = Math.random();
  if (u >= readShare && pending.length > 0 && (pending.length >= maxPending || u >= readShare + (1 - readShare) / 2)) {
    const row = pending.shift();
    http.del(beastUrl(row.beast), JSON.stringify({ name: row.name }), { headers, tags: { name: `/${row.beast}` } });
    return;
  }
  const beast = beasts[Math.min(beasts.length - 1, Math.floor(Math.random() * beasts.length))];
  if (u < readShare) {
    // The suite reads and parses every 200 list (its only body): so does the floor.
    const response = http.get(beastUrl(beast), { tags: { name: `/${beast}` }, responseType: 'text' });
    if (response.status === 200) JSON.parse(response.body);
    return;
  }
  // NAME_PAD makes the names as long as the suite's, so every GET body weighs the same.
  const name = `${__ENV.NAME_PAD}-${exec.vu.idInTest}-${exec.vu.iterationInInstance}`;
  // As in the suite, only a stored row is deleted later.
  if (http.post(beastUrl(beast), JSON.stringify({ name }), { headers, tags: { name: `/${beast}` } }).status === 201) {
    pending.push({ beast, name });
  }
}

export function handleSummary(data) {
  return { [__ENV.SUMMARY_FILE]: JSON.stringify(data) };
}
