import type { A, AdminAnswer } from '../admin-api';

type Line = AdminAnswer<typeof A.audit>['events'][number];

const when = (at: string) =>
  new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'medium' });

/** One page of the audit trail as a table that stacks on a phone. */
export function AuditTable({ events }: { events: Line[] }) {
  if (!events.length) return <p>No events match.</p>;
  const cell = (heading: string, value: string) => (
    <td role="cell" className="nhsuk-table__cell">
      <span className="nhsuk-table-responsive__heading">{heading} </span>
      {value}
    </td>
  );
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption">Events, newest first</caption>
      <thead className="nhsuk-table__head">
        <tr role="row">
          <th scope="col">When</th>
          <th scope="col">Action</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {events.map((e) => (
          <tr key={e.id} role="row" className="nhsuk-table__row">
            {cell('When', when(e.at))}
            {cell('Action', e.action)}
            {cell('Who', e.actorId ? `${e.actorId}${e.actorRole ? ` (${e.actorRole})` : ''}` : 'nobody signed in')}
            {cell('What', e.resourceType ? `${e.resourceType} ${e.resourceId ?? ''}` : '')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
