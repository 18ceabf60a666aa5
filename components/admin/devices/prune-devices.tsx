'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/use-action-form';
import { previewStaleDevices } from '@/lib/actions/preview-stale-devices';
import { pruneStaleDevices } from '@/lib/actions/prune-stale-devices';
import { formatDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from '../admin-table';
import { ConfirmButton } from '../confirm-dialog';

type Stale = {
  id: string;
  name: string;
  user: string;
  failureCount: number;
  createdAt: string;
  lastSuccessAt: string | null;
  /** Accepted pushes but showed none for PUSH_SILENT_DAYS (lib/subscriptions/silent-devices.ts). */
  silent: boolean;
};

/** Prune in two steps: preview the stale devices, then remove exactly those (if still stale). */
export function PruneDevices({ t, locale, timeZone }: { t: Messages<'admin'>; locale: Locale; timeZone: string }) {
  const router = useRouter();
  const [days, setDays] = useState('30');
  const [failures, setFailures] = useState('5');
  const [preview, setPreview] = useState<Stale[] | null>(null);
  const action = useActionForm(t.genericError);
  // Only ever rendered after a click (the preview), in the admin's time zone like the rest of the page.
  const when = (d: string | null) => (d ? formatDate(d, { locale, timeZone, style: 'date' }) : t.never);
  async function look(e: React.FormEvent) {
    e.preventDefault();
    const r = await action.run(() => previewStaleDevices({ days, failures }));
    setPreview(r.ok ? r.data : null);
  }
  async function prune() {
    const ids = preview!.map((d) => d.id);
    await action.run(() => pruneStaleDevices({ days, failures, ids }), {
      success: (n) => formatMessage(locale, t.pruned, { n }),
    });
    setPreview(null);
    router.refresh();
  }
  return (
    <section className="card" aria-labelledby="prune-heading">
      <h2 id="prune-heading">{t.pruneTitle}</h2>
      <form onSubmit={look} className="row prune-form">
        <div className="field">
          <label htmlFor="prune-days">{t.pruneDays}</label>
          <input
            id="prune-days"
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="prune-failures">{t.pruneFailures}</label>
          <input
            id="prune-failures"
            type="number"
            min={1}
            max={100}
            value={failures}
            onChange={(e) => setFailures(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn--ghost">
          {t.prunePreview}
        </button>
      </form>
      <div aria-live="polite" className="stack">
        {preview && preview.length === 0 && <p>{t.pruneNone}</p>}
        {preview && preview.length > 0 && (
          <>
            <AdminTable
              caption={formatMessage(locale, t.pruneMatches, { n: preview.length })}
              columns={[t.colUser, t.colDevice, t.colAdded, t.colLastSuccess, t.colFailures, t.silent]}
            >
              {preview.map((d) => (
                <tr key={d.id}>
                  <td>{d.user}</td>
                  <td>{d.name}</td>
                  <td>{when(d.createdAt)}</td>
                  <td>{when(d.lastSuccessAt)}</td>
                  <td>{d.failureCount}</td>
                  <td>{d.silent ? t.silent : t.none}</td>
                </tr>
              ))}
            </AdminTable>
            <p>{formatMessage(locale, t.silentCount, { n: preview.filter((d) => d.silent).length })}</p>
            <p>
              <ConfirmButton
                className="btn btn--danger"
                text={formatMessage(locale, t.pruneConfirm, { n: preview.length })}
                title={formatMessage(locale, t.pruneConfirmTitle, { n: preview.length })}
                confirmLabel={formatMessage(locale, t.pruneConfirm, { n: preview.length })}
                cancelLabel={t.confirmGoBack}
                onConfirm={prune}
              >
                <p>{t.pruneConfirmBody}</p>
              </ConfirmButton>
            </p>
          </>
        )}
        <p role="status">{action.status?.text}</p>
      </div>
    </section>
  );
}
