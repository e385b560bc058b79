import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../open-database';
import type { Database } from '../schema';

export type Engine = 'PGlite' | 'PostgreSQL';

/** One engine's database for a suite: fresh when the suite starts, removed when it ends. */
export class TestDatabase {
  private opened: OpenDatabase | undefined;

  constructor(
    readonly engine: Engine,
    /** What `openDatabase` and the CLIs (as DATA_DIR and DATABASE_URL) are given. */
    readonly location: { dataDir: string; databaseUrl?: string },
  ) {}

  get db(): Kysely<Database> {
    if (!this.opened) throw new Error('the test database is not open');
    return this.opened.db;
  }

  async open(): Promise<Kysely<Database>> {
    this.opened = await openDatabase(this.location);
    return this.opened.db;
  }

  async close(): Promise<void> {
    await this.opened?.close();
    this.opened = undefined;
  }

  /** Environment for a child process (a CLI) that must use this same database. */
  env(): Record<string, string> {
    const env: Record<string, string> = { DATA_DIR: this.location.dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    if (this.location.databaseUrl) env.DATABASE_URL = this.location.databaseUrl;
    return env;
  }
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The server URL with every connection's search_path set to one schema of its own. */
function urlForSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

function register(engine: Engine, serverUrl: string | undefined, suite: (t: TestDatabase) => void): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'convene-db-test-'));
  // Parallel runs share the server, so each run gets a schema no other run uses, dropped afterwards.
  const schema = `convene_test_${randomBytes(6).toString('hex')}`;
  const databaseUrl = serverUrl ? urlForSchema(serverUrl, schema) : undefined;
  const handle = new TestDatabase(engine, databaseUrl ? { dataDir, databaseUrl } : { dataDir });
  before(async () => {
    if (serverUrl) await onServer(serverUrl, `create schema ${schema}`);
    await handle.open();
  });
  after(async () => {
    await handle.close();
    if (serverUrl) await onServer(serverUrl, `drop schema ${schema} cascade`);
    rmSync(dataDir, { recursive: true, force: true });
  });
  suite(handle);
}

/**
 * Declares `suite` twice: on the embedded PGlite database and on PostgreSQL. Without
 * TEST_DATABASE_URL the PostgreSQL half is one test that reports itself skipped and why.
 */
export function describeOnEachDatabase(title: string, suite: (t: TestDatabase) => void): void {
  describe(`${title} [PGlite]`, () => register('PGlite', undefined, suite));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    describe(`${title} [PostgreSQL]`, () => register('PostgreSQL', serverUrl, suite));
  } else {
    it(`${title} [PostgreSQL]`, (t) => t.skip('TEST_DATABASE_URL is not set, so there is no PostgreSQL to test on'));
  }
}
