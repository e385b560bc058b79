import type { ServiceSummary } from '../staff-api';

/** An MDT has no queue: its members are sent to their meetings and case lists instead. */
export function MdtMeetingsLink({ mdts }: { mdts: ServiceSummary[] }) {
  if (!mdts.length) return null;
  return (
    <section aria-labelledby="mdt-meetings" data-testid="mdt-link">
      <h2 id="mdt-meetings" className="nhsuk-heading-m">
        MDT meetings
      </h2>
      <p>
        <a href="/mdt">Your MDT meetings and case lists</a> ({mdts.map((m) => m.name).join(', ')})
      </p>
    </section>
  );
}
