'use client';
import type { ConnectionStatus } from '../../../contracts/client/reconnect';

/**
 * Says, while it lasts, that the page lost the server and is getting it back by itself, so nobody
 * reloads (and loses what they typed) or thinks the meeting went on without them.
 */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  if (status !== 'reconnecting') return null;
  return (
    <div className="nhsuk-warning-callout" role="status" data-testid="reconnecting">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Reconnecting
        </span>
      </h2>
      <p>The connection to the server was lost. It is being restored; anything you type is kept and saved then.</p>
    </div>
  );
}
