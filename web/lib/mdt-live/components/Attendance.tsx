'use client';
import type { MdtLiveState } from '../../../../contracts/protocol/methods/mdt';
import { caseQuorumWords, quorumWords, roleInSentence } from '../case-words';

/** Who is in the meeting's call now, each with the core role they fill, and whether it (and the case on screen) is quorate. */
export function Attendance({ live }: { live: MdtLiveState }) {
  const present = live.attendees.filter((a) => a.present);
  return (
    <section className="convene-panel" aria-labelledby="attendance-heading" data-testid="attendance">
      <h2 className="nhsuk-heading-s" id="attendance-heading">
        In the call
      </h2>
      <p data-testid="quorum" data-met={live.quorum.met}>
        <strong className={`nhsuk-tag ${live.quorum.met ? 'nhsuk-tag--green' : 'nhsuk-tag--orange'}`}>
          {quorumWords(live.quorum)}
        </strong>
      </p>
      {live.caseQuorum ? (
        <p data-testid="case-quorum" data-met={live.caseQuorum.met}>
          <strong className={`nhsuk-tag ${live.caseQuorum.met ? 'nhsuk-tag--green' : 'nhsuk-tag--orange'}`}>
            {caseQuorumWords(live.caseQuorum)}
          </strong>
        </p>
      ) : null}
      {present.length ? (
        <ul className="nhsuk-list">
          {present.map((a) => (
            <li key={a.userId} data-testid="attendee">
              {a.name}
              {a.coreRole ? `, ${roleInSentence(a.coreRole)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="nhsuk-body-s">Nobody has joined the call yet.</p>
      )}
    </section>
  );
}
