import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestWithActor } from '../../common/access/access.decorator.js';
import { sharedRateLimiter } from '../../common/rate-limiter.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';
import { UsersService } from '../../users/users.service.js';
import { AccountLockout } from '../account-lockout.js';
import { MfaTokens } from './mfa-tokens.js';

const WINDOW_SECONDS = 60;
/** A client address may try this many times the per-user limit in a window, whatever the users. */
const PER_ADDRESS_FACTOR = 10;

function tooMany(context: ExecutionContext, retryAfter: number): HttpException {
  context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
  return new HttpException(
    { statusCode: 429, message: `Too many code attempts; try again in ${retryAfter} s`, error: 'Too Many Requests' },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

/**
 * The second step of a login is limited like the first: per client address and per user
 * (LOGIN_RATE_LIMIT a minute), and an account the lockout holds (after wrong passwords or wrong
 * codes) waits here before any code is checked. An mfaToken that is not valid passes on to be
 * refused (401) by the service.
 */
@Injectable()
export class MfaLoginRateLimitGuard implements CanActivate {
  private readonly perUser: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: MfaTokens,
    private readonly users: UsersService,
    private readonly lockout: AccountLockout,
  ) {
    this.perUser = sharedRateLimiter(redis, 'mfa-attempts', config.LOGIN_RATE_LIMIT, WINDOW_SECONDS);
    this.perAddress = sharedRateLimiter(
      redis,
      'mfa-attempts-address',
      config.LOGIN_RATE_LIMIT * PER_ADDRESS_FACTOR,
      WINDOW_SECONDS,
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = request.body as { mfaToken?: unknown } | undefined;
    let retryAfter: number;
    try {
      await this.perAddress.consume(String(request.ip));
      const claims = typeof body?.mfaToken === 'string' ? await this.tokens.verify(body.mfaToken) : null;
      if (!claims) return true;
      await this.perUser.consume(claims.userId);
      const user = await this.users.findById(claims.userId);
      retryAfter = user ? await this.lockout.secondsToWait(user.email) : 0;
      if (retryAfter === 0) return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
    throw tooMany(context, retryAfter);
  }
}

/**
 * Confirming an enrolment and turning the factor off check a code, so they are a way to guess one
 * for whoever holds an access token: LOGIN_RATE_LIMIT a minute, per user.
 */
@Injectable()
export class MfaCodeRateLimitGuard implements CanActivate {
  private readonly perUser: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.perUser = sharedRateLimiter(redis, 'mfa-code', config.LOGIN_RATE_LIMIT, WINDOW_SECONDS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithActor>();
    if (!request.actor) throw new Error('MfaCodeRateLimitGuard runs after AuthGuard, on an endpoint with @Roles');
    try {
      await this.perUser.consume(request.actor.id);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw tooMany(context, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
  }
}
