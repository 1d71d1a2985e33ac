import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { sharedRateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { UsersService } from '../users/users.service.js';
import type { AccessTokenPayload } from './auth.service.js';
import { verifyPassword } from './passwords.js';
import { BoundedCache } from '../common/bounded-cache.js';

/** A checked Basic login is trusted this long, so the dashboard's polling does not hash a password each time. */
const BASIC_CACHE_MS = 60_000;
const BASIC_CACHE_MAX = 100;

/**
 * The gate of admin pages that a browser opens directly (the queue dashboard), where no client
 * adds a bearer token: an admin's bearer token, or HTTP Basic with an admin's email and
 * password. The role is read from the database on every request; wrong passwords are rate
 * limited like logins.
 */
@Injectable()
export class AdminPageAuth {
  private readonly checked = new BoundedCache<{ userId: string; until: number }>(BASIC_CACHE_MAX);
  private readonly failures: RateLimiterRedis;

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.failures = sharedRateLimiter(redis, 'admin-page-login', config.LOGIN_RATE_LIMIT, 60);
  }

  middleware(realm: string): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      this.userOf(req).then(
        async (userId) => {
          const actor = userId ? await this.users.findActor(userId) : null;
          if (!actor) {
            res.setHeader('WWW-Authenticate', `Basic realm="${realm}", charset="UTF-8"`);
            res.status(401).json({ statusCode: 401, message: 'An admin login is required', error: 'Unauthorized' });
          } else if (actor.role !== 'admin') {
            res.status(403).json({ statusCode: 403, message: 'Your role may not do this', error: 'Forbidden' });
          } else {
            next();
          }
        },
        (error: unknown) => {
          if (error instanceof RateLimiterRes) {
            res.setHeader('Retry-After', String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))));
            res.status(429).json({ statusCode: 429, message: 'Too many login attempts', error: 'Too Many Requests' });
          } else {
            next(error);
          }
        },
      );
    };
  }

  /** The user a request's credentials prove, or null. */
  private async userOf(req: Request): Promise<string | null> {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer (\S+)$/i.exec(header);
    if (bearer) {
      try {
        const payload = await this.jwt.verifyAsync<AccessTokenPayload>(bearer[1], { algorithms: ['HS256'] });
        return typeof payload.sub === 'string' ? payload.sub : null;
      } catch {
        return null;
      }
    }
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header);
    if (!basic) return null;
    const key = createHash('sha256').update(basic[1]).digest('base64url');
    const cached = this.checked.get(key);
    if (cached && cached.until > Date.now()) return cached.userId;
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    const user = await this.users.findByEmail(decoded.slice(0, colon));
    if (!(await verifyPassword(user?.passwordHash, decoded.slice(colon + 1))) || !user) {
      await this.failures.consume(String(req.ip));
      return null;
    }
    this.checked.set(key, { userId: user.id, until: Date.now() + BASIC_CACHE_MS });
    return user.id;
  }
}
