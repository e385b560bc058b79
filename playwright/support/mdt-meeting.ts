import { MdtRoutes } from '../../contracts/http/mdt';
import type { MdtCoreRole } from '../../contracts/mdt';
import { pathOf, type HttpRoute } from '../../contracts/http/route';
import { createStaffUser } from '../../identity/staff-users';
import type { RunningConvene } from '../../server/app';
import { demoLogin } from './consultation';
import { expect } from './fixtures';

const PASSWORD = 'a-long-mdt-live-password-0123';

/** A meeting of the demo lung MDT made for one spec, with who is at it and how they sign in. */
export interface LiveMeetingSetUp {
  meetingId: string;
  caseIds: string[];
  /** A member besides the coordinator and the chair: a radiologist on the team. */
  member: Specialist;
  /** A second member: a clinical oncologist, for a panel of four. */
  oncologist: Specialist;
}

/** A member of the MDT made for a spec, and how they sign in. */
export interface Specialist {
  id: string;
  username: string;
  password: string;
  name: string;
}

/** Calls a JSON route as one person, signed in over the API; any answer but a success fails the test. */
export type ApiCall = <T>(route: HttpRoute, id: string | undefined, body: unknown, field?: string) => Promise<T>;

/** Signs `login` in over the API, for specs that set things up the way another system would. */
export async function apiAs(convene: RunningConvene, login: { username: string; password: string }): Promise<ApiCall> {
  const res = await fetch(`${convene.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  const { accessToken } = (await res.json()) as { accessToken: string };
  return async <T>(route: HttpRoute, id: string | undefined, body: unknown, field?: string): Promise<T> => {
    const answer = await fetch(`${convene.url}${pathOf(route, { id, field } as never)}`, {
      method: route.method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: route.method === 'GET' ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    expect(answer.ok, text).toBe(true);
    return JSON.parse(text) as T;
  };
}

/**
 * A fresh meeting of the demo lung MDT (its own, so no other spec's outcomes or moves are on it),
 * scheduled by the demo coordinator through the HTTP API with the demo clinician as chair and the
 * demo patients as its three cases, and a radiologist and an oncologist added to the team for the spec.
 */
export async function liveMeetingSetUp(
  convene: RunningConvene,
  tag: string,
  /** How soon the meeting starts: an hour unless told. */
  startsInMs = 3_600_000,
): Promise<LiveMeetingSetUp> {
  const db = convene.db;
  const mdt = await db
    .selectFrom('services')
    .select(['id', 'organisation_id'])
    .where('kind', '=', 'mdt')
    .where('name', '=', 'Lung Cancer MDT')
    .executeTakeFirstOrThrow();
  const chair = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'demo.clinician')
    .executeTakeFirstOrThrow();
  const specialist = async (role: MdtCoreRole, name: string): Promise<Specialist> => {
    const login = { username: `${tag}.${role}`, password: PASSWORD, name: `${name} ${tag}` };
    const user = await createStaffUser(
      db,
      {
        organisationId: mdt.organisation_id,
        username: login.username,
        displayName: login.name,
        role: 'clinician',
        password: PASSWORD,
        serviceIds: [mdt.id],
      },
      { id: 'playwright', role: 'system' },
    );
    await db.insertInto('mdt_member_roles').values({ service_id: mdt.id, user_id: user.id, core_role: role }).execute();
    return { id: user.id, ...login };
  };
  const member = await specialist('radiologist', 'Dr Rhea Radley');
  const oncologist = await specialist('clinical_oncologist', 'Dr Omar Okoye');

  const call = await apiAs(convene, demoLogin(convene, 'demo.coordinator'));
  const startsAt = new Date(Date.now() + startsInMs);
  const meeting = await call<{ id: string }>(MdtRoutes.schedule, undefined, {
    serviceId: mdt.id,
    title: `Lung MDT ${tag}`,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
    chairUserId: chair.id,
  });
  const patients = await db
    .selectFrom('mdt_cases')
    .select('patient_id')
    .distinct()
    .orderBy('patient_id')
    .limit(3)
    .execute();
  const caseIds: string[] = [];
  for (const [i, p] of patients.entries()) {
    const added = await call<{ id: string }>(MdtRoutes.addCase, meeting.id, {
      patient: { id: p.patient_id },
      question: `Question ${i + 1} for ${tag}: staging and next steps?`,
      referrer: { name: 'Dr Helen Ward', organisation: 'Northfield Teaching Hospitals (demo)' },
      summary: { diagnosis: `Diagnosis ${i + 1} for ${tag}`, tnm: 'cT1c N0 M0', investigations: ['CT chest'] },
    });
    caseIds.push(added.id);
  }
  return { meetingId: meeting.id, caseIds, member, oncologist };
}
