import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { ApiReference } from '@/components/admin/api-reference';
import { requireAdmin } from '@/lib/auth/require-principal';
import { requestOrigin } from '@/lib/http/request-origin';
import { getMessages } from '@/lib/i18n/get-t';
import { createCrieurApiDocument } from '@/lib/openapi/crieur-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages('admin')).apiTitle };
}

export default async function ApiReferencePage() {
  await requireAdmin({ callbackUrl: '/admin/tokens/api' });
  const [t, origin] = await Promise.all([getMessages('admin'), headers().then(requestOrigin)]);
  const doc = createCrieurApiDocument(origin);
  return (
    <>
      <h1>{t.apiTitle}</h1>
      <p>
        {t.apiIntro} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
      </p>
      <ApiReference doc={doc} t={t} />
    </>
  );
}
