import { z } from 'zod';
import { withUser } from '@/lib/auth/with-user';
import { searchUsers } from '@/lib/users/search-users';

const query = z.object({ q: z.string().trim().max(100).default('') });

// GET /api/admin/users?q= — find users by name or e-mail (admins only; the composer's audience picker)
export const GET = withUser(
  async (req) => {
    const { q } = query.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ users: await searchUsers({ query: q, limit: 20 }) });
  },
  { role: 'admin' },
);
