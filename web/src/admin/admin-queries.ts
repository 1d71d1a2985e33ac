import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';

export type User = Schemas['UserResponse'];
export type NewUser = Schemas['CreateUserDto'];
export type UserChange = Schemas['UpdateUserDto'];
export type OutboxEmail = Schemas['OutboxEmailResponse'];
export type Role = User['role'];

export const ROLES: readonly Role[] = ['coordinator', 'lead', 'admin'];

export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => unwrap(await api.GET('/api/v1/users')),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewUser) => unwrap(await api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: UserChange }) =>
      unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export const EMAIL_KINDS = [
  'midmonth_nudge',
  'minimum_missed',
  'escalation',
  'gathering_invite',
  'gathering_reminder',
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** One page of the outbox, newest first; one email more than the page is asked for, to know whether another page follows. */
export function useOutbox(filter: { status?: OutboxStatus; kind?: EmailKind; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['outbox', filter],
    queryFn: async () => {
      const emails = unwrap(
        await api.GET('/api/v1/admin/outbox', {
          params: {
            query: {
              ...(filter.status ? { status: filter.status } : {}),
              ...(filter.kind ? { kind: filter.kind } : {}),
              limit: filter.pageSize + 1,
              offset: (filter.page - 1) * filter.pageSize,
            },
          },
        }),
      );
      return { emails: emails.slice(0, filter.pageSize), hasNext: emails.length > filter.pageSize };
    },
    placeholderData: (previous) => previous,
  });
}

export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditAction = Schemas['AuditAction'];

/** Every action of the audit log, in the order the filter offers them. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'participant.read',
  'participant.list',
  'participant.candidates',
  'participant.create',
  'participant.update',
  'participant.import',
  'participant.export',
  'participant.erase',
  'newcomer.export',
  'newcomer.erase',
  'participant.archive',
  'retention.erase',
  'participant.conflict',
  'match.propose',
  'match.approve',
  'match.reject',
  'match.end',
  'meeting.create',
  'pause.create',
  'pause.delete',
  'survey.answer',
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'user.create',
  'user.update',
];

/** The audit log's filters as the API takes them (instants for from and to). */
export interface AuditQuery {
  action?: AuditAction;
  actorId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

/** One page of the audit log, newest first; one row more than the page is asked for, to know whether another follows. */
export function useAudit(query: AuditQuery & { page: number; pageSize: number }) {
  const { page, pageSize, ...filters } = query;
  return useQuery({
    queryKey: ['audit', query],
    queryFn: async () => {
      const rows = unwrap(
        await api.GET('/api/v1/admin/audit', {
          params: { query: { ...filters, limit: pageSize + 1, offset: (page - 1) * pageSize } },
        }),
      );
      return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize };
    },
    placeholderData: (previous) => previous,
  });
}
