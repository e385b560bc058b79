import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import type { RunningConvene } from '../server/app';
import { peerPage } from './support/browsers';
import {
  completePrecheck,
  demoLogin,
  guestArrives,
  inviteLink,
  queueEntry,
  remoteVideos,
  serviceId,
  signedInAt,
  staffDashboard,
} from './support/consultation';
import { MdtOutcomeRoutes } from '../contracts/http/mdt-outcomes';
import { expect, test } from './support/fixtures';
import { dayFrom, signedWithActions } from './support/mdt-actions';
import { apiAs, liveMeetingSetUp } from './support/mdt-meeting';

/** How to reach a page as its user would; `ready` is something on it that shows it has rendered. */
interface Visit {
  name: string;
  open(browser: Browser, convene: RunningConvene): Promise<Page>;
}

const anonymous = (path: string, ready: string | RegExp) => async (browser: Browser, convene: RunningConvene) => {
  const page = await peerPage(browser, convene.url);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ready);
  return page;
};

const signedIn =
  (path: string, ready: string | RegExp, username = 'demo.nurse') =>
  async (browser: Browser, convene: RunningConvene) => {
    const page = await signedInAt(browser, convene, username, demoLogin(convene, username).password, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ready);
    await expect(page.getByTestId('account')).toBeVisible();
    return page;
  };

/** A guest's link to the hub, opened: the join page. */
async function joinPage(browser: Browser, convene: RunningConvene): Promise<Page> {
  const staff = await staffDashboard(browser, convene, 'demo.nurse');
  const hub = await serviceId(staff, '24/7 Care Home Support Hub');
  const { link } = await inviteLink(staff, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  const page = await peerPage(browser);
  await page.goto(link);
  await expect(page.getByLabel('Your name')).toBeVisible();
  return page;
}

/** The same guest past name and consent: the pre-call check, with its result shown. */
async function precheckPage(browser: Browser, convene: RunningConvene): Promise<Page> {
  const page = await joinPage(browser, convene);
  await page.getByLabel('Your name').fill('Ada Axe-Check');
  await page.getByLabel(/I agree to have this consultation by video/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('connection-check')).toHaveAttribute('data-status', 'working', { timeout: 20_000 });
  return page;
}

/** A consultation's record, opened by the nurse from the queue a guest arrived in. */
async function recordPage(browser: Browser, convene: RunningConvene): Promise<Page> {
  await completePrecheck(await precheckPage(browser, convene));
  const staff = await staffDashboard(browser, convene, 'demo.nurse');
  const entry = staff.locator('[data-testid="queue-entry"]', { hasText: 'Ada Axe-Check' }).first();
  await staff.goto(`/consultations/${await entry.getAttribute('data-consultation-id')}`);
  await expect(staff.getByTestId('timeline')).toBeVisible({ timeout: 20_000 });
  return staff;
}

/** The hub's fixed waiting-area link, turned on by its nurse and opened as a patient would. */
async function fixedLinkPage(browser: Browser, convene: RunningConvene): Promise<Page> {
  const staff = await staffDashboard(browser, convene, 'demo.nurse');
  const hub = await serviceId(staff, '24/7 Care Home Support Hub');
  const on = await staff.request.put(`/api/services/${hub}/fixed-link`, { data: { on: true } });
  const { link } = (await on.json()) as { link: string };
  const page = await peerPage(browser);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Join the waiting area' })).toBeVisible();
  await expect(page.getByTestId('fixed-link-form')).toBeVisible();
  return page;
}

/** The nurse's dashboard in a call with a guest she admitted: the call has the screen, its side panel shown. */
async function inCallPage(browser: Browser, convene: RunningConvene): Promise<Page> {
  const staff = await staffDashboard(browser, convene, 'demo.nurse');
  const hub = await serviceId(staff, '24/7 Care Home Support Hub');
  const { link } = await inviteLink(staff, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });
  await guestArrives(browser, link, 'Ida Axe-Call');
  await queueEntry(staff, hub, 'Ida Axe-Call').getByRole('button', { name: 'See Ida Axe-Call' }).click();
  await expect(remoteVideos(staff)).toHaveCount(1, { timeout: 20_000 });
  return staff;
}

