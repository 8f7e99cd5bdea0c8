import { createServer } from "node:http";
import { loadDemoDataOnStart, shouldLoadDemoData } from "@atlas/data";
import { createDb, DataDirLockedError } from "@atlas/db";
import { Redis } from "ioredis";
import { printBanner } from "./banner.ts";
import { readEnv } from "./env.ts";
import { createMetrics } from "./http/metrics.ts";
import { serveMetrics } from "./http/metrics-server.ts";
import { loadTrustedDocuments } from "./http/trusted-documents.ts";
import { createLogger } from "./logger.ts";
import { fileStoreFromEnv } from "./modules/file-storage/index.ts";
import { logTransport, smtpTransport } from "./modules/outbox/transports.ts";
import { type OutboxWorker, startOutboxWorker } from "./modules/outbox/worker.ts";
import { sweepSavedSearchAlerts } from "./modules/saved-searches/alerts.ts";
import { type PollingJob, startPolling } from "./shared/polling.ts";
import { createApp } from "./yoga.ts";

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const production = env.NODE_ENV === "production";
// Read before anything starts: a production API without its apps' manifests must not serve.
const trustedDocuments = production ? loadTrustedDocuments(env.TRUSTED_DOCUMENTS) : undefined;
const database = await createDb({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
}).catch((error: unknown) => {
  // Another process has the embedded database open: say so plainly, without a stack.
  if (error instanceof DataDirLockedError) {
    logger.fatal(error.message);
    process.exit(1);
  }
  throw error;
});
logger.info({ database: database.kind }, "migrating");
await database.migrate();
if ((await loadDemoDataOnStart(database, env)) === "loaded") {
  logger.info("loaded the demo data set into the empty database");
}

const redis = env.REDIS_URL
  ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, keyPrefix: env.REDIS_KEY_PREFIX })
  : undefined;
const metrics = createMetrics();
const yoga = createApp({
  database,
  logger,
  redis,
  trustedProxies: env.TRUSTED_PROXIES,
  cookieSecure: env.COOKIE_SECURE ?? production,
  graphiql: !production,
  production,
  trustedDocuments,
  metrics,
  executionTimeoutMs: env.EXECUTION_TIMEOUT_MS,
  fileStore: fileStoreFromEnv(env),
  appLinks: { publicUrl: env.PUBLIC_APP_URL, adminUrl: env.ADMIN_APP_URL },
});
const metricsServer = serveMetrics(metrics.registry, env.METRICS_PORT, env.METRICS_HOST, (error) =>
  logger.warn({ error: error.message, port: env.METRICS_PORT }, "metrics are not served"),
);
const server = createServer(yoga);
server.keepAliveTimeout = 65_000;
const outboxTransport = env.SMTP_URL
  ? smtpTransport(env.SMTP_URL, { from: env.OUTBOX_FROM })
  : logTransport(logger);
if (production && env.OUTBOX_WORKER && !env.SMTP_URL) {
  logger.warn("SMTP_URL is not set: outbox email is written to the log, not sent");
}
let outboxWorker: OutboxWorker | undefined;
let alertSweeps: PollingJob<unknown> | undefined;
server.listen(env.PORT, env.HOST, () => {
  logger.info({ port: env.PORT, database: database.kind }, "listening");
  // The demo sign-ins are printed only where demo data is in use, never in production.
  if (shouldLoadDemoData(env)) printBanner(env.PORT);
  if (env.OUTBOX_WORKER && !stopping) {
    outboxWorker = startOutboxWorker({
      db: database.db,
      transport: outboxTransport,
      logger,
      intervalMs: env.OUTBOX_POLL_MS,
    });
    alertSweeps = startPolling({
      name: "saved-search alerts",
      intervalMs: env.ALERTS_POLL_MS,
      logger,
      run: () => sweepSavedSearchAlerts(database.db, { publicUrl: env.PUBLIC_APP_URL }),
    });
  }
});

// Graceful shutdown: stop accepting, let requests in flight finish, then close the database.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  const force = setTimeout(() => {
    logger.error("requests did not drain in 10 s; exiting");
    process.exit(1);
  }, 10_000);
  force.unref();
  metricsServer.close();
  // Stops polling now; a run under way finishes while requests drain, before the database closes.
  const outboxStopped = Promise.all([outboxWorker?.stop(), alertSweeps?.stop()]);
  server.close(async () => {
    await outboxStopped;
    outboxTransport.close();
    await database.close();
    redis?.disconnect();
    logger.info("stopped");
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
