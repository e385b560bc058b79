import { authorise, requireStaff } from './access';
import type { ConsultationContext } from './context';
import { recordedChat, recordedFiles, seating } from './record-people';
import { auditOnly } from './timeline';
import type { Actor, ConsultationRecord } from './types';

/** Everything known about one consultation, read without checks: callers have authorised. */
export async function loadRecord(db: ConsultationContext['db'], id: string): Promise<ConsultationRecord> {
  const c = await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const service = await db
    .selectFrom('services')
    .select(['id', 'name', 'kind'])
    .where('id', '=', c.service_id)
    .executeTakeFirstOrThrow();
  const patient = c.patient_id
    ? await db.selectFrom('patients').selectAll().where('id', '=', c.patient_id).executeTakeFirstOrThrow()
    : null;
  const seats = await seating(db, id);
  const events = await db
    .selectFrom('consultation_events')
    .selectAll()
    .where('consultation_id', '=', id)
    .orderBy('id')
    .execute();
  const notesBy = c.notes_updated_by
    ? await db.selectFrom('users').select('display_name').where('id', '=', c.notes_updated_by).executeTakeFirst()
    : undefined;
  return {
    consultation: {
      id: c.id,
      status: c.status,
      reason: c.reason,
      priority: c.priority,
      createdAt: c.created_at,
      admittedAt: c.admitted_at,
      endedAt: c.ended_at,
      roomId: c.room_id,
      precheck: c.precheck,
    },
    service,
    patient: patient && {
      id: patient.id,
      givenName: patient.given_name,
      familyName: patient.family_name,
      nhsNumber: patient.nhs_number,
      dateOfBirth: patient.date_of_birth,
    },
    participants: seats.participants,
    timeline: events.map((e) => ({
      kind: e.kind,
      at: e.at,
      actorName: e.actor_name,
      actorRole: e.actor_role,
      details: e.details,
    })),
    chat: await recordedChat(db, id, seats),
    files: await recordedFiles(db, id, seats),
    notes:
      c.notes === null
        ? null
        : {
            text: c.notes,
            updatedAt: c.notes_updated_at,
            updatedBy: notesBy?.display_name ?? null,
            updatedByUserId: c.notes_updated_by,
          },
  };
}

/** The record for staff who may read the consultation; each reading (and each export) is audited. */
export async function readRecord(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  purpose: 'read' | 'export.pdf' | 'export.fhir',
): Promise<ConsultationRecord> {
  await requireStaff(ctx, actor, 'consultation.read', id);
  const { resource } = await authorise(ctx, actor, 'consultation.read', id);
  const action = purpose === 'read' ? 'consultation.record.read' : `consultation.${purpose}`;
  await auditOnly(ctx.db, ctx, actor, action, { type: 'consultation', id: resource.id });
  return loadRecord(ctx.db, resource.id);
}