/** The live MDT page with a case on screen, its actions listed and the add-an-action form showing its errors. */
async function liveMdtPage(browser: Browser, convene: RunningConvene): Promise<Page> {
  const set = await liveMeetingSetUp(convene, 'axelive');
  const coordinator = await apiAs(convene, demoLogin(convene, 'demo.coordinator'));
  const action = { id: 'axe-1', what: 'Book PET-CT', ownerUserId: set.member.id, due: dayFrom(7), done: false };
  await coordinator(MdtOutcomeRoutes.editField, set.caseIds[0], { value: [action], baseVersion: 0 }, 'actions');
  const path = `/mdt/meetings/${set.meetingId}/live`;
  const page = await signedInAt(
    browser,
    convene,
    'demo.coordinator',
    demoLogin(convene, 'demo.coordinator').password,
    path,
  );
  await page.getByRole('button', { name: 'Next case' }).click();
  const actions = page.locator('[data-field="actions"]');
  await expect(actions.getByTestId('action')).toHaveCount(1);
  await actions.getByRole('button', { name: 'Add an action' }).click();
  await actions.getByRole('button', { name: 'Add this action' }).click();
  await expect(actions.getByText('Enter what is to be done')).toBeVisible();
  return page;
}

/** An MDT member's dashboard listing the actions they own from a signed outcome, one overdue. */
async function mdtActionsDashboard(browser: Browser, convene: RunningConvene): Promise<Page> {
  const set = await liveMeetingSetUp(convene, 'axedash');
  await signedWithActions(convene, set.caseIds[0]!, [
    { what: 'Chase the histology', ownerUserId: set.member.id, due: dayFrom(-1) },
    { what: 'Book PET-CT', ownerUserId: set.member.id, due: dayFrom(7) },
  ]);
  const page = await signedInAt(browser, convene, set.member.username, set.member.password, '/dashboard');
  await expect(page.getByTestId('my-mdt-action')).toHaveCount(2, { timeout: 20_000 });
  return page;
}

/** Every page checked. Adding one is one line: its name and how a person reaches it. */
const PAGES: Visit[] = [
  { name: 'landing', open: anonymous('/', 'Convene') },
  { name: 'sign-in', open: anonymous('/login', 'Sign in to Convene') },
  { name: 'signed out', open: anonymous('/login?signed-out=1', 'Sign in to Convene') },
  { name: 'sign out', open: signedIn('/logout', 'Sign out of Convene') },
  { name: 'dashboard', open: (b, c) => staffDashboard(b, c, 'demo.nurse') },
  { name: 'join', open: joinPage },
  { name: 'pre-call check', open: precheckPage },
  { name: 'record', open: recordPage },
  { name: 'fixed link', open: fixedLinkPage },
  { name: 'administration', open: signedIn('/admin', 'Administration', 'demo.admin') },
  { name: 'admin services', open: signedIn('/admin/services', 'Services', 'demo.admin') },
  { name: 'admin users', open: signedIn('/admin/users', 'Users', 'demo.admin') },
  { name: 'admin audit trail', open: signedIn('/admin/audit', 'Audit trail', 'demo.admin') },
  { name: 'care home', open: signedIn('/care-home', 'Willow Court Care Home (demo)', 'demo.carehome') },
  { name: 'prison', open: signedIn('/prison', 'HMP Northfield (demo)', 'demo.prison') },
  { name: 'live MDT meeting with actions', open: liveMdtPage },
  { name: 'dashboard with MDT actions', open: mdtActionsDashboard },
  // Last: the call it leaves behind (on hold once the browsers close) is in no other page's way.
  { name: 'dashboard in a call', open: inCallPage },
];

for (const visit of PAGES) {
  test(`the ${visit.name} page has no WCAG 2.1 A or AA failures that axe can find`, async ({ convene, peers }) => {
    const page = await visit.open(await peers.launch(), convene);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual(
      [],
    );
  });
}
