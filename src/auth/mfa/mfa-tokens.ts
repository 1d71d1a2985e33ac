import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../../common/clock.js';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_ISSUER } from '../access-tokens.js';

/**
 * The `aud` of an mfaToken. It differs from the access tokens' (mentornett-api), so the API's
 * guard refuses an mfaToken as a bearer token, and an access token is no mfaToken.
 */
export const MFA_TOKEN_AUDIENCE = 'mentornett-mfa';
/** Seconds an mfaToken lives: the time to type a code after the password. */
export const MFA_TOKEN_TTL = 300;

/** What the second step is: a code of a confirmed factor, or the first code of one enrolled at this login. */
export type MfaPurpose = 'verify' | 'enrol';

export interface MfaClaims {
  userId: string;
  purpose: MfaPurpose;
  /** The token's id, so it completes one login only. */
  jti: string;
  /** A fingerprint of the password hash checked: a password change in between voids the token. */
  pw: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

/**
 * The mfaToken a password login answers with when a second factor is to follow: a JWT of this
 * service for the mfa audience, bound to the user and the password checked, expiring after
 * MFA_TOKEN_TTL seconds by the app's clock.
 */
@Injectable()
export class MfaTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  issue(user: { id: string; passwordHash: string }, purpose: MfaPurpose): Promise<string> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.signAsync(
      { sub: user.id, mfa: purpose, pw: passwordFingerprint(user.passwordHash), iat, exp: iat + MFA_TOKEN_TTL },
      {
        algorithm: ACCESS_TOKEN_ALGORITHM,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: MFA_TOKEN_AUDIENCE,
        jwtid: randomUUID(),
      },
    );
  }

  /** The claims of a valid, unexpired mfaToken; null for anything else. */
  async verify(token: string): Promise<MfaClaims | null> {
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: MFA_TOKEN_AUDIENCE,
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || payload === null) return null;
    const { sub, mfa, pw, jti, exp } = payload as Record<string, unknown>;
    if (typeof exp !== 'number') return null;
    if (typeof sub !== 'string' || !UUID.test(sub)) return null;
    if (mfa !== 'verify' && mfa !== 'enrol') return null;
    if (typeof pw !== 'string' || typeof jti !== 'string') return null;
    return { userId: sub, purpose: mfa, pw, jti };
  }
}
