import { createPatient } from '../db/records/patients';
import { peerPage } from './support/browsers';
import { expect, test } from './support/fixtures';
import { hubNurse } from './support/hub-nurse';
import { DESKTOP, inviteForm, nhsNumber, PHONE, seenWithRecord, shots, spaced } from './support/invite-form';
import { scanQr } from './support/qr';

test('a nurse names a known patient found by name or NHS number; the link offers their name and their record carries them', async ({
  convene,
  peers,
}) => {
  const nurse = await hubNurse(convene, peers);
  const { organisation_id } = await convene.db
    .selectFrom('services')
    .select('organisation_id')
    .where('id', '=', nurse.hub)
    .executeTakeFirstOrThrow();
  const nhs = nhsNumber(100);
  await createPatient(convene.db, {
    givenName: 'Philippa',
    familyName: 'Quennell',
    dateOfBirth: '1947-08-21',
    nhsNumber: nhs,
    organisationId: organisation_id,
  });
  const form = await inviteForm(nurse.staff, nurse.hub);
  const picker = form.getByTestId('patient-picker');
  const choice = `Philippa Quennell, born 1947-08-21, ${spaced(nhs)}`;

  await picker.getByLabel('Find by name or NHS number').fill('quenn');
  await picker.getByRole('button', { name: 'Search' }).click();
  await expect(picker.getByRole('radio')).toHaveCount(2);
  await expect(picker.getByLabel(choice)).toBeVisible();
  await picker.getByLabel('Find by name or NHS number').fill(spaced(nhs));
  await picker.getByRole('button', { name: 'Search' }).click();
  await expect(picker.getByRole('radio')).toHaveCount(2);
  await picker.getByLabel(choice).check();
  await shots(nurse.staff, picker, 'invite-picker-found');

  await form.getByRole('button', { name: 'Create link' }).click();
  const shown = form.getByTestId('invite-link');
  await expect(shown).toHaveValue(/\/join#invite=/);
  await nurse.staff.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: convene.url });
  await form.getByRole('button', { name: 'Copy link' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await nurse.staff.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await shown.inputValue());

  await seenWithRecord(convene, nurse, copied, { name: 'Philippa Quennell', nhs, dob: '1947-08-21' });
});

test('a nurse adds a new patient; a wrong NHS number is shown at its field and creates nothing', async ({
  convene,
  peers,
}) => {
  const nurse = await hubNurse(convene, peers);
  const form = await inviteForm(nurse.staff, nurse.hub);
  const picker = form.getByTestId('patient-picker');
  await picker.getByLabel('Find by name or NHS number').fill('Brackenbury');
  await picker.getByRole('button', { name: 'Search' }).click();
  await expect(picker.getByRole('radio')).toHaveCount(1);
  await picker.getByLabel('A new patient').check();

  // Nothing typed: each missing detail is listed, before anything is sent.
  await form.getByRole('button', { name: 'Create link' }).click();
  const summary = form.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the patient’s first name',
    'Enter the patient’s last name',
    'Enter the date of birth as YYYY-MM-DD, for example 1944-03-02',
  ]);

  const invites = async () => (await convene.db.selectFrom('invites').select('jti').execute()).length;
  const before = await invites();
  await picker.getByLabel('First name').fill('Ottoline');
  await picker.getByLabel('Last name').fill('Brackenbury');
  await picker.getByLabel('Date of birth').fill('1952-10-03');
  const nhs = nhsNumber(200);
  const wrong = `${nhs.slice(0, 9)}${(Number(nhs[9]) + 1) % 10}`; // one digit off: the check digit gives it away
  await picker.getByLabel('NHS number (optional)').fill(spaced(wrong));
  await form.getByRole('button', { name: 'Create link' }).click();
  const nhsField = picker.getByLabel('NHS number (optional)');
  const nhsId = (await nhsField.getAttribute('id'))!;
  const nhsError = 'Enter a valid NHS number: check all 10 digits';
  await expect(summary.getByRole('link')).toHaveText([nhsError]);
  await expect(summary.getByRole('link')).toHaveAttribute('href', `#${nhsId}`);
  await expect(nhsField).toHaveAttribute('aria-describedby', `${nhsId}-error`);
  await expect(nhsField).toHaveAttribute('aria-invalid', 'true');
  await expect(picker.locator(`#${nhsId}-error`)).toContainText(nhsError);
  await expect(form.getByTestId('invite-link')).toHaveCount(0);
  await shots(nurse.staff, form.locator('.nhsuk-details__text'), 'invite-picker-new-error');
  expect(await invites(), 'no link was made').toBe(before);
  const stored = await convene.db
    .selectFrom('patients')
    .select('id')
    .where('family_name', '=', 'Brackenbury')
    .execute();
  expect(stored, 'no patient was added').toHaveLength(0);

  await nhsField.fill(spaced(nhs));
  await form.getByRole('button', { name: 'Create link' }).click();
  await expect(summary).toHaveCount(0);
  const link = await form.getByTestId('invite-link').inputValue();
  await seenWithRecord(convene, nurse, link, { name: 'Ottoline Brackenbury', nhs, dob: '1952-10-03' });
});

test('the fixed link panel publishes a link and its QR code; once turned off the link says so before any form', async ({
  convene,
  peers,
}) => {
  const nurse = await hubNurse(convene, peers);
  // Start from off whatever an earlier spec left, and let the panel read it afresh.
  expect((await nurse.staff.request.put(`/api/services/${nurse.hub}/fixed-link`, { data: { on: false } })).ok()).toBe(
    true,
  );
  await nurse.staff.reload();
  const form = await inviteForm(nurse.staff, nurse.hub);
  const panel = form.getByTestId('fixed-link');
  await panel.getByRole('button', { name: 'Publish a waiting-area link' }).click();
  const qr = panel.getByRole('img', { name: 'QR code of the waiting-area link' });
  await expect(qr).toBeVisible();
  const link = (await panel.getByTestId('fixed-link-url').textContent())!;
  expect(link).toMatch(new RegExp(`^${convene.url}/join/s/[0-9a-f-]{36}$`));
  expect(await scanQr(qr), 'the QR code holds the same link').toBe(link);
  await shots(nurse.staff, panel, 'fixed-link-panel-on');

  const guest = await peerPage(nurse.guestBrowser);
  await guest.goto(link);
  await expect(guest.getByTestId('fixed-link-service')).toHaveText('24/7 Care Home Support Hub');
  await expect(guest.getByLabel('First name')).toBeVisible();

  await panel.getByRole('button', { name: 'Turn off the waiting-area link' }).click();
  await expect(panel.getByRole('button', { name: 'Publish a waiting-area link' })).toBeVisible();
  await expect(qr).toHaveCount(0);

  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await guest.setViewportSize(viewport);
    await guest.goto(link);
    await expect(guest.getByTestId('link-error')).toContainText('This waiting-area link is not in use');
    await expect(guest.locator('[aria-labelledby="link-problem-title"]')).toBeFocused();
    await expect(guest.getByLabel('First name')).toHaveCount(0);
    await expect(guest.getByRole('button', { name: 'Continue' })).toHaveCount(0);
    await guest.screenshot({ path: `/tmp/shots/fixed-link-off-${size}.png`, fullPage: true });
  }
});
