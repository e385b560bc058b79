import { formatRoomId } from '../contracts/protocol/rooms';
import { expect, test } from './support/fixtures';
import { guestArrives, inviteLink, queueEntry, remoteVideos, serviceId, staffDashboard } from './support/consultation';
import { PATTERN_A, PATTERN_B, quadrantY4m, toneWav } from './support/media-files';
import { colourError, framesDecoded, quadrantColours } from './support/probes';

test('a guest waits, is seen, held, re-admitted, joined by an interpreter, transferred and finished; the record has every step', async ({
  convene,
  peers,
}) => {
  test.setTimeout(240_000);
  const [bClin, bGuest, bInterp] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A), audio: toneWav(440) }),
    peers.launch({ video: quadrantY4m(PATTERN_B), audio: toneWav(880) }),
    peers.launch(),
  ]);
  const clinician = await staffDashboard(bClin, convene, 'demo.clinician');
  const hub = await serviceId(clinician, '24/7 Care Home Support Hub');
  const clinic = await serviceId(clinician, 'Respiratory Outpatient Clinic');
  const { link } = await inviteLink(clinician, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });

  const guest = await guestArrives(bGuest, link, 'Margaret Hill');
  await expect(guest.getByTestId('waiting-area')).toBeVisible();
  // The clinician sees her arrive without reloading, with her check result and wait.
  const entry = queueEntry(clinician, hub, 'Margaret Hill');
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Passed');
  await expect(entry).toContainText('under a minute');

  await test.step('a message reaches her while she waits', async () => {
    await entry.getByLabel('Message to Margaret Hill').fill('The clinician is running 5 minutes late');
    await entry.getByRole('button', { name: 'Send to Margaret Hill' }).click();
    await expect(guest.getByTestId('waiting-message')).toContainText('running 5 minutes late');
  });

  let consultationId = '';
  await test.step('admitted: both decode each other', async () => {
    await entry.getByRole('button', { name: 'See Margaret Hill' }).click();
    await expect(clinician.getByTestId('active-consultation')).toBeVisible();
    consultationId = (await clinician.getByTestId('active-consultation').getAttribute('data-consultation-id'))!;
    await expect
      .poll(() => framesDecoded(remoteVideos(clinician).first(), 1000), { timeout: 20_000 })
      .toBeGreaterThan(3);
    await expect.poll(() => framesDecoded(remoteVideos(guest).first(), 1000), { timeout: 20_000 }).toBeGreaterThan(3);
    await expect
      .poll(async () => colourError(await quadrantColours(remoteVideos(clinician).first()), PATTERN_B))
      .toBeLessThanOrEqual(40);
    await expect
      .poll(async () => colourError(await quadrantColours(remoteVideos(guest).first()), PATTERN_A))
      .toBeLessThanOrEqual(40);
    await expect(queueEntry(clinician, hub, 'Margaret Hill')).toHaveCount(0);
  });

  await test.step('held: she is back in the waiting area and her media stops', async () => {
    await clinician.getByLabel('Message when putting on hold (optional)').fill('Checking your results, back shortly');
    await clinician.getByRole('button', { name: 'Put on hold' }).click();
    await expect(guest.getByTestId('held-notice')).toContainText('Checking your results');
    await expect(guest.getByTestId('call')).toHaveCount(0);
    // This consultation's room: an earlier spec's may still hold someone whose browser closed (kept to resume).
    const room = convene.rooms.get(formatRoomId({ kind: 'consultation', id: consultationId }));
    await expect.poll(() => room?.peers.size ?? 0).toBe(0);
    await expect(queueEntry(clinician, hub, 'Margaret Hill')).toContainText('on hold');
  });

  await test.step('re-admitted, then an interpreter joins by a fresh link: three-way video', async () => {
    await queueEntry(clinician, hub, 'Margaret Hill').getByRole('button', { name: 'See Margaret Hill' }).click();
    await expect.poll(() => framesDecoded(remoteVideos(guest).first(), 1000), { timeout: 20_000 }).toBeGreaterThan(3);
    const inCall = clinician.getByRole('region', { name: 'Consultation' });
    await inCall.getByLabel('Who').selectOption('interpreter');
    await inCall.getByLabel('Their name (optional)').fill('Anil (interpreter)');
    await inCall.getByRole('button', { name: 'Create link' }).click();
    const interpreterLink = await inCall.getByTestId('invite-link').inputValue();
    const interpreter = await guestArrives(bInterp, interpreterLink, 'Anil Kumar');
    for (const [who, page] of [
      ['clinician', clinician],
      ['patient', guest],
      ['interpreter', interpreter],
    ] as const) {
      await expect(remoteVideos(page), `${who} sees two others`).toHaveCount(2, { timeout: 20_000 });
      for (let i = 0; i < 2; i++) {
        await expect
          .poll(() => framesDecoded(remoteVideos(page).nth(i), 1000), {
            timeout: 20_000,
            message: `${who} decodes remote video ${i + 1}`,
          })
          .toBeGreaterThan(2);
      }
    }
  });

  await test.step('chat and a picture arrive on the other side', async () => {
    await clinician.getByLabel('Message', { exact: true }).fill('Can you show me the rash?');
    await clinician.getByRole('button', { name: 'Send message' }).click();
    await expect(guest.getByTestId('chat-message')).toContainText('Can you show me the rash?');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await guest
      .getByLabel(/Share a picture or PDF/)
      .setInputFiles({ name: 'rash.png', mimeType: 'image/png', buffer: png });
    await expect(clinician.getByTestId('shared-file')).toContainText('rash.png');
  });

  await test.step('transferred to another service: she appears in that queue', async () => {
    await clinician.getByRole('button', { name: 'Put on hold' }).click();
    const held = queueEntry(clinician, hub, 'Margaret Hill');
    await held.getByLabel('Transfer Margaret Hill to').selectOption(clinic);
    await held.getByRole('button', { name: 'Transfer Margaret Hill' }).click();
    await expect(queueEntry(clinician, clinic, 'Margaret Hill')).toBeVisible();
    await expect(queueEntry(clinician, hub, 'Margaret Hill')).toHaveCount(0);
  });

  await test.step('ended', async () => {
    await queueEntry(clinician, clinic, 'Margaret Hill').getByRole('button', { name: 'End for Margaret Hill' }).click();
    await expect(guest.getByTestId('consultation-ended')).toBeVisible();
    await expect(queueEntry(clinician, clinic, 'Margaret Hill')).toHaveCount(0);
  });

  await test.step('the record shows every step with times', async () => {
    await clinician.goto(`/consultations/${consultationId}`);
    const timeline = clinician.getByTestId('timeline');
    for (const step of [
      'Arrived',
      'Admitted',
      'Put on hold',
      'Admitted',
      'Anil Kumar (interpreter) joined by link',
      'File shared',
      'Transferred',
      'Ended',
    ]) {
      await expect(timeline).toContainText(step);
    }
    await expect(timeline.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expect(clinician.getByTestId('record-chat')).toContainText('Can you show me the rash?');
    await expect(clinician.getByTestId('record-files')).toContainText('rash.png');
  });
});
