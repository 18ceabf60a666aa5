import Link from 'next/link';
import { ApiTokensManager } from '@/components/admin/api-tokens-manager';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { requireAdmin } from '@/lib/auth/require-principal';
import { formatDate } from '@/lib/i18n/format-date';
import { getLocale, getMessages } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';

export const generateMetadata = titleFrom('admin', 'tokens');

export default async function TokensPage() {
  const admin = await requireAdmin({ callbackUrl: '/admin/tokens' });
  const [t, locale, tokens] = await Promise.all([getMessages('admin'), getLocale(), listApiTokens(admin)]);
  // Formatted here, in the admin's language and time zone: the browser then shows these very strings (React #418).
  const when = (d: Date | null) => (d ? formatDate(d, { locale, timeZone: admin.timeZone }) : null);
  return (
    <>
      <h1>{t.tokens}</h1>
      <p>
        <Link href="/admin/tokens/api">{t.apiLink}</Link>
      </p>
      <ApiTokensManager
        t={t}
        tokens={tokens.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          createdAt: when(k.createdAt)!,
          lastUsedAt: when(k.lastUsedAt),
          revokedAt: when(k.revokedAt),
        }))}
      />
    </>
  );
}
