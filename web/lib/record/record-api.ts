/** The consultation record as the server sends it (dates as ISO strings). */
export interface RecordView {
  consultation: {
    id: string;
    status: string;
    reason: string | null;
    createdAt: string;
    admittedAt: string | null;
    endedAt: string | null;
    precheck: { passed: boolean; summary: string } | null;
  };
  service: { id: string; name: string; kind: string };
  patient: { givenName: string; familyName: string; nhsNumber: string | null; dateOfBirth: string } | null;
  participants: {
    participantId: string;
    name: string;
    role: string;
    kind: 'staff' | 'guest';
    joinedAt: string;
    leftAt: string | null;
  }[];
  timeline: {
    kind: string;
    at: string;
    actorName: string | null;
    actorRole: string | null;
    details: Record<string, unknown>;
  }[];
  chat: { messageId: string; from: string; body: string; sentAt: string }[];
  files: { fileId: string; filename: string; contentType: string; sizeBytes: number; from: string; sharedAt: string }[];
  notes: { text: string; updatedAt: string | null; updatedBy: string | null } | null;
}

export const EVENT_LABELS: Record<string, string> = {
  arrived: 'Arrived in the waiting area',
  admitted: 'Admitted',
  held: 'Put on hold',
  transferred: 'Transferred',
  ended: 'Ended',
  message_to_waiting: 'Message to the waiting caller',
  participant_added: 'Participant added',
  participant_left: 'Participant left',
  file_shared: 'File shared',
  notes_updated: 'Notes updated',
  priority_changed: 'Priority changed',
};

export async function fetchRecord(id: string): Promise<RecordView> {
  const res = await fetch(`/api/consultations/${encodeURIComponent(id)}/record`, { cache: 'no-store' });
  if (res.status === 401) {
    window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
    throw new Error('not signed in');
  }
  const body = (await res.json()) as RecordView & { error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

export async function saveNotes(id: string, text: string): Promise<void> {
  const res = await fetch(`/api/consultations/${encodeURIComponent(id)}/notes`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new Error(body.error?.message ?? `the notes were not saved (HTTP ${res.status})`);
  }
}
