import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/**
 * A limit of `points` per `seconds`, counted in Redis so every process shares one count; if
 * Redis is away, each process counts in memory instead of letting everything through.
 */
export function sharedRateLimiter(redis: Redis, keyPrefix: string, points: number, seconds: number): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points,
    duration: seconds,
    insuranceLimiter: new RateLimiterMemory({ points, duration: seconds }),
  });
}
