import type { GatheringKind } from '../programmes/gathering.entity.js';
import type { AttentionFlags } from './attention.js';

/** The statuses of a pair that ran: the pairs list shows these, never proposals or rejections. */
export const PAIR_STATUSES = ['approved', 'completed', 'ended'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/**
 * How a month of a pair stands: met or missed once it is over; running while it is not (today is
 * in it, and so is the pair); not_required when it requires no meeting (a pair that began on its
 * last day, an exempt month, a month paused throughout), whether over or not.
 */
export const MONTH_MARKS = ['met', 'missed', 'running', 'not_required'] as const;
export type MonthMark = (typeof MONTH_MARKS)[number];

/** How a month stands; the order of the tests is the rule (markSql in month-requirement.sql.ts is the same). */
export function monthMark(required: number, qualifying: number, closed: boolean): MonthMark {
  if (required === 0) return 'not_required';
  if (!closed) return 'running';
  return qualifying >= required ? 'met' : 'missed';
}

/**
 * A pair's months from its first to the current one (or to its end), as GET /matches/:id/compliance
 * lists them: the n-th entry of each array is the n-th month from `first`. One object of arrays
 * rather than an object per month: 10,000 pairs' months are half the bytes to write and to send.
 */
export interface PairMonths {
  /** 'YYYY-MM' of the first listed month, in the programme's time zone; null before the pair begins. */
  first: string | null;
  marks: MonthMark[];
  /** Shared by the pairs of one span: read only. */
  requiredMeetings: readonly number[];
  qualifyingMeetings: number[];
  meetings: number[];
  /** Each month is exempt (requires nothing). Shared by the pairs of one span: read only. */
  exempt: readonly boolean[];
  /** Each month's paused days in the span. Shared likewise: read only. */
  pausedDays: readonly number[];
}

/** One pair of the pairs list, as the service gives it. */
export interface PairStanding {
  id: string;
  status: PairStatus;
  startsOn: string;
  /** The last active day of a completed or ended pair; absent (undefined) while it runs. */
  endsOn: string | undefined;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string; municipalityCode: string };
  score: number;
  lastMeetingOn: string | null;
  meetings: number;
  minutes: number;
  months: PairMonths;
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
