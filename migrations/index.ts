import { InitialSchema1795545694289 } from './1795545694289-InitialSchema.js';
import { SeedNordlandMunicipalities1795545695289 } from './1795545695289-SeedNordlandMunicipalities.js';
import { Matching1795548158068 } from './1795548158068-Matching.js';
import { FollowUp1795555500757 } from './1795555500757-FollowUp.js';
import { MeetingMonths1795565821807 } from './1795565821807-MeetingMonths.js';
import { MeetingMonthsLastDay1796900000017 } from './1796900000017-MeetingMonthsLastDay.js';
import { Sessions1796284855936 } from './1796284855936-Sessions.js';
import { AuditLog1796900000001 } from './1796900000001-AuditLog.js';
import { Certificates1796900000006 } from './1796900000006-Certificates.js';
import { MatchPauses1796900000011 } from './1796900000011-MatchPauses.js';
import { OutboxSubjects1796900000016 } from './1796900000016-OutboxSubjects.js';
import { ScreeningAndRematch1796900000012 } from './1796900000012-ScreeningAndRematch.js';
import { SecondFactor1796900000002 } from './1796900000002-SecondFactor.js';
import { InfoAndTeam1796900000004 } from './1796900000004-InfoAndTeam.js';
import { Newcomers1796900000005 } from './1796900000005-Newcomers.js';
import { ThemeEvenings1796900000014 } from './1796900000014-ThemeEvenings.js';
import { Surveys1796900000013 } from './1796900000013-Surveys.js';
import { Privacy1796900000015 } from './1796900000015-Privacy.js';
import { PairMeetingTotals1796900000018 } from './1796900000018-PairMeetingTotals.js';

/** Every migration in order; a new one is added here when it is generated. */
export const MIGRATIONS = [
  InitialSchema1795545694289,
  SeedNordlandMunicipalities1795545695289,
  Matching1795548158068,
  FollowUp1795555500757,
  MeetingMonths1795565821807,
  Sessions1796284855936,
  AuditLog1796900000001,
  SecondFactor1796900000002,
  InfoAndTeam1796900000004,
  Newcomers1796900000005,
  Certificates1796900000006,
  MatchPauses1796900000011,
  ScreeningAndRematch1796900000012,
  Surveys1796900000013,
  ThemeEvenings1796900000014,
  Privacy1796900000015,
  OutboxSubjects1796900000016,
  MeetingMonthsLastDay1796900000017,
  PairMeetingTotals1796900000018,
];
