import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';

/** A municipality's «Ny i Norge» theme evenings over the typed client. */

export type Evening = Schemas['ThemeEveningResponse'];
export type NewEvening = Schemas['CreateThemeEveningDto'];
export type EveningChange = Schemas['UpdateThemeEveningDto'];
export type Theme = Evening['theme'];

export const THEMES: readonly Theme[] = ['school_education', 'health_family', 'voluntary_work', 'other'];

/** Theme evenings are held in Norwegian municipalities: times are read and written in Oslo's zone. */
export const EVENING_ZONE = 'Europe/Oslo';

const keys = {
  list: (code: string) => ['events', code] as const,
  people: (code: string) => ['events', code, 'people'] as const,
};

export function useEvenings(code: string) {
  return useQuery({
    queryKey: keys.list(code),
    queryFn: async () => unwrap(await api.GET('/api/v1/municipalities/{code}/events', { params: { path: { code } } })),
  });
}

export function useCreateEvening(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewEvening) =>
      unwrap(await api.POST('/api/v1/municipalities/{code}/events', { params: { path: { code } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.list(code) }),
  });
}

export function useUpdateEvening(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: EveningChange }) =>
      unwrap(await api.PATCH('/api/v1/events/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.list(code) }),
  });
}

export function useSaveAttendance(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      newcomerIds,
      participantIds,
    }: {
      id: string;
      newcomerIds: string[];
      participantIds: string[];
    }) =>
      unwrap(
        await api.PUT('/api/v1/events/{id}/attendance', {
          params: { path: { id } },
          body: { newcomerIds, participantIds },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.list(code) }),
  });
}

export interface Person {
  id: string;
  name: string;
}

/**
 * The people whose attendance may be recorded: the municipality's newcomers, and the participants
 * living there of every programme the caller sees (one person in two programmes is two participants).
 */
export function useEveningPeople(code: string) {
  return useQuery({
    queryKey: keys.people(code),
    queryFn: async () => {
      const newcomers = unwrap(
        await api.GET('/api/v1/municipalities/{code}/newcomers', {
          params: { path: { code }, query: { limit: 500 } },
        }),
      );
      const programmes = unwrap(await api.GET('/api/v1/programmes'));
      const participants: Person[] = [];
      for (const programme of programmes) {
        if (!programme.municipalityCodes.includes(code)) continue;
        const listed = unwrap(
          await api.GET('/api/v1/programmes/{id}/participants', {
            params: { path: { id: programme.id }, query: { municipalityCode: code, limit: 500 } },
          }),
        );
        participants.push(...listed.map((p) => ({ id: p.id, name: `${p.name} (${programme.name})` })));
      }
      return {
        newcomers: newcomers.map((n): Person => ({ id: n.id, name: n.name })),
        participants,
      };
    },
  });
}

/** Partners written one a line, a contact after a semicolon. */
export function partnersFrom(text: string): { organisation: string; contact?: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [organisation, ...rest] = line.split(';');
      const contact = rest.join(';').trim();
      return contact ? { organisation: organisation.trim(), contact } : { organisation: organisation.trim() };
    });
}

export function partnersText(partners: { organisation: string; contact: string | null }[]): string {
  return partners.map((p) => (p.contact ? `${p.organisation}; ${p.contact}` : p.organisation)).join('\n');
}
