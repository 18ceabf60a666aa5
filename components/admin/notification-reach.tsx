import type { Locale } from '@/lib/i18n/locales';
import type { DeliveryCounts } from '@/lib/notifications/count-deliveries';
import type { Messages } from '@/messages';
import { DeliveryCountsView } from './delivery-counts';
import { describeReach } from './follow-up-text';

type Props = { recipients: number; deliveries: DeliveryCounts; locale: Locale; t: Messages<'admin'> };

/** What a notification reached ("In 1 inbox, no device") above its deliveries per status. */
export function NotificationReach({ recipients, deliveries, locale, t }: Props) {
  return (
    <>
      <p className="reach">{describeReach({ recipients, devices: deliveries.total }, { locale, t })}</p>
      <DeliveryCountsView counts={deliveries} t={t} locale={locale} />
    </>
  );
}
