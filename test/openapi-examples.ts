import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type Json = { [key: string]: unknown };
export type DocumentExample = { where: string; schema: Json; value: unknown };

/** Every example of a media type in the document (paths and components.responses), with the schema it illustrates. */
export function collectExamples(doc: Json): DocumentExample[] {
  const found: DocumentExample[] = [];
  const visit = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    if (o.schema && typeof o.schema === 'object' && ('example' in o || 'examples' in o)) {
      if ('example' in o) found.push({ where, schema: o.schema as Json, value: o.example });
      for (const [name, ex] of Object.entries((o.examples ?? {}) as Record<string, { value: unknown }>)) {
        found.push({ where: `${where}/examples/${name}`, schema: o.schema as Json, value: ex.value });
      }
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${where}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  visit(doc.paths, '#/paths');
  visit((doc.components as Json | undefined)?.responses, '#/components/responses');
  visit((doc.components as Json | undefined)?.parameters, '#/components/parameters');
  return found;
}

/**
 * Ajv (JSON Schema 2020-12, formats checked) over the document itself, so "#/components/schemas/…" references
 * resolve as they do for OpenAPI tools. Returns the errors of each example that does not match its schema.
 */
export function invalidExamples(doc: Json): Array<{ where: string; errors: unknown }> {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const base = 'https://crieur.test/openapi.json';
  ajv.addSchema({ ...doc, $id: base }, base);
  return collectExamples(doc).flatMap(({ where, schema, value }) => {
    const validate = ajv.compile({
      $id: `${base}/example${where.replace(/[^A-Za-z0-9]+/g, '-')}`,
      ...withBase(schema, base),
    });
    return validate(value) ? [] : [{ where, errors: validate.errors }];
  });
}

// An inline schema's local references point into the document.
function withBase(schema: Json, base: string): Json {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#/g, `"$ref":"${base}#`));
}

/** Errors of `value` against a schema of the document (an inline schema or a `$ref`), or [] when it matches. */
export function schemaErrors(doc: Json, schema: Json, value: unknown): unknown[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const base = 'https://crieur.test/openapi.json';
  ajv.addSchema({ ...doc, $id: base }, base);
  const validate = ajv.compile({ $id: `${base}/answer`, ...withBase(schema, base) });
  return validate(value) ? [] : (validate.errors ?? []);
}
