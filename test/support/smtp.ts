import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedEmail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** The text/calendar part, when the email carries an invitation. */
  calendar: string | null;
  headers: Map<string, unknown>;
  raw: string;
}

/** What the server answers; by default it accepts everything. */
export interface SmtpBehaviour {
  /** An SMTP error code (4xx/5xx) to refuse this recipient with, or null to accept. */
  rcpt?: (address: string) => number | null;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedEmail[];
  behaviour: SmtpBehaviour;
  /** Recipients refused so far, with the code given. */
  refusals: { to: string; code: number }[];
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

function refusal(code: number): Error & { responseCode: number } {
  const message = code >= 500 ? 'Mailbox unavailable' : 'Service not available, try again later';
  return Object.assign(new Error(message), { responseCode: code });
}

function headerText(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value : '';
}

function calendarPart(mail: ParsedMail): string | null {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return attachment ? attachment.content.toString('utf8') : null;
}

/** A real SMTP server on a free local port that keeps every message it accepts, parsed. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const refusals: { to: string; code: number }[] = [];
  const behaviour: SmtpBehaviour = {};
  const parsing = new Set<Promise<void>>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = behaviour.rcpt?.(address.address) ?? null;
      if (code !== null) {
        refusals.push({ to: address.address, code });
        return callback(refusal(code));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const work = simpleParser(raw).then((mail) => {
          received.push({
            to,
            kind: headerText(mail, 'x-mentornett-kind'),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            calendar: calendarPart(mail),
            headers: mail.headers,
            raw,
          });
        });
        parsing.add(work);
        void work.finally(() => parsing.delete(work));
        callback();
      });
    },
  });
  // A client that dies mid-session (a killed worker) resets its connection; that is not the server's failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    behaviour,
    refusals,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count || parsing.size > 0) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} emails, ${received.length} arrived within ${timeoutMs} ms`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
