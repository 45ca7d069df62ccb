/**
 * Counts events in a sliding window (1 s by default) exactly: a ring of timestamps, dropped from
 * the front as they age out, so the count is right at any rate without a bucket's step error.
 */
export class SlidingWindowCounter {
  private times = new Float64Array(1024);
  private head = 0;
  private size = 0;

  constructor(private readonly windowMs = 1000) {}

  /** Records one event at `now` (ms) and returns how many events fall in (now − window, now]. */
  hit(now: number): number {
    this.evict(now);
    if (this.size === this.times.length) this.grow();
    this.times[(this.head + this.size) % this.times.length] = now;
    this.size += 1;
    return this.size;
  }

  /** Events in (now − window, now] without recording one. */
  count(now: number): number {
    this.evict(now);
    return this.size;
  }

  private evict(now: number): void {
    const oldest = now - this.windowMs;
    while (this.size > 0 && this.times[this.head] <= oldest) {
      this.head = (this.head + 1) % this.times.length;
      this.size -= 1;
    }
  }

  private grow(): void {
    const next = new Float64Array(this.times.length * 2);
    for (let i = 0; i < this.size; i += 1) next[i] = this.times[(this.head + i) % this.times.length];
    this.times = next;
    this.head = 0;
  }
}
