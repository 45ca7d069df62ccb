import type { Method } from '../thresholds/catalog.ts';

/**
 * The status the contract promises for each method; any other counts in `http_req_failed`,
 * and is what a failed request's span shows as `http.status_code`.
 */
export const EXPECTED_STATUS: Readonly<Record<Method, number>> = { GET: 200, POST: 201, DELETE: 204 };
