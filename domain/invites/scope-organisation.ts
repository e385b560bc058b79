import type { Kysely } from 'kysely';
import type { Database, InviteScope } from '../../db/schema';
import { DomainError } from '../kernel/domain-error';

/** The organisation whose patients a link may name: that of the service it leads to, directly or by its consultation. */
export async function organisationOfScope(
  db: Kysely<Database>,
  scope: { kind: InviteScope; id: string },
): Promise<string> {
  const row =
    scope.kind === 'service'
      ? await db.selectFrom('services').select('organisation_id').where('id', '=', scope.id).executeTakeFirst()
      : await db
          .selectFrom('consultations as c')
          .innerJoin('services as s', 's.id', 'c.service_id')
          .select('s.organisation_id')
          .where('c.id', '=', scope.id)
          .executeTakeFirst();
  if (!row) throw new DomainError('not_found', `there is no such ${scope.kind}`);
  return row.organisation_id;
}
