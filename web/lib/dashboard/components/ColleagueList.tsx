'use client';
import { useEffect, useState } from 'react';
import type { SignallingClient } from '../../../../contracts/client/signalling-client';
import type { LivePresence } from '../../../../contracts/protocol/notifications';
import { PRESENCE_WORDS } from '../../presence/presence-words';
import { useLivePresence } from '../../presence/use-live-presence';
import { fetchDirectory, type Colleague } from '../staff-api';

// What the directory said when it was read, until the socket tells of a change.
const availability = (c: Colleague, presence: LivePresence): string =>
  [PRESENCE_WORDS[presence], c.onCall ? 'on call' : ''].filter(Boolean).join(', ');

/** Colleagues on the same services, to ask into the call from the staff directory. */
export function ColleagueList({
  signalling,
  onAsk,
}: {
  signalling: SignallingClient;
  onAsk(userId: string, name: string): void;
}) {
  const [colleagues, setColleagues] = useState<Colleague[]>();
  const [error, setError] = useState<string>();
  const live = useLivePresence(signalling);
  useEffect(() => {
    fetchDirectory().then(setColleagues, (err: Error) => setError(err.message));
  }, []);
  if (error) return <p className="nhsuk-error-message">{error}</p>;
  if (!colleagues) return <p className="nhsuk-body-s">Loading colleagues…</p>;
  if (colleagues.length === 0) return <p className="nhsuk-body-s">No colleagues share your services.</p>;
  return (
    <ul className="nhsuk-list" data-testid="colleagues">
      {colleagues.map((c) => (
        <li key={c.userId} data-presence={live(c.userId) ?? c.presence}>
          {c.name}{' '}
          <span className="nhsuk-body-s">
            ({c.role.replace(/_/g, ' ')}; {availability(c, live(c.userId) ?? c.presence)})
          </span>{' '}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => onAsk(c.userId, c.name)}
          >
            Ask {c.name} to join
          </button>
        </li>
      ))}
    </ul>
  );
}
