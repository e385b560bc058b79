'use client';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../admin/form-errors';
import { dateParts, realDate, type DateParts } from './date-entry';
import { M, mdtCall, type MdtTeamSettings, type MeetingSummary } from './mdt-api';
import { dateWords, nextInSeries } from './meeting-dates';
import { meetingFromForm, scheduleIds, scheduleProblem, type ScheduleValues } from './schedule-form';

/** The title a meeting gets unless the coordinator writes another: the MDT's name and the date. */
const titleFor = (name: string, parts: DateParts) => {
  const date = realDate(parts);
  return date ? `${name} – ${dateWords(date)}` : name;
};

/** A fresh form: the MDT's next weekly slot when it has met before, its usual chair, nobody asked yet. */
function blank(mdt: MdtTeamSettings, meetings: readonly MeetingSummary[]): ScheduleValues {
  const slot = nextInSeries(meetings, new Date());
  const parts = dateParts(slot?.date);
  return {
    ...parts,
    title: titleFor(mdt.name, parts),
    start: slot?.start ?? '',
    end: slot?.end ?? '',
    chairId: mdt.usualChair?.id ?? '',
    inviteeIds: [],
  };
}

/**
 * The schedule form's state: what is typed, the title kept in step with the date until the
 * coordinator writes their own, the problems to show, and sending it (then a fresh form).
 */
export function useScheduleForm(
  mdt: MdtTeamSettings,
  meetings: readonly MeetingSummary[],
  prefix: string,
  onScheduled: (meeting: MeetingSummary) => Promise<void>,
) {
  const ids = scheduleIds(prefix);
  const [values, setValues] = useState(() => blank(mdt, meetings));
  const [titleEdited, setTitleEdited] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (change: Partial<ScheduleValues>) => setValues((old) => ({ ...old, ...change }));
  const setTitle = (title: string) => {
    setTitleEdited(true);
    set({ title });
  };
  const setDate = (parts: DateParts) => set(titleEdited ? parts : { ...parts, title: titleFor(mdt.name, parts) });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = meetingFromForm(values, { serviceId: mdt.serviceId, now: new Date(), ids });
    if ('errors' in read) return setErrors(read.errors);
    try {
      const made = await mdtCall(M.schedule, { body: read.body });
      setErrors([]);
      setValues(blank(mdt, [...meetings, made]));
      setTitleEdited(false);
      await onScheduled(made);
    } catch (err) {
      setErrors(scheduleProblem(err, ids));
    }
  };
  return { ids, values, errors, set, setTitle, setDate, submit };
}
