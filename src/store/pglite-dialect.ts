/**
 * A Kysely dialect for PGlite (in-process PostgreSQL) that several stores can share.
 *
 * Why not kysely-pglite-dialect as is: its driver closes the PGlite on destroy (the caller owns
 * it, e.g. one instance per test file), and each driver queues only its own queries, so two stores
 * on one PGlite could interleave inside each other's transactions and search_path. Here one lock
 * per PGlite instance serializes all stores, and each acquisition sets the store's search_path.
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Per-PGlite state shared by every store on it: a FIFO lock and the search_path last set. */
interface SharedState {
  tail: Promise<void>;
  searchPath: string | undefined;
}
const shared = new WeakMap<PGlite, SharedState>();

function stateOf(pglite: PGlite): SharedState {
  let state = shared.get(pglite);
  if (state === undefined) {
    state = { tail: Promise.resolve(), searchPath: undefined };
    shared.set(pglite, state);
  }
  return state;
}

class PgliteConnection implements DatabaseConnection {
  constructor(
    private readonly pglite: PGlite,
    readonly release: () => void,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    return result.affectedRows === undefined ? { rows: result.rows } : { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) };
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    // PGlite has no cursors over its query API; the result is in memory already, so hand it out in chunks.
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) };
  }
}

class PgliteDriver implements Driver {
  constructor(
    private readonly pglite: PGlite,
    private readonly schema: string | undefined,
  ) {}

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const state = stateOf(this.pglite);
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = state.tail;
    state.tail = previous.then(() => turn);
    await previous;
    try {
      if (state.searchPath !== this.schema) {
        // Schema names are checked by openStore (identifier characters only), so quoting suffices.
        await this.pglite.query(this.schema === undefined ? 'reset search_path' : `set search_path to "${this.schema}"`);
        state.searchPath = this.schema;
      }
    } catch (err) {
      release();
      throw err;
    }
    return new PgliteConnection(this.pglite, release);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const level = settings.isolationLevel === undefined ? '' : ` isolation level ${settings.isolationLevel}`;
    await connection.executeQuery(CompiledQuery.raw(`start transaction${level}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PgliteConnection).release();
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    // The PGlite belongs to whoever created it; closing a store must not close it for others.
    return Promise.resolve();
  }
}

/** A dialect on a caller-owned PGlite; with a schema, every query of this store runs in that schema. */
export function pgliteDialect(pglite: PGlite, schema: string | undefined): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new PgliteDriver(pglite, schema),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db) => new PostgresIntrospector(db),
  };
}
