/** Invite links: issued and withdrawn by staff, checked and redeemed by guests for an access token. */
export type { GuestAccess, InviteDeps, InviteRequest, IssuedInvite } from './invite-types';
export { issueInvite, issueInviteIn } from './invite-issue';
export { revokeInvite } from './invite-revoke';
export { redeemInvite } from './invite-redemption';
export { checkInvite, type InviteCheck } from './invite-check';
export {
  DEFAULT_INVITE_HOURS,
  GUEST_ACCESS_TTL_SECONDS,
  MAX_INVITE_DAYS,
  WINDOW_GRACE_AFTER_MINUTES,
  WINDOW_GRACE_BEFORE_MINUTES,
} from './invite-windows';
