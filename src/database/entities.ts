import { AuditEntry } from '../audit/audit-entry.entity.js';
import { MfaRecoveryCode, UserSecondFactor } from '../auth/mfa/mfa.entity.js';
import { RotatedSessionToken, Session } from '../auth/session.entity.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { Match } from '../matching/match.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { MeetingMonth } from '../meetings/meeting-month.entity.js';
import { PairMeetingTotals } from '../meetings/pair-meeting-totals.entity.js';
import { ProposalRun } from '../matching/proposal-run.entity.js';
import { InfoPage } from '../info-pages/info-page.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { NewcomerEnrolment } from '../newcomers/newcomer-enrolment.entity.js';
import { Newcomer } from '../newcomers/newcomer.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { MatchPause } from '../pauses/match-pause.entity.js';
import { Gathering } from '../programmes/gathering.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { ThemeEvening, ThemeEveningNewcomer, ThemeEveningParticipant } from '../events/theme-evening.entity.js';
import { SurveyAnswer } from '../surveys/survey-answer.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { OutboxEmail } from '../mail/outbox.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed rather than globbed so the app, the CLI and the tests load the same set. */
export const ENTITIES = [
  Municipality,
  User,
  Session,
  RotatedSessionToken,
  UserSecondFactor,
  MfaRecoveryCode,
  Programme,
  Gathering,
  Participant,
  ProposalRun,
  Match,
  Meeting,
  MeetingMonth,
  PairMeetingTotals,
  MatchPause,
  OutboxEmail,
  Certificate,
  AuditEntry,
  InfoPage,
  TeamMember,
  Newcomer,
  NewcomerEnrolment,
  ThemeEvening,
  ThemeEveningNewcomer,
  ThemeEveningParticipant,
  SurveyAnswer,
];
