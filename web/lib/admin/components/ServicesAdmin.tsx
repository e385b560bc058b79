'use client';
import { useCallback } from 'react';
import { A, adminCall } from '../admin-api';
import { useAdminData } from '../use-admin-data';
import { AdminFrame } from './AdminFrame';
import { ServiceCard } from './ServiceCard';
import { ServiceForm } from './ServiceForm';

const load = async () => {
  const [{ services }, { users }] = await Promise.all([adminCall(A.services, {}), adminCall(A.users, {})]);
  return { services, users };
};

/** The organisation's services, each with its members and hours, and a form for a new one. */
export function ServicesAdmin() {
  const { loaded, reload } = useAdminData(useCallback(load, []));
  return (
    <AdminFrame title="Services" loaded={loaded}>
      {({ services, users }) => (
        <>
          {services.length ? null : <p>Your organisation has no services yet.</p>}
          {services.map((s) => (
            <ServiceCard key={s.id} service={s} users={users} onChange={reload} />
          ))}
          <ServiceForm onMade={reload} />
        </>
      )}
    </AdminFrame>
  );
}
