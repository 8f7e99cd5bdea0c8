import type { Database } from "@atlas/db";
import { type LoadOptions, loadDemoDataIfEmpty } from "./seed.ts";

/** What decides whether the API loads the demo data on start: its env, as it parsed it. */
export interface DemoDataEnv {
  /** Set when the API runs on a PostgreSQL server rather than embedded PGlite. */
  DATABASE_URL?: string | undefined;
  /** SEED_DEMO_DATA read as a boolean; undefined when unset. */
  SEED_DEMO_DATA?: boolean | undefined;
  NODE_ENV?: string | undefined;
}

function asked(onServer: boolean, env: DemoDataEnv): boolean {
  if (env.SEED_DEMO_DATA !== undefined) return env.SEED_DEMO_DATA;
  return !onServer && env.NODE_ENV !== "production";
}

/**
 * Load the demo data (and its accounts, whose password is published) into an empty database on
 * start? Only when asked: `SEED_DEMO_DATA=true`, or by default on the embedded PGlite database
 * outside production, which is the `pnpm start` on a laptop. A PostgreSQL server (`DATABASE_URL`)
 * is someone's real database and never gets demo accounts unless SEED_DEMO_DATA says so; nor
 * does production. `pnpm data seed` is an explicit ask and does not consult this.
 */
export function shouldLoadDemoData(env: DemoDataEnv): boolean {
  return asked(env.DATABASE_URL !== undefined, env);
}

export type DemoDataOnStart = "loaded" | "not-empty" | "not-asked";

/**
 * The API's on-start loader: loads the demo data into an empty database when
 * `shouldLoadDemoData` allows it, judging by the engine actually opened (a PostgreSQL server
 * counts as one even when the env was misread), and says what it did.
 */
export async function loadDemoDataOnStart(
  database: Pick<Database, "db" | "kind">,
  env: DemoDataEnv,
  options: LoadOptions = {},
): Promise<DemoDataOnStart> {
  if (!asked(database.kind === "postgres", env)) return "not-asked";
  return (await loadDemoDataIfEmpty(database.db, options)) ? "loaded" : "not-empty";
}
