import type { Kysely } from 'kysely';
import { appendAudit } from '../../../audit/audit-log';
import { identityFromClaims } from '../../../access/authorize';
import type { Database } from '../../../db/schema';
import { redeemInvite } from '../../../identity/invites';
import { demoWorld, type World } from '../../consultations/test-support/world';
import type { Actor } from '../../kernel/context';
import type { InviteContext } from '../invites';

/** The demo deployment with an invite context on the same clock, and guests made from a link's token. */
export interface InviteWorld extends World {
  ctx: InviteContext;
  /** Redeems a token as the guest's browser does, and reads back the identity `may` sees. */
  guestByToken(token: string, name: string): Promise<Actor>;
  /** A patient of the service's organisation, for a search to find or not. */
  patientOf(serviceId: string, givenName: string, familyName: string, nhsNumber?: string): Promise<string>;
}

export async function inviteWorld(source: { readonly db: Kysely<Database> }, now: () => Date): Promise<InviteWorld> {
  const w = await demoWorld(source, now);
  const ctx: InviteContext = {
    get db() {
      return source.db;
    },
    tokens: w.tokens,
    now,
    audit: appendAudit,
  };
  return {
    ...w,
    ctx,
    async guestByToken(token, name) {
      const access = await redeemInvite(ctx, token, name, { ip: '198.51.100.9' });
      const claims = w.tokens.verifyAccess(access.accessToken);
      return { identity: identityFromClaims(claims), name: claims.name, ip: '198.51.100.9' };
    },
    async patientOf(serviceId, givenName, familyName, nhsNumber) {
      const { organisation_id } = await source.db
        .selectFrom('services')
        .select('organisation_id')
        .where('id', '=', serviceId)
        .executeTakeFirstOrThrow();
      const row = await source.db
        .insertInto('patients')
        .values({
          given_name: givenName,
          family_name: familyName,
          date_of_birth: '1950-05-05',
          nhs_number: nhsNumber ?? null,
          organisation_id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}
