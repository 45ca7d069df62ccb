/** Which endpoint set the server serves: the mythical beasts or the `ENDPOINT_TYPE=BORING` e-store set. */
export type EndpointType = 'DEFAULT' | 'BORING';

/** The names the server answers to and the label/attribute key that carries them. */
export interface EndpointSet {
  type: EndpointType;
  /** Route segments that are tables; any other segment is a 404. */
  names: readonly string[];
  /** Span attribute, metric label and Loki stream label holding the name: `beast` or `endpoint`. */
  key: 'beast' | 'endpoint';
  /** The real server's service prefix, shown by `/config`. */
  servicePrefix: string;
}

const DEFAULT_SET: EndpointSet = {
  type: 'DEFAULT',
  names: ['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'],
  key: 'beast',
  servicePrefix: 'mythical-beasts',
};

const BORING_SET: EndpointSet = {
  type: 'BORING',
  names: ['login', 'payment', 'account', 'cart', 'health', 'fastcache'],
  key: 'endpoint',
  servicePrefix: 'eStore',
};

/** The endpoint set of `type`, as the real server's `ENDPOINT_TYPE` chooses it. */
export function endpointSet(type: EndpointType = 'DEFAULT'): EndpointSet {
  return type === 'BORING' ? BORING_SET : DEFAULT_SET;
}
