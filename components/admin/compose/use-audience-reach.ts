'use client';
import { useEffect, useState } from 'react';
import { callAction } from '@/components/use-action-form';
import { countAudience } from '@/lib/actions/count-audience';
import type { ActionResult } from '@/lib/auth/action-result';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { audienceOf, type Draft } from './draft';
import type { Reach } from './confirm-send';
import { describeReach } from './describe-reach';

/**
 * How many people the draft's audience reaches, recounted 250 ms after the audience last changed (`reach`, the text
 * shown), and `count`, the same count on demand (the send's confirmation). Both come from the very function the
 * send uses to pick its recipients. Until the count of the audience now chosen is in, the line says it is counting:
 * the count of the audience before (one person, when "Everyone" was just picked) is never shown for this one.
 */
export function useAudienceReach(draft: Draft, t: Messages<'admin'>, locale: Locale) {
  const [counted, setCounted] = useState<{ key: string; text: string } | null>(null);
  const ask = (d: Draft): Promise<ActionResult<Reach>> | null => {
    const audience = audienceOf(d);
    return audience ? callAction(() => countAudience({ audience })) : null;
  };
  const count = async (d: Draft): Promise<Reach | null> => {
    const r = await ask(d);
    return r?.ok ? r.data : null;
  };
  const audienceKey = JSON.stringify(audienceOf(draft) ?? null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await ask(draft);
      if (live) setCounted({ key: audienceKey, text: describeReach(r, t, locale) });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recount only when the audience changes
  }, [audienceKey]);
  const reach = counted?.key === audienceKey ? counted.text : audienceOf(draft) ? t.reachCounting : t.reachUnknown;
  return { reach, count };
}
