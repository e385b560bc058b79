'use client';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../admin/components/ErrorSummary';
import { Field } from '../../admin/components/Field';
import { fromServer, required, type FieldError } from '../../admin/form-errors';
import { inviteExternal, type CreatedExternalInvite } from '../external-api';

const LABELS = { 'external-name': 'the clinician’s name', 'external-role': 'their role and organisation' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = [
  {
    id: 'external-name',
    label: 'Their name',
    type: 'text',
    hint: 'As the panel should see them, for example Dr Jane Roe',
  },
  {
    id: 'external-role',
    label: 'Role and organisation',
    type: 'text',
    hint: 'For example, Consultant radiologist, St Elsewhere NHS Foundation Trust',
  },
  {
    id: 'external-email',
    label: 'Email address (optional)',
    type: 'email',
    hint: 'Kept on record only. Convene does not send it anything: you send them the link.',
  },
];

/** Whom the link is for: the name the panel will see them by, their role and organisation, an email kept on record. */
export function ExternalInviteForm({
  meetingId,
  onMade,
}: {
  meetingId: string;
  onMade(made: CreatedExternalInvite): Promise<void>;
}) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const value = (id: string) => String(form.get(id) ?? '').trim();
    const values = { 'external-name': value('external-name'), 'external-role': value('external-role') };
    const email = value('external-email');
    const problems = required(values, LABELS);
    if (email && !EMAIL.test(email))
      problems.push({ field: 'external-email', message: 'Enter an email address in the correct format' });
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      const body = { name: values['external-name'], roleAndOrganisation: values['external-role'] };
      const made = await inviteExternal(meetingId, email ? { ...body, email } : body);
      formEl.reset();
      await onMade(made);
    } catch (err) {
      setErrors(fromServer(err, { first: 'external-name' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Invite an external clinician">
      <ErrorSummary errors={errors} id="external-errors" />
      {FIELDS.map((f) => (
        <Field key={f.id} id={f.id} label={f.label} errors={errors} hint={f.hint}>
          {(describedBy, inError) => (
            <input
              className={`nhsuk-input nhsuk-u-width-two-thirds${inError ? ' nhsuk-input--error' : ''}`}
              id={f.id}
              name={f.id}
              type={f.type}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy}
            />
          )}
        </Field>
      ))}
      <button type="submit" className="nhsuk-button" disabled={busy}>
        Create link
      </button>
    </form>
  );
}
