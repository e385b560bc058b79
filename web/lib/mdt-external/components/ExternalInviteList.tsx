'use client';
import { meetingTime } from '../../mdt/case-words';
import type { ExternalInvite } from '../external-api';

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** Where a link stands, as a tag. */
function Status({ invite }: { invite: ExternalInvite }) {
  if (invite.status === 'withdrawn') return <strong className="nhsuk-tag nhsuk-tag--grey">Withdrawn</strong>;
  if (invite.status === 'used')
    return (
      <strong className="nhsuk-tag nhsuk-tag--green">Opened at {TIME.format(new Date(invite.usedAt ?? ''))}</strong>
    );
  return <strong className="nhsuk-tag nhsuk-tag--blue">Not opened yet</strong>;
}

/** The meeting's external clinicians: who, as what, where their link stands, and a way to withdraw it. */
export function ExternalInviteList(p: {
  invites: ExternalInvite[];
  problem?: string | undefined;
  onWithdraw(jti: string): void;
}) {
  if (!p.invites.length) return null;
  return (
    <>
      <h3 className="nhsuk-heading-s">Invited to this meeting</h3>
      {p.problem ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {p.problem}
        </p>
      ) : null}
      <ul className="nhsuk-list" data-testid="external-invite-list">
        {p.invites.map((i) => (
          <li key={i.jti} data-testid="external-invite" data-status={i.status}>
            <strong>{i.name}</strong>, {i.roleAndOrganisation}
            {i.email ? ` (${i.email})` : ''} <Status invite={i} />
            <br />
            <span className="nhsuk-body-s">
              Works {meetingTime(i.opensAt, i.closesAt)}; invited by {i.invitedBy}.{' '}
            </span>
            {i.status === 'withdrawn' ? null : (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => p.onWithdraw(i.jti)}
              >
                Withdraw<span className="nhsuk-u-visually-hidden"> the link for {i.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
