import type { NotificationData, NotificationName } from '../../contracts/protocol';
import type { SignallingClient } from '../../contracts/client/signalling-client';
import type { RunningConvene } from '../app';
import { people } from './people';

/** Resolves with the next notification of that name that passes `test`: what a browser would next be told. */
export function next<N extends NotificationName>(
  client: SignallingClient,
  name: N,
  test: (d: NotificationData<N>) => boolean = () => true,
): Promise<NotificationData<N>> {
  return new Promise((resolve) => {
    const off = client.on(name, (data) => {
      if (!test(data)) return;
      off();
      resolve(data);
    });
  });
}

/** A hub nurse and a patient in a call together, both in its media room: where the call tests start. */
export async function nurseAndPatientInCall(app: RunningConvene) {
  const nurse = await people(app).staff('demo.nurse');
  const patient = await nurse.patient('Margaret Hill');
  const staff = await nurse.socket();
  const { roomId } = await staff.request('consultation.admit', { consultationId: patient.consultationId });
  await staff.request('room.join', { roomId });
  await patient.client.request('room.join', { roomId });
  return { nurse, patient, staff, roomId, consultationId: patient.consultationId };
}
