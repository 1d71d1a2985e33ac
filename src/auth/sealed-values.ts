import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** What a sealed value is for; each purpose has its own key, so a value of one is nothing to another. */
export type SealPurpose = 'oidc-login' | 'queue-dashboard';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const SHAPE = /^[A-Za-z0-9_-]{40,4000}$/;

/**
 * Values the service hands a browser to keep (in a cookie) and that the browser can neither read
 * nor change: AES-256-GCM under a key derived from JWT_SECRET with HKDF-SHA256, one key per
 * purpose, with the purpose as associated data and an expiry inside. A pure class: the caller
 * gives the time.
 */
export class SealedValues {
  private readonly keys = new Map<SealPurpose, Buffer>();

  constructor(private readonly secret: string) {}

  seal(purpose: SealPurpose, payload: Record<string, unknown>, ttlSeconds: number, now: Date): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(purpose), iv);
    cipher.setAAD(Buffer.from(purpose));
    const plain = Buffer.from(JSON.stringify({ ...payload, exp: now.getTime() + ttlSeconds * 1000 }));
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return sealed.toString('base64url');
  }

  /** The payload of a value this service sealed for this purpose and that has not expired; null for anything else. */
  open(purpose: SealPurpose, value: string | undefined | null, now: Date): Record<string, unknown> | null {
    if (typeof value !== 'string' || !SHAPE.test(value)) return null;
    const sealed = Buffer.from(value, 'base64url');
    if (sealed.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key(purpose), sealed.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
      const payload: unknown = JSON.parse(plain.toString('utf8'));
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
      const { exp, ...rest } = payload as Record<string, unknown>;
      if (typeof exp !== 'number' || exp <= now.getTime()) return null;
      return rest;
    } catch {
      return null;
    }
  }

  private key(purpose: SealPurpose): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.secret, 'mentornett', `mentornett ${purpose} cookie`, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }
}
