import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ChildConvene, freePort } from './support/child-server';
import { launchPeer } from './support/browsers';
import { signedInAt } from './support/consultation';

/** An NHS number in the 999 test range whose modulus 11 check digit holds. */
function testNhsNumber(seed: number): string {
  for (let n = seed; ; n++) {
    const nine = `999${String(n % 1_000_000).padStart(6, '0')}`;
    const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${nine}${check}`;
  }
}

/** A meeting of the demo lung MDT with two cases, scheduled through the HTTP API as a coordinator's system would. */
async function scheduleMeeting(page: Page): Promise<string> {
  const { services } = (await (await page.request.get('/api/my-services')).json()) as {
    services: { id: string; name: string }[];
  };
  const lung = services.find((s) => s.name === 'Lung Cancer MDT')!;
  const startsAt = Date.now() + 3_600_000;
  const meeting = await page.request.post('/api/mdt/meetings', {
    data: {
      serviceId: lung.id,
      title: 'Lung MDT (restart)',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 7_200_000).toISOString(),
      inviteeUserIds: [],
    },
  });
  expect(meeting.ok(), await meeting.text()).toBe(true);
  const { id } = (await meeting.json()) as { id: string };
  for (const [i, family] of ['Restart', 'Rollback'].entries()) {
    const added = await page.request.post(`/api/mdt/meetings/${id}/cases`, {
      data: {
        patient: {
          givenName: 'Alex',
          familyName: family,
          dateOfBirth: '1950-03-0' + (i + 1),
          nhsNumber: testNhsNumber(4200 + i * 17),
        },
        question: `Question ${i + 1}: next steps?`,
        referrer: { name: 'Dr Helen Ward' },
      },
    });
    expect(added.ok(), await added.text()).toBe(true);
  }
  return id;
}

const recommendation = (page: Page) => page.getByLabel('Recommendation', { exact: true });

test('the server is killed (SIGKILL) while an outcome is typed: what was typed is kept and the pages reconnect by themselves', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'convene-restart-'));
  const port = await freePort();
  let server = await ChildConvene.start(dataDir, port);
  const [bCoordinator, bChair] = await Promise.all([launchPeer(), launchPeer()]);
  try {
    const coordinator = await signedInAt(
      bCoordinator,
      server,
      'demo.coordinator',
      server.password('demo.coordinator'),
      '/mdt',
    );
    const meetingId = await scheduleMeeting(coordinator);
    const path = `/mdt/meetings/${meetingId}/live`;
    await coordinator.goto(path);
    const chair = await signedInAt(bChair, server, 'demo.clinician', server.password('demo.clinician'), path);
    await coordinator.getByRole('button', { name: 'Next case' }).click();
    for (const page of [coordinator, chair]) await expect(page.getByTestId('case-position')).toHaveText('Case 1 of 2');

    await recommendation(coordinator).pressSequentially('Proceed to CT-PET', { delay: 30 });
    await expect(coordinator.getByTestId('save-status')).toHaveText('All changes saved.');
    await expect(recommendation(chair)).toHaveValue('Proceed to CT-PET');
    await coordinator.waitForTimeout(1_100);
    // Mid-sentence: these words are on the screen, and the kill comes before they are sent.
    await recommendation(coordinator).pressSequentially(' and EBUS', { delay: 5 });
    await server.kill();
    for (const page of [coordinator, chair]) await expect(page.getByTestId('reconnecting')).toBeVisible();
    await expect(coordinator.getByTestId('save-status')).toHaveText('Saving…');
    await expect(recommendation(coordinator)).toHaveValue('Proceed to CT-PET and EBUS');

    server = await ChildConvene.start(dataDir, port);
    for (const page of [coordinator, chair]) {
      await expect(page.getByTestId('reconnecting')).toHaveCount(0, { timeout: 15_000 });
      await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    }
    // No clash: the versions the page wrote on before the kill were still the stored ones after it.
    await expect(coordinator.getByTestId('field-conflict')).toHaveCount(0);
    // The words typed before the kill were in the database; those typed in its last instant were sent on reconnecting.
    await expect(recommendation(chair)).toHaveValue('Proceed to CT-PET and EBUS');
    await coordinator.screenshot({ path: '/tmp/shots/mdt-restart-after.png', fullPage: true });

    // Nobody reloaded: the same pages go on, the panel follows and typing is seen live again.
    await recommendation(coordinator).pressSequentially(', then surgery', { delay: 20 });
    await expect(recommendation(chair)).toHaveValue('Proceed to CT-PET and EBUS, then surgery');
    await chair.getByRole('button', { name: 'Next case' }).click();
    await expect(coordinator.getByTestId('case-position')).toHaveText('Case 2 of 2');
    const stored = (await (
      await chair.request.get(`/api/mdt/cases/${await caseOf(chair, 0, meetingId)}/outcome`)
    ).json()) as {
      fields: { recommendation: { value: string } };
    };
    expect(stored.fields.recommendation.value).toBe('Proceed to CT-PET and EBUS, then surgery');
  } finally {
    await Promise.all([bCoordinator.close(), bChair.close()]);
    await server.kill();
  }
});

async function caseOf(page: Page, index: number, meetingId: string): Promise<string> {
  const { cases } = (await (await page.request.get(`/api/mdt/meetings/${meetingId}`)).json()) as {
    cases: { id: string }[];
  };
  return cases[index]!.id;
}
