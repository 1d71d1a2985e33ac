import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { sharedRateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { AccountLockout } from './account-lockout.js';

const WINDOW_SECONDS = 60;

/** A client address may try this many times the per-email limit in a window, whatever the emails. */
const PER_ADDRESS_FACTOR = 10;

/**
 * Limits login attempts per client address and email, and per address over all emails (so one
 * address cannot spray a password over many accounts). Counted in Redis so every API process
 * shares one count; if Redis is away, each process counts in memory instead of letting all
 * through. Keys hold a hash of the email, never the email.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly perEmail: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly lockout: AccountLockout,
  ) {
    this.perEmail = sharedRateLimiter(redis, 'login-attempts', config.LOGIN_RATE_LIMIT, WINDOW_SECONDS);
    this.perAddress = sharedRateLimiter(
      redis,
      'login-attempts-address',
      config.LOGIN_RATE_LIMIT * PER_ADDRESS_FACTOR,
      WINDOW_SECONDS,
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    const emailKey = createHash('sha256').update(email).digest('base64url').slice(0, 22);
    let retryAfter: number;
    try {
      await this.perAddress.consume(String(request.ip));
      await this.perEmail.consume(`${request.ip}|${emailKey}`);
      // An account that failed too often waits, before any password is checked (AccountLockout).
      retryAfter = email === '' ? 0 : await this.lockout.secondsToWait(email);
      if (retryAfter === 0) return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new HttpException(
      {
        statusCode: 429,
        message: `Too many login attempts; try again in ${retryAfter} s`,
        error: 'Too Many Requests',
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
