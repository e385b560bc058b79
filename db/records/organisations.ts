import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, Organisation, OrganisationKind, Service, ServiceKind } from '../schema';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'times are "HH:MM", 00:00 to 24:00');
const day = z.array(z.tuple([hhmm, hhmm]).refine(([a, b]) => a < b, 'a range must end after it starts'));

export const OpeningHoursSchema = z.union([
  z.object({ always: z.literal(true) }).strict(),
  z
    .object({
      timeZone: z.string().refine((tz) => {
        try {
          new Intl.DateTimeFormat('en-GB', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'an IANA time zone such as Europe/London'),
      weekly: z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }).partial().strict(),
    })
    .strict(),
]);

export async function createOrganisation(
  db: Kysely<Database>,
  org: { name: string; kind: OrganisationKind; odsCode?: string | null },
): Promise<Organisation> {
  return db
    .insertInto('organisations')
    .values({ name: org.name, kind: org.kind, ods_code: org.odsCode ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createService(
  db: Kysely<Database>,
  service: { organisationId: string; name: string; kind: ServiceKind; openingHours?: unknown },
): Promise<Service> {
  const hours = OpeningHoursSchema.parse(service.openingHours ?? { always: true });
  return db
    .insertInto('services')
    .values({
      organisation_id: service.organisationId,
      name: service.name,
      kind: service.kind,
      opening_hours: JSON.stringify(hours),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function addServiceMember(db: Kysely<Database>, serviceId: string, userId: string): Promise<void> {
  await db
    .insertInto('service_members')
    .values({ service_id: serviceId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function serviceIdsOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('service_members').select('service_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.service_id).sort();
}
