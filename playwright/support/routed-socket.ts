import type { Page, WebSocketRoute } from '@playwright/test';

/** A page's signalling socket passed through the test: cut or slowed on demand, and what the server said kept. */
export interface RoutedSocket {
  /** Closes the socket from the server's end (code 1011), as a restarting proxy or a dropped link does. */
  sever(): Promise<void>;
  /** The notifications the server sent this page, by method, oldest first. */
  heard(method: string): unknown[];
  /** Holds back what the page sends as outcome edits (a slow link, on purpose) until `release`. */
  hold(): void;
  release(): void;
}

/**
 * Routes every signalling socket the page opens through the test, so one can be cut "by the
 * server" while the real server sees the same cut (the page's reconnection goes through too), or
 * two people can edit one field "at the same moment" every time: while held, this page's edits wait
 * in the test and everything else flows as usual. Install it before the page opens its socket.
 */
export async function routedSocket(page: Page): Promise<RoutedSocket> {
  const open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  const frames: { method?: string; data?: unknown }[] = [];
  let held: string[] | null = null;
  await page.routeWebSocket(/\/ws(\?|$)/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((m) => {
      if (typeof m === 'string') frames.push(JSON.parse(m) as { method?: string; data?: unknown });
      ws.send(m);
    });
    ws.onMessage((m) => {
      if (held && typeof m === 'string' && m.includes('"mdt.outcome.edit"')) held.push(m);
      else server.send(m);
    });
    open.push({ page: ws, server });
  });
  return {
    async sever() {
      for (const o of open.splice(0)) {
        await o.server.close({ code: 1011, reason: 'cut by the test' });
        await o.page.close({ code: 1011, reason: 'the server closed the connection' });
      }
    },
    heard: (method) => frames.filter((f) => f.method === method).map((f) => f.data),
    hold: () => void (held = []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const m of waiting) open.at(-1)?.server.send(m);
    },
  };
}
