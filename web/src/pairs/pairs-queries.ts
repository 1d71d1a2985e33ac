import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';
import type { MonthMarkKind } from '../ui/month-mark.js';

export type PairRow = Schemas['PairResponse'];
export type Meeting = Schemas['MeetingResponse'];
export type MonthCompliance = Schemas['MonthComplianceResponse'];
export type EmploymentStatus = NonNullable<Schemas['EndMatchDto']['employmentStatusAtEnd']>;

export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = [
  'unemployed',
  'introduction_programme',
  'education',
  'part_time',
  'full_time',
];

/** One month of a pair in the grid. */
export interface PairMonth {
  /** 'YYYY-MM' */
  month: string;
  requiredMeetings: number;
  qualifyingMeetings: number;
  meetings: number;
  mark: MonthMarkKind;
  /** One of the programme's exemptMonths (the holiday): it requires nothing. */
  exempt: boolean;
  /** Days of the month the pair paused. */
  pausedDays: number;
}

/** Each letter of the API's marks (m, x, r, n, h): the mark, and whether the month is the holiday. */
const MARK_OF_LETTER: Record<string, { mark: MonthMarkKind; exempt: boolean }> = {
  m: { mark: 'met', exempt: false },
  x: { mark: 'missed', exempt: false },
  r: { mark: 'running', exempt: false },
  n: { mark: 'not_required', exempt: false },
  h: { mark: 'not_required', exempt: true },
};

/**
 * A pair's months one object each: the API gives them as a string of one letter a month and arrays,
 * the n-th the n-th month from `first` (pausedDays left out for a pair that never paused).
 */
export function monthsOf(months: PairRow['months']): PairMonth[] {
  if (months.first === null) return [];
  const start = Number(months.first.slice(0, 4)) * 12 + Number(months.first.slice(5, 7)) - 1;
  const result: PairMonth[] = [];
  for (let i = 0; i < months.marks.length; i++) {
    const index = start + i;
    const month = (index % 12) + 1;
    // An unknown letter (a newer server) reads as nothing required rather than breaking the grid.
    const { mark, exempt } = MARK_OF_LETTER[months.marks[i]] ?? MARK_OF_LETTER.n;
    result.push({
      month: `${Math.floor(index / 12)}-${month < 10 ? '0' : ''}${month}`,
      requiredMeetings: months.requiredMeetings[i],
      qualifyingMeetings: months.qualifyingMeetings[i],
      meetings: months.meetings[i],
      mark,
      exempt,
      pausedDays: months.pausedDays?.[i] ?? 0,
    });
  }
  return result;
}

export const pairKeys = {
  grid: (programmeId: string) => ['programmes', programmeId, 'pairs'] as const,
  match: (id: string) => ['matches', id] as const,
  compliance: (id: string) => ['matches', id, 'compliance'] as const,
  meetings: (id: string) => ['matches', id, 'meetings'] as const,
  pauses: (id: string) => ['matches', id, 'pauses'] as const,
  participant: (id: string) => ['participants', 'one', id] as const,
};

/** Every pair of a programme with its months' standing, needs-attention first (GET /programmes/:id/pairs). */
export function usePairs(programmeId: string) {
  return useQuery({
    queryKey: pairKeys.grid(programmeId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/programmes/{id}/pairs', { params: { path: { id: programmeId } }, signal })),
  });
}

export function useMatch(id: string) {
  return useQuery({
    queryKey: pairKeys.match(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/matches/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCompliance(id: string) {
  return useQuery({
    queryKey: pairKeys.compliance(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/matches/{id}/compliance', { params: { path: { id } }, signal })),
  });
}

export function useMeetings(id: string) {
  return useQuery({
    queryKey: pairKeys.meetings(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/matches/{id}/meetings', { params: { path: { id } }, signal })),
  });
}

/** One participant (the participants area reads the same key for a person's page). */
export function useParticipant(id: string | undefined) {
  return useQuery({
    queryKey: pairKeys.participant(id ?? ''),
    enabled: id !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/participants/{id}', { params: { path: { id: id ?? '' } }, signal })),
  });
}

export async function logMeeting(
  matchId: string,
  body: { date: string; durationMinutes: number; note?: string },
): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/matches/{id}/meetings', { params: { path: { id: matchId } }, body }));
}

export type Pause = Schemas['PauseResponse'];

export function usePauses(id: string) {
  return useQuery({
    queryKey: pairKeys.pauses(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/matches/{id}/pauses', { params: { path: { id } }, signal })),
  });
}

export async function addPause(matchId: string, body: Schemas['CreatePauseDto']): Promise<Pause> {
  return unwrap(await api.POST('/api/v1/matches/{id}/pauses', { params: { path: { id: matchId } }, body }));
}

export async function removePause(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/pauses/{id}', { params: { path: { id } } }));
}

export async function endPair(matchId: string, body: Schemas['EndMatchDto']) {
  return unwrap(await api.POST('/api/v1/matches/{id}/end', { params: { path: { id: matchId } }, body }));
}

/** Today in a time zone, as YYYY-MM-DD: a meeting may not be logged after it. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
