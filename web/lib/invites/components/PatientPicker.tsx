'use client';
import { useState } from 'react';
import { searchPatients, type InvitePatient, type PatientMatch } from '../invite-api';

const nhs = (n: string | null) => (n ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : 'no NHS number');

/**
 * Names the patient a link is for: one found by name or NHS number among the service's
 * organisation's patients, or a new one. The server checks both (the NHS number by its check digit).
 */
export function PatientPicker({
  serviceId,
  idPrefix,
  onChange,
}: {
  serviceId: string;
  idPrefix: string;
  onChange(patient: InvitePatient | undefined): void;
}) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PatientMatch[]>();
  const [chosen, setChosen] = useState<string>();
  const [fresh, setFresh] = useState({ givenName: '', familyName: '', dateOfBirth: '', nhsNumber: '' });
  const [error, setError] = useState<string>();
  const id = (s: string) => `${idPrefix}-${s}`;
  const search = () => {
    setError(undefined);
    searchPatients(serviceId, query).then(setFound, (e: Error) => setError(e.message));
  };
  const pick = (pid: string) => {
    setChosen(pid);
    onChange(pid === 'new' ? undefined : { id: pid });
  };
  const edit = (k: keyof typeof fresh, value: string) => {
    const next = { ...fresh, [k]: value };
    setFresh(next);
    onChange({ ...next, nhsNumber: next.nhsNumber.trim() || undefined });
  };
  const input = (k: keyof typeof fresh, label: string, hint?: string) => (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id(k)}>
        {label}
      </label>
      {hint ? <div className="nhsuk-hint">{hint}</div> : null}
      <input
        className="nhsuk-input nhsuk-input--width-20"
        id={id(k)}
        value={fresh[k]}
        onChange={(e) => edit(k, e.target.value)}
      />
    </div>
  );
  return (
    <fieldset className="nhsuk-fieldset" data-testid="patient-picker">
      <legend className="nhsuk-fieldset__legend nhsuk-label">Patient (optional)</legend>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={id('query')}>
          Find by name or NHS number
        </label>
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id={id('query')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />{' '}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={search}>
          Search
        </button>
      </div>
      {error ? <p className="nhsuk-error-message">{error}</p> : null}
      {found ? (
        <div className="nhsuk-radios">
          {[...found, null].map((p) => (
            <div className="nhsuk-radios__item" key={p?.id ?? 'new'}>
              <input
                className="nhsuk-radios__input"
                type="radio"
                id={id(p?.id ?? 'new')}
                name={id('patient')}
                checked={chosen === (p?.id ?? 'new')}
                onChange={() => pick(p?.id ?? 'new')}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={id(p?.id ?? 'new')}>
                {p ? `${p.givenName} ${p.familyName}, born ${p.dateOfBirth}, ${nhs(p.nhsNumber)}` : 'A new patient'}
              </label>
            </div>
          ))}
        </div>
      ) : null}
      {chosen === 'new' ? (
        <>
          {input('givenName', 'First name')}
          {input('familyName', 'Last name')}
          {input('dateOfBirth', 'Date of birth', 'As YYYY-MM-DD, for example 1944-03-02')}
          {input('nhsNumber', 'NHS number (optional)', '10 digits, for example 943 476 5919')}
        </>
      ) : null}
    </fieldset>
  );
}
