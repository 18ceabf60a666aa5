// The composer's form state and its translation into the shared schema's input (pure: client and tests).
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales';
import type { NotificationInputDraft } from '@/lib/validation/notification';

export type DraftAction = { type: 'none' | 'ack' | 'link'; title: string; url: string };
export type PickedUser = { id: string; label: string };
export type AudienceKind = 'users' | 'role' | 'topic' | 'everyone';

/** Another language's version: its text, an optional link of its own, its labels for the default's buttons. */
export type DraftVariant = { title: string; body: string; url: string; actionTitles: [string, string] };

/** The languages other than the default one, each with a tab of its own. */
export const TRANSLATION_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

export type Draft = {
  title: string;
  body: string;
  url: string;
  icon: string;
  image: string;
  topic: string;
  urgency: 'very_low' | 'low' | 'normal' | 'high';
  critical: boolean;
  /** datetime-local values, in the admin's time zone. */
  expiresAt: string;
  scheduledAt: string;
  actions: [DraftAction, DraftAction];
  /** '' until the person chooses: nothing is preselected, so nobody sends to everyone by leaving a default. */
  audienceKind: AudienceKind | '';
  users: PickedUser[];
  role: 'citizen' | 'admin';
  audienceTopic: string;
  /** By language (TRANSLATION_LOCALES); an empty one is not sent. */
  translations: Record<string, DraftVariant>;
};

export const emptyVariant = (): DraftVariant => ({ title: '', body: '', url: '', actionTitles: ['', ''] });

/** Whether a language's tab has anything in it (the tab says so, and only those are sent). */
export const hasContent = (v: DraftVariant | undefined) =>
  !!v && [v.title, v.body, v.url, ...v.actionTitles].some((x) => x.trim() !== '');

export const emptyDraft = (): Draft => ({
  title: '',
  body: '',
  url: '',
  icon: '/icons/icon-192.png',
  image: '',
  topic: '',
  urgency: 'normal',
  critical: false,
  expiresAt: '',
  scheduledAt: '',
  actions: [
    { type: 'none', title: '', url: '' },
    { type: 'none', title: '', url: '' },
  ],
  audienceKind: '',
  users: [],
  role: 'citizen',
  audienceTopic: '',
  translations: Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, emptyVariant()])),
});

// datetime-local has no zone: the browser reads it in the admin's own zone, the server gets an instant.
const toInstant = (local: string) => {
  if (!local) return '';
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
};

/** The chosen audience, or undefined before a choice (which the shared schema refuses as `invalid_audience`). */
export function audienceOf(d: Draft): NotificationInputDraft['audience'] | undefined {
  switch (d.audienceKind) {
    case 'users':
      return { kind: 'users', users: d.users.map((u) => u.id) };
    case 'role':
      return { kind: 'role', role: d.role };
    case 'topic':
      return { kind: 'topic', topic: d.audienceTopic };
    case 'everyone':
      return { kind: 'everyone' };
    default:
      return undefined;
  }
}

type InputAction = NonNullable<NotificationInputDraft['actions']>[number];

const draftActions = (d: Draft): InputAction[] =>
  d.actions
    .filter((a) => a.type !== 'none')
    .map((a) =>
      a.type === 'ack'
        ? { type: 'ack' as const, title: a.title }
        : { type: 'link' as const, title: a.title, url: a.url.trim() },
    );

/** A variant's buttons: the default's, relabelled when the tab gives labels (an unlabelled one is then refused). */
function variantActions(d: Draft, v: DraftVariant): InputAction[] | undefined {
  const chosen = d.actions.map((a, i) => ({ a, title: v.actionTitles[i] })).filter(({ a }) => a.type !== 'none');
  if (!chosen.some(({ title }) => title.trim())) return undefined;
  return chosen.map(({ a, title }) =>
    a.type === 'ack' ? { type: 'ack' as const, title } : { type: 'link' as const, title, url: a.url.trim() },
  );
}

function translationsOf(d: Draft): NotificationInputDraft['translations'] {
  const entries = Object.entries(d.translations)
    .filter(([, v]) => hasContent(v))
    .map(([lang, v]) => [lang, { title: v.title, body: v.body, url: v.url.trim(), actions: variantActions(d, v) }]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** What the preview and the meter show for one language: that tab's text, on the default's other fields. */
export function draftInLanguage(d: Draft, lang: string): Draft {
  const v = lang === DEFAULT_LOCALE ? undefined : d.translations[lang];
  if (!v) return d;
  const actions = d.actions.map((a, i) => ({ ...a, title: v.actionTitles[i].trim() ? v.actionTitles[i] : a.title }));
  return { ...d, title: v.title, body: v.body, url: v.url.trim() || d.url, actions: actions as Draft['actions'] };
}

export function draftToInput(d: Draft): NotificationInputDraft {
  // The link rule refuses whitespace anywhere; spaces pasted around an address are the form's to drop.
  return {
    lang: DEFAULT_LOCALE,
    title: d.title,
    body: d.body,
    url: d.url.trim(),
    icon: d.icon.trim(),
    image: d.image.trim(),
    topic: d.topic,
    urgency: d.urgency,
    critical: d.critical,
    expiresAt: toInstant(d.expiresAt),
    scheduledAt: toInstant(d.scheduledAt),
    actions: draftActions(d),
    translations: translationsOf(d),
    audience: audienceOf(d) as NotificationInputDraft['audience'],
  };
}
