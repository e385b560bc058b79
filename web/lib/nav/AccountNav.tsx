'use client';
import { useEffect, useState } from 'react';
import { SignOutButton } from './SignOutButton';
import { whoAmI, type SignedInStaff } from './who-am-i';

/**
 * The header's account area on staff pages: who is signed in, in which role and for which services,
 * and "Sign out". On a shared ward computer this is how the next person sees whose sign-in is open.
 */
export function AccountNav() {
  const [staff, setStaff] = useState<SignedInStaff | null>(null);
  useEffect(() => {
    void whoAmI().then(setStaff);
  }, []);
  if (!staff) return null;
  return (
    <nav className="nhsuk-header__account" aria-label="Your account" data-testid="account">
      <ul className="nhsuk-header__account-list">
        <li className="nhsuk-header__account-item">
          <span>
            Signed in as <strong>{staff.name}</strong> ({staff.role})
            {staff.services.length ? (
              <>
                <br />
                {staff.services.join(', ')}
              </>
            ) : null}
          </span>
        </li>
        <li className="nhsuk-header__account-item">
          <a className="nhsuk-header__account-link" href={staff.home}>
            Home
          </a>
        </li>
        <li className="nhsuk-header__account-item">
          <SignOutButton className="nhsuk-header__account-button" />
        </li>
      </ul>
    </nav>
  );
}
