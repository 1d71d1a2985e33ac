import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AuditService } from '../audit/audit.service.js';
import { sharedRateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { UsersService } from '../users/users.service.js';
import { BoundedCache } from '../common/bounded-cache.js';
import type { Actor } from '../common/access/actor.js';
import { AccessTokens } from './access-tokens.js';
import { DashboardCookie } from './dashboard-cookie.js';
import { verifyPassword } from './passwords.js';
import { errorBody } from '../common/http-exception.filter.js';
import { detail } from '../common/error-codes.js';

/** A checked Basic login is trusted this long, so the dashboard's polling does not hash a password each time. */
const BASIC_CACHE_MS = 60_000;
const BASIC_CACHE_MAX = 100;

/**
 * The gate of admin pages that a browser opens directly (the queue dashboard), where no client
 * adds a bearer token: an admin's bearer token, HTTP Basic with an admin's email and password, or
 * the dashboard cookie that POST /admin/dashboard-session gives a browser with a console session
 * (see DashboardCookie; an Authorization header, when one comes, decides instead). The caller is read from the database on every request, as AuthGuard reads it (a
 * disabled user, or a token from before a change of the user, is refused).
 *
 * Basic logins are rate limited per client address before anything else: every Basic attempt
 * takes a point first, and once an address has used up LOGIN_RATE_LIMIT points in the window it
 * is answered 429 without its credentials being looked at (not the password, not the cache of
 * checked logins), so the page is no password oracle, for admins or anyone else. A success
 * gives its point back: successes neither count as failures nor undo earlier ones. Taking the
 * point before the check also holds when many guesses arrive at once.
 *
 * Every Basic password check is audited as a console login is (auth.login, or auth.login_failed
 * naming the account only when the email is one); the dashboard's polling within a minute of a
 * checked login reuses that check and writes nothing.
 */
@Injectable()
export class AdminPageAuth {
  private readonly checked = new BoundedCache<{ userId: string; until: number }>(BASIC_CACHE_MAX);
  private readonly attempts: RateLimiterRedis;

  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UsersService,
    private readonly dashboardCookie: DashboardCookie,
    private readonly audit: AuditService,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.attempts = sharedRateLimiter(redis, 'admin-page-login', config.LOGIN_RATE_LIMIT, 60);
  }

  middleware(realm: string): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      this.actorOf(req).then(
        (actor) => {
          if (!actor) {
            res.setHeader('WWW-Authenticate', `Basic realm="${realm}", charset="UTF-8"`);
            res.status(401).json(refusal(401, 'unauthenticated', 'An admin login is required'));
          } else if (actor.role !== 'admin') {
            res.status(403).json(refusal(403, 'forbidden', 'Your role may not do this'));
          } else {
            next();
          }
        },
        (error: unknown) => {
          if (error instanceof RateLimiterRes) {
            res.setHeader('Retry-After', String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))));
            res.status(429).json(refusal(429, 'too_many_requests', 'Too many login attempts'));
          } else {
            next(error);
          }
        },
      );
    };
  }

  /** The caller a request's credentials prove, or null; rejects with a RateLimiterRes when limited. */
  private async actorOf(req: Request): Promise<Actor | null> {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer (\S+)$/i.exec(header);
    if (bearer) return this.tokens.actorOf(bearer[1]);
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header);
    if (!basic) return header === '' ? this.dashboardCookie.actorOf(req) : null;
    // Before anything about the credentials: a limited address learns nothing from them.
    await this.attempts.consume(String(req.ip));
    const userId = await this.basicLogin(basic[1]);
    if (!userId) return null;
    await this.attempts.reward(String(req.ip));
    return this.users.findActor(userId);
  }

  /** The user whose email and password a Basic header carries, or null. */
  private async basicLogin(credentials: string): Promise<string | null> {
    const key = createHash('sha256').update(credentials).digest('base64url');
    const cached = this.checked.get(key);
    if (cached && cached.until > Date.now()) return cached.userId;
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon < 0 ? null : await this.users.findByEmail(decoded.slice(0, colon));
    if (!(await verifyPassword(user?.passwordHash, decoded.slice(colon + 1))) || !user || user.disabled) {
      await this.audit.record(null, 'auth.login_failed', 'user', [{ id: user?.id ?? null }]);
      return null;
    }
    await this.audit.record(user, 'auth.login', 'user', [{ id: user.id }]);
    this.checked.set(key, { userId: user.id, until: Date.now() + BASIC_CACHE_MS });
    return user.id;
  }
}

/** The service's usual error body (as the exception filter writes it), for this middleware's own answers. */
function refusal(
  status: 401 | 403 | 429,
  code: 'unauthenticated' | 'forbidden' | 'too_many_requests',
  message: string,
) {
  return errorBody(status, [detail(null, code, {}, message)], true);
}
