import { inboxChangeRoute } from '@/lib/inbox/inbox-change-route';

// POST /api/notifications/[id]/forget — hide it from the inbox
export const POST = inboxChangeRoute('forget');
