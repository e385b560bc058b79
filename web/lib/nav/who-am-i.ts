import { AuthRoutes } from '../../../contracts/http/auth';
import { homeFor } from '../../../contracts/role-homes';
import { ServiceRoutes } from '../../../contracts/http/services';
import { apiFetch } from '../http/api-fetch';

/** What the header says of the person signed in: enough to notice a colleague's forgotten sign-in. */
export interface SignedInStaff {
  name: string;
  role: string;
  services: string[];
  /** The page their role starts from: "Home" in the header takes them back to it. */
  home: string;
}

/** The signed-in member of staff, or null for a guest or someone whose sign-in has ended. */
export async function whoAmI(): Promise<SignedInStaff | null> {
  const me = await apiFetch(AuthRoutes.me, {}).catch(() => null);
  if (!me || me.role === 'guest') return null;
  const mine = await apiFetch(ServiceRoutes.mine, {}).catch(() => ({ services: [] }));
  return {
    name: me.name,
    role: me.role.replace(/_/g, ' '),
    services: mine.services.map((s) => s.name),
    home: homeFor(me.role),
  };
}
