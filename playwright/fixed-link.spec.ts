import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { completePrecheck, queueEntry } from './support/consultation';
import { hubNurse } from './support/hub-nurse';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

test('a patient enters the queue through a service’s fixed link, with their date of birth and reason', async ({
  convene,
  peers,
}) => {
  const { staff, hub, guestBrowser: bGuest } = await hubNurse(convene, peers);
  const on = await staff.request.put(`/api/services/${hub}/fixed-link`, { data: { on: true } });
  expect(on.status(), await on.text()).toBe(200);
  const { link, qrSvg } = (await on.json()) as { link: string; qrSvg: string };
  expect(qrSvg).toMatch(/^<svg/);

  const guest = await peerPage(bGuest);
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: 'Join the waiting area' })).toBeVisible();
  // The link is checked first; the form follows once it is known to be on.
  await expect(guest.getByTestId('fixed-link-form')).toBeVisible();
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await guest.setViewportSize(size);
    await guest.screenshot({ path: `/tmp/shots/fixed-link-${name}.png`, fullPage: true });
  }

  await guest.getByRole('button', { name: 'Continue' }).click();
  const summary = guest.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter your first name',
    'Enter your last name',
    'Enter your date of birth, for example 15 3 1984',
    'Tell us why you need to be seen today',
    'Confirm you agree to a video consultation',
  ]);
  await expect(guest.getByLabel('First name')).toHaveAttribute('aria-describedby', 'given-name-error');
  await guest.screenshot({ path: '/tmp/shots/fixed-link-errors-phone.png', fullPage: true });

  await guest.getByLabel('First name').fill('June');
  await guest.getByLabel('Last name').fill('Carter');
  await guest.getByLabel('Day', { exact: true }).fill('14');
  await guest.getByLabel('Month', { exact: true }).fill('7');
  await guest.getByLabel('Year', { exact: true }).fill('1951');
  await guest.getByLabel('Why do you need to be seen today?').fill('Breathless on the stairs');
  await guest.getByLabel(/I agree to have this consultation by video/).check();
  await guest.getByRole('button', { name: 'Continue' }).click();
  await completePrecheck(guest);
  await expect(guest.getByTestId('waiting-area')).toBeVisible();
  const entry = queueEntry(staff, hub, 'June Carter');
  await expect(entry).toContainText('Breathless on the stairs');

  // Opened while on, turned off before they press Continue: told so at once in the summary, and nobody joins.
  // (Opened after it is off, the page says so before any form: invite-panels.spec.ts.)
  const late = await peerPage(bGuest);
  await late.goto(link);
  await expect(late.getByTestId('fixed-link-service')).toHaveText('24/7 Care Home Support Hub');
  expect((await staff.request.put(`/api/services/${hub}/fixed-link`, { data: { on: false } })).status()).toBe(200);
  await late.getByLabel('First name').fill('Late');
  await late.getByLabel('Last name').fill('Comer');
  await late.getByLabel('Day', { exact: true }).fill('1');
  await late.getByLabel('Month', { exact: true }).fill('1');
  await late.getByLabel('Year', { exact: true }).fill('1960');
  await late.getByLabel('Why do you need to be seen today?').fill('Cough');
  await late.getByLabel(/I agree to have this consultation by video/).check();
  await late.getByRole('button', { name: 'Continue' }).click();
  await expect(late.getByTestId('error-summary')).toContainText('This waiting-area link is not in use');
  await expect(late.getByTestId('precheck')).toHaveCount(0);
  await expect(queueEntry(staff, hub, 'Late Comer')).toHaveCount(0);
});
