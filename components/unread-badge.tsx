import { format } from '@/lib/i18n/locales';

// The slot for the inbox's unread count; the delivery work fills it from the inbox data layer.
export async function UnreadBadge({ userId: _userId, label }: { userId: string; label: string }) {
  const count = 0;
  return (
    <span className="badge" data-testid="unread-badge" aria-label={count ? format(label, { count }) : undefined}>
      {count > 0 ? count : ''}
    </span>
  );
}
