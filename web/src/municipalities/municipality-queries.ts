import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';

export type InfoPageSummary = Schemas['InfoPageSummaryResponse'];
export type InfoPage = Schemas['InfoPageResponse'];
export type TeamMember = Schemas['TeamMemberResponse'];
export type NewTeamMember = Schemas['CreateTeamMemberDto'];
export type Sector = TeamMember['sector'];

export const SECTORS: readonly Sector[] = ['municipal', 'voluntary', 'business', 'other'];

export function useInfoPages(code: string) {
  return useQuery({
    queryKey: ['info-pages', code],
    queryFn: async () => unwrap(await api.GET('/api/v1/municipalities/{code}/info', { params: { path: { code } } })),
  });
}

/** One page to edit; null when it does not exist in this language yet (a new page). */
export function useInfoPage(code: string, language: string) {
  return useQuery({
    queryKey: ['info-pages', code, language],
    queryFn: async () => {
      const result = await api.GET('/api/v1/municipalities/{code}/info/{language}', {
        params: { path: { code, language } },
      });
      if (result.response.status === 404 && !result.error?.errors?.some((e) => e.params?.resource === 'municipality')) {
        return null;
      }
      return unwrap(result);
    },
  });
}

export function useSaveInfoPage(code: string, language: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { title: string; body: string }) =>
      unwrap(
        await api.PUT('/api/v1/municipalities/{code}/info/{language}', {
          params: { path: { code, language } },
          body,
        }),
      ),
    onSuccess: (page) => {
      queryClient.setQueryData(['info-pages', code, language], page);
      return queryClient.invalidateQueries({ queryKey: ['info-pages', code], exact: true });
    },
  });
}

export async function previewInfoPage(code: string, body: string): Promise<string> {
  const result = unwrap(
    await api.POST('/api/v1/municipalities/{code}/info/preview', { params: { path: { code } }, body: { body } }),
  );
  return result.html;
}

export function useTeam(code: string) {
  return useQuery({
    queryKey: ['team', code],
    queryFn: async () => unwrap(await api.GET('/api/v1/municipalities/{code}/team', { params: { path: { code } } })),
  });
}

export function useAddTeamMember(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewTeamMember) =>
      unwrap(await api.POST('/api/v1/municipalities/{code}/team', { params: { path: { code } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['team', code] }),
  });
}

export function useRemoveTeamMember(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/team-members/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['team', code] }),
  });
}
