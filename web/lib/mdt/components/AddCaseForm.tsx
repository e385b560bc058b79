'use client';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../admin/components/ErrorSummary';
import { Field } from '../../admin/components/Field';
import type { FieldError } from '../../admin/form-errors';
import { caseFromForm, caseProblem } from '../case-form';
import { PERFORMANCE_STATUS } from '../case-words';
import { M, mdtCall } from '../mdt-api';

const FIELDS: [id: string, label: string, hint?: string][] = [
  ['case-given', 'Given name'],
  ['case-family', 'Family name'],
  ['case-dob', 'Date of birth', 'For example, 1958-02-11'],
  ['case-nhs', 'NHS number', '10 digits, for example 943 476 5919'],
  ['case-referrer', 'Referring clinician'],
  ['case-referrer-org', 'Referrer’s organisation'],
  ['case-question', 'Question for the MDT'],
  ['case-diagnosis', 'Diagnosis'],
  ['case-stage', 'Stage'],
  ['case-tnm', 'TNM', 'As in the staging report, for example cT2a N1 M0'],
  ['case-comorbidities', 'Comorbidities'],
];

/** A case added to the end of the list: a new patient with their NHS number, the referral, the pre-MDT summary. */
export function AddCaseForm({ meetingId, onAdded }: { meetingId: string; onAdded: () => Promise<void> }) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const read = caseFromForm(new FormData(formEl));
    if ('errors' in read) return setErrors(read.errors);
    try {
      await mdtCall(M.addCase, { params: { id: meetingId }, body: read.body });
      setErrors([]);
      formEl.reset();
      await onAdded();
    } catch (err) {
      setErrors(caseProblem(err));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2>Add a case</h2>
      <ErrorSummary errors={errors} id="case-errors" />
      {FIELDS.map(([id, label, hint]) => (
        <Field key={id} id={id} label={label} errors={errors} {...(hint ? { hint } : {})}>
          {(describedBy, inError) => (
            <input
              className={`nhsuk-input${inError ? ' nhsuk-input--error' : ''}`}
              id={id}
              name={id}
              type="text"
              aria-describedby={describedBy}
            />
          )}
        </Field>
      ))}
      <Field id="case-ps" label="WHO performance status" errors={errors}>
        {(describedBy) => (
          <select className="nhsuk-select" id="case-ps" name="case-ps" aria-describedby={describedBy}>
            <option value="">Not known</option>
            {PERFORMANCE_STATUS.map((words, grade) => (
              <option key={grade} value={grade}>
                {words}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="case-investigations" label="Investigations to review" hint="One per line" errors={errors}>
        {(describedBy) => (
          <textarea
            className="nhsuk-textarea"
            id="case-investigations"
            name="case-investigations"
            rows={3}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <button className="nhsuk-button" type="submit">
        Add case
      </button>
    </form>
  );
}
