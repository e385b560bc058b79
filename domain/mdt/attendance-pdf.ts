import { MDT_CORE_ROLES, type MdtCoreRole } from '../../contracts/mdt';
import type { CaseAttendance, Quorum } from './case-attendance';
import type { MeetingAttendance } from './meeting-attendance';
import { field, london, printable } from './outcome-pdf-kit';

/** The core roles as the MDT documents print them ("Chair, Radiologist"), or that the person holds none. */
export const roleWords = (roles: readonly MdtCoreRole[]): string =>
  roles.length ? roles.map((r) => MDT_CORE_ROLES[r] ?? r).join(', ') : 'no core role';

/** A time of the meeting: the clock time on the meeting's day, the full date and time on any other. */
function clock(at: Date, day: Date): string {
  const date = (d: Date) => d.toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
  if (date(at) !== date(day)) return london(at);
  return at.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
}

/** "10:02–10:40", or with what an end not yet recorded means ("10:02–still in the call"). */
const stretch = (from: Date, to: Date | null, day: Date, open: string) =>
  `${clock(from, day)}–${to ? clock(to, day) : open}`;

/** "Quorate", or the roles that were not there for the whole discussion. */
export const quorumWords = (q: Quorum): string =>
  q.met ? 'Quorate' : `Not quorate: ${roleWords(q.missing)} not present for the whole discussion`;

/** The summary's attendance section: each person, their core roles and every stay in the call. */
export function attendanceSection(doc: PDFKit.PDFDocument, a: MeetingAttendance, day: Date): void {
  field(doc, 'Core roles for quorum', a.coreRoles.length ? roleWords(a.coreRoles) : 'none set');
  if (!a.people.length) {
    doc.text('Nobody joined the meeting’s call in Convene, so this summary cannot say who attended.');
    return;
  }
  doc.text('Recorded from the meeting’s call itself (joining and leaving), not typed in.');
  for (const p of a.people) {
    const stays = p.stays.map((s) => stretch(s.joinedAt, s.leftAt, day, 'no leaving recorded')).join('; ');
    doc.text(printable(`• ${p.name} (${roleWords(p.roles)}): ${stays}`));
  }
  const discussed = a.cases.filter((c) => c.quorum);
  const quorate = discussed.filter((c) => c.quorum!.met).length;
  field(doc, 'Quorate cases', `${quorate} of ${discussed.length} discussed in the call`);
}

/** Under a case: when it was discussed, who was there for it and when, and whether it was quorate. */
export function caseAttendanceLines(doc: PDFKit.PDFDocument, c: CaseAttendance | undefined, day: Date): void {
  if (!c?.quorum) {
    field(doc, 'Quorum', 'not discussed in the meeting’s call');
    return;
  }
  field(doc, 'Discussed', c.discussed.map((d) => stretch(d.from, d.to, day, 'still on screen')).join('; '));
  const byPerson = new Map<string, string[]>();
  for (const p of c.present) {
    const who = `${p.name} (${roleWords(p.roles)})`;
    byPerson.set(who, [...(byPerson.get(who) ?? []), stretch(p.from, p.to, day, 'still in the call')]);
  }
  field(doc, 'Present', [...byPerson].map(([who, times]) => `${who} ${times.join(', ')}`).join('; '));
  field(doc, 'Quorum', quorumWords(c.quorum));
}
