import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCurrentUser } from '@/lib/auth/session';
import '@/components/admin/admin.css';

// Comfort only: Next skips this layout on client navigations between admin pages, so every admin page, action, API
// and data function checks the role itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/admin');
  if (user.role !== 'admin') redirect('/forbidden');
  return (
    <div className="stack">
      <AdminNav />
      {children}
    </div>
  );
}
