import type { ColumnType, Generated, Selectable } from 'kysely';
import type { OrganisationKind, OpeningHours, ServiceKind } from '../../contracts/vocabulary';
import type { CreatedAt } from './columns';

/**
 * Who provides care and how it is organised: organisations, the services they run (queues, clinics,
 * MDTs) and which staff belong to each, since service membership is what access is judged by.
 */

/** A hospital trust, practice, care home or prison: the unit staff and requests belong to. */
export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  ods_code: string | null;
  created_at: CreatedAt;
}

/** A service an organisation runs; its opening hours are stored as JSON text. */
export interface ServiceTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  kind: ServiceKind;
  opening_hours: ColumnType<OpeningHours, string, string>;
  created_at: CreatedAt;
}

/** Which staff belong to which service: the list a staff member's queues and MDTs come from. */
export interface ServiceMemberTable {
  service_id: string;
  user_id: string;
  added_at: CreatedAt;
}

/** An organisation as read back, for the records and routes that show or check one. */
export type Organisation = Selectable<OrganisationTable>;
/** A service as read back, for queues, clinics and the access checks on them. */
export type Service = Selectable<ServiceTable>;
