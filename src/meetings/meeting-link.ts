import { signLink, verifyLink } from '../common/signed-link.js';

/*
 * The signed link in a mentor's reminder: it names one match and an expiry, and carries an HMAC
 * of both under LINK_SECRET (common/signed-link.ts). Nothing is stored; changing any byte
 * (another match, a later expiry) breaks the signature.
 */

const DOMAIN = 'mentornett:meeting-link:v1';

export type LinkVerdict =
  { valid: true; matchId: string; expiresAt: Date } | { valid: false; reason: 'malformed' | 'forged' | 'expired' };

export function signMeetingLink(matchId: string, expiresAt: Date, secret: string): string {
  return signLink(DOMAIN, matchId, expiresAt, secret);
}

export function verifyMeetingLink(token: string, now: Date, secret: string): LinkVerdict {
  const verdict = verifyLink(DOMAIN, token, now, secret);
  return verdict.valid ? { valid: true, matchId: verdict.id, expiresAt: verdict.expiresAt } : verdict;
}
