import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';

export type ProgrammeStats = Schemas['ProgrammeStatsResponse'];
export type ProgrammeSummary = Schemas['ProgrammeSummaryResponse'];

/** The overview's filters, as the URL holds them (empty strings for none). */
export interface OverviewFilter {
  from: string;
  to: string;
  municipality: string;
}

export function useProgrammeStats(id: string) {
  return useQuery({
    queryKey: ['stats', 'programme', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes/{id}/stats', { params: { path: { id } } })),
  });
}

/** The API's query for a filter: only what is set. */
export function overviewQuery(filter: OverviewFilter): { from?: string; to?: string; municipalityCode?: string } {
  return {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.municipality ? { municipalityCode: filter.municipality } : {}),
  };
}

export function useStatsOverview(filter: OverviewFilter) {
  return useQuery({
    queryKey: ['stats', 'overview', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/stats', { params: { query: overviewQuery(filter) } })),
  });
}

/** The newcomers reached in every municipality (or the one of the filter), registered in its period. */
export function useReachOverview(filter: OverviewFilter) {
  return useQuery({
    queryKey: ['stats', 'reach', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/reach', { params: { query: overviewQuery(filter) } })),
  });
}

/** Pairs that started: approved (running), completed or ended; the completion rate's denominator. */
export function pairsStarted(matches: ProgrammeStats['matches']): number {
  return matches.approved + matches.completed + matches.ended;
}
