import type { Browser, BrowserContext, Page } from '@playwright/test';
import { safeNext } from '../web/lib/auth/sign-in';
import type { RunningConvene } from '../server/app';
import { peerContext } from './support/browsers';
import { completePrecheck, demoLogin, inviteLink, queueEntry, remoteVideos, serviceId } from './support/consultation';
import { expect, test } from './support/fixtures';
import { PATTERN_A, PATTERN_B, quadrantY4m, toneWav } from './support/media-files';
import { colourError, framesDecoded, quadrantColours } from './support/probes';

/** `next` values that lead off the site once the URL parser has dropped tabs and newlines or read '\' as '/'. */
const OFF_SITE_NEXT = [
  '/%09/evil.example/phish',
  '/%0a/evil.example/phish',
  '/%0d%0a/evil.example/phish',
  '/%5C/evil.example/phish',
  '/%09%5Cevil.example/phish',
  'http://evil.example/phish',
  '//evil.example/phish',
];

test('safeNext keeps only paths on the app’s own origin', () => {
  const origin = 'http://127.0.0.1:3000';
  const cases: [string, string][] = [
    ['/dashboard', '/dashboard'],
    ['/consultations/c-1?tab=files#chat', '/consultations/c-1?tab=files#chat'],
    ['/call/room%201', '/call/room%201'],
    [`${origin}/check`, '/dashboard'], // not a path: refused, even on this origin
  ];
  for (const [next, expected] of cases) expect(safeNext(next, origin), next).toBe(expected);
  const refused = [
    null,
    '',
    'dashboard',
    '/\t/evil.example/phish',
    '/\n/evil.example/phish',
    '/\r\n/evil.example/phish',
    '/\\/evil.example/phish',
    '/\t\\evil.example/phish',
    '//evil.example/phish',
    'http://evil.example/phish',
    'javascript:alert(1)',
    // Parsed, these are paths beginning '//', which a browser would read as another host.
    '/.//evil.example/phish',
    '/a/..//evil.example/phish',
  ];
  for (const next of refused) expect(safeNext(next, origin), JSON.stringify(next)).toBe('/dashboard');
});

/** Records every request (navigations included) that leaves the app's origin, and refuses it. */
async function keepOnSite(context: BrowserContext, origin: string): Promise<string[]> {
  const offSite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offSite.push(url);
    return route.abort('blockedbyclient');
  });
  return offSite;
}

test('sign-in never follows a next parameter off the site: it lands on the dashboard', async ({ convene, peers }) => {
  const browser = await peers.launch();
  const origin = new URL(convene.url).origin;
  const { username, password } = demoLogin(convene, 'demo.nurse');
  for (const next of OFF_SITE_NEXT) {
    await test.step(next, async () => {
      const context = await peerContext(browser, convene.url);
      const offSite = await keepOnSite(context, origin);
      const page = await context.newPage();
      const visited: string[] = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()));
      await page.goto(`/login?next=${next}`);
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Soft, so that every variant is tried and reported; any failure still fails the test.
      await expect.soft
        .poll(() => [...offSite, page.url()].join(' then '), { message: `where next=${next} leads`, timeout: 20_000 })
        .toBe(`${origin}/dashboard`);
      if (offSite.length === 0) await expect.soft(page.getByTestId('queue').first()).toBeVisible({ timeout: 20_000 });
      expect.soft(offSite, 'requests that left the site').toEqual([]);
      expect
        .soft(
          visited.filter((u) => new URL(u).origin !== origin),
          'pages off the site',
        )
        .toEqual([]);
      await context.close();
    });
  }
});

/** CSP violations a page reports, as events and as console messages, across its navigations. */
interface Watched {
  page: Page;
  violations: string[];
}

