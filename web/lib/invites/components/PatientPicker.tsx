'use client';
import { useState } from 'react';
import { describedBy, FieldError } from '../../guest/components/ErrorSummary';
import { searchPatients, type InvitePatient, type PatientMatch } from '../invite-api';

const nhs = (n: string | null) => (n ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : 'no NHS number');

const EMPTY = { givenName: '', familyName: '', dateOfBirth: '', nhsNumber: '' };
/** A new patient's fields, each with its own error (the form's summary links to them by `fieldId`). */
export type NewPatientField = keyof typeof EMPTY;
export type NewPatientProblems = Partial<Record<NewPatientField, string>>;
/** The id of a new patient's field, for its label and for the error summary's link. */
export const fieldId = (idPrefix: string, field: string) => `${idPrefix}-${field}`;

/**
 * What is missing or malformed in a new patient before it is sent, in the words the NHS design
 * system uses. Only the shape: whether the NHS number's check digit is right is the server's to say.
 */
export function newPatientProblems(p: InvitePatient | undefined): NewPatientProblems {
  if (!p || 'id' in p) return {};
  const dob = /^\d{4}-\d{2}-\d{2}$/.test(p.dateOfBirth) && !Number.isNaN(Date.parse(p.dateOfBirth));
  const digits = (p.nhsNumber ?? '').replace(/[\s-]/g, '');
  const found: NewPatientProblems = {
    givenName: p.givenName.trim() ? undefined : 'Enter the patient’s first name',
    familyName: p.familyName.trim() ? undefined : 'Enter the patient’s last name',
    dateOfBirth: dob ? undefined : 'Enter the date of birth as YYYY-MM-DD, for example 1944-03-02',
    nhsNumber: !digits || /^\d{10}$/.test(digits) ? undefined : 'Enter an NHS number of 10 digits, or leave it empty',
  };
  return Object.fromEntries(Object.entries(found).filter(([, m]) => m)) as NewPatientProblems;
}

/**
 * Names the patient a link is for: one found by name or NHS number among the service's
 * organisation's patients, or a new one. The server checks both (the NHS number by its check digit).
 */
export function PatientPicker({
  serviceId,
  idPrefix,
  onChange,
  problems = {},
}: {
  serviceId: string;
  idPrefix: string;
  onChange(patient: InvitePatient | undefined): void;
  problems?: NewPatientProblems;
}) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PatientMatch[]>();
  const [chosen, setChosen] = useState<string>();
  const [fresh, setFresh] = useState(EMPTY);
  const [error, setError] = useState<string>();
  const id = (s: string) => fieldId(idPrefix, s);
  const search = () => {
    setError(undefined);
    searchPatients(serviceId, query).then(setFound, (e: Error) => setError(e.message));
  };
  const asNew = (p: typeof EMPTY): InvitePatient => ({ ...p, nhsNumber: p.nhsNumber.trim() || undefined });
  const pick = (pid: string) => {
    setChosen(pid);
    // A new patient is named even before anything is typed, so the form asks for their details.
    onChange(pid === 'new' ? asNew(fresh) : { id: pid });
  };
  const edit = (k: NewPatientField, value: string) => {
    const next = { ...fresh, [k]: value };
    setFresh(next);
    onChange(asNew(next));
  };
  const input = (k: NewPatientField, label: string, hint?: string) => (
    <div className={`nhsuk-form-group${problems[k] ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id(k)}>
        {label}
      </label>
      {hint ? <div className="nhsuk-hint">{hint}</div> : null}
      <FieldError id={id(k)} message={problems[k]} />
      <input
        className={`nhsuk-input nhsuk-input--width-20${problems[k] ? ' nhsuk-input--error' : ''}`}
        id={id(k)}
        value={fresh[k]}
        onChange={(e) => edit(k, e.target.value)}
        {...describedBy(id(k), problems[k])}
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
