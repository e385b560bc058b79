import { expect, test } from './support/fixtures';
import { guestArrives, queueEntry, serviceId, staffDashboard } from './support/consultation';
import { scanQr as scan } from './support/qr';

test('staff send a waiting-area link as text or a QR code; the patient who scans it arrives in that queue', async ({
  convene,
  peers,
}) => {
  const [bStaff, bGuest] = await Promise.all([peers.launch(), peers.launch()]);
  const nurse = await staffDashboard(bStaff, convene, 'demo.nurse');
  const hub = await serviceId(nurse, '24/7 Care Home Support Hub');
  const queue = nurse.locator(`[data-testid="queue"][data-service-id="${hub}"]`);

  await queue.getByText('Invite someone to this waiting area').click();
  await queue.getByLabel('Who').selectOption('patient');
  await queue.getByLabel('Their name (optional)').fill('Rose Ellis');
  await queue.getByRole('button', { name: 'Create link' }).click();
  const link = await queue.getByTestId('invite-link').inputValue();
  expect(link).toMatch(new RegExp(`^${convene.url}/join#invite=[\\w.-]+$`));
  await expect(queue.getByRole('img', { name: 'QR code of the invite link' })).toBeVisible();
  expect(await scan(queue.getByTestId('invite-qr')), 'the QR code holds the same link').toBe(link);

  await guestArrives(bGuest, (await scan(queue.getByTestId('invite-qr')))!, 'Rose Ellis');
  await expect(queueEntry(nurse, hub, 'Rose Ellis')).toBeVisible();
});
