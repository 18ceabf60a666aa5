'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { closeNotificationsReadElsewhere, setAppBadge, SW_MESSAGE_TYPES } from './inbox-client';

/**
 * Keeps every page in step with the inbox: the app badge shows the unread count, a push (posted by the service
 * worker) re-renders the page so the header badge and an open inbox update live, and notifications already read
 * on another device are closed when a page opens.
 */
export function InboxSync({ unread }: { unread: number }) {
  const router = useRouter();
  useEffect(() => setAppBadge(unread), [unread]);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (e: MessageEvent) => {
      if (SW_MESSAGE_TYPES.includes(e.data?.type)) router.refresh();
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    void closeNotificationsReadElsewhere().catch(() => undefined);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [router]);
  return null;
}
