import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { sendJson } from './http-json';
import { requestPath } from './request-path';

export type PathHandler = (req: IncomingMessage, res: ServerResponse, path: string) => void | Promise<void>;

function reject(res: ServerResponse, status: number, code: string, message: string, requestId: string): void {
  if (res.headersSent) return void res.end();
  sendJson(res, status, { error: { code, message, requestId } });
}

/**
 * The one error boundary every HTTP request passes through: a malformed target is answered 400 at
 * once, anything a handler throws (or rejects with) is logged with a request id and answered 500
 * with that id, so no request is left hanging and no error needs a process-wide handler.
 */
export function httpEntry(logger: Logger, handle: PathHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const path = requestPath(req.url);
    if (path === null) return reject(res, 400, 'bad_request', 'the request target is not a valid path', requestId);
    const failed = (err: unknown): void => {
      logger.error({ err, requestId, method: req.method, path }, 'HTTP request failed');
      reject(res, 500, 'internal', 'something went wrong; it has been logged', requestId);
    };
    try {
      const done = handle(req, res, path);
      if (done) done.catch(failed);
    } catch (err) {
      failed(err);
    }
  };
}
