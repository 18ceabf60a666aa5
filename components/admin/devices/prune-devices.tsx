'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { previewStaleDevices } from '@/app/actions/preview-stale-devices';
import { pruneStaleDevices } from '@/app/actions/prune-stale-devices';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from '../admin-table';

type Stale = { id: string; name: string; user: string; failureCount: number; createdAt: string; lastSuccessAt: string | null };

/** Prune in two steps: preview the stale devices, then remove exactly those (if still stale). */
export function PruneDevices({ t, locale }: { t: Messages<'admin'>; locale: string }) {
  const router = useRouter();
  const [days, setDays] = useState('30');
  const [failures, setFailures] = useState('5');
  const [preview, setPreview] = useState<Stale[] | null>(null);
  const [message, setMessage] = useState('');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const when = (d: string | null) => (d ? date.format(new Date(d)) : t.never);
  async function look(e: React.FormEvent) {
    e.preventDefault();
    const r = await previewStaleDevices({ days, failures }).catch(() => null);
    setMessage(r?.ok ? '' : t.genericError);
    setPreview(r?.ok ? r.data : null);
  }
  async function prune() {
    const r = await pruneStaleDevices({ days, failures, ids: preview!.map((d) => d.id) }).catch(() => null);
    setMessage(r?.ok ? format(t.pruned, { n: r.data }) : t.genericError);
    setPreview(null);
    router.refresh();
  }
  return (
    <section className="card" aria-labelledby="prune-heading">
      <h2 id="prune-heading">{t.pruneTitle}</h2>
      <form onSubmit={look} className="row prune-form">
        <div className="field"><label htmlFor="prune-days">{t.pruneDays}</label>
          <input id="prune-days" type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} /></div>
        <div className="field"><label htmlFor="prune-failures">{t.pruneFailures}</label>
          <input id="prune-failures" type="number" min={1} max={100} value={failures} onChange={(e) => setFailures(e.target.value)} /></div>
        <button type="submit" className="btn btn--ghost">{t.prunePreview}</button>
      </form>
      <div aria-live="polite" className="stack">
        {preview && preview.length === 0 && <p>{t.pruneNone}</p>}
        {preview && preview.length > 0 && (
          <>
            <AdminTable caption={format(t.pruneMatches, { n: preview.length })} columns={[t.colUser, t.colDevice, t.colAdded, t.colLastSuccess, t.colFailures]}>
              {preview.map((d) => (
                <tr key={d.id}><td>{d.user}</td><td>{d.name}</td><td>{when(d.createdAt)}</td><td>{when(d.lastSuccessAt)}</td><td>{d.failureCount}</td></tr>
              ))}
            </AdminTable>
            <p><button type="button" className="btn btn--danger" onClick={prune}>{format(t.pruneConfirm, { n: preview.length })}</button></p>
          </>
        )}
        <p role="status">{message}</p>
      </div>
    </section>
  );
}
