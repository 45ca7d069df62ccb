/** The server's `name` column is `VARCHAR(50)`: a longer name gets a 500. */
export const NAME_MAX_LENGTH = 50;

/** What every name the suite creates starts with; no other client's rows start so. */
export const SUITE_MARKER = 'mk6';

/** Longest run lifetime a name can state: 5 base36 digits of seconds (about 700 days). */
const MAX_LIFE_SECONDS = 36 ** 5 - 1;

/**
 * One run's identity on the target, as its names carry it. `endMs` is the latest time any row
 * of the run may legitimately exist (its teardown is over by then): a row past it belongs to
 * a run that ended or died, and any sweep may delete it.
 */
export interface RunRows {
  /** `mk6.<start>.<life>.<id>`: every name of the run starts with it. */
  prefix: string;
  startMs: number;
  endMs: number;
  /** 6 base36 characters drawn once per run (by setup), so runs sharing a TESTID stay apart. */
  id: string;
}

// Built on first use, not at module level: only sweeps read prefixes back, and a regular
// expression built in the init stage would make k6 build its RegExp machinery in every VU.
let prefixForm: RegExp | undefined;

/**
 * The name prefix of a run that starts at `startMs` and ends, teardown included, within
 * `lifeMs`: `mk6.<start, epoch seconds in base36, 7 digits>.<life in seconds, base36>.<id>`,
 * at most 24 characters. Start rounds down and life up, so the stated end is never early.
 */
export function runRows(startMs: number, lifeMs: number, id: string): RunRows {
  const start = Math.floor(startMs / 1000);
  const life = Math.min(Math.ceil(lifeMs / 1000), MAX_LIFE_SECONDS);
  const prefix = `${SUITE_MARKER}.${start.toString(36).padStart(7, '0')}.${life.toString(36)}.${id}`;
  return { prefix, startMs: start * 1000, endMs: (start + life) * 1000, id };
}

/** The run a name belongs to, or undefined when the suite did not create it. */
export function parseRunRows(name: string): RunRows | undefined {
  prefixForm ??= new RegExp(`^${SUITE_MARKER}\\.([0-9a-z]{7})\\.([0-9a-z]{1,5})\\.([0-9a-z]{6})(?=-|$)`);
  const match = prefixForm.exec(name);
  if (!match) return undefined;
  const [prefix, start, life, id] = match;
  const startMs = parseInt(start, 36) * 1000;
  return { prefix, startMs, endMs: startMs + parseInt(life, 36) * 1000, id };
}

/** Six base36 characters from a uniform source such as `Math.random`. */
export function randomRunId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/**
 * True when a sweep may delete `name`: it is the suite's and belongs to `own` (the sweeping
 * run's prefix), or its run's stated end has passed (that run ended or died). Rows of another
 * run still within its time, and rows the suite did not create, are never sweepable.
 */
export function sweepable(name: string, nowMs: number, own?: string): boolean {
  const run = parseRunRows(name);
  if (!run) return false;
  return run.prefix === own || run.endMs < nowMs;
}

/** A name as a lowercase ASCII slug: accents dropped, every other run of symbols one `-`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Longest slug the shipped name data holds: tools/build/names-data.ts cuts every slug to it, so
 * `composeName` never measures one (reading a string's `length` builds the String wrapper and
 * prototype in a VU, about 2 KB).
 */
export const SLUG_MAX_LENGTH = 15;

/**
 * Below these, a VU id (3 base36 digits) and an iteration (5) leave a slug its room: the longest
 * prefix (24), the slug and the fields with their dashes make 50. Past either (46 656 VUs,
 * 60 466 176 iterations of one VU), a name carries no slug.
 */
const SLUG_VU_LIMIT = 36 ** 3;
const SLUG_ITERATION_LIMIT = 36 ** 5;

/**
 * The name iteration `iteration` of VU `vu` creates: `<prefix>-<slug>-<vu>-<iteration>` (vu and
 * iteration in base36), at most 50 characters: the slug, drawn from `slugs` (none longer than
 * {@link SLUG_MAX_LENGTH}), is left out past the VU and iteration limits above, and the name
 * still fits with the largest safe integers (11 base36 digits each). The last two fields make
 * the name unique within a run (the test-wide VU id keeps it unique across the instances of a
 * distributed run), the prefix across runs; the slug only makes rows readable, and a name
 * without one has fewer fields, so it never equals one with. It runs on every create, so it
 * uses no regular expression, String or Math method and reads no string: each builtin a VU
 * touches costs it 1–5 KB. Its one builtin, `Number`'s `toString`, every VU has built already
 * for its trace ids (lib/tracing/traceparent.ts).
 */
export function composeName(prefix: string, slugs: ArrayLike<string>, vu: number, iteration: number): string {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  if (vu >= SLUG_VU_LIMIT || iteration >= SLUG_ITERATION_LIMIT) return `${prefix}${tail}`;
  // A prime stride spreads neighbouring VUs over the list, so rows read like different people.
  return `${prefix}-${slugs[(vu * 7919 + iteration) % slugs.length]}${tail}`;
}

/**
 * The names in a `GET /{beast}` body (`[{"name": "..."}]`); undefined when the body is not such
 * an array. Call it only on a 200: error bodies are not reliably JSON.
 */
export function parseNameList(body: string): string[] | undefined {
  let rows: unknown;
  try {
    rows = JSON.parse(body);
  } catch {
    return undefined;
  }
  // An array is what JSON.parse made that has a `push` function: JSON holds no functions, so no
  // parsed object has one. Told so without Array.isArray, which would make k6 build the Array
  // constructor in every VU, or reading the body's first character (the String wrapper).
  if (rows === null || typeof rows !== 'object' || typeof (rows as { push?: unknown }).push !== 'function') return undefined;
  const list = rows as unknown[];
  // A plain loop: it runs on every GET of the mix, and callbacks cost a VU twice as much.
  const names: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const name = (list[i] as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return undefined;
    names.push(name);
  }
  return names;
}

/** The k6 log line (`console.log`) by which setup names the run's prefix; the run tool reads it. */
export const ROWS_LINE = 'mythical-k6.rows ';

/** The k6 log line by which teardown says it swept every row of the run; absent when it was cut off. */
export const SWEPT_LINE = 'mythical-k6.swept ';
