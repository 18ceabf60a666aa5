import type { NotificationInput } from '../validation/notification';
import type { AuditActor, AuditEntryInput } from './audit-actions';

type Origin = { source: 'ui' | 'api'; createdById?: string; apiTokenId?: string };

/** An API token acts for its creator but is named as itself: "who sent this" is the system that called. */
function notificationActor(o: Origin): AuditActor {
  if (o.apiTokenId) return { kind: 'token', tokenId: o.apiTokenId };
  if (o.createdById) return { kind: 'user', userId: o.createdById };
  return { kind: 'system', label: 'Crieur' };
}

/** "Who sent this to whom": the text's title, the audience as asked, and how many people and devices it reached. */
export function notificationCreatedEntry(
  id: string,
  input: NotificationInput,
  origin: Origin,
  counts: { recipients: number; deliveries: number },
): AuditEntryInput {
  const a = input.audience;
  return {
    actor: notificationActor(origin),
    action: 'notification.create',
    target: { kind: 'notification', id },
    details: {
      title: input.title,
      source: origin.source,
      audience: a.kind,
      ...(a.kind === 'topic' ? { topic: a.topic } : {}),
      ...(input.topic ? { topic: input.topic } : {}),
      recipients: counts.recipients,
      deliveries: counts.deliveries,
      ...(input.scheduledAt ? { scheduledAt: input.scheduledAt.toISOString() } : {}),
      ...(input.critical ? { critical: true } : {}),
    },
  };
}
