import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { generateSecret, generateURI, verify } from 'otplib';
import { AuditService } from '../../audit/audit.service.js';
import { Clock } from '../../common/clock.js';
import { NotFoundError } from '../../common/errors.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';
import type { Role, User } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { AccountLockout } from '../account-lockout.js';
import {
  MfaAlreadyEnabledError,
  MfaNotEnabledError,
  MfaNotEnrollingError,
  MfaTokenInvalidError,
  WrongCodeError,
  WrongLoginCodeError,
} from '../auth.errors.js';
import type { MfaChallengeResponse, MfaEnrolmentResponse, MfaStatusResponse } from '../dto/mfa.dto.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { MFA_TOKEN_TTL, MfaTokens, passwordFingerprint } from './mfa-tokens.js';
import { MfaRepository, type StoredFactor } from './mfa.repository.js';
import { isAppCode, newRecoveryCode, normalisedRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { TotpSecretBox } from './totp-secret-box.js';

/** The name authenticator apps show above the code. */
const ISSUER = 'Mentornett';
/** A code of the time step before or after the server's is taken too (clocks of phones drift). */
const TOLERANCE_SECONDS = 30;

/** What the second step of a login proved: the user, and the recovery codes of a factor it enrolled. */
export interface SecondStep {
  user: User;
  recoveryCodes?: string[];
}

/**
 * The second factor (TOTP, RFC 6238): enrolment, confirmation with ten recovery codes, the second
 * step of a login, turning it off. A code is taken once (the last time step accepted is kept per
 * user); a recovery code works once; wrong codes at login count toward the account lockout like
 * wrong passwords. Codes and secrets are never logged.
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly factors: MfaRepository,
    private readonly box: TotpSecretBox,
    private readonly tokens: MfaTokens,
    private readonly users: UsersService,
    private readonly lockout: AccountLockout,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  requiredFor(role: Role): boolean {
    return this.config.MFA_REQUIRED_ROLES.includes(role);
  }

  /**
   * After a password was checked: null when the login needs no second step; else what the login
   * answers instead of an access token. A user whose role requires a factor and who has none gets
   * a new secret to enrol with (any enrolment left unfinished is started over).
   */
  async challenge(user: User): Promise<MfaChallengeResponse | null> {
    const factor = await this.factors.find(user.id);
    if (factor?.confirmedAt) return { mfaRequired: true, mfaToken: await this.tokens.issue(user, 'verify') };
    if (!this.requiredFor(user.role)) return null;
    const enrolment = await this.startEnrolment(user);
    return { mfaRequired: true, enrolRequired: true, mfaToken: await this.tokens.issue(user, 'enrol'), ...enrolment };
  }

  async status(userId: string, role: Role): Promise<MfaStatusResponse> {
    const factor = await this.factors.find(userId);
    const enabled = factor?.confirmedAt != null;
    return {
      enabled,
      required: this.requiredFor(role),
      recoveryCodesLeft: enabled ? (await this.factors.unusedRecoveryCodes(userId)).length : 0,
    };
  }

  /** A new secret for a logged-in user; an unfinished enrolment starts over. */
  async enrol(userId: string): Promise<MfaEnrolmentResponse> {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError('User');
    return this.startEnrolment(user);
  }

  /** Confirms the enrolment in progress with a code of the app; answers the ten recovery codes. */
  async confirm(userId: string, code: string): Promise<string[]> {
    const factor = await this.factors.find(userId);
    if (!factor || factor.confirmedAt) throw new MfaNotEnrollingError();
    if (!(await this.takeAppCode(userId, factor, code))) throw new WrongCodeError();
    return this.finishEnrolment(userId);
  }

  /**
   * Turns the second factor off. A confirmed one asks for a current code of the app or a recovery
   * code, so an access token alone (a browser left open) cannot remove it; an enrolment that was
   * never confirmed is simply dropped.
   */
  async disable(userId: string, code: string): Promise<void> {
    const factor = await this.factors.find(userId);
    if (!factor) throw new MfaNotEnabledError();
    if (factor.confirmedAt && !(await this.takeCode(userId, factor, code))) throw new WrongCodeError();
    await this.factors.remove(userId);
  }

  /**
   * The second step of a login: the mfaToken must be valid, unused and of a user still as checked
   * (same password, not disabled); the code a fresh one of the app or an unused recovery code. For
   * an enrolling login the code confirms the new factor and the recovery codes come back.
   */
  async completeLogin(mfaToken: string, code: string): Promise<SecondStep> {
    const claims = await this.tokens.verify(mfaToken);
    if (!claims) return this.refused(null, new MfaTokenInvalidError());
    const user = await this.users.findById(claims.userId);
    if (!user || user.disabled || passwordFingerprint(user.passwordHash) !== claims.pw)
      return this.refused(user?.id ?? null, new MfaTokenInvalidError());
    const factor = await this.factors.find(user.id);
    const enrolling = claims.purpose === 'enrol';
    if (!factor || (factor.confirmedAt !== null) === enrolling)
      return this.refused(user.id, new MfaTokenInvalidError());

    const right = enrolling
      ? await this.takeAppCode(user.id, factor, code)
      : await this.takeCode(user.id, factor, code);
    if (!right) {
      const wait = await this.lockout.failed(user.email);
      if (wait > 0) await this.audit.record(null, 'auth.locked', 'user', [{ id: user.id }]);
      return this.refused(user.id, new WrongLoginCodeError());
    }
    if (!(await this.spend(claims.jti))) return this.refused(user.id, new MfaTokenInvalidError());
    await this.lockout.succeeded(user.email);
    return enrolling ? { user, recoveryCodes: await this.finishEnrolment(user.id) } : { user };
  }

  /** A second step refused is a failed login, audited as one (naming the account when the token did). */
  private async refused(userId: string | null, error: Error): Promise<never> {
    await this.audit.record(null, 'auth.login_failed', 'user', [{ id: userId }]);
    throw error;
  }

  private async startEnrolment(user: User): Promise<MfaEnrolmentResponse> {
    const secret = generateSecret();
    const stored = await this.factors.startEnrolment(user.id, this.box.seal(user.id, secret), this.clock.now());
    if (!stored) throw new MfaAlreadyEnabledError();
    return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  private async finishEnrolment(userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
    if (!(await this.factors.confirm(userId, hashes, this.clock.now()))) throw new MfaNotEnrollingError();
    return codes;
  }

  /** A code of the app, or a recovery code, taken (so it cannot be used again). */
  private takeCode(userId: string, factor: StoredFactor, code: string): Promise<boolean> {
    return isAppCode(code) ? this.takeAppCode(userId, factor, code) : this.takeRecoveryCode(userId, code);
  }

  /** True when the code is the app's for now (± one step) and of a later time step than any taken before. */
  private async takeAppCode(userId: string, factor: StoredFactor, code: string): Promise<boolean> {
    if (!isAppCode(code)) return false;
    const secret = this.box.open(userId, factor.secretCiphertext);
    if (secret === null) return false;
    let timeStep: number;
    try {
      const result = await verify({
        secret,
        token: code,
        epoch: Math.floor(this.clock.now().getTime() / 1000),
        epochTolerance: TOLERANCE_SECONDS,
      });
      if (!result.valid || !('timeStep' in result)) return false;
      timeStep = result.timeStep;
    } catch {
      return false;
    }
    if (factor.lastTimeStep !== null && timeStep <= factor.lastTimeStep) return false;
    return this.factors.takeTimeStep(userId, timeStep);
  }

  private async takeRecoveryCode(userId: string, code: string): Promise<boolean> {
    const typed = normalisedRecoveryCode(code);
    for (const { id, codeHash } of await this.factors.unusedRecoveryCodes(userId)) {
      if (await verifyPassword(codeHash, typed)) return this.factors.useRecoveryCode(id, this.clock.now());
    }
    return false;
  }

  /** Marks an mfaToken used; false when it was used before. With Redis away, the codes' own single use still holds. */
  private async spend(jti: string): Promise<boolean> {
    try {
      return (await this.redis.set(`mfa-token-used:${jti}`, '1', 'EX', MFA_TOKEN_TTL + 60, 'NX')) === 'OK';
    } catch {
      return true;
    }
  }
}
