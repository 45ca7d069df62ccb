/**
 * A setting that cannot be used. Its message is one line, always of the form
 * `<VARIABLE>=<value as given> is not valid: expected <accepted form>`, so the k6 init stage and
 * the Node run tool print the same line for the same mistake.
 */
export class ConfigError extends Error {
  /** The environment variable at fault, e.g. `BASE_URL`. */
  readonly variable: string;

  constructor(variable: string, value: string, expected: string) {
    super(`${variable}=${printable(value)} is not valid: expected ${expected}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** Keeps the message on one line and never prints a password given inside a URL. */
function printable(value: string): string {
  const redacted = value.replace(/(\/\/[^/@\s:]*:)[^/@\s]*@/, '$1***@');
  return /^[\x21-\x7e]+$/.test(redacted) ? redacted : JSON.stringify(redacted);
}

/**
 * True for a {@link ConfigError}, also one thrown by the options stage bundle (lib/init-stage.ts),
 * which carries its own copy of the class, so `instanceof` cannot tell across the two bundles.
 */
export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof Error && error.name === 'ConfigError';
}
