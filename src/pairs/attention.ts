/**
 * "Needs attention, first on every list" (CONSOLE.md, Rules), for pairs: a running pair that
 * missed last month's minimum (two months in a row first), or that has logged no meeting for 30
 * days. Plain functions; the flags themselves come from SQL (pairs.repository.ts), the same text
 * for the pairs list and the programme's attention counts.
 */

export interface AttentionFlags {
  /** Running, and last month (the calendar month before today's) fell short of its requirement. */
  missedLastMonth: boolean;
  /** Running, and last month and the month before both fell short. */
  missedTwoMonths: boolean;
  /** Running for 30 days or more without a meeting logged in the last 30 of them. */
  noMeetingFor30Days: boolean;
}

export function needsAttention(flags: AttentionFlags): boolean {
  return flags.missedLastMonth || flags.missedTwoMonths || flags.noMeetingFor30Days;
}

/** 0 comes first: two months missed, then last month missed, then silent, then the rest. */
export function attentionRank(flags: AttentionFlags): number {
  if (flags.missedTwoMonths) return 0;
  if (flags.missedLastMonth) return 1;
  if (flags.noMeetingFor30Days) return 2;
  return 3;
}

/** Names in Norwegian order (… z, æ, ø, å), case and accents second, as a person reads a list. */
const NAMES = new Intl.Collator('nb');

interface Ranked {
  id: string;
  attention: AttentionFlags;
  mentee: { name: string };
}

/** Needs-attention first (by rank), then by mentee name, then by id so the order is total. */
export function byAttention<T extends Ranked>(pairs: T[]): T[] {
  const ranked = pairs.map((pair) => ({ rank: attentionRank(pair.attention), pair }));
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      NAMES.compare(a.pair.mentee.name, b.pair.mentee.name) ||
      (a.pair.id < b.pair.id ? -1 : a.pair.id > b.pair.id ? 1 : 0),
  );
  return ranked.map((r) => r.pair);
}
