import { MDT_CORE_ROLE_KEYS, type MdtCoreRole } from '../../../../contracts/mdt';
import { Field } from '../../admin/components/Field';
import { ROLE_NAMES } from '../../admin/components/UserForm';
import type { FieldError } from '../../admin/form-errors';
import { coreRoleWords, type TeamMember } from '../mdt-words';
import { SETTINGS_IDS } from '../settings-form';

/** Each member of the team with a choice of their core role on it (or none), as the settings form asks. */
export function MemberRoles({
  team,
  roles,
  errors,
  onChange,
}: {
  team: readonly TeamMember[];
  roles: Record<string, MdtCoreRole | ''>;
  errors: FieldError[];
  onChange: (userId: string, role: MdtCoreRole | '') => void;
}) {
  return (
    <fieldset className="nhsuk-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Team members’ core roles</legend>
      {team.map((m) => {
        const id = SETTINGS_IDS.member(m.id);
        return (
          <Field key={m.id} id={id} label={m.name} hint={ROLE_NAMES[m.role]} errors={errors}>
            {(describedBy) => (
              <select
                className="nhsuk-select"
                id={id}
                value={roles[m.id] ?? ''}
                aria-describedby={describedBy}
                onChange={(e) => onChange(m.id, e.target.value as MdtCoreRole | '')}
              >
                <option value="">No core role</option>
                {MDT_CORE_ROLE_KEYS.map((r) => (
                  <option key={r} value={r}>
                    {coreRoleWords(r)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
