'use client';
import { useState, type FormEvent } from 'react';
import { SERVICE_KINDS, type ServiceKind } from '../../../../contracts/vocabulary';
import { A, adminCall } from '../admin-api';
import { fromServer, required, type FieldError } from '../form-errors';
import { hoursFrom } from '../opening-hours-form';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { HoursFields } from './HoursFields';

/** Service kinds as people say them. */
export const SERVICE_KIND_NAMES: Record<ServiceKind, string> = {
  on_demand_hub: 'On-demand hub (a queue)',
  scheduled_clinic: 'Scheduled clinic',
  mdt: 'MDT meeting',
};

/** A new service in the admin's organisation: its name, kind and opening hours. */
export function ServiceForm({ onMade }: { onMade: () => Promise<void> }) {
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const name = String(form.get('service-name') ?? '');
    const problems = required({ 'service-name': name }, { 'service-name': 'the service’s name' });
    setErrors(problems);
    if (problems.length) return;
    try {
      const kind = String(form.get('service-kind')) as ServiceKind;
      await adminCall(A.createService, { body: { name, kind, openingHours: hoursFrom(form, 'new-hours') } });
      formEl.reset();
      await onMade();
    } catch (err) {
      setErrors(fromServer(err, { first: 'service-name' }));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2>Create a service</h2>
      <ErrorSummary errors={errors} id="service-errors" />
      <Field id="service-name" label="Name" errors={errors}>
        {(describedBy, inError) => (
          <input
            className={`nhsuk-input${inError ? ' nhsuk-input--error' : ''}`}
            id="service-name"
            name="service-name"
            type="text"
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id="service-kind" label="Kind" errors={errors}>
        {(describedBy) => (
          <select className="nhsuk-select" id="service-kind" name="service-kind" aria-describedby={describedBy}>
            {SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SERVICE_KIND_NAMES[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <HoursFields prefix="new-hours" legend="Opening hours" />
      <button className="nhsuk-button" type="submit">
        Create service
      </button>
    </form>
  );
}
