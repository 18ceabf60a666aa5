import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/auth/session';

// The authoritative check (proxy.ts only redirects cheaply on a missing cookie).
export default async function PortalLayout({ children }: { children: ReactNode }) {
  if (!(await getCurrentUser())) redirect('/signin');
  return children;
}
