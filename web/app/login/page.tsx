import type { Metadata } from 'next';
import { SignInForm } from '../../lib/auth/components/SignInForm';

export const metadata: Metadata = { title: 'Sign in' };

export default function LoginPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to Convene</h1>
        <p>For clinicians, hub nurses, coordinators and care-home and prison healthcare staff.</p>
        <SignInForm />
        <p className="nhsuk-body-s">
          Patients, relatives and interpreters do not need an account: use the link you were sent.
        </p>
      </div>
    </div>
  );
}
