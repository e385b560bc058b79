import { z } from 'zod';

/**
 * The connection's own sign-in. An access token lasts minutes and the server closes the socket
 * when it expires, so a long-open page (a dashboard through a shift) hands over a fresh one —
 * same person, same sign-in — before then.
 */
export const SessionMethods = {
  'session.refresh': {
    request: z.object({ accessToken: z.string().min(1).max(8192) }),
    response: z.object({ expiresAt: z.iso.datetime() }),
  },
} as const;
