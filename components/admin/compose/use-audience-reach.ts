'use client';
import { useEffect, useState } from 'react';
import { callAction } from '@/components/use-action-form';
import { countAudience } from '@/lib/actions/count-audience';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/messages';
import { audienceOf, type Draft } from './draft';
import type { Reach } from './confirm-send';

/**
 * How many people the draft's audience reaches, recounted 250 ms after the audience last changed (`reach`, the text
 * shown), and `count`, the same count on demand (the send's confirmation). Both come from the very function the
 * send uses to pick its recipients.
 */
export function useAudienceReach(draft: Draft, t: Messages<'admin'>, locale: Locale) {
  const [reach, setReach] = useState<string>(t.reachUnknown);
  const count = async (d: Draft): Promise<Reach | null> => {
    const audience = audienceOf(d);
    const r = audience ? await callAction(() => countAudience({ audience })) : null;
    return r?.ok ? r.data : null;
  };
  const audienceKey = JSON.stringify(audienceOf(draft) ?? null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await count(draft);
      if (live) setReach(r ? formatMessage(locale, t.reach, r) : t.reachUnknown);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recount only when the audience changes
  }, [audienceKey]);
  return { reach, count };
}
