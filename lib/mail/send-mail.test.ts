import { afterAll, expect, it } from 'vitest';
import { startSmtpSink } from '@/test/smtp-sink';

// SMTP_HOST and its companions, against a sink that demands a login.
const sink = await startSmtpSink({ user: 'mailer', password: 'pa:ss word' });
Object.assign(process.env, {
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(sink.port),
  SMTP_USER: 'mailer',
  SMTP_PASSWORD: 'pa:ss word',
  MAIL_FROM: 'Town of Example <no-reply@example.org>',
});
delete process.env.SMTP_URL;
afterAll(() => sink.close());

const { isMailConfigured, sendMail } = await import('./send-mail');
const { composeMail } = await import('./compose-mail');

it('logs in and sends a text and an HTML part, with the sender of MAIL_FROM and content escaped in HTML', async () => {
  expect(isMailConfigured()).toBe(true);
  await sendMail(
    composeMail('ana@example.org', 'en', {
      subject: 'Hello <Ana>',
      paragraphs: ['Fish & chips <b>now</b>'],
      button: { label: 'Open', href: 'https://town.example.org/a?b=1&c="2"' },
      linkFallback: 'Or copy this address:',
      footnote: 'Bye',
    }),
  );
  const mail = await sink.waitFor('ana@example.org');
  expect(sink.logins).toEqual(['mailer']);
  expect(mail.from?.value).toEqual([{ name: 'Town of Example', address: 'no-reply@example.org' }]);
  expect(mail.subject).toBe('Hello <Ana>');
  expect(mail.text?.trimEnd()).toBe('Fish & chips <b>now</b>\n\nhttps://town.example.org/a?b=1&c="2"\n\nBye');
  expect(mail.html).toContain('<p>Fish &amp; chips &lt;b&gt;now&lt;/b&gt;</p>');
  expect(mail.html).toContain('href="https://town.example.org/a?b=1&amp;c=&quot;2&quot;"');
  expect(mail.html).toContain('<html lang="en">');
});
