import { catalogs } from '../../messages';
import { formatMessage } from '../i18n/format-message';
import type { Locale } from '../i18n/locales';
import { composeMail } from '../mail/compose-mail';
import type { MailMessage } from '../mail/send-mail';
import { RESET_TOKEN_MINUTES } from './reset-token';

type Person = { email: string; name: string };

const say = (locale: Locale) => (key: keyof (typeof catalogs.mail)['en'], vars?: Record<string, string | number>) =>
  formatMessage(locale, catalogs.mail[locale][key], vars);

/** The e-mail with a reset link, in the person's language. */
export function resetLinkMail(person: Person, locale: Locale, link: string): MailMessage {
  const t = say(locale);
  return composeMail(person.email, locale, {
    subject: t('resetSubject'),
    paragraphs: [t('greeting', person), t('resetIntro', person), t('resetAction', { minutes: RESET_TOKEN_MINUTES })],
    button: { label: t('resetButton'), href: link },
    linkFallback: t('linkFallback'),
    footnote: t('resetFootnote'),
  });
}

/** For an account that signs in only with the identity provider: how to sign in, no link that would add a password. */
export function providerSignInMail(person: Person, locale: Locale, signInUrl: string, provider: string): MailMessage {
  const t = say(locale);
  return composeMail(person.email, locale, {
    subject: t('oidcSubject'),
    paragraphs: [t('greeting', person), t('resetIntro', person), t('oidcAction', { provider })],
    button: { label: t('oidcButton'), href: signInUrl },
    linkFallback: t('linkFallback'),
    footnote: t('oidcFootnote'),
  });
}
