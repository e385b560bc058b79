import { ErrorAnswer } from '../../../contracts/http/shapes';

/**
 * The one error an API call fails with: the HTTP status, the server's code (`wrong_password`,
 * `expired`, …) for pages that word a refusal their own way, and a message the page can show as is.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The code of an answer that was not what the route promised (a proxy's error page, say). */
export const UNREADABLE = 'unreadable_answer';

/** The error a failed answer carries, or `otherwise`'s words when it carries none of its own. */
export async function errorFrom(res: Response, otherwise: (status: number) => string): Promise<ApiError> {
  const answer = ErrorAnswer.safeParse(await res.json().catch(() => undefined));
  if (!answer.success) return new ApiError(res.status, UNREADABLE, otherwise(res.status));
  return new ApiError(res.status, answer.data.error.code, answer.data.error.message);
}
