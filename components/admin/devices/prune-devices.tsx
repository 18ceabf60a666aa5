'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { previewStaleDevices } from '@/app/actions/preview-stale-devices';
import { pruneStaleDevices } from '@/app/actions/prune-stale-devices';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';

type Stale = { id: string; name: string; user: string; failureCount: number; lastSuccessAt: string | null };

/** Prune in two steps: preview the stale devices, then remove exactly those (if still stale). */
export function PruneDevices({ t }: { t: Messages<'admin'> }) {
  const router = useRouter();
  const [days, setDays] = useState('30');
  const [failures, setFailures] = useState('5');
  const [preview, setPreview] = useState<Stale[] | null>(null);
  const [message, setMessage] = useState('');
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
      <div aria-live="polite">
        {preview && preview.length === 0 && <p>{t.pruneNone}</p>}
        {preview && preview.length > 0 && (
          <>
            <p>{format(t.pruneMatches, { n: preview.length })}</p>
            <ul data-testid="prune-preview">{preview.map((d) => <li key={d.id}>{d.user} — {d.name} ({d.failureCount})</li>)}</ul>
            <button type="button" className="btn btn--danger" onClick={prune}>{format(t.pruneConfirm, { n: preview.length })}</button>
          </>
        )}
        <p role="status">{message}</p>
      </div>
    </section>
  );
}
