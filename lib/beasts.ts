/**
 * The endpoints of mythical-server. `DEFAULT` serves the beasts; with `ENDPOINT_TYPE=BORING`
 * the same API serves business-sounding endpoints instead. The suite tags either as `beast`.
 */
export const ENDPOINTS = {
  DEFAULT: ['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'],
  BORING: ['login', 'payment', 'account', 'cart', 'health', 'fastcache'],
} as const satisfies Record<string, readonly string[]>;

/** `DEFAULT` or `BORING`, as the server's `ENDPOINT_TYPE`. */
export type EndpointType = keyof typeof ENDPOINTS;

/** The endpoint types, in the order they are documented. */
export const ENDPOINT_TYPES = Object.keys(ENDPOINTS) as EndpointType[];
