import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RequestWithActor } from '../common/access/access.decorator.js';
import { sharedRateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';

const WINDOW_SECONDS = 60;

/**
 * A password change checks the current password, so it is a way to guess it for whoever holds an
 * access token: it gets the login's limit (LOGIN_RATE_LIMIT a minute), per user.
 */
@Injectable()
export class PasswordRateLimitGuard implements CanActivate {
  private readonly perUser: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.perUser = sharedRateLimiter(redis, 'password-change', config.LOGIN_RATE_LIMIT, WINDOW_SECONDS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithActor>();
    if (!request.actor) throw new Error('PasswordRateLimitGuard runs after AuthGuard, on an endpoint with @Roles');
    try {
      await this.perUser.consume(request.actor.id);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
      throw new HttpException(
        {
          statusCode: 429,
          message: `Too many password attempts; try again in ${retryAfter} s`,
          error: 'Too Many Requests',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
