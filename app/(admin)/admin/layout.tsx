import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/auth/session';

// UI guard only: every admin action and API checks the role again next to the data.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/admin');
  if (user.role !== 'admin') redirect('/forbidden');
  return children;
}
