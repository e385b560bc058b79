'use client';
import { useState } from 'react';
import { meetingTime } from '../case-words';
import type { MdtTeamSettings, MeetingSummary } from '../mdt-api';
import { mdtTypeWords } from '../mdt-words';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import { SuccessBanner } from './SuccessBanner';

/**
 * One of the person's MDTs on the MDT home page: what it is, a way to its settings, and for those
 * who may schedule its meetings the form to do it. A new meeting joins the list above at once.
 */
export function MdtTeamSection({
  mdt,
  meetings,
  prefix,
  onScheduled,
}: {
  mdt: MdtTeamSettings;
  meetings: readonly MeetingSummary[];
  prefix: string;
  onScheduled: () => Promise<void>;
}) {
  const [made, setMade] = useState<MeetingSummary>();
  return (
    <section aria-labelledby={`${prefix}-name`} data-mdt={mdt.serviceId}>
      <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
      <h2 id={`${prefix}-name`}>{mdt.name}</h2>
      <p>
        MDT type: {mdtTypeWords(mdt.mdtType)}
        <br />
        Usual chair: {mdt.usualChair?.name ?? 'not set'}
      </p>
      <p>
        <a href={`/mdt/services/${mdt.serviceId}/settings`}>
          {mdt.canManage ? 'Change the settings' : 'View the settings'}
          <span className="nhsuk-u-visually-hidden"> of {mdt.name}</span>
        </a>
      </p>
      {made ? (
        <SuccessBanner id={`${prefix}-made`} heading="Meeting scheduled">
          <p>
            <a href={`/mdt/meetings/${made.id}`}>{made.title}</a>: {meetingTime(made.startsAt, made.endsAt)}
          </p>
        </SuccessBanner>
      ) : null}
      {mdt.canManage ? (
        <ScheduleMeetingForm
          mdt={mdt}
          meetings={meetings}
          prefix={prefix}
          onScheduled={async (meeting) => {
            await onScheduled();
            setMade(meeting);
          }}
        />
      ) : (
        <p>The MDT’s coordinators and clinicians schedule its meetings.</p>
      )}
    </section>
  );
}
