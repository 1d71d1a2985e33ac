import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client.js';

/** Reads shared by several areas; each area keeps its own hooks beside its pages. */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: async () => unwrap(await api.GET('/api/v1/municipalities')),
    staleTime: 60 * 60 * 1000,
    select: (list) => new Map(list.map((m) => [m.code, m])),
  });
}

export function usePrograms() {
  return useQuery({
    queryKey: ['programmes'],
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes')),
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: ['programmes', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes/{id}', { params: { path: { id } } })),
  });
}

export type Programme = Schemas['ProgrammeResponse'];

/** Municipality names for codes, in the order given; a code not (yet) known shows as itself. */
export function municipalityNames(codes: string[], known: Map<string, { name: string }> | undefined): string {
  return codes.map((code) => known?.get(code)?.name ?? code).join(', ');
}
