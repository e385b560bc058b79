'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The design system's success banner. It takes focus when it appears, so whoever pressed the
 * button at the foot of a long form hears and sees that it worked.
 */
export function SuccessBanner({ id, heading, children }: { id: string; heading: string; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [heading]);
  return (
    <div
      ref={box}
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-testid="success-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={`${id}-title`}>
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
