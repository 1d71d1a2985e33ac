import {
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ACCESS_KEY, type AccessRule, type RequestWithActor } from '../common/access/access.decorator.js';
import { UsersService } from '../users/users.service.js';
import type { AccessTokenPayload } from './auth.service.js';

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
    private readonly jwt: JwtService,
    private readonly users: UsersService,
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
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('The access token is invalid or has expired');
    }
    const actor = typeof payload.sub === 'string' ? await this.users.findActor(payload.sub) : null;
    if (!actor) throw new UnauthorizedException('The access token is invalid or has expired');
    if (!rule.roles.includes(actor.role)) throw new ForbiddenException('Your role may not do this');
    request.actor = actor;
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_.+/=]*)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
