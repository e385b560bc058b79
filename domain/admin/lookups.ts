import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';

/** The organisation a service belongs to, for judging who may manage it; not_found for an unknown id. */
export async function serviceOrganisation(db: Kysely<Database>, serviceId: string): Promise<string> {
  const row = await db
    .selectFrom('services')
    .select('organisation_id')
    .where('id', '=', requireId(serviceId, 'service'))
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'there is no such service');
  return row.organisation_id;
}

/** The organisation an account belongs to, for judging who may manage it; not_found for an unknown id. */
export async function userOrganisation(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('organisation_id')
    .where('id', '=', requireId(userId, 'user'))
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'there is no such user');
  return row.organisation_id;
}
