import type { DeliveryCounts } from '@/lib/notifications/count-deliveries';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';

const SHOWN = ['pending', 'sending', 'sent', 'failed', 'gone', 'expired', 'cancelled'] as const;

export const inFlight = (c: DeliveryCounts) => c.pending + c.sending > 0;

/** Counts per status and, while deliveries are in flight, a progress bar of the finished ones. */
type Props = { counts: DeliveryCounts; t: Messages<'admin'>; locale: Locale };

export function DeliveryCountsView({ counts, t, locale }: Props) {
  const done = counts.total - counts.pending - counts.sending;
  return (
    <div>
      {inFlight(counts) && (
        <progress
          className="progress"
          max={counts.total}
          value={done}
          aria-label={formatMessage(locale, t.progress, { done, total: counts.total })}
        />
      )}
      <ul className="status-counts">
        {SHOWN.filter((s) => counts[s] > 0 || s === 'sent').map((s) => (
          <li key={s} data-status={s}>
            {formatMessage(locale, t[`count_${s}`], { n: counts[s] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
