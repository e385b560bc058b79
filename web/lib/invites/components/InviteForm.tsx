'use client';
import { useState } from 'react';
import type { CreatedInvite } from '../../dashboard/staff-api';
import { createPatientInvite, type InvitePatient } from '../invite-api';
import { FixedLinkPanel } from './FixedLinkPanel';
import { InviteLinkPanel } from './InviteLinkPanel';
import { PatientPicker } from './PatientPicker';

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
  const [patient, setPatient] = useState<InvitePatient>();

  const create = async () => {
    setError(undefined);
    try {
      // The form offers only the guest kinds there are; the server checks it all the same.
      const guestKind = kind as Parameters<typeof createPatientInvite>[1];
      setInvite(await createPatientInvite(scope, guestKind, name.trim(), kind === 'patient' ? patient : undefined));
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
      {kind === 'patient' && scope.kind === 'service' ? (
        <PatientPicker serviceId={scope.id} idPrefix={`${idPrefix}-patient`} onChange={setPatient} />
      ) : null}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void create()}>
        Create link
      </button>
      {error ? <p className="nhsuk-error-message">{error}</p> : null}
      {invite ? <InviteLinkPanel id={`${idPrefix}-link`} link={invite.link} expiresAt={invite.expiresAt} /> : null}
      {scope.kind === 'service' ? <FixedLinkPanel serviceId={scope.id} /> : null}
    </>
  );
}
