import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { serviceIdsOf } from '../../../db/records/organisations';
import { demoWorld, type World } from '../../consultations/test-support/world';
import type { Actor } from '../../kernel/context';
import { mdtContext } from '../mdt-context';

/**
 * The demo deployment seen from its lung MDT: the seeded meeting and its three cases, a nurse put on
 * the team (a reader who may not change the list), and a clock the late-case tests can move.
 */
export async function mdtWorld(source: { readonly db: Kysely<Database> }) {
  const w: World = await demoWorld(source);
  const db = source.db;
  const meeting = await db
    .selectFrom('mdt_meetings')
    .selectAll()
    .where('service_id', '=', w.mdt)
    .executeTakeFirstOrThrow();
  const nurseUser = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'demo.nurse')
    .executeTakeFirstOrThrow();
  await db.insertInto('service_members').values({ service_id: w.mdt, user_id: nurseUser.id }).execute();
  const nurse: Actor = {
    ...w.nurse,
    identity: { ...w.nurse.identity, serviceIds: await serviceIdsOf(db, nurseUser.id) },
  };
  return {
    ...w,
    nurse,
    meeting,
    ctx: (now?: Date) => mdtContext(source.db, now ? () => now : undefined),
    /** The ids of the seeded meeting's cases, in list order. */
    caseIds: async (meetingId = meeting.id) =>
      (
        await db.selectFrom('mdt_cases').select('id').where('meeting_id', '=', meetingId).orderBy('position').execute()
      ).map((c) => c.id),
    /** The audit actions recorded on one resource, oldest first. */
    audited: async (resourceId: string) =>
      (
        await db
          .selectFrom('audit_events')
          .select('action')
          .where('resource_id', '=', resourceId)
          .orderBy('id')
          .execute()
      ).map((e) => e.action),
  };
}

/** What the MDT tests work with. */
export type MdtWorld = Awaited<ReturnType<typeof mdtWorld>>;
