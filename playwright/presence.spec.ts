import { guestArrives, inviteLink, queueEntry, serviceId, staffDashboard } from './support/consultation';
import { screenshots } from './support/calls';
import { expect, test } from './support/fixtures';

test('the directory shows a colleague online, in the call, and offline once they sign out', async ({
  convene,
  peers,
}) => {
  const [bNurse, bDoctor, bGuest] = await Promise.all([peers.launch(), peers.launch(), peers.launch()]);
  const nurse = await staffDashboard(bNurse, convene, 'demo.nurse');
  const doctor = await staffDashboard(bDoctor, convene, 'demo.clinician');
  const account = doctor.getByTestId('account');
  await expect(account).toContainText('Signed in as Dr Asha Patel (clinician)');
  await expect(account).toContainText('24/7 Care Home Support Hub');
  await doctor.setViewportSize({ width: 1280, height: 800 });
  await screenshots(doctor, 'header-dashboard');

  const hub = await serviceId(nurse, '24/7 Care Home Support Hub');
  const { link } = await inviteLink(nurse, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  await guestArrives(bGuest, link, 'Nora Quinn');
  await queueEntry(nurse, hub, 'Nora Quinn').getByRole('button', { name: 'See Nora Quinn' }).click();
  const colleagues = nurse.getByRole('region', { name: 'Consultation' }).getByTestId('colleagues');
  const asha = colleagues.getByRole('listitem').filter({ hasText: 'Dr Asha Patel' });
  await expect(asha).toContainText('online', { timeout: 20_000 });

  await nurse.getByRole('button', { name: 'Ask Dr Asha Patel to join' }).click();
  await doctor.getByTestId('colleague-asked').getByRole('button', { name: 'Join the call' }).click();
  await expect(asha).toContainText('in a call', { timeout: 20_000 });

  await account.getByRole('button', { name: 'Sign out' }).click();
  await expect(doctor).toHaveURL(/\/login\?signed-out=1$/);
  await expect(doctor.getByRole('status')).toHaveText(/You have signed out/);
  await expect(doctor.getByTestId('account')).toHaveCount(0);
  await screenshots(doctor, 'signed-out');
  await expect(asha).toContainText('offline', { timeout: 20_000 });
  expect((await doctor.request.get('/api/me')).status()).toBe(401);

  await doctor.goto('/');
  await expect(doctor.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  for (const icon of ['/favicon.ico', '/icon.svg']) expect((await doctor.request.get(icon)).status(), icon).toBe(200);
  await doctor.setViewportSize({ width: 1280, height: 800 });
  await screenshots(doctor, 'landing');
});
