'use client';
import { useState, type FormEvent } from 'react';
import { afterSignIn, signIn, type SignInResult } from '../sign-in';

export function SignInForm() {
  const [error, setError] = useState<Extract<SignInResult, { ok: false }> | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await signIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
    setBusy(false);
    if (result.ok) {
      const next = new URLSearchParams(window.location.search).get('next');
      window.location.assign(afterSignIn(result.user, next, window.location.origin));
    } else setError(result);
  };

  const fieldError = (field: 'username' | 'password') =>
    error && (error.field === field || (!error.field && field === 'username')) ? (
      <span className="nhsuk-error-message" id={`${field}-error`}>
        <span className="nhsuk-u-visually-hidden">Error:</span> {error.message}
      </span>
    ) : null;

  return (
    <form onSubmit={submit} noValidate>
      {error && (
        <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="error-summary-title">
            There is a problem
          </h2>
          <div className="nhsuk-error-summary__body">
            <ul className="nhsuk-list nhsuk-error-summary__list">
              <li>
                <a href={`#${error.field ?? 'username'}`}>{error.message}</a>
              </li>
            </ul>
          </div>
        </div>
      )}
      {(['username', 'password'] as const).map((field) => (
        <div key={field} className={`nhsuk-form-group${fieldError(field) ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor={field}>
            {field === 'username' ? 'Username' : 'Password'}
          </label>
          {fieldError(field)}
          <input
            className="nhsuk-input nhsuk-u-width-two-thirds"
            id={field}
            name={field}
            type={field === 'password' ? 'password' : 'text'}
            autoComplete={field === 'password' ? 'current-password' : 'username'}
            spellCheck={false}
            aria-describedby={fieldError(field) ? `${field}-error` : undefined}
          />
        </div>
      ))}
      <button className="nhsuk-button" type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
