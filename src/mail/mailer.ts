import { randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

export interface OutgoingEmail {
  /** The same for every try at one outbox row, so a resend after a crash is recognisably the same email. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** An iCalendar METHOD:REQUEST invitation, sent as the text/calendar alternative. */
  calendar?: string;
}

/** nodemailer over SMTP_URL with a pool of connections, shared by every send of this process. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: Math.min(config.MAIL_CONCURRENCY, 20),
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    } as SMTPTransport.Options);
    // nodemailer streams a message in dozens of small pieces, each a write to the socket of its
    // own; the whole message (tens of kilobytes at most) goes in one write instead.
    this.transport.use('stream', (mail, done) => {
      mail.message.transform(() => new WholeMessage());
      done();
    });
  }

  /** Sends one email; throws nodemailer's error when the server refuses or cannot be reached. */
  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      messageId: email.messageId,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.headers,
      // The boundaries' random part, drawn once per message: nodemailer otherwise draws one for
      // every part and uses only the message's own.
      baseBoundary: randomBytes(8).toString('hex'),
      ...(email.calendar
        ? { icalEvent: { method: 'REQUEST', filename: 'invitation.ics', content: email.calendar } }
        : {}),
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** Holds back a message's pieces and passes them on as one buffer at its end. */
class WholeMessage extends Transform {
  private readonly chunks: Buffer[] = [];

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    done(null, Buffer.concat(this.chunks));
  }
}
