import { Clock } from '../src/common/clock.js';
import { MailService } from '../src/mail/mail.service.js';
import type { Mailer } from '../src/mail/mailer.js';
import type { MailRepository } from '../src/mail/mail.repository.js';
import { EMAIL_KINDS, type EmailKind } from '../src/mail/outbox.entity.js';
import type { MailQueue } from '../src/queues/queues.module.js';
import { EMAIL_LANGUAGES } from '../src/reminders/reminders.repository.js';
import { createTestApp, testConfig, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, programmeBody } from './support/factories.js';
import { sampleEmailContext } from './support/email-contexts.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

/*
 * Every email kind has its own templates in bokmål, nynorsk and English (no language falls back
 * for another), each renders with what the outbox gives it, and the default titles of the
 * kickoff, midway and closing are written in the recipient's language.
 */

const clock = new Clock();
clock.now = () => new Date('2027-03-10T08:00:00Z');
// compose() needs neither the database, the SMTP server nor the queue.
const mail = new MailService({} as MailRepository, {} as Mailer, clock, testConfig(), {} as MailQueue);

/**
 * The digest goes to the members of a newcomer team, who are the municipality's partners and have
 * no language of their own: it is written in bokmål only.
 */
const BOKMAL_ONLY: readonly EmailKind[] = ['team_digest'];

const context = sampleEmailContext;

describe('email templates', () => {
  it('has templates of every kind in nb, nn and en, and each renders', () => {
    expect([...EMAIL_LANGUAGES].sort()).toEqual(['en', 'nb', 'nn']);
    for (const kind of EMAIL_KINDS) {
      const written = new Map<string, string>();
      const languages = BOKMAL_ONLY.includes(kind) ? ['nb'] : EMAIL_LANGUAGES;
      for (const language of languages) {
        const email = mail.compose(context(kind, language));
        expect({ kind, language, subject: email.subject.length > 0 }).toEqual({ kind, language, subject: true });
        expect(email.text).toContain('Ingrid Mottakar');
        expect(email.html).toContain(`lang="${language}"`);
        expect(email.html).toContain('Ingrid Mottakar');
        written.set(language, email.text);
      }
      // Three languages, three texts: none is another's copy.
      expect(new Set(written.values()).size).toBe(languages.length);
    }
  });

  it('writes the screening reminder in the words of each language', () => {
    expect(mail.compose(context('screening_expiry', 'nn')).subject).toBe(
      'Ein mentors teieplikterklæring er tre år gammal',
    );
    expect(mail.compose(context('screening_expiry', 'nb')).subject).toBe(
      'En mentors taushetserklæring er tre år gammel',
    );
    const en = mail.compose(context('screening_expiry', 'en'));
    expect(en.subject).toBe("A mentor's confidentiality declaration is three years old");
    expect(en.text).toContain('signed on March 10, 2024');
  });

  it.each([
    ['kickoff', 'nb', 'Oppstartsseminar'],
    ['midway', 'nb', 'Midtveissamling'],
    ['closing', 'nb', 'Avslutningsseminar'],
    ['kickoff', 'nn', 'Oppstartsseminar'],
    ['midway', 'nn', 'Midtvegssamling'],
    ['closing', 'nn', 'Avslutningsseminar'],
    ['kickoff', 'en', 'Kickoff seminar'],
    ['midway', 'en', 'Midway gathering'],
    ['closing', 'en', 'Closing seminar'],
  ] as const)(
    'writes the default title of the %s in %s as "%s", in the email and its calendar',
    (kind, language, title) => {
      for (const emailKind of ['gathering_invite', 'gathering_reminder'] as const) {
        const email = mail.compose(
          context(emailKind, language, { gatheringTitle: 'Kickoff seminar', defaultTitleOf: kind }),
        );
        expect(email.subject).toContain(title);
        expect(email.text).toContain(language === 'en' ? `"${title}"` : `«${title}»`);
        if (emailKind === 'gathering_invite') expect(email.calendar).toContain(`SUMMARY:${title}`);
      }
    },
  );

  it('keeps a title a person wrote as it was written, in every language', () => {
    for (const language of EMAIL_LANGUAGES) {
      const email = mail.compose(context('gathering_invite', language));
      expect(email.subject).toContain('Temakveld om arbeidsliv');
      expect(email.calendar).toContain('SUMMARY:Temakveld om arbeidsliv');
    }
  });
});

describe('default gathering titles through the app', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it("invites each participant with the default title in their language, and a person's title as written", async () => {
    app.setNow('2027-01-05T10:00:00Z');
    const lead = await app.user('lead');
    const admin = await app.user('admin');
    const created = await app.http
      .post('/api/v1/programmes')
      .set(app.auth(lead.token))
      .send(programmeBody({ startDate: '2027-01-18', endDate: '2027-09-17' }));
    expect(created.status).toBe(201);
    const programmeId = created.body.id as string;
    for (const [body, language] of [
      [mentorBody({ email: 'nynorsk@example.org' }), 'nn'],
      [menteeBody({ email: 'english@example.org' }), 'en'],
      [menteeBody({ email: 'bokmal@example.org' }), 'nb'],
    ] as const) {
      const res = await app.http
        .post(`/api/v1/programmes/${programmeId}/participants`)
        .set(app.auth(lead.token))
        .send({ ...body, preferredLanguage: language });
      expect(res.status).toBe(201);
    }
    const gatherings = await app.http.get(`/api/v1/programmes/${programmeId}/gatherings`).set(app.auth(lead.token));
    const midway = (gatherings.body as { id: string; kind: string }[]).find((g) => g.kind === 'midway')!;
    const renamed = await app.http
      .patch(`/api/v1/gatherings/${midway.id}`)
      .set(app.auth(lead.token))
      .send({ title: 'Midtvegs med grilling' });
    expect(renamed.status).toBe(200);

    const asOf = '2027-01-10T09:00:00+01:00';
    app.setNow(asOf);
    const sweep = await app.http.post('/api/v1/admin/reminders/run').set(app.auth(admin.token)).send({ asOf });
    expect(sweep.status).toBe(200);
    // Three invitations (kickoff, midway, closing) to each of three people.
    await smtp.waitFor(9, 60_000);
    const subjects = (to: string) =>
      smtp.received
        .filter((e) => e.to === to && e.kind === 'gathering_invite')
        .map((e) => e.subject.split(',')[0])
        .sort();
    expect(subjects('nynorsk@example.org')).toEqual([
      'Invitasjon: Avslutningsseminar',
      'Invitasjon: Midtvegs med grilling',
      'Invitasjon: Oppstartsseminar',
    ]);
    expect(subjects('english@example.org')).toEqual([
      'Invitation: Closing seminar',
      'Invitation: Kickoff seminar',
      'Invitation: Midtvegs med grilling',
    ]);
    expect(subjects('bokmal@example.org')).toEqual([
      'Invitasjon: Avslutningsseminar',
      'Invitasjon: Midtvegs med grilling',
      'Invitasjon: Oppstartsseminar',
    ]);
  });
});
