import { Inject, Injectable } from '@nestjs/common';
import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';

export const OIDC_LOGIN_COOKIE = 'mentornett_oidc';
export const OIDC_LOGIN_COOKIE_PATH = '/api/v1/auth/oidc';

/** How long a sign-in at the provider may take. */
export const OIDC_LOGIN_SECONDS = 600;

/**
 * The cookie that carries a sign-in's state, nonce and code verifier (sealed) from the login to
 * the callback: HttpOnly, SameSite=Lax (the callback is a top-level navigation from the
 * provider's site, which Strict would not send it on), on the single sign-on paths only.
 */
@Injectable()
export class OidcLoginCookie {
  private readonly attributes: Omit<SetCookie, 'name' | 'value'>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.attributes = {
      httpOnly: true,
      sameSite: 'lax',
      path: OIDC_LOGIN_COOKIE_PATH,
      secure: new URL(config.PUBLIC_URL).protocol === 'https:',
    };
  }

  read(req: Request): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    return parseCookie(header)[OIDC_LOGIN_COOKIE] ?? null;
  }

  set(res: Response, value: string): void {
    res.append(
      'Set-Cookie',
      stringifySetCookie({ name: OIDC_LOGIN_COOKIE, value, ...this.attributes, maxAge: OIDC_LOGIN_SECONDS }),
    );
  }

  clear(res: Response): void {
    res.append(
      'Set-Cookie',
      stringifySetCookie({ name: OIDC_LOGIN_COOKIE, value: '', ...this.attributes, maxAge: 0, expires: new Date(0) }),
    );
  }
}
