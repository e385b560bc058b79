'use client';
import { openingState, whenItOpens } from '../../../../contracts/opening-hours';
import type { ServiceSummary } from '../staff-api';

/** Whether new arrivals can join the queue now; those already waiting stay either way. */
export function OpenOrClosed({ service, now }: { service: ServiceSummary; now: number }) {
  if (!service.openingHours) return null;
  const state = openingState(service.openingHours, new Date(now));
  return state.open ? (
    <p data-testid="service-open">
      <strong className="nhsuk-tag nhsuk-tag--green">Open</strong>
    </p>
  ) : (
    <p data-testid="service-open">
      <strong className="nhsuk-tag nhsuk-tag--grey">Closed</strong> New arrivals are turned away.{' '}
      {whenItOpens(service.openingHours, state)}
    </p>
  );
}
