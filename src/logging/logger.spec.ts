import { Writable } from 'node:stream';
import { pino } from 'pino';
import { QueryFailedError } from 'typeorm';
import { loggableError, loggablePath } from './logger.js';

describe('logging without personal data', () => {
  it('cuts query strings and signed-link tokens from paths', () => {
    expect(loggablePath('/api/v1/log/eyJhbGciOi.abc.def?x=1')).toBe('/api/v1/log/[token]');
    expect(loggablePath('/api/v1/survey/AAAA.BBBB')).toBe('/api/v1/survey/[token]');
    expect(loggablePath('/api/v1/programmes?limit=5')).toBe('/api/v1/programmes');
  });

  it('removes emails, names and tokens from logged objects', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino(
      {
        redact: { paths: ['*.email', '*.password', '*.token', '*.accessToken', '*.name', 'req.headers'], remove: true },
      },
      sink,
    );
    logger.info({ user: { id: 'u1', email: 'kari@example.org', name: 'Kari', token: 'secret' } }, 'hello');
    expect(lines.join('')).toContain('u1');
    expect(lines.join('')).not.toMatch(/kari@example.org|Kari|secret/);
  });
});

describe('loggableError', () => {
  it('keeps the kind, code and stack of a database error but not its query, parameters or values', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (email)=(kari@example.org) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO users (email) VALUES ($1)', ['kari@example.org'], driverError);
    const logged = JSON.stringify(loggableError(error));
    expect(logged).toContain('QueryFailedError');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('kari@example.org');
    expect(logged).not.toContain('INSERT');
  });

  it('keeps the message of other errors', () => {
    expect(loggableError(new TypeError('x is undefined'))).toMatchObject({
      type: 'TypeError',
      message: 'x is undefined',
    });
  });
});
