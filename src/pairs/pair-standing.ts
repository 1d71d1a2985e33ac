import type { GatheringKind } from '../programmes/gathering.entity.js';
import type { AttentionFlags } from './attention.js';

/** The statuses of a pair that ran: the pairs list shows these, never proposals or rejections. */
export const PAIR_STATUSES = ['approved', 'completed', 'ended'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/**
 * How a month of a pair stands: met or missed once it is over; running while it is not (today is
 * in it, and so is the pair); not_required when it requires no meeting (a pair that began on its
 * last day, or a programme minimum of 0), whether over or not.
 */
export const MONTH_MARKS = ['met', 'missed', 'running', 'not_required'] as const;
export type MonthMark = (typeof MONTH_MARKS)[number];

export interface PairMonth {
  /** 'YYYY-MM', in the programme's time zone */
  month: string;
  requiredMeetings: number;
  qualifyingMeetings: number;
  meetings: number;
  mark: MonthMark;
}

/** One pair of the pairs list, as the service gives it. */
export interface PairStanding {
  id: string;
  status: PairStatus;
  startsOn: string;
  /** The last active day of a completed or ended pair; absent while it runs. */
  endsOn?: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string; municipalityCode: string };
  score: number;
  lastMeetingOn: string | null;
  meetings: number;
  minutes: number;
  months: PairMonth[];
  attention: AttentionFlags;
  needsAttention: boolean;
}

export interface GatheringSummary {
  id: string;
  kind: GatheringKind;
  title: string;
  startsAt: Date;
}

/** What needs attention in a programme (a coordinator: their share of it). */
export interface ProgrammeAttention {
  menteesWithoutMentor: number;
  menteesWithoutMentorIds: string[];
  staleProposals: number;
  pairsMissedLastMonth: number;
  pairsMissedTwoMonths: number;
  pairsSilent30Days: number;
  nextGathering: (GatheringSummary & { location: string | null }) | null;
  gatheringsSoonWithoutInvitations: GatheringSummary[];
}
