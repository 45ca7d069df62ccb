/** Distinct keys kept at most; later new keys share one bucket so a path scan cannot eat the memory. */
const KEY_LIMIT = 10_000;

/**
 * Counts requests per route, keyed `"GET /owlbear"` (unknown paths under their raw path), so a
 * test can prove that a request was, or was not, sent.
 */
export class RequestCounter {
  private counts = new Map<string, number>();

  /** Counts one request. */
  count(method: string, path: string): void {
    let key = `${method} ${path}`;
    if (!this.counts.has(key) && this.counts.size >= KEY_LIMIT) key = `${method} (other)`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The counts so far. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Starts again from zero. */
  reset(): void {
    this.counts = new Map();
  }
}
