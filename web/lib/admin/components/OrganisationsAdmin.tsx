'use client';
import { useCallback, useState, type FormEvent } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../contracts/vocabulary';
import { A, adminCall } from '../admin-api';
import { fromServer, required, type FieldError } from '../form-errors';
import { useAdminData } from '../use-admin-data';
import { AdminFrame } from './AdminFrame';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';

const KIND_NAMES: Record<OrganisationKind, string> = {
  trust: 'NHS trust',
  hub: 'Clinical hub',
  care_home: 'Care home',
  prison: 'Prison',
  gp_practice: 'GP practice',
};

/** Every organisation, and a form to register a new one (a care home joining, say). */
export function OrganisationsAdmin() {
  const { loaded, reload } = useAdminData(useCallback(() => adminCall(A.organisations, {}), []));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [made, setMade] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const name = String(form.get('org-name') ?? '');
    const problems = required({ 'org-name': name }, { 'org-name': 'the organisation’s name' });
    setErrors(problems);
    if (problems.length) return;
    try {
      const kind = String(form.get('org-kind')) as OrganisationKind;
      const org = await adminCall(A.createOrganisation, { body: { name, kind } });
      setMade(org.name);
      formEl.reset();
      await reload();
    } catch (err) {
      setErrors(fromServer(err, { first: 'org-name' }));
    }
  };

  return (
    <AdminFrame title="Organisations" loaded={loaded}>
      {({ organisations }) => (
        <>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption">Organisations using Convene</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {organisations.map((o) => (
                <tr key={o.id} className="nhsuk-table__row">
                  <td className="nhsuk-table__cell">
                    {o.name}
                    {o.own ? <strong> (yours)</strong> : null}
                  </td>
                  <td className="nhsuk-table__cell">{KIND_NAMES[o.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Register an organisation</h2>
          {made ? (
            <p className="nhsuk-inset-text" role="status">
              {made} has been registered.
            </p>
          ) : null}
          <form onSubmit={submit} noValidate>
            <ErrorSummary errors={errors} id="org-errors" />
            <Field id="org-name" label="Name" errors={errors}>
              {(describedBy, inError) => (
                <input
                  className={`nhsuk-input${inError ? ' nhsuk-input--error' : ''}`}
                  id="org-name"
                  name="org-name"
                  type="text"
                  aria-describedby={describedBy}
                />
              )}
            </Field>
            <Field id="org-kind" label="Kind" errors={errors}>
              {(describedBy) => (
                <select className="nhsuk-select" id="org-kind" name="org-kind" aria-describedby={describedBy}>
                  {ORGANISATION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_NAMES[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button className="nhsuk-button" type="submit">
              Register organisation
            </button>
          </form>
        </>
      )}
    </AdminFrame>
  );
}
