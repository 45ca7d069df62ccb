/**
 * Converts a request's JSON `name` to the text PostgreSQL receives, as node-postgres'
 * `prepareValue` does: null/undefined stay null, objects become JSON, arrays a PostgreSQL array
 * literal, anything else its string form.
 */
export function toColumnText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function arrayLiteral(values: unknown[]): string {
  const items = values.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = typeof item === 'object' ? JSON.stringify(item) : String(item);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

/** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
export function characterLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i += 1;
    length += 1;
  }
  return length;
}

/**
 * The value a `VARCHAR(limit)` column stores, or `undefined` when PostgreSQL refuses it as too
 * long. Excess characters that are all spaces are cut off silently, as the SQL standard says.
 */
export function fitVarchar(text: string, limit: number): string | undefined {
  if (characterLength(text) <= limit) return text;
  const kept = Array.from(text).slice(0, limit).join('');
  return /^ *$/.test(text.slice(kept.length)) ? kept : undefined;
}
