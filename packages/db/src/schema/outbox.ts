import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  snakeCase,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Messages to send, written in the same transaction as the change they tell of, so a change
 * is never told without having happened nor happens untold. A worker delivers them (email by
 * SMTP when configured, else the log and the development outbox page), marks each delivered,
 * and retries a failure later (`deliverAfter`), more slowly each time.
 */
export const outboxMessages = snakeCase.table(
  "outbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** What happened, e.g. `partnership.requested`: for the log, filters and tests. */
    topic: text().notNull(),
    recipientEmail: text().notNull(),
    recipientName: text(),
    subject: text().notNull(),
    body: text().notNull(),
    /** The ids the message is about (partnership, trust, school), for links and tracing. */
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliverAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The worker's question: what is due and not yet delivered, oldest first.
    index("outbox_messages_due_idx").on(t.deliverAfter).where(sql`${t.deliveredAt} is null`),
    check("outbox_messages_attempts_check", sql`${t.attempts} >= 0`),
  ],
);
