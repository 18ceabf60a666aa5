'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { currentSubscription, detectSupport } from './push-browser';
import type { PushStatusWords } from './push-status-words';
import './notification-preferences.css';

type Line = 'checking' | 'on' | 'off' | 'blocked' | 'unsupported' | 'ios';

async function lookAtThisDevice(vapidKey: boolean): Promise<Line> {
  const support = vapidKey ? detectSupport() : 'unsupported';
  if (support !== 'ok') return support === 'ios-install' ? 'ios' : 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  if (Notification.permission !== 'granted') return 'off';
  return (await currentSubscription().catch(() => null)) ? 'on' : 'off';
}

/**
 * The home page's one line about this device: are notifications on here, and a link to Settings to change it. It
 * only looks (no prompt, no subscribing): the settings page does the rest.
 */
export function PushStatusLine({
  words: w,
  vapidKey,
  href,
}: {
  words: PushStatusWords;
  vapidKey: boolean;
  href: string;
}) {
  const [line, setLine] = useState<Line>('checking');
  useEffect(() => {
    void lookAtThisDevice(vapidKey).then(setLine);
  }, [vapidKey]);

  const text = {
    checking: w.statusChecking,
    on: w.statusOn,
    off: w.statusOff,
    blocked: w.statusBlocked,
    unsupported: w.statusUnsupported,
    ios: w.statusIos,
  }[line];
  return (
    <p className={`push-status-line push-status-line--${line}`} data-testid="push-status-line">
      <span aria-hidden="true" className="push-status-line__dot" />
      <span>{text}</span>{' '}
      {line !== 'checking' && <Link href={href}>{line === 'off' ? w.statusTurnOn : w.statusChange}</Link>}
    </p>
  );
}
