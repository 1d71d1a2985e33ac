import { ConfigError, loadConfig } from './app-config.js';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mentornett',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  MAIL_FROM: 'Mentornett <post@example.org>',
  JWT_SECRET: 'j'.repeat(32),
  LINK_SECRET: 'l'.repeat(32),
  PUBLIC_URL: 'https://mentor.example.no/',
  ADMIN_EMAIL: 'admin@example.org',
  ADMIN_PASSWORD: 'a long enough password',
};

/** The named variables of a config, and only those. */
function pick(config: object, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, (config as Record<string, unknown>)[name]]));
}

function failure(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('reads a complete environment with defaults for the optional values', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.PUBLIC_URL).toBe('https://mentor.example.no');
    expect(config.REDIS_PREFIX).toBe('mentornett:');
    expect(config.ACCESS_TOKEN_TTL).toBe(900);
  });

  it('serves the API docs by default, but not in production unless asked', () => {
    expect(loadConfig(valid).API_DOCS).toBe(true);
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).API_DOCS).toBe(false);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', API_DOCS: 'true' }).API_DOCS).toBe(true);
    expect(loadConfig({ ...valid, API_DOCS: 'false' }).API_DOCS).toBe(false);
  });

  it('reads CORS_ORIGINS as a list of origins, none by default, and refuses a path or a non-URL', () => {
    expect(loadConfig(valid).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ ...valid, CORS_ORIGINS: 'https://a.example.no, http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://a.example.no',
      'http://localhost:5173',
    ]);
    expect(failure({ ...valid, CORS_ORIGINS: 'https://a.example.no/path' })).toMatch(/CORS_ORIGINS must be origins/);
    expect(failure({ ...valid, CORS_ORIGINS: '*' })).toMatch(/CORS_ORIGINS must be origins/);
  });

  it('reads MFA_REQUIRED_ROLES as a list of roles, none by default, and refuses another word', () => {
    expect(loadConfig(valid).MFA_REQUIRED_ROLES).toEqual([]);
    expect(loadConfig({ ...valid, MFA_REQUIRED_ROLES: 'admin, lead,coordinator' }).MFA_REQUIRED_ROLES).toEqual([
      'admin',
      'lead',
      'coordinator',
    ]);
    expect(failure({ ...valid, MFA_REQUIRED_ROLES: 'admin,superuser' })).toMatch(/MFA_REQUIRED_ROLES must be roles/);
    expect(failure({ ...valid, MFA_REQUIRED_ROLES: 'Admin' })).toMatch(/MFA_REQUIRED_ROLES must be roles/);
  });

  it('reads PORT as a number', () => {
    expect(loadConfig({ ...valid, PORT: '8080' }).PORT).toBe(8080);
  });

  it.each(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'MAIL_FROM', 'JWT_SECRET', 'LINK_SECRET', 'PUBLIC_URL'])(
    'stops on a missing %s with one line naming it',
    (name) => {
      const message = failure({ ...valid, [name]: undefined });
      expect(message).toContain(name);
      expect(message).not.toContain('\n');
    },
  );

  it('counts a blank value as missing', () => {
    expect(failure({ ...valid, SMTP_URL: '  ' })).toContain('SMTP_URL');
  });

  it.each([
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'localhost:6379'],
    ['SMTP_URL', 'http://mail'],
    ['MAIL_FROM', 'not an address'],
    ['JWT_SECRET', 'short'],
    ['LINK_SECRET', 'short'],
    ['PUBLIC_URL', 'mentor.kommune.no'],
    ['PORT', '70000'],
    ['PORT', 'eighty'],
    ['ADMIN_EMAIL', 'nobody'],
    ['ADMIN_PASSWORD', 'short'],
  ])('stops on a malformed %s (%s) naming it, without echoing the value', (name, value) => {
    const message = failure({ ...valid, [name]: value });
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
    if (value.length > 5) expect(message).not.toContain(value);
  });

  it('names every problem at once', () => {
    const message = failure({ ...valid, PORT: '0', JWT_SECRET: 'short' });
    expect(message).toContain('PORT');
    expect(message).toContain('JWT_SECRET');
  });

  it('gives the queue, mail, link and proxy variables their defaults when absent (or blank)', () => {
    const defaults = {
      LINK_TTL_DAYS: 45,
      RUN_WORKERS: true,
      SCHEDULE_SWEEPS: true,
      MAIL_CONCURRENCY: 10,
      MAIL_ATTEMPTS: 10,
      MAIL_BACKOFF_MS: 30_000,
      QUEUE_LOCK_MS: 30_000,
      TRUST_PROXY: false,
      SESSION_IDLE_MINUTES: 60,
      SESSION_MAX_HOURS: 12,
      AUDIT_RETENTION_MONTHS: 60,
    };
    expect(pick(loadConfig(valid), Object.keys(defaults))).toStrictEqual(defaults);
    const blank = Object.fromEntries(Object.keys(defaults).map((name) => [name, ' ']));
    expect(pick(loadConfig({ ...valid, ...blank }), Object.keys(defaults))).toStrictEqual(defaults);
  });

  it.each([
    ['LINK_TTL_DAYS', '1', 1],
    ['LINK_TTL_DAYS', '365', 365],
    ['MAIL_CONCURRENCY', '1', 1],
    ['MAIL_CONCURRENCY', '100', 100],
    ['MAIL_ATTEMPTS', '1', 1],
    ['MAIL_ATTEMPTS', '30', 30],
    ['MAIL_BACKOFF_MS', '10', 10],
    ['MAIL_BACKOFF_MS', '3600000', 3_600_000],
    ['QUEUE_LOCK_MS', '1000', 1000],
    ['QUEUE_LOCK_MS', ' 600000 ', 600_000],
    ['SESSION_IDLE_MINUTES', '1', 1],
    ['SESSION_IDLE_MINUTES', '1440', 1440],
    ['SESSION_MAX_HOURS', '1', 1],
    ['SESSION_MAX_HOURS', '720', 720],
    ['AUDIT_RETENTION_MONTHS', '12', 12],
    ['AUDIT_RETENTION_MONTHS', '1200', 1200],
  ])('reads %s=%j as the number %d', (name, value, expected) => {
    expect(pick(loadConfig({ ...valid, [name]: value }), [name])).toStrictEqual({ [name]: expected });
  });

  // A boolean must come back a boolean: once TRUST_PROXY=true was read as undefined.
  const FLAGS = ['RUN_WORKERS', 'SCHEDULE_SWEEPS', 'TRUST_PROXY'];
  it.each(
    FLAGS.flatMap((name) =>
      (
        [
          ['true', true],
          ['1', true],
          ['false', false],
          ['0', false],
          [' true ', true],
        ] as const
      ).map(([value, expected]) => [name, value, expected] as const),
    ),
  )('reads %s=%j as %s', (name, value, expected) => {
    expect(pick(loadConfig({ ...valid, [name]: value }), [name])).toStrictEqual({ [name]: expected });
  });

  it('reads each flag against its own default: TRUST_PROXY=true, RUN_WORKERS=false, SCHEDULE_SWEEPS=0', () => {
    const config = loadConfig({ ...valid, TRUST_PROXY: 'true', RUN_WORKERS: 'false', SCHEDULE_SWEEPS: '0' });
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.RUN_WORKERS).toBe(false);
    expect(config.SCHEDULE_SWEEPS).toBe(false);
  });

  it.each([
    ['RUN_WORKERS', 'yes'],
    ['RUN_WORKERS', 'no'],
    ['RUN_WORKERS', 'on'],
    ['RUN_WORKERS', '2'],
    ['SCHEDULE_SWEEPS', 'off'],
    ['SCHEDULE_SWEEPS', 'enabled'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '10.0.0.0/8'],
    ['LINK_TTL_DAYS', '0'],
    ['LINK_TTL_DAYS', '366'],
    ['LINK_TTL_DAYS', '1.5'],
    ['LINK_TTL_DAYS', 'forever'],
    ['MAIL_CONCURRENCY', '0'],
    ['MAIL_CONCURRENCY', '101'],
    ['MAIL_CONCURRENCY', 'ten'],
    ['MAIL_ATTEMPTS', '0'],
    ['MAIL_ATTEMPTS', '31'],
    ['MAIL_ATTEMPTS', '-1'],
    ['MAIL_BACKOFF_MS', '9'],
    ['MAIL_BACKOFF_MS', '3600001'],
    ['MAIL_BACKOFF_MS', '30s'],
    ['QUEUE_LOCK_MS', '999'],
    ['QUEUE_LOCK_MS', '600001'],
    ['QUEUE_LOCK_MS', 'Infinity'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', '1441'],
    ['SESSION_IDLE_MINUTES', '30.5'],
    ['SESSION_IDLE_MINUTES', '1h'],
    ['SESSION_MAX_HOURS', '0'],
    ['SESSION_MAX_HOURS', '721'],
    ['SESSION_MAX_HOURS', '-12'],
    ['SESSION_MAX_HOURS', 'all day'],
    ['AUDIT_RETENTION_MONTHS', '11'],
    ['AUDIT_RETENTION_MONTHS', '1201'],
    ['AUDIT_RETENTION_MONTHS', 'five years'],
    // numbers are written in decimal digits: no hex, binary or exponent
    ['MAIL_ATTEMPTS', '0x10'],
    ['LINK_TTL_DAYS', '0b11'],
    ['MAIL_BACKOFF_MS', '1e3'],
    ['PORT', '0x1F90'],
  ])('stops on %s=%j with one line naming it, whatever the value', (name, value) => {
    const message = failure({ ...valid, [name]: value });
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
    // The message does not depend on the value, so it cannot echo it (a value may be a secret).
    expect(message).toBe(failure({ ...valid, [name]: 'an-unlikely-secret-value' }));
    expect(message).not.toContain('an-unlikely-secret-value');
  });

  it('names every malformed new variable at once', () => {
    const message = failure({ ...valid, RUN_WORKERS: 'yes', MAIL_ATTEMPTS: '0', TRUST_PROXY: 'maybe' });
    for (const name of ['RUN_WORKERS', 'MAIL_ATTEMPTS', 'TRUST_PROXY']) expect(message).toContain(name);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('maybe');
  });

  it('needs ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(failure({ ...valid, ADMIN_PASSWORD: undefined })).toContain('ADMIN_EMAIL and ADMIN_PASSWORD');
    expect(loadConfig({ ...valid, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined }).ADMIN_EMAIL).toBeUndefined();
  });

  describe('single sign-on', () => {
    const oidc = {
      OIDC_ISSUER: 'https://login.example.no',
      OIDC_CLIENT_ID: 'mentornett',
      OIDC_CLIENT_SECRET: 's3cret',
    };

    it('is off when none of the three is set, and reads all three', () => {
      expect(loadConfig(valid).OIDC_ISSUER).toBeUndefined();
      expect(pick(loadConfig({ ...valid, ...oidc }), Object.keys(oidc))).toEqual(oidc);
    });

    it('needs all three together', () => {
      for (const name of Object.keys(oidc)) {
        expect(failure({ ...valid, ...oidc, [name]: undefined })).toContain(
          'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
        );
      }
    });

    it('takes an https issuer, or http only on this machine', () => {
      expect(failure({ ...valid, ...oidc, OIDC_ISSUER: 'http://login.example.no' })).toContain('OIDC_ISSUER must be');
      expect(failure({ ...valid, ...oidc, OIDC_ISSUER: 'login.example.no' })).toContain('OIDC_ISSUER must be');
      expect(failure({ ...valid, ...oidc, OIDC_ISSUER: 'https://login.example.no/?x=1' })).toContain('OIDC_ISSUER');
      expect(loadConfig({ ...valid, ...oidc, OIDC_ISSUER: 'http://localhost:4000' }).OIDC_ISSUER).toBe(
        'http://localhost:4000',
      );
      expect(loadConfig({ ...valid, ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4000/oidc' }).OIDC_ISSUER).toBe(
        'http://127.0.0.1:4000/oidc',
      );
    });

    it('never echoes the client secret', () => {
      const message = failure({ ...valid, ...oidc, OIDC_CLIENT_SECRET: 'secret\u0001value' });
      expect(message).toContain('OIDC_CLIENT_SECRET');
      expect(message).not.toContain('value');
    });
  });
});
