import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, it } from 'node:test';
import { describeOnEachDatabase } from '../../db/test-support/databases';
import type { ConsultationDomain } from '../../signalling/consultation-session';
import { QueueEntry as QueueEntrySchema } from '../../contracts/protocol/methods/consultation';
import { Consultations } from './consultations';
import { DomainError, type DomainErrorCode } from '../kernel/domain-error';
import { demoWorld, recordEvents, type World } from './test-support/world';

const PRECHECK = { passed: true, summary: 'camera, microphone, speaker and connection OK' };

/** A clock that moves a minute per reading, so every step has its own time. */
function minuteClock(start = Date.parse('2026-11-23T09:00:00Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

async function refused(promise: Promise<unknown>, code: DomainErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof DomainError, `expected a DomainError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    if (message) assert.match(err.message, message);
    return true;
  });
}

describeOnEachDatabase('the consultation flow', (t) => {
  let w: World;
  let domain: Consultations;
  before(async () => {
    const clock = minuteClock();
    w = await demoWorld(t, clock);
    domain = new Consultations({ db: t.db, now: clock });
  });

  it('runs arrive → queue → admit → hold → admit → third party → transfer → end, with events, timeline and audit', async () => {
    // The signalling layer's view of the domain: the class must satisfy it as it is.
    const wired: ConsultationDomain = domain;
    const events = recordEvents(domain);
    const patient = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Link name');
    const arrival = await wired.arrive(patient, { displayName: 'Margaret Hill', precheck: PRECHECK, reason: 'A fall' });
    assert.equal(arrival.status, 'waiting');
    assert.equal(arrival.roomId, null);
    const id = arrival.consultationId;

    const again = await domain.arrive(patient, { displayName: 'Margaret Hill', precheck: PRECHECK });
    assert.equal(again.consultationId, id, 'a reload finds the same consultation');
    const queue = await domain.queue(w.nurse, w.hub);
    assert.equal(queue.filter((e) => e.consultationId === id).length, 1, 'and does not queue them twice');
    const entry = queue.find((e) => e.consultationId === id)!;
    assert.deepEqual(QueueEntrySchema.parse(entry), entry, 'a queue entry is what the protocol declares');
    assert.equal(entry.displayName, 'Margaret Hill');
    assert.equal(entry.guestKind, 'patient');
    assert.equal(entry.reason, 'A fall');
    assert.equal(entry.status, 'waiting');
    assert.deepEqual(entry.precheck, PRECHECK);
    const firstWait = Date.parse(entry.waitingSince);

    const room = await domain.admit(w.nurse, id);
    assert.equal(room, `consult-${id}`);
    assert.equal(await domain.roomAccess(patient.identity, id, 'room.publish'), null, 'admitted: the guest is in');
    assert.equal(await domain.roomAccess(w.nurse.identity, id, 'room.join'), null);
    assert.match(
      (await domain.roomAccess(w.clinician.identity, id, 'room.join')) ?? '',
      /not joined/,
      'a colleague of the same service who has not admitted or joined is not in the call',
    );
    assert.ok(!(await domain.queue(w.nurse, w.hub)).some((e) => e.consultationId === id), 'no longer waiting');

    await domain.hold(w.nurse, id, 'Back in a moment');
    const held = (await domain.queue(w.nurse, w.hub)).find((e) => e.consultationId === id);
    assert.equal(held?.status, 'on_hold', 'on hold: back in the queue');
    assert.ok(Date.parse(held.waitingSince) > firstWait, 'waiting again from the hold');
    assert.match((await domain.roomAccess(patient.identity, id, 'room.subscribe')) ?? '', /on hold/);
    assert.equal(await domain.roomAccess(w.nurse.identity, id, 'room.join'), null, 'staff stay in the room');

    assert.equal(await domain.admit(w.nurse, id), room);
    const interpreter = await w.guest({ kind: 'consultation', id }, 'interpreter', 'Interpreter');
    assert.match((await domain.roomAccess(interpreter.identity, id, 'room.join')) ?? '', /not joined/);
    const joined = await domain.arrive(interpreter, { displayName: 'Ana (Portuguese)', precheck: PRECHECK });
    assert.deepEqual(joined, { consultationId: id, status: 'in_progress', roomId: room }, 'straight into the call');
    assert.equal(await domain.roomAccess(interpreter.identity, id, 'room.publish'), null);

    await domain.transfer(w.nurse, id, w.clinic);
    assert.ok(!(await domain.queue(w.nurse, w.hub)).some((e) => e.consultationId === id), 'gone from the hub');
    const moved = (await domain.queue(w.coordinator, w.clinic)).find((e) => e.consultationId === id);
    assert.equal(moved?.status, 'waiting', 'waiting in the clinic');
    assert.match((await domain.roomAccess(patient.identity, id, 'room.join')) ?? '', /waiting/);
    assert.match((await domain.roomAccess(w.nurse.identity, id, 'room.join')) ?? '', /not a member/);
    await refused(domain.admit(w.nurse, id), 'forbidden', /not a member/);

    await domain.admit(w.clinician, id);
    await domain.end(w.clinician, id);
    assert.match((await domain.roomAccess(w.clinician.identity, id, 'room.join')) ?? '', /ended/);
    assert.equal((await domain.arrive(patient, { displayName: 'Margaret Hill', precheck: PRECHECK })).status, 'ended');

    const statuses = events.filter((e) => e.event === 'statusChanged').map((e) => e.payload);
    assert.deepEqual(
      statuses.map((s) => [s.status, s.roomId]),
      [
        ['in_progress', room],
        ['on_hold', null],
        ['in_progress', room],
        ['waiting', null],
        ['in_progress', room],
        ['ended', null],
      ],
    );
    assert.equal(statuses[1]!.message, 'Back in a moment');
    assert.match(String(statuses[3]!.message), /Respiratory Outpatient Clinic/);
    const queues = events.filter((e) => e.event === 'queueChanged').map((e) => e.payload.serviceId);
    assert.ok(queues.includes(w.hub) && queues.includes(w.clinic), 'both queues were told');
    assert.equal(queues.filter((s) => s === w.hub).length, 5, 'arrive, admit, hold, admit, transfer');

    const record = await domain.record(w.clinician, id);
    assert.deepEqual(
      record.timeline.map((e) => e.kind),
      ['arrived', 'admitted', 'held', 'admitted', 'participant_added', 'transferred', 'admitted', 'ended'],
    );
    const times = record.timeline.map((e) => e.at.getTime());
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'in order of time',
    );
    assert.equal(new Set(times).size, times.length, 'each step at its own time');
    assert.deepEqual(record.timeline[2]!.details, { message: 'Back in a moment' });
    assert.equal(record.timeline[5]!.actorName, 'Tom Reid');
    assert.deepEqual(
      record.participants.map((p) => [p.name, p.kind, p.leftAt !== null]),
      [
        ['Margaret Hill', 'guest', true],
        ['Tom Reid', 'staff', true],
        ['Ana (Portuguese)', 'guest', true],
        ['Dr Asha Patel', 'staff', true],
      ],
    );
    assert.equal(record.consultation.status, 'ended');
    assert.ok(record.consultation.endedAt && record.consultation.admittedAt);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('resource_type', '=', 'consultation')
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      [
        'consultation.arrived',
        'consultation.admitted',
        'consultation.held',
        'consultation.admitted',
        'consultation.participant_added',
        'consultation.transferred',
        'access.refused',
        'consultation.admitted',
        'consultation.ended',
        'consultation.record.read',
      ],
    );
    assert.equal(audit[0]!.actor_id, patient.identity.id);
  });

  it('refuses with typed errors, and the refusals of access are in the audit trail', async () => {
    const guest = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Guest');
    const { consultationId: id } = await domain.arrive(guest, { displayName: 'Guest One', precheck: PRECHECK });
    const other = await w.guest({ kind: 'service', id: w.hub }, 'relative', 'Other');
    const { consultationId: otherId } = await domain.arrive(other, { displayName: 'Guest Two', precheck: PRECHECK });

    await refused(domain.admit(guest, id), 'forbidden', /guest role may not consultation.admit/);
    await refused(domain.queue(guest, w.hub), 'forbidden');
    await refused(domain.chatHistory(guest, otherId), 'forbidden', /not for this consultation/);
    await refused(domain.record(guest, id), 'forbidden', /for staff/);
    await refused(domain.admit(w.coordinator, id), 'forbidden', /not a member/);
    await refused(domain.admit(w.careHome, id), 'forbidden');
    await refused(domain.setNotes(w.coordinator, id, 'x'), 'forbidden');
    await refused(domain.arrive(w.nurse, { displayName: 'Tom', precheck: PRECHECK }), 'forbidden', /invite link/);
    assert.equal(await domain.roomAccess(other.identity, id, 'room.join'), 'your link is not for this consultation');

    await refused(domain.postChat(guest, id, 'hello?'), 'conflict', /once you are in the call/);
    await refused(domain.hold(w.nurse, id), 'conflict', /waiting/);
    await refused(domain.transfer(w.nurse, id, w.mdt), 'bad_request');
    await refused(domain.transfer(w.nurse, id, w.hub), 'bad_request', /already/);
    await domain.admit(w.nurse, id);
    await refused(domain.admit(w.clinician, id), 'conflict', /in progress/);
    await refused(domain.sendWaitingMessage(w.nurse, id, 'wait'), 'conflict');
    await refused(domain.admit(w.nurse, randomUUID()), 'not_found');
    await refused(domain.admit(w.nurse, "1' or '1'='1"), 'not_found');
    await refused(domain.postChat(w.nurse, id, '   '), 'bad_request');

    const revoked = await w.guest({ kind: 'service', id: w.hub }, 'patient', 'Withdrawn');
    await w.revoke(revoked.jti);
    await refused(domain.arrive(revoked, { displayName: 'Withdrawn', precheck: PRECHECK }), 'forbidden', /withdrawn/);

    const refusals = await t.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'access.refused')
      .where('actor_id', 'in', [guest.identity.id, w.coordinator.identity.id, revoked.identity.id])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      refusals.map((r) => [r.actor_id, r.details.action]),
      [
        [guest.identity.id, 'consultation.admit'],
        [guest.identity.id, 'queue.view'],
        [guest.identity.id, 'consultation.read'],
        [guest.identity.id, 'consultation.read'],
        [w.coordinator.identity.id, 'consultation.admit'],
        [w.coordinator.identity.id, 'consultation.end'],
        [revoked.identity.id, 'waiting.enter'],
      ],
    );
  });

  it('orders the queue by priority, then by who has waited longest', async () => {
    const ids: string[] = [];
    for (const name of ['First', 'Second', 'Third']) {
      const g = await w.guest({ kind: 'service', id: w.clinic }, 'patient', name);
      ids.push(
        (await domain.arrive(g, { displayName: name, precheck: { passed: false, summary: 'no camera' } }))
          .consultationId,
      );
    }
    await domain.setPriority(w.coordinator, ids[2]!, 5);
    await refused(domain.setPriority(w.coordinator, ids[1]!, 1.5), 'bad_request');
    const order = (await domain.queue(w.coordinator, w.clinic)).filter((e) => ids.includes(e.consultationId));
    assert.deepEqual(
      order.map((e) => [e.displayName, e.priority]),
      [
        ['Third', 5],
        ['First', 0],
        ['Second', 0],
      ],
    );
    assert.deepEqual(order[1]!.precheck, { passed: false, summary: 'no camera' });
  });

  it('takes no new arrivals while the waiting area is closed, and says when it opens', async () => {
    const g = await w.guest({ kind: 'service', id: w.clinic }, 'patient', 'Evening Caller');
    // Monday 23 November 2026, 18:00 in London: the demo clinic is open 09:00 to 17:00 on weekdays.
    const evening = new Consultations({ db: t.db, now: () => new Date('2026-11-23T18:00:00Z') });
    await refused(
      evening.arrive(g, { displayName: 'Evening Caller', precheck: PRECHECK }),
      'closed',
      /^Respiratory Outpatient Clinic is closed\. It opens again on Tuesday 24 November at 09:00\.$/,
    );
    const queue = await domain.queue(w.coordinator, w.clinic);
    assert.equal(queue.filter((e) => e.displayName === 'Evening Caller').length, 0, 'nobody was queued');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('actor_id', '=', g.identity.id)
      .where('action', '=', 'waiting.refused')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.details),
      [{ reason: 'closed', opens_at: '2026-11-24T09:00:00.000Z' }],
    );
    // The same link works once the clinic opens.
    const morning = new Consultations({ db: t.db, now: () => new Date('2026-11-24T09:05:00Z') });
    assert.equal((await morning.arrive(g, { displayName: 'Evening Caller', precheck: PRECHECK })).status, 'waiting');
  });

  it('messages the waiting area, lists colleagues, and brings in a colleague only if they could join', async () => {
    const events = recordEvents(domain);
    const guest = await w.guest({ kind: 'service', id: w.hub }, 'carer', 'Carer');
    const { consultationId: id } = await domain.arrive(guest, { displayName: 'Beth (carer)', precheck: PRECHECK });
    await domain.sendWaitingMessage(w.nurse, id, 'The nurse is running 15 minutes late');
    const told = events.find((e) => e.event === 'waitingMessage')?.payload;
    assert.equal(told?.consultationId, id);
    assert.equal(told?.text, 'The nurse is running 15 minutes late');
    assert.ok(!Number.isNaN(Date.parse(String(told?.sentAt))));

    const colleagues = await domain.directory(w.nurse);
    assert.deepEqual(
      colleagues.map((c) => [c.name, c.role, c.presence, c.onCall, c.serviceIds]),
      [['Dr Asha Patel', 'clinician', 'offline', false, [w.hub]]],
      'hub colleagues, not the nurse herself, not the clinic coordinator',
    );
    await refused(domain.directory(guest), 'forbidden');

    await domain.admit(w.nurse, id);
    await domain.addStaffParticipant(w.nurse, id, w.clinician.identity.id);
    await refused(domain.addStaffParticipant(w.nurse, id, w.coordinator.identity.id), 'forbidden', /Grace Okafor/);
    await refused(domain.addStaffParticipant(w.nurse, id, randomUUID()), 'not_found');
    const record = await domain.record(w.nurse, id);
    assert.deepEqual(
      record.participants.map((p) => p.name),
      ['Beth (carer)', 'Tom Reid', 'Dr Asha Patel'],
    );
    assert.deepEqual(
      record.timeline.map((e) => e.kind),
      ['arrived', 'message_to_waiting', 'admitted', 'participant_added'],
    );
  });
});
