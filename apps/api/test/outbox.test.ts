/**
 * The outbox's delivery: due messages sent through a real SMTP server and marked delivered,
 * once; failures kept with their error and retried later, more slowly each time, until given
 * up; messages not yet due, or given up, left alone; two runs at once never sending one message
 * twice; and the worker polling, never overlapping itself, surviving errors and stopping cleanly.
 */
import { createServer as createNetServer } from "node:net";
import { type Db, tables } from "@atlas/db";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "../src/modules/outbox/backoff.ts";
import { CLAIM_LEASE_MS, deliverDueMessages } from "../src/modules/outbox/delivery.ts";
import {
  logTransport,
  type OutgoingMessage,
  smtpTransport,
  type Transport,
} from "../src/modules/outbox/transports.ts";
import { startOutboxWorker } from "../src/modules/outbox/worker.ts";

const { outboxMessages } = tables;
const logger = pino({ level: "silent" });
const T = new Date("2030-03-04T09:00:00.000Z");
const at = (offsetMs: number) => new Date(T.getTime() + offsetMs);

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback, keeping what it is sent. */
async function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom;
        received.push({
          from: from ? from.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("the SMTP server has no port");
  return {
    received,
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Unfolds an email's headers into name → value, and gives its body. */
function parseEmail(raw: string) {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: rest.join("\r\n\r\n").replace(/\r\n/g, "\n") };
}

/** A transport that keeps what it is sent, or fails with `fail`'s answer when it gives one. */
function recordingTransport(fail?: (message: OutgoingMessage) => Error | undefined) {
  const sent: OutgoingMessage[] = [];
  const transport: Transport = {
    kind: "recording",
    async send(message) {
      const error = fail?.(message);
      if (error) throw error;
      sent.push(message);
    },
    close: () => {},
  };
  return { sent, transport };
}

let database: TestDatabase;
let db: Db;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const transports: Transport[] = [];

/** An SMTP transport to `url`, closed after the tests. */
function smtpTo(url: string): Transport {
  // A plain-text local server: no TLS to upgrade to, and no waiting for one.
  const transport = smtpTransport(url, { ignoreTLS: true, secure: false });
  transports.push(transport);
  return transport;
}

async function insertMessage(values: Partial<typeof outboxMessages.$inferInsert> = {}) {
  const [row] = await db
    .insert(outboxMessages)
    .values({
      topic: "partnership.request",
      recipientEmail: "ada@example.org",
      recipientName: "Ada Lovelace",
      subject: "Northfield Primary asks for a trust partnership with Oak Trust",
      body: "Northfield Primary asks for a trust partnership.\n\nOpen it: /partnerships/1\n",
      deliverAfter: at(-60_000),
      ...values,
    })
    .returning();
  if (!row) throw new Error("no outbox row inserted");
  return row;
}

async function rowOf(id: string) {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  if (!row) throw new Error(`outbox row ${id} is gone`);
  return row;
}

beforeAll(async () => {
  database = await createTestDb();
  db = database.db;
  smtp = await startSmtpServer();
});

afterAll(async () => {
  for (const transport of transports) transport.close();
  await smtp?.close();
  await database?.close();
});

beforeEach(async () => {
  await db.delete(outboxMessages);
  smtp.received.length = 0;
});

describe("retryDelayMs", () => {
  it.each([
    [0, 0],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [9, 7_680_000],
    [10, 15_360_000],
    [11, 6 * 3_600_000],
    [50, 6 * 3_600_000],
    [10_000, 6 * 3_600_000],
  ])("after %i failures waits %i ms", (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });
});

describe("deliverDueMessages", () => {
  it("sends a due message by SMTP, marks it delivered, and does not send it again", async () => {
    const row = await insertMessage();
    const transport = smtpTo(smtp.url);

    expect(await deliverDueMessages(db, transport, { logger, now: T })).toEqual({
      delivered: 1,
      failed: 0,
    });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(["ada@example.org"]);
    expect(mail?.from).toBe("no-reply@trustatlas.local");
    const { headers, body } = parseEmail(mail?.raw ?? "");
    expect(headers.get("to")).toBe("Ada Lovelace <ada@example.org>");
    expect(headers.get("from")).toBe("Trust Atlas <no-reply@trustatlas.local>");
    expect(headers.get("subject")).toBe(row.subject);
    expect(body).toContain(
      "Northfield Primary asks for a trust partnership.\n\nOpen it: /partnerships/1",
    );

    const after = await rowOf(row.id);
    expect(after.deliveredAt).toEqual(T);
    expect(after.attempts).toBe(0);
    expect(after.lastError).toBeNull();

    expect(await deliverDueMessages(db, transport, { logger, now: at(86_400_000) })).toEqual({
      delivered: 0,
      failed: 0,
    });
    expect(smtp.received).toHaveLength(1);
  });

  it("says how to unsubscribe, for mail clients' one-click button, when the message can be stopped", async () => {
    const url =
      "https://atlas.example.org/saved-searches/unsubscribe/0b7e2c1a-7d4f-4a51-9f0e-2b8c4d6e8f10";
    await insertMessage({ topic: "saved-search.alert", payload: { unsubscribeUrl: url } });
    await insertMessage();
    await deliverDueMessages(db, smtpTo(smtp.url), { logger, now: T });
    const sent = smtp.received.map((mail) => parseEmail(mail.raw).headers);
    expect(sent.map((h) => h.get("list-unsubscribe"))).toEqual(
      expect.arrayContaining([`<${url}>`, undefined]),
    );
    expect(sent.map((h) => h.get("list-unsubscribe-post"))).toEqual(
      expect.arrayContaining(["List-Unsubscribe=One-Click", undefined]),
    );
  });

  it("keeps a failure's error, retries after the backoff, and then delivers", async () => {
    const row = await insertMessage();
    const refused = smtpTo(`smtp://127.0.0.1:${await closedPort()}`);

    expect(await deliverDueMessages(db, refused, { logger, now: T })).toEqual({
      delivered: 0,
      failed: 1,
    });
    const failed = await rowOf(row.id);
    expect(failed.deliveredAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.deliverAfter).toEqual(at(retryDelayMs(1)));

    // Not before its time...
    const working = smtpTo(smtp.url);
    expect(await deliverDueMessages(db, working, { logger, now: at(retryDelayMs(1) - 1) })).toEqual(
      { delivered: 0, failed: 0 },
    );
    expect(smtp.received).toHaveLength(0);

    // ...and then again, this time getting through.
    const later = at(retryDelayMs(1));
    expect(await deliverDueMessages(db, working, { logger, now: later })).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(smtp.received).toHaveLength(1);
    const delivered = await rowOf(row.id);
    expect(delivered.deliveredAt).toEqual(later);
    expect(delivered.attempts).toBe(1);
    expect(delivered.lastError).toBeNull();
  });

  it("waits longer after each failure and keeps only the start of a long error", async () => {
    const row = await insertMessage();
    const { transport } = recordingTransport(() => new Error(`refused: ${"x".repeat(5_000)}`));

    await deliverDueMessages(db, transport, { logger, now: T });
    const first = await rowOf(row.id);
    expect(first.lastError).toHaveLength(1_000);
    expect(first.lastError?.startsWith("refused: xxx")).toBe(true);

    const second = first.deliverAfter;
    expect(await deliverDueMessages(db, transport, { logger, now: second })).toEqual({
      delivered: 0,
      failed: 1,
    });
    const after = await rowOf(row.id);
    expect(after.attempts).toBe(2);
    expect(after.deliverAfter).toEqual(new Date(second.getTime() + retryDelayMs(2)));
  });

  it("leaves alone a message not yet due", async () => {
    await insertMessage({ deliverAfter: at(1) });
    const { sent, transport } = recordingTransport();

    expect(await deliverDueMessages(db, transport, { logger, now: T })).toEqual({
      delivered: 0,
      failed: 0,
    });
    expect(sent).toHaveLength(0);
  });

  it("gives up at the attempts limit: the last failure is kept and never claimed again", async () => {
    const given = await insertMessage({ attempts: MAX_ATTEMPTS, lastError: "mailbox full" });
    const last = await insertMessage({
      attempts: MAX_ATTEMPTS - 1,
      recipientEmail: "bo@example.org",
    });
    const { sent, transport } = recordingTransport((m) =>
      m.to === "bo@example.org" ? new Error("mailbox full") : undefined,
    );

    expect(await deliverDueMessages(db, transport, { logger, now: T })).toEqual({
      delivered: 0,
      failed: 1,
    });
    expect(sent).toHaveLength(0);
    expect((await rowOf(last.id)).attempts).toBe(MAX_ATTEMPTS);

    // Years later, still neither: they wait for a person.
    const { sent: later, transport: healthy } = recordingTransport();
    expect(
      await deliverDueMessages(db, healthy, { logger, now: at(10 * 365 * 86_400_000) }),
    ).toEqual({ delivered: 0, failed: 0 });
    expect(later).toHaveLength(0);
    const kept = await rowOf(given.id);
    expect(kept.deliveredAt).toBeNull();
    expect(kept.lastError).toBe("mailbox full");
  });

  it("sends the oldest first, batchSize at a time", async () => {
    await insertMessage({ subject: "second", deliverAfter: at(-2_000) });
    await insertMessage({ subject: "first", deliverAfter: at(-3_000) });
    await insertMessage({ subject: "third", deliverAfter: at(-1_000) });
    const { sent, transport } = recordingTransport();

    expect(await deliverDueMessages(db, transport, { logger, now: T, batchSize: 2 })).toEqual({
      delivered: 2,
      failed: 0,
    });
    expect(sent.map((m) => m.subject)).toEqual(["first", "second"]);
    await deliverDueMessages(db, transport, { logger, now: T, batchSize: 2 });
    expect(sent.map((m) => m.subject)).toEqual(["first", "second", "third"]);
  });

  it("never sends one message twice when runs overlap", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 7; i += 1) ids.add((await insertMessage({ subject: `message ${i}` })).id);
    const subjects: string[] = [];
    const slow: Transport = {
      kind: "slow",
      async send(message) {
        // Long enough for the other run to reach the same rows while this one sends.
        await new Promise((resolve) => setTimeout(resolve, 20));
        subjects.push(message.subject);
      },
      close: () => {},
    };

    const counts = await Promise.all([
      deliverDueMessages(db, slow, { logger, now: T, batchSize: 4 }),
      deliverDueMessages(db, slow, { logger, now: T, batchSize: 4 }),
      deliverDueMessages(db, slow, { logger, now: T, batchSize: 4 }),
    ]);

    // Each run takes rows the others have not locked, rather than waiting on them.
    expect(database.statements.some((s) => /for update skip locked/i.test(s))).toBe(true);
    expect(counts.reduce((sum, c) => sum + c.delivered, 0)).toBe(7);
    expect(subjects).toHaveLength(7);
    expect(new Set(subjects).size).toBe(7);
  });

  it("claims a message for the lease: a run that dies mid-send leaves it to be sent again", async () => {
    const row = await insertMessage();
    const dying: Transport = {
      kind: "dying",
      // The process ends while the message is with the mail server: it is never marked.
      send: () => new Promise<void>(() => {}),
      close: () => {},
    };
    void deliverDueMessages(db, dying, { logger, now: T });
    await vi.waitFor(async () => {
      expect((await rowOf(row.id)).deliverAfter).toEqual(at(CLAIM_LEASE_MS));
    });

    const { sent, transport } = recordingTransport();
    await deliverDueMessages(db, transport, { logger, now: at(CLAIM_LEASE_MS - 1) });
    expect(sent).toHaveLength(0);
    await deliverDueMessages(db, transport, { logger, now: at(CLAIM_LEASE_MS) });
    expect(sent).toHaveLength(1);
  });
});

