import type { z } from 'zod';
import { ConsultationMethods } from './methods/consultation';
import { MdtMethods } from './methods/mdt';
import { PrecheckMethods } from './methods/precheck';
import { RoomMethods } from './methods/room';
import { SessionMethods } from './methods/session';

export { RoomId } from './methods/room';
export { QueueEntry, PrecheckResult, ConsultationStatus, GuestKind } from './methods/consultation';
export { ProbeMeasurement } from './methods/precheck';

/** Every request a client may send: its data schema and the schema of a successful answer. */
export const Methods = {
  ...RoomMethods,
  ...ConsultationMethods,
  ...PrecheckMethods,
  ...SessionMethods,
  ...MdtMethods,
} as const;

export type MethodName = keyof typeof Methods;
export type RequestData<M extends MethodName> = z.infer<(typeof Methods)[M]['request']>;
export type ResponseData<M extends MethodName> = z.infer<(typeof Methods)[M]['response']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(Methods, name);
}
