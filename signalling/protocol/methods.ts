import type { z } from 'zod';
import { ConsultationMethods } from './methods/consultation';
import { RoomMethods } from './methods/room';

export { RoomId } from './methods/room';
export { QueueEntry, PrecheckResult, ConsultationStatus, GuestKind } from './methods/consultation';

/** Every request a client may send: its data schema and the schema of a successful answer. */
export const Methods = { ...RoomMethods, ...ConsultationMethods } as const;

export type MethodName = keyof typeof Methods;
export type RequestData<M extends MethodName> = z.infer<(typeof Methods)[M]['request']>;
export type ResponseData<M extends MethodName> = z.infer<(typeof Methods)[M]['response']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(Methods, name);
}
