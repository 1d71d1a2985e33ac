import { describe, expect, it } from '@jest/globals';
import { signMeetingLink, verifyMeetingLink } from './meeting-link.js';

const SECRET = 'a-link-secret-of-at-least-32-characters!';
const MATCH = '0b9f4a3e-5c1d-4e2f-8a7b-112233445566';
const OTHER = '7d3c2b1a-0f9e-4d8c-b7a6-665544332211';
const NOW = new Date('2027-03-01T09:00:00Z');
const EXPIRES = new Date('2027-04-15T09:00:00Z');

function flipChar(text: string, at: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const next = alphabet[(alphabet.indexOf(text[at]) + 1) % alphabet.length];
  return text.slice(0, at) + next + text.slice(at + 1);
}

describe('signed meeting links', () => {
  it('names the match and the expiry it was signed for', () => {
    const verdict = verifyMeetingLink(signMeetingLink(MATCH, EXPIRES, SECRET), NOW, SECRET);
    expect(verdict).toEqual({ valid: true, matchId: MATCH, expiresAt: EXPIRES });
  });

  it('is short enough for a link in a mail and safe in a URL path', () => {
    const token = signMeetingLink(MATCH, EXPIRES, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(60);
  });

  it('is refused once expired, also at the very second', () => {
    const token = signMeetingLink(MATCH, EXPIRES, SECRET);
    expect(verifyMeetingLink(token, EXPIRES, SECRET)).toEqual({ valid: false, reason: 'expired' });
    expect(verifyMeetingLink(token, new Date(EXPIRES.getTime() - 1000), SECRET).valid).toBe(true);
  });

  it('refuses every single-character change anywhere in the token', () => {
    const token = signMeetingLink(MATCH, EXPIRES, SECRET);
    for (let at = 0; at < token.length; at++) {
      if (token[at] === '.') continue;
      expect(verifyMeetingLink(flipChar(token, at), NOW, SECRET).valid).toBe(false);
    }
  });

  it("cannot be turned into another match's token by swapping the payload", () => {
    const mine = signMeetingLink(MATCH, EXPIRES, SECRET);
    const theirs = signMeetingLink(OTHER, EXPIRES, SECRET);
    const spliced = `${theirs.split('.')[0]}.${mine.split('.')[1]}`;
    expect(verifyMeetingLink(spliced, NOW, SECRET)).toEqual({ valid: false, reason: 'forged' });
  });

  it('cannot be extended by rewriting the expiry', () => {
    const token = signMeetingLink(MATCH, EXPIRES, SECRET);
    const later = signMeetingLink(MATCH, new Date('2030-01-01T00:00:00Z'), 'another-secret-of-at-least-32-characters');
    const spliced = `${later.split('.')[0]}.${token.split('.')[1]}`;
    expect(verifyMeetingLink(spliced, NOW, SECRET).valid).toBe(false);
  });

  it('is refused under another secret', () => {
    const token = signMeetingLink(MATCH, EXPIRES, SECRET);
    expect(verifyMeetingLink(token, NOW, `${SECRET}x`)).toEqual({ valid: false, reason: 'forged' });
  });

  it.each(['', 'abc', 'a.b', `${'A'.repeat(27)}.${'A'.repeat(21)}`, `${'A'.repeat(27)}.${'A'.repeat(22)}.x`, '../etc'])(
    'refuses the malformed token %p',
    (token) => {
      expect(verifyMeetingLink(token, NOW, SECRET)).toEqual({ valid: false, reason: 'malformed' });
    },
  );
});
