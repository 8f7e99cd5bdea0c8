import type { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

/**
 * Slows password guessing (OWASP's "limit failed attempts by user and by IP"): ten failures for
 * one email from one address in an hour, or a hundred from one address in a day, block further
 * attempts for a while. Counted in Redis when the API has it, so every instance shares them.
 */
export interface SignInThrottle {
  /** Seconds to wait before trying again, or null when an attempt may go ahead. */
  retryAfter(email: string, ip: string): Promise<number | null>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string, ip: string): Promise<void>;
}

const perEmailAndIp = { points: 10, duration: 60 * 60, blockDuration: 15 * 60 };
const perIp = { points: 100, duration: 24 * 60 * 60, blockDuration: 60 * 60 };

export interface SignInThrottleOptions {
  redis?: Redis | undefined;
  keyPrefix?: string;
  /**
   * Count failures per address too. Only when the address is the person's own (behind a trusted
   * proxy that forwards it): otherwise every sign-in through the public app's server shares one
   * address, and a hundred failures anywhere would lock everyone out.
   */
  limitByAddress?: boolean;
}

export function createSignInThrottle(options: SignInThrottleOptions = {}): SignInThrottle {
  const prefix = options.keyPrefix ?? "atlas:sign-in";
  const limiter = (name: string, opts: typeof perIp): RateLimiterAbstract =>
    options.redis
      ? new RateLimiterRedis({
          storeClient: options.redis,
          keyPrefix: `${prefix}:${name}`,
          ...opts,
        })
      : new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, ...opts });
  const byEmailAndIp = limiter("email-ip", perEmailAndIp);
  const byIp = limiter("ip", perIp);
  const emailKey = (email: string, ip: string) => `${email}|${ip}`;

  return {
    async retryAfter(email, ip) {
      const [pair, address] = await Promise.all([
        byEmailAndIp.get(emailKey(email, ip)),
        byIp.get(ip),
      ]);
      const blocked = [
        [pair, perEmailAndIp.points],
        [address, perIp.points],
      ].filter(
        ([res, points]) =>
          res instanceof RateLimiterRes && res.consumedPoints >= (points as number),
      );
      if (blocked.length === 0) return null;
      const ms = Math.max(...blocked.map(([res]) => (res as RateLimiterRes).msBeforeNext));
      return Math.max(1, Math.ceil(ms / 1000));
    },
    async recordFailure(email, ip) {
      // consume() rejects once the points run out; that rejection is the block we want.
      await Promise.allSettled([
        byEmailAndIp.consume(emailKey(email, ip)),
        options.limitByAddress ? byIp.consume(ip) : null,
      ]);
    },
    async recordSuccess(email, ip) {
      await byEmailAndIp.delete(emailKey(email, ip));
    },
  };
}
