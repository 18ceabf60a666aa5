import { z } from 'zod';
import { idempotencyKeySchema } from '../validation/notification';
import { toOpenApiSchema, type JsonSchema } from './zod-to-openapi';

/** The JSON body of every API error (lib/http/json-error.ts). */
export const apiErrorSchema = z.object({
  error: z.string().describe('Machine-readable code: unauthenticated, invalid, payload_too_large, rate_limited…'),
  message: z.string().optional().describe('A sentence for the developer reading the logs.'),
  fields: z.record(z.string(), z.string()).optional().describe('422: the code of what is wrong with each field.'),
  limit: z.number().int().optional().describe('413: the largest body accepted, in bytes.'),
  retryAfter: z.number().int().optional().describe('429: seconds to wait, as in Retry-After.'),
  expected: z.string().optional().describe('415: the media type the route reads.'),
  element: z.string().optional().describe('A refused CAP document: the element at fault, e.g. alert/info[1]/urgency.'),
});

export const BEARER_SCHEME = 'bearerAuth';

/** RFC 6750 bearer tokens: API tokens an administrator creates on the portal. */
export const bearerSecurityScheme = {
  type: 'http',
  scheme: 'bearer',
  description: 'An API token created by an administrator (Administration → API tokens), sent as Authorization: Bearer.',
} as const;

/** Header parameter of the writes that may be retried (draft-ietf-httpapi-idempotency-key-header). */
export const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: the same key from the same token returns the first answer (with Idempotent-Replayed: true) ' +
    'instead of creating the resource twice.',
  schema: toOpenApiSchema(idempotencyKeySchema),
  example: '5f0c6a2e-4f1b-4b8e-9d61-0c8f2b7a9e10',
};

const integerHeader = (description: string, required = false) => ({
  description,
  required,
  schema: { type: 'integer', minimum: 0 },
});

type ErrorResponse = {
  name: string;
  description: string;
  headers?: Record<string, unknown>;
  examples: Record<string, JsonSchema>;
};

/** The error answers shared by the /api/v1 routes, by status code, with their bodies and headers. */
export const ERROR_RESPONSES: Record<'400' | '401' | '409' | '413' | '415' | '422' | '429', ErrorResponse> = {
  400: {
    name: 'BadRequest',
    description: 'The body cannot be read: not well-formed, or XML with a DOCTYPE or an entity (never expanded).',
    examples: {
      doctype: { error: 'doctype_not_allowed', message: 'A DOCTYPE is not accepted: CAP documents do not use DTDs.' },
    },
  },
  401: {
    name: 'Unauthorized',
    description: 'No bearer token, or an unknown or revoked one (RFC 6750).',
    headers: {
      'WWW-Authenticate': {
        description: 'Bearer realm="crieur", with error="invalid_token" for a bad token.',
        required: true,
        schema: { type: 'string' },
      },
    },
    examples: { missing: { error: 'unauthenticated' }, invalid: { error: 'invalid_token' } },
  },
  409: {
    name: 'Conflict',
    description:
      'The request conflicts with the current state, e.g. a request with the same Idempotency-Key is still running.',
    examples: { conflict: { error: 'conflict', message: 'A request with this Idempotency-Key is in progress.' } },
  },
  413: {
    name: 'PayloadTooLarge',
    description: 'The body is larger than the route accepts.',
    examples: { tooLarge: { error: 'payload_too_large', limit: 524288 } },
  },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The Content-Type is not one the route reads.',
    examples: { unsupported: { error: 'unsupported_media_type', message: 'Send application/json.' } },
  },
  422: {
    name: 'UnprocessableContent',
    description: 'The body or a header parsed but is not valid: `fields` names each mistake.',
    examples: {
      invalid: { error: 'invalid', fields: { title: 'required', 'audience.topic': 'unknown_topic' } },
      unknownLanguage: { error: 'invalid', fields: { 'translations.de': 'invalid_language' } },
    },
  },
  429: {
    name: 'TooManyRequests',
    description: 'Too many requests from this token: wait Retry-After seconds.',
    headers: {
      'Retry-After': integerHeader('Seconds to wait before retrying (RFC 9110 §10.2.3).', true),
      'RateLimit-Limit': integerHeader('Requests allowed per window (draft-ietf-httpapi-ratelimit-headers).'),
      'RateLimit-Remaining': integerHeader('Requests left in the current window.'),
      'RateLimit-Reset': integerHeader('Seconds until the window resets.'),
    },
    examples: { limited: { error: 'rate_limited', retryAfter: 30 } },
  },
};

export const ERROR_SCHEMA_NAME = 'Error';

/** components.responses: one named response per error status, its body the shared Error schema. */
export function errorResponseComponents(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description, headers, examples }) => [
      name,
      {
        description,
        ...(headers ? { headers } : {}),
        content: {
          'application/json': {
            schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` },
            examples: Object.fromEntries(Object.entries(examples).map(([k, value]) => [k, { value }])),
          },
        },
      },
    ]),
  );
}

/** An operation's `responses` entries for the error statuses it can answer. */
export function errorResponseRefs(statuses: Array<keyof typeof ERROR_RESPONSES>): Record<string, { $ref: string }> {
  return Object.fromEntries(statuses.map((s) => [s, { $ref: `#/components/responses/${ERROR_RESPONSES[s].name}` }]));
}
