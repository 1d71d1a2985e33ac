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

/**
 * A month's mark in the pairs list, one letter: m met, x missed, r running, n not required, and h
 * for a month that requires nothing because it is exempt (the holiday), which is not_required too.
 * The rule, in this order (markSql in month-requirement.sql.ts is the same): nothing required → n
 * (or h); not over → r; then m when its qualifying meetings reach the requirement, else x.
 */
export const MARK_LETTERS = {
  met: 'm',
  missed: 'x',
  running: 'r',
  not_required: 'n',
  holiday: 'h',
} as const satisfies Record<MonthMark | 'holiday', string>;

/**
 * A pair's months from its first to the current one (or to its end), as GET /matches/:id/compliance
 * lists them: the n-th entry of each array, and the n-th letter of `marks`, is the n-th month from
 * `first`. One object of arrays and one string of marks rather than an object per month: 10,000
 * pairs' months are a fifth of the bytes to write and to send.
 */
export interface PairMonths {
  /** 'YYYY-MM' of the first listed month, in the programme's time zone; null before the pair begins. */
  first: string | null;
  /** One letter a month (MARK_LETTERS). */
  marks: string;
  /** Shared by the pairs of one span: read only. */
  requiredMeetings: readonly number[];
  qualifyingMeetings: number[];
  meetings: number[];
  /** Each month's paused days in the span; absent (undefined) for a pair that never paused. Shared likewise. */
  pausedDays: readonly number[] | undefined;
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
