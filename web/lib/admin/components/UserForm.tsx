'use client';
import { useState, type FormEvent } from 'react';
import { STAFF_ROLES, type StaffRole } from '../../../../contracts/vocabulary';
import { A, adminCall } from '../admin-api';
import { fromServer, required, type FieldError } from '../form-errors';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';

/** Roles as people say them. */
export const ROLE_NAMES: Record<StaffRole, string> = {
  clinician: 'Clinician',
  nurse: 'Nurse',
  coordinator: 'Coordinator',
  admin: 'Administrator',
  care_home_staff: 'Care home staff',
  prison_staff: 'Prison healthcare staff',
};

const LABELS = { 'user-username': 'a username', 'user-name': 'their full name' };

/** A new account in the admin's organisation; the server makes its first password and `onMade` shows it. */
export function UserForm({ onMade }: { onMade: (who: string, password: string) => Promise<void> }) {
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const values = {
      'user-username': String(form.get('user-username') ?? ''),
      'user-name': String(form.get('user-name') ?? ''),
    };
    const problems = required(values, LABELS);
    setErrors(problems);
    if (problems.length) return;
    try {
      const role = String(form.get('user-role')) as StaffRole;
      const body = { username: values['user-username'], displayName: values['user-name'], role };
      const made = await adminCall(A.createUser, { body });
      formEl.reset();
      await onMade(`${made.displayName} (${made.username})`, made.password);
    } catch (err) {
      setErrors(fromServer(err, { first: 'user-username', conflict: 'user-username' }));
    }
  };

  const input = (id: string, autoComplete: string) => (describedBy: string | undefined, inError: boolean) => (
    <input
      className={`nhsuk-input nhsuk-u-width-two-thirds${inError ? ' nhsuk-input--error' : ''}`}
      id={id}
      name={id}
      type="text"
      autoComplete={autoComplete}
      spellCheck={false}
      aria-describedby={describedBy}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <h2>Create a user</h2>
      <ErrorSummary errors={errors} id="user-errors" />
      <Field
        id="user-username"
        label="Username"
        hint="3 to 64 letters, digits, dots, dashes or underscores, such as j.smith"
        errors={errors}
      >
        {input('user-username', 'off')}
      </Field>
      <Field id="user-name" label="Full name" errors={errors}>
        {input('user-name', 'off')}
      </Field>
      <Field id="user-role" label="Role" errors={errors}>
        {(describedBy) => (
          <select className="nhsuk-select" id="user-role" name="user-role" aria-describedby={describedBy}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button className="nhsuk-button" type="submit">
        Create user
      </button>
    </form>
  );
}
