/** The server's `name` column is `VARCHAR(50)`: a longer name gets a 500. */
export const NAME_MAX_LENGTH = 50;

/** Length of a run prefix: `k6` and 6 base36 characters. */
export const RUN_PREFIX_LENGTH = 8;

/**
 * The prefix every name of one run starts with, derived from the testid (FNV-1a, 6 base36
 * characters, about 2·10⁹ values) so each VU, setup and teardown compute the same one and
 * teardown can sweep exactly this run's rows.
 */
export function runPrefix(testid: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < testid.length; i++) {
    hash = Math.imul(hash ^ testid.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `k6${(hash % 36 ** 6).toString(36).padStart(6, '0')}`;
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
 * `<prefix>-<slug>-<vu>-<iteration>` (vu and iteration in base36), at most 50 characters: the
 * slug is shortened to fit. The last two fields make the name unique within a run, the prefix
 * across runs; the slug only makes rows readable.
 */
export function composeName(prefix: string, slug: string, vu: number, iteration: number): string {
  const tail = `-${vu.toString(36)}-${iteration.toString(36)}`;
  const room = NAME_MAX_LENGTH - prefix.length - 1 - tail.length;
  // No regular expression here: this runs on every create, and one would make k6 build the
  // RegExp machinery in every VU.
  let end = Math.min(slug.length, Math.max(room, 0));
  while (end > 0 && slug[end - 1] === '-') end--;
  const shortened = slug.slice(0, end);
  return shortened ? `${prefix}-${shortened}${tail}` : `${prefix}${tail}`;
}

/** True when `name` was created by the run with this prefix. */
export function belongsToRun(name: string, prefix: string): boolean {
  return name.startsWith(`${prefix}-`);
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
  if (!Array.isArray(rows)) return undefined;
  // A plain loop: it runs on every GET of the mix, and callbacks cost a VU twice as much.
  const names: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const name = (rows[i] as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return undefined;
    names.push(name);
  }
  return names;
}
