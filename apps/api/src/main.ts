import { createServer } from "node:http";
import { loadDemoDataIfEmpty } from "@atlas/data";
import { createDb } from "@atlas/db";
import { Redis } from "ioredis";
import { printBanner } from "./banner.ts";
import { readEnv, shouldSeedDemoData } from "./env.ts";
import { createLogger } from "./logger.ts";
import { createApp } from "./yoga.ts";

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const database = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
logger.info({ database: database.kind }, "migrating");
await database.migrate();
if (shouldSeedDemoData(env)) {
  const loaded = await loadDemoDataIfEmpty(database.db);
  if (loaded) logger.info("loaded the demo data set into the empty database");
}

const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2 }) : undefined;
const yoga = createApp({
  database,
  logger,
  redis,
  trustProxy: env.TRUST_PROXY,
  cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === "production",
  graphiql: env.NODE_ENV !== "production",
});
const server = createServer(yoga);
server.keepAliveTimeout = 65_000;
server.listen(env.PORT, env.HOST, () => {
  logger.info({ port: env.PORT, database: database.kind }, "listening");
  // The demo sign-ins are printed only where demo data is in use, never in production.
  if (shouldSeedDemoData(env)) printBanner(env.PORT);
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
  server.close(async () => {
    await database.close();
    redis?.disconnect();
    logger.info("stopped");
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
