import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { LoginResponse } from './login.dto.js';

/** Six digits from the authenticator app, or a recovery code (ten letters and digits, a hyphen optional). */
export const MFA_CODE_PATTERN = /^(\d{6}|[a-z2-9]{5}[- ]?[a-z2-9]{5})$/i;
const CODE_MESSAGE = 'code must be the 6 digits from the authenticator app or a recovery code such as abcde-23456';

export class MfaCodeDto {
  @ApiProperty({
    description: 'The 6 digits the authenticator app shows now, or (where it says so) one of the recovery codes',
    example: '123456',
  })
  @Transform(trimmed)
  @IsString()
  @Matches(MFA_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;
}

/** Confirming an enrolment takes a code of the app only: it proves the app holds the secret. */
export class MfaConfirmDto {
  @ApiProperty({ description: 'The 6 digits the authenticator app shows now', example: '123456' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the authenticator app' })
  code!: string;
}

export class MfaLoginDto {
  @ApiProperty({ description: 'The mfaToken POST /auth/login answered with (valid 5 minutes)' })
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  mfaToken!: string;

  @ApiProperty({
    description:
      'The 6 digits the authenticator app shows now, or one of the recovery codes (each works once). ' +
      'For a login that enrols (enrolRequired), the app code only.',
    example: '123456',
  })
  @Transform(trimmed)
  @IsString()
  @Matches(MFA_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;
}

export class MfaEnrolmentResponse {
  @ApiProperty({ description: 'The TOTP secret in Base32, for typing into an authenticator app that cannot scan' })
  secret!: string;

  @ApiProperty({
    description: 'The otpauth:// URI of the secret, for a QR code',
    example: 'otpauth://totp/Mentornett:…',
  })
  otpauthUrl!: string;
}

export class MfaRecoveryCodesResponse {
  @ApiProperty({
    description: 'Ten one-time recovery codes, shown this once (only their hashes are kept)',
    type: [String],
  })
  recoveryCodes!: string[];
}

export class MfaStatusResponse {
  @ApiProperty({ description: 'A confirmed second factor is on: logins ask for a code' })
  enabled!: boolean;

  @ApiProperty({ description: "The caller's role must have a second factor (MFA_REQUIRED_ROLES)" })
  required!: boolean;

  @ApiProperty({ description: 'Recovery codes not used yet' })
  recoveryCodesLeft!: number;
}

/** The answer of POST /auth/login when a second step must follow: no access token, no cookie. */
export class MfaChallengeResponse {
  @ApiProperty({ description: 'Always true: complete the login with POST /auth/mfa', enum: [true] })
  mfaRequired!: true;

  @ApiPropertyOptional({
    description:
      'True when the role requires a second factor (MFA_REQUIRED_ROLES) and the user has none: add the secret ' +
      'to an authenticator app, then POST /auth/mfa with its code enrols and completes the login',
  })
  enrolRequired?: boolean;

  @ApiProperty({ description: 'For POST /auth/mfa only (not a bearer token); valid 5 minutes' })
  mfaToken!: string;

  @ApiPropertyOptional({ description: 'With enrolRequired: the new TOTP secret in Base32' })
  secret?: string;

  @ApiPropertyOptional({ description: 'With enrolRequired: the otpauth:// URI of the secret, for a QR code' })
  otpauthUrl?: string;
}

export class MfaLoginResponse extends LoginResponse {
  @ApiPropertyOptional({
    description: 'After a login that enrolled: ten one-time recovery codes, shown this once',
    type: [String],
  })
  recoveryCodes?: string[];
}
