'use client';
import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/use-action-form';
import { cancelNotification } from '@/lib/actions/cancel-notification';
import { retryFailedDeliveries } from '@/lib/actions/retry-failed-deliveries';
import { ConfirmButton } from './confirm-dialog';
import { useFormatMessage } from '@/components/i18n/locale-provider';

type Props = {
  id: string;
  canRetry: boolean;
  canCancel: boolean;
  labels: {
    retry: string;
    retried: string;
    cancel: string;
    cancelled: string;
    error: string;
    cancelTitle: string;
    cancelBody: string;
    goBack: string;
  };
};

/**
 * "Retry failed" and "Cancel" (after a confirmation) on the detail page; the outcome is announced, then the page
 * re-renders.
 */
export function NotificationActions({ id, canRetry, canCancel, labels }: Props) {
  const router = useRouter();
  const fm = useFormatMessage();
  const form = useActionForm(labels.error);
  const busy = form.busy;
  async function run(action: typeof retryFailedDeliveries, template: string) {
    await form.run(() => action({ id }), { success: (n) => fm(template, { n }) });
    router.refresh();
  }
  return (
    <div className="stack">
      <div className="row">
        {canRetry && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => run(retryFailedDeliveries, labels.retried)}
          >
            {labels.retry}
          </button>
        )}
        {canCancel && (
          <ConfirmButton
            className="btn btn--danger"
            disabled={busy}
            text={labels.cancel}
            title={labels.cancelTitle}
            confirmLabel={labels.cancel}
            cancelLabel={labels.goBack}
            onConfirm={() => run(cancelNotification, labels.cancelled)}
          >
            <p>{labels.cancelBody}</p>
          </ConfirmButton>
        )}
      </div>
      <p role="status" aria-live="polite">
        {form.status?.text}
      </p>
    </div>
  );
}
