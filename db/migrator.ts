import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

/** Every module in db/migrations, by file name; Kysely runs them in name order. */
class DirectoryMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_[\w-]+\.ts$/.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(join(MIGRATIONS_DIR, file)).href)) as Partial<Migration>;
      if (typeof module.up !== 'function') throw new Error(`db/migrations/${file} does not export up()`);
      migrations[file.replace(/\.ts$/, '')] = module as Migration;
    }
    return migrations;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the schema up to the newest migration; throws naming the one that failed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Migrator works below the typed schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  // Named, so that the migrator's "does my table exist" looks only here: left unset it looks in every
  // schema and mistakes another deployment's (or a parallel test run's) tables for its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrationTableSchema = rows[0]?.schema ?? 'public';
  const migrator = new Migrator({ db, provider: new DirectoryMigrationProvider(), migrationTableSchema });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'the migrator';
    throw new MigrationError(`migration ${failed} failed: ${(result.error as Error).message ?? result.error}`, {
      cause: result.error,
    });
  }
  return result;
}
