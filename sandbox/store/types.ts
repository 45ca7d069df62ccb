/**
 * Where the beasts' names live. Both stores behave like the real server's PostgreSQL tables
 * (`name VARCHAR(50) UNIQUE NOT NULL`) and fail with the same PostgreSQL errors.
 */
export interface BeastStore {
  /** Every stored name of `beast`, in storage order (`SELECT name FROM beast`). */
  list(beast: string): Promise<string[]>;
  /** `INSERT`; `name` is the request's JSON value as is, converted the way node-postgres converts it. */
  insert(beast: string, name: unknown): Promise<void>;
  /** `DELETE ... WHERE name = $1`; no row is not an error. */
  remove(beast: string, name: unknown): Promise<void>;
  /** Drops and recreates every table: the real server's periodic teardown. */
  recreate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A database error as the real server returns it: its JSON body is node-postgres' error object
 * serialized (`code`, `severity`, `detail`, `table`, ...) and its string form is `error: <message>`.
 */
export class StoreError extends Error {
  constructor(
    message: string,
    /** The error's enumerable fields, as `JSON.stringify` of the pg error gives them. */
    readonly body: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'error';
  }
}
