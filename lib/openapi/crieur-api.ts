import { notificationCreatedSchema, notificationStatusSchema } from '../validation/notification-response';
import { notificationInputSchema } from '../validation/notification';
import { alertImportedSchema } from '../cap/ingest/alert-imported-schema';
import { errorResponseRefs } from './components';
import { createOpenApiDocument, IDEMPOTENCY_KEY_PARAMETER, ref, type OpenApiDocument } from './create-document';
import { importAlert } from './import-alert-operation';
import { json } from './media-examples';

// The document GET /api/v1/openapi.json serves and /admin/api renders: every /api/v1 route, its schemas generated
// from the zod schemas the route validates with. Examples are replayed against the routes by crieur-api.test.ts.

const createNotification = {
  operationId: 'createNotification',
  summary: 'Create a notification',
  description:
    'Creates one notification: it is written to the inbox of every person of the audience and pushed to each of ' +
    'their devices (respecting their topics and quiet hours unless `critical`). Retries with the same ' +
    '`Idempotency-Key` return the first answer (200, `Idempotent-Replayed: true`); the same key with another body ' +
    'is refused (422). `title`, `body`, `url` and `actions` are in `lang` (default `en`); `translations` adds the ' +
    'other portal languages (`fr`): each person gets the variant of their saved language, else the default one.',
  tags: ['Notifications'],
  parameters: [ref('parameters', IDEMPOTENCY_KEY_PARAMETER)],
  requestBody: {
    required: true,
    content: json(ref('schemas', 'NotificationInput'), {
      toPeople: {
        title: 'Water cut on rue des Lilas',
        body: 'Tomorrow from 9:00 to 12:00, for works on the main.',
        audience: { kind: 'users', users: ['camille@crieur.example.org'] },
      },
      toTopicFollowers: {
        title: 'Roadworks on Main Street',
        body: 'One lane closed from Monday to Friday.',
        url: '/inbox',
        audience: { kind: 'topic', topic: 'roadworks' },
      },
      critical: {
        title: 'Flood warning',
        body: 'Leave the quays now.',
        critical: true,
        urgency: 'high',
        actions: [{ type: 'ack', title: 'I am safe' }],
        audience: { kind: 'everyone' },
      },
      inTwoLanguages: {
        lang: 'en',
        title: 'Waste collection moves to Tuesday',
        body: 'Because of the holiday, bins are collected on Tuesday this week.',
        url: '/inbox',
        translations: {
          fr: {
            title: 'La collecte des déchets passe au mardi',
            body: 'En raison du jour férié, les poubelles sont ramassées mardi cette semaine.',
          },
        },
        audience: { kind: 'everyone' },
      },
    }),
  },
  responses: {
    201: {
      description: 'Created.',
      headers: { Location: { description: 'The notification’s URL in this API.', schema: { type: 'string' } } },
      content: json(ref('schemas', 'NotificationCreated'), {
        created: { id: 'cm4x0f2a10000', recipients: 120, deliveries: 180, unknownUsers: [] },
      }),
    },
    200: {
      description: 'A retry with an Idempotency-Key already used with this body: the first answer again.',
      headers: { 'Idempotent-Replayed': { description: 'Always `true`.', schema: { type: 'string', const: 'true' } } },
      content: json(ref('schemas', 'NotificationCreated'), {
        replayed: { id: 'cm4x0f2a10000', recipients: 120, deliveries: 180, unknownUsers: [] },
      }),
    },
    ...errorResponseRefs(['401', '409', '413', '415', '422', '429']),
  },
};

const getNotification = {
  operationId: 'getNotification',
  summary: 'Follow a notification',
  description: 'A notification this token created, with its inbox and delivery counts. 404 for any other.',
  tags: ['Notifications'],
  parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'cm4x0f2a10000' }],
  responses: {
    200: {
      description: 'The notification and its counts.',
      content: json(ref('schemas', 'NotificationStatus'), {
        delivered: {
          id: 'cm4x0f2a10000',
          title: 'Water cut on rue des Lilas',
          createdAt: '2026-12-02T08:00:00.000Z',
          scheduledAt: null,
          expiresAt: '2026-12-03T08:00:00.000Z',
          cancelledAt: null,
          recipients: { recipients: 1, read: 0, acknowledged: 0 },
          deliveries: { pending: 0, sending: 0, sent: 2, failed: 0, gone: 0, expired: 0, cancelled: 0, total: 2 },
        },
      }),
    },
    404: {
      description: 'No notification of this token has this id.',
      content: json(ref('schemas', 'Error'), { notFound: { error: 'not_found' } }),
    },
    ...errorResponseRefs(['401', '429']),
  },
};

const getDescription = {
  operationId: 'getOpenApiDocument',
  summary: 'This document',
  tags: ['Reference'],
  security: [],
  responses: { 200: { description: 'The OpenAPI 3.1 document of /api/v1.', content: { 'application/json': {} } } },
};

export function createCrieurApiDocument(origin?: string): OpenApiDocument {
  return createOpenApiDocument({
    info: {
      title: 'Crieur API',
      version: '1',
      description:
        'Create notifications for a town’s residents from other systems (as JSON, or as CAP 1.2 public alerts) and ' +
        'follow their delivery. Every ' +
        'operation but this document needs an API token an administrator creates under Administration → API tokens.',
    },
    ...(origin ? { servers: [{ url: origin }] } : {}),
    requestSchemas: { NotificationInput: notificationInputSchema },
    responseSchemas: {
      NotificationCreated: notificationCreatedSchema,
      NotificationStatus: notificationStatusSchema,
      AlertImported: alertImportedSchema,
    },
    paths: {
      '/api/v1/alerts': { post: importAlert },
      '/api/v1/notifications': { post: createNotification },
      '/api/v1/notifications/{id}': { get: getNotification },
      '/api/v1/openapi.json': { get: getDescription },
    },
  });
}
