/** Invite links: issued and withdrawn by staff, redeemed by guests for an access token. */
export type { GuestAccess, InviteDeps, InviteRequest, IssuedInvite } from './invite-types';
export { issueInvite, revokeInvite } from './invite-issue';
export { redeemInvite } from './invite-redemption';
export {
  DEFAULT_INVITE_HOURS,
  GUEST_ACCESS_TTL_SECONDS,
  MAX_INVITE_DAYS,
  WINDOW_GRACE_AFTER_MINUTES,
  WINDOW_GRACE_BEFORE_MINUTES,
} from './invite-windows';

