import { z } from 'zod';

// What POST /api/v1/alerts answers (lib/cap/ingest/import-cap-alert.ts builds it); the OpenAPI document describes it
// from here and its test checks the route's answers against it.
export const alertImportedSchema = z.object({
  msgType: z.enum(['Alert', 'Update', 'Cancel']).describe('The CAP message type that was imported.'),
  id: z.string().optional().describe('The notification an Alert or Update became (also in Location).'),
  recipients: z.number().int().min(0).optional().describe('People it was addressed to.'),
  deliveries: z.number().int().min(0).optional().describe('Devices it will be pushed to.'),
  created: z.boolean().describe('false for a Cancel, and for a message (sender, identifier) imported before.'),
  cancelled: z.array(z.string()).describe('Earlier notifications this Update replaced or this Cancel withdrew.'),
});

export type AlertImported = z.infer<typeof alertImportedSchema>;
