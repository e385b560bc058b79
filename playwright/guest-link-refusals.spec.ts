import { addServiceMember, createService } from '../db/records/organisations';
import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { inviteLink } from './support/consultation';
import { hubNurse } from './support/hub-nurse';

test('an expired or revoked link is refused in plain words before any form, and nobody reaches the queue', async ({
  convene,
  peers,
}) => {
  const { staff, hub, guestBrowser: bGuest } = await hubNurse(convene, peers);

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
    // Checked before any form: nobody types their name into a link that cannot work.
    await expect(guest.getByTestId('link-error')).toContainText(reason);
    await expect(guest.getByLabel('Your name')).toHaveCount(0);
    await expect(guest.getByTestId('precheck')).toHaveCount(0);
    await guest.close();
  }
  await expect(staff.locator('[data-testid="queue-entry"]', { hasText: 'Someone' })).toHaveCount(0);
});

test('a link to a closed clinic says when it opens; the dashboard shows the clinic closed', async ({
  convene,
  peers,
}) => {
  // A clinic open one hour a week, at a time that has just passed, so it is closed whenever this runs.
  const nurse = await convene.db
    .selectFrom('users')
    .select(['id', 'organisation_id'])
    .where('username', '=', 'demo.nurse')
    .executeTakeFirstOrThrow();
  const hourAgo = new Date(Date.now() - 3600_000);
  const london = (d: Date, o: Intl.DateTimeFormatOptions) =>
    d.toLocaleString('en-GB', { timeZone: 'Europe/London', ...o });
  const weekday = london(hourAgo, { weekday: 'short' }).toLowerCase();
  const hh = london(hourAgo, { hour: '2-digit', hourCycle: 'h23' });
  const clinic = await createService(convene.db, {
    organisationId: nurse.organisation_id,
    name: 'Evening Wound Clinic',
    kind: 'scheduled_clinic',
    openingHours: { timeZone: 'Europe/London', weekly: { [weekday]: [[`${hh}:00`, `${hh}:59`]] } },
  });
  await addServiceMember(convene.db, clinic.id, nurse.id);

  const { staff, hub, guestBrowser: bGuest } = await hubNurse(convene, peers);
  const queue = staff.locator(`[data-testid="queue"][data-service-id="${clinic.id}"]`);
  await expect(queue.getByTestId('service-open')).toContainText(
    /Closed New arrivals are turned away\. It opens again on/,
  );
  await expect(staff.locator(`[data-testid="queue"][data-service-id="${hub}"]`).getByTestId('service-open')).toHaveText(
    'Open',
  );

  const { link } = await inviteLink(staff, { scope: { kind: 'service', id: clinic.id }, guestKind: 'patient' });
  const guest = await peerPage(bGuest);
  await guest.goto(link);
  await expect(guest.getByLabel('Your name')).toHaveCount(0);
  await expect(guest.getByTestId('link-error')).toContainText(
    /Evening Wound Clinic is closed\. It opens again on \w+day \d+ \w+ at \d\d:00\./,
  );
  await expect(guest.getByTestId('precheck')).toHaveCount(0);
  await expect(queue.getByTestId('queue-entry')).toHaveCount(0);
});
