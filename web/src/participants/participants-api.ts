import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';
import type { Language } from '../i18n/languages.js';

/*
 * The participants area's reads and writes over the typed client. Some fields and filters of the
 * contract (issue 10: the list's filters, sort and X-Total-Count; hasMentor, activeMatchId and
 * activeMentees; the import errors' code and params; the professions' lang and limit) are being
 * added to the API while this is written: they are typed here as optional, so the console works
 * with the API before and after they land, and the casts below go away once schema.d.ts has them.
 */

/** A participant's standing, as the API adds it to every participant. */
export interface Standing {
  /** Mentee: has a pair that holds a mentor (approved or completed). */
  hasMentor?: boolean;
  /** Mentee: the running pair. */
  activeMatchId?: string | null;
  /** Mentor: pairs that hold one of their places; places left = capacity − activeMentees. */
  activeMentees?: number;
}

export type Participant = Schemas['ParticipantResponse'] & Standing;
export type ParticipantRole = Participant['role'];
export type MenteeCategory = NonNullable<Participant['category']>;
export type EmploymentStatus = NonNullable<Participant['employmentStatusAtStart']>;
export type Gender = NonNullable<Participant['gender']>;
export type ProfessionTitle = Schemas['ProfessionTitle'];
export type Profession = Schemas['ProfessionResponse'];
export type Match = Schemas['MatchResponse'];
export type Candidate = Schemas['CandidateResponse'];
export type CreateParticipant = Schemas['CreateParticipantDto'];
export type UpdateParticipant = Schemas['UpdateParticipantDto'];

export const ROLES: readonly ParticipantRole[] = ['mentor', 'mentee'];
export const CATEGORIES: readonly MenteeCategory[] = [
  'refugee',
  'family',
  'labour_eea',
  'labour_non_eea',
  'labour_spouse',
  'other',
];
export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = [
  'unemployed',
  'introduction_programme',
  'education',
  'part_time',
  'full_time',
];
export const GENDERS: readonly Gender[] = ['female', 'male', 'other'];

/** The orders the list offers; a leading "-" reverses one. */
export const SORT_KEYS = ['name', 'municipality', 'createdAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type ParticipantSort = SortKey | `-${SortKey}`;

export const PAGE_SIZE = 50;

export interface ParticipantFilters {
  role?: ParticipantRole;
  municipalityCode?: string;
  category?: MenteeCategory;
  hasMentor?: boolean;
  q?: string;
  sort?: ParticipantSort;
  /** 1-based. */
  page: number;
}

/** The API's query for a view of the list: only the filters set, so a view is as short as its link. */
export function listQuery(filters: ParticipantFilters): Record<string, string | number | boolean> {
  const query: Record<string, string | number | boolean> = {
    limit: PAGE_SIZE,
    offset: (Math.max(1, filters.page) - 1) * PAGE_SIZE,
  };
  if (filters.role) query.role = filters.role;
  if (filters.municipalityCode) query.municipalityCode = filters.municipalityCode;
  if (filters.category) query.category = filters.category;
  if (filters.hasMentor !== undefined) query.hasMentor = filters.hasMentor;
  if (filters.q) query.q = filters.q;
  if (filters.sort && filters.sort !== 'name') query.sort = filters.sort;
  return query;
}

export interface ParticipantPage {
  participants: Participant[];
  /** How many match the filters in all (X-Total-Count). */
  total: number;
}

/** One page of a programme's participants, filtered and sorted by the API. */
export function useParticipantPage(programmeId: string, filters: ParticipantFilters) {
  const query = listQuery(filters);
  return useQuery({
    queryKey: ['participants', 'list', programmeId, query],
    queryFn: async ({ signal }): Promise<ParticipantPage> => {
      const result = await api.GET('/api/v1/programmes/{id}/participants', {
        params: { path: { id: programmeId }, query },
        signal,
      });
      const participants = unwrap(result) as Participant[];
      const header = result.response.headers.get('X-Total-Count');
      const offset = Number(query.offset);
      const total = header !== null && /^\d+$/.test(header) ? Number(header) : offset + participants.length;
      return { participants, total };
    },
    placeholderData: keepPreviousData,
  });
}

export function useParticipant(id: string) {
  return useQuery({
    queryKey: ['participants', 'one', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/participants/{id}', { params: { path: { id } }, signal })) as Participant,
  });
}

/** Every mentor of a programme (a coordinator sees them all), for naming candidates and partners. */
export function useProgrammeMentors(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['participants', 'mentors', programmeId],
    enabled: programmeId !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/programmes/{id}/participants', {
          params: { path: { id: programmeId ?? '' }, query: { role: 'mentor' } },
          signal,
        }),
      ) as Participant[],
    select: (list) => new Map(list.map((p) => [p.id, p])),
  });
}

/** The programme's pairs; the person's page keeps those with them. Fresh on every visit. */
export function useProgrammeMatches(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['participants', 'matches', programmeId],
    enabled: programmeId !== undefined,
    staleTime: 0,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/programmes/{id}/matches', { params: { path: { id: programmeId ?? '' } }, signal })),
  });
}

/** Every mentor of the programme for a mentee, ranked, the blocked ones with their rule. */
export function useCandidates(menteeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['participants', 'candidates', menteeId],
    enabled,
    staleTime: 0,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/participants/{id}/candidates', {
          params: { path: { id: menteeId }, query: { limit: 0 } },
          signal,
        }),
      ),
  });
}

/** A title in the console's language: the classification has bokmål and English, so nynorsk reads bokmål. */
export function titleIn(title: ProfessionTitle, language: Language): string {
  return language === 'en' ? title.en : title.nb;
}

/** The best hits for what was typed, with the titles of the console's language ranked first. */
export async function searchProfessions(q: string, language: Language, signal?: AbortSignal): Promise<Profession[]> {
  const query = { q, lang: language, limit: 20 };
  const hits = unwrap(await api.GET('/api/v1/professions', { params: { query }, signal }));
  return hits.slice(0, 20);
}

/** Every ISCO-08 group by code, to name the groups a score reason refers to; fetched once. */
export function useProfessionGroups(enabled = true) {
  return useQuery({
    queryKey: ['professions', 'all'],
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/professions', { signal })),
    select: (list) => new Map(list.map((p) => [p.code, { nb: p.titleNb, en: p.titleEn } satisfies ProfessionTitle])),
  });
}

export async function createParticipant(programmeId: string, body: CreateParticipant): Promise<Participant> {
  return unwrap(
    await api.POST('/api/v1/programmes/{id}/participants', { params: { path: { id: programmeId } }, body }),
  );
}

export async function updateParticipant(id: string, body: UpdateParticipant): Promise<Participant> {
  return unwrap(await api.PATCH('/api/v1/participants/{id}', { params: { path: { id } }, body }));
}

/**
 * One refused row of an import: `code` and `params` say what is wrong in a way the console can word.
 * A code this console does not know yet (a newer service) falls back to the API's sentence.
 */
export type ImportRowError = Omit<Schemas['ImportErrorResponse'], 'path' | 'code' | 'params'> & {
  path?: string;
  code?: string;
  params?: Record<string, unknown>;
};

export interface ImportResult {
  created: number;
  errors: ImportRowError[];
}

export async function importParticipants(programmeId: string, csv: string): Promise<ImportResult> {
  return unwrap<ImportResult>(
    await api.POST('/api/v1/programmes/{id}/participants/import', {
      params: { path: { id: programmeId } },
      body: csv,
      bodySerializer: (text: string) => text,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

/** After a change, every read that may show the person again. */
export async function refreshParticipants(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: ['participants'] });
}
