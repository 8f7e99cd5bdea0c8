import { type Db, tables } from "@atlas/db";
import { and, asc, eq, inArray, isNull, lt, lte } from "drizzle-orm";
import type { Logger } from "../../logger.ts";
import { givenUp, MAX_ATTEMPTS, retryDelayMs } from "./backoff.ts";
import type { Transport } from "./transports.ts";

const { outboxMessages } = tables;

/**
 * How long a claimed message is kept from other workers while it is sent, and so the delay
 * before one whose worker died mid-batch is tried again. The SMTP timeouts (transports.ts)
 * hold a send to under a minute, so a whole batch fits well inside it.
 */
export const CLAIM_LEASE_MS = 15 * 60 * 1000;
export const DEFAULT_BATCH_SIZE = 10;
/** `lastError` keeps the start of the message: enough to say why, never a whole SMTP transcript. */
const MAX_ERROR_LENGTH = 1_000;

export interface DeliveryOptions {
  logger: Logger;
  /** The time of this run: what is due, and when a retry is due. Default: the clock. */
  now?: Date;
  batchSize?: number;
}

export interface DeliveryCounts {
  delivered: number;
  failed: number;
}

/** A message that can be stopped without signing in says how, for mail clients' own button. */
function unsubscribeOf(payload: Record<string, unknown>): { unsubscribeUrl?: string } {
  return typeof payload.unsubscribeUrl === "string"
    ? { unsubscribeUrl: payload.unsubscribeUrl }
    : {};
}

/**
 * Sends what is due: claims up to `batchSize` messages, sends each, and marks it delivered, or
 * failed with a later `deliverAfter` (see backoff.ts).
 *
 * The claim is a short transaction of its own: `FOR UPDATE SKIP LOCKED` lets workers running
 * at once take different rows, and pushing the claimed rows' `deliverAfter` out by the lease
 * keeps them from everyone else after it commits. Sending happens outside any transaction, so
 * a slow SMTP server never holds a connection (nor, on PGlite, the whole database).
 *
 * Delivery is at least once: a worker that dies after a message is sent but before it is marked
 * leaves it to be sent again when the lease ends. A duplicate email is the lesser harm; marking
 * before sending would lose messages instead.
 */
export async function deliverDueMessages(
  db: Db,
  transport: Transport,
  options: DeliveryOptions,
): Promise<DeliveryCounts> {
  const { logger, now = new Date(), batchSize = DEFAULT_BATCH_SIZE } = options;
  const claimed = await claimDueMessages(db, now, batchSize);
  const counts: DeliveryCounts = { delivered: 0, failed: 0 };
  for (const message of claimed) {
    let failure: unknown;
    try {
      await transport.send({
        to: message.recipientEmail,
        toName: message.recipientName,
        subject: message.subject,
        text: message.body,
        ...unsubscribeOf(message.payload),
      });
    } catch (error) {
      failure = error ?? new Error("the transport failed without a reason");
    }
    // A database error from here on is not the message's fault: it goes up to the worker's log
    // and the lease brings the message back, its attempts untouched.
    if (failure === undefined) {
      await db
        .update(outboxMessages)
        .set({ deliveredAt: now, lastError: null })
        .where(eq(outboxMessages.id, message.id));
      counts.delivered += 1;
      continue;
    }
    const attempts = message.attempts + 1;
    const lastError = describeError(failure);
    await db
      .update(outboxMessages)
      .set({ attempts, lastError, deliverAfter: new Date(now.getTime() + retryDelayMs(attempts)) })
      .where(eq(outboxMessages.id, message.id));
    counts.failed += 1;
    const context = { messageId: message.id, topic: message.topic, attempts, error: lastError };
    if (givenUp(attempts)) {
      logger.error(context, `outbox message given up after ${MAX_ATTEMPTS} attempts`);
    } else {
      logger.warn(context, "outbox message not sent; it will be tried again");
    }
  }
  if (claimed.length > 0) logger.info({ ...counts, transport: transport.kind }, "outbox run");
  return counts;
}

/** Takes the due messages, oldest first, out of every other worker's reach for the lease. */
async function claimDueMessages(db: Db, now: Date, batchSize: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: outboxMessages.id,
        topic: outboxMessages.topic,
        recipientEmail: outboxMessages.recipientEmail,
        recipientName: outboxMessages.recipientName,
        subject: outboxMessages.subject,
        body: outboxMessages.body,
        payload: outboxMessages.payload,
        attempts: outboxMessages.attempts,
      })
      .from(outboxMessages)
      .where(
        and(
          isNull(outboxMessages.deliveredAt),
          lte(outboxMessages.deliverAfter, now),
          lt(outboxMessages.attempts, MAX_ATTEMPTS),
        ),
      )
      .orderBy(asc(outboxMessages.deliverAfter))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return due;
    await tx
      .update(outboxMessages)
      .set({ deliverAfter: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(
        inArray(
          outboxMessages.id,
          due.map((m) => m.id),
        ),
      );
    return due;
  });
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_LENGTH ? text.slice(0, MAX_ERROR_LENGTH) : text;
}
