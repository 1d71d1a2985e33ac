import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { Clock } from '../common/clock.js';
import { REDIS } from '../redis/redis.module.js';

/** Wrong passwords an account may take before it must wait. */
export const FREE_FAILURES = 5;
/** The first wait, doubled with each further failure, up to MAX_LOCK_SECONDS. */
export const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 3600;
/** A day after its last failure an account's count starts over. */
const MEMORY_SECONDS = 24 * 3600;

/** The wait after `failures` failures in a row, in seconds (0 while under FREE_FAILURES). */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/**
 * Failed logins slow an account down, whatever address they come from: after FREE_FAILURES wrong
 * passwords in a row it must wait a minute, then two, four, … up to an hour, before any password
 * is checked again; a login that succeeds starts the count over. Counted in Redis per account,
 * keyed by a hash of the email (any email, known or not, so the wait says nothing of who has an
 * account). The per-address limits (LoginRateLimitGuard) come on top.
 */
@Injectable()
export class AccountLockout {
  private readonly logger = new Logger(AccountLockout.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly clock: Clock,
  ) {}

  /** Seconds the account must still wait before a password is checked; 0 when it may try. */
  async secondsToWait(email: string): Promise<number> {
    let until: number;
    try {
      until = Number(await this.redis.hget(keyOf(email), 'until'));
    } catch {
      // Redis away: the per-address limits (counted in memory then) still hold.
      return 0;
    }
    const left = Math.ceil((until - this.clock.now().getTime()) / 1000);
    return Number.isFinite(left) && left > 0 ? left : 0;
  }

  /**
   * A wrong password (or an unknown email, or a disabled account) for this email. Answers the wait
   * this failure started or extended, in seconds; 0 when the account may still try at once.
   */
  async failed(email: string): Promise<number> {
    try {
      return await this.count(keyOf(email));
    } catch {
      this.logger.warn('A failed login could not be counted: Redis is away');
      return 0;
    }
  }

  private async count(key: string): Promise<number> {
    const failures = await this.redis.hincrby(key, 'failures', 1);
    const wait = lockSeconds(failures);
    if (wait > 0) {
      await this.redis.hset(key, 'until', String(this.clock.now().getTime() + wait * 1000));
      this.logger.warn(`A login account must wait ${wait} s after ${failures} wrong passwords in a row`);
    }
    await this.redis.expire(key, MEMORY_SECONDS);
    return wait;
  }

  /** A successful login: the count starts over. */
  async succeeded(email: string): Promise<void> {
    await this.redis.del(keyOf(email)).catch(() => undefined);
  }
}

function keyOf(email: string): string {
  return `login-lockout:${createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22)}`;
}
