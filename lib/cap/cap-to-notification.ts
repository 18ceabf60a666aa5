import { createHash } from 'node:crypto';
import { isLocale, type Locale } from '../i18n/locales';
import { MAX_TTL_SECONDS } from '../push/build-push-options';
import {
  BODY_MAX,
  DEFAULT_LIFETIME_MS,
  notificationInputSchema,
  TITLE_MAX,
  type Audience,
  type NotificationInput,
  type NotificationVariant,
  type Translations,
} from '../validation/notification';
import { CapError } from './cap-error';
import type { CapAlert, CapInfo, CapReference, CapUrgency } from './cap-types';
import { truncateText } from './truncate-text';

/** First matching rule wins; a rule matches when one <info> has its category (if set) and its event (if set). */
export type { CapTopicRule } from '../validation/cap-settings';
import { PUBLIC_ALERTS_TOPIC, type CapTopicRule } from '../validation/cap-settings';

export type CapMappingOptions = {
  /** The portal's default language (DEFAULT_LOCALE): its <info> gives the notification's own title and body. */
  defaultLanguage: Locale;
  topicRules?: CapTopicRule[];
  /** Audience when no rule matches: this topic's followers ("public-alerts" when unset), everyone when null. */
  defaultTopic?: string | null;
  /** Lifetime when no <info> has <expires> (24 h by default, like the composer). */
  defaultLifetimeMs?: number;
  now?: Date;
};

/** A notification input (valid for notificationInputSchema): its own language, the alert's others as translations. */
export type CapNotification = NotificationInput & { expiresAt: Date; tag: string; lang: Locale };

export type CapMapping = {
  /** Alert and Update publish (an Update supersedes its references); Cancel withdraws its references. */
  action: 'publish' | 'cancel';
  msgType: 'Alert' | 'Update' | 'Cancel';
  /** The earlier messages an Update or a Cancel acts on, to be matched against stored alerts. */
  references: CapReference[];
  /** Absent only for a Cancel without a current <info> (nothing to tell residents, only something to withdraw). */
  notification?: CapNotification;
};

// CAP 1.2 §3.2.2 <urgency> → RFC 8030 §5.3 Urgency: "Immediate"/"Expected" action is time-sensitive (high wakes a
// device even on low battery); "Past" means no action is needed any more.
const PUSH_URGENCY: Record<CapUrgency, NotificationInput['urgency']> = {
  Immediate: 'high',
  Expected: 'high',
  Future: 'normal',
  Unknown: 'normal',
  Past: 'low',
};
const URGENCY_ORDER: NotificationInput['urgency'][] = ['very_low', 'low', 'normal', 'high'];
const MAX_LIFETIME_MS = MAX_TTL_SECONDS * 1000;
const linkSchema = notificationInputSchema.shape.url;

/** How one CAP alert becomes (or withdraws) one Crieur notification. Pure: the caller stores the result. */
export function capToNotification(alert: CapAlert, opts: CapMappingOptions): CapMapping {
  if (alert.msgType !== 'Alert' && alert.msgType !== 'Update' && alert.msgType !== 'Cancel') {
    throw new CapError(
      'unsupported_message',
      `msgType ${alert.msgType} is not accepted: send Alert, Update or Cancel.`,
      'alert/msgType',
    );
  }
  if (alert.status === 'System' || alert.status === 'Draft') {
    throw new CapError(
      'unsupported_message',
      `status ${alert.status} is not published: send Actual, Exercise or Test.`,
      'alert/status',
    );
  }
  const action = alert.msgType === 'Cancel' ? 'cancel' : 'publish';
  const now = opts.now ?? new Date();
  const expiresAt = resolveExpiry(alert.infos, now, opts.defaultLifetimeMs ?? DEFAULT_LIFETIME_MS);
  const mapping: CapMapping = { action, msgType: alert.msgType, references: alert.references };
  if (alert.infos.length === 0 || expiresAt <= now) {
    if (action === 'publish')
      throw new CapError('already_expired', 'Every <info> of this alert has already expired.', 'alert/info/expires');
    return mapping;
  }
  return { ...mapping, notification: buildNotification(alert, opts, expiresAt) };
}

function buildNotification(alert: CapAlert, opts: CapMappingOptions, expiresAt: Date): CapNotification {
  const { lang, own, translations } = chooseLanguages(alert.infos, opts.defaultLanguage);
  const critical = alert.infos.some(isCritical);
  const urgency = critical ? 'high' : highestUrgency(alert.infos);
  const fallback = opts.defaultTopic === undefined ? PUBLIC_ALERTS_TOPIC : opts.defaultTopic;
  const topic = chooseTopic(alert.infos, opts.topicRules ?? [], fallback);
  // Exercises and tests reach administrators only, and so do messages whose <scope> is not Public: they are meant
  // for "users with a known operational requirement" or named addresses, not for every resident (§3.2.1).
  const forAdmins = alert.status !== 'Actual' || alert.scope !== 'Public';
  const audience: Audience = forAdmins
    ? { kind: 'role', role: 'admin' }
    : topic
      ? { kind: 'topic', topic }
      : { kind: 'everyone' };
  return {
    lang,
    title: own.title,
    body: own.body,
    ...(own.url ? { url: own.url } : {}),
    ...(Object.keys(translations).length ? { translations } : {}),
    actions: [],
    urgency,
    critical,
    expiresAt,
    tag: threadTag(alert),
    ...(forAdmins || !topic ? {} : { topic }),
    audience,
  };
}

