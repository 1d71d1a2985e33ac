import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The signed link in a mentor's reminder: it names one match and an expiry, and carries an HMAC
 * of both under LINK_SECRET. Nothing is stored; changing any byte (another match, a later expiry)
 * breaks the signature. The MAC is truncated to 128 bits to keep the link short enough for a
 * phone's mail client.
 */

const DOMAIN = 'mentornett:meeting-link:v1';
const MAC_BYTES = 16;
const UUID_BYTES = 16;
const EXPIRY_BYTES = 4;

export type LinkVerdict =
  { valid: true; matchId: string; expiresAt: Date } | { valid: false; reason: 'malformed' | 'forged' | 'expired' };

function mac(payload: Buffer, secret: string): Buffer {
  return createHmac('sha256', secret).update(DOMAIN).update(payload).digest().subarray(0, MAC_BYTES);
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function signMeetingLink(matchId: string, expiresAt: Date, secret: string): string {
  const payload = Buffer.alloc(UUID_BYTES + EXPIRY_BYTES);
  uuidBytes(matchId).copy(payload, 0);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), UUID_BYTES);
  return `${payload.toString('base64url')}.${mac(payload, secret).toString('base64url')}`;
}

export function verifyMeetingLink(token: string, now: Date, secret: string): LinkVerdict {
  const match = /^([A-Za-z0-9_-]{27})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return { valid: false, reason: 'malformed' };
  const payload = Buffer.from(match[1], 'base64url');
  const given = Buffer.from(match[2], 'base64url');
  if (payload.length !== UUID_BYTES + EXPIRY_BYTES || given.length !== MAC_BYTES) {
    return { valid: false, reason: 'malformed' };
  }
  // base64url has spare bits, so a token is also refused when it is not the one text of its bytes.
  const canonical = payload.toString('base64url') === match[1] && given.toString('base64url') === match[2];
  if (!timingSafeEqual(mac(payload, secret), given) || !canonical) return { valid: false, reason: 'forged' };
  const expiresAt = new Date(payload.readUInt32BE(UUID_BYTES) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, matchId: uuidText(payload.subarray(0, UUID_BYTES)), expiresAt };
}
