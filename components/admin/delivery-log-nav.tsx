import Link from 'next/link';
import { hrefWith, pageParam } from '@/lib/http/href-with';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { textFor } from '@/lib/i18n/text-for';
import type { DeliveryCounts } from '@/lib/notifications/count-deliveries';
import { DELIVERY_LOG_PAGE } from '@/lib/notifications/get-notification-detail';
import { DELIVERY_LOG_STATUSES, type DeliveryLogQuery } from '@/lib/validation/notification';
import type { Messages } from '@/messages';
import { PageLinks } from '@/components/page-links';

type Props = {
  id: string;
  query: DeliveryLogQuery;
  counts: DeliveryCounts;
  t: Messages<'admin'>;
  locale: Locale;
};

/** The page's URL for this status and page of the log (the first page and the whole log need no parameter). */
export function deliveryLogHref(id: string, query: DeliveryLogQuery): string {
  return hrefWith(`/admin/notifications/${id}`, { status: query.status, page: pageParam(query.page) }, '#delivery-log');
}

/** Where this page of the log starts and ends among the deliveries it is drawn from. */
export function deliveryLogRange(query: DeliveryLogQuery, counts: DeliveryCounts) {
  const total = query.status ? counts[query.status] : counts.total;
  const from = (query.page - 1) * DELIVERY_LOG_PAGE + 1;
  const to = Math.min(total, query.page * DELIVERY_LOG_PAGE);
  return { from, to, total };
}

const capitalized = (s: string, locale: Locale) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/**
 * Above the log: which deliveries it shows (all, or the failed ones, the waiting ones… with their numbers) and which of
 * them; a notification to 100,000 devices is followed a page at a time, its problems in one click.
 */
export function DeliveryLogFilter({ id, query, counts, t, locale }: Props) {
  const range = deliveryLogRange(query, counts);
  const option = (status: DeliveryLogQuery['status'], text: string) => (
    <li key={status ?? 'all'}>
      <Link href={deliveryLogHref(id, { status, page: 1 })} aria-current={query.status === status ? 'page' : undefined}>
        {text}
      </Link>
    </li>
  );
  return (
    <>
      <nav aria-label={t.logFilter}>
        <ul className="log-filter">
          {option(undefined, formatMessage(locale, t.logFilterAll, { n: counts.total }))}
          {DELIVERY_LOG_STATUSES.filter((s) => counts[s] > 0 || query.status === s).map((s) =>
            option(
              s,
              formatMessage(locale, t.logFilterStatus, {
                status: capitalized(textFor(t, `status_${s}`) ?? s, locale),
                n: counts[s],
              }),
            ),
          )}
        </ul>
      </nav>
      {range.from > range.total ? (
        <p className="muted">{t.logEmpty}</p>
      ) : (
        // Said when the log takes more than one page: on one, the counts above already say it all.
        (query.page > 1 || range.to < range.total) && (
          <p className="muted">{formatMessage(locale, t.logRange, range)}</p>
        )
      )}
    </>
  );
}

/** Below the log: the pages before and after this one. */
export function DeliveryLogPager({ id, query, counts, t, locale }: Props) {
  const { to, total } = deliveryLogRange(query, counts);
  return (
    <PageLinks
      label={t.logPaging}
      page={query.page}
      more={to < total}
      href={(page) => deliveryLogHref(id, { ...query, page })}
      previous={formatMessage(locale, t.logPrevious, { n: DELIVERY_LOG_PAGE })}
      next={formatMessage(locale, t.logNext, { n: Math.min(DELIVERY_LOG_PAGE, total - to) })}
    />
  );
}
