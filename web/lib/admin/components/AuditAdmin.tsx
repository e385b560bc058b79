'use client';
import { useCallback, useState, type FormEvent } from 'react';
import { A, adminCall } from '../admin-api';
import { useAdminData } from '../use-admin-data';
import { AdminFrame } from './AdminFrame';
import { AuditTable } from './AuditTable';

const FILTERS: [string, string, string, string?][] = [
  ['action', 'Action', 'text', 'Exact, such as admin.user.disable, or a family ending in a dot, such as admin.'],
  ['actor', 'Who', 'text', 'A username or an id'],
  ['resource', 'What', 'text', 'The id of a user, service or consultation'],
  ['from', 'From', 'date'],
  ['to', 'To', 'date'],
];

/** The audit trail, newest first, narrowed by action, who, what and dates, a page at a time. */
export function AuditAdmin() {
  const [query, setQuery] = useState<Record<string, string>>({ page: '1' });
  const { loaded } = useAdminData(useCallback(() => adminCall(A.audit, { query }), [query]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const given = FILTERS.map(([key]) => [key, String(form.get(key) ?? '').trim()]).filter(([, v]) => v);
    setQuery({ ...Object.fromEntries(given), page: '1' });
  };
  const page = Number(query.page);
  const go = (to: number) => setQuery({ ...query, page: String(to) });

  return (
    <AdminFrame title="Audit trail" loaded={loaded}>
      {({ events, hasMore }) => (
        <>
          <form onSubmit={submit} noValidate className="nhsuk-u-margin-bottom-4">
            {FILTERS.map(([key, label, type, hint]) => (
              <div className="nhsuk-form-group nhsuk-u-margin-bottom-3" key={key}>
                <label className="nhsuk-label" htmlFor={`audit-${key}`}>
                  {label}
                </label>
                {hint ? (
                  <div className="nhsuk-hint" id={`audit-${key}-hint`}>
                    {hint}
                  </div>
                ) : null}
                <input
                  className={`nhsuk-input ${type === 'date' ? 'nhsuk-input--width-10' : 'nhsuk-u-width-two-thirds'}`}
                  id={`audit-${key}`}
                  name={key}
                  type={type}
                  defaultValue={query[key] ?? ''}
                  aria-describedby={hint ? `audit-${key}-hint` : undefined}
                />
              </div>
            ))}
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Show events
            </button>
          </form>
          <AuditTable events={events} />
          <nav className="nhsuk-pagination" role="navigation" aria-label="Pages of the audit trail">
            <ul className="nhsuk-list nhsuk-pagination__list">
              {page > 1 ? (
                <li className="nhsuk-pagination-item--previous">
                  <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => go(page - 1)}>
                    Newer events
                  </button>
                </li>
              ) : null}
              {hasMore ? (
                <li className="nhsuk-pagination-item--next">
                  <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => go(page + 1)}>
                    Older events
                  </button>
                </li>
              ) : null}
            </ul>
          </nav>
        </>
      )}
    </AdminFrame>
  );
}
