import type { Locale } from '../i18n/locales';
import type { MailMessage } from './send-mail';

/** What one e-mail says, already in the recipient's language. */
export type MailContent = {
  subject: string;
  /** Paragraphs before the button. */
  paragraphs: string[];
  button: { label: string; href: string };
  /** Said under the button's address, when a mail client shows no button. */
  linkFallback: string;
  footnote: string;
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Inline styles: mail clients drop <style> blocks and stylesheets. The link is also written out in full, for
// clients that show no HTML and for people who would rather type or check the address than click.
const BUTTON =
  'display:inline-block;padding:12px 20px;border-radius:6px;background:#1d4ed8;color:#ffffff;' +
  'font-weight:600;text-decoration:none';

/** A plain-text and an HTML body saying the same thing, with one call to action. */
export function composeMail(to: string, locale: Locale, c: MailContent): MailMessage {
  const text = [...c.paragraphs, c.button.href, c.footnote].join('\n\n');
  const p = (s: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${escapeHtml(s)}</p>`;
  const href = escapeHtml(c.button.href);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f2937">',
    ...c.paragraphs.map((s) => p(s)),
    `<p><a href="${href}" style="${BUTTON}">${escapeHtml(c.button.label)}</a></p>`,
    p(c.linkFallback, 'font-size:14px;color:#4b5563'),
    `<p style="font-size:14px;word-break:break-all"><a href="${href}">${href}</a></p>`,
    p(c.footnote, 'font-size:14px;color:#4b5563'),
    '</body></html>',
  ].join('\n');
  return { to, subject: c.subject, text, html };
}
