import { formatMessage } from '@/lib/i18n/format-message';
import type { HeldGroup } from '@/lib/notifications/explain-delivery';
import { describeHeldReason, type FollowUpContext } from './follow-up-text';

/** The detail page's summary of what waits and until when ("Held until 07:00, quiet hours (3 devices)"). */
export function HeldDeliveries({ groups, ctx }: { groups: HeldGroup[]; ctx: FollowUpContext }) {
  if (!groups.length) return null;
  return (
    <section aria-labelledby="held-heading">
      <h2 id="held-heading">{ctx.t.heldHeading}</h2>
      <ul className="held-groups">
        {groups.map((g) => (
          <li key={g.reason.kind}>
            {formatMessage(ctx.locale, ctx.t.heldGroup, { reason: describeHeldReason(g.reason, ctx), count: g.count })}
          </li>
        ))}
      </ul>
    </section>
  );
}
