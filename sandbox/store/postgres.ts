import pg from 'pg';
import { StoreError, type BeastStore } from './types.ts';

/**
 * The real server's storage: one PostgreSQL table per beast, created as the real server creates
 * them, queried with the same statements, so the errors are PostgreSQL's own.
 */
export class PostgresStore implements BeastStore {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly beasts: readonly string[],
  ) {}

  /**
   * Connects and creates the tables. `poolSize` 1 matches the real server, which holds a single
   * client, so its queries queue exactly as the real ones do.
   */
  static async open(url: string, beasts: readonly string[], poolSize = 1): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, beasts);
    try {
      await store.createTables();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  async list(beast: string): Promise<string[]> {
    const result = await this.query(`SELECT name from ${beast}`);
    return result.rows.map((row: { name: string }) => row.name);
  }

  async insert(beast: string, name: unknown): Promise<void> {
    await this.query(`INSERT INTO ${beast}(name) VALUES ($1)`, [name]);
  }

  async remove(beast: string, name: unknown): Promise<void> {
    await this.query(`DELETE FROM ${beast} WHERE name = $1`, [name]);
  }

  async recreate(): Promise<void> {
    for (const beast of this.beasts) await this.query(`DROP TABLE IF EXISTS ${beast}`);
    await this.createTables();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async createTables(): Promise<void> {
    for (const beast of this.beasts) {
      await this.query(`CREATE TABLE IF NOT EXISTS ${beast}(id serial PRIMARY KEY, name VARCHAR (50) UNIQUE NOT NULL);`);
    }
  }

  private async query(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    try {
      return await this.pool.query(text, values);
    } catch (error) {
      if (error instanceof pg.DatabaseError) throw new StoreError(error.message, JSON.parse(JSON.stringify(error)));
      throw error;
    }
  }
}
