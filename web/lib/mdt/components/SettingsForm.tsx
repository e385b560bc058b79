'use client';
import { useState, type FormEvent } from 'react';
import { MDT_CORE_ROLE_KEYS, type MdtCoreRole } from '../../../../contracts/mdt';
import { ErrorSummary } from '../../admin/components/ErrorSummary';
import { Field } from '../../admin/components/Field';
import { Fieldset } from '../../admin/components/Fieldset';
import type { FieldError } from '../../admin/form-errors';
import { M, mdtCall, type MdtTeamSettings } from '../mdt-api';
import { coreRoleWords } from '../mdt-words';
import { settingsProblem, settingsValues, setupFromForm, SETTINGS_IDS as IDS } from '../settings-form';
import { ChairField } from './ChairField';
import { Checkboxes } from './Checkboxes';
import { MdtTypeSelect } from './MdtTypeSelect';
import { MemberRoles } from './MemberRoles';

const CORE_ROLES = MDT_CORE_ROLE_KEYS.map((r) => ({ value: r, label: coreRoleWords(r) }));

/**
 * The MDT's set-up as its coordinator changes it: the kind of team, the roles that make a meeting
 * quorate, the usual chair and each member's core role. Written whole through the settings PUT.
 */
export function SettingsForm({
  settings,
  onSaved,
}: {
  settings: MdtTeamSettings;
  onSaved: (s: MdtTeamSettings) => void;
}) {
  const [v, setV] = useState(() => settingsValues(settings));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = setupFromForm(v);
    if ('errors' in read) return setErrors(read.errors);
    try {
      const saved = await mdtCall(M.configure, { params: { id: settings.serviceId }, body: read.body });
      setErrors([]);
      setV(settingsValues(saved));
      onSaved(saved);
    } catch (err) {
      setErrors(settingsProblem(err, settings.team[0]?.id));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} id="settings-errors" />
      <Field id={IDS.type} label="MDT type" hint="The tumour group of a cancer MDT, or the specialty" errors={errors}>
        {(describedBy) => (
          <MdtTypeSelect
            id={IDS.type}
            value={v.mdtType}
            describedBy={describedBy}
            onChange={(mdtType) => setV({ ...v, mdtType })}
          />
        )}
      </Field>
      <Fieldset
        id={IDS.coreRoles}
        legend="Core roles for quorum"
        hint="A meeting is quorate when someone in each of these roles is there"
        errors={errors}
      >
        {() => (
          <Checkboxes
            id={IDS.coreRoles}
            small
            choices={CORE_ROLES}
            chosen={v.coreRoles}
            onChange={(coreRoles) => setV({ ...v, coreRoles: coreRoles as MdtCoreRole[] })}
          />
        )}
      </Fieldset>
      <ChairField
        id={IDS.chair}
        label="Usual chair"
        hint="Chairs new meetings unless someone else is chosen"
        none="No usual chair"
        team={settings.team}
        value={v.usualChairId}
        errors={errors}
        onChange={(usualChairId) => setV({ ...v, usualChairId })}
      />
      <MemberRoles
        team={settings.team}
        roles={v.memberRoles}
        errors={errors}
        onChange={(userId, role) => setV({ ...v, memberRoles: { ...v.memberRoles, [userId]: role } })}
      />
      <button className="nhsuk-button" type="submit">
        Save settings
      </button>
    </form>
  );
}
