import type { Kysely } from 'kysely';
import type { Database, GuestKind, InviteScope } from '../db/schema';
import type { TokenService } from './tokens';

/** What a link is asked for: whom it is for, where it leads, and when it works. */
export interface InviteRequest {
  scope: { kind: InviteScope; id: string };
  guestKind: GuestKind;
  displayName?: string | null;
  /** Bind the link to this appointment's time (plus grace); its expiry follows the slot. */
  appointmentId?: string | null;
  /** Or to an explicit window, before grace is added. */
  window?: { start: Date; end: Date } | null;
  /** Or to a window used exactly as given, with no grace (an MDT meeting's: an hour before it to its end). */
  exactWindow?: { start: Date; end: Date } | null;
  expiresAt?: Date | null;
  singleUse?: boolean;
  /** The patient the link is for (checked by the caller to belong to the service's organisation). */
  patientId?: string | null;
  /** For an arrival by a service's fixed link: the link, and the date of birth they gave. */
  fixedLinkId?: string | null;
  dateOfBirth?: string | null;
}

/** A link as issued: its id (to withdraw it), the signed token, and when it works. */
export interface IssuedInvite {
  jti: string;
  token: string;
  expiresAt: Date;
  window: { start: Date; end: Date } | null;
  singleUse: boolean;
}

/** What redeeming a link gives a guest: an access token scoped to where the link leads. */
export interface GuestAccess {
  accessToken: string;
  accessExpiresAt: Date;
  guest: { id: string; name: string; kind: GuestKind; scope: { kind: InviteScope; id: string } };
}

/** What the invite functions work with; `now` is a test's clock. */
export interface InviteDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  now?: () => Date;
}
