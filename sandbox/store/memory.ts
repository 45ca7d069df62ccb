import { StoreError, type BeastStore } from './types.ts';
import { fitVarchar, toColumnText } from './values.ts';

interface Table {
  names: Set<string>;
  /** The `id serial` column's next value: PostgreSQL spends one on every insert attempt that reaches the row. */
  nextId: number;
}

/**
 * The zero-set-up store: one in-memory table per beast with the real schema's rules and the
 * PostgreSQL 15 errors node-postgres would report for breaking them (every field but the
 * protocol's `length`, which only a real server can tell).
 */
export class MemoryStore implements BeastStore {
  private tables = new Map<string, Table>();

  constructor(private readonly beasts: readonly string[]) {
    this.createTables();
  }

  async list(beast: string): Promise<string[]> {
    return Array.from(this.table(beast).names);
  }

  async insert(beast: string, name: unknown): Promise<void> {
    const table = this.table(beast);
    const text = toColumnText(name);
    if (text !== null && text.includes('\u0000')) throw invalidByteSequence();
    const stored = text === null ? null : fitVarchar(text, 50);
    if (stored === undefined) throw valueTooLong();
    const id = table.nextId;
    table.nextId += 1;
    if (stored === null) throw notNullViolation(beast, id);
    if (table.names.has(stored)) throw uniqueViolation(beast, stored);
    table.names.add(stored);
  }

  async remove(beast: string, name: unknown): Promise<void> {
    const text = toColumnText(name);
    if (text === null) return;
    if (text.includes('\u0000')) throw invalidByteSequence();
    this.table(beast).names.delete(text);
  }

  async recreate(): Promise<void> {
    this.createTables();
  }

  async close(): Promise<void> {
    this.tables.clear();
  }

  private createTables(): void {
    this.tables = new Map(this.beasts.map((beast) => [beast, { names: new Set<string>(), nextId: 1 }]));
  }

  private table(beast: string): Table {
    const table = this.tables.get(beast);
    if (!table) throw new StoreError(`relation "${beast}" does not exist`, pgError('42P01', { file: 'parse_relation.c', routine: 'parserOpenTable' }));
    return table;
  }
}

function pgError(code: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { name: 'error', severity: 'ERROR', code, ...fields };
}

function notNullViolation(beast: string, id: number): StoreError {
  return new StoreError(
    `null value in column "name" of relation "${beast}" violates not-null constraint`,
    pgError('23502', {
      detail: `Failing row contains (${id}, null).`,
      schema: 'public',
      table: beast,
      column: 'name',
      file: 'execMain.c',
      line: '2023',
      routine: 'ExecConstraints',
    }),
  );
}

function uniqueViolation(beast: string, name: string): StoreError {
  return new StoreError(
    `duplicate key value violates unique constraint "${beast}_name_key"`,
    pgError('23505', {
      detail: `Key (name)=(${name}) already exists.`,
      schema: 'public',
      table: beast,
      constraint: `${beast}_name_key`,
      file: 'nbtinsert.c',
      line: '664',
      routine: '_bt_check_unique',
    }),
  );
}

function valueTooLong(): StoreError {
  return new StoreError('value too long for type character varying(50)', pgError('22001', { file: 'varchar.c', line: '632', routine: 'varchar' }));
}

function invalidByteSequence(): StoreError {
  return new StoreError(
    'invalid byte sequence for encoding "UTF8": 0x00',
    pgError('22021', { where: "unnamed portal parameter $1", file: 'mbutils.c', line: '1798', routine: 'report_invalid_encoding_int' }),
  );
}
