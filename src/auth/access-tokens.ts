import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '../common/access/actor.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { Role } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

/** The claims of an access token. The role is informative only: the guard reads it from the database. */
export interface AccessTokenPayload {
  sub: string;
  role: Role;
  /** The user's token version when the token was issued; any change of role or municipalities raises it. */
  ver: number;
  /** The console session the token was issued for. */
  sid?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one algorithm access tokens are signed and verified with; a token's own `alg` is never trusted. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
/** The `iss` of every access token: this service. */
export const ACCESS_TOKEN_ISSUER = 'mentornett';
/** The `aud` of every access token: this service's API (and its admin pages). */
export const ACCESS_TOKEN_AUDIENCE = 'mentornett-api';

/** token_version is a PostgreSQL integer: a larger `ver` is no token of ours (and would fail the query). */
const MAX_VERSION = 2 ** 31 - 1;

/** The bearer token of an Authorization header, when it has the shape of a JWT. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_.+/=]*)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Issues access tokens, and finds the caller a token proves: the one place that reads them. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(user: { id: string; role: Role }, session: { id: string; tokenVersion: number }): Promise<string> {
    const payload: AccessTokenPayload = { sub: user.id, role: user.role, ver: session.tokenVersion, sid: session.id };
    return this.jwt.signAsync(payload, {
      expiresIn: this.config.ACCESS_TOKEN_TTL,
      algorithm: ACCESS_TOKEN_ALGORITHM,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
  }

  /**
   * The claims of a token this service signed, unexpired and well formed; null for anything else
   * (never an exception): HS256 only, an `exp` that has not passed, `iss` and `aud` of this
   * service, a UUID `sub`, an integer `ver`.
   */
  async verify(token: string): Promise<AccessTokenPayload | null> {
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token, { algorithms: [ACCESS_TOKEN_ALGORITHM] });
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || payload === null) return null;
    const { sub, role, ver, sid, exp, iss, aud } = payload as Partial<AccessTokenPayload> & {
      exp?: unknown;
      iss?: unknown;
      aud?: unknown;
    };
    // jsonwebtoken checks an `exp` only when there is one: a token without one would never expire.
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
    if (iss !== ACCESS_TOKEN_ISSUER || aud !== ACCESS_TOKEN_AUDIENCE) return null;
    if (typeof sub !== 'string' || !UUID.test(sub)) return null;
    if (typeof ver !== 'number' || !Number.isInteger(ver) || ver < 0 || ver > MAX_VERSION) return null;
    if (sid !== undefined && (typeof sid !== 'string' || !UUID.test(sid))) return null;
    return { sub, role: role as Role, ver, ...(sid === undefined ? {} : { sid }) };
  }

  /**
   * The caller a token proves, fresh from the database in one query: null when the token is bad
   * or expired, was issued before a change of the user's role or municipalities, belongs to a
   * session that has ended, or its user is disabled or gone.
   */
  async actorOf(token: string): Promise<Actor | null> {
    const claims = await this.verify(token);
    if (!claims) return null;
    return this.users.findActor(claims.sub, { version: claims.ver, sessionId: claims.sid ?? null });
  }
}
