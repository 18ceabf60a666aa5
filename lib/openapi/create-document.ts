import type { ZodType } from 'zod';
import {
  apiErrorSchema,
  BEARER_SCHEME,
  bearerSecurityScheme,
  ERROR_SCHEMA_NAME,
  errorResponseComponents,
  idempotencyKeyParameter,
} from './components';
import { toOpenApiComponentSchemas, type JsonSchema } from './zod-to-openapi';

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string };
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, JsonSchema>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
    parameters: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
  security: Array<Record<string, string[]>>;
};

export type OpenApiDocumentInput = {
  info: OpenApiDocument['info'];
  servers?: OpenApiDocument['servers'];
  paths: OpenApiDocument['paths'];
  /** What clients send, by component name: generated from the zod schemas the routes validate with. */
  requestSchemas?: Record<string, ZodType>;
  /** What the API answers, by component name. */
  responseSchemas?: Record<string, ZodType>;
};

export const IDEMPOTENCY_KEY_PARAMETER = 'IdempotencyKey';
export const ref = (kind: 'schemas' | 'responses' | 'parameters', name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

/**
 * An OpenAPI 3.1 document around the caller's paths: request and response schemas from zod, the shared error
 * responses, the Idempotency-Key parameter and bearer authentication required by default on every operation.
 */
export function createOpenApiDocument(input: OpenApiDocumentInput): OpenApiDocument {
  const requests = toOpenApiComponentSchemas(input.requestSchemas ?? {}, { io: 'input' });
  const responses = toOpenApiComponentSchemas(
    { [ERROR_SCHEMA_NAME]: apiErrorSchema, ...input.responseSchemas },
    { io: 'output' },
  );
  const clash = Object.keys(requests).find((name) => name in responses);
  if (clash)
    throw new Error(`Component schema "${clash}" is both a request and a response schema: give them two names.`);
  return {
    openapi: '3.1.0',
    info: input.info,
    ...(input.servers ? { servers: input.servers } : {}),
    paths: input.paths,
    components: {
      schemas: { ...requests, ...responses },
      responses: errorResponseComponents(),
      parameters: { [IDEMPOTENCY_KEY_PARAMETER]: idempotencyKeyParameter },
      securitySchemes: { [BEARER_SCHEME]: bearerSecurityScheme },
    },
    security: [{ [BEARER_SCHEME]: [] }],
  };
}
