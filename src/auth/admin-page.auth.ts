import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { sharedRateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { UsersService } from '../users/users.service.js';
import { BoundedCache } from '../common/bounded-cache.js';
import type { Actor } from '../common/access/actor.js';
import { AccessTokens } from './access-tokens.js';
import { verifyPassword } from './passwords.js';

/** A checked Basic login is trusted this long, so the dashboard's polling does not hash a password each time. */
const BASIC_CACHE_MS = 60_000;
const BASIC_CACHE_MAX = 100;

/**
 * The gate of admin pages that a browser opens directly (the queue dashboard), where no client
 * adds a bearer token: an admin's bearer token, or HTTP Basic with an admin's email and
 * password. The caller is read from the database on every request, as AuthGuard reads it (a
 * disabled user, or a token from before a change of the user, is refused); wrong passwords are
 * rate limited like logins.
 */
@Injectable()
export class AdminPageAuth {
  private readonly checked = new BoundedCache<{ userId: string; until: number }>(BASIC_CACHE_MAX);
  private readonly failures: RateLimiterRedis;

  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UsersService,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.failures = sharedRateLimiter(redis, 'admin-page-login', config.LOGIN_RATE_LIMIT, 60);
  }

  middleware(realm: string): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      this.actorOf(req).then(
        (actor) => {
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

  /** The caller a request's credentials prove, or null. */
  private async actorOf(req: Request): Promise<Actor | null> {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer (\S+)$/i.exec(header);
    if (bearer) return this.tokens.actorOf(bearer[1]);
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header);
    if (!basic) return null;
    const userId = await this.basicLogin(req, basic[1]);
    return userId ? this.users.findActor(userId) : null;
  }

  /** The user whose email and password a Basic header carries; a failure counts against the address. */
  private async basicLogin(req: Request, credentials: string): Promise<string | null> {
    const key = createHash('sha256').update(credentials).digest('base64url');
    const cached = this.checked.get(key);
    if (cached && cached.until > Date.now()) return cached.userId;
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    const user = await this.users.findByEmail(decoded.slice(0, colon));
    if (!(await verifyPassword(user?.passwordHash, decoded.slice(colon + 1))) || !user || user.disabled) {
      await this.failures.consume(String(req.ip));
      return null;
    }
    this.checked.set(key, { userId: user.id, until: Date.now() + BASIC_CACHE_MS });
    return user.id;
  }
}
