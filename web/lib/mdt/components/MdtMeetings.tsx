'use client';
import { useCallback } from 'react';
import { useAdminData } from '../../admin/use-admin-data';
import { meetingTime } from '../case-words';
import type { MeetingSummary } from '../mdt-api';
import { loadMdtHome } from '../mdt-home';
import { MdtFrame } from './MdtFrame';
import { MdtTeamSection } from './MdtTeamSection';

function MeetingRows({ meetings, none }: { meetings: MeetingSummary[]; none: string }) {
  if (!meetings.length) return <p>{none}</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {meetings.map((m) => (
        <li key={m.id} data-meeting={m.id}>
          <a href={`/mdt/meetings/${m.id}`}>{m.title}</a>
          {' · '}
          <a href={`/mdt/meetings/${m.id}/live`}>
            Open the live meeting<span className="nhsuk-u-visually-hidden">: {m.title}</span>
          </a>
          <br />
          {meetingTime(m.startsAt, m.endsAt)} · {m.serviceName}
          <br />
          <span className="nhsuk-body-s">
            {m.caseCount} {m.caseCount === 1 ? 'case' : 'cases'} · Chair: {m.chair?.name ?? 'not set'}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The meetings of the caller's MDTs: what is coming up (to prepare), and the last month's; then each
 * of their MDTs, with its settings and, for its coordinators and clinicians, "Schedule a meeting".
 */
export function MdtMeetings() {
  const { loaded, reload } = useAdminData(useCallback(loadMdtHome, []));
  return (
    <MdtFrame title="MDT meetings" back={{ href: '/dashboard', text: 'Dashboard' }} loaded={loaded}>
      {({ upcoming, recent, mdts }) => (
        <>
          <h2>Coming up</h2>
          <MeetingRows meetings={upcoming} none="No meetings are scheduled." />
          <h2>Recent</h2>
          <MeetingRows meetings={recent} none="No meetings in the last 30 days." />
          {mdts.map((mdt, i) => (
            <MdtTeamSection
              key={mdt.serviceId}
              mdt={mdt}
              meetings={[...upcoming, ...recent].filter((m) => m.serviceId === mdt.serviceId)}
              prefix={`mdt-${i + 1}`}
              onScheduled={reload}
            />
          ))}
        </>
      )}
    </MdtFrame>
  );
}
