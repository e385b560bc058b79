import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/open-database';
import { ORGANISATION_KINDS, SERVICE_KINDS, STAFF_ROLES, type Database } from '../../db/schema';
import { ConfigError, loadConfig } from '../config';
import { normaliseUsername } from '../../identity/login';
import type { Actor } from '../../domain/kernel/context';
import { adminContext, type AdminContext } from '../../domain/admin/context';
import { addMember } from '../../domain/admin/members';
import { createOrganisation, listOrganisations } from '../../domain/admin/organisations';
import { createService } from '../../domain/admin/services';
import { listServices } from '../../domain/admin/service-list';
import { createUser, listUsers } from '../../domain/admin/users';
import { disableUser, enableUser, resetPassword, unlockUser } from '../../domain/admin/user-status';

const USAGE = `npm run admin -- <command> [options]

  create-org      --name NAME --kind ${ORGANISATION_KINDS.join('|')} [--ods CODE]
  create-service  --org ORG_ID --name NAME --kind ${SERVICE_KINDS.join('|')} [--hours JSON]
  create-user     --org ORG_ID --username NAME --name "Display Name" --role ${STAFF_ROLES.join('|')}
                  [--service SERVICE_ID ...] [--password-stdin]
  add-member      --service SERVICE_ID --username NAME
  set-password    --username NAME [--password-stdin]
  unlock-user     --username NAME
  disable-user    --username NAME
  enable-user     --username NAME
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

/** The password piped in with --password-stdin; without it the use case generates one. */
async function password(values: Values): Promise<string | undefined> {
  if (!values['password-stdin']) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The account a username names, and the organisation it belongs to (whose admin the command acts as). */
async function account(db: Kysely<Database>, username: string): Promise<{ id: string; org: string }> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'organisation_id'])
    .where('username', '=', normaliseUsername(username))
    .executeTakeFirst();
  if (!u) throw new UsageError(`there is no user ${username}`);
  return { id: u.id, org: u.organisation_id };
}

/**
 * Whoever runs the command on the server is trusted with the whole installation: each command
 * acts as an administrator of the organisation it names, through the same use cases as the web
 * pages, and the audit trail records the machine's user as the actor.
 */
function cliActor(organisationId?: string): Actor {
  const id = `cli:${userInfo().username}`;
  return { identity: { id, role: 'admin', organisationId }, name: id };
}

async function run(
  db: Kysely<Database>,
  command: string | undefined,
  values: Values,
  positionals: string[],
): Promise<unknown> {
  const ctx = adminContext(db);
  switch (command) {
    case 'create-org':
      return createOrganisation(ctx, cliActor(), {
        name: need(values, 'name'),
        kind: oneOf(need(values, 'kind'), ORGANISATION_KINDS, '--kind'),
        odsCode: values.ods ?? null,
      });
    case 'create-service':
      return createService(ctx, cliActor(need(values, 'org')), {
        name: need(values, 'name'),
        kind: oneOf(need(values, 'kind'), SERVICE_KINDS, '--kind'),
        openingHours: values.hours ? (JSON.parse(values.hours) as unknown) : undefined,
      });
    case 'create-user': {
      const pw = await password(values);
      const actor = cliActor(need(values, 'org'));
      const user = await createUser(ctx, actor, {
        username: need(values, 'username'),
        displayName: need(values, 'name'),
        role: oneOf(need(values, 'role'), STAFF_ROLES, '--role'),
        ...(pw === undefined ? {} : { password: pw }),
      });
      for (const serviceId of values.service ?? []) await addMember(ctx, actor, { serviceId, userId: user.id });
      const { password: given, ...shown } = user;
      return pw === undefined ? { ...shown, password: given } : shown;
    }
    case 'add-member': {
      const serviceId = values.service?.[0];
      if (!serviceId) throw new UsageError('--service is required');
      const user = await account(db, need(values, 'username'));
      await addMember(ctx, cliActor(user.org), { serviceId, userId: user.id });
      return { service: serviceId, user: user.id };
    }
    case 'set-password': {
      const pw = await password(values);
      const user = await account(db, need(values, 'username'));
      const reset = await resetPassword(ctx, cliActor(user.org), user.id, pw);
      return pw === undefined ? reset : { changed: true };
    }
    case 'unlock-user': {
      const user = await account(db, need(values, 'username'));
      await unlockUser(ctx, cliActor(user.org), user.id);
      return { unlocked: true };
    }
    case 'disable-user': {
      const user = await account(db, need(values, 'username'));
      await disableUser(ctx, cliActor(user.org), user.id);
      return { disabled: true };
    }
    case 'enable-user': {
      const user = await account(db, need(values, 'username'));
      await enableUser(ctx, cliActor(user.org), user.id);
      return { enabled: true };
    }
    case 'list':
      return list(ctx, positionals[0]);
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

/** Lists across every organisation: the command line is not one organisation's admin. */
async function list(ctx: AdminContext, what: string | undefined): Promise<unknown> {
  const orgs = await listOrganisations(ctx, cliActor());
  if (what === 'organisations') return orgs.map(({ own: _own, ...o }) => o);
  const per = async <T>(f: (actor: Actor) => Promise<T[]>) =>
    (
      await Promise.all(
        orgs.map((o) => f(cliActor(o.id)).then((rows) => rows.map((r) => ({ ...r, organisationId: o.id })))),
      )
    ).flat();
  if (what === 'services') return per((actor) => listServices(ctx, actor));
  if (what === 'users') return per((actor) => listUsers(ctx, actor));
  throw new UsageError('list what? organisations, services or users');
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
