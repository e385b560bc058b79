import { ApiError } from '../http/api-error';

/** One problem with a form: the field it is about (for the summary's link and the field's message). */
export interface FieldError {
  field: string;
  message: string;
}

/** The problems a required field left empty makes, in the design system's "Enter …" words. */
export function required(values: Record<string, string>, labels: Record<string, string>): FieldError[] {
  return Object.entries(labels)
    .filter(([field]) => !values[field]?.trim())
    .map(([field, label]) => ({ field, message: `Enter ${label}` }));
}

/**
 * The server's refusal as a form problem: a taken username belongs to the username field, anything
 * else to the form's first field, so the summary still links somewhere useful.
 */
export function fromServer(err: unknown, fields: { first: string; conflict?: string }): FieldError[] {
  if (!(err instanceof ApiError)) return [{ field: fields.first, message: 'Convene could not be reached. Try again.' }];
  const field = err.code === 'conflict' && fields.conflict ? fields.conflict : fields.first;
  return [{ field, message: err.message.charAt(0).toUpperCase() + err.message.slice(1) }];
}
