import { describe, expect, it } from 'vitest';
import { composeNotificationSchema } from '@/lib/validation/notification';
import { draftInLanguage, draftToInput, emptyDraft, emptyVariant } from './draft';

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

  it('sends a language only when its tab has content, with the default’s buttons relabelled', () => {
    const base = {
      ...emptyDraft(),
      title: 'Water cut',
      url: '/inbox',
      audienceKind: 'everyone' as const,
      actions: [
        { type: 'ack', title: 'OK', url: '' },
        { type: 'link', title: 'Map', url: ' https://map.example/x ' },
      ] as ReturnType<typeof emptyDraft>['actions'],
    };
    expect(draftToInput(base)).toMatchObject({ lang: 'en', translations: undefined });
    const fr = { ...emptyVariant(), title: 'Coupure d’eau', body: 'Demain' };
    expect(draftToInput({ ...base, translations: { fr } }).translations).toEqual({
      fr: { title: 'Coupure d’eau', body: 'Demain', url: '', actions: undefined },
    });
    const labelled = { ...fr, actionTitles: ['Compris', 'Carte'] as [string, string] };
    expect(
      (draftToInput({ ...base, translations: { fr: labelled } }).translations as Record<string, unknown>).fr,
    ).toMatchObject({
      actions: [
        { type: 'ack', title: 'Compris' },
        { type: 'link', title: 'Carte', url: 'https://map.example/x' },
      ],
    });
    // One label of two: the other is refused by the shared schema, on that button's field.
    const half = { ...base, translations: { fr: { ...fr, actionTitles: ['Compris', ''] as [string, string] } } };
    const parsed = composeNotificationSchema.safeParse({ ...draftToInput(half), idempotencyKey: 'k' });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['translations.fr.actions.1.title', 'required'],
    ]);
  });

  it('previews a language with its own text over the default’s other fields', () => {
    const d = { ...emptyDraft(), title: 'Water cut', url: '/inbox' };
    const fr = { ...emptyVariant(), title: 'Coupure', body: 'Demain' };
    expect(draftInLanguage({ ...d, translations: { fr } }, 'fr')).toMatchObject({ title: 'Coupure', url: '/inbox' });
    expect(draftInLanguage(d, 'en')).toBe(d);
  });
});
