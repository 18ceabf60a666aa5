import { z } from 'zod';
import { withAdmin } from '@/lib/auth/with-user';
import { searchUsers } from '@/lib/users/search-users';
import { lineText } from '@/lib/validation/text';

const query = z.object({ q: lineText().max(100).default('') });

// GET /api/admin/users?q= — find users by name or e-mail (admins only; the composer's audience picker)
export const GET = withAdmin(async (req, { user }) => {
  const { q } = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ users: await searchUsers(user, { query: q, limit: 20 }) });
});
