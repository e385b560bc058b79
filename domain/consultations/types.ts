import type { ConsultationEventKind, ConsultationStatus, JsonObject, Precheck, ServiceKind } from '../../db/schema';

export type { Actor } from '../kernel/context';
export type { DirectoryEntry } from '../directory/directory';

export interface ArrivalRequest {
  displayName: string;
  precheck: Precheck;
  reason?: string | undefined;
}

export interface Arrival {
  consultationId: string;
  status: ConsultationStatus;
  /** The call's room when the guest went straight in; null while they wait. */
  roomId: string | null;
}

/** One person waiting, as a clinician's queue shows them (the protocol's QueueEntry). */
export interface QueueEntry {
  consultationId: string;
  displayName: string;
  guestKind: string;
  reason: string | null;
  priority: number;
  status: ConsultationStatus;
  /** ISO instant since when they have been waiting (again, after a hold or transfer). */
  waitingSince: string;
  precheck: Precheck | null;
}

/** A call under way (or held after its clinician left), as the service's staff see it (the protocol's CallInProgress). */
export interface CallInProgress {
  consultationId: string;
  displayName: string;
  status: 'in_progress' | 'on_hold';
  since: string;
  people: string[];
  youAreIn: boolean;
}

/** What the domain tells the layers above, after the change it describes has been committed. */
export type ConsultationEventMap = {
  queueChanged: [{ serviceId: string }];
  /** For the guest: where they are now; `roomId` is set when they are in the call. */
  statusChanged: [
    { consultationId: string; status: ConsultationStatus; roomId: string | null; message: string | null },
  ];
  /** Someone left a call: who may still be in its room is decided again. */
  participantLeft: [{ consultationId: string }];
  waitingMessage: [{ consultationId: string; text: string; sentAt: string }];
  chatMessage: [{ consultationId: string; messageId: string; from: string; body: string; sentAt: string }];
  /** To a colleague brought in from the directory: who asks them to join which call. */
  colleagueAsked: [{ consultationId: string; userId: string; from: string; serviceName: string }];
  fileShared: [
    {
      consultationId: string;
      fileId: string;
      filename: string;
      contentType: string;
      sizeBytes: number;
      from: string;
    },
  ];
};
export type ConsultationEventName = keyof ConsultationEventMap;

export interface ChatMessage {
  messageId: string;
  from: string;
  fromRole: string;
  body: string;
  sentAt: Date;
}

export interface SharedFile {
  fileId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  from: string;
  sharedAt: Date;
}

export interface ParticipantRecord {
  participantId: string;
  name: string;
  /** The staff role, or the guest's relation to the patient (patient, interpreter, …). */
  role: string;
  kind: 'staff' | 'guest';
  joinedAt: Date;
  leftAt: Date | null;
  /** The Convene user in a staff seat (null for a guest): how an export identifies them. */
  userId: string | null;
  /**
   * One person across their seats (leaving and rejoining opens a new seat): the user id for staff,
   * a guest's first seat id. Exports point at people, not seats, and must not show guests' invite ids.
   */
  personId: string;
}

/** A chat message in the record, with the personId of who wrote it, so an export can point at them. */
export interface RecordedMessage extends ChatMessage {
  /** Null only if their seat cannot be found; the export then names them without pointing. */
  personId: string | null;
}

/** A shared file in the record, with the personId of who shared it, so an export can point at them. */
export interface RecordedFile extends SharedFile {
  /** Null only if their seat cannot be found; the export then names them without pointing. */
  personId: string | null;
}

export interface TimelineEntry {
  kind: ConsultationEventKind;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  details: JsonObject;
}

export interface ConsultationRecord {
  consultation: {
    id: string;
    status: ConsultationStatus;
    reason: string | null;
    priority: number;
    createdAt: Date;
    admittedAt: Date | null;
    endedAt: Date | null;
    roomId: string | null;
    precheck: Precheck | null;
  };
  service: { id: string; name: string; kind: ServiceKind };
  patient: {
    id: string;
    givenName: string;
    familyName: string;
    nhsNumber: string | null;
    dateOfBirth: string;
  } | null;
  participants: ParticipantRecord[];
  timeline: TimelineEntry[];
  chat: RecordedMessage[];
  files: RecordedFile[];
  /** `updatedByUserId`: the author as a user, so an export can identify them (and they are a personId too). */
  notes: { text: string; updatedAt: Date | null; updatedBy: string | null; updatedByUserId: string | null } | null;
}
