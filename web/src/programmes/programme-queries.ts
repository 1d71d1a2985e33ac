import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';

export type Gathering = Schemas['GatheringResponse'];
export type Participant = Schemas['ParticipantResponse'];

export const programmeKeys = {
  attention: (id: string) => ['programmes', id, 'attention'] as const,
  gatherings: (id: string) => ['programmes', id, 'gatherings'] as const,
  participants: (id: string) => ['programmes', id, 'participants', 'all'] as const,
  attendance: (gatheringId: string) => ['gatherings', gatheringId, 'attendance'] as const,
};

export async function fetchAttention(id: string) {
  return unwrap(await api.GET('/api/v1/programmes/{id}/attention', { params: { path: { id } } }));
}

export function useGatherings(id: string) {
  return useQuery({
    queryKey: programmeKeys.gatherings(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes/{id}/gatherings', { params: { path: { id } } })),
  });
}

/** Every participant of the programme the caller sees, in one call (without limit the API lists them all). */
export function useAllParticipants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: programmeKeys.participants(id),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/programmes/{id}/participants', { params: { path: { id } } })) as Participant[],
  });
}

export function useAttendance(gatheringId: string, enabled: boolean) {
  return useQuery({
    queryKey: programmeKeys.attendance(gatheringId),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/gatherings/{id}/attendance', { params: { path: { id: gatheringId } } })),
  });
}
