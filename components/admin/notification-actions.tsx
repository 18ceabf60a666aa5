'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { cancelNotification } from '@/app/actions/cancel-notification';
import { retryFailedDeliveries } from '@/app/actions/retry-failed-deliveries';
import { format } from '@/lib/i18n/locales';

type Props = {
  id: string;
  canRetry: boolean;
  canCancel: boolean;
  labels: { retry: string; retried: string; cancel: string; cancelled: string; error: string };
};

/** "Retry failed" and "Cancel" on the detail page; the outcome is announced, then the page re-renders. */
export function NotificationActions({ id, canRetry, canCancel, labels }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  async function run(action: typeof retryFailedDeliveries, template: string) {
    setBusy(true);
    const r = await action({ id }).catch(() => null);
    setBusy(false);
    setMessage(r?.ok ? format(template, { n: r.data }) : labels.error);
    router.refresh();
  }
  return (
    <div className="stack">
      <div className="row">
        {canRetry && <button type="button" className="btn" disabled={busy} onClick={() => run(retryFailedDeliveries, labels.retried)}>{labels.retry}</button>}
        {canCancel && <button type="button" className="btn btn--danger" disabled={busy} onClick={() => run(cancelNotification, labels.cancelled)}>{labels.cancel}</button>}
      </div>
      <p role="status" aria-live="polite">{message}</p>
    </div>
  );
}
