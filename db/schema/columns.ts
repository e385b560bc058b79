import type { ColumnType } from 'kysely';

/**
 * Column shapes shared by every area's tables, so each rule about how a kind of column is read and
 * written is stated once. Not re-exported by db/schema.ts: only the tables use them.
 */

/** A timestamp: read as a Date, written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Set by the database on insert and never changed afterwards. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** A column of an append-only table: written once, so Kysely refuses any update of it. */
export type Fixed<T> = ColumnType<T, T, never>;

/** A JSON column written as a string and never changed, for append-only rows that carry details. */
export type FixedJson<T> = ColumnType<T, string, never>;

/** When a fixed row happened: given on insert, never moved afterwards. */
export type FixedAt = ColumnType<Date, Date | string, never>;
