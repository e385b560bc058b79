import { z } from 'zod';

/** The three kinds of frame on the wire. Every frame is one JSON object. */
export const RequestFrame = z.object({
  type: z.literal('request'),
  id: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31),
  method: z.string().min(1).max(64),
  data: z.unknown().optional(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

export const ERROR_CODES = [
  /** Not JSON, or not a request frame, or data that does not match the method's schema. */
  'bad_request',
  'unknown_method',
  /** The identity may not do this to this resource. */
  'forbidden',
  'not_found',
  /** Valid, but not now: e.g. creating a producer before joining a room. */
  'out_of_order',
  /** Once good, no longer: a resume token past its grace period, or already used. */
  'expired',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBody = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ResponseFrame = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('response'), id: z.number().nullable(), ok: z.literal(true), data: z.unknown() }),
  z.object({ type: z.literal('response'), id: z.number().nullable(), ok: z.literal(false), error: ErrorBody }),
]);
export type ResponseFrame = z.infer<typeof ResponseFrame>;

export const NotificationFrame = z.object({ type: z.literal('notification'), method: z.string(), data: z.unknown() });
export type NotificationFrame = z.infer<typeof NotificationFrame>;

export const ServerFrame = z.union([ResponseFrame, NotificationFrame]);
export type ServerFrame = z.infer<typeof ServerFrame>;
