import { ServerFrame } from '../protocol/envelope';
import type { NotificationData } from '../protocol/notifications';
import { RequestError } from './request-error';

/** The browser's WebSocket, or the `ws` package's in tests and other Node clients. */
export type WebSocketCtor = new (url: string, protocols?: string | string[]) => WebSocket;

/**
 * One socket, resolved once the server has greeted it. A socket the server closes before its
 * greeting rejects with the close code, so the caller can tell a refusal from a network failure.
 */
export function openSocket(
  url: string,
  protocol: string,
  Impl: WebSocketCtor,
): Promise<{ socket: WebSocket; welcome: NotificationData<'welcome'> }> {
  const socket = new Impl(url, protocol);
  // A failed socket reports 'error' and then 'close'; the close says it all (and the `ws` package
  // would throw an 'error' nobody listens to).
  socket.addEventListener('error', () => {});
  return new Promise((resolve, reject) => {
    const onClose = (e: CloseEvent): void =>
      reject(new RequestError('disconnected', `${e.code}: ${e.reason || 'connection failed'}`, e.code));
    socket.addEventListener('close', onClose, { once: true });
    socket.addEventListener(
      'message',
      (e) => {
        const frame = ServerFrame.safeParse(JSON.parse(String(e.data)));
        socket.removeEventListener('close', onClose);
        if (frame.success && frame.data.type === 'notification' && frame.data.method === 'welcome') {
          resolve({ socket, welcome: frame.data.data as NotificationData<'welcome'> });
        } else {
          socket.close();
          reject(new RequestError('bad_request', 'the server did not greet this client'));
        }
      },
      { once: true },
    );
  });
}
