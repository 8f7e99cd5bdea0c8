import type { Redis } from "ioredis";
import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

/**
 * Slows password guessing (OWASP's "limit failed attempts by user and by IP"): ten attempts for
 * one email from one address in an hour, or a hundred from one address in a day, then a pause.
 * Each attempt takes its point *before* the password is checked, so attempts sent in parallel
 * cannot all slip through; a success gives the points back. Counted in Redis when the API has
 * it, so every instance shares the counts.
 */
export interface SignInThrottle {
  /** Takes an attempt: null when it may go ahead, else seconds to wait before trying again. */
  begin(email: string, ip: string): Promise<number | null>;
  /** The attempt succeeded: it does not count against the person or the address. */
  succeeded(email: string, ip: string): Promise<void>;
}

const perEmailAndIp = { points: 10, duration: 60 * 60, blockDuration: 15 * 60 };
const perIp = { points: 100, duration: 24 * 60 * 60, blockDuration: 60 * 60 };

export interface SignInThrottleOptions {
  redis?: Redis | undefined;
  keyPrefix?: string;
  /**
   * Count attempts per address too. Only when the address is the person's own (behind a trusted
   * proxy that forwards it): otherwise every sign-in through the public app's server shares one
   * address, and a hundred failures anywhere would lock everyone out.
   */
  limitByAddress?: boolean;
}

export function createSignInThrottle(options: SignInThrottleOptions = {}): SignInThrottle {
  const prefix = options.keyPrefix ?? "atlas:sign-in";
  const limiter = (name: string, opts: IRateLimiterOptions): RateLimiterAbstract => {
    const keyPrefix = `${prefix}:${name}`;
    if (!options.redis) return new RateLimiterMemory({ keyPrefix, ...opts });
    // If Redis fails, count in this process rather than let every attempt through.
    const insuranceLimiter = new RateLimiterMemory({ keyPrefix, ...opts });
    return new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix,
      insuranceLimiter,
      ...opts,
    });
  };
  const byEmailAndIp = limiter("email-ip", perEmailAndIp);
  const byIp = options.limitByAddress ? limiter("ip", perIp) : null;
  const emailKey = (email: string, ip: string) => `${email}|${ip}`;

  return {
    async begin(email, ip) {
      const taken = await Promise.allSettled([
        byEmailAndIp.consume(emailKey(email, ip)),
        byIp?.consume(ip) ?? Promise.resolve(null),
      ]);
      const refusals = taken.flatMap((t) =>
        t.status === "rejected" && t.reason instanceof RateLimiterRes ? [t.reason] : [],
      );
      const failure = taken.find(
        (t) => t.status === "rejected" && !(t.reason instanceof RateLimiterRes),
      );
      if (failure?.status === "rejected") throw failure.reason;
      if (refusals.length === 0) return null;
      const ms = Math.max(...refusals.map((r) => r.msBeforeNext));
      return Math.max(1, Math.ceil(ms / 1000));
    },
    async succeeded(email, ip) {
      await Promise.all([byEmailAndIp.delete(emailKey(email, ip)), byIp?.reward(ip, 1)]);
    },
  };
}
