import { Body, Controller, Delete, Get, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Public, Roles } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import {
  ApiErrorResponse,
  ApiInvalidInputResponse,
  ApiStateConflictResponse,
} from '../../common/api-error.response.js';
import { AuthService } from '../auth.service.js';
import {
  MfaCodeDto,
  MfaConfirmDto,
  MfaEnrolmentResponse,
  MfaLoginDto,
  MfaLoginResponse,
  MfaRecoveryCodesResponse,
  MfaStatusResponse,
} from '../dto/mfa.dto.js';
import { SESSION_COOKIE, SessionCookie } from '../session-cookie.js';
import { MfaCodeRateLimitGuard, MfaLoginRateLimitGuard } from './mfa-rate-limit.guard.js';
import { MfaService } from './mfa.service.js';

@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(
    private readonly auth: AuthService,
    private readonly mfa: MfaService,
    private readonly cookie: SessionCookie,
  ) {}

  @Post()
  @HttpCode(200)
  @Public()
  @UseGuards(MfaLoginRateLimitGuard)
  @ApiOperation({
    summary: 'The second step of a login: the mfaToken of POST /auth/login and a code; completes the login',
    description:
      `Answers as POST /auth/login does without a second factor (access token, user, the ${SESSION_COOKIE} cookie). ` +
      'The code is the one the authenticator app shows now (each is taken once) or a recovery code (each works ' +
      'once). When the login answered enrolRequired, the code (of the app) confirms the new factor and the ' +
      'answer adds the ten recovery codes. Wrong codes count toward the account lockout like wrong passwords.',
  })
  @ApiOkResponse({ description: 'Logged in', type: MfaLoginResponse })
  @ApiInvalidInputResponse()
  @ApiUnauthorizedResponse({
    description:
      'A wrong or reused code (code wrong_code, field code), or an mfaToken expired, used or no longer valid ' +
      '(code mfa_token_invalid: log in again)',
    type: ApiErrorResponse,
  })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts, or the account must wait after wrong codes' })
  async login(@Body() dto: MfaLoginDto, @Res({ passthrough: true }) res: Response): Promise<MfaLoginResponse> {
    const signedIn = await this.auth.completeMfaLogin(dto.mfaToken, dto.code);
    this.cookie.set(res, signedIn.cookie);
    return signedIn.response;
  }

  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The caller's second factor: on or off, required for their role, recovery codes left" })
  @ApiOkResponse({ description: 'The state', type: MfaStatusResponse })
  status(@CurrentActor() actor: Actor): Promise<MfaStatusResponse> {
    return this.mfa.status(actor.id, actor.role);
  }

  @Post('enrol')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Start enrolling a second factor (TOTP): a new secret for an authenticator app',
    description:
      'Nothing changes at login until POST /auth/mfa/confirm. Calling it again before confirming starts over ' +
      'with a new secret.',
  })
  @ApiOkResponse({ description: 'The secret, and its otpauth:// URI for a QR code', type: MfaEnrolmentResponse })
  @ApiStateConflictResponse('A second factor is already on (code mfa_already_enabled)')
  enrol(@CurrentActor() actor: Actor): Promise<MfaEnrolmentResponse> {
    return this.mfa.enrol(actor.id);
  }

  @Post('confirm')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @UseGuards(MfaCodeRateLimitGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Confirm the enrolment with a code of the app; answers ten one-time recovery codes, shown this once',
  })
  @ApiOkResponse({ description: 'The second factor is on', type: MfaRecoveryCodesResponse })
  @ApiInvalidInputResponse()
  @ApiStateConflictResponse('No enrolment is in progress (code mfa_not_enrolling)')
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this user; wait a minute' })
  async confirm(@CurrentActor() actor: Actor, @Body() dto: MfaConfirmDto): Promise<MfaRecoveryCodesResponse> {
    return { recoveryCodes: await this.mfa.confirm(actor.id, dto.code) };
  }

  @Delete()
  @HttpCode(204)
  @Roles('admin', 'lead', 'coordinator')
  @UseGuards(MfaCodeRateLimitGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Turn the second factor off, with a current code of the app or a recovery code',
    description:
      'A code, not the password: an open browser or a stolen access token alone cannot remove the factor. ' +
      'An enrolment never confirmed is dropped whatever the code. A role in MFA_REQUIRED_ROLES enrols again at ' +
      'the next login.',
  })
  @ApiNoContentResponse({ description: 'Off' })
  @ApiInvalidInputResponse()
  @ApiStateConflictResponse('No second factor is on (code mfa_not_enabled)')
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this user; wait a minute' })
  async disable(@CurrentActor() actor: Actor, @Body() dto: MfaCodeDto): Promise<void> {
    await this.mfa.disable(actor.id, dto.code);
  }
}
