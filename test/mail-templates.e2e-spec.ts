import { Clock } from '../src/common/clock.js';
import type { EmailContext } from '../src/mail/mail.repository.js';
import { MailService } from '../src/mail/mail.service.js';
import type { Mailer } from '../src/mail/mailer.js';
import type { MailRepository } from '../src/mail/mail.repository.js';
import { EMAIL_KINDS, type EmailKind } from '../src/mail/outbox.entity.js';
import type { MailQueue } from '../src/queues/queues.module.js';
import { EMAIL_LANGUAGES } from '../src/reminders/reminders.repository.js';
import { testConfig } from './support/app.js';

/*
 * Every email kind has its own templates in bokmål, nynorsk and English (no language falls back
 * for another), each renders with what the outbox gives it, and the default titles of the
 * kickoff, midway and closing are written in the recipient's language.
 */

const clock = new Clock();
clock.now = () => new Date('2027-03-10T08:00:00Z');
// compose() needs neither the database, the SMTP server nor the queue.
const mail = new MailService({} as MailRepository, {} as Mailer, clock, testConfig(), {} as MailQueue);

const FIGURES: Record<EmailKind, EmailContext['figures']> = {
  midmonth_nudge: { month: '2027-03', requiredMeetings: 2, qualifyingMeetings: 0 },
  minimum_missed: { month: '2027-02', requiredMeetings: 2, qualifyingMeetings: 1 },
  escalation: { month: '2027-02', requiredMeetings: 2, qualifyingMeetings: 0, previousMonth: '2027-01' },
  gathering_invite: null,
  gathering_reminder: null,
  screening_expiry: { document: 'confidentiality_declaration', documentDate: '2024-03-10', expiresOn: '2027-03-10' },
};

function context(kind: EmailKind, language: string, gathering: Partial<EmailContext> = {}): EmailContext {
  const isGathering = kind === 'gathering_invite' || kind === 'gathering_reminder';
  return {
    id: '6a1c9a52-8f0e-4d5b-9c1e-2f3a4b5c6d7e',
    kind,
    to: 'someone@example.org',
    language,
    periodKey: 'p',
    figures: FIGURES[kind],
    matchId: isGathering ? null : '0b9f4a3e-5c1d-4e2f-8a7b-112233445566',
    recipientName: 'Ingrid Mottakar',
    programmeName: 'Mentorprogram Vesterålen 2027',
    timezone: 'Europe/Oslo',
    minMeetingMinutes: 120,
    mentorName: isGathering ? null : 'Kari Mentor',
    menteeName: isGathering ? null : 'Amina Mentee',
    gatheringId: isGathering ? '1b9f4a3e-5c1d-4e2f-8a7b-112233445566' : null,
    gatheringTitle: isGathering ? 'Temakveld om arbeidsliv' : null,
    defaultTitleOf: null,
    startsAt: isGathering ? new Date('2027-03-18T16:00:00Z') : null,
    endsAt: isGathering ? new Date('2027-03-18T19:00:00Z') : null,
    location: isGathering ? 'Sortland rådhus' : null,
    sequence: isGathering ? 0 : null,
    ...gathering,
  };
}

describe('email templates', () => {
  it('has templates of every kind in nb, nn and en, and each renders', () => {
    expect([...EMAIL_LANGUAGES].sort()).toEqual(['en', 'nb', 'nn']);
    for (const kind of EMAIL_KINDS) {
      const written = new Map<string, string>();
      for (const language of EMAIL_LANGUAGES) {
        const email = mail.compose(context(kind, language));
        expect({ kind, language, subject: email.subject.length > 0 }).toEqual({ kind, language, subject: true });
        expect(email.text).toContain('Ingrid Mottakar');
        expect(email.html).toContain(`lang="${language}"`);
        expect(email.html).toContain('Ingrid Mottakar');
        written.set(language, email.text);
      }
      // Three languages, three texts: none is another's copy.
      expect(new Set(written.values()).size).toBe(3);
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
