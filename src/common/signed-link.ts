import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * A signed link names one record (a uuid) and an expiry, and carries an HMAC of both under
 * LINK_SECRET and a domain of its own (a meeting link is no survey link). Nothing is stored;
 * changing any byte (another record, a later expiry) breaks the signature. The MAC is truncated
 * to 128 bits to keep the link short enough for a phone's mail client.
 */

const MAC_BYTES = 16;
const UUID_BYTES = 16;
const EXPIRY_BYTES = 4;

export type SignedLinkVerdict =
  { valid: true; id: string; expiresAt: Date } | { valid: false; reason: 'malformed' | 'forged' | 'expired' };

function mac(domain: string, payload: Buffer, secret: string): Buffer {
  return createHmac('sha256', secret).update(domain).update(payload).digest().subarray(0, MAC_BYTES);
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function signLink(domain: string, id: string, expiresAt: Date, secret: string): string {
  const payload = Buffer.alloc(UUID_BYTES + EXPIRY_BYTES);
  Buffer.from(id.replace(/-/g, ''), 'hex').copy(payload, 0);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), UUID_BYTES);
  return `${payload.toString('base64url')}.${mac(domain, payload, secret).toString('base64url')}`;
}

export function verifyLink(domain: string, token: string, now: Date, secret: string): SignedLinkVerdict {
  const match = /^([A-Za-z0-9_-]{27})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return { valid: false, reason: 'malformed' };
  const payload = Buffer.from(match[1], 'base64url');
  const given = Buffer.from(match[2], 'base64url');
  if (payload.length !== UUID_BYTES + EXPIRY_BYTES || given.length !== MAC_BYTES) {
    return { valid: false, reason: 'malformed' };
  }
  // base64url has spare bits, so a token is also refused when it is not the one text of its bytes.
  const canonical = payload.toString('base64url') === match[1] && given.toString('base64url') === match[2];
  if (!timingSafeEqual(mac(domain, payload, secret), given) || !canonical) return { valid: false, reason: 'forged' };
  const expiresAt = new Date(payload.readUInt32BE(UUID_BYTES) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, id: uuidText(payload.subarray(0, UUID_BYTES)), expiresAt };
}
