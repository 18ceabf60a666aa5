'use client';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';

export type SentNotification = {
  id: string;
  title: string;
  recipients: number;
  deliveries: number;
  scheduled: boolean;
};
type Props = { sent: SentNotification; t: Messages<'admin'>; locale: Locale; onReuse: () => void };

/**
 * What a send created, said once and kept on screen: the form below is already a new, empty draft (a second press
 * of "Send" used to send the same message again). Focus moves here so that a screen reader reads the outcome.
 */
export function SendResult({ sent, t, locale, onReuse }: Props) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), [sent.id]);
  return (
    <section ref={panel} tabIndex={-1} className="alert alert--success send-result" aria-labelledby="send-result-title">
      <h2 id="send-result-title">{sent.scheduled ? t.resultScheduled : t.resultSent}</h2>
      <p>{formatMessage(locale, t.resultText, { ...sent, scheduled: '' })}</p>
      <p>{t.resultNewDraft}</p>
      <div className="row">
        <Link className="btn" href={`/admin/notifications/${sent.id}`}>
          {t.viewIt}
        </Link>
        <button type="button" className="btn btn--ghost" onClick={onReuse}>
          {t.resultReuse}
        </button>
      </div>
    </section>
  );
}
