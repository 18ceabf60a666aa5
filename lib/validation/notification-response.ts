import { z } from 'zod';

// What /api/v1/notifications answers. The routes build these shapes; the OpenAPI document describes them from here,
// and lib/openapi/crieur-api.test.ts replays the document's examples against the routes and checks each answer
// against these schemas, so the description and the API cannot drift apart unnoticed.

export const notificationCreatedSchema = z.object({
  id: z.string().describe('The notification’s id, also in the Location header.'),
  recipients: z.number().int().min(0).describe('People it was addressed to (each gets it in their inbox).'),
  deliveries: z.number().int().min(0).describe('Devices it will be pushed to (outbox rows created).'),
  unknownUsers: z.array(z.string()).describe('Entries of an explicit user list that match nobody.'),
});

const count = z.number().int().min(0);
const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'gone', 'expired', 'cancelled'] as const;

export const notificationStatusSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.iso.datetime(),
  scheduledAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime(),
  cancelledAt: z.iso.datetime().nullable(),
  recipients: z
    .object({ recipients: count, read: count, acknowledged: count })
    .describe('Inbox counts: people addressed, who opened it, who acknowledged it.'),
  deliveries: z
    .object({ ...Object.fromEntries(deliveryStatuses.map((s) => [s, count])), total: count })
    .describe('Devices by delivery state: pending (waiting or held), sending, sent, failed, gone, expired, cancelled.'),
});
