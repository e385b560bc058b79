'use client';
import { useState, type FormEvent } from 'react';
import { signOut } from './sign-out';

/**
 * "Sign out" as a form that POSTs (through the API), never a link: a GET that signs people out
 * could be set off by a prefetch or an image on another page. `className` styles it for where it sits.
 */
export function SignOutButton({ className }: { className: string }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    signOut().catch((err: Error) => {
      setBusy(false);
      setError(err.message);
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <button className={className} type="submit" disabled={busy}>
        Sign out
      </button>
      {error ? (
        <span className="nhsuk-error-message" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
