import { inboxChangeRoute } from '@/lib/inbox/inbox-change-route';

// POST /api/notifications/[id]/read — the citizen opened it (inbox or a click on the device notification)
export const POST = inboxChangeRoute('read');
