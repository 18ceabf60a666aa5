// A local SMTP server for tests (smtp-server, by nodemailer's authors) on a free port: it accepts every message and
// keeps it parsed (mailparser), so a test reads what a mailbox would show: subject, text, HTML, links.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpSink = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  messages: ParsedMail[];
  /** The user names that authenticated, in order. */
  logins: string[];
  /** Resolves with the first message to `to` (waiting for it, a few seconds at most). */
  waitFor(to: string): Promise<ParsedMail>;
  close(): Promise<void>;
};

/** A mailbox the sink refuses (550), to see what the sender does when a server says no. */
export const REFUSED_MAILBOX = 'refused@example.org';

/** Starts the sink; with `auth`, only that user and password may send (AUTH PLAIN/LOGIN without TLS). */
export async function startSmtpSink(auth?: { user: string; password: string }): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    // Plain text on loopback: no STARTTLS (its self-signed certificate would be refused), AUTH only when asked for.
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(login, _session, callback) {
      const user = login.username ?? '';
      if (user !== auth?.user || login.password !== auth?.password) return callback(new Error('Invalid login'));
      logins.push(user);
      callback(null, { user });
    },
    onRcptTo(address, _session, callback) {
      callback(address.address === REFUSED_MAILBOX ? new Error('Mailbox unavailable') : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const recipient = (m: ParsedMail, to: string) =>
    [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === to));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    logins,
    async waitFor(to) {
      for (let i = 0; i < 100; i++) {
        const found = messages.find((m) => recipient(m, to));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no message to ${to} within 5 s`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
