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

  it('needs ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(failure({ ...valid, ADMIN_PASSWORD: undefined })).toContain('ADMIN_EMAIL and ADMIN_PASSWORD');
    expect(loadConfig({ ...valid, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined }).ADMIN_EMAIL).toBeUndefined();
  });
});
