import { Inject, Injectable } from '@nestjs/common';
import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { SessionCookieValue } from './sessions.service.js';

export const SESSION_COOKIE = 'mentornett_session';

/** Only the auth endpoints (refresh, logout, password) ever see the cookie. */
export const SESSION_COOKIE_PATH = '/api/v1/auth';

/** What SessionsService hands out: 32 random bytes in base64url. Anything else is no session. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The mentornett_session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), on the auth endpoints' path only, and Secure when the service is reached over
 * https. It lives as long as the session would without another refresh.
 */
@Injectable()
export class SessionCookie {
  private readonly attributes: Omit<SetCookie, 'name' | 'value'>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.attributes = {
      httpOnly: true,
      sameSite: 'strict',
      path: SESSION_COOKIE_PATH,
      secure: new URL(config.PUBLIC_URL).protocol === 'https:',
    };
  }

  /** The session value a request carries, or null. */
  read(req: Request): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    const value = parseCookie(header)[SESSION_COOKIE];
    return value !== undefined && TOKEN_SHAPE.test(value) ? value : null;
  }

  set(res: Response, cookie: SessionCookieValue): void {
    res.append(
      'Set-Cookie',
      stringifySetCookie({ name: SESSION_COOKIE, value: cookie.token, ...this.attributes, maxAge: cookie.maxAge }),
    );
  }

  /** Tells the browser to forget the cookie. */
  clear(res: Response): void {
    res.append(
      'Set-Cookie',
      stringifySetCookie({ name: SESSION_COOKIE, value: '', ...this.attributes, maxAge: 0, expires: new Date(0) }),
    );
  }
}
