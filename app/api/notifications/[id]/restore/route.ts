import { inboxChangeRoute } from '@/lib/inbox/inbox-change-route';

// POST /api/notifications/[id]/restore — "Undo" after "Forget": show it in the inbox again
export const POST = inboxChangeRoute('restore');