describe("logTransport", () => {
  it("writes the message's recipient, subject and first lines to the log", async () => {
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    await logTransport(log).send({
      to: "ada@example.org",
      toName: "Ada Lovelace",
      subject: "Hello",
      text: "one\n\ntwo\nthree\nfour\nfive\nsix",
    });
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({
      level: 30,
      to: "ada@example.org",
      subject: "Hello",
      preview: ["one", "two", "three", "four"],
    });
  });
});

describe("startOutboxWorker", () => {
  it("polls and delivers, joins a run already under way, and sends nothing once stopped", async () => {
    const { sent, transport } = recordingTransport();
    await insertMessage({ deliverAfter: new Date(Date.now() - 1_000) });
    const worker = startOutboxWorker({ db, transport, logger, intervalMs: 100 });

    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 5_000 });

    const a = worker.runOnce();
    const b = worker.runOnce();
    expect(b).toBe(a);
    await a;

    await worker.stop();
    await insertMessage({ deliverAfter: new Date(Date.now() - 1_000) });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent).toHaveLength(1);
  });

  it("logs a failed run and keeps polling", async () => {
    const lines: string[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => void lines.push(line) });
    const away = {
      transaction: () => Promise.reject(new Error("the database is away")),
    } as unknown as Db;
    const { transport } = recordingTransport();
    const worker = startOutboxWorker({ db: away, transport, logger: log, intervalMs: 100 });

    await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
    await worker.stop();
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      msg: "outbox run failed",
      error: "the database is away",
    });
    await expect(worker.runOnce()).rejects.toThrow("the database is away");
  });
});
