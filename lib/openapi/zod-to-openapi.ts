import { z } from 'zod';

/** A JSON Schema 2020-12 object, which is what OpenAPI 3.1 Schema Objects are. */
export type JsonSchema = { [key: string]: unknown };

export type SchemaDirection = {
  /** "input": what a client sends (defaults optional, preprocessing skipped); "output": what the API answers. */
  io?: 'input' | 'output';
};

// zod types JSON cannot describe. Dates are the exception: on the wire they are RFC 3339 strings.
const UNREPRESENTABLE = new Set([
  'bigint',
  'symbol',
  'undefined',
  'void',
  'map',
  'set',
  'transform',
  'nan',
  'custom',
  'function',
  'promise',
]);

function options(io: 'input' | 'output') {
  return {
    // OpenAPI 3.1's default dialect (its jsonSchemaDialect) is JSON Schema 2020-12.
    target: 'draft-2020-12' as const,
    io,
    unrepresentable: 'any' as const,
    override(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) {
      const type = (ctx.zodSchema as z.ZodType)._zod.def.type;
      if (type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
      // z.iso.datetime() adds the regular expression it checks with: `format: date-time` (RFC 3339) already says it.
      else if (ctx.jsonSchema.format === 'date-time') delete ctx.jsonSchema.pattern;
      else if (UNREPRESENTABLE.has(type))
        throw new Error(`A zod ${type} cannot be described in OpenAPI: give it a JSON type.`);
    },
  };
}

/** One zod schema as an inline OpenAPI 3.1 Schema Object (zod 4's own JSON Schema output, no extra dependency). */
export function toOpenApiSchema(schema: z.ZodType, opts: SchemaDirection = {}): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, options(opts.io ?? 'input')) as JsonSchema;
  return rest;
}

/**
 * Named schemas for components.schemas. A schema used inside another one is referenced ($ref
 * "#/components/schemas/Name") instead of repeated, so the document names each resource once.
 */
export function toOpenApiComponentSchemas(
  schemas: Record<string, z.ZodType>,
  opts: SchemaDirection = {},
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    ...options(opts.io ?? 'input'),
    uri: (id: string) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _d, $id: _i, ...rest }]) => [id, rest]));
}
