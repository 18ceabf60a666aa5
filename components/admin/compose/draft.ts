// The composer's form state and its translation into the shared schema's input (pure: client and tests).
import type { NotificationInputDraft } from '@/lib/validation/notification';

export type DraftAction = { type: 'none' | 'ack' | 'link'; title: string; url: string };
export type PickedUser = { id: string; label: string };
export type AudienceKind = 'users' | 'role' | 'topic' | 'everyone';

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
};

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

export function draftToInput(d: Draft): NotificationInputDraft {
  // The link rule refuses whitespace anywhere; spaces pasted around an address are the form's to drop.
  return {
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
    actions: d.actions
      .filter((a) => a.type !== 'none')
      .map((a) =>
        a.type === 'ack'
          ? { type: 'ack' as const, title: a.title }
          : { type: 'link' as const, title: a.title, url: a.url.trim() },
      ),
    audience: audienceOf(d) as NotificationInputDraft['audience'],
  };
}
