import { z } from 'zod';
import { calendarDay } from './calendar-day';
import { idText, lineText } from './text';

/**
 * Every action the audit log records. The page lists them in this order (grouped by the part before the dot) and the
 * message catalogues name each one, so adding an action here without its words fails the catalogue test.
 */
export const AUDIT_ACTIONS = [
  'notification.create',
  'notification.cancel',
  'notification.retry',
  'notification.test',
  'topic.create',
  'topic.rename',
  'topic.archive',
  'topic.restore',
  'token.create',
  'token.revoke',
  'device.remove',
  'device.prune',
  'user.role',
  'user.delete',
  'auth.signin',
  'auth.signin_failed',
  'auth.password_change',
  'auth.password_reset',
] as const;

// The audit page's GET filters. A value that does not parse is dropped (the filter is off), not an error page:
// these come from a URL anyone can edit. A day must be a real one (not 2026-02-30, not 9999-99-99).
const day = calendarDay();
export const auditQuerySchema = z.object({
  actor: lineText().max(100).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  after: idText().optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
