import { createHash } from 'node:crypto';

/** FHIR JSON as the export builds it: plain objects, checked afterwards against the R4 schema. */
export type Json = { [key: string]: unknown };

/** A resource in the bundle. Its id is a UUID, so that `urn:uuid:<id>` can be its fullUrl. */
export type Resource = Json & { resourceType: string; id: string };

/** A resource's fullUrl: references use it, so the bundle is read without any server. */
export const urn = (id: string): string => `urn:uuid:${id}`;

/** A reference to another entry of the bundle, with a name for readers that do not follow it. */
export const refTo = (r: Resource, display?: string): Json => ({
  reference: urn(r.id),
  ...(display ? { display } : {}),
});

/** A FHIR instant/dateTime: UTC with the time zone written, as the schema requires. */
export const iso = (d: Date): string => d.toISOString();

/** A FHIR Period; no end while it is still going (someone still in the call). */
export const period = (start: Date, end: Date | null): Json =>
  end ? { start: iso(start), end: iso(end) } : { start: iso(start) };

/** Convene's namespace for name-based UUIDs (a fixed random UUID). */
const NAMESPACE = Buffer.from('46adacfde35e48d3aae58165f1f6e64a', 'hex');

/**
 * A name-based UUID (RFC 4122 version 5): something without a row id of its own (the notes) gets
 * the same fullUrl in every export of the consultation, so a receiver can tell a re-export apart.
 */
export function namedUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}
