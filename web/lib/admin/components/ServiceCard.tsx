'use client';
import { useState, type FormEvent } from 'react';
import { A, adminCall, type AdminAnswer } from '../admin-api';
import { describeHours, hoursFrom } from '../opening-hours-form';
import { HoursFields } from './HoursFields';
import { SERVICE_KIND_NAMES } from './ServiceForm';

type Service = AdminAnswer<typeof A.services>['services'][number];
type User = AdminAnswer<typeof A.users>['users'][number];

/** One service: who works it (add and remove), and its opening hours (change them). */
export function ServiceCard({
  service,
  users,
  onChange,
}: {
  service: Service;
  users: User[];
  onChange: () => Promise<void>;
}) {
  const [problem, setProblem] = useState('');
  const id = `svc-${service.id}`;
  const candidates = users.filter((u) => !u.disabled && !service.members.some((m) => m.id === u.id));

  const run = async (event: FormEvent<HTMLFormElement> | null, work: (form: FormData) => Promise<unknown>) => {
    event?.preventDefault();
    setProblem('');
    try {
      await work(event ? new FormData(event.currentTarget) : new FormData());
      await onChange();
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  const params = { id: service.id };

  return (
    <section className="nhsuk-card" aria-labelledby={`${id}-title`} data-service={service.name}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`${id}-title`}>
          {service.name}
        </h2>
        <p className="nhsuk-body-s">
          {SERVICE_KIND_NAMES[service.kind]} · {describeHours(service.openingHours)}
        </p>
        {problem ? (
          <p className="nhsuk-error-message" role="alert">
            {problem}
          </p>
        ) : null}
        <h3 className="nhsuk-heading-s">Members</h3>
        {service.members.length ? (
          <ul className="nhsuk-list">
            {service.members.map((m) => (
              <li key={m.id}>
                {m.displayName} ({m.username}){' '}
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                  onClick={() =>
                    void run(null, () =>
                      adminCall(A.removeMember, { params: { id: service.id, userId: m.id }, body: {} }),
                    )
                  }
                >
                  Remove
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    {m.username} from {service.name}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>No members yet.</p>
        )}
        {candidates.length ? (
          <form
            noValidate
            onSubmit={(e) =>
              void run(e, (f) => adminCall(A.addMember, { params, body: { userId: String(f.get('user')) } }))
            }
          >
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-user`}>
                Add a member to {service.name}
              </label>
              <select className="nhsuk-select" id={`${id}-user`} name="user">
                {candidates.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.displayName} ({u.username})
                  </option>
                ))}
              </select>
            </div>
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Add member
            </button>
          </form>
        ) : null}
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Change opening hours</span>
          </summary>
          <div className="nhsuk-details__text">
            <form
              noValidate
              onSubmit={(e) =>
                void run(e, (f) =>
                  adminCall(A.setHours, { params, body: { openingHours: hoursFrom(f, `${id}-hours`) } }),
                )
              }
            >
              <HoursFields prefix={`${id}-hours`} legend={`Opening hours of ${service.name}`} />
              <button className="nhsuk-button nhsuk-button--secondary" type="submit">
                Save opening hours
              </button>
            </form>
          </div>
        </details>
      </div>
    </section>
  );
}
