import type { Locale } from '@/lib/i18n/locales';
import type { DeliveryCounts } from '@/lib/notifications/count-deliveries';
import type { ReachCounts } from '@/lib/notifications/count-reach';
import type { Messages } from '@/messages';
import { DeliveryCountsView } from './delivery-counts';
import { describeReach } from './follow-up-text';
import { reachRates } from './reach/funnel-rows';

type Props = {
  recipients: number;
  deliveries: DeliveryCounts;
  /** Shown and opened, as rates of the accepted deliveries (none before any was accepted). */
  reach?: ReachCounts;
  locale: Locale;
  t: Messages<'admin'>;
};

/** What a notification reached ("In 1 inbox, no device") above its deliveries per status. */
export function NotificationReach({ recipients, deliveries, reach, locale, t }: Props) {
  const rates = reach && reachRates(reach, locale, t);
  return (
    <>
      <p className="reach">{describeReach({ recipients, devices: deliveries.total }, { locale, t })}</p>
      <DeliveryCountsView counts={deliveries} t={t} locale={locale} />
      {rates && <p className="reach reach-rates">{rates}</p>}
    </>
  );
}
