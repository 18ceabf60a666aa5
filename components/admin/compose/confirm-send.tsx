'use client';
import { ConfirmDialog } from '@/components/admin/confirm-dialog';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';

export type Reach = { recipients: number; devices: number };
type Props = {
  /** The count to confirm (null: closed); `changed` when the server found another count than the one confirmed. */
  reach: (Reach & { changed?: boolean }) | null;
  title: string;
  scheduled: boolean;
  busy: boolean;
  t: Messages<'admin'>;
  locale: Locale;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "Send to 12,480 people on 19,305 devices?": the confirm button names the count it confirms. */
export function ConfirmSend({ reach, title, scheduled, busy, t, locale, onConfirm, onCancel }: Props) {
  const { recipients, devices } = reach ?? { recipients: 0, devices: 0 };
  const say = (template: string) => formatMessage(locale, template, { recipients, devices, title });
  return (
    <ConfirmDialog
      open={!!reach}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      tone="primary"
      title={say(scheduled ? t.confirmScheduleTitle : t.confirmTitle)}
      confirmLabel={say(scheduled ? t.confirmSchedule : t.confirmSend)}
      cancelLabel={t.confirmBack}
    >
      {reach?.changed && (
        <p className="alert alert--warning" role="alert">
          {t.confirmChanged}
        </p>
      )}
      <p>{say(t.confirmBody)}</p>
    </ConfirmDialog>
  );
}
