'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createApiToken } from '@/app/actions/create-api-token';
import { revokeApiToken } from '@/app/actions/revoke-api-token';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';

type Token = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

/** Create (the secret is shown this once) and revoke tokens for other systems. */
export function ApiTokensManager({ tokens, t }: { tokens: Token[]; t: Messages<'admin'> }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const [message, setMessage] = useState('');
  async function create(e: React.FormEvent) {
    e.preventDefault();
    const r = await createApiToken({ name }).catch(() => null);
    if (!r?.ok) return setError((t as Record<string, string>)[`err_${r?.fields?.name ?? 'invalid'}`] ?? t.genericError);
    setError(undefined);
    setName('');
    setSecret(r.data.token);
    router.refresh();
  }
  async function revoke(id: string) {
    const r = await revokeApiToken({ id }).catch(() => null);
    setMessage(r?.ok ? t.revoked : t.genericError);
    router.refresh();
  }
  const when = (d: string | null) => (d ? new Date(d).toLocaleString() : t.never);
  return (
    <div className="stack">
      <form onSubmit={create} className="card form" noValidate>
        <div className="field">
          <label htmlFor="token-name">{t.tokenName}</label>
          <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!error} aria-describedby="token-name-err" />
          <p id="token-name-err" className="field-error">{error}</p>
        </div>
        <button type="submit" className="btn">{t.createToken}</button>
      </form>
      <div aria-live="polite">
        {secret && (
          <div className="alert alert--success">
            <p>{t.tokenCreated}</p>
            <label htmlFor="token-secret">{t.tokenValue}</label>
            <input id="token-secret" readOnly value={secret} className="token-secret" onFocus={(e) => e.target.select()} />
          </div>
        )}
        <p role="status">{message}</p>
      </div>
      {tokens.length === 0 ? <p className="muted">{t.noTokens}</p> : (
        <AdminTable columns={[t.colName, t.colPrefix, t.colCreated, t.colLastUsed, t.colRevoked]}>
          {tokens.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td><code>{k.prefix}…</code></td>
              <td>{when(k.createdAt)}</td>
              <td>{when(k.lastUsedAt)}</td>
              <td>{k.revokedAt ? format(t.revokedOn, { date: when(k.revokedAt) }) : (
                <button type="button" className="btn btn--danger btn--small" onClick={() => revoke(k.id)}>{format(t.revoke, { name: k.name })}</button>
              )}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  );
}
