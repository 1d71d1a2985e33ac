import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, ApiFailure, unwrap, type Schemas } from '../api/client.js';
import { useMunicipalities } from '../api/queries.js';
import type { Formatters } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n.js';
import type { Language } from '../i18n/languages.js';
import type { Messages } from '../i18n/nb.js';
import { errorText } from '../ui/api-errors.js';
import { blockedText, reasonText, type ReasonComponent, type ReasonNames } from './reasons.js';

/*
 * The matching area's reads and writes over the typed client. Fields the API is adding while this
 * is written (a participant's hasMentor and activeMentees; `errors[]` with a code on a 409) are
 * read as optional, so the page works before and after they land.
 */

export type Match = Schemas['MatchResponse'];
export type ProposalRun = Schemas['ProposalRunResponse'];
export type Candidate = Schemas['CandidateResponse'];
export type Participant = Schemas['ParticipantResponse'] & { hasMentor?: boolean; activeMentees?: number };
export type Breakdown = Schemas['BreakdownResponse'];

export const matchingKeys = {
  proposals: (programmeId: string) => ['programmes', programmeId, 'matches', 'proposed'] as const,
  participants: (programmeId: string) => ['programmes', programmeId, 'participants', 'all'] as const,
  attention: (programmeId: string) => ['programmes', programmeId, 'attention'] as const,
  /** Kept apart from the programme's reads: invalidating those must not forget why the last run left mentees out. */
  lastRun: (programmeId: string) => ['proposal-run', programmeId] as const,
  candidates: (menteeId: string) => ['participants', 'candidates', menteeId] as const,
};

export function useProposals(programmeId: string) {
  return useQuery({
    queryKey: matchingKeys.proposals(programmeId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/programmes/{id}/matches', {
          params: { path: { id: programmeId }, query: { status: 'proposed' } },
          signal,
        }),
      ),
  });
}

