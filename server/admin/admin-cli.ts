import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/open-database';
import { ORGANISATION_KINDS, SERVICE_KINDS, STAFF_ROLES, type Database } from '../../db/schema';
import { appendAudit } from '../../audit/audit-log';
import { ConfigError, loadConfig } from '../config';
import { normaliseUsername } from '../../identity/login';
import { createStaffUser, setPassword, unlockUser } from '../../identity/staff-users';
import { addServiceMember, createOrganisation, createService } from '../../db/records/organisations';

const USAGE = `npm run admin -- <command> [options]

  create-org      --name NAME --kind ${ORGANISATION_KINDS.join('|')} [--ods CODE]
  create-service  --org ORG_ID --name NAME --kind ${SERVICE_KINDS.join('|')} [--hours JSON]
  create-user     --org ORG_ID --username NAME --name "Display Name" --role ${STAFF_ROLES.join('|')}
                  [--service SERVICE_ID ...] [--password-stdin]
  add-member      --service SERVICE_ID --username NAME
  set-password    --username NAME [--password-stdin]
  unlock-user     --username NAME
  disable-user    --username NAME
  list            organisations | services | users

Without --password-stdin a password is generated and printed once. Output is JSON.`;

class UsageError extends Error {}

const options = {
  name: { type: 'string' },
  kind: { type: 'string' },
  ods: { type: 'string' },
  org: { type: 'string' },
  hours: { type: 'string' },
  username: { type: 'string' },
  role: { type: 'string' },
  service: { type: 'string', multiple: true },
  'password-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function need(values: Values, key: 'name' | 'kind' | 'org' | 'username' | 'role'): string {
  const v = values[key];
  if (!v) throw new UsageError(`--${key} is required`);
  return v;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${what} must be one of ${allowed.join(', ')}`);
  return value as T;
}

async function password(values: Values): Promise<{ password: string; generated: boolean }> {
  if (!values['password-stdin']) return { password: randomBytes(15).toString('base64url'), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return {
    password: Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, ''),
    generated: false,
  };
}

async function userId(db: Kysely<Database>, username: string): Promise<string> {
  const u = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', normaliseUsername(username))
    .executeTakeFirst();
  if (!u) throw new UsageError(`there is no user ${username}`);
  return u.id;
}

async function run(
  db: Kysely<Database>,
  command: string | undefined,
  values: Values,
  positionals: string[],
): Promise<unknown> {
  // Who ran the command, as far as this machine knows: recorded as the actor of each change.
  const actor = { id: `cli:${userInfo().username}`, role: 'system' };
  switch (command) {
    case 'create-org': {
      const org = await createOrganisation(db, {
        name: need(values, 'name'),
        kind: oneOf(need(values, 'kind'), ORGANISATION_KINDS, '--kind'),
        odsCode: values.ods ?? null,
      });
      await appendAudit(db, {
        actor,
        action: 'admin.org.create',
        resource: { type: 'organisation', id: org.id },
        details: { name: org.name, kind: org.kind },
      });
      return org;
    }
    case 'create-service': {
      const hours = values.hours ? (JSON.parse(values.hours) as unknown) : undefined;
      const service = await createService(db, {
        organisationId: need(values, 'org'),
        name: need(values, 'name'),
        kind: oneOf(need(values, 'kind'), SERVICE_KINDS, '--kind'),
        openingHours: hours,
      });
      await appendAudit(db, {
        actor,
        action: 'admin.service.create',
        resource: { type: 'service', id: service.id },
        details: { name: service.name, kind: service.kind },
      });
      return service;
    }
    case 'create-user': {
      const pw = await password(values);
      const user = await createStaffUser(
        db,
        {
          organisationId: need(values, 'org'),
          username: need(values, 'username'),
          displayName: need(values, 'name'),
          role: oneOf(need(values, 'role'), STAFF_ROLES, '--role'),
          password: pw.password,
          serviceIds: values.service ?? [],
        },
        actor,
      );
      return {
        id: user.id,
        username: user.username,
        role: user.role,
        ...(pw.generated ? { password: pw.password } : {}),
      };
    }
    case 'add-member': {
      const service = values.service?.[0];
      if (!service) throw new UsageError('--service is required');
      const id = await userId(db, need(values, 'username'));
      await addServiceMember(db, service, id);
      await appendAudit(db, {
        actor,
        action: 'admin.service.member',
        resource: { type: 'service', id: service },
        details: { user_id: id },
      });
      return { service, user: id };
    }
    case 'set-password': {
      const pw = await password(values);
      await setPassword(db, await userId(db, need(values, 'username')), pw.password, actor);
      return pw.generated ? { password: pw.password } : { changed: true };
    }
    case 'unlock-user':
      await unlockUser(db, await userId(db, need(values, 'username')), actor);
      return { unlocked: true };
    case 'disable-user': {
      const id = await userId(db, need(values, 'username'));
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', id).execute();
        await trx
          .updateTable('sessions')
          .set({ revoked_at: new Date() })
          .where('user_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        await appendAudit(trx, { actor, action: 'admin.user.disable', resource: { type: 'user', id } });
      });
      return { disabled: true };
    }
    case 'list': {
      const what = positionals[0];
      if (what === 'organisations') return db.selectFrom('organisations').selectAll().orderBy('name').execute();
      if (what === 'services') return db.selectFrom('services').selectAll().orderBy('name').execute();
      if (what === 'users') {
        return db
          .selectFrom('users')
          .select(['id', 'username', 'display_name', 'role', 'organisation_id', 'locked_until', 'disabled_at'])
          .orderBy('username')
          .execute();
      }
      throw new UsageError('list what? organisations, services or users');
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options, allowPositionals: true });
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { db, close } = await openDatabase(loadConfig());
  try {
    console.log(JSON.stringify(await run(db, command, values, rest), null, 2));
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
    else if (err instanceof ConfigError) console.error(err.message);
    else console.error(`admin: ${(err as Error).message ?? String(err)}`);
    process.exit(1);
  },
);
