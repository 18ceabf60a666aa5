import { inboxChangeRoute } from '@/lib/inbox/inbox-change-route';

// POST /api/notifications/[id]/ack — "OK": acknowledged (from the inbox or the notification's action button)
export const POST = inboxChangeRoute('ack');
