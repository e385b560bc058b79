import { ConsultationRoutes } from '../../../contracts/http/consultations';
import type { Answer } from '../../../contracts/http/route';
import { apiFetch } from '../http/api-fetch';

/** The consultation record as the server sends it (dates as ISO strings). */
export type RecordView = Answer<typeof ConsultationRoutes.record>;

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

/** The record for the record page; someone signed out is sent to sign in and brought back. */
export async function fetchRecord(id: string): Promise<RecordView> {
  return apiFetch(ConsultationRoutes.record, { params: { id }, signInOn401: true });
}

/** Saves the consultation's notes; the error's message says why they were not saved. */
export async function saveNotes(id: string, text: string): Promise<void> {
  const otherwise = (status: number) => `the notes were not saved (HTTP ${status})`;
  await apiFetch(ConsultationRoutes.notes, { params: { id }, body: { text }, otherwise });
}
