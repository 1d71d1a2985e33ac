import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { InvalidCredentialsError, NotFoundError } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { UserResponse } from '../users/dto/user.response.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AccountLockout } from './account-lockout.js';
import { assertStrongPassword } from './password-strength.js';
import { AccessTokens } from './access-tokens.js';
import { MfaTokenInvalidError, SessionEndedError, WrongCurrentPasswordError } from './auth.errors.js';
import type { ChangePasswordDto, UpdateAccountDto } from './dto/account.dto.js';
import type { LoginDto, LoginResponse } from './dto/login.dto.js';
import type { MfaChallengeResponse, MfaLoginResponse } from './dto/mfa.dto.js';
import { MfaService } from './mfa/mfa.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SessionsService, type IssuedSession, type SessionCookieValue } from './sessions.service.js';

/** An access token for the caller, and the session cookie value the browser is to keep. */
export interface SignedIn {
  response: LoginResponse;
  cookie: SessionCookieValue;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokens,
    private readonly lockout: AccountLockout,
    private readonly mfa: MfaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * One answer for an unknown email, a wrong password and a disabled account, in the same time.
   * Opens a console session besides the access token, or, when a second factor is on (or the
   * role requires one), answers the challenge of the second step and opens nothing: the lockout's
   * count then goes on until the second step succeeds, so a known password cannot reset it
   * between guesses of the code. Audited: a login names the account as actor and subject; a
   * failed one names no actor, and the account as subject only when the email is one (never the
   * email itself); a failure that makes the account wait adds `auth.locked`.
   */
  async login(dto: LoginDto): Promise<SignedIn | { challenge: MfaChallengeResponse }> {
    const user = await this.users.findByEmail(dto.email);
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !ok || user.disabled) {
      const wait = await this.lockout.failed(dto.email);
      const subject = [{ id: user?.id ?? null }];
      await this.audit.record(null, 'auth.login_failed', 'user', subject);
      if (wait > 0) await this.audit.record(null, 'auth.locked', 'user', subject);
      throw new InvalidCredentialsError();
    }
    const challenge = await this.mfa.challenge(user);
    if (challenge) return { challenge };
    await this.lockout.succeeded(dto.email);
    const session = await this.sessions.open(user.id, user.passwordHash);
    if (!session) throw new InvalidCredentialsError();
    await this.audit.record(user, 'auth.login', 'user', [{ id: user.id }]);
    return this.signedIn(user, session);
  }

  /** The second step of a login (POST /auth/mfa): opens the session a password login would have. */
  async completeMfaLogin(
    mfaToken: string,
    code: string,
  ): Promise<{ response: MfaLoginResponse; cookie: SessionCookieValue }> {
    const { user, recoveryCodes } = await this.mfa.completeLogin(mfaToken, code);
    const session = await this.sessions.open(user.id, user.passwordHash);
    if (!session) throw new MfaTokenInvalidError();
    await this.audit.record(user, 'auth.login', 'user', [{ id: user.id }]);
    const signedIn = await this.signedIn(user, session);
    return {
      response: recoveryCodes ? { ...signedIn.response, recoveryCodes } : signedIn.response,
      cookie: signedIn.cookie,
    };
  }

  /** A new access token and a new cookie value for a live session; the old value stops working. */
  async refresh(cookie: string | null): Promise<SignedIn> {
    const session = await this.sessions.refresh(cookie);
    const user = await this.users.findById(session.userId);
    if (!user) throw new SessionEndedError();
    return this.signedIn(user, session);
  }

  /** Ends the cookie's session and the one the bearer token (if any, and valid) was issued for. */
  async logout(cookie: string | null, bearer: string | null): Promise<void> {
    const claims = bearer === null ? null : await this.tokens.verify(bearer);
    await this.sessions.logout(cookie, claims?.sid ?? null);
  }

  async account(actor: Actor): Promise<UserResponse> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new NotFoundError('User');
    return UserResponse.from(user);
  }

  async updateAccount(actor: Actor, dto: UpdateAccountDto): Promise<UserResponse> {
    return UserResponse.from(
      await this.users.updateProfile(actor.id, { name: dto.name, preferredLanguage: dto.preferredLanguage }),
    );
  }

  /**
   * Replaces the caller's password and ends their other sessions; the session of this request
   * (its cookie, and the one its access token was issued for) stays open.
   */
  async changePassword(actor: Actor, dto: ChangePasswordDto, cookie: string | null): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new NotFoundError('User');
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) throw new WrongCurrentPasswordError();
    assertStrongPassword('newPassword', dto.newPassword, [user.email, user.name]);
    await this.sessions.replacePassword(user.id, await hashPassword(dto.newPassword), {
      token: cookie,
      sessionId: actor.sessionId ?? null,
    });
  }

  private async signedIn(user: User, session: IssuedSession): Promise<SignedIn> {
    const accessToken = await this.tokens.issue(user, session);
    return {
      response: { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL, user: UserResponse.from(user) },
      cookie: session.cookie,
    };
  }
}
