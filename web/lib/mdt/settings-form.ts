import type { z } from 'zod';
import type { MdtSetup } from '../../../contracts/http/mdt';
import type { MdtCoreRole, MdtType } from '../../../contracts/mdt';
import type { FieldError } from '../admin/form-errors';
import { ApiError } from '../http/api-error';
import type { MdtTeamSettings } from './mdt-api';

/** The settings form as it stands: '' where nothing is chosen. */
export interface SettingsValues {
  mdtType: MdtType | '';
  coreRoles: MdtCoreRole[];
  usualChairId: string;
  /** Each member's core role by their id, '' for none. */
  memberRoles: Record<string, MdtCoreRole | ''>;
}

/** The settings form's field ids; a member's core role is `settings-member-<their id>`. */
export const SETTINGS_IDS = {
  type: 'settings-type',
  coreRoles: 'settings-core-roles',
  chair: 'settings-chair',
  member: (userId: string) => `settings-member-${userId}`,
};

/** The form as the MDT's settings fill it. */
export function settingsValues(s: MdtTeamSettings): SettingsValues {
  return {
    mdtType: s.mdtType ?? '',
    coreRoles: [...s.coreRoles],
    usualChairId: s.usualChair?.id ?? '',
    memberRoles: Object.fromEntries(s.team.map((m) => [m.id, m.coreRole ?? ''])),
  };
}

/** The set-up the PUT writes whole, or what to fix first. */
export function setupFromForm(v: SettingsValues): { body: z.input<typeof MdtSetup> } | { errors: FieldError[] } {
  if (!v.mdtType) return { errors: [{ field: SETTINGS_IDS.type, message: 'Select the type of MDT' }] };
  const memberRoles = Object.entries(v.memberRoles).flatMap(([userId, coreRole]) =>
    coreRole ? [{ userId, coreRole }] : [],
  );
  return {
    body: { mdtType: v.mdtType, coreRoles: v.coreRoles, usualChairUserId: v.usualChairId || null, memberRoles },
  };
}

/** The server's refusal on the field it is about. */
export function settingsProblem(err: unknown, firstMember: string | undefined): FieldError[] {
  if (!(err instanceof ApiError))
    return [{ field: SETTINGS_IDS.type, message: 'Convene could not be reached. Try again.' }];
  if (err.status === 403)
    return [{ field: SETTINGS_IDS.type, message: 'You cannot change this MDT’s settings. Ask its coordinator.' }];
  const m = err.message;
  const field = /usual chair/.test(m)
    ? SETTINGS_IDS.chair
    : /each core role/.test(m)
      ? SETTINGS_IDS.coreRoles
      : /member/.test(m) && firstMember
        ? SETTINGS_IDS.member(firstMember)
        : SETTINGS_IDS.type;
  return [{ field, message: m.charAt(0).toUpperCase() + m.slice(1) }];
}
