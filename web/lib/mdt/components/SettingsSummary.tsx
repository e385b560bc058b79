import type { MdtTeamSettings } from '../mdt-api';
import { coreRoleWords, mdtTypeWords, memberWords } from '../mdt-words';

/** The MDT's set-up for a member of its team who may read it but not change it. */
export function SettingsSummary({ settings }: { settings: MdtTeamSettings }) {
  const rows: [string, string][] = [
    ['MDT type', mdtTypeWords(settings.mdtType)],
    ['Core roles for quorum', settings.coreRoles.map(coreRoleWords).join(', ') || 'None set'],
    ['Usual chair', settings.usualChair?.name ?? 'Not set'],
  ];
  return (
    <>
      <dl className="nhsuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2>The team</h2>
      <ul className="nhsuk-list nhsuk-list--border">
        {settings.team.map((m) => (
          <li key={m.id}>
            {m.name}: {memberWords(m)}
          </li>
        ))}
      </ul>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>Only the MDT’s coordinators and clinicians can change these settings.</p>
      </div>
    </>
  );
}
