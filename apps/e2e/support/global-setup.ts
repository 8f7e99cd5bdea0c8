import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { launchBrowser } from "./chromium.ts";
import { repoRoot, type Server, startServer, stopServer, waitFor } from "./servers.ts";
import { type StorageStates, signInOncePerRole } from "./sign-in-once.ts";

// Ports away from the defaults, so a platform running for development is left alone.
const API_PORT = Number(process.env.E2E_API_PORT ?? 4410);
const PUBLIC_PORT = Number(process.env.E2E_PUBLIC_PORT ?? 3410);
const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 3411);

declare module "vitest" {
  export interface ProvidedContext {
    apiUrl: string;
    publicUrl: string;
    adminUrl: string;
    /** Each persona's signed-in browser state, a file under the run's temporary folder. */
    storageStates: StorageStates;
    /** The API's whole output, where its development outbox writes each email (support/outbox.ts). */
    apiLog: string;
  }
}

/**
 * Starts the real platform for the journeys: the API on a fresh database with the demo data
 * (a new PostgreSQL database when DATABASE_URL is set, else PGlite in a temporary folder),
 * the built public app and the built admin app; then signs each persona in once.
 */
export default async function setup(project: TestProject) {
  const servers: Server[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
  let dropDatabase: (() => Promise<void>) | undefined;
  const databaseEnv: Record<string, string> = {};

  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `atlas_e2e_${process.pid}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseEnv.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    };
  } else {
    databaseEnv.DATA_DIR = join(dataDir, "pglite");
  }

  // Rate limits count in Redis when the run has one (CI), keyed by the demo data's fixed ids:
  // a prefix of this run's own, so runs earlier the same day leave it no spent allowance.
  const redisKeyPrefix = `atlas-e2e:${process.pid}-${Date.now()}:`;
  // Tidying only (the keys expire within a day): a Redis gone away must not hide the run's own
  // outcome, so a failure here is a warning.
  const forgetRedisKeys = async () => {
    if (!process.env.REDIS_URL) return;
    const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 2 });
    try {
      for await (const keys of redis.scanStream({ match: `${redisKeyPrefix}*` })) {
        if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
      }
    } catch (error) {
      console.warn(`The run's Redis keys (${redisKeyPrefix}*) were left to expire:`, error);
    } finally {
      redis.disconnect();
    }
  };

  const apiOrigin = `http://localhost:${API_PORT}`;
  const publicUrl = `http://localhost:${PUBLIC_PORT}`;
  const adminUrl = `http://localhost:${ADMIN_PORT}`;
  // A server left on one of these ports by an earlier run would answer for ours, with its own
  // build and data: refuse to start rather than test the wrong thing.
  for (const url of [`${apiOrigin}/healthz`, publicUrl, adminUrl]) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) {
      throw new Error(`${url} already answers: stop that server or set E2E_*_PORT.`);
    }
  }
  // Stopped with the run however it ends: when turbo stops this task (another one failed) the
  // teardown below never runs, and servers left behind would hold the ports for the next run.
  const killAll = () => {
    for (const server of servers) {
      const { pid } = server.process;
      if (pid === undefined || server.process.exitCode !== null) continue;
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.once("exit", killAll);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  let storageStates: StorageStates;
  const apiLog = join(dataDir, "api.log");
  try {
    const api = startServer("api", "pnpm", ["--filter", "@atlas/api", "start"], {
      cwd: repoRoot,
      logFile: apiLog,
      env: {
        ...databaseEnv,
        REDIS_KEY_PREFIX: redisKeyPrefix,
        PORT: String(API_PORT),
        // Info: without SMTP_URL the outbox writes each email to the log at this level, and
        // journeys that follow an emailed link read it there (support/outbox.ts).
        LOG_LEVEL: "info",
        OUTBOX_POLL_MS: "250",
        // Links in email go to this run's apps.
        PUBLIC_APP_URL: publicUrl,
        ADMIN_APP_URL: adminUrl,
        // As deployed: only the apps' own operations run (trusted documents), no introspection.
        // Plain HTTP here, so the session cookie cannot be Secure.
        NODE_ENV: "production",
        COOKIE_SECURE: "false",
        // Asked for explicitly: the API loads no demo data into a PostgreSQL server by default.
        SEED_DEMO_DATA: "true",
        // Its own metrics port, so a run never clashes with an API already on this machine.
        METRICS_PORT: String(API_PORT + 5000),
      },
    });
    servers.push(api);
    const publicApp = startServer("public", "pnpm", ["--filter", "@atlas/public", "start"], {
      cwd: repoRoot,
      env: {
        PORT: String(PUBLIC_PORT),
        API_URL: `${apiOrigin}/graphql`,
        ADMIN_URL: adminUrl,
        NODE_ENV: "production",
      },
    });
    servers.push(publicApp);
    const adminApp = startServer("admin", "pnpm", ["--filter", "@atlas/admin", "start"], {
      cwd: repoRoot,
      env: { PORT: String(ADMIN_PORT), API_URL: apiOrigin },
    });
    servers.push(adminApp);
    await waitFor(api, `${apiOrigin}/readyz`);
    await Promise.all([waitFor(publicApp, publicUrl), waitFor(adminApp, adminUrl)]);

    const sessionsDir = join(dataDir, "sessions");
    mkdirSync(sessionsDir, { mode: 0o700 });
    const chromium = await launchBrowser();
    try {
      storageStates = await signInOncePerRole(
        chromium.browser,
        { publicUrl, adminUrl },
        sessionsDir,
      );
    } finally {
      await chromium.close();
    }
  } catch (error) {
    await Promise.all(servers.map(stopServer));
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
    await forgetRedisKeys();
    throw error;
  }

  project.provide("apiUrl", `${apiOrigin}/graphql`);
  project.provide("publicUrl", publicUrl);
  project.provide("adminUrl", adminUrl);
  project.provide("storageStates", storageStates);
  project.provide("apiLog", apiLog);

  return async () => {
    await Promise.all(servers.map(stopServer));
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
    await forgetRedisKeys();
  };
}
