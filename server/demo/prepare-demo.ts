import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { seedDemoData, type DemoLogin } from './demo-data';

export interface DemoOptions {
  dataDir: string;
  production: boolean;
  /** Only the embedded database is ever seeded: a PostgreSQL server is a real deployment. */
  embedded: boolean;
}

/**
 * Seeds an empty embedded database outside production, keeping the generated passwords
 * (mode 0600, beside the JWT secret) so they can be shown at every start. Returns the logins to
 * show, or none.
 */
export async function prepareDemoData(db: Kysely<Database>, o: DemoOptions): Promise<DemoLogin[]> {
  if (o.production || !o.embedded) return [];
  const file = join(o.dataDir, 'secrets', 'demo-logins.json');
  const empty = !(await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst());
  if (!empty) return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoLogin[]) : [];
  const logins = await seedDemoData(db);
  mkdirSync(join(o.dataDir, 'secrets'), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return logins;
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.username.length));
  const lines = logins.map(
    (l) => `    ${l.username.padEnd(width)}  ${l.password}  ${l.name}, ${l.role.replace(/_/g, ' ')}`,
  );
  return ['  Demo sign-ins (synthetic data; never created in production):', ...lines].join('\n');
}
