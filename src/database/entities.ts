import { RotatedSessionToken, Session } from '../auth/session.entity.js';
import { Match } from '../matching/match.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { MeetingMonth } from '../meetings/meeting-month.entity.js';
import { ProposalRun } from '../matching/proposal-run.entity.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { NewcomerEnrolment } from '../newcomers/newcomer-enrolment.entity.js';
import { Newcomer } from '../newcomers/newcomer.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { Gathering } from '../programmes/gathering.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { OutboxEmail } from '../mail/outbox.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed rather than globbed so the app, the CLI and the tests load the same set. */
export const ENTITIES = [
  Municipality,
  User,
  Session,
  RotatedSessionToken,
  Programme,
  Gathering,
  Participant,
  ProposalRun,
  Match,
  Meeting,
  MeetingMonth,
  OutboxEmail,
  Newcomer,
  NewcomerEnrolment,
];
