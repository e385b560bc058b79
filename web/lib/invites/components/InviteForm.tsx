'use client';
import { useState } from 'react';
import { createInvite, type CreatedInvite } from '../../dashboard/staff-api';
import { InviteLinkPanel } from './InviteLinkPanel';

export interface InviteKind {
  value: string;
  label: string;
}

/** Who a link is for and their name; then the link, copyable and as a QR code. */
export function InviteForm({
  scope,
  kinds,
  idPrefix,
}: {
  scope: { kind: 'consultation' | 'service'; id: string };
  kinds: InviteKind[];
  /** Keeps the form's ids unique where several forms share a page. */
  idPrefix: string;
}) {
  const [kind, setKind] = useState(kinds[0]!.value);
  const [name, setName] = useState('');
  const [invite, setInvite] = useState<CreatedInvite>();
  const [error, setError] = useState<string>();

  const create = async () => {
    setError(undefined);
    try {
      setInvite(await createInvite(scope, kind, name.trim()));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${idPrefix}-kind`}>
          Who
        </label>
        <select className="nhsuk-select" id={`${idPrefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${idPrefix}-name`}>
          Their name (optional)
        </label>
        <input className="nhsuk-input" id={`${idPrefix}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void create()}>
        Create link
      </button>
      {error ? <p className="nhsuk-error-message">{error}</p> : null}
      {invite ? <InviteLinkPanel id={`${idPrefix}-link`} link={invite.link} expiresAt={invite.expiresAt} /> : null}
    </>
  );
}
