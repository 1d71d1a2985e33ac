import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loggablePath } from './logger.js';

describe('logging without personal data', () => {
  it('cuts query strings and signed-link tokens from paths', () => {
    expect(loggablePath('/api/v1/log/eyJhbGciOi.abc.def?x=1')).toBe('/api/v1/log/[token]');
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
