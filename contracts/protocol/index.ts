/** The one signalling protocol, imported by the browser (web/) and the server (signalling/). */
export * from './close-codes';
export * from './envelope';
export * from './media';
export * from './methods';
export * from './notifications';
export * from './version';
