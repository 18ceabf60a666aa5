import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { audienceSchema, notificationInputSchema } from '@/lib/validation/notification';
import { toOpenApiComponentSchemas, toOpenApiSchema } from './zod-to-openapi';

describe('toOpenApiSchema', () => {
  it('gives a JSON Schema 2020-12 object without its own $schema (OpenAPI 3.1 sets the dialect)', () => {
    const s = toOpenApiSchema(z.object({ a: z.string().max(3), b: z.number().int().optional() }));
    expect(s).toEqual({
      type: 'object',
      properties: {
        a: { type: 'string', maxLength: 3 },
        b: { type: 'integer', minimum: expect.any(Number), maximum: expect.any(Number) },
      },
      required: ['a'],
    });
  });

  it('describes what clients send for input (defaults optional) and what the API answers for output', () => {
    const schema = z.object({ urgency: z.enum(['low', 'high']).default('low') });
    expect(toOpenApiSchema(schema).required).toBeUndefined();
    expect(toOpenApiSchema(schema, { io: 'output' })).toMatchObject({
      required: ['urgency'],
      additionalProperties: false,
    });
  });

  it('writes dates as RFC 3339 strings, including coerced and preprocessed ones', () => {
    expect(toOpenApiSchema(z.date())).toEqual({ type: 'string', format: 'date-time' });
    const props = toOpenApiSchema(notificationInputSchema).properties as Record<string, unknown>;
    expect(props.scheduledAt).toEqual({ type: 'string', format: 'date-time' });
  });

  it.each([
    ['a transform (output)', z.string().transform((s) => s.length), 'output'],
    ['a bigint', z.bigint(), 'input'],
    ['a custom type', z.custom<string>(() => true), 'input'],
  ] as const)('refuses %s instead of writing an empty schema', (_, schema, io) => {
    expect(() => toOpenApiSchema(schema as z.ZodType, { io })).toThrow(/cannot be described in OpenAPI/);
  });
});

describe('toOpenApiComponentSchemas', () => {
  it('names each schema once and references it from the others', () => {
    const out = toOpenApiComponentSchemas({ NotificationInput: notificationInputSchema, Audience: audienceSchema });
    expect(Object.keys(out).sort()).toEqual(['Audience', 'NotificationInput']);
    expect((out.NotificationInput.properties as Record<string, unknown>).audience).toEqual({
      $ref: '#/components/schemas/Audience',
    });
    expect(out.Audience.oneOf).toHaveLength(4);
    expect(out.Audience.$id).toBeUndefined();
    expect(out.Audience.$schema).toBeUndefined();
  });
});
