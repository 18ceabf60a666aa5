import { handleErrors } from '@/lib/auth/with-user';
import { getVapidPublicKey } from '@/lib/push/vapid-keys';

// Read at request time: the key comes from the environment of the running server, never from the build.
export const dynamic = 'force-dynamic';

// GET /api/push/vapid-public-key — the application server key browsers subscribe with (base64url); public
export const GET = () =>
  handleErrors(async () =>
    Response.json({ publicKey: getVapidPublicKey() }, { headers: { 'Cache-Control': 'no-cache' } }),
  );