/**
 * The alert's languages as the portal's: each <info> under the LOCALES code of its primary subtag ("fr-BE" → fr), the
 * first <info> when two share a code, languages the portal does not have left out. The notification speaks the
 * default language's <info>, else the first in a language the portal has; the others become its translations.
 */
function chooseLanguages(infos: CapInfo[], defaultLanguage: Locale) {
  const byCode = new Map<Locale, CapInfo>();
  for (const info of infos) {
    const code = primaryLanguage(info.language);
    if (isLocale(code) && !byCode.has(code)) byCode.set(code, info);
  }
  const lang = byCode.has(defaultLanguage) ? defaultLanguage : ([...byCode.keys()][0] ?? defaultLanguage);
  // An alert in none of the portal's languages still reaches residents: its first <info> stands as the default's text
  // (a notification's lang is one of LOCALES), rather than a public warning being dropped.
  const own = infoVariant(byCode.get(lang) ?? infos[0]);
  const translations: Translations = {};
  for (const [code, info] of byCode) {
    if (code === lang) continue;
    const { url, ...text } = infoVariant(info);
    // A variant without its own link takes the default's: only a different page is kept, so a round trip is stable.
    translations[code] = { ...text, ...(url && url !== own.url ? { url } : {}) };
  }
  return { lang, own, translations };
}

/** What one <info> tells a resident: headline (else event), description and instruction, its https link. */
function infoVariant(info: CapInfo): NotificationVariant {
  const body = [info.description, info.instruction].filter(Boolean).join('\n\n');
  // Only https pages: the link opens from a notification, and the composer's link rules (length…) apply.
  const url =
    info.web && /^https:\/\//i.test(info.web) && linkSchema.safeParse(info.web).success ? info.web : undefined;
  return {
    title: truncateText(info.headline ?? info.event, TITLE_MAX),
    body: truncateText(body, BODY_MAX),
    ...(url ? { url } : {}),
  };
}

export const primaryLanguage = (tag: string) => tag.split('-')[0].toLowerCase();

// The issue's rule: Extreme or Severe, and action needed now or soon.
const isCritical = (i: CapInfo) =>
  (i.severity === 'Extreme' || i.severity === 'Severe') && (i.urgency === 'Immediate' || i.urgency === 'Expected');

function highestUrgency(infos: CapInfo[]): NotificationInput['urgency'] {
  return infos
    .map((i) => PUSH_URGENCY[i.urgency])
    .reduce((a, b) => (URGENCY_ORDER.indexOf(b) > URGENCY_ORDER.indexOf(a) ? b : a));
}

/** The latest <expires> of any <info> (else the default lifetime), never more than push services keep a message. */
function resolveExpiry(infos: CapInfo[], now: Date, defaultLifetimeMs: number): Date {
  const expiries = infos.flatMap((i) => (i.expires ? [i.expires.getTime()] : []));
  const latest = expiries.length ? Math.max(...expiries) : now.getTime() + defaultLifetimeMs;
  return new Date(Math.min(latest, now.getTime() + MAX_LIFETIME_MS));
}

function chooseTopic(infos: CapInfo[], rules: CapTopicRule[], fallback: string | null): string | null {
  // search(), not test(): a /g or /y rule would otherwise carry its lastIndex from one alert to the next.
  const eventMatches = (rule: RegExp | string, event: string) =>
    typeof rule === 'string' ? rule.trim().toLowerCase() === event.trim().toLowerCase() : event.search(rule) !== -1;
  const rule = rules.find((r) =>
    infos.some(
      (info) =>
        (r.category === undefined || info.categories.some((c) => c.toLowerCase() === r.category!.toLowerCase())) &&
        (r.event === undefined || eventMatches(r.event, info.event)),
    ),
  );
  return rule?.topic ?? fallback;
}

/**
 * The push tag (and RFC 8030 Topic) of the alert's thread: an Update or Cancel carries the tag of the oldest message
 * it references, so a device replaces the earlier notification instead of showing both. 31 URL-safe characters.
 */
function threadTag(alert: CapAlert): string {
  const root = [...alert.references].sort((a, b) => a.sent.getTime() - b.sent.getTime())[0] ?? alert;
  return `cap-${createHash('sha256').update(`${root.sender},${root.identifier}`).digest('base64url').slice(0, 27)}`;
}
