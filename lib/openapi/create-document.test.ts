import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idempotencyKeySchema, notificationInputSchema } from '@/lib/validation/notification';
import { collectExamples, invalidExamples } from '@/test/openapi-examples';
import { ERROR_RESPONSES, errorResponseRefs } from './components';
import { createOpenApiDocument, IDEMPOTENCY_KEY_PARAMETER, ref, type OpenApiDocument } from './create-document';

// Reads into the document as plain JSON: the tests check shapes the OpenAPI types do not narrow.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const createdSchema = z.object({
  id: z.string(),
  recipients: z.number().int(),
  deliveries: z.number().int(),
  unknownUsers: z.array(z.string()),
});

function sampleDocument(): OpenApiDocument {
  return createOpenApiDocument({
    info: { title: 'Crieur API', version: '1' },
    servers: [{ url: 'https://town.example' }],
    requestSchemas: { NotificationInput: notificationInputSchema },
    responseSchemas: { NotificationCreated: createdSchema },
    paths: {
      '/api/v1/notifications': {
        post: {
          operationId: 'createNotification',
          summary: 'Create a notification',
          parameters: [ref('parameters', IDEMPOTENCY_KEY_PARAMETER)],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: ref('schemas', 'NotificationInput'),
                examples: {
                  topic: {
                    value: { title: 'Roadworks on Main Street', audience: { kind: 'topic', topic: 'roadworks' } },
                  },
                  critical: {
                    value: {
                      title: 'Flood warning',
                      body: 'Leave the quays.',
                      critical: true,
                      urgency: 'high',
                      expiresAt: '2030-05-01T20:00:00Z',
                      audience: { kind: 'everyone' },
                    },
                  },
                },
              },
            },
          },
          responses: {
            201: {
              description: 'Created.',
              headers: { Location: { description: 'The notification’s URL.', schema: { type: 'string' } } },
              content: {
                'application/json': {
                  schema: ref('schemas', 'NotificationCreated'),
                  example: { id: 'ckx1', recipients: 120, deliveries: 180, unknownUsers: [] },
                },
              },
            },
            ...errorResponseRefs(['401', '409', '413', '415', '422', '429']),
          },
        },
      },
    },
  });
}

describe('OpenAPI building blocks', () => {
  it('make a document that the OpenAPI 3.1 schema validator accepts', async () => {
    const result = await new Validator().validate(sampleDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('are caught by that validator when broken (the check is real)', async () => {
    const doc = sampleDocument() as unknown as { components: { responses: Record<string, Record<string, unknown>> } };
    delete doc.components.responses.Unauthorized.description;
    expect((await new Validator().validate(doc)).valid).toBe(false);
  });

  it('have examples that match their own schemas, and the checker notices one that does not', () => {
    const doc = sampleDocument();
    expect(collectExamples(doc).length).toBeGreaterThanOrEqual(10);
    expect(invalidExamples(doc)).toEqual([]);
    const body = (doc.paths['/api/v1/notifications'] as Json).post.requestBody.content['application/json'];
    body.examples.topic.value = { title: '', audience: { kind: 'topic', topic: 'Road Works' } };
    expect(invalidExamples(doc).map((e) => e.where)).toEqual([
      '#/paths/~1api~1v1~1notifications/post/requestBody/content/application~1json/examples/topic',
    ]);
  });

  it('describe the request with the zod schema the route validates with', () => {
    const schema = sampleDocument().components.schemas.NotificationInput as Json;
    expect(schema.required).toEqual(['title', 'audience']);
    expect(schema.properties.title).toEqual({ type: 'string', minLength: 1, maxLength: 120 });
    expect(schema.properties.expiresAt).toEqual({ type: 'string', format: 'date-time' });
    expect(schema.properties.urgency.enum).toEqual(['very_low', 'low', 'normal', 'high']);
    expect(schema.properties.audience.oneOf).toHaveLength(4);
  });

  it('name every error status with its body, and 401/429 with their headers', () => {
    const doc = sampleDocument();
    const responses = (doc.paths['/api/v1/notifications'] as Json).post.responses;
    expect(Object.keys(responses).sort()).toEqual(['201', '401', '409', '413', '415', '422', '429']);
    const r = doc.components.responses as Json;
    expect(Object.keys(r)).toEqual(Object.values(ERROR_RESPONSES).map((e) => e.name));
    expect(Object.keys(r.TooManyRequests.headers)).toEqual([
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ]);
    expect(r.TooManyRequests.headers['Retry-After'].required).toBe(true);
    expect(r.Unauthorized.headers['WWW-Authenticate'].required).toBe(true);
    expect(r.UnprocessableContent.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect((doc.components.schemas.Error as Json).required).toEqual(['error']);
  });

  it('require the bearer scheme everywhere and take the Idempotency-Key rule from its zod schema', () => {
    const doc = sampleDocument();
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const p = doc.components.parameters.IdempotencyKey as Json;
    expect(p).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: false });
    const pattern = new RegExp(p.schema.pattern);
    for (const key of [p.example, 'a', 'x'.repeat(255), 'x'.repeat(256), 'has space', 'é']) {
      expect(pattern.test(key)).toBe(idempotencyKeySchema.safeParse(key).success);
    }
  });

  it('is plain JSON', () => {
    const doc = sampleDocument();
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
