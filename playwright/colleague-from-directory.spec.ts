import { expect, test } from './support/fixtures';
import { guestArrives, inviteLink, queueEntry, remoteVideos, serviceId, staffDashboard } from './support/consultation';
import { framesDecoded } from './support/probes';

test('a nurse asks a colleague from the directory into the call: she is told on her dashboard and joins it', async ({
  convene,
  peers,
}) => {
  const [bNurse, bDoctor, bGuest] = await Promise.all([peers.launch(), peers.launch(), peers.launch()]);
  const [nurse, doctor] = await Promise.all([
    staffDashboard(bNurse, convene, 'demo.nurse'),
    staffDashboard(bDoctor, convene, 'demo.clinician'),
  ]);
  const hub = await serviceId(nurse, '24/7 Care Home Support Hub');
  const { link } = await inviteLink(nurse, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  await guestArrives(bGuest, link, 'Edith Brown');
  await queueEntry(nurse, hub, 'Edith Brown').getByRole('button', { name: 'See Edith Brown' }).click();
  const active = nurse.getByTestId('active-consultation');
  await expect(active).toBeVisible({ timeout: 20_000 });
  const consultationId = (await active.getAttribute('data-consultation-id'))!;

  const inCall = nurse.getByRole('region', { name: 'Consultation' });
  await expect(inCall.getByTestId('colleagues')).toContainText('Dr Asha Patel');
  await inCall.getByRole('button', { name: 'Ask Dr Asha Patel to join' }).click();

  const asked = doctor.getByTestId('colleague-asked');
  await expect(asked).toContainText('Tom Reid asks you to join a call');
  await expect(asked).toContainText('In 24/7 Care Home Support Hub.');
  await asked.getByRole('button', { name: 'Join the call' }).click();
  await expect(doctor.getByTestId('active-consultation')).toHaveAttribute('data-consultation-id', consultationId, {
    timeout: 20_000,
  });
  for (const [who, page] of [
    ['doctor', doctor],
    ['nurse', nurse],
  ] as const) {
    await expect(remoteVideos(page), `${who} sees the two others`).toHaveCount(2, { timeout: 20_000 });
    for (let i = 0; i < 2; i++)
      await expect.poll(() => framesDecoded(remoteVideos(page).nth(i), 1000), { timeout: 20_000 }).toBeGreaterThan(2);
  }

  const record = await nurse.request.get(`/api/consultations/${consultationId}/record`);
  const body = (await record.json()) as { timeline: { kind: string; details: Record<string, unknown> }[] };
  expect(
    body.timeline.filter((e) => e.kind === 'participant_added').map((e) => [e.details.name, e.details.via]),
  ).toEqual([['Dr Asha Patel', 'directory']]);
});
