/** The first retry waits this long; each later one twice the one before. */
const FIRST_RETRY_MS = 30_000;
/** No wait is longer, so a message held up by a long outage still goes out soon after it ends. */
const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
/**
 * After this many failed attempts a message is left undelivered and never claimed again. The
 * waits before it add up to about 32 hours: past a mail server's outage, and past that an
 * address that still refuses needs a person, not a retry (`lastError` says why).
 */
export const MAX_ATTEMPTS = 15;

/** How long to wait before the next try of a message that has now failed `attempts` times. */
export function retryDelayMs(attempts: number): number {
  if (attempts < 1) return 0;
  // Capped before multiplying out, so a large count cannot overflow to Infinity.
  const doublings = Math.min(attempts - 1, 30);
  return Math.min(FIRST_RETRY_MS * 2 ** doublings, MAX_RETRY_MS);
}

/** Whether a message that has failed `attempts` times is given up on. */
export function givenUp(attempts: number): boolean {
  return attempts >= MAX_ATTEMPTS;
}
