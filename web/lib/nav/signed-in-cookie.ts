/**
 * The access cookie's name (the server's ACCESS_COOKIE, which web/ may not import). The layout only
 * asks whether it is there, to spare anonymous visitors a request that would be refused; whether it
 * is valid is the API's to say.
 */
export const ACCESS_COOKIE_NAME = 'convene_access';
