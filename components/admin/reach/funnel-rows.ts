import { formatMessage } from '@/lib/i18n/format-message';
import { formatNumber } from '@/lib/i18n/format-number';
import type { Locale } from '@/lib/i18n/locales';
import type { ReachCounts } from '@/lib/notifications/count-reach';
import type { Messages } from '@/messages';

export const STAGES = ['targeted', 'accepted', 'shown', 'opened', 'acknowledged'] as const;
export type Stage = (typeof STAGES)[number];
export type FunnelRow = { stage: Stage; label: string; count: number; share: string; ratio: number };

/**
 * The funnel's rows, each with its share in words: devices against the devices targeted, acknowledgements
 * (people, in the inbox) against the recipients. Nothing to compare with (0) says so rather than "NaN %".
 */
export function funnelRows(reach: ReachCounts, locale: Locale, t: Messages<'admin'>): FunnelRow[] {
  const pct = (n: number, of: number) => formatNumber(n / of, { locale, style: 'percent' });
  return STAGES.map((stage) => {
    const count = reach[stage];
    const of = stage === 'acknowledged' ? reach.recipients : reach.targeted;
    const share =
      of === 0
        ? t.shareNone
        : stage === 'acknowledged'
          ? formatMessage(locale, t.shareOfRecipients, { pct: pct(count, of), n: of })
          : formatMessage(locale, t.shareOfTargeted, { pct: pct(count, of) });
    return { stage, label: t[`stage_${stage}`], count, share, ratio: of ? count / of : 0 };
  });
}

/** The history list's line: shown and opened as rates of what the push service accepted. */
export function reachRates(reach: ReachCounts, locale: Locale, t: Messages<'admin'>): string | null {
  if (!reach.accepted) return null;
  const pct = (n: number) => formatNumber(n / reach.accepted, { locale, style: 'percent' });
  return formatMessage(locale, t.reachRates, {
    shown: pct(reach.shown),
    opened: pct(reach.opened),
    accepted: reach.accepted,
  });
}
