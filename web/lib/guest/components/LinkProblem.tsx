'use client';
import { useEffect, useRef } from 'react';

/** Each refusal's heading: what happened, in words a patient uses. */
const HEADING: Record<string, string> = {
  used: 'This link has already been used',
  expired: 'This link has expired',
  revoked: 'This link has been cancelled',
  closed: 'The service is closed',
  outside_window: 'It is not time for your appointment yet',
  throttled: 'Please try again in a few minutes',
  off: 'This link is not in use',
};

/**
 * Shown instead of any form when the link cannot be used: why, and what to do next. Focused on
 * arrival so it is the first thing read out.
 */
export function LinkProblem({
  code,
  message,
  heading = HEADING[code] ?? 'This link did not work',
  help = 'If you need help now, call the service that sent you the link, or NHS 111. In an emergency call 999.',
}: {
  code: string;
  message: string;
  /** Other journeys' headings and help (an MDT's external clinician is not a patient). */
  heading?: string | undefined;
  help?: string | undefined;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="link-problem-title">
      <h2 className="nhsuk-error-summary__title" id="link-problem-title">
        {heading}
      </h2>
      <div className="nhsuk-error-summary__body">
        <p data-testid="link-error">{message}</p>
        <p>{help}</p>
      </div>
    </div>
  );
}
