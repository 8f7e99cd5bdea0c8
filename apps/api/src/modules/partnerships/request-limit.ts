import type { Redis } from "ioredis";
import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

/**
 * A request reaches a trust's administrators as an email each, so requests are limited: one
 * person may send 10 new requests a day and one school 20, then waits an hour. Enough for a
 * school sounding out every trust on its shortlist; not enough to flood trusts' inboxes.
 * Sending the same form again (its idempotency key) is not a new request and costs nothing.
 * Counted in Redis when the API has it, so every instance shares the counts.
 */
export interface PartnershipRequestLimit {
  /** Takes one request: null when it may go ahead, else seconds to wait. */
  take(userId: string, schoolId: string): Promise<number | null>;
}

export const REQUESTS_PER_PERSON_PER_DAY = 10;
const perPerson = {
  points: REQUESTS_PER_PERSON_PER_DAY,
  duration: 24 * 60 * 60,
  blockDuration: 60 * 60,
};
const perSchool = { points: 20, duration: 24 * 60 * 60, blockDuration: 60 * 60 };

export function createPartnershipRequestLimit(
  options: { redis?: Redis | undefined } = {},
): PartnershipRequestLimit {
  const limiter = (name: string, opts: IRateLimiterOptions): RateLimiterAbstract => {
    const keyPrefix = `atlas:partnership-requests:${name}`;
    if (!options.redis) return new RateLimiterMemory({ keyPrefix, ...opts });
    // If Redis fails, count in this process rather than let every request through.
    const insuranceLimiter = new RateLimiterMemory({ keyPrefix, ...opts });
    return new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix,
      insuranceLimiter,
      ...opts,
    });
  };
  const byPerson = limiter("person", perPerson);
  const bySchool = limiter("school", perSchool);
  return {
    async take(userId, schoolId) {
      const taken = await Promise.allSettled([
        byPerson.consume(userId),
        bySchool.consume(schoolId),
      ]);
      const waits = taken.flatMap((t) =>
        t.status === "rejected" && t.reason instanceof RateLimiterRes
          ? [Math.max(1, Math.ceil(t.reason.msBeforeNext / 1000))]
          : t.status === "rejected"
            ? (() => {
                throw t.reason;
              })()
            : [],
      );
      return waits.length === 0 ? null : Math.max(...waits);
    },
  };
}
