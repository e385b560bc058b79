import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { inviteLink, serviceId, staffDashboard } from './support/consultation';

test('an expired or revoked link is refused in plain words, and nobody reaches the queue', async ({
  convene,
  peers,
}) => {
  const [bStaff, bGuest] = await Promise.all([peers.launch(), peers.launch()]);
  const staff = await staffDashboard(bStaff, convene, 'demo.nurse');
  const hub = await serviceId(staff, '24/7 Care Home Support Hub');

  const expiring = await inviteLink(staff, {
    scope: { kind: 'service', id: hub },
    guestKind: 'patient',
    expiresAt: new Date(Date.now() + 1500).toISOString(),
  });
  const revoked = await inviteLink(staff, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  expect((await staff.request.post(`/api/invites/${revoked.jti}/revoke`, { data: {} })).status()).toBe(200);
  await staff.waitForTimeout(2000);

  for (const [link, reason] of [
    [expiring.link, /This link has expired/],
    [revoked.link, /This link has been cancelled/],
  ] as const) {
    const guest = await peerPage(bGuest);
    await guest.goto(link);
    await guest.getByLabel('Your name').fill('Someone');
    await guest.getByLabel(/I agree to have this consultation by video/).check();
    await guest.getByRole('button', { name: 'Continue' }).click();
    await expect(guest.getByTestId('link-error')).toContainText(reason);
    await expect(guest.getByTestId('precheck')).toHaveCount(0);
    await guest.close();
  }
  await expect(staff.locator('[data-testid="queue-entry"]', { hasText: 'Someone' })).toHaveCount(0);
});
