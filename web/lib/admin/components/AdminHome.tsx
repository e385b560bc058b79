'use client';
import { useCallback } from 'react';
import { A, adminCall } from '../admin-api';
import { useAdminData } from '../use-admin-data';
import { AdminFrame } from './AdminFrame';

const SECTIONS: [string, string, string][] = [
  ['/admin/organisations', 'Organisations', 'The organisations using Convene, and registering a new one.'],
  ['/admin/services', 'Services', 'Your queues, clinics and MDTs: opening hours and who works them.'],
  ['/admin/users', 'Users', 'Accounts: create, disable, unlock and reset passwords.'],
  ['/admin/audit', 'Audit trail', 'Who did what, and when.'],
];

/** The administrator's start page; it asks the API first, so only an admin sees the links. */
export function AdminHome() {
  const { loaded } = useAdminData(useCallback(() => adminCall(A.organisations, {}), []));
  return (
    <AdminFrame title="Administration" loaded={loaded} home>
      {({ organisations }) => (
        <>
          <p className="nhsuk-lede-text">{organisations.find((o) => o.own)?.name ?? ''}</p>
          <ul className="nhsuk-list">
            {SECTIONS.map(([href, name, what]) => (
              <li key={href}>
                <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                  <a href={href}>{name}</a>
                </h2>
                <p>{what}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminFrame>
  );
}
