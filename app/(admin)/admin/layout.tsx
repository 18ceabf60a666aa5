import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCurrentUser } from '@/lib/auth/session';
import '@/components/admin/admin.css';

// UI guard only: every admin action and API checks the role again next to the data.
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
