import { measurePayload, PAYLOAD_BUDGET_BYTES } from '@/lib/push/build-payload';
import type { NotificationAction } from '@/lib/validation/notification';
import { useFormatMessage } from '@/components/i18n/locale-provider';
import { draftToInput, type Draft } from './draft';

type Props = { draft: Draft; lang: string; labels: { label: string; text: string; over: string } };

/**
 * The same measure the dispatcher uses to decide between the whole payload and "fetch it by id", for one language's
 * version (each is pushed on its own).
 */
export function PayloadMeter({ draft, lang, labels }: Props) {
  const fm = useFormatMessage();
  const input = draftToInput(draft);
  const { bytes, fits } = measurePayload({
    id: 'c'.repeat(25),
    title: draft.title,
    body: draft.body,
    url: draft.url,
    icon: draft.icon,
    image: draft.image,
    actions: input.actions as NotificationAction[],
    lang,
    createdAt: new Date(),
  });
  return (
    <div className="stack">
      <label htmlFor="payload-meter">{labels.label}</label>
      <meter
        id="payload-meter"
        className="meter"
        min={0}
        max={PAYLOAD_BUDGET_BYTES}
        high={PAYLOAD_BUDGET_BYTES * 0.9}
        value={Math.min(bytes, PAYLOAD_BUDGET_BYTES)}
      />
      <p className="muted">{fm(labels.text, { bytes, budget: PAYLOAD_BUDGET_BYTES })}</p>
      {fits ? null : <p className="alert alert--warning">{labels.over}</p>}
    </div>
  );
}
