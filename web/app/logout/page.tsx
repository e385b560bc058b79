import type { Metadata } from 'next';
import { SignOutButton } from '../../lib/nav/SignOutButton';

export const metadata: Metadata = { title: 'Sign out' };

/** /logout asks before signing out: a GET never ends a sign-in (a prefetch or a stray link could). */
export default function LogoutPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign out of Convene</h1>
        <p>Signing out ends your sign-in on this device and closes any call you have open here.</p>
        <SignOutButton className="nhsuk-button" />
        <p>
          <a href="/dashboard">Back to your queues</a>
        </p>
      </div>
    </div>
  );
}
