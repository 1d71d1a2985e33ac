import {
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_KEY, type AccessRule, type RequestWithActor } from '../common/access/access.decorator.js';
import { AccessTokens, bearerToken } from './access-tokens.js';

/**
 * The one gate of every endpoint: reads the endpoint's declared access rule, checks the bearer
 * token and the caller's role, and puts the caller (fresh from the database) on the request.
 * An endpoint that declares nothing is refused, so a forgotten declaration fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new ForbiddenException();
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & RequestWithActor>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthorizedException('A bearer access token is required');
    const actor = await this.tokens.actorOf(token);
    if (!actor) throw new UnauthorizedException('The access token is invalid or has expired');
    if (!rule.roles.includes(actor.role)) throw new ForbiddenException('Your role may not do this');
    request.actor = actor;
    return true;
  }
}
