import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';
import { IsContactEmail } from '../common/contact-fields.js';
import { ROLES, type Role } from '../users/user.entity.js';

/** A yes/no variable: true, 1, false or 0; absent means the default. */
function flag(byDefault: boolean) {
  return Transform(({ value }: { value: unknown }) => {
    if (value === undefined) return byDefault;
    if (value === true || value === 'true' || value === '1') return true;
    if (value === false || value === 'false' || value === '0') return false;
    return value;
  });
}

/** A whole number written in decimal digits; anything else (0x10, 1e3, 12abc) stays text for @IsInt to refuse. */
function decimal() {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value,
  );
}

/** The process environment, validated once at start; everything else reads this typed object. */
export class AppConfig {
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL!: string;

  @Matches(/^([^<>]*<[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)$/, {
    message: 'MAIL_FROM must be an address, optionally with a name: "Mentornett <post@example.org>"',
  })
  MAIL_FROM!: string;

  @IsString({ message: 'JWT_SECRET must be set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsString({ message: 'LINK_SECRET must be set' })
  @MinLength(32, { message: 'LINK_SECRET must be at least 32 characters' })
  LINK_SECRET!: string;

  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    {
      message: 'PUBLIC_URL must be an http(s) URL such as https://mentor.example.no',
    },
  )
  PUBLIC_URL!: string;

  @decimal()
  @IsInt({ message: 'PORT must be an integer from 1 to 65535' })
  @Min(1, { message: 'PORT must be an integer from 1 to 65535' })
  @Max(65535, { message: 'PORT must be an integer from 1 to 65535' })
  PORT = 3000;

  /** Address to listen on: 0.0.0.0 for every interface (a container), 127.0.0.1 for this machine only. */
  @Matches(/^[0-9A-Za-z.:-]{1,255}$/, { message: 'HOST must be an address or host name such as 0.0.0.0 or 127.0.0.1' })
  HOST = '0.0.0.0';

  /** Needed only until the first admin exists; see UsersService.ensureFirstAdmin. */
  @IsOptional()
  // The rule every email of the service follows, so the first admin can log in with it.
  @IsContactEmail({ message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  @MaxLength(200, { message: 'ADMIN_PASSWORD must be at most 200 characters' })
  ADMIN_PASSWORD?: string;

  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  @Matches(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'REDIS_PREFIX must be 1-64 letters, digits, ":", "_" or "-"' })
  REDIS_PREFIX = 'mentornett:';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** Lifetime of an access token in seconds. */
  @decimal()
  @IsInt({ message: 'ACCESS_TOKEN_TTL must be an integer number of seconds (60-86400)' })
  @Min(60, { message: 'ACCESS_TOKEN_TTL must be an integer number of seconds (60-86400)' })
  @Max(86400, { message: 'ACCESS_TOKEN_TTL must be an integer number of seconds (60-86400)' })
  ACCESS_TOKEN_TTL = 900;

  /** A console session ends this many minutes after its last refresh (or its login). */
  @decimal()
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be an integer from 1 to 1440' })
  @Min(1, { message: 'SESSION_IDLE_MINUTES must be an integer from 1 to 1440' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be an integer from 1 to 1440' })
  SESSION_IDLE_MINUTES = 60;

  /** A console session ends this many hours after its login, however busy. */
  @decimal()
  @IsInt({ message: 'SESSION_MAX_HOURS must be an integer from 1 to 720' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be an integer from 1 to 720' })
  @Max(720, { message: 'SESSION_MAX_HOURS must be an integer from 1 to 720' })
  SESSION_MAX_HOURS = 12;

  /** Login attempts allowed per client address and email within a minute. */
  @decimal()
  @IsInt({ message: 'LOGIN_RATE_LIMIT must be an integer from 1 to 1000' })
  @Min(1, { message: 'LOGIN_RATE_LIMIT must be an integer from 1 to 1000' })
  @Max(1000, { message: 'LOGIN_RATE_LIMIT must be an integer from 1 to 1000' })
  LOGIN_RATE_LIMIT = 10;

  /**
   * Roles (comma-separated: admin, lead, coordinator) whose users must have a second factor (TOTP):
   * one without must enrol at their next login. Default: none.
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((role) => role.trim())
          .filter(Boolean)
      : value,
  )
  @IsIn(ROLES, {
    each: true,
    message: `MFA_REQUIRED_ROLES must be roles among ${ROLES.join(', ')}, separated by commas`,
  })
  MFA_REQUIRED_ROLES: Role[] = [];

  /** Days a signed meeting link in a reminder stays valid. */
  @decimal()
  @IsInt({ message: 'LINK_TTL_DAYS must be an integer from 1 to 365' })
  @Min(1, { message: 'LINK_TTL_DAYS must be an integer from 1 to 365' })
  @Max(365, { message: 'LINK_TTL_DAYS must be an integer from 1 to 365' })
  LINK_TTL_DAYS = 45;

  /** Requests one client address may make to the signed meeting-link pages in 5 minutes. */
  @decimal()
  @IsInt({ message: 'LINK_RATE_LIMIT must be an integer from 1 to 10000' })
  @Min(1, { message: 'LINK_RATE_LIMIT must be an integer from 1 to 10000' })
  @Max(10000, { message: 'LINK_RATE_LIMIT must be an integer from 1 to 10000' })
  LINK_RATE_LIMIT = 30;

  /** Requests one signed meeting link may make to its pages in 5 minutes, from any number of addresses. */
  @decimal()
  @IsInt({ message: 'LINK_RATE_LIMIT_PER_LINK must be an integer from 1 to 10000' })
  @Min(1, { message: 'LINK_RATE_LIMIT_PER_LINK must be an integer from 1 to 10000' })
  @Max(10000, { message: 'LINK_RATE_LIMIT_PER_LINK must be an integer from 1 to 10000' })
  LINK_RATE_LIMIT_PER_LINK = 20;

  /** New meetings one signed meeting link may record in one programme-local day. */
  @decimal()
  @IsInt({ message: 'LINK_DAILY_MEETINGS must be an integer from 1 to 100' })
  @Min(1, { message: 'LINK_DAILY_MEETINGS must be an integer from 1 to 100' })
  @Max(100, { message: 'LINK_DAILY_MEETINGS must be an integer from 1 to 100' })
  LINK_DAILY_MEETINGS = 3;

  /** "false" for an API process that leaves the queues to `npm run worker` processes. */
  @flag(true)
  @IsBoolean({ message: 'RUN_WORKERS must be true or false' })
  RUN_WORKERS = true;

  /** "false" to leave the daily 09:00 sweeps unscheduled (tests that drive the sweep by hand). */
  @flag(true)
  @IsBoolean({ message: 'SCHEDULE_SWEEPS must be true or false' })
  SCHEDULE_SWEEPS = true;

  /** Emails sent at once by one process. */
  @decimal()
  @IsInt({ message: 'MAIL_CONCURRENCY must be an integer from 1 to 100' })
  @Min(1, { message: 'MAIL_CONCURRENCY must be an integer from 1 to 100' })
  @Max(100, { message: 'MAIL_CONCURRENCY must be an integer from 1 to 100' })
  MAIL_CONCURRENCY = 10;

  /** Tries of one email on transient SMTP failures (4xx, timeouts, refused connections). */
  @decimal()
  @IsInt({ message: 'MAIL_ATTEMPTS must be an integer from 1 to 30' })
  @Min(1, { message: 'MAIL_ATTEMPTS must be an integer from 1 to 30' })
  @Max(30, { message: 'MAIL_ATTEMPTS must be an integer from 1 to 30' })
  MAIL_ATTEMPTS = 10;

  /** First wait before a retry, in ms; it doubles on each try (10 tries from 30 s span about 4 hours). */
  @decimal()
  @IsInt({ message: 'MAIL_BACKOFF_MS must be an integer from 10 to 3600000' })
  @Min(10, { message: 'MAIL_BACKOFF_MS must be an integer from 10 to 3600000' })
  @Max(3_600_000, { message: 'MAIL_BACKOFF_MS must be an integer from 10 to 3600000' })
  MAIL_BACKOFF_MS = 30_000;

  /**
   * How long a worker holds a job before others may take it as stalled (its process died); a
   * live worker renews its hold. Lower only to make a crash recover faster in tests.
   */
  @decimal()
  @IsInt({ message: 'QUEUE_LOCK_MS must be an integer from 1000 to 600000' })
  @Min(1000, { message: 'QUEUE_LOCK_MS must be an integer from 1000 to 600000' })
  @Max(600_000, { message: 'QUEUE_LOCK_MS must be an integer from 1000 to 600000' })
  QUEUE_LOCK_MS = 30_000;

  /**
   * Months an audit row is kept before the daily job removes it. At least 12: the database itself
   * refuses to remove a younger row (migration AuditLog1796900000001).
   */
  @decimal()
  @IsInt({ message: 'AUDIT_RETENTION_MONTHS must be an integer from 12 to 1200' })
  @Min(12, { message: 'AUDIT_RETENTION_MONTHS must be an integer from 12 to 1200' })
  @Max(1200, { message: 'AUDIT_RETENTION_MONTHS must be an integer from 12 to 1200' })
  AUDIT_RETENTION_MONTHS = 60;

  /**
   * The municipality's own accessibility statement (uustatus.no, say); the console's footer links
   * to it. Unset, the console shows its own statement at /accessibility.
   */
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'ACCESSIBILITY_STATEMENT_URL must be an http(s) URL' },
  )
  ACCESSIBILITY_STATEMENT_URL?: string;

  /** The built console (web/dist); a process without it serves the API alone. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string;

  /**
   * Serve the OpenAPI document and Swagger UI at /docs. Default: on, except when NODE_ENV is
   * production (loadConfig decides).
   */
  @flag(true)
  @IsBoolean({ message: 'API_DOCS must be true or false' })
  API_DOCS = true;

  /**
   * Web origins (comma-separated, such as https://intranett.sortland.kommune.no) whose pages may
   * call the API from a browser, with credentials. Default: none (the console is same-origin).
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : value,
  )
  @Matches(/^https?:\/\/[^/\s,]+$/, {
    each: true,
    message: 'CORS_ORIGINS must be origins such as https://example.no, separated by commas (no paths)',
  })
  CORS_ORIGINS: string[] = [];

  /**
   * Single sign-on: the OpenID provider's issuer URL (https; http only for localhost in tests).
   * Set together with OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none of them (no single sign-on).
   */
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'OIDC_ISSUER must be an https URL such as https://login.example.no' },
  )
  @MaxLength(500, { message: 'OIDC_ISSUER must be at most 500 characters' })
  OIDC_ISSUER?: string;

  /** The client id this service has at the OpenID provider. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,255}$/, { message: 'OIDC_CLIENT_ID must be 1-255 printable characters without spaces' })
  OIDC_CLIENT_ID?: string;

  /** The client secret this service has at the OpenID provider. */
  @IsOptional()
  @Matches(/^[\x20-\x7e]{1,500}$/, { message: 'OIDC_CLIENT_SECRET must be 1-500 printable ASCII characters' })
  OIDC_CLIENT_SECRET?: string;

  /** "true" when this process should trust X-Forwarded-For from a reverse proxy. */
  @flag(false)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;
}

export class ConfigError extends Error {}

/** Blank values count as missing, so `PORT=` is caught rather than read as 0. */
function withoutBlanks(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

function firstMessage(error: ValidationError): string {
  const messages = Object.values(error.constraints ?? {});
  return messages[messages.length - 1] ?? `${error.property} is invalid`;
}

/** Hosts an http issuer may have: the provider a test runs on this machine. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Single sign-on is all three OIDC variables or none; the issuer is https unless it runs on this machine. */
function oidcProblems(config: AppConfig): string[] {
  const set = [config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET].filter((v) => v !== undefined);
  if (set.length === 0) return [];
  if (set.length < 3) return ['OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together'];
  let issuer: URL;
  try {
    issuer = new URL(config.OIDC_ISSUER ?? '');
  } catch {
    return []; // @IsUrl has said so already
  }
  if (issuer.protocol !== 'https:' && !LOCAL_HOSTS.has(issuer.hostname)) {
    return ['OIDC_ISSUER must be an https URL such as https://login.example.no'];
  }
  if (issuer.search || issuer.hash || issuer.username || issuer.password) {
    return ['OIDC_ISSUER must be an issuer URL without query, fragment or credentials'];
  }
  return [];
}

/**
 * Validates the environment. Throws a ConfigError whose message is one line naming every
 * missing or malformed variable; a variable's value is never echoed (it may be a secret).
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const required = ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'MAIL_FROM', 'JWT_SECRET', 'LINK_SECRET', 'PUBLIC_URL'];
  const present = withoutBlanks(env);
  const picked: Record<string, string> = {};
  for (const key of [...new Set([...known, ...required, 'ADMIN_EMAIL', 'ADMIN_PASSWORD'])]) {
    if (present[key] !== undefined) picked[key] = present[key];
  }
  const missing = required.filter((key) => picked[key] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(`Configuration: missing ${missing.join(', ')} (see the configuration table in README.md)`);
  }
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { whitelist: true });
  const problems = errors.map(firstMessage);
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  problems.push(...oidcProblems(config));
  if (problems.length > 0) throw new ConfigError(`Configuration: ${problems.join('; ')}`);
  config.PUBLIC_URL = config.PUBLIC_URL.replace(/\/+$/, '');
  if (picked.API_DOCS === undefined) config.API_DOCS = present.NODE_ENV !== 'production';
  return config;
}
