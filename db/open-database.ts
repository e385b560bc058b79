import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockEmbeddedDatabase } from './embedded-lock';
import { migrateToLatest } from './migrator';
import type { Database } from './schema';

export interface DatabaseOptions {
  /** Where the embedded database lives (under `pglite/`) when no URL is given. */
  dataDir: string;
  /** `postgres://…`: use that server instead of the embedded database. */
  databaseUrl?: string | undefined;
  /** Run pending migrations before returning (default true). */
  migrate?: boolean;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// Both engines return the same JavaScript types: a `date` stays the "YYYY-MM-DD" it was (pg would
// turn it into a local-midnight Date), and `bigint` ids and counts become numbers (pg gives strings).
const DATE_OID = 1082;
const INT8_OID = 20;
const asString = (value: string): string => value;
const asNumber = (value: string): number => Number(value);

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === DATE_OID) return asString;
      if (oid === INT8_OID) return asNumber;
      return format ? pg.types.getTypeParser(oid, format) : pg.types.getTypeParser(oid);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

interface Engine {
  dialect: PGliteDialect | PostgresDialect;
  kind: OpenDatabase['kind'];
  unlock(): void;
}

function engineFor(options: DatabaseOptions): Engine {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, types: pgTypes(), max: 10 });
    return { dialect: new PostgresDialect({ pool }), kind: 'postgres', unlock: () => {} };
  }
  const dir = join(options.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const unlock = lockEmbeddedDatabase(dir);
  try {
    const pglite = new PGlite(dir, { parsers: { [DATE_OID]: asString, [INT8_OID]: asNumber } });
    return { dialect: new PGliteDialect({ pglite }), kind: 'pglite', unlock };
  } catch (err) {
    unlock();
    throw err;
  }
}

/**
 * Opens the one database Convene uses: PostgreSQL when a URL is configured, otherwise PGlite
 * (the same PostgreSQL, embedded) persisted under the data directory. Migrates unless told not to.
 */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const { dialect, kind, unlock } = engineFor(options);
  const db = new Kysely<Database>({ dialect });
  const close = async (): Promise<void> => {
    try {
      await db.destroy();
    } finally {
      unlock();
    }
  };
  try {
    if (options.migrate !== false) await migrateToLatest(db);
  } catch (err) {
    await close();
    throw err;
  }
  return { db, kind, close };
}
