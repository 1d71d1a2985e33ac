import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';

/** The newcomer register's reads and writes over the typed client. */

export type Newcomer = Schemas['NewcomerResponse'];
export type CreateNewcomer = Schemas['CreateNewcomerDto'];
export type UpdateNewcomer = Schemas['UpdateNewcomerDto'];
export type Reach = Schemas['ReachResponse'];
export type EducationLevel = Schemas['EducationDto']['level'];
export type Recognition = Schemas['EducationDto']['recognition'];
export type GuidanceStatus = Schemas['CareerGuidanceDto']['status'];
export type Category = Newcomer['category'];

export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'none',
  'primary',
  'secondary',
  'vocational',
  'bachelor',
  'master',
  'doctorate',
];
export const RECOGNITIONS: readonly Recognition[] = [
  'not_applied',
  'pending',
  'recognised',
  'partly',
  'rejected',
  'not_needed',
];
export const GUIDANCE_STATUSES: readonly GuidanceStatus[] = ['not_referred', 'referred', 'done', 'declined'];

export const PAGE_SIZE = 50;

export interface NewcomerFilters {
  category?: Category;
  waiting?: boolean;
  guidance?: GuidanceStatus;
  q?: string;
  /** 1-based. */
  page: number;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The list's view as the URL holds it, so a filtered page can be shared as a link. */
export function filtersOf(params: URLSearchParams, categories: readonly Category[]): NewcomerFilters {
  const waiting = params.get('waiting');
  const page = Number(params.get('page'));
  return {
    category: oneOf(params.get('category'), categories),
    waiting: waiting === 'true' ? true : waiting === 'false' ? false : undefined,
    guidance: oneOf(params.get('guidance'), GUIDANCE_STATUSES),
    q: params.get('q')?.trim() || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The API's query for a view: only the filters set. */
export function listQuery(filters: NewcomerFilters): Record<string, string | number | boolean> {
  const query: Record<string, string | number | boolean> = {
    limit: PAGE_SIZE,
    offset: (Math.max(1, filters.page) - 1) * PAGE_SIZE,
  };
  if (filters.category) query.category = filters.category;
  if (filters.waiting !== undefined) query.waiting = filters.waiting;
  if (filters.guidance) query.guidance = filters.guidance;
  if (filters.q) query.q = filters.q;
  return query;
}

export function useNewcomerPage(code: string, filters: NewcomerFilters) {
  const query = listQuery(filters);
  return useQuery({
    queryKey: ['newcomers', 'list', code, query],
    queryFn: async ({ signal }) => {
      const result = await api.GET('/api/v1/municipalities/{code}/newcomers', {
        params: { path: { code }, query },
        signal,
      });
      const newcomers = unwrap(result);
      const header = result.response.headers.get('X-Total-Count');
      const total = header !== null && /^\d+$/.test(header) ? Number(header) : Number(query.offset) + newcomers.length;
      return { newcomers, total };
    },
    placeholderData: keepPreviousData,
  });
}

export function useWaitingList(code: string) {
  return useQuery({
    queryKey: ['newcomers', 'waiting', code],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/municipalities/{code}/waiting-list', { params: { path: { code } }, signal })),
  });
}

export function useNewcomer(id: string) {
  return useQuery({
    queryKey: ['newcomers', 'one', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/newcomers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useReach(code: string, period: { from?: string; to?: string }) {
  const query: { from?: string; to?: string } = {};
  if (period.from) query.from = period.from;
  if (period.to) query.to = period.to;
  return useQuery({
    queryKey: ['newcomers', 'reach', code, query],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/municipalities/{code}/reach', { params: { path: { code }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export async function fetchReachCsv(
  code: string,
  period: { from?: string; to?: string },
  separator: 'comma' | 'semicolon',
): Promise<Blob> {
  return unwrap<Blob>(
    await api.GET('/api/v1/municipalities/{code}/reach.csv', {
      params: { path: { code }, query: { ...period, separator } },
      parseAs: 'blob',
    }),
  );
}

export async function createNewcomer(code: string, body: CreateNewcomer): Promise<Newcomer> {
  return unwrap(await api.POST('/api/v1/municipalities/{code}/newcomers', { params: { path: { code } }, body }));
}

export async function updateNewcomer(id: string, body: UpdateNewcomer): Promise<Newcomer> {
  return unwrap(await api.PATCH('/api/v1/newcomers/{id}', { params: { path: { id } }, body }));
}

export async function enrolNewcomer(id: string, programmeId: string) {
  return unwrap(await api.POST('/api/v1/newcomers/{id}/enrol', { params: { path: { id } }, body: { programmeId } }));
}

/** After a change, every read that may show the newcomer (and the participants an enrolment made). */
export async function refreshNewcomers(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['newcomers'] }),
    queryClient.invalidateQueries({ queryKey: ['participants'] }),
  ]);
}