/** Every participant of the programme (the caller's share), by id: names for the proposals and the pickers. */
export function useProgrammeParticipants(programmeId: string) {
  return useQuery({
    queryKey: matchingKeys.participants(programmeId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/programmes/{id}/participants', { params: { path: { id: programmeId } }, signal })),
    select: (list) => new Map((list as Participant[]).map((p) => [p.id, p])),
  });
}

/** Mentees without a mentor and without a proposal, now (GET /programmes/:id/attention). */
export function useAttention(programmeId: string) {
  return useQuery({
    queryKey: matchingKeys.attention(programmeId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/programmes/{id}/attention', { params: { path: { id: programmeId } }, signal })),
  });
}

/** What the console needs of the last proposal run: who it left out, and why. */
export type LastRun = Pick<Schemas['ProposalRunSummaryResponse'], 'unmatched'>;

/** The programme's last proposal run in the person's reach (GET /programmes/:id/proposal-runs): it says why mentees were left out. */
export function useLastRun(programmeId: string) {
  return useQuery<LastRun | null>({
    queryKey: matchingKeys.lastRun(programmeId),
    queryFn: async ({ signal }) => {
      const runs = unwrap(
        await api.GET('/api/v1/programmes/{id}/proposal-runs', { params: { path: { id: programmeId } }, signal }),
      );
      return runs[0] ?? null;
    },
  });
}

export function useCandidates(menteeId: string) {
  return useQuery({
    queryKey: matchingKeys.candidates(menteeId),
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

export async function runProposals(programmeId: string): Promise<ProposalRun> {
  return unwrap(await api.POST('/api/v1/programmes/{id}/proposals', { params: { path: { id: programmeId } } }));
}

export async function approveMatch(id: string, startsOn?: string): Promise<Match> {
  return unwrap(
    await api.POST('/api/v1/matches/{id}/approve', {
      params: { path: { id } },
      body: startsOn ? { startsOn } : {},
    }),
  );
}

export async function rejectMatch(id: string, reason: string): Promise<Match> {
  return unwrap(await api.POST('/api/v1/matches/{id}/reject', { params: { path: { id } }, body: { reason } }));
}

export async function proposePair(programmeId: string, mentorId: string, menteeId: string): Promise<Match> {
  return unwrap(
    await api.POST('/api/v1/programmes/{id}/matches', {
      params: { path: { id: programmeId } },
      body: { mentorId, menteeId },
    }),
  );
}

/** After a decision or a new proposal: every read that shows proposals, pairs, mentees or candidates. */
export async function refreshAfterDecision(queryClient: QueryClient, programmeId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['programmes', programmeId] }),
    queryClient.invalidateQueries({ queryKey: ['participants'] }),
    queryClient.invalidateQueries({ queryKey: ['matches'] }),
  ]);
}

/** Every ISCO-08 group by code, for the titles a reason refers to (the participants area shares the cache). */
export function useProfessionTitles() {
  return useQuery({
    queryKey: ['professions', 'all'],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/professions', { signal })),
    select: (list) => new Map(list.map((p) => [p.code, { nb: p.titleNb, en: p.titleEn }])),
  });
}

/** Reasons and rules in the reader's language, with municipality names and profession titles. */
export interface ReasonWriter {
  language: Language;
  reasons: (breakdown: Breakdown) => string[];
  rule: (rule: string) => string;
}

export function useReasonWriter(): ReasonWriter {
  const { language } = useI18n();
  const municipalities = useMunicipalities();
  const professions = useProfessionTitles();
  return useMemo(() => {
    const names: ReasonNames = {
      municipality: (code) => municipalities.data?.get(code)?.name,
      profession: (code) => {
        const title = professions.data?.get(code);
        return title ? (language === 'en' ? title.en : title.nb) : undefined;
      },
    };
    const one = (component: ReasonComponent) => reasonText(component, language, names);
    return {
      language,
      // A pair recorded without a breakdown (brought over from elsewhere) simply has no reasons.
      reasons: (breakdown) =>
        [breakdown?.profession, breakdown?.language, breakdown?.location].flatMap((component) =>
          component ? [one(component)] : [],
        ),
      rule: (rule) => blockedText(rule, language),
    };
  }, [language, municipalities.data, professions.data]);
}

/** What writing a kept message needs: the reader's messages, formats and rule names. */
export interface Words {
  t: Messages;
  f: Formatters;
  rule: (code: string) => string;
}

/**
 * A message a page keeps to show (a result, an error): a function of the words, written when it is
 * shown, so it follows a change of language instead of staying in the one it was made in.
 */
export type Say = (w: Words) => string;

export function useWords(): Words {
  const { t, f } = useI18n();
  const { rule } = useReasonWriter();
  return useMemo(() => ({ t, f, rule }), [t, f, rule]);
}

/** Why something failed, kept to be written in whatever language the page is in when shown. */
export function sayFailure(error: unknown): Say {
  return (w) => failureText(error, w.t, w.rule);
}

/**
 * Why a decision or a manual pair failed, in the reader's language: the API's 409 codes
 * (mentor_full, mentee_already_matched, match_already_decided) and a broken hard rule
 * (pair_not_allowed) by this area's words, other codes by the shared error codes.
 */
export function failureText(error: unknown, t: Messages, rule: (code: string) => string): string {
  if (!(error instanceof ApiFailure)) return t.app.errorText(undefined);
  const { status, body } = error;
  if (status === 404) return t.matching.conflicts.gone;
  if (status >= 500) return t.app.errorText(body.requestId);
  const details = body.errors ?? [];
  if (details.length === 0) return Array.isArray(body.message) ? body.message.join(' ') : body.message;
  return details
    .map((detail) => {
      const params = detail.params ?? {};
      const status = typeof params.status === 'string' ? (t.matching.statuses[params.status] ?? params.status) : '';
      switch (detail.code) {
        case 'mentor_full':
          return t.matching.conflicts.mentor_full;
        case 'mentee_already_matched':
          return t.matching.conflicts.mentee_already_matched;
        case 'match_already_decided':
          return t.matching.conflicts.match_already_decided(status);
        case 'match_not_active':
          return t.matching.conflicts.match_not_active(status);
        case 'pair_not_allowed':
          return t.matching.manual.notAllowed(rule(typeof params.rule === 'string' ? params.rule : ''));
        default:
          return errorText(detail.code, params, detail.message, t);
      }
    })
    .join(' ');
}

/** Norwegian name order for lists of people: æ, ø, å last. */
export const byName = new Intl.Collator('nb', { sensitivity: 'variant', numeric: true });