async function watchedPage(browser: Browser, baseUrl?: string): Promise<Watched> {
  const context = await peerContext(browser, baseUrl);
  const violations: string[] = [];
  await context.exposeBinding('__conveneCspViolation', (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __conveneCspViolation(text: string): void }).__conveneCspViolation;
      report(`securitypolicyviolation: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}`);
    });
  });
  const page = await context.newPage();
  const csp = /Content Security Policy|Refused to/i;
  page.on('console', (m) => void (csp.test(m.text()) && violations.push(`console: ${m.text()}`)));
  // A refused eval() or new Function() throws in the page as well.
  page.on('pageerror', (err) => void (csp.test(err.message) && violations.push(`pageerror: ${err.message}`)));
  return { page, violations };
}

/** Opens `url`: its response carries a policy with a script nonce, and the page's scripts that nonce. */
async function gotoNonced(page: Page, url: string): Promise<void> {
  const res = await page.goto(url);
  const policy = (await res?.allHeaders())?.['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  // The nonce attribute reads as '' from the DOM once applied; the property keeps it. Chunks loaded later by
  // those scripts may have none ('strict-dynamic' trusts them), but none has another.
  const nonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce).filter(Boolean));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
}

async function signIn(staff: Watched, convene: RunningConvene, username: string): Promise<void> {
  const { password } = demoLogin(convene, username);
  await gotoNonced(staff.page, '/login?next=/dashboard');
  await staff.page.getByLabel('Username').fill(username);
  await staff.page.getByLabel('Password').fill(password);
  await staff.page.getByRole('button', { name: 'Sign in' }).click();
  // Generous: the password hash takes a while on a busy 2-core machine.
  await expect(staff.page.getByTestId('queue').first()).toBeVisible({ timeout: 20_000 });
}

test('a consultation call works under the Content-Security-Policy, with no violation on either side', async ({
  convene,
  peers,
}) => {
  test.setTimeout(150_000);
  const [bClin, bGuest] = await Promise.all([
    peers.launch({ video: quadrantY4m(PATTERN_A), audio: toneWav(440) }),
    peers.launch({ video: quadrantY4m(PATTERN_B), audio: toneWav(880) }),
  ]);
  const clinician = await watchedPage(bClin, convene.url);
  await signIn(clinician, convene, 'demo.clinician');
  const hub = await serviceId(clinician.page, '24/7 Care Home Support Hub');
  const { link } = await inviteLink(clinician.page, { scope: { kind: 'service', id: hub }, guestKind: 'patient' });

  const guest = await watchedPage(bGuest);
  await gotoNonced(guest.page, link);
  await guest.page.getByLabel('Your name').fill('Margaret Hill');
  await guest.page.getByLabel(/I agree to have this consultation by video/).check();
  await guest.page.getByRole('button', { name: 'Continue' }).click();
  await completePrecheck(guest.page);
  await expect(guest.page.getByTestId('waiting-area')).toBeVisible();

  const entry = queueEntry(clinician.page, hub, 'Margaret Hill');
  await entry.getByRole('button', { name: 'See Margaret Hill' }).click();
  await expect(clinician.page.getByTestId('active-consultation')).toBeVisible();
  for (const [viewer, pattern] of [
    [clinician.page, PATTERN_B],
    [guest.page, PATTERN_A],
  ] as const) {
    await expect.poll(() => framesDecoded(remoteVideos(viewer).first(), 1000), { timeout: 20_000 }).toBeGreaterThan(3);
    await expect
      .poll(async () => colourError(await quadrantColours(remoteVideos(viewer).first()), pattern))
      .toBeLessThanOrEqual(40);
  }

  expect(clinician.violations, 'the clinician’s pages').toEqual([]);
  expect(guest.violations, 'the guest’s pages').toEqual([]);

  // The watch is live: an inline event handler put into the call page is refused and reported. (Not an inline
  // <script>: Chromium lets one run when it is inserted from DevTools, as page.evaluate does.)
  await guest.page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__conveneInjected = true">'),
  );
  // Both ways of hearing of it work: the event and the console message.
  await expect
    .poll(() => guest.violations.map((v) => v.split(':')[0]).sort())
    .toEqual(['console', 'securitypolicyviolation']);
  expect(guest.violations.join('\n')).toMatch(/script-src-attr/);
  expect(await guest.page.evaluate(() => '__conveneInjected' in window)).toBe(false);
});
