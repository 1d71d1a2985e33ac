import { SealedValues } from './sealed-values.js';

const NOW = new Date('2027-03-15T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('SealedValues', () => {
  const values = new SealedValues('s'.repeat(40));

  it('opens what it sealed, for the same purpose, until it expires', () => {
    const sealed = values.seal('oidc-login', { state: 'abc', n: 1 }, 600, NOW);
    expect(sealed).not.toContain('abc');
    expect(values.open('oidc-login', sealed, later(599))).toEqual({ state: 'abc', n: 1 });
    expect(values.open('oidc-login', sealed, later(600))).toBeNull();
  });

  it('refuses a value of another purpose, of another secret, changed, or of no shape', () => {
    const sealed = values.seal('queue-dashboard', { sub: 'x' }, 60, NOW);
    expect(values.open('oidc-login', sealed, NOW)).toBeNull();
    expect(new SealedValues('t'.repeat(40)).open('queue-dashboard', sealed, NOW)).toBeNull();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[14] ^= 1;
    expect(values.open('queue-dashboard', bytes.toString('base64url'), NOW)).toBeNull();
    for (const bad of ['', 'x', 'a.b.c', undefined, null, 'A'.repeat(5000)]) {
      expect(values.open('queue-dashboard', bad, NOW)).toBeNull();
    }
  });
});
