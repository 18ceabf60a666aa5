import { z } from 'zod';
import { REPORT_TOKEN_LENGTH } from './report-token-length';

/** What a device's service worker may report about a push it received. */
export const DELIVERY_EVENTS = ['shown', 'opened'] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

/** POST /api/push/receipts: a delivery id (a bigint, as the payload carried it), its report token, the event. */
export const deliveryReportSchema = z.object({
  deliveryId: z.string().regex(/^[1-9][0-9]{0,18}$/, 'must be a delivery id'),
  token: z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${REPORT_TOKEN_LENGTH}}$`), 'must be a report token'),
  event: z.enum(DELIVERY_EVENTS),
});
export type DeliveryReport = z.infer<typeof deliveryReportSchema>;
