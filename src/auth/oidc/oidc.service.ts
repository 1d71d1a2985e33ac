import { createHash } from 'node:crypto';
import { AuditService } from '../../audit/audit.service.js';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import * as client from 'openid-client';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';
import { UsersService } from '../../users/users.service.js';
import { SealedValues } from '../sealed-values.js';
import { SessionsService, type SessionCookieValue } from '../sessions.service.js';
import { OIDC_LOGIN_SECONDS } from './oidc-login-cookie.js';
import { SsoRefusal } from './oidc.errors.js';
import { safeReturnTo } from './return-to.js';

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** Seconds to wait for the provider on each request (discovery, token, keys, userinfo). */
const PROVIDER_TIMEOUT_SECONDS = 10;

/** What the login cookie carries from the login to the callback. */
interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/**
 * Single sign-on with an OpenID provider (authorization code flow with PKCE, state and nonce).
 * Only users an admin created sign in, matched by the provider's verified email; the session
 * opened is the same as a password login's. The provider's metadata is discovered on the first
 * sign-in and kept; a failed discovery is tried again on the next.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered: Promise<client.Configuration> | null = null;

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly sealed: SealedValues,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Whether single sign-on is configured (OIDC_ISSUER and its client). */
  get enabled(): boolean {
    return this.config.OIDC_ISSUER !== undefined;
  }

  /** The provider's authorization URL to send the browser to, and the sealed login cookie to set. */
  async start(returnTo: unknown): Promise<{ redirectTo: string; cookie: string }> {
    const provider = await this.provider();
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo: safeReturnTo(returnTo),
    };
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri(),
      scope: 'openid email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    const cookie = this.sealed.seal('oidc-login', { ...pending }, OIDC_LOGIN_SECONDS, this.clock.now());
    return { redirectTo: url.href, cookie };
  }

  /**
   * Completes a sign-in from the provider's answer (the callback's query string) and the login
   * cookie: opens a session for the user of the verified email, and says where to go. Throws an
   * SsoRefusal for everything else. A login cookie serves one callback only.
   */
  async finish(query: string, loginCookie: string | null): Promise<{ cookie: SessionCookieValue; returnTo: string }> {
    const pending = this.pendingLogin(loginCookie);
    const answer = new URL(`${this.redirectUri()}${query}`);
    if (answer.searchParams.has('error')) throw new SsoRefusal('denied');
    if (answer.searchParams.get('state') !== pending.state) throw new SsoRefusal('failed');
    await this.useOnce(pending.state);
    const provider = await this.provider();
    const { sub, email, emailVerified } = await this.identity(provider, answer, pending);
    if (!emailVerified) throw new SsoRefusal('unverified');
    const user = email === null ? null : await this.users.findByEmail(email);
    if (!user || user.disabled) {
      this.logger.log({ subject: hashed(sub) }, 'Single sign-on by no user of this service');
      await this.audit.record(null, 'auth.login_failed', 'user', [{ id: user?.id ?? null }]);
      throw new SsoRefusal('no_account');
    }
    const session = await this.sessions.open(user.id, user.passwordHash);
    if (!session) throw new SsoRefusal('no_account');
    await this.audit.record(user, 'auth.login', 'user', [{ id: user.id }]);
    return { cookie: session.cookie, returnTo: pending.returnTo };
  }

  private pendingLogin(value: string | null): PendingLogin {
    const payload = this.sealed.open('oidc-login', value, this.clock.now());
    const { state, nonce, verifier, returnTo } = payload ?? {};
    if (
      typeof state !== 'string' ||
      typeof nonce !== 'string' ||
      typeof verifier !== 'string' ||
      typeof returnTo !== 'string'
    ) {
      throw new SsoRefusal('failed');
    }
    return { state, nonce, verifier, returnTo: safeReturnTo(returnTo) };
  }

  /** The first callback with a state wins; the same login cookie again (a replay) is refused. */
  private async useOnce(state: string): Promise<void> {
    const key = `oidc:used-state:${createHash('sha256').update(state).digest('base64url')}`;
    const first = await this.redis.set(key, '1', 'EX', OIDC_LOGIN_SECONDS, 'NX').catch(() => {
      throw new SsoRefusal('unavailable');
    });
    if (first !== 'OK') throw new SsoRefusal('failed');
  }

  /** Redeems the code (with the verifier, checking state and nonce) and reads who signed in. */
  private async identity(
    provider: client.Configuration,
    answer: URL,
    pending: PendingLogin,
  ): Promise<{ sub: string; email: string | null; emailVerified: boolean }> {
    try {
      const tokens = await client.authorizationCodeGrant(provider, answer, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      const claims = tokens.claims();
      if (!claims) throw new SsoRefusal('failed');
      let source: Record<string, unknown> = claims;
      if (claims.email === undefined) {
        source = await client.fetchUserInfo(provider, tokens.access_token, claims.sub);
      }
      return {
        sub: claims.sub,
        email: typeof source.email === 'string' ? source.email : null,
        emailVerified: source.email_verified === true && typeof source.email === 'string',
      };
    } catch (error) {
      throw this.refusalFor(error);
    }
  }

  /** The provider's configuration, discovered once; an unreachable provider is an 'unavailable' refusal. */
  private async provider(): Promise<client.Configuration> {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = this.config;
    if (OIDC_ISSUER === undefined || OIDC_CLIENT_ID === undefined) throw new SsoRefusal('unavailable');
    if (!this.discovered) {
      const issuer = new URL(OIDC_ISSUER);
      this.discovered = client.discovery(issuer, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // Config allows http only for a provider on this machine (tests).
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      });
      this.discovered.catch(() => {
        this.discovered = null;
      });
    }
    try {
      return await this.discovered;
    } catch (error) {
      this.logger.warn({ reason: reasonOf(error) }, 'The OpenID provider could not be discovered');
      throw new SsoRefusal('unavailable');
    }
  }

  private redirectUri(): string {
    return `${this.config.PUBLIC_URL}${OIDC_CALLBACK_PATH}`;
  }

  /** A provider that cannot be reached is 'unavailable'; any answer that does not check out is 'failed'. */
  private refusalFor(error: unknown): SsoRefusal {
    if (error instanceof SsoRefusal) return error;
    const unreachable =
      error instanceof TypeError || (error instanceof Error && ['TimeoutError', 'AbortError'].includes(error.name));
    this.logger.warn({ reason: reasonOf(error) }, 'A single sign-on did not check out');
    return new SsoRefusal(unreachable ? 'unavailable' : 'failed');
  }
}

/** An error's name and code, never its message (which may quote a token or a claim). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code = (error as Error & { code?: unknown; error?: unknown }).code ?? (error as { error?: unknown }).error;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}

/** A subject identifier fit for the log: a short hash, so repeated attempts can be told apart. */
function hashed(sub: string): string {
  return createHash('sha256').update(sub).digest('base64url').slice(0, 12);
}
