import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.url().optional(),
  /** PGlite's folder when DATABASE_URL is unset; the repo's `.data/pglite` by default. */
  DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  /** Redis for state shared by API instances (sign-in rate limits); in memory without it. */
  REDIS_URL: z.url().optional(),
  /** Behind a trusted proxy, take the client address from X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Load the demo data set when the database is empty. */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  /** Mark session cookies Secure (on by default in production, behind TLS). */
  COOKIE_SECURE: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/**
 * Load the demo data into an empty database? Yes by default, except in production, where demo
 * accounts with a published password must never appear unless asked for.
 */
export function shouldSeedDemoData(env: Env): boolean {
  return env.SEED_DEMO_DATA ?? env.NODE_ENV !== "production";
}
