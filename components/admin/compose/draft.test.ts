import { describe, expect, it } from 'vitest';
import { composeNotificationSchema } from '@/lib/validation/notification';
import { draftToInput, emptyDraft } from './draft';

describe('the composer’s draft', () => {
  it('starts with no audience, which the shared schema refuses on the audience field', () => {
    const draft = { ...emptyDraft(), title: 'Water cut' };
    expect(draft.audienceKind).toBe('');
    const parsed = composeNotificationSchema.safeParse({ ...draftToInput(draft), idempotencyKey: 'k' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['audience', 'invalid_audience']]);
  });

  it('sends the audience that was chosen, and the topic only as the label it is', () => {
    const draft = { ...emptyDraft(), title: 'Bins', audienceKind: 'everyone' as const, topic: 'waste' };
    expect(draftToInput(draft)).toMatchObject({ audience: { kind: 'everyone' }, topic: 'waste' });
  });
});
