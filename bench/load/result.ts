/** What one load run measured. */
export interface LoadResult {
  /** Which generator ran: `k6 <version>` or `autocannon`. */
  generator: string;
  requestsPerSecond: number;
  requests: number;
  /** Responses with a status other than the one the route should give. */
  unexpected: number;
  p99Ms: number;
}

/** The load every generator applies: per connection, POST a fresh name, GET the beast, DELETE the name. */
export interface LoadPlan {
  url: string;
  durationSeconds: number;
  connections: number;
}
