import type { Schemas } from '../api/client.js';
import type { Programme } from '../api/queries.js';
import type { Messages } from '../i18n/nb.js';
import { todayIn } from './zoned-time.js';

export type Attention = Schemas['ProgrammeAttentionResponse'];
export type Phase = 'running' | 'upcoming' | 'ended';

/** Running, still to come or over, by today's day in the programme's own time zone. */
export function programmePhase(
  programme: Pick<Programme, 'startDate' | 'endDate' | 'timezone'>,
  now = new Date(),
): Phase {
  const today = todayIn(programme.timezone, now);
  if (today < programme.startDate) return 'upcoming';
  if (today > programme.endDate) return 'ended';
  return 'running';
}

/** Where a programme's attention counts are handled: the pages a count links to. */
export const attentionLinks = {
  participantsWithoutMentor: (id: string) => `/programmes/${id}/participants?role=mentee&hasMentor=false`,
  matching: (id: string) => `/programmes/${id}/matching`,
  pairsNeedingAttention: (id: string) => `/programmes/${id}/pairs?needsAttention=true`,
  gatherings: (id: string) => `/programmes/${id}#gatherings`,
};

export interface AttentionItem {
  key: string;
  text: string;
  to: string;
}

/**
 * What needs attention in a programme, in the order of CONSOLE.md's rule (pairs two months
 * behind before those one month behind), each with the page where it is handled. Only what is
 * there: a count of 0 says nothing.
 */
export function attentionItems(
  programmeId: string,
  attention: Attention,
  t: Messages,
  day: (iso: string) => string,
): AttentionItem[] {
  const m = t.programmes.attention;
  const items: AttentionItem[] = [];
  const add = (key: string, count: number, text: (n: number) => string, to: string) => {
    if (count > 0) items.push({ key, text: text(count), to });
  };
  add(
    'mentees',
    attention.menteesWithoutMentor,
    m.menteesWithoutMentor,
    attentionLinks.participantsWithoutMentor(programmeId),
  );
  add('proposals', attention.staleProposals, m.staleProposals, attentionLinks.matching(programmeId));
  add(
    'twoMonths',
    attention.pairsMissedTwoMonths,
    m.pairsMissedTwoMonths,
    attentionLinks.pairsNeedingAttention(programmeId),
  );
  add(
    'lastMonth',
    attention.pairsMissedLastMonth,
    m.pairsMissedLastMonth,
    attentionLinks.pairsNeedingAttention(programmeId),
  );
  add('silent', attention.pairsSilent30Days, m.pairsSilent30Days, attentionLinks.pairsNeedingAttention(programmeId));
  for (const gathering of attention.gatheringsSoonWithoutInvitations) {
    items.push({
      key: `gathering-${gathering.id}`,
      text: m.gatheringWithoutInvitations(gathering.title, day(gathering.startsAt)),
      to: attentionLinks.gatherings(programmeId),
    });
  }
  return items;
}

export function needsAttention(attention: Attention | undefined): boolean {
  if (!attention) return false;
  return (
    attention.menteesWithoutMentor > 0 ||
    attention.staleProposals > 0 ||
    attention.pairsMissedLastMonth > 0 ||
    attention.pairsMissedTwoMonths > 0 ||
    attention.pairsSilent30Days > 0 ||
    attention.gatheringsSoonWithoutInvitations.length > 0
  );
}

const PHASE_ORDER: Record<Phase, number> = { running: 0, upcoming: 1, ended: 2 };

/**
 * The programme list's order: those with something needing attention first; then running,
 * upcoming and ended ones; running and upcoming by start (soonest first), ended ones most
 * recently ended first; then by name.
 */
export function sortProgrammes<P extends Pick<Programme, 'id' | 'name' | 'startDate' | 'endDate' | 'timezone'>>(
  programmes: P[],
  attentionById: Map<string, Attention | undefined>,
  now = new Date(),
): P[] {
  const keyed = programmes.map((programme) => ({
    programme,
    attention: needsAttention(attentionById.get(programme.id)) ? 0 : 1,
    phase: programmePhase(programme, now),
  }));
  keyed.sort(
    (a, b) =>
      a.attention - b.attention ||
      PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] ||
      (a.phase === 'ended'
        ? b.programme.endDate.localeCompare(a.programme.endDate)
        : a.programme.startDate.localeCompare(b.programme.startDate)) ||
      a.programme.name.localeCompare(b.programme.name),
  );
  return keyed.map((k) => k.programme);
}
