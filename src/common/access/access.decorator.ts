import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../../users/user.entity.js';
import type { Actor } from './actor.js';

export const ACCESS_KEY = 'mentornett:access';

/** Who may call an endpoint. Every endpoint declares one; the guard refuses those that do not. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

/** No token needed (login, health, the signed meeting links). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** A valid access token of one of these roles; coordinators are further scoped to their municipalities. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

export interface RequestWithActor {
  actor?: Actor;
}

/** The authenticated caller; only on endpoints declared with @Roles. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new Error('CurrentActor used on an endpoint without @Roles');
  return request.actor;
});
