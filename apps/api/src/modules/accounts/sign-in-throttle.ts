import type { Redis } from "ioredis";
import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

/**
 * Slows password guessing without handing anyone a way to lock a person out (OWASP's
 * "authentication cheat sheet": limit by address, slow by account):
 * - one address: 100 attempts a day over all accounts, then an hour's pause (stops spraying
 *   one password over many accounts);
 * - one account from one address: 10 attempts an hour, then 15 minutes' pause (only that
 *   address waits);
 * - one account from anywhere: 5 failures go by, then each further attempt must wait twice as
 *   long as the last, up to a minute, so a guesser with many addresses gets about one try a
 *   minute and the owner never waits longer than that.
 * Each attempt takes its points *before* the password is checked, so attempts sent in parallel
 * cannot all slip through; a success gives them back. Counted in Redis when the API has it, so
 * every instance shares the counts.
 */
export interface SignInThrottle {
  /** Takes an attempt: null when it may go ahead, else seconds to wait before trying again. */
  begin(email: string, ip: string): Promise<number | null>;
  /** The attempt succeeded: it does not count against the person or the address. */
  succeeded(email: string, ip: string): Promise<void>;
}

const perIp = { points: 100, duration: 24 * 60 * 60, blockDuration: 60 * 60 };
const perEmailAndIp = { points: 10, duration: 60 * 60, blockDuration: 15 * 60 };
/** Failures of one account remembered for a day; counted, never blocking by themselves. */
const accountFailures = { points: 1_000_000, duration: 24 * 60 * 60 };
export const FREE_FAILURES = 5;
export const MAX_ACCOUNT_DELAY_SECONDS = 60;

/** Seconds the next attempt on an account must wait after its `failures`-th failure. */
export function accountDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES));
}

export interface SignInThrottleOptions {
  redis?: Redis | undefined;
  keyPrefix?: string;
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
  const byIp = limiter("ip", perIp);
  const byEmailAndIp = limiter("email-ip", perEmailAndIp);
  const failuresByEmail = limiter("email-failures", accountFailures);
  // Blocked for the account's current delay; one point, so any consume while blocked refuses.
  const accountPause = limiter("email-pause", { points: 1, duration: MAX_ACCOUNT_DELAY_SECONDS });
  const emailKey = (email: string, ip: string) => `${email}|${ip}`;

  const secondsOf = (refusal: RateLimiterRes) =>
    Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));

  return {
    async begin(email, ip) {
      const paused = await accountPause.get(email);
      const taken = await Promise.allSettled([
        byIp.consume(ip),
        byEmailAndIp.consume(emailKey(email, ip)),
      ]);
      const refusals: RateLimiterRes[] = [];
      for (const t of taken) {
        if (t.status === "fulfilled") continue;
        if (!(t.reason instanceof RateLimiterRes)) throw t.reason;
        refusals.push(t.reason);
      }
      if (paused && paused.consumedPoints > 0 && paused.msBeforeNext > 0) refusals.push(paused);
      if (refusals.length > 0) return Math.max(...refusals.map(secondsOf));

      const failures = (await failuresByEmail.consume(email)).consumedPoints;
      const delay = accountDelaySeconds(failures);
      if (delay > 0) await accountPause.block(email, delay);
      return null;
    },
    async succeeded(email, ip) {
      await Promise.all([
        byEmailAndIp.delete(emailKey(email, ip)),
        failuresByEmail.delete(email),
        accountPause.delete(email),
        byIp.reward(ip, 1),
      ]);
    },
  };
}
