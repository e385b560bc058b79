'use client';
import { A, adminCall, type AdminAnswer } from '../admin-api';

/** An account as the users page lists it. */
export type AdminUser = AdminAnswer<typeof A.users>['users'][number];

const SMALL = 'nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-1 nhsuk-u-margin-right-2';

/**
 * What can be done to one account: reset its password, unlock it while locked, disable or enable
 * it. Admins are not offered their own account's "Disable" (the server refuses it as well).
 */
export function UserActions({
  user,
  isMe,
  onReset,
  act,
}: {
  user: AdminUser;
  isMe: boolean;
  onReset: () => void;
  act: (work: () => Promise<unknown>) => void;
}) {
  const params = { id: user.id };
  const hidden = <span className="nhsuk-u-visually-hidden"> {user.username}</span>;
  return (
    <>
      <button type="button" className={`${SMALL} nhsuk-button--secondary`} onClick={onReset}>
        Reset password<span className="nhsuk-u-visually-hidden"> for {user.username}</span>
      </button>
      {user.lockedUntil ? (
        <button
          type="button"
          className={`${SMALL} nhsuk-button--secondary`}
          onClick={() => act(() => adminCall(A.unlockUser, { params, body: {} }))}
        >
          Unlock{hidden}
        </button>
      ) : null}
      {user.disabled ? (
        <button
          type="button"
          className={`${SMALL} nhsuk-button--secondary`}
          onClick={() => act(() => adminCall(A.enableUser, { params, body: {} }))}
        >
          Enable{hidden}
        </button>
      ) : isMe ? null : (
        <button
          type="button"
          className={`${SMALL} nhsuk-button--warning`}
          onClick={() => act(() => adminCall(A.disableUser, { params, body: {} }))}
        >
          Disable{hidden}
        </button>
      )}
    </>
  );
}
