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
  return `k6${(fnv1a(testid) % 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** FNV-1a (32 bit) of a string's UTF-16 code units: a stable hash every VU and tool agrees on. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
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
  const shortened = slug.slice(0, Math.max(room, 0)).replace(/-+$/, '');
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
  const names = rows.map((row: unknown) => (row as { name?: unknown } | null)?.name);
  return names.every((name): name is string => typeof name === 'string') ? names : undefined;
}
