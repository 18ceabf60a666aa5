import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/auth/session';

// Comfort only: Next skips this layout on client navigations between portal pages, so every page checks itself.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  if (!(await getCurrentUser())) redirect('/signin');
  return children;
}
