import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { completePrecheck, inviteLink, queueEntry } from './support/consultation';
import { hubNurse } from './support/hub-nurse';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

test('a reused link shows its error before any form', async ({ convene, peers }) => {
  const { staff, hub, guestBrowser: bGuest } = await hubNurse(convene, peers);
  const { link } = await inviteLink(staff, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  const used = await staff.request.post('/api/invites/redeem', {
    data: { token: link.split('#invite=')[1], name: 'First' },
  });
  expect(used.status()).toBe(200);

  const guest = await peerPage(bGuest);
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await guest.setViewportSize(size);
    await guest.goto(link);
    await expect(guest.getByTestId('link-error')).toHaveText(
      'This link has already been used. Contact the service that sent it for a new one.',
    );
    await expect(guest.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
    // Focus is on the notice itself, so a screen reader reads it first.
    await expect(guest.locator('[aria-labelledby="link-problem-title"]')).toBeFocused();
    await expect(guest.getByLabel('Your name')).toHaveCount(0);
    await guest.screenshot({ path: `/tmp/shots/join-used-${name}.png`, fullPage: true });
  }
});

test('a link naming a patient offers their name; the form errors are summarised and tied to their fields', async ({
  convene,
  peers,
}) => {
  const { staff, hub, guestBrowser: bGuest } = await hubNurse(convene, peers);
  const patient = { givenName: 'Rosa', familyName: 'Lind', dateOfBirth: '1944-03-02', nhsNumber: '999 077 7039' };
  const { link } = await inviteLink(staff, { scope: { kind: 'service', id: hub }, guestKind: 'patient', patient });

  const guest = await peerPage(bGuest);
  await guest.goto(link);
  await expect(guest.getByLabel('Your name')).toHaveValue('Rosa Lind');
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await guest.setViewportSize(size);
    await guest.screenshot({ path: `/tmp/shots/join-prefilled-${name}.png`, fullPage: true });
  }

  await guest.getByLabel('Your name').fill('');
  await guest.getByRole('button', { name: 'Continue' }).click();
  const summary = guest.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter your name' })).toHaveAttribute('href', '#guest-name');
  await expect(summary.getByRole('link', { name: 'Confirm you agree to a video consultation' })).toBeVisible();
  await expect(guest.getByLabel('Your name')).toHaveAttribute('aria-describedby', 'guest-name-error');
  await expect(guest.locator('#guest-name-error')).toContainText('Enter your name');
  await expect(guest.locator('#consent')).toHaveAttribute('aria-describedby', 'consent-error');
  await guest.screenshot({ path: '/tmp/shots/join-errors-phone.png', fullPage: true });

  await guest.getByLabel('Your name').fill('Rosa Lind');
  await guest.getByLabel(/I agree to have this consultation by video/).check();
  await guest.getByRole('button', { name: 'Continue' }).click();
  await completePrecheck(guest);
  await expect(queueEntry(staff, hub, 'Rosa Lind')).toBeVisible();
});
