import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/access.decorator.js';
import { ApiErrorResponse } from '../../common/api-error.response.js';
import { SESSION_COOKIE, SessionCookie } from '../session-cookie.js';
import { OIDC_LOGIN_COOKIE, OidcLoginCookie } from './oidc-login-cookie.js';
import { SsoRefusal } from './oidc.errors.js';
import { OidcService } from './oidc.service.js';

/** Where the console tells a refused single sign-on in the reader's language. */
const refusedAt = (code: string) => `/login?sso=${code}`;

/**
 * Single sign-on for the console. Both routes answer with redirects, never a JSON error: the
 * browser is on its way between the provider and the console. Off (404) unless OIDC_ISSUER is set.
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly loginCookie: OidcLoginCookie,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Get('login')
  @Public()
  @ApiOperation({
    summary: 'Sign in with the municipality account: redirects to the identity provider (when OIDC_ISSUER is set)',
    description:
      `Sets the short-lived ${OIDC_LOGIN_COOKIE} cookie (HttpOnly, SameSite=Lax, Path=/api/v1/auth/oidc) for the callback. ` +
      'When the provider cannot be reached, redirects to /login?sso=unavailable instead.',
  })
  @ApiQuery({
    name: 'returnTo',
    required: false,
    description: 'A path of the console to go to after signing in (one leading "/"); anything else means /programmes',
  })
  @ApiFoundResponse({ description: "To the provider's authorization endpoint, or to /login?sso=unavailable" })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured', type: ApiErrorResponse })
  async login(@Query('returnTo') returnTo: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertEnabled(req);
    try {
      const started = await this.oidc.start(returnTo);
      this.loginCookie.set(res, started.cookie);
      res.redirect(302, started.redirectTo);
    } catch (error) {
      if (!(error instanceof SsoRefusal)) throw error;
      res.redirect(302, refusedAt(error.code));
    }
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary: "The identity provider's answer: opens a console session and redirects to the console",
    description:
      `Sets the ${SESSION_COOKIE} cookie, as POST /auth/login does, and redirects to the login's returnTo. ` +
      'Only a user an admin created, not disabled, whose email the provider reports verified (email_verified), ' +
      'signs in. Anything else redirects to /login?sso=<code>: unavailable, failed, denied, unverified or no_account.',
  })
  @ApiQuery({ name: 'code', required: false, description: "The provider's authorization code" })
  @ApiQuery({ name: 'state', required: false, description: 'The state of the login this answers' })
  @ApiQuery({ name: 'error', required: false, description: "The provider's refusal (access_denied, say)" })
  @ApiFoundResponse({ description: 'To the console (returnTo), or to /login?sso=<code>' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured', type: ApiErrorResponse })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertEnabled(req);
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const loginCookie = this.loginCookie.read(req);
    this.loginCookie.clear(res);
    try {
      const signedIn = await this.oidc.finish(query, loginCookie);
      this.sessionCookie.set(res, signedIn.cookie);
      res.redirect(302, signedIn.returnTo);
    } catch (error) {
      if (!(error instanceof SsoRefusal)) throw error;
      res.redirect(302, refusedAt(error.code));
    }
  }

  /** Without single sign-on the routes answer as if they did not exist. */
  private assertEnabled(req: Request): void {
    if (!this.oidc.enabled) throw new NotFoundException(`Cannot GET ${req.path}`);
  }
}
