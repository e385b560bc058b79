'use client';
import { useState } from 'react';
import type { CreatedInvite } from '../../dashboard/staff-api';
import { ErrorSummary, type Problem } from '../../guest/components/ErrorSummary';
import { ApiError } from '../../http/api-error';
import { createPatientInvite, type InvitePatient } from '../invite-api';
import { FixedLinkPanel } from './FixedLinkPanel';
import { InviteLinkPanel } from './InviteLinkPanel';
import { fieldId, newPatientProblems, PatientPicker, type NewPatientProblems } from './PatientPicker';

/**
 * A refusal about the new patient, set by the field it is about: the server alone knows that an NHS
 * number's check digit is wrong, or that the number is already someone's (then its words say so).
 */
function refusedPatient(err: Error): NewPatientProblems | undefined {
  if (/date of birth/i.test(err.message)) return { dateOfBirth: 'Enter a real date of birth as YYYY-MM-DD' };
  if (!/NHS number/i.test(err.message)) return undefined;
  const known = err instanceof ApiError && err.code === 'conflict';
  return { nhsNumber: known ? err.message : 'Enter a valid NHS number: check all 10 digits' };
}

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
  const [problems, setProblems] = useState<NewPatientProblems>({});
  const patientIds = `${idPrefix}-patient`;
  const named = kind === 'patient' ? patient : undefined;

  const create = async () => {
    setError(undefined);
    setInvite(undefined);
    const found = newPatientProblems(named);
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      // The form offers only the guest kinds there are; the server checks it all the same.
      const guestKind = kind as Parameters<typeof createPatientInvite>[1];
      setInvite(await createPatientInvite(scope, guestKind, name.trim(), named));
    } catch (err) {
      const onField = named && !('id' in named) ? refusedPatient(err as Error) : undefined;
      if (onField) setProblems(onField);
      else setError((err as Error).message);
    }
  };
  const summary: Problem[] = Object.entries(problems).map(([f, message]) => ({
    field: fieldId(patientIds, f),
    message,
  }));
  if (error) summary.push({ field: `${idPrefix}-kind`, message: error });

  return (
    <>
      <ErrorSummary problems={summary} />
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
        <PatientPicker serviceId={scope.id} idPrefix={patientIds} onChange={setPatient} problems={problems} />
      ) : null}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void create()}>
        Create link
      </button>
      {invite ? <InviteLinkPanel id={`${idPrefix}-link`} link={invite.link} expiresAt={invite.expiresAt} /> : null}
      {scope.kind === 'service' ? <FixedLinkPanel serviceId={scope.id} /> : null}
    </>
  );
}
