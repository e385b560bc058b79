/** Bumped on any change to the wire format that an older client cannot read. */
export const PROTOCOL_VERSION = 1;
/** The WebSocket subprotocol a client offers; the server refuses any other. */
export const SUBPROTOCOL = `convene.v${PROTOCOL_VERSION}`;
