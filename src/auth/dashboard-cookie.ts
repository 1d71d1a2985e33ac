import { Inject, Injectable } from '@nestjs/common';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { UsersService } from '../users/users.service.js';
import { SealedValues } from './sealed-values.js';

export const DASHBOARD_COOKIE = 'mentornett_dashboard';
/** Only the queue dashboard (and its own API calls) ever see the cookie. */
export const DASHBOARD_COOKIE_PATH = '/api/v1/admin/queues';
export const DASHBOARD_COOKIE_SECONDS = 15 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The queue dashboard's pass for a browser with a console session (an SSO user has no password
 * for HTTP Basic): a sealed cookie naming the admin, their token version and their console
 * session. It is checked like an access token on every request, so it stops working when the
 * session ends, the user's role changes, or the user is disabled; and after 15 minutes.
 * HttpOnly, SameSite=Strict, on the dashboard's path only.
 */
@Injectable()
export class DashboardCookie {
  private readonly secure: boolean;

  constructor(
    private readonly users: UsersService,
    private readonly sealed: SealedValues,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = new URL(config.PUBLIC_URL).protocol === 'https:';
  }

  /** Sets the pass for the caller (an admin, as the endpoint's access rule says). */
  async issue(res: Response, actor: Actor): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new NotFoundError('User');
    const value = this.sealed.seal(
      'queue-dashboard',
      { sub: user.id, ver: user.tokenVersion, sid: actor.sessionId ?? null },
      DASHBOARD_COOKIE_SECONDS,
      this.clock.now(),
    );
    res.append(
      'Set-Cookie',
      stringifySetCookie({
        name: DASHBOARD_COOKIE,
        value,
        httpOnly: true,
        sameSite: 'strict',
        path: DASHBOARD_COOKIE_PATH,
        secure: this.secure,
        maxAge: DASHBOARD_COOKIE_SECONDS,
      }),
    );
  }

  /** The caller a request's pass proves, fresh from the database; null without a good one. */
  async actorOf(req: Request): Promise<Actor | null> {
    const header = req.headers.cookie;
    if (!header) return null;
    const pass = this.sealed.open('queue-dashboard', parseCookie(header)[DASHBOARD_COOKIE], this.clock.now());
    if (!pass) return null;
    const { sub, ver, sid } = pass;
    if (typeof sub !== 'string' || !UUID.test(sub) || typeof ver !== 'number' || !Number.isInteger(ver)) return null;
    if (sid !== null && (typeof sid !== 'string' || !UUID.test(sid))) return null;
    return this.users.findActor(sub, { version: ver, sessionId: sid });
  }
}
