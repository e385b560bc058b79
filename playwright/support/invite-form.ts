import type { Locator, Page } from '@playwright/test';
import { nhsCheckDigit } from '../../db/nhs-number';
import type { RunningConvene } from '../../server/app';
import { peerPage } from './browsers';
import { completePrecheck, queueEntry } from './consultation';
import { expect } from './fixtures';
import type { HubNurse } from './hub-nurse';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** A valid NHS number none of the demo's or the other specs' patients has: its own 999 8xx xxx block. */
export function nhsNumber(n: number): string {
  for (let i = n; ; i++) {
    const first9 = `9998${String(i).padStart(5, '0')}`;
    const check = nhsCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}
export const spaced = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;

/** The hub's queue on the dashboard, with its invite form opened. */
export async function inviteForm(staff: Page, hub: string): Promise<Locator> {
  const queue = staff.locator(`[data-testid="queue"][data-service-id="${hub}"]`);
  await queue.getByText('Invite someone to this waiting area').click();
  return queue;
}

/** Desktop and phone pictures of one part of the dashboard, for a person to look at. */
export async function shots(page: Page, part: Locator, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await part.screenshot({ path: `/tmp/shots/${name}-${size}.png` });
  }
  await page.setViewportSize(DESKTOP);
}

/**
 * The guest opens the link: the patient's name is offered, they agree and wait; the nurse sees them.
 * Their record, opened beside the call, carries the patient the link named.
 */
export async function seenWithRecord(
  convene: RunningConvene,
  { staff, hub, guestBrowser }: HubNurse,
  link: string,
  patient: { name: string; nhs: string; dob: string },
): Promise<void> {
  const guest = await peerPage(guestBrowser);
  await guest.goto(link);
  await expect(guest.getByLabel('Your name')).toHaveValue(patient.name);
  await guest.getByLabel(/I agree to have this consultation by video/).check();
  await guest.getByRole('button', { name: 'Continue' }).click();
  await completePrecheck(guest);
  await expect(guest.getByTestId('waiting-area')).toBeVisible();
  await queueEntry(staff, hub, patient.name)
    .getByRole('button', { name: `See ${patient.name}` })
    .click();
  const active = staff.getByTestId('active-consultation');
  await expect(active).toBeVisible();
  const record = await staff.context().newPage();
  await record.goto(`${convene.url}/consultations/${await active.getAttribute('data-consultation-id')}`);
  const heading = record.getByTestId('record-heading');
  await expect(heading).toContainText(`Consultation with ${patient.name}`);
  await expect(heading).toContainText(`NHS number ${spaced(patient.nhs)}`);
  const row = (key: string) => record.locator('.nhsuk-summary-list__row', { hasText: key });
  await expect(row('NHS number')).toContainText(spaced(patient.nhs));
  await expect(row('Date of birth')).toContainText(patient.dob);
  await record.close();
}
