'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/use-action-form';
import { textFor } from '@/lib/i18n/text-for';
import { createApiToken } from '@/lib/actions/create-api-token';
import { revokeApiToken } from '@/lib/actions/revoke-api-token';
import { format } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { AdminTable } from './admin-table';
import { CopyField } from './copy-field';
import { ConfirmButton } from './confirm-dialog';

// Dates arrive formatted by the server (lib/i18n/format-date.ts): formatting them again here broke hydration.
type Token = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Create (the secret is shown this once) and revoke tokens for other systems. */
export function ApiTokensManager({ tokens, t }: { tokens: Token[]; t: Messages<'admin'> }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string>();
  // Creating shows its error under the name field; revoking answers in the status line.
  const creating = useActionForm(t.genericError);
  const revoking = useActionForm(t.genericError);
  const error = creating.status?.text;
  async function create(e: React.FormEvent) {
    e.preventDefault();
    const r = await creating.run(() => createApiToken({ name }), {
      failure: (f) => textFor(t, `err_${f.fields?.name ?? 'invalid'}`),
    });
    if (!r.ok) return;
    setName('');
    setSecret(r.data.token);
    router.refresh();
  }
  async function revoke(id: string) {
    await revoking.run(() => revokeApiToken({ id }), { success: () => t.revoked });
    router.refresh();
  }
  const when = (d: string | null) => d ?? t.never;
  return (
    <div className="stack">
      <form onSubmit={create} className="card form" noValidate>
        <div className="field">
          <label htmlFor="token-name">{t.tokenName}</label>
          <input
            id="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={!!error}
            aria-describedby="token-name-err"
          />
          <p id="token-name-err" className="field-error">
            {error}
          </p>
        </div>
        <button type="submit" className="btn">
          {t.createToken}
        </button>
      </form>
      <div aria-live="polite">
        {secret && (
          <div className="alert alert--success">
            <p>{t.tokenCreated}</p>
            <CopyField
              key={secret}
              id="token-secret"
              label={t.tokenValue}
              value={secret}
              copyLabel={t.copyToken}
              copied={t.tokenCopied}
              failed={t.tokenCopyFailed}
            />
          </div>
        )}
        <p role="status">{revoking.status?.text}</p>
      </div>
      {tokens.length === 0 ? (
        <p className="muted">{t.noTokens}</p>
      ) : (
        <AdminTable columns={[t.colName, t.colPrefix, t.colCreated, t.colLastUsed, t.colRevoked]}>
          {tokens.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{when(k.createdAt)}</td>
              <td>{when(k.lastUsedAt)}</td>
              <td>
                {k.revokedAt ? (
                  format(t.revokedOn, { date: when(k.revokedAt) })
                ) : (
                  <ConfirmButton
                    text={format(t.revoke, { name: k.name })}
                    title={format(t.revokeTokenTitle, { name: k.name })}
                    confirmLabel={format(t.revoke, { name: k.name })}
                    cancelLabel={t.confirmGoBack}
                    onConfirm={() => revoke(k.id)}
                  >
                    <p>{t.revokeTokenBody}</p>
                  </ConfirmButton>
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  );
}
