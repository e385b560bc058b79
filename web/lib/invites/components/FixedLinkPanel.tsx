'use client';
import { useEffect, useState } from 'react';
import { fetchFixedLink, switchFixedLink, type FixedLink } from '../invite-api';

/**
 * A service's reusable waiting-area link, to print or put on a website: patients open it to join
 * the queue in opening hours. Turning it off stops the printed link; on again makes a new one.
 */
export function FixedLinkPanel({ serviceId }: { serviceId: string }) {
  const [state, setState] = useState<FixedLink>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    fetchFixedLink(serviceId).then(setState, (e: Error) => setError(e.message));
  }, [serviceId]);
  const toggle = (on: boolean) => {
    setError(undefined);
    switchFixedLink(serviceId, on).then(setState, (e: Error) => setError(e.message));
  };
  if (error) return <p className="nhsuk-error-message">{error}</p>;
  if (!state) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="fixed-link">
      <h3 className="nhsuk-heading-s">Waiting-area link for posters and websites</h3>
      {state.link && state.qrSvg ? (
        <>
          <p className="nhsuk-body-s">
            Anyone with this link can join the queue in opening hours.{' '}
            <span data-testid="fixed-link-url">{state.link}</span>
          </p>
          <img
            className="convene-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.qrSvg)}`}
            alt="QR code of the waiting-area link"
          />
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => toggle(false)}>
            Turn off the waiting-area link
          </button>
        </>
      ) : (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => toggle(true)}>
          Publish a waiting-area link
        </button>
      )}
    </div>
  );
}
