'use client';
import { useState } from 'react';
import { meetingTime } from '../../mdt/case-words';
import type { CreatedExternalInvite } from '../external-api';

/** The link just made, in the one place it is ever shown: to copy into an email or a secure message. */
export function ExternalLinkShown({ invite }: { invite: CreatedExternalInvite }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(invite.link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div className="nhsuk-inset-text" role="status" data-testid="external-link-shown">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <label className="nhsuk-label" htmlFor="external-link">
        Link for <strong>{invite.name}</strong> ({invite.roleAndOrganisation}). It works from{' '}
        {meetingTime(invite.opensAt, invite.closesAt)}.
      </label>
      <input
        className="nhsuk-input"
        id="external-link"
        readOnly
        value={invite.link}
        onFocus={(e) => e.target.select()}
        data-testid="external-link"
      />
      <button type="button" className="nhsuk-button nhsuk-button--secondary convene-copy" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="nhsuk-body-s">{copied ? ' Copied' : ''}</span>
      <p>
        <strong>Copy it now and send it to them yourself: it will not be shown again.</strong> Convene sends no email.
      </p>
    </div>
  );
}
