import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/app-config.js';
import { linkKey } from './public-page.js';
import { sharedRateLimiter } from './rate-limiter.js';

/** The rate limits' window: LINK_RATE_LIMIT and LINK_RATE_LIMIT_PER_LINK requests in 5 minutes. */
const LINK_WINDOW_SECONDS = 300;

/** Why a signed-link page is refused, with its status: the page says it in the visitor's language. */
export type LinkRefusal =
  | { status: 429; why: 'tooMany'; retryAfterSeconds: number }
  | { status: 410; why: 'expired' }
  | { status: 404; why: 'invalid' };

type Verdict = { valid: true } | { valid: false; reason: 'malformed' | 'forged' | 'expired' };

/**
 * The gate of the pages behind a signed link (meeting links, surveys): a limit per client address,
 * then the token's signature and expiry, then a limit per link, since behind a proxy every holder
 * shares one address. A forged token costs a point of its address and never reaches the per-link
 * bucket, so it cannot use up a real link's.
 */
export class SignedLinkGate {
  private readonly perAddress: RateLimiterRedis;
  private readonly perLink: RateLimiterRedis;

  constructor(redis: Redis, name: string, config: Pick<AppConfig, 'LINK_RATE_LIMIT' | 'LINK_RATE_LIMIT_PER_LINK'>) {
    this.perAddress = sharedRateLimiter(redis, name, config.LINK_RATE_LIMIT, LINK_WINDOW_SECONDS);
    this.perLink = sharedRateLimiter(redis, `${name}-each`, config.LINK_RATE_LIMIT_PER_LINK, LINK_WINDOW_SECONDS);
  }

  /** The token's valid verdict, or why the page is refused. */
  async admit<V extends Verdict>(
    token: string,
    address: string,
    verify: (token: string) => V,
  ): Promise<{ verdict: Extract<V, { valid: true }> } | { refusal: LinkRefusal }> {
    const limited = await limit(this.perAddress, address);
    if (limited) return { refusal: limited };
    const verdict = verify(token);
    if (!verdict.valid) {
      return {
        refusal: verdict.reason === 'expired' ? { status: 410, why: 'expired' } : { status: 404, why: 'invalid' },
      };
    }
    const linkLimited = await limit(this.perLink, linkKey(token));
    if (linkLimited) return { refusal: linkLimited };
    return { verdict: verdict as Extract<V, { valid: true }> };
  }
}

/** Takes a point from the bucket of `key`; the refusal when it is empty. */
async function limit(limiter: RateLimiterRedis, key: string): Promise<LinkRefusal | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { status: 429, why: 'tooMany', retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
