import type { Page, WebSocketRoute } from '@playwright/test';

/** Holds back what a page sends as outcome edits, then lets it go: a slow link, on purpose. */
export interface HeldEdits {
  hold(): void;
  release(): void;
}

/**
 * Routes the page's signalling socket through the test so that two people can edit one field "at
 * the same moment" every time: while held, this page's edits wait in the test and everything else
 * (the call, the panel, others' edits arriving) flows as usual. Install it before the page opens.
 */
export async function holdableEdits(page: Page): Promise<HeldEdits> {
  let held: string[] | null = null;
  let server: WebSocketRoute | undefined;
  await page.routeWebSocket(/\/ws(\?|$)/, (ws) => {
    const toServer = (server = ws.connectToServer());
    ws.onMessage((m) => {
      if (held && typeof m === 'string' && m.includes('"mdt.outcome.edit"')) held.push(m);
      else toServer.send(m);
    });
  });
  return {
    hold: () => void (held = []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const m of waiting) server?.send(m);
    },
  };
}
