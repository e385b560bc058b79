import { MDT_CORE_ROLES, MDT_TYPES, type MdtCoreRole, type MdtType } from '../../../contracts/mdt';
import { ROLE_NAMES } from '../admin/components/UserForm';
import type { MdtTeamSettings } from './mdt-api';

/** A member of an MDT's team, as the set-up pages list them. */
export type TeamMember = MdtTeamSettings['team'][number];

/** The kind of MDT in words ("Lung", "Frailty"), or that it is not set yet. */
export const mdtTypeWords = (type: MdtType | null) => (type ? MDT_TYPES[type].label : 'Not set');

/** A core role in words ("Clinical nurse specialist"). */
export const coreRoleWords = (role: MdtCoreRole) => MDT_CORE_ROLES[role];

/** What a member is on the team: their core role here, or else their staff role ("Respiratory physician", "Nurse"). */
export const memberWords = (m: TeamMember) => (m.coreRole ? coreRoleWords(m.coreRole) : ROLE_NAMES[m.role]);

/** The MDT types as a select groups them: the cancer tumour groups, then the other teams. */
export const MDT_TYPE_GROUPS: [label: string, types: [MdtType, string][]][] = [true, false].map((cancer) => [
  cancer ? 'Cancer (tumour group)' : 'Other specialties',
  (Object.entries(MDT_TYPES) as [MdtType, { label: string; cancer: boolean }][])
    .filter(([, t]) => t.cancer === cancer)
    .map(([key, t]) => [key, t.label]),
]);
