'use client';
import { useCallback, useState, type ReactNode } from 'react';
import { AuthRoutes } from '../../../../contracts/http/auth';
import { A, adminCall } from '../admin-api';
import { useAdminData } from '../use-admin-data';
import { AdminFrame } from './AdminFrame';
import { ShownOnce } from './ShownOnce';
import { UserActions, type AdminUser } from './UserActions';
import { ROLE_NAMES, UserForm } from './UserForm';

/** The accounts, and who is looking (so an admin is not offered to disable themselves). */
const load = async () => {
  const [{ users }, me] = await Promise.all([adminCall(A.users, {}), adminCall(AuthRoutes.me, {})]);
  return { users, me: me.id };
};

const status = (u: AdminUser) => (u.disabled ? 'Disabled' : u.lockedUntil ? 'Locked' : 'Active');

/** The organisation's accounts, what can be done to each, and a form for a new one. */
export function UsersAdmin() {
  const { loaded, reload } = useAdminData(useCallback(load, []));
  const [shown, setShown] = useState<{ who: string; password: string; what: string }>();
  const [problem, setProblem] = useState('');

  const act = (u: AdminUser) => async (work: () => Promise<unknown>) => {
    setProblem('');
    setShown(undefined);
    try {
      await work();
      await reload();
    } catch (err) {
      setProblem(`${u.username}: ${(err as Error).message}`);
    }
  };
  const reset = (u: AdminUser) =>
    act(u)(async () => {
      const { password } = await adminCall(A.resetPassword, { params: { id: u.id }, body: {} });
      setShown({ who: `${u.displayName} (${u.username})`, password, what: 'The new password' });
    });
  const made = async (who: string, password: string) => {
    setShown({ who, password, what: 'The first password' });
    await reload();
  };
  const cell = (heading: string, content: ReactNode) => (
    <td role="cell" className="nhsuk-table__cell">
      <span className="nhsuk-table-responsive__heading">{heading} </span>
      {content}
    </td>
  );

  return (
    <AdminFrame title="Users" loaded={loaded}>
      {({ users, me }) => (
        <>
          {shown ? <ShownOnce {...shown} /> : null}
          {problem ? (
            <div className="nhsuk-error-summary" role="alert">
              <h2 className="nhsuk-error-summary__title">There is a problem</h2>
              <div className="nhsuk-error-summary__body">
                <p>{problem}</p>
              </div>
            </div>
          ) : null}
          <table className="nhsuk-table-responsive">
            <caption className="nhsuk-table__caption">Accounts in your organisation</caption>
            <thead className="nhsuk-table__head">
              <tr role="row">
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {users.map((u) => (
                <tr key={u.id} role="row" className="nhsuk-table__row" data-username={u.username}>
                  {cell('Name', `${u.displayName} (${u.username})`)}
                  {cell('Role', ROLE_NAMES[u.role])}
                  {cell('Status', status(u))}
                  {cell(
                    'Actions',
                    <UserActions
                      user={u}
                      isMe={u.id === me}
                      onReset={() => void reset(u)}
                      act={(w) => void act(u)(w)}
                    />,
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <UserForm onMade={made} />
        </>
      )}
    </AdminFrame>
  );
}
