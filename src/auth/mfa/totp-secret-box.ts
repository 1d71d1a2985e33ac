import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts TOTP secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from JWT_SECRET,
 * with the user's id as additional data, so a row copied onto another user does not decrypt. A
 * database dump alone cannot mint codes. Rotating JWT_SECRET makes the stored secrets unreadable:
 * their users then log in with a recovery code and enrol again.
 */
@Injectable()
export class TotpSecretBox {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.JWT_SECRET, 'mentornett', 'totp-secret-v1', 32));
  }

  seal(userId: string, secret: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(userId));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** The secret, or null when it was sealed under another key or for another user. */
  open(userId: string, sealed: Buffer): string | null {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(userId));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
