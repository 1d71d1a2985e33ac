import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, Public, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UserResponse } from '../users/dto/user.response.js';
import { bearerToken } from './access-tokens.js';
import { SessionEndedError } from './auth.errors.js';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, UpdateAccountDto } from './dto/account.dto.js';
import { AuthOptionsResponse } from './dto/auth-options.dto.js';
import { LoginDto, LoginResponse } from './dto/login.dto.js';
import { MfaChallengeResponse } from './dto/mfa.dto.js';
import { OidcService } from './oidc/oidc.service.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { PasswordRateLimitGuard } from './password-rate-limit.guard.js';
import { SESSION_COOKIE, SessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
    private readonly oidc: OidcService,
  ) {}

  @Get('options')
  @Public()
  @ApiOperation({ summary: 'How one may log in: whether single sign-on (GET /auth/oidc/login) is offered' })
  @ApiOkResponse({ description: 'The ways to log in', type: AuthOptionsResponse })
  options(): AuthOptionsResponse {
    return { oidc: this.oidc.enabled };
  }

  @Post('login')
  @ApiInvalidInputResponse()
  @HttpCode(200)
  @Public()
  @UseGuards(LoginRateLimitGuard)
  @ApiOperation({
    summary: 'Log in with email and password; returns a short-lived access token and opens a console session',
    description: `Sets the ${SESSION_COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/api/v1/auth) that POST /auth/refresh renews.`,
  })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or a disabled account (the same answer for all)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this address and email; wait a minute' })
  @ApiExtraModels(LoginResponse, MfaChallengeResponse)
  @ApiOkResponse({
    description:
      'Logged in; or, for a user with a second factor (or whose role requires one, MFA_REQUIRED_ROLES), ' +
      '{mfaRequired: true, mfaToken} and no access token or cookie: POST /auth/mfa completes the login',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponse) }, { $ref: getSchemaPath(MfaChallengeResponse) }] },
  })
  async login(
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse | MfaChallengeResponse> {
    const outcome = await this.auth.login(dto);
    if ('challenge' in outcome) return outcome.challenge;
    this.cookie.set(res, outcome.cookie);
    return outcome.response;
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'A new access token for the session of the cookie (no body); the cookie gets a new value',
    description:
      `Reads the ${SESSION_COOKIE} cookie only (no bearer token, no body). ` +
      'The old cookie value stops working. Presenting a value that was already replaced ends the whole session. ' +
      'A session ends after SESSION_IDLE_MINUTES without a refresh and SESSION_MAX_HOURS after its login. ' +
      'Refresh one request at a time: two at once with the same value count as a replaced value presented again.',
  })
  @ApiOkResponse({ description: 'The session goes on', type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'No cookie, or its session has ended; the cookie is cleared' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    try {
      const signedIn = await this.auth.refresh(this.cookie.read(req));
      this.cookie.set(res, signedIn.cookie);
      return signedIn.response;
    } catch (error) {
      if (error instanceof SessionEndedError) this.cookie.clear(res);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'End the session of the cookie (and of the bearer token, if one comes) and clear the cookie',
    description: `Reads the ${SESSION_COOKIE} cookie; answers 204 and clears it even when no session was open.`,
  })
  @ApiNoContentResponse({ description: 'Logged out (also when there was no session to end)' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(this.cookie.read(req), bearerToken(req.headers.authorization));
    this.cookie.clear(res);
  }

  @Get('me')
  @Roles('admin', 'lead', 'coordinator')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The caller's own account" })
  @ApiOkResponse({ description: 'The caller', type: UserResponse })
  account(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return this.auth.account(actor);
  }

  @Patch('me')
  @Roles('admin', 'lead', 'coordinator')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Change the caller's own name or language" })
  @ApiOkResponse({ description: 'The caller as changed', type: UserResponse })
  @ApiInvalidInputResponse()
  updateAccount(@CurrentActor() actor: Actor, @Body() dto: UpdateAccountDto): Promise<UserResponse> {
    return this.auth.updateAccount(actor, dto);
  }

  @Post('password')
  @HttpCode(204)
  @Roles('admin', 'lead', 'coordinator')
  @UseGuards(PasswordRateLimitGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Change the caller's password; their other sessions end, this one stays",
  })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiBadRequestResponse({
    description: 'The new password is too short or long, or currentPassword is wrong (code wrong_password)',
    type: ApiErrorResponse,
  })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this user; wait a minute' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
  ): Promise<void> {
    await this.auth.changePassword(actor, dto, this.cookie.read(req));
  }
}
