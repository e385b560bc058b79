import type { LivePresence } from '../../../contracts/protocol/notifications';

/** How a colleague's presence reads in the directory (and to a screen reader). */
export const PRESENCE_WORDS: Record<LivePresence, string> = {
  online: 'online',
  in_call: 'in a call',
  offline: 'offline',
};
