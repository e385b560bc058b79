import type { ConsultationContext } from './context';
import { fileList } from './files';
import { chatMessages } from './messages';
import type { ParticipantRecord, RecordedFile, RecordedMessage } from './types';

type Db = ConsultationContext['db'];

/** Who sat in which seat: each seat's person, and each signed-in identity's (user id or guest id) person. */
export interface Seating {
  participants: ParticipantRecord[];
  bySeat: Map<string, string>;
  byIdentity: Map<string, string>;
}

/**
 * The consultation's seats in joining order, each with its person: a staff member is their user
 * id; a guest (one invite identity) is their first seat, so a rejoin stays the same person.
 */
export async function seating(db: Db, consultationId: string): Promise<Seating> {
  const rows = await db
    .selectFrom('consultation_participants')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
  const bySeat = new Map<string, string>();
  const byIdentity = new Map<string, string>();
  const participants = rows.map((p): ParticipantRecord => {
    const identity = p.user_id ?? p.guest_id ?? p.id;
    const personId = byIdentity.get(identity) ?? p.user_id ?? p.id;
    byIdentity.set(identity, personId);
    bySeat.set(p.id, personId);
    return {
      participantId: p.id,
      name: p.display_name,
      role: p.role,
      kind: p.user_id ? 'staff' : 'guest',
      joinedAt: p.joined_at,
      leftAt: p.left_at,
      userId: p.user_id,
      personId,
    };
  });
  return { participants, bySeat, byIdentity };
}

/** The chat, each message with who wrote it (every message is written from a seat). */
export async function recordedChat(db: Db, consultationId: string, seats: Seating): Promise<RecordedMessage[]> {
  const rows = await db
    .selectFrom('chat_messages')
    .select(['id', 'participant_id'])
    .where('consultation_id', '=', consultationId)
    .execute();
  const seatOf = new Map(rows.map((r) => [r.id, r.participant_id]));
  return (await chatMessages(db, consultationId)).map((m) => ({
    ...m,
    personId: seats.bySeat.get(seatOf.get(m.messageId) ?? '') ?? null,
  }));
}

/** The files shared, each with who shared it (the uploader's identity, matched to their seat). */
export async function recordedFiles(db: Db, consultationId: string, seats: Seating): Promise<RecordedFile[]> {
  const rows = await db
    .selectFrom('files')
    .select(['id', 'uploaded_by'])
    .where('consultation_id', '=', consultationId)
    .execute();
  const uploader = new Map(rows.map((r) => [r.id, r.uploaded_by]));
  return (await fileList(db, consultationId)).map((f) => ({
    ...f,
    personId: seats.byIdentity.get(uploader.get(f.fileId) ?? '') ?? null,
  }));
}
