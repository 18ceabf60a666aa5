import type { Metadata } from 'next';
import { ApiTokensManager } from '@/components/admin/api-tokens-manager';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { getMessages } from '@/lib/i18n/get-t';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const [t, tokens] = await Promise.all([getMessages('admin'), listApiTokens()]);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return (
    <>
      <h1>{t.tokens}</h1>
      <ApiTokensManager t={t} tokens={tokens.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, createdAt: k.createdAt.toISOString(), lastUsedAt: iso(k.lastUsedAt), revokedAt: iso(k.revokedAt) }))} />
    </>
  );
}
