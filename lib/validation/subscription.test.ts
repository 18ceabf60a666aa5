import { describe, expect, it } from 'vitest';
import { subscriptionSchemas } from './subscription';

const keys = {
  p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
  auth: 'tBHItJI5svbpez7KI4CCXg',
};

// Validation never reads the environment: the allowlist and the length limit come from the caller.
describe('subscriptionSchemas', () => {
  const seen: string[] = [];
  const schemas = subscriptionSchemas({
    maxLength: 40,
    check: (endpoint) => {
      seen.push(endpoint);
      return endpoint.startsWith('https://push.example/') ? { ok: true } : { ok: false, reason: 'not_allowed' };
    },
  });

  it('checks the endpoint with the rules it is given', () => {
    expect(schemas.subscription.safeParse({ endpoint: 'https://push.example/a', keys }).success).toBe(true);
    const refused = schemas.subscription.safeParse({ endpoint: 'https://elsewhere.example/a', keys });
    expect(refused.error?.issues[0]).toMatchObject({ path: ['endpoint'], message: 'endpoint_not_allowed' });
    expect(seen).toEqual(['https://push.example/a', 'https://elsewhere.example/a']);
  });

  it('applies the length limit it is given to every endpoint field', () => {
    const long = `https://push.example/${'x'.repeat(40)}`;
    for (const [schema, body] of [
      [schemas.endpointOnly, { endpoint: long }],
      [schemas.testPush, { endpoint: long }],
      [schemas.subscriptionChange, { oldEndpoint: long, subscription: { endpoint: 'https://push.example/a', keys } }],
    ] as const) {
      expect(schema.safeParse(body).error?.issues[0].message).toBe('endpoint_too_long');
    }
  });
});
