import type { EmailContext } from '../../src/mail/mail.repository.js';
import type { EmailKind } from '../../src/mail/outbox.entity.js';

/** Samples of what the outbox gives MailService.compose, one of each email kind. */

export const SAMPLE_FIGURES: Record<EmailKind, EmailContext['figures']> = {
  midmonth_nudge: { month: '2027-03', requiredMeetings: 2, qualifyingMeetings: 0 },
  minimum_missed: { month: '2027-02', requiredMeetings: 2, qualifyingMeetings: 1 },
  escalation: { month: '2027-02', requiredMeetings: 2, qualifyingMeetings: 0, previousMonth: '2027-01' },
  gathering_invite: null,
  gathering_reminder: null,
  screening_expiry: { document: 'confidentiality_declaration', documentDate: '2024-03-10', expiresOn: '2027-03-10' },
  event_invite: null,
  team_digest: null,
  midway_survey: null,
  closing_survey: null,
  followup_survey: null,
  retention_notice: null,
};

/** A newcomer team's digest: counts only. */
export const SAMPLE_DIGEST: EmailContext['digest'] = {
  month: '2027-03',
  previousMonth: '2027-02',
  waitingForMentor: 3,
  longestWaitDays: 41,
  withoutCareerGuidance: 5,
  pairsEscalatedLastMonth: 1,
  eveningsLastMonth: 1,
  attendanceLastMonth: 12,
  eveningsThisMonth: 0,
  attendanceThisMonth: 0,
  reach: [
    { category: 'labour_spouse', registered: 4, reachedByEvening: 2, inMentorProgramme: 1, careerGuidanceDone: 1 },
  ],
};

/** What the outbox gives the composer for an email of `kind`, in `language`: a sample of each kind. */
export function sampleEmailContext(
  kind: EmailKind,
  language: string,
  gathering: Partial<EmailContext> = {},
): EmailContext {
  const isGathering = kind === 'gathering_invite' || kind === 'gathering_reminder' || kind === 'event_invite';
  const isEvening = kind === 'event_invite';
  const alone = isGathering || kind === 'team_digest';
  return {
    id: '6a1c9a52-8f0e-4d5b-9c1e-2f3a4b5c6d7e',
    kind,
    to: 'someone@example.org',
    language,
    // A follow-up survey's period is the months after the pair ended.
    periodKey: kind === 'followup_survey' ? '6' : 'p',
    programmeId: kind === 'retention_notice' ? '3b9f4a3e-5c1d-4e2f-8a7b-112233445566' : null,
    erasureOn: kind === 'retention_notice' ? '2028-10-18' : null,
    figures: SAMPLE_FIGURES[kind],
    digest: kind === 'team_digest' ? SAMPLE_DIGEST : null,
    matchId: alone ? null : '0b9f4a3e-5c1d-4e2f-8a7b-112233445566',
    recipientName: 'Ingrid Mottakar',
    programmeName: 'Mentorprogram Vesterålen 2027',
    timezone: 'Europe/Oslo',
    minMeetingMinutes: 120,
    mentorName: alone ? null : 'Kari Mentor',
    menteeName: alone ? null : 'Amina Mentee',
    gatheringId: isGathering ? '1b9f4a3e-5c1d-4e2f-8a7b-112233445566' : null,
    gatheringTitle: isGathering ? 'Temakveld om arbeidsliv' : null,
    defaultTitleOf: null,
    startsAt: isGathering ? new Date('2027-03-18T16:00:00Z') : null,
    endsAt: isGathering ? new Date('2027-03-18T19:00:00Z') : null,
    location: isGathering ? 'Sortland rådhus' : null,
    sequence: isGathering ? 0 : null,
    eventId: isEvening ? '2b9f4a3e-5c1d-4e2f-8a7b-112233445566' : null,
    theme: isEvening ? 'voluntary_work' : null,
    partners: isEvening ? [{ organisation: 'Sortland IL', contact: null }] : null,
    municipalityName: isEvening || kind === 'team_digest' ? 'Sortland' : null,
    invitationWithdrawn: false,
    ...gathering,
  };
}
