// Opens the one query layer (Kysely) on embedded SQLite or on PostgreSQL, and migrates.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { migrations } from './migrations';

export type DbKind = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** PostgreSQL connection string (for LISTEN/NOTIFY); null on SQLite. */
  url: string | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…` → PostgreSQL; otherwise SQLite. */
  databaseUrl?: string | null;
  /** Directory of the SQLite file (default `./.data`). */
  dataDir?: string;
  /** SQLite file path; overrides dataDir. `:memory:` works for unit tests. */
  sqliteFile?: string;
}

export async function openDatabase(options: OpenOptions = {}): Promise<DbHandle> {
  const handle = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options);
  const { error, results } = await new Migrator({ db: handle.db, provider: migrations }).migrateToLatest();
  if (error) {
    await handle.close();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return handle;
}

function openSqlite(options: OpenOptions): DbHandle {
  let file = options.sqliteFile;
  if (!file) {
    const dir = options.dataDir ?? './.data';
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'platform.sqlite');
  }
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we answer, so an acknowledged mutation survives kill -9 and power loss.
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  // Kysely's SQLite driver runs one connection behind a mutex: transactions are serialized,
  // which is what orders each tenant's seq by commit.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, kind: 'sqlite', url: null, close: () => db.destroy() };
}

/** Kysely prepares every query anew; compiled statements are reusable, so keep the recent ones. */
function withStatementCache(database: SQLite.Database, size = 256) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(source: string) {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source); // re-insert: most recently used last
      } else {
        statement = database.prepare(source);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(source, statement);
      return statement;
    },
  };
}

function openPostgres(url: string): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', url, close: () => db.destroy() };
}
