import type { Db } from "@atlas/db";
import type { Logger } from "../../logger.ts";
import { type PollingJob, startPolling } from "../../shared/polling.ts";
import { type DeliveryCounts, deliverDueMessages } from "./delivery.ts";
import type { Transport } from "./transports.ts";

export const DEFAULT_POLL_MS = 2_000;

export type OutboxWorker = PollingJob<DeliveryCounts>;

export interface OutboxWorkerOptions {
  db: Db;
  transport: Transport;
  logger: Logger;
  /** The pause between the end of one run and the start of the next. */
  intervalMs?: number;
  batchSize?: number;
}

/** Delivers the outbox in this process, polling every `intervalMs`. */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, transport, logger, intervalMs = DEFAULT_POLL_MS, batchSize } = options;
  const job = startPolling({
    name: "outbox",
    intervalMs,
    logger,
    run: () =>
      deliverDueMessages(db, transport, {
        logger,
        ...(batchSize === undefined ? {} : { batchSize }),
      }),
  });
  logger.info({ transport: transport.kind, intervalMs }, "outbox worker started");
  return job;
}
