import type { Db } from "@atlas/db";
import type { Logger } from "../../logger.ts";
import { type DeliveryCounts, deliverDueMessages } from "./delivery.ts";
import type { Transport } from "./transports.ts";

export const DEFAULT_POLL_MS = 2_000;

export interface OutboxWorker {
  /** One run now, or the run already under way: runs never overlap. */
  runOnce(): Promise<DeliveryCounts>;
  /** No more runs; resolves once the run under way, if any, has finished. */
  stop(): Promise<void>;
}

export interface OutboxWorkerOptions {
  db: Db;
  transport: Transport;
  logger: Logger;
  /** The pause between the end of one run and the start of the next. */
  intervalMs?: number;
  batchSize?: number;
}

/**
 * Delivers the outbox in this process, polling every `intervalMs`. The next run is scheduled
 * when one ends, never on a fixed clock, so a slow run delays the next instead of piling up.
 * A failed run is logged and the polling goes on: a database or mail server away for a while
 * must not take the API down with it.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, transport, logger, intervalMs = DEFAULT_POLL_MS, batchSize } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<DeliveryCounts> | undefined;

  const runOnce = (): Promise<DeliveryCounts> => {
    running ??= deliverDueMessages(db, transport, {
      logger,
      ...(batchSize === undefined ? {} : { batchSize }),
    }).finally(() => {
      running = undefined;
    });
    return running;
  };

  const tick = async () => {
    timer = undefined;
    try {
      await runOnce();
    } catch (error) {
      logger.error(
        { error: error instanceof Error ? error.message : String(error) },
        "outbox run failed",
      );
    }
    schedule();
  };

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void tick(), intervalMs);
    // The worker alone must not keep the process alive: shutdown decides when it ends.
    timer.unref();
  }

  schedule();
  logger.info({ transport: transport.kind, intervalMs }, "outbox worker started");

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      // The run under way finishes (its messages marked) before the database is closed.
      await running?.catch(() => {});
    },
  };
}
