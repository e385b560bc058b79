import { AuthRoutes } from '../../../contracts/http/auth';
import { apiFetch, markSigningOut } from '../http/api-fetch';

/** Where a signed-out person lands: the sign-in page, which says they signed out. */
export const SIGNED_OUT_PATH = '/login?signed-out=1';

/**
 * Ends the sign-in on the server (the session is revoked and its open sockets closed there, not
 * just the cookies forgotten here), then leaves for the sign-in page. A page reached with the
 * back button afterwards finds itself signed out.
 */
export async function signOut(): Promise<void> {
  markSigningOut();
  await apiFetch(AuthRoutes.logout, { body: {}, otherwise: () => 'Signing out failed. Try again.' }).catch(
    (err: unknown) => {
      markSigningOut(false); // still signed in: a later 401 sends them to sign in as usual
      throw err;
    },
  );
  window.location.assign(SIGNED_OUT_PATH);
}
