import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { createStaffUser } from '../../../identity/staff-users';
import type { Actor } from '../../kernel/context';
import { MdtLive } from '../live/mdt-live';
import type { LiveState } from '../live/live-state';
import { configureMdt } from '../mdt-settings';
import { editOutcomeField } from '../outcome-edit';
import { outcomeWorld, type OutcomeWorld } from './outcome-world';

const MINUTE = 60_000;

/**
 * A meeting played through the real live domain on a clock the test moves, minute by minute from
 * the meeting's start (core roles: chair, radiologist, clinical nurse specialist):
 *   -5  the coordinator puts case 5 on screen before anyone is in the call
 *    0  the chair, the coordinator and the nurse (CNS) join; case 1 on screen
 *    2  the radiologist joins, mid-case
 *   10  case 2; at 12 the radiologist drops and is back at 12.5; the nurse leaves at 14, back at 16
 *   20  case 3, which the chair signs off at 28; the nurse leaves at 29, after the sign-off
 *   35  everyone else leaves. Case 4 is never on screen.
 * `liveAt` is what followers were told after each minute's last change.
 */
export async function playedMeeting(source: { readonly db: Kysely<Database> }, tag: string) {
  const w: OutcomeWorld = await outcomeWorld(source, tag);
  const db = source.db;
  const { starts_at } = await db
    .selectFrom('mdt_meetings')
    .select('starts_at')
    .where('id', '=', w.meetingId)
    .executeTakeFirstOrThrow();
  const start = Math.floor(starts_at.getTime() / MINUTE) * MINUTE;
  const at = (minute: number) => new Date(start + minute * MINUTE);
  let clock = at(-10);
  const live = new MdtLive({ db, now: () => clock });
  const liveAt = new Map<number, LiveState>();
  let minute = -10;
  live.on('live', (state) => liveAt.set(minute, state));
  const [radiologist, cns] = [w.panellist, w.nurse];
  await configureMdt(w.ctx, w.coordinator, w.serviceId, {
    mdtType: 'lung',
    coreRoles: ['chair', 'radiologist', 'clinical_nurse_specialist'],
    usualChairUserId: w.chair.identity.id,
    memberRoles: [
      { userId: w.chair.identity.id, coreRole: 'respiratory_physician' },
      { userId: radiologist.identity.id, coreRole: 'radiologist' },
      { userId: cns.identity.id, coreRole: 'clinical_nurse_specialist' },
    ],
  });
  const cases = [w.caseId];
  for (const n of [2, 3, 4, 5]) cases.push(await w.newCase(`Case ${n} for ${tag}`));
  const join = (...who: Actor[]) => Promise.all(who.map((a) => live.joined(a.identity, w.meetingId)));
  const leave = (...who: Actor[]) => Promise.all(who.map((a) => live.left(a.identity, w.meetingId)));
  const show = (n: number) => live.goToCase(w.coordinator, w.meetingId, cases[n - 1]!);

  /** Moves the clock to `m` and does what happens then, in order. */
  const step = async (m: number, ...acts: (() => Promise<unknown>)[]) => {
    minute = m;
    clock = at(m);
    for (const act of acts) await act();
  };
  await step(-5, () => show(5));
  await step(
    0,
    () => join(w.chair, w.coordinator, cns),
    () => show(1),
  );
  await step(2, () => join(radiologist));
  await step(10, () => show(2));
  await step(12, () => leave(radiologist));
  await step(12.5, () => join(radiologist));
  await step(14, () => leave(cns));
  await step(16, () => join(cns));
  await step(20, () => show(3));
  for (const [field, value] of [
    ['discussionStatus', 'discussed'],
    ['mdtType', 'lung'],
    ['carePlanIntent', 'C'],
    ['recommendation', 'Surveillance CT in three months'],
  ] as const)
    await editOutcomeField(w.ctx, w.coordinator, { caseId: cases[2]!, field, value, baseVersion: 0 });
  await step(28, () => live.signOff(w.chair, cases[2]!));
  await step(29, () => leave(cns));
  await step(35, () => leave(w.chair, w.coordinator, radiologist));
  /** A clinician of the same trust who is not on this MDT's team, to be refused. */
  const offTeam = async (): Promise<Actor> => {
    const organisationId = w.chair.identity.organisationId!;
    const user = await createStaffUser(
      db,
      {
        organisationId,
        username: `offteam.${tag}`,
        displayName: 'Off Team',
        role: 'clinician',
        password: 'a-long-test-password-1',
        serviceIds: [],
      },
      { id: 'test', role: 'system' },
    );
    return { identity: { id: user.id, role: 'clinician', organisationId, serviceIds: [] }, name: 'Off Team' };
  };
  return { ...w, cases, at, liveAt, radiologist, cns, offTeam };
}

/** What the attendance tests work with. */
export type PlayedMeeting = Awaited<ReturnType<typeof playedMeeting>>;
